// Tests the linker state kept row by row: saved in batches, reloaded, it decides exactly as a linker that never left memory.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Linker, type LinkDecision, type LinkerOptions, type LinkerRowReader } from '../link/index.js';
import type { Article } from '../model/index.js';
import { SqliteStore } from '../store/index.js';
import { storyRecords, type StoryRecord } from '../../test/story-corpus.js';
import { LINKER_STATE, linkerTable, loadLinker, saveLinker } from './incremental.js';
import { toParts } from './state-parts.js';

function articleOf(r: StoryRecord): Article {
  return {
    id: r.id,
    source: r.id,
    text: r.text,
    paragraphs: [],
    metadata: { title: { value: r.title, rule: 'test' }, outlet: { value: r.outlet, rule: 'test' }, byline: null, published: { value: r.published, rule: 'test', basis: 'explicit' }, language: null, url: null },
    removed: [],
    messages: [],
  };
}

// Records of a few stories, each also told again by a second outlet (a syndicated copy), so
// that copies, re-derived copies, chrome lines and merged stories all occur.
// Every 15th record also tells the story of the record before it with the same title words
// (two reports under one headline), which may bridge two stories into one.
const base = storyRecords(90, 5);
const records = base.flatMap((r, i): StoryRecord[] => {
  const out = [r];
  if (i % 4 === 0) out.push({ ...r, id: `${r.id}-copy`, outlet: 'Wire', published: i % 8 === 0 ? '2025-03-31' : r.published });
  if (i % 15 === 14) out.push({ ...r, id: `${r.id}-both`, text: `${r.text}\n\n${base[i - 1]!.text}`, title: `${r.title}; ${base[i - 1]!.title}` });
  return out;
});
const articles = records.map(articleOf);

/** Decisions without the parts that do not come from the linker's state. */
const decide = (linker: Linker, a: Article): LinkDecision => linker.add(a, null);

async function rows(store: SqliteStore, table: Parameters<typeof linkerTable>[0]): Promise<number> {
  return (await store.getStateRows(linkerTable(table), 0, 100_000)).length;
}

test('a linker saved in batches and reloaded between them decides as one that never left memory', async () => {
  const whole = Linker.create();
  const expected = articles.map((a) => decide(whole, a));
  assert.ok(expected.some((d) => d.syndicatedFrom !== null), 'some articles are copies');
  assert.ok(expected.some((d) => d.rederived.length > 0), 'some copies are re-derived from an earlier one');
  assert.ok(expected.some((d) => d.chrome.length > 0), 'some lines are chrome');
  assert.ok(expected.some((d) => d.merged.length > 0), 'some stories merge');

  const store = new SqliteStore(':memory:');
  try {
    const got: LinkDecision[] = [];
    let linker = await loadLinker(store);
    const cuts = [0, 7, 8, 30, 31, 55, 80, articles.length];
    for (let c = 1; c < cuts.length; c++) {
      for (const a of articles.slice(cuts[c - 1], cuts[c])) got.push(decide(linker, a));
      await store.exclusive(async (tx) => saveLinker(tx, linker));
      // Every other batch goes on with the linker reloaded from the rows; the others keep it and save only what changed.
      if (c % 2 === 1) linker = await loadLinker(store);
    }
    assert.deepEqual(got, expected);
    assert.deepEqual(linker.toJSON(), whole.toJSON(), 'the same documents, stories, postings, copies and chrome counts');
    assert.deepEqual((await loadLinker(store)).toJSON(), whole.toJSON());
    assert.equal(await rows(store, 'docs'), articles.length, 'one row per document, each written once');
    assert.equal(await rows(store, 'stories'), whole.toJSON().stories.stories.length);
  } finally {
    await store.close();
  }
});

