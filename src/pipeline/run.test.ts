// Tests that a run on one thread lets the event loop turn between documents (a server answers other requests while it ingests).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { loadAttributionModel } from '../analyze/index.js';
import { documentsFromBytes } from '../ingest/index.js';
import { SqliteStore } from '../store/index.js';
import { runDocuments } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-turns-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('timers run while the first group of documents is analysed on this thread', async () => {
  const folder = 'examples/korea-troops-2024';
  const items = readdirSync(folder).sort().flatMap((f) => documentsFromBytes(join(folder, f), readFileSync(join(folder, f))));
  assert.ok(items.length >= 3);
  const store = new SqliteStore(join(dir, 'turns.db'));
  let ticks = 0;
  const timer = setInterval(() => ticks++, 0);
  const seen: number[] = [];
  try {
    // Every document of the folder is in the first group: stored and reported only after all are analysed.
    await runDocuments(items, store, { analysis: { attributionModel: loadAttributionModel() }, threads: 1, onDocument: () => seen.push(ticks) });
  } finally {
    clearInterval(timer);
    await store.close();
  }
  assert.equal(seen.length, items.length);
  assert.ok(seen[0]! > 0, `a timer ran before the first document was reported (ticks ${seen[0]})`);
});
