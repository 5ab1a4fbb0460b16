// Re-deriving what older rules made: stale analyses are made again, linking starts over, snapshots of another version are stale.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { loadAttributionModel } from '../analyze/index.js';
import { SqliteStore } from '../store/index.js';
import { HeapBound } from './heap-bound.js';
import { LINKER_STATE } from './incremental.js';
import { RULES_STATE, RULES_VERSION, rederiveStale } from './rules.js';
import { runPipeline } from './run.js';
import { membershipSignature, storySnapshot } from './snapshots.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-rules-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const analysis = { attributionModel: loadAttributionModel() };

test('a store made by older rules is analysed and linked again once, to the stories these rules make', async () => {
  const store = new SqliteStore(join(dir, 'old.db'));
  try {
    const first = await runPipeline(['examples/korea-troops-2024'], store, { analysis });
    assert.equal(await store.getState(RULES_STATE), String(RULES_VERSION));
    const stories = await store.listStories();
    const ids = first.articleIds;
    assert.equal((await store.getAnalysis(ids[0]!))?.rulesVersion, RULES_VERSION);
    // What an older version left: analyses without a version, another rules state, a linker that placed nothing.
    for (const id of ids) {
      const a = (await store.getAnalysis(id))!;
      delete a.rulesVersion;
      a.claims = [];
      await store.putAnalysis(a);
    }
    await store.putState(RULES_STATE, String(RULES_VERSION - 1));
    await store.putStateParts(LINKER_STATE, ['{"version":1,"duplicates":{"docs":[]},"stories":{}}']);
    const done = await rederiveStale(store, analysis);
    assert.deepEqual(done, { rederived: true, analyses: ids.length, linked: ids.length });
    assert.equal(await store.getState(RULES_STATE), String(RULES_VERSION));
    assert.ok((await store.getAnalysis(ids[0]!))!.claims.length > 0, 'the analysis was made again');
    assert.deepEqual((await store.listStories()).map((s) => s.articleIds.sort()), stories.map((s) => s.articleIds.sort()));
    assert.deepEqual(await rederiveStale(store, analysis), { rederived: false, analyses: 0, linked: 0 }, 'a current store is left alone');
  } finally {
    await store.close();
  }
});

test('re-deriving a stale store checks the heap bound per article read and linked, and in saving the linker', async () => {
  const store = new SqliteStore(join(dir, 'bound.db'));
  try {
    const first = await runPipeline(['examples/korea-troops-2024'], store, { analysis });
    const stories = (await store.listStories()).map((s) => s.articleIds.sort());
    for (const id of first.articleIds) {
      const a = (await store.getAnalysis(id))!;
      delete a.rulesVersion;
      await store.putAnalysis(a);
    }
    await store.putState(RULES_STATE, String(RULES_VERSION - 1));
    // A bound with no margin collects at every check; the checks are counted.
    class Counted extends HeapBound {
      checks = 0;
      override check(): boolean {
        this.checks++;
        return super.check();
      }
    }
    const bound = new Counted(0);
    const done = await rederiveStale(store, analysis, bound);
    assert.deepEqual(done, { rederived: true, analyses: first.articleIds.length, linked: first.articleIds.length });
    // One check per article read and per article linked, and more while the linker's rows are saved.
    assert.ok(bound.checks > 2 * first.articleIds.length, `${bound.checks} checks`);
    assert.ok(bound.collections > 0);
    // The same stories as without a bound.
    assert.deepEqual((await store.listStories()).map((s) => s.articleIds.sort()), stories);
    // A bound given as a function is made only when something is stale.
    let made = 0;
    assert.equal((await rederiveStale(store, analysis, () => { made++; return new HeapBound(); })).rederived, false);
    assert.equal(made, 0);
  } finally {
    await store.close();
  }
});

test('a present article whose stored analysis was made by other rules is analysed again on add', async () => {
  const store = new SqliteStore(join(dir, 'present.db'));
  try {
    const path = 'examples/korea-troops-2024/000_f0c3078e556d169a.txt';
    const { articleIds: [id] } = await runPipeline([path], store, { analysis });
    const a = (await store.getAnalysis(id!))!;
    await store.putAnalysis({ ...a, rulesVersion: RULES_VERSION + 1, claims: [] });
    await runPipeline([path], store, { analysis });
    const again = (await store.getAnalysis(id!))!;
    assert.equal(again.rulesVersion, RULES_VERSION);
    assert.ok(again.claims.length > 0);
  } finally {
    await store.close();
  }
});

test('a snapshot signature carries the rules version', async () => {
  const m = [{ articleId: 'a', storyId: 's', rule: 'r', score: 1, syndicatedFrom: null, similarity: null }];
  assert.notEqual(membershipSignature(m, RULES_VERSION), membershipSignature(m, RULES_VERSION + 1));
  assert.equal(membershipSignature(m), membershipSignature(m, RULES_VERSION));
  const store = new SqliteStore(join(dir, 'snap.db'));
  try {
    await runPipeline(['examples/korea-troops-2024/000_f0c3078e556d169a.txt'], store, { analysis });
    const [s] = await store.listStories();
    const snap = await storySnapshot(store, s!.id);
    assert.equal(await store.getStorySnapshot(s!.id, membershipSignature(await store.storyMembers(s!.id), RULES_VERSION + 1)), null, 'another version reads no snapshot');
    assert.ok(snap);
  } finally {
    await store.close();
  }
});
