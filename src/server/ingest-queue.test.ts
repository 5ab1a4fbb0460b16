import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadAttributionModel } from '../analyze/index.js';
import { documentsFromBytes } from '../ingest/index.js';
import { SqliteStore } from '../store/index.js';
import { HttpError } from './errors.js';
import { Ingestor } from './ingest.js';

test('uploads past the queue bound are refused with 503 and Retry-After; the queued ones are ingested', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-ingest-queue-'));
  const store = new SqliteStore(join(dir, 'store.db'));
  try {
    const model = loadAttributionModel();
    const ingestor = new Ingestor(store, () => ({ attributionModel: model }), () => undefined, { maxQueued: 2, retryAfterSeconds: 7 });
    const doc = (n: number) => documentsFromBytes(`doc-${n}.txt`, Buffer.from(`Officials said ${n} people were evacuated from the valley on Monday.\n\nThe river rose overnight, the agency said.`));
    const first = ingestor.run(doc(1));
    const second = ingestor.run(doc(2));
    const refused = await ingestor.run(doc(3)).then(() => null, (e: unknown) => e);
    assert.ok(refused instanceof HttpError, 'the third upload is refused');
    assert.equal(refused.status, 503);
    assert.equal(refused.headers['Retry-After'], '7');
    assert.equal((await first).added.length, 1);
    assert.equal((await second).added.length, 1);
    // Once the queue has drained, uploads are taken again.
    assert.equal((await ingestor.run(doc(4))).added.length, 1);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
