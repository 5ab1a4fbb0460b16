// Tests for the SQLite store: migrations, idempotent writes, reads, persistence across opens.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Article } from '../model/index.js';
import Database from 'better-sqlite3';
import { sqliteMigrations } from './migrations.js';
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
  assert.equal(store.schemaVersion(), sqliteMigrations.at(-1)?.version);
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

test('search: claims are indexed with their sentence, and a store from before search is indexed on opening', async () => {
  const path = join(dir, 'old.db');
  const old = new Database(path);
  old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of sqliteMigrations.filter((x) => x.version <= 3)) {
    old.exec(m.sql);
    old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, 'then');
  }
  const a = article('o', 'Ferry resumes');
  a.text = 'The ferry resumed on Monday. Officials said 300 passengers crossed.';
  old.prepare('INSERT INTO articles (id, source, title, characters, added_at, data) VALUES (?, ?, ?, ?, ?, ?)').run(a.id, a.source, 'Ferry resumes', a.text.length, 'then', JSON.stringify(a));
  const claim = { subject: { value: 'passengers', rule: 't' }, origin: { value: 'Officials', rule: 't' }, sentence: [29, 67] };
  old.prepare('INSERT INTO analyses (article_id, data, analysed_at) VALUES (?, ?, ?)').run(a.id, JSON.stringify({ articleId: a.id, text: a.text, claims: [claim] }), 'then');
  old.close();
  const store = new SqliteStore(path);
  assert.equal(store.schemaVersion(), sqliteMigrations.at(-1)?.version);
  const hits = await store.search('passengers');
  assert.deepEqual(hits.map((h) => JSON.stringify([h.kind, h.articleId, h.span ?? null])).sort(), [JSON.stringify(['article', 'o', null]), JSON.stringify(['claim', 'o', [29, 67]])]);
  assert.match(hits.find((h) => h.kind === 'claim')?.snippet ?? '', /«passengers»/);
  assert.deepEqual((await store.search('ferry')).map((h) => h.kind), ['article'], 'the title and text are indexed');
  assert.deepEqual(await store.search('" ( * -'), [], 'a query of only syntax finds nothing');
  await store.close();
});
