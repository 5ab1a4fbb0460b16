// Tests for date finding: weekdays, month-day, months, years, relative expressions and false friends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './dates.js';

const values = (text: string, published: string | null): [string, string, string][] =>
  findDates(text, published).map((d) => [d.text, d.value, d.precision]);

test('seed 002: "On Friday" in a Saturday article is the day before', () => {
  const text = "On Friday, South Korea's spy agency confirmed the North has decided to send around 12,000 troops to support Russia.";
  const ds = findDates(text, '2024-10-19');
  assert.equal(ds.length, 1);
  assert.equal(ds[0]!.value, '2024-10-18');
  assert.equal(ds[0]!.precision, 'day');
  assert.equal(ds[0]!.relative, true);
  assert.equal(text.slice(ds[0]!.span[0], ds[0]!.span[1]), ds[0]!.text);
});

test('a score before a month and day ("the 30-7 Oct. 19 loss") is neither its day nor its year', () => {
  assert.deepEqual(values("He was hurt in New Orleans' 30-7 Oct. 19 loss at Carolina.", '2008-12-17'), [['Oct. 19', '2008-10-19', 'day']]);
  assert.deepEqual(values('They lost the 24-21 Nov 2 game.', '2008-12-17'), [['Nov 2', '2008-11-02', 'day']]);
  // A clock time before the month is the date's own.
  assert.deepEqual(values('Two men were killed about 9:35 p.m. April 21.', '2013-04-25').map(([t]) => t), ['9:35 p.m. April 21']);
  assert.deepEqual(values('The vote on 5 Oct 2019 and the 3-7 October festival.', '2019-12-17'), [['5 Oct 2019', '2019-10-05', 'day'], ['3-7 October', '2019-10-03', 'day']]);
});

test('an age after a day and its comma ("On Feb. 4, 18-year-old Joaquin") is no year of the day', () => {
  assert.deepEqual(values('On Feb. 4, 18-year-old Joaquin Byrd was fatally shot after an argument.', '2017-03-31'), [['Feb. 4', '2017-02-04', 'day']]);
  assert.deepEqual(values('On Feb. 4, 2017, a man was shot.', '2017-03-31'), [['Feb. 4, 2017', '2017-02-04', 'day']]);
});

test('a month and day told with "last year" or "next year" is of that year', () => {
  assert.deepEqual(values('He took over on March 1 last year.', '2025-03-02')[0], ['March 1', '2024-03-01', 'day']);
  assert.deepEqual(values('It opens on June 5 next year.', '2025-03-02')[0], ['June 5', '2026-06-05', 'day']);
});

test('a holiday that names an occasion ("a Fourth of July party") dates nothing; told alone it is a day', () => {
  assert.deepEqual(values('Gunfire erupted at a Fourth of July party early Saturday.', '2025-07-06'), [['Saturday', '2025-07-05', 'day']]);
  assert.deepEqual(values('He was shot on the Fourth of July.', '2025-07-06').map(([, v]) => v), ['2025-07-04']);
});

test('a bare weekday is past-leaning, "next" looks forward', () => {
  // 2024-10-23 is a Wednesday.
  assert.deepEqual(values('He spoke on Monday.', '2024-10-23'), [['Monday', '2024-10-21', 'day']]);
  assert.deepEqual(values('He speaks next Monday.', '2024-10-23'), [['next Monday', '2024-10-28', 'day']]);
  assert.deepEqual(values('He spoke on Thursday.', '2024-10-23'), [['Thursday', '2024-10-17', 'day']]);
});

test('seed 000: "On Oct 18" and "as at Oct 8" take the publication year', () => {
  const text = "On Oct 18, South Korea's National Intelligence Service (NIS) said it believed North Korea plans to send about 12,000 members. About 1,500 have already been deployed to the Russian city of Vladivostok for training as at Oct 8, NIS added.";
  assert.deepEqual(values(text, '2024-10-23'), [['Oct 18', '2024-10-18', 'day'], ['Oct 8', '2024-10-08', 'day']]);
});

test('seeds 001 and 003: month-day dates', () => {
  assert.deepEqual(values('Putin seemed to warn about hostilities during the Valdai discussion forum on November 7.', '2024-11-12'),
    [['November 7', '2024-11-07', 'day']]);
  assert.deepEqual(values('The tests were carried out on October 3 near the border.', '2024-10-20'), [['October 3', '2024-10-03', 'day']]);
  assert.deepEqual(values('South Korean defense minister Kim Yong-hyun said on October 31 that Seoul will send monitoring teams.', '2024-11-12'),
    [['October 31', '2024-10-31', 'day']]);
});

