// Pins the counting of victims told one by one, and of "no one was hurt", on small hand-written articles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../model/analysis.js';
import { analyzeArticle, loadAttributionModel } from './index.js';

const model = loadAttributionModel();
function counts(text: string): Record<string, number | undefined> {
  const claims: Claim[] = analyzeArticle({ id: 'a', text, published: '2016-03-01', outlet: 'Test Gazette' }, { attributionModel: model }).claims;
  const out: Record<string, number | undefined> = {};
  for (const c of claims) if ((c.measure.value === 'killed' || c.measure.value === 'injured') && typeof c.value === 'number') out[c.measure.value] = c.value;
  return out;
}

test('"a 16-year-old was killed" and "his mother is in serious condition" make 1 killed and 1 injured', () => {
  const c = counts('A 16-year-old was killed in a shooting on Elm Street on Sunday night.\n\nHis mother is in serious condition at a local hospital, police said.');
  assert.equal(c.killed, 1);
  assert.equal(c.injured, 1);
});

test('a victim who was shot and later died is one killed, not also one injured', () => {
  const c = counts('A man was shot on Friday evening outside a bar.\n\nHe was taken to a hospital, where he died hours later.');
  assert.equal(c.killed, 1);
  assert.equal(c.injured, undefined);
});

test('two named victims are two killed', () => {
  const c = counts('The gunman opened fire, killing Juan Garcia and Alvaro Becerra before fleeing in a truck.');
  assert.equal(c.killed, 2);
});

test('"no one was injured" states a count of 0; a stated number wins over victims told one by one', () => {
  assert.equal(counts('Fire crews fought the blaze for hours. No-one was injured, a spokesman said.').injured, 0);
  const c = counts('Three people were wounded in the shooting. One victim was taken to hospital in critical condition.');
  assert.equal(c.injured, 3);
});
