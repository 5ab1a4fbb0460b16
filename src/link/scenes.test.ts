// Tests two shootings one outlet reports in one neighbourhood days apart (other street blocks, other victims) staying two
// stories, while a follow-up of the same scene still links, and the stricter join for pairs without days.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backgroundIdf } from './background.js';
import { StoryIndex, type ClusterInput } from './cluster.js';
import { compactProfile, expandProfile, Part, partIds, TERMS } from './compact.js';
import { eventProfile, persons, streetBlocks } from './event-profile.js';
import { apartScenes, decisionScore, defaultPairModel, offsetScore, pairFeatures, PAIR_FEATURES, predict, undatedPair, weightProfile } from './pair-model.js';

test('street blocks: the street and the block number of each "N block of Street", numbered roads as one word', () => {
  assert.deepEqual(streetBlocks('It happened in the 3200 block of West Congress. Police later searched the 2700 block of W. Lexington Ave.'), ['congress:3200', 'lexington:2700']);
  assert.deepEqual(streetBlocks('in the 200 block of Third Street and the 21300 block of U.S. Highway 281'), ['3rd:200', 'hwy:21300']);
  assert.deepEqual(streetBlocks('A block party drew 300 people; police blocked off the street.'), []);
});

const at = (name: (typeof PAIR_FEATURES)[number]): number => PAIR_FEATURES.indexOf(name);

const JUNE: ClusterInput = {
  id: 'june',
  outlet: 'citynews.example',
  published: '2016-06-14T10:00:00Z',
  title: '5 men shot in East Garfield Park',
  text: 'Five men were wounded in a shooting Monday night in the East Garfield Park neighborhood on the West Side. The men were standing on the sidewalk about 9:30 p.m. in the 3200 block of West Congress when someone in a passing car opened fire, Chicago police said. All five were taken to Stroger Hospital in good condition.',
};
const JUNE_LATER: ClusterInput = {
  id: 'june-later',
  outlet: 'citynews.example',
  published: '2016-06-15T09:00:00Z',
  title: 'Neighbors shaken after five shot in East Garfield Park',
  text: 'Neighbors on West Congress said Tuesday they were shaken after five men were wounded in a drive-by shooting Monday night in the 3200 block of West Congress in East Garfield Park. Chicago police said no one is in custody.',
};
const OCTOBER: ClusterInput = {
  id: 'october',
  outlet: 'citynews.example',
  published: '2016-10-13T20:00:00Z',
  title: 'Four shot in East Garfield Park',
  text: 'Four men were shot Thursday afternoon in the East Garfield Park neighborhood on the West Side. The shooting happened about 1 p.m. in the 2700 block of West Lexington, when someone in a passing car opened fire, Chicago police said. All four were taken to Stroger Hospital.',
};

const profile = (a: ClusterInput) => weightProfile(eventProfile(a.title, a.text, Date.parse(a.published!), a.outlet!), backgroundIdf());

test('scenes apart: both days given and apart, nothing recalled or named alike, and no street shared', () => {
  const [june, later, october] = [JUNE, JUNE_LATER, OCTOBER].map(profile);
  const apart = (a: typeof june, b: typeof june): boolean => apartScenes(compactProfile(a!), compactProfile(b!), pairFeatures(a!, b!, backgroundIdf()));
  assert.ok(apart(october, june));
  assert.ok(apart(june, october), 'symmetric');
  assert.ok(!apart(later, june), 'the same block a day on: one scene');
  // The same block months on (a court report) is no conflict, nor is a recalled day.
  const court = profile({ ...OCTOBER, id: 'court', title: 'Man charged in East Garfield Park shooting', text: 'A man was charged Thursday in the shooting of five men in the 3200 block of West Congress in East Garfield Park.' });
  assert.ok(!apart(court, june));
  const recalled = profile({ ...OCTOBER, id: 'recalled', text: OCTOBER.text + ' Police said the men were not linked to the June 13 shooting.' });
  assert.ok(!apart(recalled, june), 'a recalled day');
  const model = defaultPairModel();
  const x = pairFeatures(october!, june!, backgroundIdf());
  assert.equal(decisionScore(model, x, compactProfile(october!), compactProfile(june!), 0), 0);
});

