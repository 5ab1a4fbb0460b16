// Pins the value a group leads with: the most told firm value, never a bound or a part when a firm value is told.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimFrame, Telling } from '../model/dossier.js';
import { mostToldTelling } from './lead-value.js';

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
