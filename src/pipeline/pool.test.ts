import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadAttributionModel } from '../analyze/index.js';
import { documentsFromBytes, type IngestItem } from '../ingest/index.js';
import { prepareInPool } from './pool.js';
import { analysisOf, extractBatch } from './steps.js';

const EXAMPLES = 'examples/korea-troops-2024';

function items(): IngestItem[] {
  const out: IngestItem[] = [];
  for (const name of readdirSync(EXAMPLES).sort()) out.push(...documentsFromBytes(join(EXAMPLES, name), readFileSync(join(EXAMPLES, name))));
  out.push(...documentsFromBytes('empty.txt', Buffer.alloc(0)));
  // A page whose dates never state a year waits for the batch's latest explicit date.
  out.splice(1, 0, ...documentsFromBytes('yearless.txt', Buffer.from('Troops moved on 3 March, officials said on Friday.\n\nThe border town of Kursk saw 200 soldiers arrive on Monday, according to the ministry.\n')));
  return out;
}

async function* each(xs: readonly IngestItem[]): AsyncGenerator<IngestItem> {
  yield* xs;
}

test('extraction threads give the articles and analyses of one thread, in the same order', async () => {
  const model = loadAttributionModel();
  const expected = [];
  for await (const extracted of extractBatch(each(items()))) {
    expected.push({ extracted, analysis: extracted.ok ? analysisOf(extracted.article, { attributionModel: model }) : null });
  }
  const got = [];
  for await (const p of prepareInPool(each(items()), 2)) got.push({ extracted: p.extracted, analysis: p.analysis });
  assert.equal(got.length, expected.length);
  assert.ok(expected.some((e) => !e.extracted.ok), 'the batch holds a failing document');
  assert.deepEqual(got, expected);
});