test('one outlet\'s two shootings in one neighbourhood months apart stay two stories, its follow-up joins the first', () => {
  for (const order of [[JUNE, JUNE_LATER, OCTOBER], [OCTOBER, JUNE, JUNE_LATER]]) {
    const index = new StoryIndex();
    const d = new Map(order.map((a) => [a.id, index.add(a)]));
    assert.equal(index.storyOf('june-later'), index.storyOf('june'), `${d.get('june-later')!.score.toFixed(2)}`);
    assert.notEqual(index.storyOf('october'), index.storyOf('june'), `${d.get('october')!.score.toFixed(2)} ${d.get('october')!.features.join(', ')}`);
  }
});

test('an undated pair is judged stricter by the undated offset, a dated pair is not', () => {
  assert.ok(Math.abs(offsetScore(0.5, 1) - 1 / (1 + Math.E)) < 1e-12);
  assert.equal(offsetScore(0.9, 0), 0.9);
  const model = defaultPairModel();
  const undated = [JUNE, JUNE_LATER].map((a) => weightProfile(eventProfile(a.title, a.text, null, a.outlet!), backgroundIdf()));
  const xu = pairFeatures(undated[0]!, undated[1]!, backgroundIdf());
  assert.ok(undatedPair(xu));
  assert.ok(decisionScore(model, xu, compactProfile(undated[0]!), compactProfile(undated[1]!), 1) < predict(model, xu));
  const [june, later] = [JUNE, JUNE_LATER].map(profile);
  const xd = pairFeatures(june!, later!, backgroundIdf());
  assert.ok(!undatedPair(xd));
  assert.equal(xd[at('dayNear')], 1);
  assert.equal(decisionScore(model, xd, compactProfile(june!), compactProfile(later!), 1), predict(model, xd));
});

test('people named with "a 40-year-old" after the name, or identified with the age before it, are kept as people', () => {
  assert.deepEqual(
    persons('Kenyond Brown, a 40-year-old man, was shot. The coroner identified the victim as 17-year-old David Fletcher Jones. Andre Lewis, 19, died.'),
    ['brown|kenyond', 'jones|david', 'lewis|andre'],
  );
  assert.deepEqual(persons('The West Side shooting left a 16-year-old boy wounded; police said 3 men fled.'), []);
});

test('street blocks are a part of their own: the persons list holds people only, and a shared block is no shared person', () => {
  const [june, later] = [JUNE, JUNE_LATER].map(profile);
  assert.deepEqual(june!.persons, []);
  assert.deepEqual(june!.blocks, ['congress:3200']);
  assert.deepEqual(expandProfile(compactProfile(june!)), june, 'the compact form keeps the blocks');
  assert.deepEqual([...partIds(compactProfile(june!), Part.Blocks)].map((id) => TERMS.str(id)), ['congress:3200']);
  assert.equal(pairFeatures(june!, later!, backgroundIdf())[at('personShared')], 0, 'the same block is not a person named again');
});

test('a profile saved with its blocks in the persons list (prefixed "block:") reads back with them in their own part', () => {
  const june = profile(JUNE)!;
  const legacy: Record<string, unknown> = { ...june, persons: ['moore|darnell', 'block:congress:3200'] };
  delete legacy.blocks;
  const back = expandProfile(compactProfile(legacy as unknown as typeof june));
  assert.deepEqual(back.persons, ['moore|darnell']);
  assert.deepEqual(back.blocks, ['congress:3200']);
});

test('a linker row saved with blocks in the persons list restores, and the restored index keeps scenes apart as before', () => {
  const saved = new StoryIndex();
  saved.add(JUNE);
  const rows = saved.stateRows(true);
  const legacyRows = rows.docs.map((r) => {
    const [i, id, story, packed] = JSON.parse(r.data) as [number, string, number, Record<string, unknown>];
    assert.deepEqual(packed.blocks, ['congress:3200']);
    const old: Record<string, unknown> = { ...packed, persons: [...(packed.persons as string[]), ...(packed.blocks as string[]).map((b) => `block:${b}`)] };
    delete old.blocks;
    return JSON.stringify([i, id, story, old]);
  });
  const restored = new StoryIndex();
  for (const r of rows.chrome) restored.restoreChromeRow(r.key, r.data);
  for (const d of legacyRows) restored.restoreDocRow(d);
  for (const s of rows.stories) restored.restoreStoryRow(s.data);
  restored.finishRestore();
  assert.deepEqual(restored.stateRows(true).docs, rows.docs, 'rows saved again are in the new form');
  restored.add(OCTOBER);
  restored.add(JUNE_LATER);
  assert.notEqual(restored.storyOf('october'), restored.storyOf('june'));
  assert.equal(restored.storyOf('june-later'), restored.storyOf('june'));
});
