// Pins how a value reads with its unit in every dossier view.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatValue } from './dossier-format.js';

test('a unit reads as said with its number: one person, years of age', () => {
  assert.equal(formatValue(1, null, 'persons'), '1 person');
  assert.equal(formatValue(1, null, 'people'), '1 person');
  assert.equal(formatValue(3, null, 'people'), '3 people');
  assert.equal(formatValue(24, null, 'year of age'), '24 years of age');
  assert.equal(formatValue(1, null, 'year of age'), '1 year of age');
  assert.equal(formatValue(3000, 'about', 'soldiers'), 'about 3,000 soldiers');
});
