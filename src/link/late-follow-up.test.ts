// Tests the pair features for reports far from their event: a court report months on naming the event's people, and an
// undated report that names the dated one's year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backgroundIdf } from './background.js';
import { eventProfile } from './event-profile.js';
import { PAIR_FEATURES, pairFeatures, weightProfile, type WeightedProfile } from './pair-model.js';

function profile(title: string | null, text: string, published: string | null): WeightedProfile {
  return weightProfile(eventProfile(title, text, published === null ? null : Date.parse(published), null), backgroundIdf());
}

const feature = (a: WeightedProfile, b: WeightedProfile, name: (typeof PAIR_FEATURES)[number]): number =>
  pairFeatures(a, b, backgroundIdf())[PAIR_FEATURES.indexOf(name)]!;

const FIRST = profile(
  'Woman killed in Kettering Avenue shooting',
  'A 34-year-old woman was shot and killed Saturday night in a home on Kettering Avenue, police said. Relatives identified her as Latrice Okonkwo-Vance. Police arrested her former boyfriend, Darnell Quisenberry, at the scene.',
  '2016-03-06T10:00:00Z',
);
const PLEA = profile(
  'Man pleads guilty in killing of former girlfriend',
  'Darnell Quisenberry pleaded guilty Tuesday to second-degree murder in the death of Latrice Okonkwo-Vance, who was shot in her Kettering Avenue home last March. He faces 25 years in prison at sentencing.',
  '2016-10-11T15:00:00Z',
);
const NEW_SHOOTING = profile(
  'Man wounded in Kettering Avenue shooting',
  'A man was shot in the leg Sunday afternoon on Kettering Avenue, police said. He was taken to a hospital. No arrests have been made.',
  '2016-10-09T15:00:00Z',
);
const PLEA_SOON = profile(
  'Man charged in killing of former girlfriend',
  'Darnell Quisenberry was charged Tuesday with murder in the death of Latrice Okonkwo-Vance, who was shot in her Kettering Avenue home.',
  '2016-03-15T15:00:00Z',
);

test('a court report months on sharing a rare name with the first reports reads as a follow-up; a new shooting does not', () => {
  const plea = feature(PLEA, FIRST, 'courtFollowUp');
  assert.ok(plea > 0.5, `courtFollowUp ${plea}`);
  assert.equal(plea, feature(PLEA, FIRST, 'rareName'), 'the rarest shared name carries it');
  assert.equal(feature(FIRST, PLEA, 'courtFollowUp'), plea, 'symmetric');
  // Months apart, but the later report tells of no court proceedings.
  assert.equal(feature(NEW_SHOOTING, FIRST, 'courtFollowUp'), 0);
  // A court report days on is read by the near-day features, not this one.
  assert.equal(feature(PLEA_SOON, FIRST, 'courtFollowUp'), 0);
  // The later side decides: the first report names no court, the plea does, whichever comes first in the pair.
  assert.equal(feature(FIRST, NEW_SHOOTING, 'courtFollowUp'), 0);
});

test('an undated report naming the dated report\'s year is placed in it; another year, or both dated or undated, is not', () => {
  const dated = profile('Klitschko stops Thompson', 'Wladimir Klitschko stopped Tony Thompson in the sixth round on Saturday to keep his heavyweight titles.', '2012-07-08T10:00:00Z');
  const undatedSameYear = profile(null, 'Klitschko, who first beat Thompson in 2008, defended his belts for the 12th time in 2012 in Bern.', null);
  const undatedOtherYear = profile(null, 'Klitschko beat Hasim Rahman in Mannheim, his first defence since 2006 against a former champion.', null);
  const undatedNoYear = profile(null, 'Klitschko stopped Thompson in Bern on Saturday night.', null);
  assert.equal(feature(undatedSameYear, dated, 'yearNamed'), 1);
  assert.equal(feature(dated, undatedSameYear, 'yearNamed'), 1, 'symmetric');
  assert.equal(feature(undatedOtherYear, dated, 'yearNamed'), 0);
  assert.equal(feature(undatedNoYear, dated, 'yearNamed'), 0);
  // Both undated: no day to place either in.
  assert.equal(feature(undatedSameYear, undatedNoYear, 'yearNamed'), 0);
  // Both dated: the day features speak.
  const datedToo = profile('Klitschko keeps titles', 'Klitschko kept his titles in 2012 with a win over Thompson.', '2012-07-09T10:00:00Z');
  assert.equal(feature(datedToo, dated, 'yearNamed'), 0);
});
