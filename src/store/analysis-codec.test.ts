import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeArticle, loadAttributionModel } from '../analyze/index.js';
import type { ArticleAnalysis } from '../model/analysis.js';
import { packAnalysis, unpackAnalysis } from './analysis-codec.js';

const EXAMPLES = 'examples/korea-troops-2024';
const model = loadAttributionModel();

test('a packed analysis unpacks to the same analysis, keys in the same order, in well under its JSON size', () => {
  for (const name of readdirSync(EXAMPLES).sort()) {
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    const analysis = analyzeArticle({ id: name, text, published: '2024-10-20', outlet: null }, { attributionModel: model });
    const packed = packAnalysis(analysis);
    const back = unpackAnalysis(JSON.parse(packed));
    assert.equal(JSON.stringify(back), JSON.stringify(analysis), name);
    assert.ok(packed.length < JSON.stringify(analysis).length * 0.7, `${name}: ${packed.length} of ${JSON.stringify(analysis).length}`);
  }
});

test('token and sentence texts that are not slices of the text survive packing', () => {
  const analysis: ArticleAnalysis = {
    articleId: 'x',
    text: 'It’s here.',
    sentences: [{ span: [0, 10], text: "It's here.", kind: 'body', paragraph: 0, tokens: [{ span: [0, 4], text: "It's" }, { span: [5, 9], text: 'here' }] }],
    entities: [],
    dates: [],
    quantities: [],
    attributions: [],
    claims: [],
  };
  assert.deepEqual(unpackAnalysis(JSON.parse(packAnalysis(analysis))), analysis);
});

test('an unpacked sentence makes its tokens when they are first read, and takes tokens set on it', () => {
  const text = 'Two men fled. Police said so.';
  const analysis: ArticleAnalysis = {
    articleId: 'z',
    text,
    sentences: [
      { span: [0, 13], text: 'Two men fled.', kind: 'body', paragraph: 0, tokens: [{ span: [0, 3], text: 'Two' }, { span: [4, 7], text: 'men' }, { span: [8, 12], text: 'fled' }] },
      { span: [14, 29], text: 'Police said so.', kind: 'body', paragraph: 0, tokens: [{ span: [14, 20], text: 'Police' }, { span: [21, 25], text: 'said' }] },
    ],
    entities: [],
    dates: [],
    quantities: [],
    attributions: [],
    claims: [],
  };
  const back = unpackAnalysis(JSON.parse(packAnalysis(analysis)));
  // Not made until read; the same list on every read, and the sentence as a copy or as JSON is the sentence packed.
  assert.equal(typeof Object.getOwnPropertyDescriptor(back.sentences[0], 'tokens')?.get, 'function');
  assert.deepEqual(back.sentences[0].tokens, analysis.sentences[0].tokens);
  assert.equal(back.sentences[0].tokens, back.sentences[0].tokens);
  assert.deepEqual({ ...back.sentences[1] }, analysis.sentences[1]);
  assert.deepEqual(Object.keys(back.sentences[1]), Object.keys(analysis.sentences[1]));
  back.sentences[1].tokens = [];
  assert.deepEqual(back.sentences[1].tokens, []);
  assert.equal(JSON.stringify(unpackAnalysis(JSON.parse(packAnalysis(analysis)))), JSON.stringify(analysis));
});

test('an analysis stored whole (before packing) reads back as it was', () => {
  const whole = { articleId: 'y', text: 'A b.', sentences: [{ span: [0, 4], text: 'A b.', kind: 'body', paragraph: 0, tokens: [] }], entities: [], dates: [], quantities: [], attributions: [], claims: [] } as ArticleAnalysis;
  assert.deepEqual(unpackAnalysis(JSON.parse(JSON.stringify(whole))), whole);
});

test("an analysis of the article's own text is stored without it and unpacks with the article's text", () => {
  const text = 'Police said two people were hurt. The road reopened.';
  const analysis = analyzeArticle({ id: 'z', text, published: '2024-10-20', outlet: null }, { attributionModel: model });
  const packed = JSON.parse(packAnalysis(analysis, text)) as { text: string | null };
  assert.equal(packed.text, null);
  assert.equal(JSON.stringify(unpackAnalysis(packed as never, text)), JSON.stringify(analysis));
  assert.throws(() => unpackAnalysis(packed as never), /without its text/);
  // Another text than the article's is kept.
  assert.equal((JSON.parse(packAnalysis(analysis, 'other')) as { text: string }).text, text);
});

test('an analysis packed with absolute token offsets (packing 2, stores before packing 3) reads back', () => {
  const stored = {
    articleId: 'p2',
    text: 'A big dog.',
    packing: 2,
    sentences: [{ span: [0, 10], kind: 'body', paragraph: 0, tokens: [0, 1, 2, 5, 6, 9, 9, 10] }],
    entities: [],
    dates: [],
    quantities: [],
    attributions: [],
    claims: [],
  };
  assert.deepEqual(unpackAnalysis(stored as never).sentences[0].tokens, [
    { span: [0, 1], text: 'A' },
    { span: [2, 5], text: 'big' },
    { span: [6, 9], text: 'dog' },
    { span: [9, 10], text: '.' },
  ]);
});
