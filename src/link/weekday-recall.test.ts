// Tests the days a report names by weekday, and a follow-up days later that recalls its event only as "Saturday's
// shooting" joining the event's story.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backgroundIdf } from './background.js';
import { StoryIndex, type ClusterInput } from './cluster.js';
import { compactProfile, expandProfile } from './compact.js';
import { eventProfile, weekdayDays } from './event-profile.js';
import { PAIR_FEATURES, pairFeatures, weightProfile, type WeightedProfile } from './pair-model.js';

const DAY = 86_400_000;
const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY;

test('weekday days: each weekday named, resolved to the latest such day on or before publication, in order, once each', () => {
  const friday = day(2016, 6, 17);
  assert.deepEqual(weekdayDays("Police on Thursday arrested a man in Saturday's shooting. On Saturday night a crowd gathered.", friday), [day(2016, 6, 16), day(2016, 6, 11)]);
  // The publication's own weekday is that day; "last Friday" on a Friday is the week before.
  assert.deepEqual(weekdayDays('The vigil is Friday. It was moved from last Friday.', friday), [friday, day(2016, 6, 10)]);
  // A day to come names no past day.
  assert.deepEqual(weekdayDays('He will appear in court next Monday.', friday), []);
  assert.deepEqual(weekdayDays("Saturday's shooting", null), []);
});

test('weekday days survive the compact form, apart from the stated dates', () => {
  const p = weightProfile(eventProfile('Arrest', "Police on Thursday arrested a man in Saturday's shooting on June 11.", Date.UTC(2016, 5, 17, 12), null), backgroundIdf());
  assert.deepEqual(p.statedDays, [day(2016, 6, 11)]);
  assert.deepEqual(p.weekdayDays, [day(2016, 6, 16), day(2016, 6, 11)]);
  assert.deepEqual(expandProfile(compactProfile(p)), p);
});

const FIRST: ClusterInput = {
  id: 'first',
  outlet: 'wlky',
  published: '2016-06-12T09:00:00Z',
  title: 'Man killed in Russell neighborhood shooting',
  text: 'LOUISVILLE, Ky. — A 22-year-old man was shot and killed early Saturday in the Russell neighborhood, Louisville Metro Police said. Officers found the man lying on West Chestnut Street near 26th Street just after 1 a.m. He died at University Hospital. No arrests have been made.',
};
const SECOND: ClusterInput = {
  id: 'second',
  outlet: 'wdrb',
  published: '2016-06-12T15:00:00Z',
  title: 'Police investigate deadly shooting on West Chestnut Street',
  text: 'Louisville Metro Police are investigating a deadly shooting early Saturday on West Chestnut Street in the Russell neighborhood. A 22-year-old man died at University Hospital. Homicide detectives asked anyone who heard the shots near 26th Street to call the tip line.',
};
const ARREST: ClusterInput = {
  id: 'arrest',
  outlet: 'courier-journal',
  published: '2016-06-17T13:00:00Z',
  title: "Teen charged in Saturday's Russell killing",
  text: "Louisville police on Thursday charged a 19-year-old with murder in Saturday's shooting death of a 22-year-old man in the Russell neighborhood. Jail records show the teen is held on a $500,000 bond and will be arraigned next Monday.",
};
const OTHER: ClusterInput = {
  id: 'other',
  outlet: 'wlky',
  published: '2016-06-22T09:00:00Z',
  title: 'Man killed in Russell neighborhood shooting',
  text: 'LOUISVILLE, Ky. — A 30-year-old man was shot and killed Tuesday night in the Russell neighborhood, Louisville Metro Police said. Officers found the man lying on West Madison Street near 25th Street just before 11 p.m. He died at University Hospital. No arrests have been made.',
};

function profile(a: ClusterInput): WeightedProfile {
  return weightProfile(eventProfile(a.title, a.text, Date.parse(a.published!), a.outlet ?? null), backgroundIdf());
}

const feature = (x: number[], name: (typeof PAIR_FEATURES)[number]): number => x[PAIR_FEATURES.indexOf(name)]!;

test('a follow-up naming the event by weekday recalls its day; another shooting days later does not', () => {
  const idf = backgroundIdf();
  const [first, arrest, other] = [FIRST, ARREST, OTHER].map(profile);
  assert.equal(first!.eventDay, day(2016, 6, 11));
  assert.equal(arrest!.eventDay, day(2016, 6, 16), 'the arrest day comes first in the text');
  assert.equal(feature(pairFeatures(arrest!, first!, idf), 'dayRecalled'), 1);
  assert.equal(feature(pairFeatures(first!, arrest!, idf), 'dayRecalled'), 1, 'symmetric');
  assert.equal(feature(pairFeatures(other!, first!, idf), 'dayRecalled'), 0);
  assert.equal(feature(pairFeatures(other!, arrest!, idf), 'dayRecalled'), 0);
});

test('the weekday follow-up joins its event, in either order, and another shooting days later is not recalled', () => {
  for (const order of [[FIRST, SECOND, ARREST, OTHER], [OTHER, ARREST, SECOND, FIRST]]) {
    const index = new StoryIndex();
    const d = new Map(order.map((a) => [a.id, index.add(a)]));
    const story = (id: string): string => index.storyOf(id)!;
    assert.equal(story('second'), story('first'));
    assert.equal(story('arrest'), story('first'), `arrest: ${d.get('arrest')!.score.toFixed(2)} ${d.get('arrest')!.features.join(', ')}`);
    assert.ok(!d.get('other')!.features.some((f) => f.startsWith('dayRecalled')), d.get('other')!.features.join(', '));
  }
});
