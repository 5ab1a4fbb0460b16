// Tests of the linking passes' word tokens, content terms and proper-noun keys.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentTerms, plainWords, plainWordsByPattern, properNounKeys, tokens, tokensByPattern, WordForms } from './text-features.js';

test('a token opens a sentence after a stop, a quote mark or closing bracket, or a line break; joined only across blanks', () => {
  const toks = tokens('Police said it. Then "Smith left." Later (he) Went\nhome,  now');
  const starts = toks.filter((t) => t.sentenceStart).map((t) => t.text);
  assert.deepEqual(starts, ['Police', 'Then', 'Smith', 'Later', 'Went', 'home']);
  const joined = Object.fromEntries(toks.map((t) => [t.text, t.joined]));
  assert.equal(joined.said, true);
  assert.equal(joined.Smith, false);
  assert.equal(joined.now, false);
  assert.equal(joined.it, true);
  // A stop before white space other than a space still ends the sentence.
  assert.deepEqual(tokens('one.\u00a0\tTwo').map((t) => t.sentenceStart), [true, true]);
  assert.deepEqual(tokens('one - Two').map((t) => t.sentenceStart), [true, false]);
});

test('content terms are folded (plurals, possessives), stopwords and short terms left out; numbers kept as #n', () => {
  const terms = contentTerms(tokens("The shooters' cities: 1,200 policies and the police's car"));
  assert.deepEqual([...terms].sort(), [['#1200', 1], ['car', 1], ['city', 1], ['police', 1], ['policy', 1], ['shooter', 1]].sort());
});

test('proper-noun keys: runs of capitals, a sentence-opening capital only when never written in lower case', () => {
  const toks = tokens('Tara Reid met Police Chief Ames. Police said more. Reid left on Monday. The police came.');
  const keys = properNounKeys(toks);
  assert.deepEqual([...keys.keys()].sort(), ['ame', 'chief', 'reid', 'tara', 'tara reid', 'police chief ame', 'police'].sort());
  assert.equal(keys.get('reid'), 2);
  // Forms shared between passes over several texts give what fresh ones give.
  const forms = new WordForms();
  contentTerms(tokens('Police in Reid County'), forms);
  assert.deepEqual(properNounKeys(toks, forms), keys);
});

test('word tokens and plain words read one code point at a time are the patterns\' matches', () => {
  const texts = [
    'U.S. police said 1,200.5 people—in Smith’s car—were hurt.\nNext line: rock-n-roll, x-, -y, a..b',
    'Ⅻ apples ² and ٣ cats; İstanbul ß ǅ e\u0301 \ud835\udc00\ud835\udc01 \ud83d\ude00 lone \ud800 and \udc00 ends',
    "don't stop' 'til '90s end-", '', '...', 'a', '9.',
  ];
  const parts = ['a', 'Z', '9', '.', ',', "'", '’', '-', ' ', '\n', 'é', '²', '_', '\ud835\udc00', '\ud83d\ude00', '\ud800', '\udc00', 'İ', 'ß', '\u0301'];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % parts.length;
  for (let k = 0; k < 3000; k++) texts.push(Array.from({ length: 1 + (k % 11) }, () => parts[next()]).join(''));
  for (const t of texts) {
    assert.deepEqual(tokens(t), tokensByPattern(t), JSON.stringify(t));
    assert.deepEqual(plainWords(t), plainWordsByPattern(t), JSON.stringify(t));
  }
});
