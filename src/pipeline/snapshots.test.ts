// Stores made with extraction threads and snapshots built on threads hold what one thread makes, byte for byte.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { loadAttributionModel } from '../analyze/index.js';
import { SqliteStore } from '../store/index.js';
import { runPipeline } from './run.js';
import { membershipSignature, refreshSnapshots, signatureMembers, storySnapshot } from './snapshots.js';
import { takeHeld } from './story-build.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-snapshots-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const analysis = { attributionModel: loadAttributionModel() };

const value = (v: string | Buffer | null): string | null => (v === null || typeof v === 'string' ? v : inflateRawSync(v).toString('utf8'));

/** What a store holds, read with SQL alone: stored values inflated, snapshots less their build time. */
function contents(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = (sql: string) => db.prepare(sql).all() as Record<string, string | Buffer | null>[];
    return {
      articles: rows('SELECT id, data, text FROM articles ORDER BY seq').map((r) => [r.id, value(r.data), value(r.text)]),
      analyses: rows('SELECT article_id, data FROM analyses ORDER BY article_id').map((r) => [r.article_id, value(r.data)]),
      claims: rows('SELECT article_seq, span_start, span_end, subject, origin FROM claim_sentences ORDER BY id'),
      memberships: rows('SELECT article_id, story_id, rule, score, syndicated_from, similarity FROM story_members ORDER BY article_id'),
      snapshots: rows('SELECT story_id, signature, body FROM story_snapshots ORDER BY story_id').map((r) => {
        const body = JSON.parse(value(r.body)!) as Record<string, unknown>;
        assert.equal(typeof body.builtAt, 'string');
        delete body.builtAt;
        return [r.story_id, r.signature, body];
      }),
    };
  } finally {
    db.close();
  }
}

async function add(file: string, threads: number, options: { pooledFrom?: number; offThread?: boolean } = {}): Promise<void> {
  const store = new SqliteStore(file);
  try {
    const summary = await runPipeline(['examples/korea-troops-2024'], store, { analysis, threads, offThread: options.offThread });
    assert.ok(summary.added > 0);
    // Every story built on threads when there are any (pooledFrom 1), else on this thread (from the run's own articles and analyses).
    assert.equal(await refreshSnapshots(store, summary.storyIds, { threads, pooledFrom: options.pooledFrom ?? 1 }), summary.storyIds.length);
  } finally {
    await store.close();
  }
}

test('with two threads (stored forms made on extraction threads, snapshots built on threads) the store holds what one thread makes', async () => {
  const one = join(dir, 'one.db');
  const two = join(dir, 'two.db');
  await add(one, 1);
  await add(two, 2);
  const a = contents(one);
  const b = contents(two);
  assert.ok(a.analyses!.length > 0 && a.snapshots!.length > 0 && a.claims!.length > 0);
  assert.deepEqual(b, a);
});

test('snapshots built on this thread from the analyses a run holds, and a run that leaves this thread free (a server), hold what one thread makes', async () => {
  const one = join(dir, 'one.db');
  const held = join(dir, 'held.db');
  const off = join(dir, 'off.db');
  // Two extraction threads, snapshots built here from the analyses the threads sent.
  await add(held, 2, { pooledFrom: Infinity });
  // One extraction thread besides this one, storing and linking in slices.
  await add(off, 1, { offThread: true });
  const a = contents(one);
  assert.ok(a.snapshots!.length > 0);
  assert.deepEqual(contents(held), a);
  assert.deepEqual(contents(off), a);
});

test('a story whose snapshot is current is not built again', async () => {
  const file = join(dir, 'two.db');
  const store = new SqliteStore(file);
  try {
    const ids = (await store.listStories()).map((s) => s.id);
    assert.equal(await refreshSnapshots(store, ids, { threads: 2, pooledFrom: 1 }), 0);
  } finally {
    await store.close();
  }
});

test('a run holds its analyses as the bytes stored, and snapshots built from them are those built from the store', async () => {
  const file = join(dir, 'bytes.db');
  const store = new SqliteStore(file);
  let ids: string[];
  try {
    const summary = await runPipeline(['examples/korea-troops-2024'], store, { analysis, threads: 1 });
    ids = summary.storyIds;
    const held = takeHeld(summary.storyIds);
    assert.ok(held && held.analyses.size === summary.added && summary.added > 0);
    const db = new Database(file, { readonly: true });
    try {
      const row = db.prepare('SELECT data FROM analyses WHERE article_id = ?');
      for (const [id, bytes] of held.analyses) {
        assert.ok(bytes instanceof Uint8Array);
        assert.deepEqual(Buffer.from(bytes), (row.get(id) as { data: Buffer }).data, `the stored bytes of ${id}`);
      }
    } finally {
      db.close();
    }
    // Built from what the run holds (given back, as takeHeld took it).
    assert.equal(await refreshSnapshots(store, ids, { held }), ids.length);
  } finally {
    await store.close();
  }
  const fromHeld = contents(file);
  // The same stories built again with nothing held: every analysis read back from the store.
  const raw = new Database(file);
  raw.exec('DELETE FROM story_snapshots');
  raw.close();
  const again = new SqliteStore(file);
  try {
    assert.equal(await refreshSnapshots(again, [...ids]), ids.length);
  } finally {
    await again.close();
  }
  assert.deepEqual(contents(file), fromHeld);
  assert.ok(fromHeld.snapshots!.length > 0);
});

test('a large story is rebuilt once it has grown by a share of its size; in between a reader builds it', async () => {
  const file = join(dir, 'deferred.db');
  const store = new SqliteStore(file);
  try {
    const summary = await runPipeline(['examples/korea-troops-2024'], store, { analysis, threads: 1 });
    const sizes = await Promise.all(summary.storyIds.map(async (id) => [id, (await store.storyMembers(id)).length] as const));
    const [id, n] = sizes.sort((a, b) => b[1] - a[1])[0]!;
    assert.ok(n >= 3, `a story of ${n} articles`);
    assert.equal(await refreshSnapshots(store, [id]), 1);
    const members = await store.storyMembers(id);
    const current = membershipSignature(members);
    assert.equal(signatureMembers(current), n);
    assert.equal(await store.storySnapshotSignature(id), current);
    // As if the stored snapshot had been built when the story held one article fewer.
    setSignature(file, id, `${n - 1}:earlier`);
    // Grown by less than half of n - 1: left stale while the story counts as large ...
    assert.equal(await refreshSnapshots(store, [id], { deferFrom: 2, growth: 0.5 }), 0);
    assert.equal(await store.storySnapshotSignature(id), `${n - 1}:earlier`);
    // ... and a reader still gets the story as its members make it now, built on the read.
    const read = await storySnapshot(store, id);
    assert.equal(read?.signature, current);
    assert.deepEqual(read?.story.articleIds.slice().sort(), members.map((m) => m.articleId).sort());
    // Grown by more than the share (or a story under the bound): rebuilt.
    setSignature(file, id, `${n - 1}:earlier`);
    assert.equal(await refreshSnapshots(store, [id], { deferFrom: 2, growth: 0.1 }), 1);
    setSignature(file, id, `${n - 1}:earlier`);
    assert.equal(await refreshSnapshots(store, [id], { deferFrom: n + 1, growth: 0.5 }), 1);
    assert.equal(await store.storySnapshotSignature(id), current);
  } finally {
    await store.close();
  }
});

/** Writes a story's stored snapshot signature with SQL alone. */
function setSignature(file: string, id: string, signature: string): void {
  const db = new Database(file);
  db.prepare('UPDATE story_snapshots SET signature = ? WHERE story_id = ?').run(signature, id);
  db.close();
}
