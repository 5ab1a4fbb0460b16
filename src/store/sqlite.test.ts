// Tests for the SQLite store: migrations, idempotent writes, reads, persistence across opens.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
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

test('a store from before compact storage migrates: articles, analyses, snapshots and linker rows read back the same, search still finds', async () => {
  const path = join(dir, 'precompact.db');
  const old = new Database(path);
  old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of sqliteMigrations.filter((x) => x.version < 100)) {
    old.exec(m.sql);
    old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, 'then');
  }
  const a = article('c', 'Bridge closed');
  a.text = 'The bridge was closed on Friday after inspectors found cracks.';
  old.prepare('INSERT INTO articles (id, source, title, characters, added_at, data) VALUES (?, ?, ?, ?, ?, ?)').run(a.id, a.source, 'Bridge closed', a.text.length, 'then', JSON.stringify(a));
  old.prepare('INSERT INTO search_articles (article_id, title, body) VALUES (?, ?, ?)').run(a.id, 'Bridge closed', a.text);
  const packed2 = { articleId: 'c', text: a.text, packing: 2, sentences: [{ span: [0, 62], kind: 'body', paragraph: 0, tokens: [0, 3, 4, 10] }], entities: [], dates: [], quantities: [], attributions: [], claims: [] };
  old.prepare('INSERT INTO analyses (article_id, data, analysed_at) VALUES (?, ?, ?)').run('c', JSON.stringify(packed2), 'then');
  const body = JSON.stringify({ signature: 's1', story: { id: 'st' }, filler: 'x'.repeat(500) });
  old.prepare('INSERT INTO story_snapshots (story_id, signature, built_at, body) VALUES (?, ?, ?, ?)').run('st', 's1', 'then', body);
  // Enough stored text that compacting frees most pages.
  for (let i = 0; i < 40; i++) {
    const f = { ...article(`f${i}`, 'Filler'), text: `Filler ${i} ${'words of a long article '.repeat(200)}` };
    old.prepare('INSERT INTO articles (id, source, title, characters, added_at, data) VALUES (?, ?, ?, ?, ?, ?)').run(f.id, f.source, 'Filler', f.text.length, 'then', JSON.stringify(f));
    old.prepare('INSERT INTO search_articles (article_id, title, body) VALUES (?, ?, ?)').run(f.id, 'Filler', f.text);
  }
  const rows = [{ key: 'k1', data: JSON.stringify({ terms: 'y '.repeat(300) }) }, { key: 'k2', data: '{"n":1}' }];
  for (const r of rows) old.prepare('INSERT INTO link_rows (name, key, data) VALUES (?, ?, ?)').run('linker/docs', r.key, r.data);
  old.close();

  const store = new SqliteStore(path);
  assert.equal(store.schemaVersion(), sqliteMigrations.at(-1)?.version);
  assert.deepEqual(await store.getArticle('c'), a);
  assert.equal(store['db'].pragma('freelist_count', { simple: true }), 0, 'the file was rebuilt after compacting');
  const analysis = await store.getAnalysis('c');
  assert.equal(analysis?.text, a.text);
  assert.deepEqual(analysis?.sentences[0].tokens, [{ span: [0, 3], text: 'The' }, { span: [4, 10], text: 'bridge' }]);
  assert.equal(await store.getStorySnapshot('st', 's1'), body);
  assert.deepEqual((await store.getStateRows('linker/docs', 0, 10)).map((r) => ({ key: r.key, data: r.data })), rows);
  const hits = await store.search('cracks');
  assert.deepEqual(hits.map((h) => [h.kind, h.articleId]), [['article', 'c']]);
  assert.match(hits[0].snippet, /«cracks»/);
  assert.deepEqual((await store.search('bridge')).map((h) => h.articleId), ['c'], 'the title is indexed');
  await store.close();

  // The values were rewritten compact: the analysis holds no copy of the text, the rest is compressed.
  const raw = new Database(path, { readonly: true });
  const row = raw.prepare('SELECT data FROM analyses WHERE article_id = ?').get('c') as { data: Buffer };
  assert.ok(Buffer.isBuffer(row.data));
  assert.equal((JSON.parse(inflateRawSync(row.data).toString('utf8')) as { text: unknown }).text, null);
  assert.ok(Buffer.isBuffer((raw.prepare('SELECT data FROM articles WHERE id = ?').get('c') as { data: unknown }).data));
  assert.ok(Buffer.isBuffer((raw.prepare('SELECT body FROM story_snapshots').get() as { body: unknown }).body));
  raw.close();
});

/** A BLOB's text: inflated when it is compressed, else its bytes (the full-text index's own blobs). */
function inflatedOrRaw(v: Buffer): string {
  try {
    return inflateRawSync(v).toString('utf8');
  } catch {
    return v.toString('utf8');
  }
}

