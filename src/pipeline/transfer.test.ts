import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeArticle, loadAttributionModel } from '../analyze/index.js';
import type { ArticleAnalysis } from '../model/analysis.js';
import { fromSent, toSent } from './transfer.js';

/** What posting to a worker thread does to a value. */
const clone = <T>(v: T): T => structuredClone(v);

test('an analysis posted by a worker thread is rebuilt as made, keys in the same order', () => {
  const dir = 'examples/korea-troops-2024';
  const model = loadAttributionModel();
  for (const f of readdirSync(dir).sort().slice(0, 3)) {
    const text = readFileSync(join(dir, f), 'utf8');
    const analysis = analyzeArticle({ id: f, text, published: '2024-10-23', outlet: null }, { attributionModel: model });
    assert.ok(analysis.sentences.length > 0);
    const back = fromSent(clone(toSent(analysis, text)), text);
    assert.equal(JSON.stringify(back), JSON.stringify(analysis));
    assert.deepEqual(back, analysis);
  }
});

test('token texts that are not the slice at their span, and a text not the article\'s, come back', () => {
  const analysis: ArticleAnalysis = {
    articleId: 'a', text: 'Hello world.', rulesVersion: 3,
    sentences: [{ span: [0, 12], text: 'Hello world.', kind: 'body', paragraph: 0, tokens: [{ span: [0, 5], text: 'Hello' }, { span: [6, 11], text: 'World' }, { span: [11, 12], text: '.' }] }],
    entities: [], dates: [], quantities: [], attributions: [], claims: [],
  };
  const sent = clone(toSent(analysis, 'Another text.'));
  assert.equal(sent.text, 'Hello world.');
  const back = fromSent(sent, 'Another text.');
  assert.equal(JSON.stringify(back), JSON.stringify(analysis));
  assert.equal(back.sentences[0]!.tokens[1]!.text, 'World');
  // Beside its own article the text is not sent again.
  assert.equal(toSent(analysis, 'Hello world.').text, null);
});
