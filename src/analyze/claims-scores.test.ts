// Pins the reading of a game's final score: each side's points keyed by the side and its opponent, the winner's
// points the higher, and pairs that are no score (a jury's split, a record, a height and weight) left alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../model/analysis.js';
import { storyOf as story, valuedClaimsOf as claimsOf } from './claim-fixtures.js';

const points = (claims: readonly Claim[]) => claims.filter((c) => c.measure.value === 'other:points').map((c) => `${c.subject.value} ${c.value}`);

test('a score after a verb of winning gives the winner the higher number and the loser the lower', () => {
  assert.deepEqual(points(claimsOf('The Colts beat the Titans 20-13 on Sunday.')), ['Colts\' points against Titans 20', 'Titans\' points against Colts 13']);
  assert.deepEqual(points(claimsOf('Dallas lost 31-28 to the Eagles on Sunday.')), ['Eagles\' points against Dallas 31', 'Dallas\' points against Eagles 28']);
  assert.deepEqual(points(claimsOf('San Diego knocked off the Indianapolis Colts, 23-17, on Saturday.')), ['San Diego\'s points against Indianapolis Colts 23', 'Indianapolis Colts\' points against San Diego 17']);
});

test('a score before a result noun: a loss is its possessor\'s, the team after "to" or "at" won it', () => {
  assert.deepEqual(points(claimsOf('He was hurt in last Thursday\'s 27-24 overtime loss at Chicago.')), ['Chicago\'s points 27', 'points against Chicago 24']);
  assert.deepEqual(points(claimsOf('He was hurt in Denver\'s 30-7 loss at Carolina.')), ['Carolina\'s points against Denver 30', 'Denver\'s points against Carolina 7']);
  assert.deepEqual(points(claimsOf('He ran for 80 yards in the Saints\' 17-14 victory over the Falcons.')), ['Saints\' points against Falcons 17', 'Falcons\' points against Saints 14']);
});

test('a jury\'s split, a record, a height and weight and a scoreless pair are no score', () => {
  const claims = claimsOf('The jury deadlocked at 9-3 with nine in favor. The Saints are 7-7. Joique Bell (5-11, 220) played at Wayne State. The vote was 5-4.');
  assert.deepEqual(points(claims), []);
  assert.ok(!claims.some((c) => c.subject.value.startsWith('Bell')), claims.map((c) => c.subject.value).join('; '));
  assert.ok(claims.some((c) => c.subject.value === 'Saints\' losses' && c.value === 7));
});

test('one game\'s sides told by two outlets are two groups of two tellings; another game\'s points never rival them', () => {
  const groups = story([
    ['Paper One', '2024-05-10', 'Smith was hurt in a 27-24 loss to Chicago on Thursday.'],
    ['Paper Two', '2024-05-10', 'Smith sprained his knee in Thursday\'s 27-24 overtime loss at Chicago. The Bears beat the Lions 13-10 a week earlier.'],
  ]).filter((g) => g.frame.measure === 'other:points');
  const got = groups.map((g) => [g.tellings.map((t) => t.value).join(','), g.verdict]).sort();
  assert.deepEqual(got, [['10', 'single-origin'], ['13', 'single-origin'], ['24,24', 'corroborated'], ['27,27', 'corroborated']]);
});

test('a run told by its ordinal is a streak of the clause\'s subject; an ordinal without a result is none', () => {
  const streaks = (text: string) => claimsOf(text).filter((c) => c.measure.value === 'other:streak').map((c) => `${c.subject.value} ${c.value}`);
  assert.deepEqual(streaks('Wladimir Klitschko won his 16th straight fight on Saturday.'), ['Klitschko\'s winning streak 16']);
  assert.deepEqual(streaks('The Lakers lost their fifth consecutive game on Sunday.'), ['Lakers\' losing streak 5']);
  assert.deepEqual(streaks('He played his 100th game. It was their third straight game at home.'), []);
});

test('a result the clause\'s subject got "with a" score is its own; a player hurt "in a" loss is no side', () => {
  assert.deepEqual(points(claimsOf('Young scored 34 points, and the Atlanta Hawks clinched a playoff berth with a 112-104 victory over the Chicago Bulls on Saturday.')), ['Atlanta Hawks\' points against Chicago Bulls 112', 'Chicago Bulls\' points against Atlanta Hawks 104']);
  const hurt = points(claimsOf('Bush was hurt in a 27-24 loss to Chicago on Thursday.'));
  assert.ok(!hurt.some((p) => /Bush/.test(p)), hurt.join('; '));
});