test("an article's text is stored once: the analysis and the search index read it from the article", async () => {
  const path = join(dir, 'once.db');
  const store = new SqliteStore(path);
  const a = article('t', 'Storm');
  a.text = `The storm flooded ${'the low streets and '.repeat(40)}the harbour.`;
  await store.putArticle(a);
  await store.putAnalysis({ articleId: 't', text: a.text, sentences: [], entities: [], dates: [], quantities: [], attributions: [], claims: [] });
  assert.equal((await store.getAnalysis('t'))?.text, a.text);
  assert.deepEqual(await store.getArticle('t'), a);
  assert.match((await store.search('harbour'))[0]?.snippet ?? '', /«harbour»/);
  const claim = { subject: { value: 'streets', rule: 't' }, origin: { value: 'Officials', rule: 't' }, sentence: [0, 40] };
  await store.putAnalysis({ articleId: 't', text: a.text, sentences: [], entities: [], dates: [], quantities: [], attributions: [], claims: [claim as never] });
  const claimHits = (await store.search('flooded')).filter((h) => h.kind === 'claim');
  assert.deepEqual(claimHits.map((h) => [h.articleId, h.span]), [['t', [0, 40]]]);
  assert.equal(claimHits[0]?.snippet, `The storm «flooded» ${a.text.slice(18, 40)}`);
  // Analysed again: the claims before leave search, the new ones are found.
  await store.putAnalysis({ articleId: 't', text: a.text, sentences: [], entities: [], dates: [], quantities: [], attributions: [], claims: [{ ...claim, sentence: [10, 40] } as never] });
  assert.deepEqual((await store.search('flooded')).filter((h) => h.kind === 'claim').map((h) => h.span), [[10, 40]]);
  await store.close();
  const raw = new Database(path, { readonly: true });
  const needle = Buffer.from('the low streets and the low streets');
  const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'").all() as { name: string }[];
  const holding: string[] = [];
  for (const { name } of tables) {
    for (const r of raw.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]) {
      for (const v of Object.values(r)) {
        const text = Buffer.isBuffer(v) ? inflatedOrRaw(v) : v;
        if (typeof text === 'string' && text.includes(needle.toString())) holding.push(name);
      }
    }
  }
  raw.close();
  assert.deepEqual(holding, ['articles']);
});

test('writes inside exclusive are committed together, or none of them when it throws (search included)', async () => {
  const store = new SqliteStore(join(dir, 'exclusive.db'));
  const claimed = (id: string) => ({
    articleId: id, text: `Text of ${id}.`, sentences: [], entities: [], dates: [], quantities: [], attributions: [],
    claims: [{ sentence: [0, 8], subject: { value: 'Mayor' }, origin: { value: 'police' } }],
  }) as unknown as Parameters<SqliteStore['putAnalysis']>[0];
  await assert.rejects(store.exclusive(async (tx) => {
    await tx.putArticle(article('x', 'Rolled back'));
    await tx.putAnalysis(claimed('x'));
    throw new Error('stop');
  }), /stop/);
  assert.equal(await store.getArticle('x'), null);
  assert.equal(await store.getAnalysis('x'), null);
  assert.deepEqual(await store.search('Rolled'), []);
  await store.exclusive(async (tx) => {
    await tx.putArticle(article('y', 'Kept'));
    await tx.putAnalysis(claimed('y'));
  });
  assert.equal((await store.getArticle('y'))?.metadata.title?.value, 'Kept');
  assert.deepEqual((await store.search('Kept')).map((h) => h.articleId), ['y']);
  // A write outside exclusive after one that threw still commits on its own.
  await store.putArticle(article('z', 'Alone'));
  assert.equal(await store.countArticles(), 2);
  await store.close();
});

test('processes that open one new file at the same time apply each migration once, and none fails', async () => {
  const file = join(dir, 'opened-at-once.db');
  const store = new URL('./index.js', import.meta.url).href;
  // Each process opens the store as soon as it starts and reports how it went.
  const script = `import { SqliteStore } from ${JSON.stringify(store)}; const s = new SqliteStore(${JSON.stringify(file)}); await s.close();`;
  const runs = Array.from({ length: 4 }, () => new Promise<{ code: number | null; err: string }>((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.on('exit', (code) => resolve({ code, err }));
  }));
  const results = await Promise.all(runs);
  assert.deepEqual(results.map((r) => r.code), [0, 0, 0, 0], results.map((r) => r.err).join('\n'));
  const db = new Database(file, { readonly: true });
  try {
    const versions = (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
    assert.deepEqual(versions, sqliteMigrations.map((m) => m.version).sort((a, b) => a - b));
  } finally {
    db.close();
  }
});
