// The embedded store: one SQLite file through better-sqlite3, with versioned migrations.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Article } from '../model/index.js';
import type { ArticleAnalysis } from '../model/analysis.js';
import { packAnalysis, unpackAnalysis, type PackedAnalysis } from './analysis-codec.js';
import { packArticle, unpackArticle } from './article-codec.js';
import { compressText, maybeCompressText, storedText, type StoredValue } from './compress.js';
import { asBuffer, type EncodedAnalysis, type EncodedArticle } from './encoded.js';
import { ftsExpression, withExternalIdHits } from './fts-query.js';
import { sqliteMigrations, type Migration } from './migrations.js';
import type { ArticleSummary, ArticleVersion, PositionedStateRow, PutResult, SearchHit, StateRow, Store, StoredEvent, StoryMembership, StoryMergeRecord, StorySummary } from './store.js';
import { articleSummaryFromRow, memberFromRow, partCount, type ArticleRow, summariseStories, type MemberRow, type StoryArticleRow, VERSION_COLUMNS, versionChain, versionKeyUrl, type VersionRow } from './rows.js';

interface MergeRow {
  story_id: string;
  into_story_id: string;
  via: string;
  matched: string;
  score: number;
  features: string;
  article_ids: string;
  at: string | null;
}

/**
 * Functions the migrations call to rewrite stored values in the store's compact forms
 * (registered on every connection before migrating; idempotent on values already compact).
 */
function registerFunctions(db: Database.Database): void {
  const parse = (data: StoredValue): Record<string, unknown> => JSON.parse(storedText(data)) as Record<string, unknown>;
  db.function('tri_article_text', { deterministic: true }, (data: unknown) => {
    const text = parse(data as StoredValue).text;
    return typeof text === 'string' ? text : null;
  });
  db.function('tri_pack_article', { deterministic: true }, (data: unknown) => {
    const article = parse(data as StoredValue);
    return article.text === null ? compressText(JSON.stringify(article)) : packArticle(article as unknown as Article);
  });
  db.function('tri_pack_analysis', { deterministic: true }, (data: unknown, text: unknown) => {
    const articleText = typeof text === 'string' ? text : null;
    const analysis = unpackAnalysis(parse(data as StoredValue) as unknown as ArticleAnalysis, articleText);
    return compressText(packAnalysis(analysis, articleText));
  });
  db.function('tri_compress', { deterministic: true }, (data: unknown) => (data === null ? null : compressText(storedText(data as StoredValue))));
  db.function('tri_text', { deterministic: true }, (data: unknown) => (data === null ? null : storedText(data as StoredValue)));
  db.function('tri_slice', { deterministic: true }, (text: unknown, start: unknown, end: unknown) =>
    typeof text === 'string' ? text.slice(Number(start), Number(end)) : null,
  );
  db.function('tri_maybe_compress', { deterministic: true }, (data: unknown) => maybeCompressText(storedText(data as StoredValue)));
}

/** The migration that rewrites stored values compact (see migrations.ts). */
const COMPACT_STORAGE = 110;

/**
 * Applies the migrations not yet recorded, each in its own transaction; returns the versions applied and
 * whether the file held no migration when it was opened.
 * Each transaction takes the write lock at its start and looks again whether its migration is recorded, so
 * two processes opening a new file at once apply each migration once (the second waits, then skips it).
 */
function migrate(db: Database.Database, migrations: readonly Migration[]): { applied: number[]; fresh: boolean } {
  const done: number[] = [];
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  const recorded = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    const ran = db.transaction(() => {
      if (recorded.get(m.version)) return false;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      return true;
    }).immediate();
    if (ran) done.push(m.version);
  }
  return { applied: done, fresh: applied.size === 0 };
}

/**
 * After the compact-storage migration has rewritten a store that held data, most of its pages
 * are free: the file is rebuilt once so that it shrinks (later writes reuse free pages anyway).
 */
function shrinkAfterCompacting(db: Database.Database, { applied, fresh }: { applied: readonly number[]; fresh: boolean }): void {
  if (!applied.includes(COMPACT_STORAGE) || fresh) return;
  const pages = db.pragma('page_count', { simple: true }) as number;
  const free = db.pragma('freelist_count', { simple: true }) as number;
  if (free > pages / 4) db.exec('VACUUM');
}

