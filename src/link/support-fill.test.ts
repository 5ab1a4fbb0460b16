// Tests that a small story's evidence for a new article does not depend on which of its members retrieval offers: a
// reached story with fewer retrieved members than `support` is scored against its earliest other members too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backgroundIdf } from './background.js';
import { StoryIndex, type ClusterInput } from './cluster.js';
import { eventProfile } from './event-profile.js';
import { defaultPairModel, pairScore, weightProfile } from './pair-model.js';

const SHOOTING: ClusterInput = {
  id: 'shooting',
  outlet: 'citynews.example',
  published: '2016-06-14T10:00:00Z',
  title: '5 men shot in East Garfield Park',
  text: 'Five men were wounded in a shooting Monday night in the East Garfield Park neighborhood on the West Side. The men were standing on the sidewalk about 9:30 p.m. in the 3200 block of West Congress when someone in a passing car opened fire, Chicago police said. All five were taken to Stroger Hospital in good condition.',
};
const NEIGHBOURS: ClusterInput = {
  id: 'neighbours',
  outlet: 'citynews.example',
  published: '2016-06-15T09:00:00Z',
  title: 'Neighbors shaken after five shot in East Garfield Park',
  text: 'Neighbors on West Congress said Tuesday they were shaken after five men were wounded in a drive-by shooting Monday night in the 3200 block of West Congress in East Garfield Park. Chicago police said no one is in custody.',
};
const VICTIM: ClusterInput = {
  id: 'victim',
  outlet: 'tribune.example',
  published: '2016-06-20T18:00:00Z',
  title: 'Wounded man recalls East Garfield Park drive-by',
  text: 'One of the five men wounded in the East Garfield Park drive-by shooting last Monday spoke from Stroger Hospital on Sunday. He said a passing car slowed on West Congress before someone opened fire. Chicago police have made no arrests.',
};

const profile = (a: ClusterInput) => weightProfile(eventProfile(a.title, a.text, Date.parse(a.published!), a.outlet!), backgroundIdf());

test('a two-article story is scored on both members whether retrieval offers one or both', () => {
  const model = defaultPairModel();
  const scores: number[] = [];
  for (const maxCandidateArticles of [1, 40]) {
    const index = new StoryIndex({ maxCandidateArticles }, model);
    index.add(SHOOTING);
    index.add(NEIGHBOURS);
    assert.equal(index.storyOf('neighbours'), index.storyOf('shooting'), 'the first two are one story');
    scores.push(index.add(VICTIM).score);
  }
  const idf = backgroundIdf();
  const [a, b, c] = [SHOOTING, NEIGHBOURS, VICTIM].map(profile);
  const ps = [pairScore(model, c!, a!, idf), pairScore(model, c!, b!, idf)];
  assert.notEqual(ps[0], ps[1], 'the two members score apart, so counting one of them would show');
  const mean = (ps[0]! + ps[1]!) / 2;
  assert.ok(Math.abs(scores[0]! - mean) < 1e-12, `one retrieved: ${scores[0]} against the mean over both ${mean}`);
  assert.ok(Math.abs(scores[1]! - mean) < 1e-12, `both retrieved: ${scores[1]} against ${mean}`);
});
