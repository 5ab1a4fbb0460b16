// Tests for verdict rules on hand-built tellings: single origin, update, contest, corroboration, denial.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Telling } from '../model/dossier.js';
import { compatible, confirms, decideVerdict, knownTimeOrder } from './verdicts.js';

/** The frame of a toll of the story's own event. */
const tollFrame = (measure: 'killed' | 'injured') => ({ measure, subject: 'people', scope: 'event' as const, stance: 'actual' as const, when: null });

function telling(p: Partial<Telling> & { origin: string; articleId: string }): Telling {
  return {
    outlet: p.articleId.toUpperCase(),
    published: null,
    originEntityId: `e:${p.origin}`,
    value: null,
    unit: 'troops',
    approx: null,
    asOf: null,
    modality: 'asserted',
    negated: false,
    sentence: 's',
    span: [0, 1],
    syndicatedFrom: null,
    rules: { measure: 'measure/open-tail', subject: 'subject/counted-noun', scope: 'scope/default-event', asOf: 'time/as-of', origin: 'origin/attribution-speaker', modality: 'modality/default' },
    ...p,
  };
}

test('three outlets citing one origin make a single-origin group with one independent origin', () => {
  const v = decideVerdict([
    telling({ articleId: 'a', origin: 'NIS', value: 12000, approx: 'about', asOf: '2024-10-18' }),
    telling({ articleId: 'b', origin: 'NIS', value: 12000, approx: 'about', asOf: '2024-10-18' }),
    telling({ articleId: 'c', origin: 'NIS', value: 12000, asOf: '2024-10-23' }),
  ]);
  assert.equal(v.verdict, 'single-origin');
  assert.equal(v.origins.length, 1);
  assert.match(v.explanation, /3 outlets/);
});

test('the same origin giving a new value later is an update, and the latest value leads', () => {
  const v = decideVerdict([
    telling({ articleId: 'a', origin: 'NIS', value: 1500, approx: 'about', asOf: '2024-10-08' }),
    telling({ articleId: 'b', origin: 'NIS', value: 3000, approx: 'about', asOf: '2024-10-16' }),
  ]);
  assert.equal(v.verdict, 'updated');
  assert.equal(v.latest?.value, 3000);
  assert.equal(v.rule, 'verdict/same-origin-new-value');
});

test('an agreement names only the origins that agree on the leading value, and what the others told at other times', () => {
  const age = { measure: 'age', subject: 'person:ann cole', scope: 'event' as const, stance: 'actual' as const, when: null };
  const v = decideVerdict([
    telling({ articleId: 'a', origin: 'Paper A', value: 21, unit: null, asOf: '2013-03-30' }),
    telling({ articleId: 'b', origin: 'Paper B', value: 23, unit: null, asOf: '2014-06-13' }),
    telling({ articleId: 'c', origin: 'Paper C', value: 23, unit: null, asOf: '2014-12-16' }),
  ], age);
  assert.equal(v.verdict, 'corroborated');
  assert.match(v.explanation, /^2 independent origins agree on 23 \(Paper B, Paper C\), told by 2 outlets; also told: 21 \(Paper A, as of 2013-03-30\)\.$/);
});

test('a toll\'s agreement names the origins of its leading value, not one that told only a smaller number beside it', () => {
  const killed = { measure: 'killed', subject: 'people', scope: 'event' as const, stance: 'actual' as const, when: null };
  const v = decideVerdict([
    telling({ articleId: 'a', origin: 'Paper A', value: 2, unit: 'men', asOf: '2014-10-05', sentence: 'Neighbors woke up to two men dead.' }),
    telling({ articleId: 'a', origin: 'investigators', value: 1, unit: 'person', asOf: '2014-10-05', sentence: 'According to investigators, one person was pronounced dead.' }),
    telling({ articleId: 'a', origin: 'Paper A', value: 1, unit: 'victim died', asOf: '2014-10-05', sentence: 'One victim died upon arrival at the hospital.' }),
    telling({ articleId: 'b', origin: 'Paper B', value: 2, unit: 'persons', asOf: '2014-10-05', sentence: 'Two are dead after a shooting.' }),
  ], killed);
  assert.equal(v.verdict, 'corroborated');
  assert.ok(!/agree[^;]*investigators/.test(v.explanation), v.explanation);
});

test('independent origins with incompatible values for the same time contest the claim', () => {
  const v = decideVerdict([
    telling({ articleId: 'a', origin: 'NIS', value: 12000, approx: 'about', asOf: '2024-10-18' }),
    telling({ articleId: 'b', origin: 'Kremlin', value: 2000, asOf: '2024-10-19' }),
  ]);
  assert.equal(v.verdict, 'contested');
});