test('months, years and relative months', () => {
  assert.deepEqual(values('The treaty was signed in June.', '2024-10-23'), [['June', '2024-06', 'month']]);
  assert.deepEqual(values('Supplies have flowed since 2023 and grew in 2024.', '2024-10-23'), [['2023', '2023', 'year'], ['2024', '2024', 'year']]);
  assert.deepEqual(values('Her visit this month followed talks last month.', '2024-10-23'),
    [['this month', '2024-10', 'month'], ['last month', '2024-09', 'month']]);
  assert.deepEqual(values('It happened in March 2022.', '2024-10-23'), [['March 2022', '2022-03', 'month']]);
  assert.deepEqual(values('The war ended in 1953.', '2024-10-23'), [['1953', '1953', 'year']]);
});

test('weeks, decades, quantities and names give no dates', () => {
  assert.deepEqual(values('Troops moved last week, as in the 1950s.', '2024-10-23'), []);
  assert.deepEqual(values('The Korea Institute for National Unification counted 12,000 troops and 2000 soldiers.', '2024-10-23'), []);
  assert.deepEqual(values('South Korea may supply weapons as troops march on. It runs 24/7.', '2024-10-23'), []);
  assert.deepEqual(values('He was posted 16 mins ago.', '2024-10-23'), []);
});

test('without a publication date only expressions with a written year are kept', () => {
  assert.deepEqual(values('On Friday, on Oct 18 and in June, but also on Sept. 5, 2023 and since 2021.', null),
    [['Sept. 5, 2023', '2023-09-05', 'day'], ['2021', '2021', 'year']]);
  const d = findDates('It was signed on October 23, 2024.', null)[0]!;
  assert.equal(d.relative, false);
  assert.equal(d.rule, 'date/absolute-day');
});

test('a month told without a year, after the publication month, is last year\'s when the sentence tells of the past', () => {
  assert.deepEqual(values('In another picture that he posted in December, the two grin.', '2016-08-10'), [['December', '2015-12', 'month']]);
  assert.deepEqual(values('On Dec. 5, she posted a photo of the children.', '2016-08-10'), [['Dec. 5', '2015-12-05', 'day']]);
  assert.deepEqual(values('The trial is set for December.', '2016-08-10'), [['December', '2016-12', 'month']]);
  assert.deepEqual(values('The shooting occurred on Aug. 12.', '2016-08-10'), [['Aug. 12', '2016-08-12', 'day']]);
});

test('a month that is a first name before a surname is a person, not a date', () => {
  const names = findDates('The department named two people taken to the hospital: 43-year-old April Trent and 20-year-old Bryce Hendrickson. May Johnson, a neighbor, said she heard shots.', '2017-02-26');
  assert.deepEqual(names.map((d) => d.text), []);
  const months = findDates('In April, a 4-year-old girl was shot in a bedroom.', '2017-02-26');
  assert.deepEqual(months.map((d) => d.value), ['2016-04']);
});

test('a month word alone in quotes or brackets is a nickname, not a date', () => {
  assert.deepEqual(findDates('They were shot by Michael Augustine “August” Bournes, 59.', '2015-06-14').map((d) => d.text), []);
  assert.deepEqual(findDates('“(August) was always attentive,” she said.', '2015-06-14').map((d) => d.text), []);
  assert.deepEqual(findDates('The cabin was sold in August.', '2015-06-14').map((d) => d.value), ['2014-08']);
});

test('a span of time counted names no day', () => {
  assert.deepEqual(values('The governor said an inquiry would report within 30 days.', '2025-06-05'), []);
  assert.deepEqual(values('The trial is set to begin in 10 days.', '2025-06-05'), []);
  assert.deepEqual(values('Now after five days and a two-hour standoff, the suspect is in custody.', '2025-06-05'), []);
  // Relative to the telling, a count of days does name one.
  assert.deepEqual(values('He was arrested two days ago.', '2025-06-05'), [['two days ago', '2025-06-03', 'day']]);
});

test('a span counted from an event the sentence names dates nothing ("three days after she was born", "the day before the vote")', () => {
  for (const text of ['She could not hold the baby until three days after she was born.', 'He bought the gun the day after police were called to the home.', 'Officers arrived two days before the vote.']) {
    assert.deepEqual(findDates(text, '2016-08-16').map((d) => d.text), [], text);
  }
});