test('a linker that keeps only a few saved shingle sets in memory (profiles packed) reads the others from the rows and decides the same', async () => {
  const whole = Linker.create();
  const expected = articles.map((a) => decide(whole, a));
  const store = new SqliteStore(':memory:');
  try {
    let reads = 0;
    const reader: LinkerRowReader = (table, key) => {
      reads++;
      return store.stateRowNow(linkerTable(table), key);
    };
    const kept = 5;
    const got: LinkDecision[] = [];
    let linker = await loadLinker(store);
    linker.readRowsFrom(reader, kept);
    const cuts = [0, 7, 8, 30, 31, 55, 80, articles.length];
    for (let c = 1; c < cuts.length; c++) {
      for (const a of articles.slice(cuts[c - 1], cuts[c])) got.push(decide(linker, a));
      await store.exclusive(async (tx) => saveLinker(tx, linker));
      const held = linker.inMemory;
      assert.ok(held.profiles <= kept && held.shingles <= kept, `at most ${kept} of each in memory after a save (${held.profiles}, ${held.shingles})`);
      // Every third batch goes on with the linker restored from the rows, keeping few as it restores.
      if (c % 3 === 2) {
        const head = JSON.parse((await store.getState(LINKER_STATE))!) as { options: LinkerOptions };
        const every = async function* (t: Parameters<typeof linkerTable>[0]): AsyncGenerator<{ key: string; data: string }> {
          yield* await store.getStateRows(linkerTable(t), 0, 100_000);
        };
        linker = await Linker.fromRows(head.options, every, reader, kept);
        assert.ok(linker.inMemory.profiles <= kept && linker.inMemory.shingles <= kept, 'at most the bound in memory once restored');
        // Restored from these rows, it counts as their save.
        await store.exclusive(async (tx) => saveLinker(tx, linker));
      }
    }
    assert.ok(reads > 0, 'some shingle sets were read back from the rows');
    assert.deepEqual(got, expected);
    assert.deepEqual(linker.toJSON(), whole.toJSON(), 'the same documents, stories, postings, copies and chrome counts');
  } finally {
    await store.close();
  }
});

test('only what changed is written after a batch; a linker that does not match the stored save rewrites every row', async () => {
  const store = new SqliteStore(':memory:');
  try {
    const linker = Linker.create();
    for (const a of articles.slice(0, 40)) linker.add(a, null);
    await saveLinker(store, linker);
    const before = linker.stateRows();
    assert.deepEqual([before.docs.length, before.stories.length, before.copies.length, before.chrome.length], [0, 0, 0, 0], 'nothing changed since the save');
    linker.add(articles[40]!, null);
    const after = linker.stateRows();
    assert.equal(after.docs.length, 1);
    assert.ok(after.stories.length >= 1 && after.stories.length <= 3, 'the story it joined or started (and any it merged)');

    // Another linker saves over it: the store's rows are that linker's, whole.
    const other = Linker.create();
    for (const a of articles.slice(0, 5)) other.add(a, null);
    await saveLinker(store, other);
    assert.equal(await rows(store, 'docs'), 5);
    await saveLinker(store, linker);
    assert.equal(await rows(store, 'docs'), 41, 'the first linker no longer matches the stored save: every row again');
    assert.deepEqual((await loadLinker(store)).toJSON(), linker.toJSON());
  } finally {
    await store.close();
  }
});

test('a state kept whole by an earlier version (in parts, or one JSON text) loads and is converted to rows', async () => {
  const first = articles.slice(0, 50);
  const rest = articles.slice(50);
  const whole = Linker.create();
  for (const a of first) whole.add(a, null);
  const expected = rest.map((a) => whole.add(a, null));
  for (const kind of ['parts', 'text'] as const) {
    const store = new SqliteStore(':memory:');
    try {
      const old = Linker.create();
      for (const a of first) old.add(a, null);
      if (kind === 'parts') await store.putStateParts(LINKER_STATE, toParts(old.toJSON(), 20));
      else await store.putState(LINKER_STATE, JSON.stringify(old.toJSON()));
      const loaded = await loadLinker(store);
      assert.equal(await store.getStateParts(LINKER_STATE), null, 'the parts are gone');
      assert.match((await store.getState(LINKER_STATE))!, /^\{"format":"rows"/);
      assert.equal(await rows(store, 'docs'), first.length);
      assert.deepEqual(rest.map((a) => loaded.add(a, null)), expected, `${kind}: decides as before`);
      await saveLinker(store, loaded);
      assert.equal(await rows(store, 'docs'), articles.length);
      assert.deepEqual((await loadLinker(store)).toJSON(), whole.toJSON());
    } finally {
      await store.close();
    }
  }
});