test('independent origins within each other\'s approximation corroborate', () => {
  const v = decideVerdict([
    telling({ articleId: 'a', origin: 'NIS', value: 12000, approx: 'about', asOf: '2024-10-18' }),
    telling({ articleId: 'b', origin: 'Pentagon', value: 11000, approx: 'more-than', asOf: '2024-10-20' }),
  ]);
  assert.equal(v.verdict, 'corroborated');
  assert.equal(v.origins.length, 2);
});

test('a denial by a party beats every other verdict', () => {
  const v = decideVerdict([
    telling({ articleId: 'a', origin: 'NIS', asOf: '2024-10-18' }),
    telling({ articleId: 'b', origin: 'North Korea', modality: 'denied', asOf: '2024-10-25' }),
  ]);
  assert.equal(v.verdict, 'denied');
  assert.match(v.explanation, /North Korea denies/);
});

test('approximations widen values: "as many as 12,000" admits 10,000, "over 10,000" does not admit 5,000', () => {
  assert.ok(compatible(telling({ articleId: 'a', origin: 'x', value: 12000, approx: 'up-to' }), telling({ articleId: 'b', origin: 'y', value: 10000 })));
  assert.ok(!compatible(telling({ articleId: 'a', origin: 'x', value: 10000, approx: 'more-than' }), telling({ articleId: 'b', origin: 'y', value: 5000 })));
  assert.ok(!compatible(telling({ articleId: 'a', origin: 'x', value: 1500, approx: 'about' }), telling({ articleId: 'b', origin: 'y', value: 3000, approx: 'about' })));
});

test('a running count changes into an update only when the later value holds for, or was published at, a later time', () => {
  const dated = [telling({ articleId: 'a', value: 3, asOf: '2024-05-10', origin: 'A' }), telling({ articleId: 'b', value: 10, asOf: '2024-05-11', origin: 'B' })];
  assert.equal(knownTimeOrder(dated), true);
  const undated = [telling({ articleId: 'a', value: 3, origin: 'A' }), telling({ articleId: 'b', value: 10, origin: 'B' })];
  assert.equal(knownTimeOrder(undated), false);
  assert.equal(decideVerdict(undated, { measure: 'killed', subject: 'people', scope: 'event', stance: 'actual', when: null }).verdict, 'contested');
});

test('a toll of 2, later told as "a man was killed" (at least 1), is no fall of the count: the outlets agree', () => {
  const frame = { measure: 'killed', subject: 'people', scope: 'event', stance: 'actual', when: null } as const;
  const v = decideVerdict([
    telling({ articleId: 'a', origin: 'Police', value: 2, asOf: '2016-08-09' }),
    telling({ articleId: 'b', origin: 'KOAT', value: 1, approx: 'at-least', asOf: '2016-08-10' }),
  ], frame);
  assert.notEqual(v.verdict, 'updated');
  assert.notEqual(v.verdict, 'contested');
  const rising = decideVerdict([
    telling({ articleId: 'a', origin: 'Police', value: 1, approx: 'at-least', asOf: '2016-08-09' }),
    telling({ articleId: 'b', origin: 'Police', value: 2, asOf: '2016-08-10' }),
  ], frame);
  assert.equal(rising.verdict, 'updated');
});

test('values told in two units are compared after conversion: 15 miles and about 24 km agree, 15 miles and 50 km do not', () => {
  const mi = telling({ origin: 'a', articleId: 'a', value: 15, unit: 'mile' });
  assert.equal(compatible(mi, telling({ origin: 'b', articleId: 'b', value: 24, unit: 'kilometre', approx: 'about' })), true);
  assert.equal(compatible(mi, telling({ origin: 'b', articleId: 'b', value: 50, unit: 'kilometre' })), false);
  assert.equal(compatible(telling({ origin: 'a', articleId: 'a', value: 170000, unit: 'square foot' }), telling({ origin: 'b', articleId: 'b', value: 15800, unit: 'square metre' })), true);
});

test('victims told one by one before a stated toll are no step of the running count', () => {
  const frame = tollFrame('killed');
  const described = { measure: 'measure/victim-described-killed', subject: 'subject/victims-described', scope: 'scope/default-event', asOf: 'time/published', origin: 'origin/outlet-unattributed', modality: 'modality/victims-counted' };
  const v = decideVerdict([
    telling({ origin: 'A', articleId: 'a', value: 1, approx: 'at-least', asOf: '2013-04-11', rules: described }),
    telling({ origin: 'B', articleId: 'b', value: 2, asOf: '2013-04-24' }),
    telling({ origin: 'C', articleId: 'c', value: 1, approx: 'at-least', asOf: '2013-04-24', rules: described }),
  ], frame);
  assert.equal(v.verdict, 'corroborated');
});