test('a month and day told of the past without a year are the last such day before the telling, wherever the parser looked', () => {
  // In October, "March 20" lies nearer ahead than behind: an incident that occurred is the March before.
  assert.deepEqual(values('He was charged with robbery for an incident that occurred March 20.', '2016-10-19'), [['March 20', '2016-03-20', 'day']]);
  assert.deepEqual(values('He posted a picture in December.', '2016-08-10'), [['December', '2015-12', 'month']]);
  // A sentence that looks forward keeps the day ahead.
  assert.deepEqual(values('The trial is scheduled for March 20.', '2016-10-19'), [['March 20', '2017-03-20', 'day']]);
  assert.deepEqual(values('The plea must be filed by March 20.', '2016-10-19'), [['March 20', '2017-03-20', 'day']]);
  // "by" inside a word ("a drive-by") looks nowhere.
  assert.deepEqual(values('The boy was shot March 20 in what police first took for a drive-by.', '2016-10-19'), [['March 20', '2016-03-20', 'day']]);
  // "by" that names the doer, after the date, sets no deadline; "until" right before it does.
  assert.deepEqual(values('Police say he was shot around 1:40 p.m. Aug. 3 by his father\'s 11-year-old son.', '2016-04-20'), [['1:40 p.m. Aug. 3', '2015-08-03', 'day']]);
  assert.deepEqual(values('The road stays closed until Aug. 3.', '2016-04-20'), [['Aug. 3', '2016-08-03', 'day']]);
});

test('a weekday a sentence sets ahead ("due in court Monday", "will be arraigned Friday") is the next such day, today included', () => {
  // 2016-05-06 is a Friday.
  assert.deepEqual(values("He's due in court Monday.", '2016-05-06'), [['Monday', '2016-05-09', 'day']]);
  assert.deepEqual(values('He will be arraigned Friday.', '2016-05-06'), [['Friday', '2016-05-06', 'day']]);
  // A clause of the past between the word that looks ahead and the weekday holds the weekday.
  assert.deepEqual(values('There will not be any charges after a boy was shot in the head Tuesday night.', '2016-09-07'), [['Tuesday night', '2016-09-06', 'day']]);
  assert.deepEqual(values('A vigil is planned for Thursday at the scene.', '2016-05-06'), [['Thursday', '2016-05-12', 'day']]);
  // The day of a saying stays behind.
  assert.deepEqual(values('The suspect will face charges, police said Monday.', '2016-05-06'), [['Monday', '2016-05-02', 'day']]);
  // A return or reopening told in the present, and what is expected or planned to be, lie ahead; a return told in the past does not.
  assert.deepEqual(values('Counselors will be there when students return to school on Monday.', '2016-05-06'), [['Monday', '2016-05-09', 'day']]);
  assert.deepEqual(values('Police are expected to release the names Tuesday.', '2016-05-06'), [['Tuesday', '2016-05-10', 'day']]);
  assert.deepEqual(values('He returned to school on Monday.', '2016-05-06'), [['Monday', '2016-05-02', 'day']]);
});

test('"two days later" and "three days earlier" count from an event the text tells: no day', () => {
  assert.deepEqual(values('He died two days later.', '2016-05-06'), []);
  assert.deepEqual(values('Three days earlier, he bought a gun.', '2016-05-06'), []);
  assert.deepEqual(values('He was arrested two days ago.', '2016-05-06'), [['two days ago', '2016-05-04', 'day']]);
});

test('a month "coming up" lies ahead of the telling', () => {
  assert.deepEqual(values('The club advertised a Peace Ride coming up in July.', '2013-06-24'), [['July', '2013-07', 'month']]);
});

test('a weekday a possibility runs to ("rain could fall through Wednesday") is ahead; one that could have been is past', () => {
  assert.equal(findDates('Up to 20 inches of rain could fall through Wednesday, forecasters said.', '2025-09-02')[0]!.value, '2025-09-03');
  assert.equal(findDates('He could have left on Monday.', '2025-09-02')[0]!.value, '2025-09-01');
});

test('a date in brackets right after a name is a birth date; a date in brackets after an event is its day', () => {
  assert.deepEqual(findDates('The driver, Juan Palacios (12/09/1991), was taken into custody.', '2015-09-29').map((d) => d.value), []);
  assert.deepEqual(findDates('Police arrested John Doe (DOB 01/02/1990) on Friday.', '2015-09-29').map((d) => d.value).filter((v) => v.startsWith('1990')), []);
  assert.ok(findDates('The shooting (on 09/27/2015) left one man hurt.', '2015-09-29').some((d) => d.value === '2015-09-27'));
});

test('a rite or a court appearance told in the present before a weekday is to come', () => {
  assert.equal(findDates('The funeral for the little boy is Wednesday in Wheat Ridge.', '2016-11-22')[0]!.value, '2016-11-23');
  assert.equal(findDates('He is expected in court Friday.', '2016-11-22')[0]!.value, '2016-11-25');
  // Told in the past, the same words are a day gone by.
  assert.equal(findDates('The funeral for the little boy was Wednesday in Wheat Ridge.', '2016-11-22')[0]!.value, '2016-11-16');
});

