// Search query parsing: numbers match however a text groups their digits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ftsExpression, joinNumbers } from './fts-query.js';

test('a number written 3000, 3,000 or 3 000 gives the same search term', () => {
  const expected = '("3000" OR "3 000")';
  assert.equal(ftsExpression('3000'), expected);
  assert.equal(ftsExpression('3,000'), expected);
  assert.equal(ftsExpression('3 000'), expected);
  assert.equal(ftsExpression('3\u202f000'), expected);
  assert.equal(ftsExpression('troops 12,000'), '"troops" AND ("12000" OR "12 000")');
  assert.equal(ftsExpression('-3000 troops'), '("troops") NOT (("3000" OR "3 000"))');
});

test('numbers inside a phrase are matched as grouped; short numbers and decimals are left alone', () => {
  assert.equal(ftsExpression('"3,000 troops"'), '"3 000 troops"');
  assert.equal(ftsExpression('six 6'), '"six" AND "6"');
  assert.equal(joinNumbers('1.5 million and 3,000,000'), '1.5 million and 3000000');
  assert.equal(joinNumbers('1,5000'), '1,5000', 'not a grouped number');
});