test('floors of victims described one by one that rise across articles are no running count: more of them told, no change', () => {
  const frame = tollFrame('injured');
  const described = { measure: 'measure/victim-described-injured', subject: 'subject/victims-described', scope: 'scope/default-event', asOf: 'time/published', origin: 'origin/outlet-unattributed', modality: 'modality/victims-counted' };
  const v = decideVerdict([
    telling({ origin: 'A', articleId: 'a', value: 2, approx: 'at-least', asOf: '2013-03-11', rules: described }),
    telling({ origin: 'B', articleId: 'b', value: 4, approx: 'at-least', asOf: '2013-03-26', rules: described }),
  ], frame);
  assert.notEqual(v.verdict, 'updated');
  // Counts a sentence states still make a running count.
  const stated = decideVerdict([
    telling({ origin: 'A', articleId: 'a', value: 2, asOf: '2013-03-11' }),
    telling({ origin: 'B', articleId: 'b', value: 4, asOf: '2013-03-26' }),
  ], frame);
  assert.equal(stated.verdict, 'updated');
});

test('an article does not dispute itself: a part told beside its count ("two boys" of five teens) is no rival value', () => {
  const frame = tollFrame('injured');
  const v = decideVerdict([
    telling({ articleId: 'a', origin: 'Paper A', value: 5, asOf: '2014-12-23', published: '2014-12-23', sentence: 'Five teens were hospitalized after a shooting Monday night.' }),
    telling({ articleId: 'b', origin: 'Paper B', value: 5, asOf: '2014-12-23', published: '2014-12-23', sentence: 'A gunman has shot and wounded five teenagers.' }),
    telling({ articleId: 'b', origin: 'Paper B', value: 2, asOf: '2014-12-23', published: '2014-12-23', sentence: 'Three girls and two boys were hospitalized.' }),
  ], frame);
  assert.equal(v.verdict, 'corroborated');
});

test('a toll that rises within one day is an update when the higher count is told as the later one, and contested when nothing orders it', () => {
  const frame = tollFrame('killed');
  const early = telling({ articleId: 'a', origin: 'Paper A', value: 1, asOf: '2017-02-10', published: '2017-02-10', sentence: 'One man was killed in the shooting, police said.' });
  const later = decideVerdict([
    early,
    telling({ articleId: 'b', origin: 'Paper B', value: 2, asOf: '2017-02-10', published: '2017-02-10', sentence: 'A second victim has died at the hospital, bringing the toll to two.' }),
  ], frame);
  assert.equal(later.verdict, 'updated');
  assert.equal(later.latest?.value, 2);
  const unordered = decideVerdict([
    early,
    telling({ articleId: 'b', origin: 'Paper B', value: 2, asOf: '2017-02-10', published: '2017-02-10', sentence: 'Two men were killed in the shooting.' }),
  ], frame);
  assert.equal(unordered.verdict, 'contested');
});

test('a running count told "at least 70" and "about 100" with nothing to order them is no dispute', () => {
  const frame = tollFrame('injured');
  const v = decideVerdict([
    telling({ articleId: 'a', origin: 'Paper A', value: 70, approx: 'at-least' }),
    telling({ articleId: 'b', origin: 'Paper B', value: 100, approx: 'about' }),
  ], frame);
  assert.equal(v.verdict, 'corroborated');
});

test('an article that tells two values of a group tells two things: another origin giving one of them agrees, not contests', () => {
  const both = [
    telling({ articleId: 'a', origin: 'Navy', value: 3, unit: 'skiffs' }),
    telling({ articleId: 'a', origin: 'Navy', value: 2, unit: 'skiffs' }),
    telling({ articleId: 'b', origin: 'Ministry', value: 2, unit: 'skiffs' }),
  ];
  assert.equal(decideVerdict(both).verdict, 'corroborated');
  // Without the article's second value, the two origins disagree.
  assert.equal(decideVerdict([both[0], both[2]]).verdict, 'contested');
});

test('a running count that goes back to a value told before its change, with no dates to order it, is no update', () => {
  const frame = tollFrame('injured');
  const v = decideVerdict([
    telling({ articleId: 'a', origin: 'A', value: 0, unit: 'persons' }),
    telling({ articleId: 'b', origin: 'State police', value: 1, approx: 'at-least', unit: 'bomb technician' }),
    telling({ articleId: 'c', origin: 'C', value: 0, unit: 'persons' }),
  ], frame);
  assert.equal(v.verdict, 'corroborated');
  // Dated steps stay a series: 0 on the 1st, 1 on the 2nd, then 0 on the 3rd after a recount.
  const dated = decideVerdict([
    telling({ articleId: 'a', origin: 'A', value: 0, unit: 'persons', asOf: '2024-01-01' }),
    telling({ articleId: 'b', origin: 'B', value: 1, unit: 'persons', asOf: '2024-01-02' }),
    telling({ articleId: 'c', origin: 'C', value: 0, unit: 'persons', asOf: '2024-01-03' }),
  ], frame);
  assert.equal(dated.verdict, 'updated');
});

