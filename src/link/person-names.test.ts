// Tests the people a report names with their age or as identified, and a vigil report a week later that recalls its
// shooting only by the victim's name joining the shooting's story.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backgroundIdf } from './background.js';
import { StoryIndex, type ClusterInput } from './cluster.js';
import { compactProfile, expandProfile } from './compact.js';
import { eventProfile, persons } from './event-profile.js';
import { PAIR_FEATURES, pairFeatures, weightProfile, type WeightedProfile } from './pair-model.js';

test('persons: named with an age or as identified, keyed last|first without middle initials, once each', () => {
  assert.deepEqual(persons('The victim, Andre T. Lewis, 19, died. Police later identified him as Andre Lewis. Mary Ann Smith, age 40, saw it.'), ['lewis|andre', 'smith|mary']);
  // Places, dates and large numbers after a comma are no ages; one capitalised word is no full name.
  assert.deepEqual(persons('Fort Worth, 22,000 residents. On Jan. 5, 2016 Jones, 30, left. West Chestnut Street, 12.5 miles away.'), []);
});

const SHOOTING: ClusterInput = {
  id: 'shooting',
  outlet: 'wpvi',
  published: '2016-09-11T08:00:00Z',
  title: 'Teen shot and killed in Mount Airy',
  text: 'PHILADELPHIA — A 19-year-old man was shot and killed late Saturday on the 7100 block of Ogontz Avenue in Mount Airy, police said. The victim, Andre Lewis, 19, was struck several times and pronounced dead at Einstein Medical Center. No arrests have been made.',
};
const SAME_DAY: ClusterInput = {
  id: 'same-day',
  outlet: 'inquirer',
  published: '2016-09-11T14:00:00Z',
  title: 'Man, 19, killed on Ogontz Avenue',
  text: 'Police are looking for the gunman who shot Andre Lewis, 19, on Ogontz Avenue in Mount Airy late Saturday. Lewis was pronounced dead at Einstein Medical Center. Homicide detectives asked neighbors for video.',
};
const VIGIL: ClusterInput = {
  id: 'vigil',
  outlet: 'philly-tribune',
  published: '2016-09-18T20:00:00Z',
  title: 'Family remembers slain teen',
  text: 'Dozens of relatives and friends released balloons on Sunday in memory of Andre Lewis, 19, a Central High graduate who hoped to study engineering. His mother asked whoever killed her son to come forward. Police said the investigation continues.',
};
const OTHER: ClusterInput = {
  id: 'other',
  outlet: 'philly-tribune',
  published: '2016-09-18T21:00:00Z',
  title: 'Football coach remembered in Strawberry Mansion',
  text: 'Players from the youth league Marcus Green, 31, coached gathered Sunday outside the Strawberry Mansion rowhouse where he was shot in August. Green, a father of two, was killed during an argument over a parking space, police said.',
};

function profile(a: ClusterInput): WeightedProfile {
  return weightProfile(eventProfile(a.title, a.text, Date.parse(a.published!), a.outlet ?? null), backgroundIdf());
}

const feature = (x: number[], name: (typeof PAIR_FEATURES)[number]): number => x[PAIR_FEATURES.indexOf(name)]!;

test('a report naming the same person with an age shares the person; another victim does not', () => {
  const idf = backgroundIdf();
  const [shooting, vigil, other] = [SHOOTING, VIGIL, OTHER].map(profile);
  assert.deepEqual(shooting!.persons, ['lewis|andre'], 'the person named');
  assert.deepEqual(shooting!.blocks, ['ogontz:7100'], 'the street block of the scene, apart from the persons');
  assert.equal(feature(pairFeatures(vigil!, shooting!, idf), 'personShared'), 1);
  assert.equal(feature(pairFeatures(shooting!, vigil!, idf), 'personShared'), 1, 'symmetric');
  assert.equal(feature(pairFeatures(other!, shooting!, idf), 'personShared'), 0);
  assert.equal(feature(pairFeatures(other!, vigil!, idf), 'personShared'), 0);
  assert.deepEqual(expandProfile(compactProfile(shooting!)), shooting, 'the compact form keeps the persons');
});

test('the vigil a week later joins the shooting by the victim, in either order; another victim\'s vigil does not', () => {
  for (const order of [[SHOOTING, SAME_DAY, VIGIL, OTHER], [OTHER, VIGIL, SAME_DAY, SHOOTING]]) {
    const index = new StoryIndex();
    const d = new Map(order.map((a) => [a.id, index.add(a)]));
    const story = (id: string): string => index.storyOf(id)!;
    assert.equal(story('same-day'), story('shooting'));
    assert.equal(story('vigil'), story('shooting'), `vigil: ${d.get('vigil')!.score.toFixed(2)} ${d.get('vigil')!.features.join(', ')}`);
    assert.notEqual(story('other'), story('shooting'), `other: ${d.get('other')!.score.toFixed(2)} ${d.get('other')!.features.join(', ')}`);
  }
});
