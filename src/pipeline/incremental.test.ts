// Tests the linker a long-running process keeps between runs: reused while the store holds its state, reloaded after another writer.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { loadAttributionModel } from '../analyze/index.js';
import { SqliteStore } from '../store/index.js';
import { LINKER_STATE, type KeptLinker } from './incremental.js';
import { buildDossier, runPipeline } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-kept-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const analysis = { attributionModel: loadAttributionModel() };
const pages = readdirSync('examples/korea-troops-2024').sort().map((f) => join('examples/korea-troops-2024', f));

test('a kept linker is reused while the store holds its state, and gives the stories a fresh load gives', async () => {
  const kept: KeptLinker = { linker: null, head: null };
  const withKept = new SqliteStore(join(dir, 'kept.db'));
  const plain = new SqliteStore(join(dir, 'plain.db'));
  try {
    await runPipeline(pages.slice(0, 2), withKept, { analysis, kept });
    const first = kept.linker;
    assert.ok(first, 'kept after the run saved its state');
    assert.equal(kept.head, await withKept.getState(LINKER_STATE));
    await runPipeline(pages.slice(2, 4), withKept, { analysis, kept });
    assert.equal(kept.linker, first, 'the same linker, not a reloaded one');
    // Another writer saves a state: the kept linker no longer matches and is reloaded.
    await runPipeline([pages[4]!], withKept, { analysis });
    const stale = kept.linker;
    await runPipeline(pages, withKept, { analysis, kept });
    assert.notEqual(kept.linker, stale, 'reloaded after another writer saved');

    for (const p of [pages.slice(0, 2), pages.slice(2, 4), [pages[4]!]]) await runPipeline(p, plain, { analysis });
    const strip = (d: Awaited<ReturnType<typeof buildDossier>>) => ({ ...d, generatedAt: '' });
    assert.deepEqual(strip(await buildDossier(withKept)), strip(await buildDossier(plain)));
  } finally {
    await withKept.close();
    await plain.close();
  }
});