test('an approximate share is rounded by points: "nearly three-quarters" and "about 70 percent" differ, "about 70" and 71 agree', () => {
  const share = (articleId: string, origin: string, value: number, approx: Telling['approx']) => telling({ articleId, origin, value, approx, unit: 'percent' });
  assert.equal(decideVerdict([share('a', 'Net Applications', 70, 'about'), share('b', 'B', 75, 'nearly')]).verdict, 'contested');
  assert.equal(decideVerdict([share('a', 'Net Applications', 70, 'about'), share('b', 'B', 71, null)]).verdict, 'corroborated');
  // Counts keep their relative width: about 70 people and 78 people agree.
  assert.equal(decideVerdict([telling({ articleId: 'a', origin: 'A', value: 70, approx: 'about', unit: 'people' }), telling({ articleId: 'b', origin: 'B', value: 78, unit: 'people' })]).verdict, 'corroborated');
});

test('an article that tells the earlier count and a rise above it ("a fourth victim has died") reads as the risen count: the series is updated', () => {
  const frame = { measure: 'killed', subject: 'people', scope: 'event', stance: 'actual', when: null } as const;
  const killed = (p: Partial<Telling> & { origin: string; articleId: string }) => telling({ unit: null, rules: { ...telling({ origin: 'x', articleId: 'x' }).rules, measure: 'measure/cue-after-number' }, ...p });
  const v = decideVerdict([
    killed({ articleId: 'a', origin: 'Police', value: 3, asOf: '2017-02-10', published: '2017-02-10', sentence: 'The shooting killed three people, police said.' }),
    killed({ articleId: 'b', origin: 'WAPT', value: 3, asOf: '2017-02-10', published: '2017-02-10', sentence: 'Three people were killed in the shootout.' }),
    killed({ articleId: 'c', origin: 'MSN', value: 3, asOf: '2017-02-12', published: '2017-02-12', sentence: 'A fourth victim in the shooting that killed three others has died.' }),
    killed({ articleId: 'c', origin: 'MSN', value: 4, asOf: '2017-02-12', published: '2017-02-12', sentence: 'A fourth victim in the shooting that killed three others has died.', rules: { ...telling({ origin: 'x', articleId: 'x' }).rules, measure: 'measure/ordinal-victim-died' } }),
  ], frame);
  assert.equal(v.verdict, 'updated', v.explanation);
  assert.equal(v.latest?.value, 4);
});

test('a fall told only as an authority\'s "but ... no one" against another origin is contested, not an update; a stated revision is an update', () => {
  const frame = { measure: 'injured', subject: 'people', scope: 'event', stance: 'actual', when: null } as const;
  const hurt = (p: Partial<Telling> & { origin: string; articleId: string }) => telling({ unit: null, rules: { ...telling({ origin: 'x', articleId: 'x' }).rules, measure: 'measure/cue-after-number' }, ...p });
  const disputed = decideVerdict([
    hurt({ articleId: 'a', origin: 'Witnesses', value: 1, asOf: '2016-03-01', published: '2016-03-01', sentence: 'One person was injured in the shooting, witnesses said.' }),
    hurt({ articleId: 'b', origin: 'Paper Two', value: 0, asOf: '2016-03-02', published: '2016-03-02', sentence: 'Witnesses said a man was hurt, but authorities say no one was injured in the shooting.' }),
  ], frame);
  assert.equal(disputed.verdict, 'contested', disputed.explanation);
  const revised = decideVerdict([
    hurt({ articleId: 'a', origin: 'Witnesses', value: 1, asOf: '2016-03-01', published: '2016-03-01', sentence: 'One person was injured in the shooting, witnesses said.' }),
    hurt({ articleId: 'b', origin: 'Paper Two', value: 0, asOf: '2016-03-02', published: '2016-03-02', sentence: 'Police initially reported one person hurt, but authorities say no one was injured.' }),
  ], frame);
  assert.equal(revised.verdict, 'updated', revised.explanation);
});