test('a relative clause of winning set off after a team makes it the winner; the points of a part of a game are no score', () => {
  assert.deepEqual(points(claimsOf('Hats off to Lake Forest, who beat Riverton 64-58.')), ['Lake Forest\'s points against Riverton 64', 'Riverton\'s points against Lake Forest 58']);
  assert.deepEqual(points(claimsOf('The Wolves meet Grand Valley, which defeated Ashland 70-69 on Saturday.')), ['Grand Valley\'s points against Ashland 70', 'Ashland\'s points against Grand Valley 69']);
  assert.deepEqual(points(claimsOf('The Hawks calmed down and outscored Dayton 18-6 the rest of the half to lead 40-31.')), []);
  assert.deepEqual(points(claimsOf('The Ravens outscored the Jets 17-3 in the second quarter.')), []);
  assert.deepEqual(points(claimsOf('The Hawks outscored Dayton 80-71 on Thursday.')), ['Hawks\' points against Dayton 80', 'Dayton\'s points against Hawks 71']);
});

test('a rout "of" a side is a win over it, told of a ranked team of four words; a win told in the passive names its winner', () => {
  assert.deepEqual(points(claimsOf('Tyler Ames had 24 points, and the third-ranked North Carolina Tar Heels bounced back with a 108-70 rout of the Charleston Cougars.')), ['North Carolina Tar Heels\' points against Charleston Cougars 108', 'Charleston Cougars\' points against North Carolina Tar Heels 70']);
  assert.deepEqual(points(claimsOf('Deon Tate had 15 points for the Tar Heels, who were beaten at home by Boston College, 85-78, on Sunday.')), ['Boston College\'s points 85', 'points against Boston College 78']);
});

test('a score told at a moment of the game is each side\'s points at that moment, the other side named by the final score', () => {
  const got = points(claimsOf('Quenton State beat Marlow 88-71 on Saturday. Quenton State led 41-30 at halftime. Marlow trailed 60-52 after three quarters. The Vexes took a 20-8 lead after the first quarter.'));
  assert.deepEqual(got, [
    'Quenton State\'s points against Marlow 88', 'Marlow\'s points against Quenton State 71',
    'Quenton State\'s points against Marlow at halftime 41', 'Marlow\'s points against Quenton State at halftime 30',
    'Quenton State\'s points against Marlow after the third quarter 60', 'Marlow\'s points against Quenton State after the third quarter 52',
    // A side no final score names leaves its rival unnamed.
    'Vexes\' points after the first quarter 20', 'points against Vexes after the first quarter 8',
  ]);
  // The quarters played are no fraction.
  assert.ok(!claimsOf('Marlow trailed 60-52 after three quarters.').some((c) => c.unitClass === 'fraction'));
  // A lead told with no moment is no score of a moment.
  assert.deepEqual(points(claimsOf('Marlow led 60-52 when the lights went out.')), []);
});

test('a side\'s points at halftime told from either side join across outlets, apart from its final points', () => {
  const groups = story([
    ['Paper One', '2025-02-16', 'Quenton State beat Marlow 88-71 on Saturday. Quenton State led 41-30 at halftime.'],
    ['Paper Two', '2025-02-16', 'Quenton State beat Marlow 88-71 on Saturday. Marlow trailed 41-30 at the break.'],
  ]);
  const half = groups.filter((g) => g.frame.measure === 'other:points' && /halftime/.test(g.frame.subject));
  assert.equal(half.length, 2, groups.map((g) => g.statement).join('\n'));
  for (const g of half) assert.equal(new Set(g.tellings.map((t) => t.outlet)).size, 2, g.statement);
  const finals = groups.filter((g) => g.frame.measure === 'other:points' && !/halftime/.test(g.frame.subject));
  assert.deepEqual(finals.map((g) => g.tellings.map((t) => t.value)).sort(), [[71, 71], [88, 88]]);
});

test('a side that outdid another in a count of the game holds the higher count, the other the lower', () => {
  const got = claimsOf('Quenton State outrebounded Marlow 40-29. Dravin outgained the Vexes 400-310.').map((c) => `${c.measure.value} ${c.subject.value} ${c.value}`);
  assert.deepEqual(got, ['other:count Quenton State\'s rebounds 40', 'other:count Marlow\'s rebounds 29', 'other:yards Dravin\'s yards 400', 'other:yards Vexes\' yards 310']);
});

test('a side named by the last words of its whole name is that side: at a moment of the game and across outlets', () => {
  const got = points(claimsOf('The Quarnton Vexes clinched a berth with a 27-20 victory over the Dravin Stags on Sunday. The Vexes led 10-6 at halftime.'));
  assert.ok(got.includes('Vexes\' points against Dravin Stags at halftime 10') && got.includes('Dravin Stags\' points against Vexes at halftime 6'), got.join('; '));
  const groups = story([
    ['Paper One', '2024-12-22', 'The Quarnton Vexes beat the Dravin Stags 27-20 on Sunday.'],
    ['Paper Two', '2024-12-22', 'The Vexes beat the Stags 27-20 on Sunday.'],
  ]);
  const sides = groups.filter((g) => g.frame.measure === 'other:points');
  assert.equal(sides.length, 2, sides.map((g) => g.statement).join('\n'));
  for (const g of sides) assert.equal(g.tellings.length, 2, g.statement);
});
