// Hand-built cases for the judgement of key-figure verdicts against a true count.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Telling } from '../../src/model/dossier.js';
import { honestyClass, judgeVerdict } from './verdict-honesty.js';

function t(value: number, published: string, approx: Telling['approx'] = null, articleId = `a${published}${value}`): Telling {
  return {
    articleId, outlet: 'X', published, origin: 'X', originEntityId: null, value, unit: null, approx,
    asOf: published, modality: 'asserted', negated: false, sentence: '', span: [0, 0], syndicatedFrom: null,
    rules: { measure: '', subject: '', scope: '', asOf: '', origin: '', modality: '' },
  };
}

test('a toll rising over days to the true count is an update', () => {
  const g = { tellings: [t(1, '2016-01-01'), t(2, '2016-01-02')] };
  assert.equal(honestyClass(g.tellings, 2), 'reconciled');
  assert.deepEqual(judgeVerdict('updated', g, 2), { cls: 'reconciled', right: true });
  assert.equal(judgeVerdict('contested', g, 2).right, false);
});

test('a lower value the same day as the true count is an earlier count of it; a higher one is not reconciled', () => {
  assert.equal(honestyClass([t(2, '2016-01-01'), t(1, '2016-01-01')], 2), 'reconciled');
  assert.equal(honestyClass([t(3, '2016-01-01'), t(2, '2016-01-01')], 2), 'unreconciled');
  // A higher value given up on a later day is a correction.
  assert.equal(honestyClass([t(8, '2016-01-01'), t(6, '2016-01-02')], 6), 'reconciled');
});

test('a value told after the true count leaves the story unreconciled: contested is right', () => {
  const g = { tellings: [t(2, '2016-01-01'), t(1, '2016-01-03')] };
  assert.deepEqual(judgeVerdict('contested', g, 2), { cls: 'unreconciled', right: true });
  assert.equal(judgeVerdict('updated', g, 2).right, false);
});

test('a bound that holds the true count agrees with it; a count never told is not judged', () => {
  const g = { tellings: [t(1, '2016-01-01', 'at-least'), t(2, '2016-01-01')] };
  assert.equal(judgeVerdict('corroborated', g, 2).right, true);
  assert.equal(judgeVerdict('contested', g, 2).right, false);
  assert.deepEqual(judgeVerdict('contested', { tellings: [t(1, '2016-01-01'), t(3, '2016-01-02')] }, 2), { cls: 'truth-absent', right: null });
  // A bound the true count breaks is a value other than it.
  assert.equal(honestyClass([t(3, '2016-01-01', 'at-least'), t(2, '2016-01-02')], 2), 'reconciled');
});

test('a lower value told by an article that also tells the true count is a part of it, not a rival', () => {
  const g = { tellings: [t(5, '2016-01-01', null, 'x'), t(2, '2016-01-01', null, 'x'), t(5, '2016-01-01', null, 'y')] };
  assert.equal(honestyClass(g.tellings, 5), 'agree');
  assert.equal(judgeVerdict('corroborated', g, 5).right, true);
  assert.equal(honestyClass([t(5, '2016-01-01', null, 'x'), t(2, '2016-01-01', null, 'y')], 5), 'reconciled');
});
