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

test('an analysis stored whole (before packing) reads back as it was', () => {
  const whole = { articleId: 'y', text: 'A b.', sentences: [{ span: [0, 4], text: 'A b.', kind: 'body', paragraph: 0, tokens: [] }], entities: [], dates: [], quantities: [], attributions: [], claims: [] } as ArticleAnalysis;
  assert.deepEqual(unpackAnalysis(JSON.parse(JSON.stringify(whole))), whole);
});
