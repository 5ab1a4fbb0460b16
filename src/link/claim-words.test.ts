// Pins how a value reads in a claim group's statement: scale kept, currency symbols, units of measure and of a term, and a bore in inches as written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimFrame, Telling } from '../model/dossier.js';
import { frameLabel, valueInWords, valuesTold } from './claim-words.js';

test('a bore in inches reads as written; other values keep their scale, symbol and unit of measure', () => {
  assert.deepEqual([38, 357, 40, 380].map((v) => valueInWords(v, null, 'caliber')), ['.38', '.357', '.40', '.380']);
  assert.equal(valueInWords(12, null, 'gauge'), '12');
  assert.equal(valueInWords(9, null, 'millimetre'), '9 mm');
  assert.equal(valueInWords(10, null, 'kilometre'), '10 km');
  assert.deepEqual([1, 55].map((v) => valueInWords(v, 'about', 'mile')), ['about 1 mile', 'about 55 miles']);
  // A player's yards are named by their heading; a prison term's heading names no unit ("Prison term: 25 years").
  assert.equal(valueInWords(404, null, 'yard'), '404');
  assert.deepEqual([1, 25].map((v) => valueInWords(v, null, 'year')), ['1 year', '25 years']);
  // An amount per share reads with its currency ("Offer per share: $38").
  assert.equal(valueInWords(38, null, 'USD per share'), '$38');
  assert.equal(valueInWords(29_000_000_000, null, 'USD'), '$29 billion');
  assert.equal(valueInWords(0.5, 'about', 'percent'), 'about 0.5 percent');
});