test('values one origin tells side by side in one article are two things: other outlets telling one of them do not contest the other', () => {
  const side = [
    telling({ articleId: 'a', origin: 'Harbour Gazette', originEntityId: 'outlet:harbour gazette', value: 8, unit: 'crates', sentence: 'Customs officers opened eight crates on the quay during the raid.' }),
    telling({ articleId: 'a', origin: 'Harbour Gazette', originEntityId: 'outlet:harbour gazette', value: 27, unit: 'crates', sentence: 'Since the spring the port has opened 27 crates in all.' }),
  ];
  const b = telling({ articleId: 'b', origin: 'Coast Radio', originEntityId: 'outlet:coast radio', value: 8, unit: 'crates', sentence: 'Eight crates were opened on the quay.' });
  const c = telling({ articleId: 'c', origin: 'Port Daily', originEntityId: 'outlet:port daily', value: 27, unit: 'crates', sentence: 'In all 27 crates have been opened since spring.' });
  assert.notEqual(decideVerdict([...side, b, c]).verdict, 'contested');
  // Without the article that tells both, the two outlets' values are rivals.
  assert.equal(decideVerdict([b, c]).verdict, 'contested');
  // An article's own value beside a named origin's is two things too; two named origins set against each other are a dispute.
  const own = { ...side[1], origin: 'Port Authority', originEntityId: 'e:port authority', rules: { ...side[1].rules, origin: 'origin/attribution-speaker' } };
  assert.notEqual(decideVerdict([side[0], own, b, c]).verdict, 'contested');
  const customs = { ...side[0], origin: 'Customs', originEntityId: 'e:customs', rules: own.rules };
  assert.equal(decideVerdict([customs, own, b, c]).verdict, 'contested');
  // Nor are two values of one article, dated apart ("eight crates on Thursday", "27 crates in all" as of publication), a change of the origin's value.
  const dated = [{ ...side[0], asOf: '2024-06-01' }, { ...side[1], asOf: '2024-06-02' }];
  assert.notEqual(decideVerdict(dated).verdict, 'updated');
  assert.equal(decideVerdict([dated[0], { ...dated[1], articleId: 'd' }]).verdict, 'updated');
});

test('an undated telling holds when the tellings that agree with it hold: an age at the arrest is no rival of the age at a trial two years on', () => {
  const undated = telling({ articleId: 'a', origin: 'Valley Post', value: 31, unit: 'year of age', sentence: 'Deputies were still looking for Ray Tolland, 31, late on Friday.' });
  const atArrest = telling({ articleId: 'b', origin: 'Sheriff', value: 31, unit: 'year of age', asOf: '2019-05-03', sentence: 'The sheriff said Tolland, 31, was found in a shed.' });
  const atTrial = telling({ articleId: 'c', origin: 'District Attorney', value: 33, unit: 'year of age', asOf: '2021-02-11', sentence: 'Tolland, 33, was found guilty on Tuesday, the district attorney said.' });
  assert.equal(decideVerdict([undated, atArrest, atTrial]).verdict, 'corroborated');
  // With nothing to date it, an undated value may hold at any time: 31 and 33 for one person contest.
  assert.equal(decideVerdict([undated, atTrial]).verdict, 'contested');
});

test('an outlet printing a named origin\'s words without the attribution counts under that origin, once', () => {
  const statement = telling({ articleId: 'a', origin: 'Norvale Water', originEntityId: 'e:norvale water', value: 40, unit: 'percent', sentence: 'Norvale Water said on Monday that supply to the northern district had fallen by 40 percent after the main burst.' });
  const copy = telling({ articleId: 'b', origin: 'City Wire', originEntityId: 'outlet:city wire', value: 40, unit: 'percent', rules: { ...statement.rules, origin: 'origin/outlet-unattributed' }, sentence: 'Supply to the northern district had fallen by 40 percent after the main burst on Monday.' });
  const v = decideVerdict([statement, copy]);
  assert.equal(v.verdict, 'single-origin');
  assert.equal(v.rule, 'verdict/one-origin-copied');
  assert.match(v.explanation, /copied from one text/);
  // An outlet telling the value in its own words is an origin of its own.
  const own = { ...copy, sentence: 'Households in the north have had about 40 percent less water since the pipe broke.' };
  assert.equal(decideVerdict([statement, own]).verdict, 'corroborated');
  // Two outlets printing one unattributed text stay two origins (an unattributed statement's origin is its outlet).
  const wire = { ...statement, originEntityId: 'outlet:river news', origin: 'River News', rules: copy.rules, sentence: copy.sentence };
  assert.equal(decideVerdict([wire, copy]).verdict, 'corroborated');
  // A copy told before the origin it copies counts under that origin too, never as an origin with no name.
  const before = decideVerdict([copy, statement]);
  assert.equal(before.verdict, 'single-origin');
  assert.deepEqual(before.origins, ['Norvale Water']);
});

test('a ceiling far above a value allows it without confirming it; a bound near a value, or a floor below it, confirms it', () => {
  const pension = telling({ articleId: 'a', origin: 'Evening Star', value: 1000, approx: 'less-than', unit: 'EUR per month', sentence: 'A retired baker said he lives on less than 1,000 euros a month.' });
  const other = telling({ articleId: 'b', origin: 'Daily Courier', value: 345, unit: 'EUR per month', sentence: 'A retired farmer gets 345 euros a month.' });
  const v = decideVerdict([pension, other]);
  assert.equal(v.verdict, 'single-origin');
  assert.equal(v.rule, 'verdict/no-two-confirm');
  assert.ok(confirms(telling({ articleId: 'a', origin: 'A', value: 142, approx: 'more-than' }), telling({ articleId: 'b', origin: 'B', value: 140 })));
  assert.equal(decideVerdict([telling({ articleId: 'a', origin: 'A', value: 2, approx: 'at-least' }), telling({ articleId: 'b', origin: 'B', value: 3 })]).verdict, 'corroborated');
  assert.equal(decideVerdict([telling({ articleId: 'a', origin: 'A', value: 70, approx: 'up-to', unit: 'percent' }), telling({ articleId: 'b', origin: 'B', value: 68, unit: 'percent' })]).verdict, 'corroborated');
});

