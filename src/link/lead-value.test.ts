// Pins the value a group leads with: the most told firm value, never a bound or a part when a firm value is told.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimFrame, Telling } from '../model/dossier.js';
import { mostToldTelling, orderDates } from './lead-value.js';

function telling(articleId: string, value: number, approx: Telling['approx'], asOf: string, sentence: string): Telling {
  return {
    articleId, outlet: `Paper ${articleId}`, published: asOf, origin: 'police', originEntityId: null, value, unit: null, approx, asOf,
    modality: 'asserted', negated: false, sentence, span: [0, sentence.length], syndicatedFrom: null,
    rules: { measure: 'measure/open-tail', subject: 's', scope: 'scope/default-event', asOf: 'time/published', origin: 'origin/attribution-speaker', modality: 'modality/default' },
  };
}

test('a bound either way gives way to a value told as it is, however late the bound', () => {
  const frame: ClaimFrame = { measure: 'other:persons', subject: 'people', scope: 'event', stance: 'actual', when: null };
  const three = telling('a', 3, null, '2016-10-30', 'Police say three people are in serious condition.');
  const upTo = telling('b', 24, 'up-to', '2016-12-20', 'The game involved up to two dozen people playing or watching.');
  assert.equal(mostToldTelling([three, upTo], frame), three);
  const atLeast = telling('c', 5, 'at-least', '2016-12-21', 'At least five people were there.');
  assert.equal(mostToldTelling([three, atLeast], frame), three);
  // With nothing firmer told, a bound leads.
  assert.equal(mostToldTelling([upTo], frame), upTo);
});

test('on a tie, a count stated as a number leads before one made of victims told one by one, however late', () => {
  const frame: ClaimFrame = { measure: 'killed', subject: 'people', scope: 'event', stance: 'actual', when: null };
  const four = { ...telling('a', 4, null, '2016-11-25', 'Officers found four people dead in the hotel room.'), rules: { ...telling('a', 4, null, '2016-11-25', '').rules, measure: 'measure/cue-unit' } };
  const described = { ...telling('b', 2, null, '2016-11-26', 'Two people were killed in the room, the sheriff said.'), rules: { ...four.rules, measure: 'measure/victim-described-killed' } };
  assert.equal(mostToldTelling([four, described], frame), four);
  assert.equal(mostToldTelling([described, four], frame), four);
  // Told by more articles, the described count leads.
  const again = { ...described, articleId: 'c', outlet: 'Paper c' };
  assert.equal(mostToldTelling([four, described, again], frame), again);
});

test('on a tie, a toll that counts the shooter who died leads, whether the shooter died by others\' hand, by their own or is told as included', () => {
  const frame: ClaimFrame = { measure: 'killed', subject: 'people', scope: 'event', stance: 'actual', when: null };
  const bare = { ...telling('a', 5, null, '2017-01-29', 'Pell Dorran shot his wife and four children.'), rules: { ...telling('a', 5, null, '2017-01-29', '').rules, measure: 'measure/verb-of-object-list' } };
  const suicide = { ...telling('b', 6, null, '2017-01-26', 'Pell Dorran shot his wife and four children and then turned the gun on himself.'), rules: { ...bare.rules, measure: 'measure/verb-of-object-list+shooter-suicide' } };
  assert.equal(mostToldTelling([bare, suicide], frame), suicide);
  assert.equal(mostToldTelling([suicide, bare], frame), suicide);
  const included = telling('c', 7, null, '2013-07-26', 'Seven people, including the gunman, were killed in the building.');
  const victims = telling('d', 6, null, '2013-07-27', 'The gunman fatally shot six people in the building.');
  assert.equal(mostToldTelling([victims, included], frame), included);
  // Told by more articles, the other toll leads.
  assert.equal(mostToldTelling([included, victims, { ...victims, articleId: 'e', outlet: 'Paper e' }], frame)?.value, 6);
});

test('an earlier value told without a date is ordered by the first date another telling gives that value on or before its day', () => {
  const dated = (id: string, value: number, asOf: string) => telling(id, value, null, asOf, `Officials said ${value} had died.`);
  const earlier = (id: string, value: number, published: string) => ({
    ...telling(id, value, null, published, `Officials said earlier that ${value} had died.`),
    asOf: null,
    rules: { ...telling(id, value, null, published, '').rules, asOf: 'time/earlier-value' as const },
  });
  const first = dated('a', 57, '2025-03-14');
  const again = dated('b', 57, '2025-03-12');
  const later = dated('c', 57, '2025-03-20');
  const other = dated('d', 60, '2025-03-10');
  const told = earlier('e', 57, '2025-03-16');
  // The earliest of the dates of 57 told on or before the 16th (the 12th), never another value's.
  assert.equal(orderDates([first, later, told, again, other]).get(told), '2025-03-12');
  // Only a date after its day: none, as with no telling of the value at all.
  assert.equal(orderDates([later, told, other]).get(told), null);
  assert.equal(orderDates([told, other]).get(told), null);
  // A telling with its own date keeps it.
  assert.equal(orderDates([first, told]).get(first), '2025-03-14');
});