test('a lone victim told one by one reads 1, not "at least 1", where every article told that one alone and no other value', () => {
  const told = (articleId: string, value: number, subject: string): Telling => ({
    articleId, outlet: articleId, published: '2016-03-01', origin: articleId, originEntityId: null, value, unit: 'persons', approx: 'at-least', asOf: '2016-03-01',
    modality: 'asserted', negated: false, sentence: 'A man was shot on Elm Street.', span: [0, 1], syndicatedFrom: null,
    rules: { measure: 'measure/victim-described-injured', subject, scope: 'scope/default-event', asOf: 'time/published', origin: 'origin/outlet-unattributed', modality: 'modality/victims-counted' },
  });
  const a = told('a', 1, 'subject/victims-described-alone');
  const b = told('b', 1, 'subject/victims-described-alone');
  assert.match(valuesTold([a, b], a, 'corroborated', undefined), /^1 \(/);
  // One article that told the victim beside words of others keeps the floor.
  assert.match(valuesTold([a, told('c', 1, 'subject/victims-described')], a, 'corroborated', undefined), /^at least 1 /);
});

test('an age told in months, weeks or days says so; an age in years goes without a word', () => {
  assert.equal(valueInWords(6, null, 'month of age'), '6 months');
  assert.equal(valueInWords(1, null, 'week of age'), '1 week');
  assert.equal(valueInWords(16, null, 'year of age'), '16');
});

test('a distance in yards reads with its unit, a player\'s yards without; a mass that names nothing weighed is a weight', () => {
  assert.equal(valueInWords(100, 'about', 'yard', 'distance'), 'about 100 yards');
  assert.equal(valueInWords(404, null, 'yard', 'other:statistic'), '404');
  const frame = (measure: string, subject: string): ClaimFrame => ({ measure: measure as ClaimFrame['measure'], subject, scope: 'event', stance: 'actual', when: null });
  assert.equal(frameLabel(frame('other:mass', 'pound-mass'), 'pound-mass', 'be', null), 'Weight');
  assert.equal(frameLabel(frame('other:mass', 'marijuana'), 'marijuana', 'seize', null), 'Marijuana: seize');
});

test('a game\'s margin, lead, innings or runs read without their clause\'s verb; a subject naming its earlier season is not told background twice', () => {
  const frame = (measure: string, subject: string, scope: 'event' | 'background' = 'event'): ClaimFrame => ({ measure: measure as ClaimFrame['measure'], subject, scope, stance: 'actual', when: null });
  assert.equal(frameLabel(frame('other:count', 'margin'), 'margin', 'dismiss', null), 'Margin');
  assert.equal(frameLabel(frame('other:count', 'halftime lead'), 'halftime lead', 'trail', null), 'Halftime lead');
  assert.equal(frameLabel(frame('other:count', 'innings:hale'), "Hale's innings", 'give', null), "Hale's innings");
  assert.equal(frameLabel(frame('other:count', 'runs'), 'runs', 'give', null), 'Runs');
  assert.equal(frameLabel(frame('other:count', 'window:games-won'), 'games won', 'join', null), 'Games won');
  assert.equal(frameLabel(frame('other:wins', 'wins (last season)', 'background'), 'wins (last season)', 'be', null), 'Wins (last season)');
  assert.equal(frameLabel(frame('other:wins', 'wins', 'background'), 'wins', 'be', null), 'Wins (background)');
});

test('an amount its own noun names reads without its clause\'s verb; an amount named by no noun keeps it', () => {
  const frame = (subject: string): ClaimFrame => ({ measure: 'money', subject, scope: 'event', stance: 'actual', when: null });
  assert.equal(frameLabel(frame('bond'), 'bond', 'dead', null), 'Bond');
  assert.equal(frameLabel(frame('reward'), 'reward', 'arrest', null), 'Reward');
  assert.equal(frameLabel(frame('amount'), 'amount', 'raise', null), 'Amount (raise)');
});

test('a counted noun that can only undergo its verb reads with the participle: "Shots fired", "Victims taken"; people who may act keep the verb apart', () => {
  const frame = (measure: string): ClaimFrame => ({ measure: measure as ClaimFrame['measure'], subject: 'x', scope: 'event', stance: 'actual', when: null });
  assert.equal(frameLabel(frame('other:munitions'), 'rounds', 'fire', null), 'Rounds fired');
  assert.equal(frameLabel(frame('other:ratio'), 'times', 'shoot', null), 'Times shot');
  assert.equal(frameLabel(frame('other:persons'), 'victims', 'take', null), 'Victims taken');
  // "People: fire" may be people who fired: no participle that would read as people fired upon (or dismissed).
  assert.equal(frameLabel(frame('other:persons'), 'people', 'fire', null), 'People: fire');
  // The tellings' sentences tell which: "opened fire", "were shot", "fled"; a verb with an object tells nothing of the noun's act.
  assert.equal(frameLabel(frame('other:persons'), 'people', 'fire', null, ['A car pulled up and two people inside opened fire.']), 'People who opened fire');
  assert.equal(frameLabel(frame('other:persons'), 'women', 'shoot', null, ['Two women were shot in the legs.']), 'Women shot');
  // The noun as the verb's object right after it: "shot three female co-workers".
  assert.equal(frameLabel(frame('other:count'), 'female co-workers', 'shoot', null, ['He shot three female co-workers before turning the gun on himself.']), 'Female co-workers shot');
  assert.equal(frameLabel(frame('other:persons'), 'men', 'flee', null, ['Two men fled on foot.']), 'Men who fled');
  assert.equal(frameLabel(frame('other:count'), 'guns', 'fire', null, ['Police said two guns fired during the fight.']), 'Guns fired');
  // One table of verb forms serves both readings: a verb of moving people reads so of any noun the sentences tell it of.
  assert.equal(frameLabel(frame('other:count'), 'engines', 'send', null, ['Two engines were sent to the fire at first.']), 'Engines sent');
  assert.equal(frameLabel(frame('other:persons'), 'additional victims', 'take', null, ['Medics rushed two victims to the hospital and took two others to the morgue.']), 'Additional victims: take');
  // Those fired upon did not fire: "sought out the three coworkers from her shift and opened fire", "fired at two other officers".
  assert.equal(frameLabel(frame('other:count'), 'coworkers', 'fire', null, ['She said she sought out the three coworkers from her shift and opened fire.']), 'Coworkers: fire');
  assert.equal(frameLabel(frame('other:persons'), 'other officers', 'fire', null, ['Murphy testified that Hiller fired at him and two other officers from down a hallway.']), 'Other officers: fire');
  // Nor does a participle of someone else: "two officers shot Gray ... Gray was shot".
  assert.equal(frameLabel(frame('other:persons'), 'plainclothes officers', 'shoot', null, ['Two plainclothes officers shot Gray after he was shot at.', 'Gray was shot seven times.']), 'Plainclothes officers: shoot');
  // Nor the participle of another count of the same noun: "four people were shot" beside "more than 40 people in attendance".
  const party = ['Police said four people were shot at a party with more than 40 people in attendance.'];
  assert.notEqual(frameLabel(frame('other:persons'), 'people', 'shoot', null, party, [40]), 'People shot');
  assert.equal(frameLabel(frame('other:persons'), 'people', 'shoot', null, party, [4]), 'People shot');
});

test('a subject that is only the measure\'s own word reads as people: "People injured", never "Injured injured"', () => {
  const frame = { measure: 'injured', subject: 'people', scope: 'event', stance: 'actual', when: null } as const;
  assert.equal(frameLabel(frame, 'injured', 'be', null), 'People injured');
  assert.equal(frameLabel(frame, 'the wounded', 'be', null), 'People injured');
  assert.equal(frameLabel({ ...frame, subject: 'officer' }, 'police officers wounded', 'be', null), 'Police officers injured');
  // "Eight of the injured were in critical condition": a subset of the toll reads as one, never as the toll.
  assert.equal(frameLabel({ ...frame, subject: 'people:part' }, 'injured', 'be', null), 'Some of the people injured');
});

test('hostages read as held hostage, other people taken as kidnapped', () => {
  const frame = { measure: 'kidnapped', subject: 'people', scope: 'event', stance: 'actual', when: null } as const;
  assert.equal(frameLabel(frame, 'remaining hostages', 'be', null), 'People held hostage');
  assert.equal(frameLabel(frame, 'people', 'abduct', null), 'People kidnapped');
});

test('a value’s heading names each origin once, by the first of its names', () => {
  const base = { published: '2016-01-22', value: 16, unit: 'year of age', approx: null, asOf: '2016-01-22', modality: 'asserted' as const, negated: false, span: [0, 1] as [number, number], syndicatedFrom: null };
  const rules = { measure: 'measure/age', subject: 'subject/described-of-age', scope: 'scope/default-event', asOf: 'time/published', origin: 'origin/attribution-speaker', modality: 'modality/default' };
  const a: Telling = { ...base, articleId: 'a', outlet: 'Valley 2', origin: 'Alaska State Troopers', originEntityId: 'e:ast', sentence: 'A 16-year-old boy was shot, Alaska State Troopers say.', rules };
  const b: Telling = { ...base, articleId: 'a', outlet: 'Valley 2', origin: 'troopers', originEntityId: 'e:ast', sentence: 'Troopers said the 16-year-old was taken to a hospital.', rules };
  const words = valuesTold([a, b], a, 'single-origin', undefined);
  assert.match(words, /^16 \(Jan 22, Alaska State Troopers\)$/);
});