test('a total told as so far grows: a lower total of another origin is an earlier step, not a rival; sizes and unordered totals still contest', () => {
  const early = telling({ articleId: 'a', origin: 'Screen Weekly', value: 180e6, unit: 'USD', sentence: 'The animated film took $180 million in its first ten days.' });
  const sofar = telling({ articleId: 'b', origin: 'Box Office Desk', value: 212e6, unit: 'USD', sentence: 'The animated film has already taken in $212 million worldwide.' });
  const v = decideVerdict([early, sofar]);
  assert.equal(v.verdict, 'updated');
  assert.equal(v.rule, 'verdict/total-so-far-grows');
  assert.equal(v.latest?.value, 212e6);
  // Without words that tell a total so far, two totals of one time contest.
  assert.equal(decideVerdict([early, { ...sofar, sentence: 'The animated film took $212 million worldwide.' }]).verdict, 'contested');
  // "Reached" a place and "already" of anything but a total tell no total so far.
  assert.equal(decideVerdict([early, { ...sofar, sentence: 'The film reached cinemas in May and it was already a hit, taking $212 million.' }]).verdict, 'contested');
  // A distance is no total: "reached" does not make 12 miles grow into 40.
  const near = telling({ articleId: 'a', origin: 'Hill Times', value: 12, unit: 'mile', sentence: 'The depot lies 12 miles north of the city.' });
  const far = telling({ articleId: 'b', origin: 'Valley Radio', value: 40, unit: 'mile', sentence: 'A driver 40 miles north of the city reached the depot road and called police.' });
  assert.equal(decideVerdict([near, far], { measure: 'distance', subject: 'city', scope: 'event', stance: 'actual', when: null }).verdict, 'contested');
});

