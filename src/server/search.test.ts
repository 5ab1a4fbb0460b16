// Search helpers: snippets never cut a number; numbers named in a query in any format.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { queryNumbers, wholeNumberSnippet, widenToNumbers } from './search.js';

const TEXT = 'The agency said that around 3,000 special forces had been sent, up from 1 500 before.';

test('a cut inside a number moves to the number\'s ends', () => {
  const at = TEXT.indexOf('000 special');
  assert.deepEqual(widenToNumbers(TEXT, at, at + 3), [TEXT.indexOf('3,000'), at + 3]);
  const end = TEXT.indexOf('1 500') + 1;
  assert.deepEqual(widenToNumbers(TEXT, 0, end), [0, end + 4]);
  assert.deepEqual(widenToNumbers(TEXT, 4, 10), [4, 10], 'words are left as they are');
});

test('a store snippet that starts or ends inside a number is widened in the article text', () => {
  assert.equal(wholeNumberSnippet('…«000» special forces had been sent, up from 1…', TEXT), '…3,«000» special forces had been sent, up from 1 500…');
  assert.equal(wholeNumberSnippet('The agency said…', TEXT), 'The agency said…');
  assert.equal(wholeNumberSnippet('…not in the text…', TEXT), '…not in the text…', 'unchanged when not found');
});

test('numbers a query names, however written', () => {
  assert.deepEqual(queryNumbers('troops 3,000'), [3000]);
  assert.deepEqual(queryNumbers('3 000 or 12000 or 20.5'), [3000, 12000, 20.5]);
  assert.deepEqual(queryNumbers('G7 summit'), []);
});
