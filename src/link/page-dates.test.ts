// Tests the dates a page carries besides the event's: time stamps of an edit ("Updated at 11:13 a.m. Aug. 17"), dates
// a day or two after publication and dates ahead (a hearing set), none of which is the event's day or flips its year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryIndex, type ClusterInput } from './cluster.js';
import { backgroundIdf } from './background.js';
import { dayOfMonthDay, eventDay, eventProfile, isStamp, statedDays, weekdayDays } from './event-profile.js';
import { PAIR_FEATURES, pairFeatures, weightProfile } from './pair-model.js';

const DAY = 86_400_000;
const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY;

test('a month-and-day date without a year is the latest such day at most a month after publication', () => {
  const aug15 = day(2016, 8, 15);
  assert.equal(dayOfMonthDay(7, 17, undefined, aug15), day(2016, 8, 17), 'two days after publication: this year');
  assert.equal(dayOfMonthDay(7, 16, undefined, aug15), day(2016, 8, 16));
  assert.equal(dayOfMonthDay(8, 10, undefined, aug15), day(2016, 9, 10), 'a hearing set weeks ahead: this year');
  assert.equal(dayOfMonthDay(10, 3, undefined, aug15), day(2015, 11, 3), 'months ahead: last year');
  assert.equal(dayOfMonthDay(7, 8, undefined, day(2016, 5, 2)), day(2015, 8, 8), 'the August shooting recalled in May');
  assert.equal(dayOfMonthDay(7, 1, undefined, aug15), day(2016, 8, 1));
  assert.equal(dayOfMonthDay(11, 30, undefined, day(2015, 1, 3)), day(2014, 12, 30), 'the last days of the year before');
  assert.equal(dayOfMonthDay(0, 5, undefined, day(2016, 12, 20)), day(2017, 1, 5), 'a January date set in late December');
  assert.equal(dayOfMonthDay(2, 4, '2009', aug15), day(2009, 3, 4), 'a written year wins');
  assert.equal(dayOfMonthDay(2, 4, undefined, null), null);
});

test('page stamps: a capitalised stamp word, then only a time, a zone or a weekday before the date', () => {
  const at = (text: string, cue: string): boolean => isStamp(text, text.indexOf(cue));
  assert.ok(at('Updated at 11:13 a.m. Aug. 17:\n\nDallas police have arrested', 'Aug. 17'));
  assert.ok(at('Posted: Thursday, August 18, 2016 5:15 PM EDT', 'Thursday'));
  assert.ok(at('Posted: Thursday, August 18, 2016 5:15 PM EDT', 'August 18'));
  assert.ok(at('By Jo Lee | Published 5:19 PM CDT Aug 17, 2016', 'Aug 17'));
  assert.ok(at('Last updated on Aug. 17 at 9 a.m.', 'Aug. 17'));
  assert.ok(!at('Police updated the public on Friday about the shooting.', 'Friday'), 'a verb in a sentence is no stamp');
  assert.ok(!at('Updated records show the shooting happened on Aug. 12 near the motel.', 'Aug. 12'), 'words between: no stamp');
  assert.ok(!at('The shooting happened Aug. 12 near the motel.', 'Aug. 12'));
});

test('the event day passes over page stamps and dates after publication', () => {
  const mon = day(2016, 8, 15);
  const text = 'Updated at 11:13 a.m. Aug. 17:\n\nPolice have arrested a second suspect in the motel shooting early Friday that left one man dead.';
  assert.equal(eventDay(text, mon), day(2016, 8, 12));
  assert.deepEqual(statedDays(text, mon), [], 'a stamp states no day of the story');
  assert.deepEqual(weekdayDays('Posted: Tuesday, Aug. 16\nThe shooting on Friday left one dead.', mon), [day(2016, 8, 12)]);
  // A date ahead (a hearing set) is no event day; the day told of is.
  assert.equal(eventDay('A hearing is set for Aug. 30. The man was shot Aug. 12 outside the motel.', mon), day(2016, 8, 12));
  // Without a stamp, a date a day or two on stays in its year among the stated days.
  assert.deepEqual(statedDays('Funeral services are planned for Aug. 17 at noon.', mon), [day(2016, 8, 17)]);
});

const MOTEL: ClusterInput[] = [
  {
    id: 'first-tv',
    outlet: 'wfaa.com',
    published: '2016-08-12T12:00:00Z',
    title: 'Four shot, one dead in robbery at Lake Highlands motel',
    text: 'DALLAS - One man was killed and three people were wounded after a robbery turned into a shooting inside a room of a Lake Highlands motel early Friday, Dallas police said. Just before 1:30 a.m. two armed men kicked in the door of a room at the Motel 6 near LBJ Freeway and Plano Road and opened fire.',
  },
  {
    id: 'first-paper',
    outlet: 'dallasnews.com',
    published: '2016-08-12T15:00:00Z',
    title: 'Man killed, 3 wounded in shooting at Motel 6 in Lake Highlands',
    text: 'A shooting left one man dead and three other people wounded at a Lake Highlands Motel 6 overnight, police said. Two shooters opened fire about 1:30 a.m. Friday at the motel on Estate Lane, hitting four people. Kelvin Jackson, 38, died at the scene. The wounded were taken to Presbyterian Hospital.',
  },
  {
    id: 'arrest',
    outlet: 'dallasnews.com',
    published: '2016-08-15T10:00:00Z',
    title: "Dallas police arrest murder suspect in Motel 6 robbery shooting",
    text: 'Updated at 11:13 a.m. Aug. 17:\n\nDallas police have arrested a second murder suspect in the robbery and shooting at a Lake Highlands Motel 6 that left one dead and three injured early Friday. Reginald Willis, 22, is charged with capital murder in the death of Kelvin Jackson, 38. Police said two men kicked in the door of a room near LBJ Freeway and Plano Road and opened fire.',
  },
];

test('an arrest report stamped two days after its publication joins the first reports of its shooting', () => {
  const idf = backgroundIdf();
  const [first, , arrest] = MOTEL.map((a) => weightProfile(eventProfile(a.title, a.text, Date.parse(a.published!), a.outlet!), idf));
  const x = pairFeatures(arrest!, first!, idf);
  assert.equal(x[PAIR_FEATURES.indexOf('dayNear')], 1, 'the stamp is not read as the event day of the year before');
  assert.equal(x[PAIR_FEATURES.indexOf('dayMonths')], 0);
  for (const order of [MOTEL, [...MOTEL].reverse()]) {
    const index = new StoryIndex();
    const d = new Map(order.map((a) => [a.id, index.add(a)]));
    assert.equal(index.storyOf('arrest'), index.storyOf('first-paper'), `arrest: ${d.get('arrest')!.score.toFixed(2)} ${d.get('arrest')!.features.join(', ')}`);
    assert.equal(index.storyCount, 1);
  }
});