test('an earlier value told without a date stands with the telling that dates the same value, not before every other', async () => {
  const { inTimeOrder } = await import('./lead-value.js');
  const { seriesInWords } = await import('./claim-words.js');
  const earlier = telling({ articleId: 'd', origin: 'Officials', value: 57, asOf: null, published: '2025-03-16T10:00:00Z', rules: { ...telling({ articleId: 'x', origin: 'x' }).rules, asOf: 'time/earlier-value' } });
  const first = telling({ articleId: 'a', origin: 'ministry', value: 40, approx: 'at-least', asOf: '2025-03-14', published: '2025-03-14T10:00:00Z' });
  const second = telling({ articleId: 'b', origin: 'health officials', value: 57, asOf: '2025-03-15', published: '2025-03-15T10:00:00Z' });
  const third = telling({ articleId: 'd', origin: 'health ministry', value: 61, asOf: '2025-03-16', published: '2025-03-16T10:00:00Z' });
  const ordered = inTimeOrder([third, second, earlier, first]);
  assert.deepEqual(ordered.map((t) => t.value), [40, 57, 57, 61]);
  assert.match(seriesInWords(ordered), /^at least 40 \(Mar 14, ministry\) → 57 \(/);
  // With no telling that dates its value it has no date to stand by, and comes first.
  assert.equal(inTimeOrder([third, { ...earlier, value: 50 }, first])[0].value, 50);
});

test('a toll raised by the shooters killed says so in words, since its origin told a smaller number', async () => {
  const { seriesInWords } = await import('./claim-words.js');
  const base = telling({ articleId: 'a', origin: 'interior ministry', value: 43, approx: 'at-least', asOf: '2025-03-14' });
  const raised = { ...base, rules: { ...base.rules, measure: 'measure/cue-before-number+shooter-killed' } };
  assert.match(seriesInWords([raised]), /interior ministry, counting the shooters killed/);
  assert.doesNotMatch(seriesInWords([base]), /shooters/);
});

test('a count told as the state of its day ("remain in hospital") changes by the day: an update, not a contest', () => {
  const frame = { measure: 'other:persons', subject: 'people', scope: 'event', stance: 'actual', when: null } as const;
  const sat = telling({ articleId: 'a', origin: 'ministry', value: 17, unit: 'people', asOf: '2025-05-03', sentence: 'The ministry said 17 people survived the crash, all of them in hospital.' });
  const sun = telling({ articleId: 'b', origin: 'hospital', value: 16, unit: 'people', asOf: '2025-05-04', sentence: 'Sixteen people remain in hospital, four of them in critical condition.' });
  const v = decideVerdict([sat, sun], frame);
  assert.equal(v.verdict, 'updated');
  assert.equal(v.rule, 'verdict/state-of-day');
  assert.equal(v.latest?.value, 16);
  // Told of the same day, the two values still contest.
  assert.equal(decideVerdict([sat, { ...sun, asOf: '2025-05-03' }], frame).verdict, 'contested');
  // Without words of a state, counts a day apart from independent origins contest as before.
  assert.equal(decideVerdict([sat, { ...sun, sentence: 'Sixteen people survived the crash.' }], frame).verdict, 'contested');
});

test('a count told somewhere as risen to its value is later than a lower count of another origin, wherever that value is told', () => {
  const frame = tollFrame('killed');
  const governor = telling({ articleId: 'a', origin: 'Governor', value: 3, unit: 'people', sentence: 'The governor said three people were killed.' });
  const officials = telling({ articleId: 'b', origin: 'Officials', value: 10, unit: 'people', sentence: 'The quake killed 10 people, officials said.' });
  const rose = telling({ articleId: 'c', origin: 'Wire C', value: 10, unit: 'people', sentence: 'The death toll rose to 10 on Monday.' });
  assert.equal(decideVerdict([governor, officials, rose], frame).verdict, 'updated');
  // With nothing that tells the higher count as a rise, two origins' counts of one time contest.
  assert.equal(decideVerdict([governor, officials], frame).verdict, 'contested');
});

test('a denial is a party\'s word: a negation in an outlet\'s own sentence denies nothing on anyone\'s behalf', () => {
  const unattributed = { ...telling({ articleId: 'a', origin: 'Daily Post', value: 250000, unit: 'USD per year', modality: 'denied' }), originEntityId: 'outlet:daily post', rules: { ...telling({ articleId: 'a', origin: 'x' }).rules, origin: 'origin/outlet-unattributed' } };
  assert.equal(decideVerdict([unattributed]).verdict, 'single-origin');
  // A named party's denial stays a denial.
  const party = telling({ articleId: 'b', origin: 'Treasury', value: 250000, unit: 'USD per year', modality: 'denied' });
  assert.equal(decideVerdict([party]).verdict, 'denied');
  // A figure the outlet's own sentence takes back ("but that proved to be incorrect") is denied by the text.
  const takenBack = { ...unattributed, value: 1, unit: 'person', rules: { ...unattributed.rules, modality: 'modality/taken-back' as const } };
  const v = decideVerdict([takenBack], tollFrame('killed'));
  assert.equal(v.verdict, 'denied');
  assert.match(v.explanation, /proved wrong/);
});

test('an origin that tells only a part of the count, or victims one by one that make another number, confirms no one', () => {
  const frame = tollFrame('injured');
  const part = decideVerdict([
    telling({ origin: 'Daily Post', articleId: 'a', value: 5, unit: 'persons', asOf: '2013-03-17', sentence: 'Five men were wounded early today in a shooting at the club.' }),
    telling({ origin: 'Channel 5', articleId: 'b', value: 3, unit: 'persons', asOf: '2013-03-17', sentence: 'Two are listed in critical but stable condition and the other three received non-life threatening injuries.' }),
  ], frame);
  assert.equal(part.verdict, 'single-origin', part.explanation);
  // The origins the verdict counts are the ones its words name: the part's origin is none of them.
  assert.deepEqual(part.origins, ['Daily Post']);
  assert.match(part.explanation, /Daily Post \(1 independent origin\)/);
  const described = { measure: 'measure/victim-described-killed', subject: 'subject/victims-described', scope: 'scope/default-event', asOf: 'time/published', origin: 'origin/outlet-unattributed', modality: 'modality/victims-counted' };
  const killed = { ...frame, measure: 'killed' };
  const other = decideVerdict([
    telling({ origin: 'Wiki', articleId: 'a', value: 2, unit: 'persons', asOf: '2013-07-26', sentence: 'He opened fire in the hallway, killing both.', rules: described }),
    telling({ origin: 'Police', articleId: 'b', value: 3, unit: 'persons', asOf: '2013-07-27', sentence: 'He killed the three tenants inside.' }),
  ], killed);
  assert.equal(other.verdict, 'single-origin', other.explanation);
  // One by one, making the same number as the count: a second telling of it.
  const same = decideVerdict([
    telling({ origin: 'Wiki', articleId: 'a', value: 3, unit: 'persons', asOf: '2013-07-26', sentence: 'He killed Ann, Bob and Cy.', rules: described }),
    telling({ origin: 'Police', articleId: 'b', value: 3, unit: 'persons', asOf: '2013-07-27', sentence: 'He killed the three tenants inside.' }),
  ], killed);
  assert.equal(same.verdict, 'corroborated', same.explanation);
});

test('two origins of a running count corroborate it only where values of theirs confirm one another', () => {
  const frame = tollFrame('killed');
  const v = decideVerdict([
    telling({ origin: 'Daily Post', articleId: 'a', value: 6, unit: 'persons', asOf: '2013-07-27', sentence: 'He set fire to his apartment and fatally shot six people in and around his building.' }),
    telling({ origin: 'Vargas', articleId: 'a', value: 3, unit: 'persons', asOf: '2013-07-27', sentence: 'He then killed the three tenants inside.' }),
  ], frame);
  assert.notEqual(v.verdict, 'corroborated', v.explanation);
  const w = decideVerdict([
    telling({ origin: 'Daily Post', articleId: 'a', value: 6, unit: 'persons', asOf: '2013-07-27', sentence: 'He fatally shot six people.' }),
    telling({ origin: 'Police', articleId: 'b', value: 6, unit: 'persons', asOf: '2013-07-27', sentence: 'Six people were killed, police said.' }),
  ], frame);
  assert.equal(w.verdict, 'corroborated', w.explanation);
});

test('the dead do not come back: a lower toll another origin tells later is no update of the killed; the hurt may fall', () => {
  const killed = tollFrame('killed');
  const v = decideVerdict([
    telling({ articleId: 'a', origin: 'Police', value: 3, asOf: '2013-03-31', published: '2013-03-31', sentence: 'A shooting left three dead early Sunday.' }),
    telling({ articleId: 'b', origin: 'Paper B', value: 3, asOf: '2015-04-13', published: '2015-04-13', sentence: 'Three people were shot dead outside a sports bar.' }),
    telling({ articleId: 'c', origin: 'Paper C', value: 2, asOf: '2015-04-15', published: '2015-04-15', sentence: 'Witnesses named him as the man who killed two of them.' }),
  ], killed);
  assert.notEqual(v.verdict, 'updated');
  // Told as a revision, a lower toll is the count's next step.
  const revised = decideVerdict([
    telling({ articleId: 'a', origin: 'Police', value: 3, asOf: '2013-03-31', published: '2013-03-31', sentence: 'A shooting left three dead early Sunday.' }),
    telling({ articleId: 'c', origin: 'Coroner', value: 2, asOf: '2013-04-01', published: '2013-04-01', sentence: 'The coroner revised the toll to two dead.' }),
  ], killed);
  assert.equal(revised.verdict, 'updated');
  // The hurt fall as the hurt die or are recounted: a later lower count of the hurt is a step.
  const hurt = decideVerdict([
    telling({ articleId: 'a', origin: 'Police', value: 8, asOf: '2016-05-01', published: '2016-05-01', sentence: 'Eight people were wounded.' }),
    telling({ articleId: 'b', origin: 'Paper B', value: 6, asOf: '2016-05-03', published: '2016-05-03', sentence: 'Six people were wounded.' }),
  ], { ...killed, measure: 'injured' });
  assert.equal(hurt.verdict, 'updated');
});

test('two outlets\' readings of a share\'s move during trading are no dispute; two closes of one day are', () => {
  const move = { measure: 'other:share-move', subject: 'share-move:datapeak:up', scope: 'event' as const, stance: 'actual' as const, when: null };
  const tellings = [
    telling({ articleId: 'a', origin: 'Valley Tech News', value: 25, unit: 'percent', asOf: '2025-06-09', rules: { ...telling({ articleId: 'x', origin: 'x' }).rules, origin: 'origin/outlet-unattributed' } }),
    telling({ articleId: 'b', origin: 'Business Wire Daily', value: 24, unit: 'percent', asOf: '2025-06-10', rules: { ...telling({ articleId: 'x', origin: 'x' }).rules, origin: 'origin/outlet-unattributed' } }),
  ];
  assert.notEqual(decideVerdict(tellings, move).verdict, 'contested');
  assert.equal(decideVerdict(tellings, { ...move, subject: 'share-move:datapeak:up:close' }).verdict, 'contested');
});

test('a running count names an origin by its own telling, not by an outlet’s copy of its words counted under it', () => {
  const own = { ...telling({ articleId: 'x', origin: 'x' }).rules, origin: 'origin/outlet-unattributed' };
  const said = 'Two people were killed and three others were hurt in the shooting on Elm Street late on Sunday night.';
  const v = decideVerdict([
    telling({ articleId: 'b', outlet: 'Metro 8', origin: 'Metro 8', originEntityId: 'outlet:metro 8', value: 2, unit: 'people', asOf: '2021-09-26', sentence: said, rules: own }),
    telling({ articleId: 'a', outlet: 'City Wire', origin: 'police', value: 2, unit: 'people', asOf: '2021-09-27', sentence: `${said.slice(0, -1)}, police said.` }),
    telling({ articleId: 'c', outlet: 'Valley Star', origin: 'the coroner', value: 2, unit: 'people', asOf: '2021-09-27', sentence: 'The coroner named the two dead on Monday.' }),
  ], tollFrame('killed'));
  assert.ok(v.origins.includes('police'), JSON.stringify(v.origins));
  assert.ok(!v.origins.includes('Metro 8'), JSON.stringify(v.origins));
});