test("a side's game told in the present before a weekday is its next one", () => {
  assert.deepEqual(values('The Hawks play Wednesday at Milwaukee.', '2025-01-06').map((v) => v[1]), ['2025-01-08']);
  assert.deepEqual(values('Denver hosts Boston on Friday.', '2025-01-06').map((v) => v[1]), ['2025-01-10']);
  assert.deepEqual(values('The teams meet again Sunday.', '2025-01-06').map((v) => v[1]), ['2025-01-12']);
  // Told in the past, the game has been played; a noun of the same spelling is no game.
  assert.deepEqual(values('A boy was shot in the face Sunday night.', '2025-01-06').map((v) => v[1]), ['2025-01-05']);
  assert.deepEqual(values('The Hawks played Wednesday at Milwaukee.', '2025-01-06').map((v) => v[1]), ['2025-01-01']);
});

test('a weekday that dates a harm told by its noun ("after the gun scare on Monday") is of the past, though the sentence looks ahead', () => {
  assert.deepEqual(values('The tone may change after the gun scare on Monday.', '2016-05-03').map((v) => v[1]), ['2016-05-02']);
  assert.deepEqual(values('Two men will be arraigned on Monday.', '2016-05-03').map((v) => v[1]), ['2016-05-09']);
});

test('a plan told in the past perfect ("had planned to go deer hunting Sunday morning") sets no weekday ahead', () => {
  assert.deepEqual(values('He told police that he and the boy had planned to go deer hunting Sunday morning.', '2015-11-30').map((v) => v[1]), ['2015-11-29']);
  assert.deepEqual(values('He and the boy planned to go deer hunting Sunday morning, police said.', '2015-11-26').map((v) => v[1]), ['2015-11-29']);
});

test('a weekday\'s short form in lower case is another word ("as he sat in his car"); written with its capital it is the day', () => {
  const found = findDates('A shooter approached him as he sat in his car. The vigil was held Sat. evening.', '2016-10-10');
  assert.deepEqual(found.map((d) => [d.text, d.value]), [['Sat. evening', '2016-10-08']]);
  // Written with its capital after or before another capitalised word, it is part of a name: "The Baltimore Sun", "Sun Valley".
  const names = findDates('Her uncle told The Baltimore Sun that she was feisty. The Sun Valley man was shot Sun. night.', '2016-08-02').map((d) => d.text);
  assert.deepEqual(names, ['Sun. night']);
});

test('a named day ("an Easter Sunday shooting", "Black Friday") is no day of the telling\'s week', () => {
  assert.deepEqual(values('The shooting is linked to an Easter Sunday shooting on the west side. Stores opened early on Black Friday. He died Sunday.', '2016-04-18'), [['Sunday', '2016-04-17', 'day']]);
});

test('"in the last few months", "over the last two years": a span up to now names no month or year', () => {
  assert.deepEqual(values('In the last few months there was an uptick. Over the last two years it rose. Last month he moved.', '2016-09-13'), [['Last month', '2016-08', 'month']]);
});

test('a weekday owning a harm ("Tuesday night\'s violence") is past, though the sentence looks ahead; a weekday owning nothing may lie ahead', () => {
  assert.deepEqual(values('Police have not said whether they might release information about a suspect in Tuesday night\'s violence.', '2016-06-15'), [['Tuesday night', '2016-06-14', 'day']]);
  assert.deepEqual(values('Police will release more information on Tuesday.', '2016-06-15'), [['Tuesday', '2016-06-21', 'day']]);
  // So is a weekday told as earlier: "a disagreement that happened earlier Sunday".
  assert.deepEqual(values('Investigators believe the shooting may stem from a disagreement that happened earlier Sunday.', '2016-11-14').map((v) => v[1]), ['2016-11-13']);
});

test('a plan told in the present progressive ("State police are planning a news conference for 10:30 a.m. Thursday") is ahead', () => {
  assert.deepEqual(values('State police are planning a news conference for 10:30 a.m. Thursday to announce new details.', '2016-11-30').map((v) => v[1]), ['2016-12-01']);
  assert.deepEqual(values('Police were planning a search on Thursday when the boy was found.', '2016-11-30').map((v) => v[1]), ['2016-11-24']);
});

test('a fraction written with a slash is no month of a year before newspapers ("1/1000th of a second")', () => {
  assert.deepEqual(values('"In 1/1000th of a second it went wrong," he said.', '2016-11-30'), []);
  assert.deepEqual(values('The shooting happened on 5/10/2015, police said.', '2016-11-30').map((v) => v[1]), ['2015-05-10']);
});
