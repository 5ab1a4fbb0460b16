// Hand-computed cases for the extraction metrics and the ground-truth readers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wcxbTruth } from './dataset.js';
import { mean, shingleCounts, shingles, shingleScore, wordPrf } from './metrics.js';
import { parseLiteral } from './pyliteral.js';

test('shingles are 4-token windows counted as a multiset, case-sensitive', () => {
  // "a b c d e": windows "a b c d", "b c d e".
  assert.deepEqual([...shingles('a b, c. d e')], [['a b c d', 1], ['b c d e', 1]]);
  // Repeated window counts twice; "A" and "a" differ.
  assert.deepEqual(shingles('x y z w x y z w').get('x y z w'), 2);
  assert.equal(shingles('A b c d').has('a b c d'), false);
  // Fewer than four tokens: one shingle of all of them; no tokens: none.
  assert.deepEqual([...shingles('hi there')], [['hi there', 1]]);
  assert.equal(shingles(' ... ').size, 0);
});

test('shingle counts of one page', () => {
  // truth windows: "a b c d", "b c d e"; pred windows: "a b c d", "b c d f".
  assert.deepEqual(shingleCounts('a b c d e', 'a b c d f'), { tp: 1, fp: 1, fn: 1 });
  assert.deepEqual(shingleCounts('a b c d e', ''), { tp: 0, fp: 0, fn: 2 });
});

test('corpus shingle score averages per page and takes F1 of the averages', () => {
  // Page 1: P = 1/2, R = 1/2. Page 2: empty output -> no precision term, R = 0.
  // Page 3: P = 1, R = 1/4.  P = (0.5 + 1) / 2 = 0.75; R = (0.5 + 0 + 0.25) / 3 = 0.25.
  const s = shingleScore([{ tp: 1, fp: 1, fn: 1 }, { tp: 0, fp: 0, fn: 5 }, { tp: 1, fp: 0, fn: 3 }]);
  assert.equal(s.precision, 0.75);
  assert.equal(s.recall, 0.25);
  assert.equal(s.f1, (2 * 0.75 * 0.25) / (0.75 + 0.25));
});

test('WCXB word F1 is a lower-cased bag of words per page', () => {
  // truth {the:2, cat:1, sat:1}; pred {the:1, cat:1, ran:1}: tp 2, fp 1, fn 2.
  const w = wordPrf('The cat sat, the end'.replace(' end', ''), 'the CAT ran');
  assert.equal(w.precision, 2 / 3);
  assert.equal(w.recall, 2 / 4);
  assert.equal(w.f1, (2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
  assert.deepEqual(wordPrf('', ''), { precision: 1, recall: 1, f1: 1 });
  assert.equal(wordPrf('some text', '').f1, 0);
  assert.equal(mean([0.5, 1]), 0.75);
});

test('Python-style literals and JSON both read', () => {
  assert.deepEqual(parseLiteral(`{'main_content': "It's here\\n", 'n': None, 'ok': True, 'l': [1, 2.5]}`), {
    main_content: "It's here\n", n: null, ok: true, l: [1, 2.5],
  });
  assert.deepEqual(parseLiteral('{"a": "b"}'), { a: 'b' });
  assert.equal(parseLiteral("{'a': "), undefined);
});

test('WCXB truth may be an object or a string holding a dict', () => {
  assert.equal(wcxbTruth({ ground_truth: { main_content: 'Body.' } }), 'Body.');
  assert.equal(wcxbTruth({ ground_truth: "{'title': 'T', 'main_content': 'Body two.'}" }), 'Body two.');
  assert.equal(wcxbTruth({ ground_truth: { title: 'no content' } }), null);
});

test('snippet counts: with snippets found are true positives, without snippets found are false positives', async () => {
  const { snippetCounts, snippetScore, half } = await import('./snippets.js');
  const gold = { with: ['the council voted', 'four   percent'], without: ['Read more', 'Subscribe'] };
  // Whitespace is collapsed on both sides; "Subscribe" is absent, "Read more" present.
  const c = snippetCounts(gold, 'In short: the council\nvoted for four percent more.\n\nRead more');
  assert.deepEqual(c, { tp: 2, fp: 1, fn: 0, tn: 1 });
  const s = snippetScore([c, { tp: 0, fp: 0, fn: 2, tn: 2 }]);
  assert.equal(s.precision, 2 / 3);
  assert.equal(s.recall, 2 / 4);
  assert.ok(['even', 'odd'].includes(half('abc')));
  assert.equal(half('abc'), half('abc'));
});
