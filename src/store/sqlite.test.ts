// Tests for the SQLite store: migrations, idempotent writes, reads, persistence across opens.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Article } from '../model/index.js';
import { SqliteStore } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function article(id: string, title: string): Article {
  return {
    id,
    source: `${id}.txt`,
    text: `Text of ${title}.`,
    paragraphs: [[0, title.length + 9]],
    metadata: {
      title: { value: title, rule: 'test' },
      outlet: { value: 'Outlet', rule: 'test' },
      byline: null,
      published: { value: '2024-10-23', rule: 'test', basis: 'explicit' },
      language: { value: 'en', rule: 'test' },
      url: null,
    },
    removed: [{ text: 'Advertisement', rule: 'text/ad' }],
    messages: [],
  };
}

test('articles are stored once, read back whole, listed in insertion order, and survive reopening', async () => {
  const path = join(dir, 'a.db');
  const store = new SqliteStore(path);
  assert.equal(store.schemaVersion(), 3);
  assert.equal(await store.putArticle(article('b', 'Second')), 'added');
  assert.equal(await store.putArticle(article('a', 'First')), 'added');
  assert.equal(await store.putArticle(article('b', 'Second again')), 'present');
  assert.equal(await store.countArticles(), 2);
  assert.deepEqual((await store.listArticles()).map((r) => r.id), ['b', 'a']);
  assert.deepEqual(await store.getArticle('a'), article('a', 'First'));
  assert.equal(await store.getArticle('zzz'), null);
  await store.close();

  const reopened = new SqliteStore(path);
  assert.equal(await reopened.countArticles(), 2);
  assert.equal((await reopened.getArticle('b'))?.metadata.title?.value, 'Second');
  await reopened.close();
});

test('analyses are stored per article and replaced on a new analysis', async () => {
  const store = new SqliteStore(join(dir, 'b.db'));
  await store.putArticle(article('a', 'First'));
  const base = { articleId: 'a', text: 'x', sentences: [], entities: [], dates: [], quantities: [], attributions: [], claims: [] };
  await store.putAnalysis(base);
  await store.putAnalysis({ ...base, text: 'y' });
  assert.equal((await store.getAnalysis('a'))?.text, 'y');
  assert.equal(await store.getAnalysis('b'), null);
  await store.close();
});