export interface SqliteStoreOptions {
  /**
   * How long a write waits for another process's write lock before it fails, in milliseconds.
   * Linking a batch holds the lock for the batch (about 10 ms an article); five minutes lets a
   * concurrent writer wait out a batch of several thousand articles.
   */
  lockTimeoutMs: number;
}

export const defaultSqliteStoreOptions: SqliteStoreOptions = { lockTimeoutMs: 5 * 60_000 };

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  /** The end of the last `exclusive` call of this connection: calls run one after another. */
  private exclusiveTail: Promise<unknown> = Promise.resolve();
  private readonly lockTimeoutMs: number;

  /**
   * The text of the article this connection stored or read last (one entry: an article's text
   * never changes under its id). Storing or reading its analysis next, as add and story
   * building do, takes the text from here instead of inflating it again.
   */
  private readonly articleText = new Map<string, string>();

  private rememberText(id: string, text: string): string {
    this.articleText.clear();
    this.articleText.set(id, text);
    return text;
  }

  private textOf(id: string, stored: StoredValue): string {
    return this.articleText.get(id) ?? this.rememberText(id, storedText(stored));
  }

  /** Prepared statements by their SQL text: every statement the store runs is prepared once. */
  private readonly statements = new Map<string, Database.Statement>();

  /**
   * Runs a write in a transaction that takes the write lock at its start (BEGIN IMMEDIATE), so
   * it waits for another process's write instead of failing when its first statement reads.
   */
  private write<T>(fn: () => T): T {
    // Inside `exclusive` the write is part of that transaction, which commits all or nothing: no
    // savepoint of its own (each savepoint makes the full-text indexes flush their pending terms).
    if (this.exclusiveDepth > 0 && this.db.inTransaction) return fn();
    return this.db.transaction(fn).immediate();
  }

  /** How many `exclusive` calls of this connection are running (one at most: they run one after another). */
  private exclusiveDepth = 0;

  private sql(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (!stmt) {
      stmt = this.db.prepare(text);
      this.statements.set(text, stmt);
    }
    return stmt;
  }

  /** The file the store is in; null for a store in memory (or a temporary one) that no other connection can open. */
  readonly file: string | null;

  constructor(path: string, options: Partial<SqliteStoreOptions> = {}) {
    this.file = path === '' || path === ':memory:' || path.startsWith('file:') ? null : path;
    this.lockTimeoutMs = options.lockTimeoutMs ?? defaultSqliteStoreOptions.lockTimeoutMs;
    this.db = new Database(path, { timeout: this.lockTimeoutMs });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('synchronous = NORMAL');
    registerFunctions(this.db);
    shrinkAfterCompacting(this.db, migrate(this.db, sqliteMigrations));
  }

  async exclusive<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      try {
        // IMMEDIATE takes the write lock now, waiting up to the busy timeout for other processes.
        this.db.exec('BEGIN IMMEDIATE');
      } catch (e) {
        if ((e as { code?: string }).code === 'SQLITE_BUSY') {
          throw new Error(`the store is busy: another process held its write lock for more than ${Math.round(this.lockTimeoutMs / 1000)} s`);
        }
        throw e;
      }
      this.exclusiveDepth++;
      try {
        const result = await fn(this);
        this.db.exec('COMMIT');
        return result;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw e;
      } finally {
        this.exclusiveDepth--;
      }
    };
    const next = this.exclusiveTail.then(run, run);
    this.exclusiveTail = next.catch(() => undefined);
    return next;
  }

  /** The schema version the file is at. */
  schemaVersion(): number {
    const row = this.sql('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
    return row.v ?? 0;
  }

  async putArticle(article: Article, encoded?: EncodedArticle): Promise<PutResult> {
    const m = article.metadata;
    return this.write((): PutResult => {
      const url = versionKeyUrl(m.url);
      const info = this.insertArticle(article, url, encoded);
      if (info.changes === 0) return 'present';
      // The index only: search reads the title and text back from the articles table.
      this.sql('INSERT INTO search_articles (rowid, article_id, title, body) VALUES (?, ?, ?, ?)').run(info.lastInsertRowid, article.id, m.title?.value ?? '', article.text);
      this.rememberText(article.id, article.text);
      this.supersede(article, url);
      return 'added';
    });
  }

  /** Makes a newly stored article the next version of the latest one with its external id or URL. */
  private supersede(article: Article, url: string | null): void {
    const external = article.externalId ?? null;
    if (external === null && url === null) return;
    const prev = this.sql(
        `SELECT id FROM articles WHERE superseded_by IS NULL AND id <> ?
           AND ((? IS NOT NULL AND external_id = ?) OR (? IS NOT NULL AND url = ?)) ORDER BY seq DESC LIMIT 1`,
      )
      .get(article.id, external, external, url, url) as { id: string } | undefined;
    if (!prev) return;
    this.sql('UPDATE articles SET superseded_by = ? WHERE id = ?').run(article.id, prev.id);
    this.sql('UPDATE articles SET previous_id = ? WHERE id = ?').run(prev.id, article.id);
    this.sql('DELETE FROM story_members WHERE article_id = ?').run(prev.id);
    this.deleteClaims(prev.id);
  }

  async articleVersions(id: string): Promise<ArticleVersion[]> {
    const get = this.sql(`SELECT ${VERSION_COLUMNS} FROM articles WHERE id = ?`);
    return versionChain(id, async (k) => get.get(k) as VersionRow | undefined);
  }

  private insertArticle(article: Article, url: string | null, encoded?: EncodedArticle): Database.RunResult {
    const m = article.metadata;
    return this.sql(
        `INSERT OR IGNORE INTO articles (id, source, title, outlet, published, language, characters, added_at, data, external_id, url, text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        article.id,
        article.source,
        m.title?.value ?? null,
        m.outlet?.value ?? null,
        m.published?.value ?? null,
        m.language?.value ?? null,
        article.text.length,
        new Date().toISOString(),
        encoded ? asBuffer(encoded.data) : packArticle(article),
        article.externalId ?? null,
        url,
        encoded ? asBuffer(encoded.text) : compressText(article.text),
      );
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.sql('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.sql('SELECT data, text FROM articles WHERE id = ?').get(id) as { data: StoredValue; text: StoredValue | null } | undefined;
    return row ? unpackArticle(row.data, row.text === null ? null : this.textOf(id, row.text)) : null;
  }

  async listArticles(options: { limit?: number; offset?: number } = {}): Promise<ArticleSummary[]> {
    const rows = this.sql('SELECT id, source, title, outlet, published, language, characters, added_at FROM articles ORDER BY seq LIMIT ? OFFSET ?')
      .all(options.limit ?? -1, options.offset ?? 0) as ArticleRow[];
    return rows.map(articleSummaryFromRow);
  }

  async countArticles(): Promise<number> {
    return (this.sql('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  }

  /** Removes an article's claims from search (indexed by article: no scan of the index). */
  private deleteClaims(articleId: string): void {
    const seq = (this.sql('SELECT seq FROM articles WHERE id = ?').get(articleId) as { seq: number } | undefined)?.seq;
    if (seq === undefined) return;
    // The index first: it reads the claims' text back from claim_sentences to remove their words.
    this.sql('DELETE FROM search_claims WHERE rowid IN (SELECT id FROM claim_sentences WHERE article_seq = ?)').run(seq);
    this.sql('DELETE FROM claim_sentences WHERE article_seq = ?').run(seq);
  }

  /** The stored text of an article (the latest one stored by this connection from memory). */
  private storedArticleText(articleId: string): { seq: number; text: string } | null {
    const row = this.sql('SELECT seq, text FROM articles WHERE id = ?').get(articleId) as { seq: number; text: StoredValue | null } | undefined;
    if (!row || row.text === null) return null;
    return { seq: row.seq, text: this.textOf(articleId, row.text) };
  }

  async putAnalysis(analysis: ArticleAnalysis, encoded?: EncodedAnalysis): Promise<void> {
    const sentence = this.sql('INSERT INTO claim_sentences (article_seq, span_start, span_end, sentence, subject, origin) VALUES (?, ?, ?, ?, ?, ?)');
    const claim = this.sql('INSERT INTO search_claims (rowid, article_id, span_start, span_end, sentence, subject, origin) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.write(() => {
      const analysedBefore = this.sql('SELECT 1 FROM analyses WHERE article_id = ?').get(analysis.articleId) !== undefined;
      // The analysis of the article's own text is stored without a copy of it, and so are its claims' sentences.
      const stored = this.storedArticleText(analysis.articleId);
      const ownText = stored !== null && stored.text === analysis.text;
      // Packed beside the same text elsewhere: the same bytes as packing it here.
      const data = encoded && stored !== null && stored.text === encoded.articleText ? asBuffer(encoded.data) : compressText(packAnalysis(analysis, stored?.text ?? null));
      this.sql('INSERT OR REPLACE INTO analyses (article_id, data, analysed_at) VALUES (?, ?, ?)')
        .run(analysis.articleId, data, new Date().toISOString());
      if (analysedBefore) this.deleteClaims(analysis.articleId);
      if (stored === null) return;
      for (const c of analysis.claims) {
        const [start, end] = c.sentence;
        const text = analysis.text.slice(start, end);
        const id = sentence.run(stored.seq, start, end, ownText ? null : text, c.subject.value, c.origin.value).lastInsertRowid;
        claim.run(id, analysis.articleId, start, end, text, c.subject.value, c.origin.value);
      }
    });
  }

  async getAnalysis(articleId: string): Promise<ArticleAnalysis | null> {
    const row = this.sql('SELECT n.data AS data, a.text AS text FROM analyses n JOIN articles a ON a.id = n.article_id WHERE n.article_id = ?')
      .get(articleId) as { data: StoredValue; text: StoredValue | null } | undefined;
    if (!row) return null;
    const packed = JSON.parse(storedText(row.data)) as ArticleAnalysis | PackedAnalysis;
    // The article's text is inflated only for an analysis stored without its own.
    return unpackAnalysis(packed, packed.text === null && row.text !== null ? this.textOf(articleId, row.text) : null);
  }

  async putMemberships(memberships: readonly StoryMembership[]): Promise<void> {
    const stmt = this.sql(
      `INSERT INTO story_members (article_id, story_id, rule, score, syndicated_from, similarity, linked_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, rule = excluded.rule, score = excluded.score,
         syndicated_from = excluded.syndicated_from, similarity = excluded.similarity, linked_at = excluded.linked_at`,
    );
    const now = new Date().toISOString();
    this.write(() => {
      for (const m of memberships) stmt.run(m.articleId, m.storyId, m.rule, m.score, m.syndicatedFrom, m.similarity, now);
    });
  }

  async membership(articleId: string): Promise<StoryMembership | null> {
    const row = this.sql('SELECT * FROM story_members WHERE article_id = ?').get(articleId) as MemberRow | undefined;
    return row ? memberFromRow(row) : null;
  }

  async storyMembers(storyId: string): Promise<StoryMembership[]> {
    const rows = this.sql('SELECT m.* FROM story_members m JOIN articles a ON a.id = m.article_id WHERE m.story_id = ? ORDER BY a.seq')
      .all(storyId) as MemberRow[];
    return rows.map(memberFromRow);
  }

  async putStoryMerges(merges: readonly StoryMergeRecord[]): Promise<void> {
    const stmt = this.sql(
      `INSERT INTO story_merges (story_id, into_story_id, via, matched, score, features, article_ids, at, seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM story_merges))
       ON CONFLICT(story_id) DO UPDATE SET into_story_id = excluded.into_story_id, via = excluded.via, matched = excluded.matched,
         score = excluded.score, features = excluded.features, article_ids = excluded.article_ids, at = excluded.at`,
    );
    this.write(() => {
      for (const m of merges) stmt.run(m.storyId, m.intoStoryId, m.via, m.matched, m.score, JSON.stringify(m.features), JSON.stringify(m.articleIds), m.at);
    });
  }

  async clearStoryMerges(): Promise<void> {
    this.write(() => this.sql('DELETE FROM story_merges').run());
  }

  async storyMerges(intoStoryId: string): Promise<StoryMergeRecord[]> {
    const rows = this.sql('SELECT * FROM story_merges WHERE into_story_id = ? ORDER BY seq').all(intoStoryId) as MergeRow[];
    return rows.map((r) => ({ storyId: r.story_id, intoStoryId: r.into_story_id, via: r.via, matched: r.matched, score: r.score, features: JSON.parse(r.features) as string[], articleIds: JSON.parse(r.article_ids) as string[], at: r.at }));
  }

  async listStories(): Promise<StorySummary[]> {
    const rows = this.sql(
        `SELECT m.story_id AS story_id, a.id AS id, a.published AS published, a.outlet AS outlet, a.title AS title
         FROM story_members m JOIN articles a ON a.id = m.article_id ORDER BY a.seq`,
      )
      .all() as StoryArticleRow[];
    return summariseStories(rows);
  }

  async getState(name: string): Promise<string | null> {
    const row = this.sql('SELECT data FROM link_state WHERE name = ?').get(name) as { data: string } | undefined;
    return row?.data ?? null;
  }

  async putState(name: string, data: string): Promise<void> {
    this.sql('INSERT INTO link_state (name, data, saved_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at')
      .run(name, data, new Date().toISOString());
  }

  async putStateParts(name: string, parts: readonly string[]): Promise<void> {
    const now = new Date().toISOString();
    const put = this.sql('INSERT OR REPLACE INTO link_state (name, data, saved_at) VALUES (?, ?, ?)');
    this.write(() => {
      const before = this.sql('SELECT data FROM link_state WHERE name = ?').get(name) as { data: string } | undefined;
      const old = partCount(before?.data);
      for (let i = parts.length; i < old; i++) this.sql('DELETE FROM link_state WHERE name = ?').run(`${name}#${i}`);
      parts.forEach((p, i) => put.run(`${name}#${i}`, p, now));
      put.run(name, JSON.stringify({ parts: parts.length, saved: randomUUID() }), now);
    });
  }

  async getStateParts(name: string): Promise<string[] | null> {
    const head = this.sql('SELECT data FROM link_state WHERE name = ?').get(name) as { data: string } | undefined;
    const n = partCount(head?.data);
    if (n === 0) return null;
    const get = this.sql('SELECT data FROM link_state WHERE name = ?');
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const row = get.get(`${name}#${i}`) as { data: string } | undefined;
      if (!row) throw new Error(`state ${name}: part ${i} of ${n} is missing`);
      parts.push(row.data);
    }
    return parts;
  }

  async putStateRows(name: string, rows: readonly StateRow[]): Promise<void> {
    if (rows.length === 0) return;
    const put = this.sql('INSERT INTO link_rows (name, key, data) VALUES (?, ?, ?) ON CONFLICT(name, key) DO UPDATE SET data = excluded.data');
    this.write(() => {
      for (const r of rows) put.run(name, r.key, maybeCompressText(r.data));
    });
  }

  async getStateRows(name: string, after: number, limit: number): Promise<PositionedStateRow[]> {
    const rows = this.sql('SELECT rowid AS at, key, data FROM link_rows WHERE name = ? AND rowid > ? ORDER BY rowid LIMIT ?').all(name, after, limit) as { at: number; key: string; data: StoredValue }[];
    return rows.map((r) => ({ at: r.at, key: r.key, data: storedText(r.data) }));
  }

  async deleteStateRows(name: string): Promise<void> {
    this.sql('DELETE FROM link_rows WHERE name = ?').run(name);
  }

  readonly stateRowNow = (name: string, key: string): string | null => {
    const row = this.sql('SELECT data FROM link_rows WHERE name = ? AND key = ?').get(name, key) as { data: StoredValue } | undefined;
    return row === undefined ? null : storedText(row.data);
  };

  async search(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    const match = ftsExpression(query);
    const limit = Math.max(1, Math.min(options.limit ?? 20, 1000));
    const external = this.sql('SELECT id FROM articles WHERE external_id = ? ORDER BY seq LIMIT ?').all(query.trim(), limit) as { id: string }[];
    if (match === null) return withExternalIdHits(query, external.map((r) => r.id), []);
    // bm25 is lower-is-better; titles weigh ten times the body, sentences twice subjects and origins.
    // Ranked first from the index alone; the text (read back from the articles) only for the hits kept.
    // The rowid is bound as an integer: FTS5 ignores a `rowid = ?` bound to a JavaScript number (a REAL).
    const ranked = this.sql('SELECT rowid AS id, -bm25(search_articles, 0, 10.0, 1.0) AS rank FROM search_articles WHERE search_articles MATCH ? ORDER BY bm25(search_articles, 0, 10.0, 1.0) LIMIT ?')
      .all(match, limit) as { id: number; rank: number }[];
    const articleHit = this.sql(
      `SELECT article_id, snippet(search_articles, 2, '«', '»', '…', 16) AS body, snippet(search_articles, 1, '«', '»', '…', 16) AS title
       FROM search_articles WHERE search_articles MATCH ? AND rowid = ?`,
    );
    const articles = ranked.flatMap((r) => {
      const row = articleHit.get(match, BigInt(r.id)) as { article_id: string; body: string; title: string } | undefined;
      return row ? [{ ...row, rank: r.rank }] : [];
    });
    const rankedClaims = this.sql('SELECT rowid AS id, -bm25(search_claims, 0, 0, 0, 2.0, 1.0, 1.0) AS rank FROM search_claims WHERE search_claims MATCH ? ORDER BY bm25(search_claims, 0, 0, 0, 2.0, 1.0, 1.0) LIMIT ?')
      .all(match, limit) as { id: number; rank: number }[];
    const claimHit = this.sql(
      `SELECT article_id, span_start, span_end, snippet(search_claims, 3, '«', '»', '…', 24) AS snippet
       FROM search_claims WHERE search_claims MATCH ? AND rowid = ?`,
    );
    const claims = rankedClaims.flatMap((r) => {
      const row = claimHit.get(match, BigInt(r.id)) as { article_id: string; span_start: number; span_end: number; snippet: string } | undefined;
      return row ? [{ ...row, rank: r.rank }] : [];
    });
    const hits: SearchHit[] = articles.map((r) => ({ kind: 'article' as const, articleId: r.article_id, rank: r.rank, snippet: r.body.includes('«') ? r.body : r.title }));
    // A sentence holding several claims is one hit (the rows come best first).
    const seen = new Set<string>();
    for (const r of claims) {
      const key = `${r.article_id}:${r.span_start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push({ kind: 'claim', articleId: r.article_id, rank: r.rank, snippet: r.snippet, span: [r.span_start, r.span_end] });
    }
    return withExternalIdHits(query, external.map((r) => r.id), hits.sort((a, b) => b.rank - a.rank)).slice(0, limit);
  }

  async putEvents(events: readonly StoredEvent[]): Promise<string[]> {
    const stmt = this.sql('INSERT OR IGNORE INTO events (key, story_id, kind, at, data) VALUES (?, ?, ?, ?, ?)');
    return this.write((): string[] => {
      const stored: string[] = [];
      for (const e of events) if (stmt.run(e.key, e.storyId, e.kind, new Date(e.at).toISOString(), JSON.stringify(e.data)).changes > 0) stored.push(e.key);
      return stored;
    });
  }

  async getStorySnapshot(storyId: string, signature: string): Promise<string | null> {
    const row = this.sql('SELECT body FROM story_snapshots WHERE story_id = ? AND signature = ?').get(storyId, signature) as { body: StoredValue } | undefined;
    return row ? storedText(row.body) : null;
  }

  async storySnapshotSignature(storyId: string): Promise<string | null> {
    const row = this.sql('SELECT signature FROM story_snapshots WHERE story_id = ?').get(storyId) as { signature: string } | undefined;
    return row?.signature ?? null;
  }

  async putStorySnapshot(storyId: string, signature: string, body: string): Promise<void> {
    this.putEncodedStorySnapshot(storyId, signature, compressText(body));
  }

  /** Keeps a story's snapshot already in its stored form (`encodeSnapshot` of its body, made on another thread). */
  putEncodedStorySnapshot(storyId: string, signature: string, encoded: Uint8Array): void {
    this.sql(
        `INSERT INTO story_snapshots (story_id, signature, built_at, body) VALUES (?, ?, ?, ?)
         ON CONFLICT (story_id) DO UPDATE SET signature = excluded.signature, built_at = excluded.built_at, body = excluded.body`,
      )
      .run(storyId, signature, new Date().toISOString(), asBuffer(encoded));
  }

  async listEvents(storyId: string, options: { limit?: number } = {}): Promise<StoredEvent[]> {
    const rows = this.sql('SELECT key, story_id, kind, at, data FROM events WHERE story_id = ? ORDER BY at DESC, seq DESC LIMIT ?')
      .all(storyId, options.limit ?? -1) as { key: string; story_id: string; kind: string; at: string; data: string }[];
    return rows.map((r) => ({ key: r.key, storyId: r.story_id, kind: r.kind, at: r.at, data: JSON.parse(r.data) as unknown }));
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
