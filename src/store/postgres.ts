// The server store: PostgreSQL through node-postgres, with versioned migrations, full-text search and transactions.
import { packAnalysis, unpackAnalysis } from './analysis-codec.js';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Article } from '../model/index.js';
import type { ArticleAnalysis } from '../model/analysis.js';
import { postgresMigrations, type Migration } from './postgres-migrations.js';
import { withExternalIdHits } from './fts-query.js';
import type { ArticleSummary, ArticleVersion, PositionedStateRow, PutResult, SearchHit, StateRow, Store, StoredEvent, StoryMembership, StoryMergeRecord, StorySummary } from './store.js';
import { articleSummaryFromRow, memberFromRow, partCount, type ArticleRow, summariseStories, type MemberRow, type StoryArticleRow, VERSION_COLUMNS, versionChain, versionKeyUrl, type VersionRow } from './rows.js';

/** Something that runs SQL: the pool, or one client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

export interface PostgresStoreOptions {
  /** Schema to keep the tables in (created when absent); the connection's default when unset. */
  schema?: string;
  /** Most connections the pool opens (node-postgres default 10). */
  maxConnections?: number;
}

/** Key of the advisory lock that lets one process at a time link (embedded runs and queue workers alike). */
export const LINK_LOCK = '7599311427108450305';

/** How long `exclusive` waits for the link lock before it fails; a queue worker's link step holds it for one run of items. */
const LINK_LOCK_TIMEOUT = '5min';

/** Key of the advisory lock that serialises migrations between processes opening one database. */
const MIGRATION_LOCK = 0x7472_6961_6e67_01n;

/** Characters of an article's text that go into its search vector (tsvector holds at most 1 MB). */
const SEARCH_CHARS = 200_000;

/** PostgreSQL text cannot hold NUL characters; the JSON copy keeps them (escaped). */
function noNul<T extends string | null>(s: T): T {
  return (s === null ? null : s.replace(/\u0000/g, '')) as T;
}

function ignore(): void {}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Applies the migrations not yet recorded, each in its own transaction, under an advisory lock. */
async function migrate(pool: pg.Pool, migrations: readonly Migration[], schema?: string): Promise<void> {
  const client = await pool.connect();
  client.on('error', ignore);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK.toString()]);
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK.toString()]).catch(ignore);
    client.off('error', ignore);
    client.release();
  }
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;

  private constructor(
    /** Where queries go: the pool, or the client of the transaction this store is bound to. */
    readonly db: Queryable,
    private readonly pool: pg.Pool,
    private readonly inTransaction: boolean,
  ) {}

  /** Connects, creates the schema when asked, and migrates the database to the latest version. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections,
      options: options.schema ? `-c search_path=${quoteIdent(options.schema)}` : undefined,
    });
    // An idle connection dropped by a server restart is discarded; the next query reconnects.
    pool.on('error', () => undefined);
    try {
      await migrate(pool, postgresMigrations, options.schema);
    } catch (e) {
      await pool.end();
      throw e;
    }
    return new PostgresStore(pool, pool, false);
  }

  /** Runs fn with a store bound to one transaction; commits when it resolves, rolls back when it throws. */
  async transaction<T>(fn: (tx: PostgresStore) => Promise<T>): Promise<T> {
    if (this.inTransaction) return fn(this);
    const client = await this.pool.connect();
    // A connection lost between statements (a server restart) surfaces as the next query's error.
    client.on('error', ignore);
    let failed = false;
    try {
      await client.query('BEGIN');
      const result = await fn(new PostgresStore(client, this.pool, true));
      await client.query('COMMIT');
      return result;
    } catch (e) {
      failed = true;
      await client.query('ROLLBACK').catch(ignore);
      throw e;
    } finally {
      client.off('error', ignore);
      // After an error the connection may be gone: it is closed rather than reused.
      client.release(failed);
    }
  }

  async exclusive<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    return this.transaction(async (tx) => {
      await tx.db.query(`SET LOCAL lock_timeout = '${LINK_LOCK_TIMEOUT}'`);
      await tx.db.query('SELECT pg_advisory_xact_lock($1)', [LINK_LOCK]);
      await tx.db.query('SET LOCAL lock_timeout = 0');
      return fn(tx);
    });
  }

  /** The schema version the database is at. */
  async schemaVersion(): Promise<number> {
    const { rows } = await this.db.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
    return rows[0]?.v ?? 0;
  }

  async putArticle(article: Article): Promise<PutResult> {
    if (!this.inTransaction) return this.transaction((tx) => tx.putArticle(article));
    const m = article.metadata;
    const url = versionKeyUrl(m.url);
    const external = article.externalId ?? null;
    const result = await this.db.query(
      `INSERT INTO articles (id, source, title, outlet, published, language, characters, data, search, external_id, url)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
         setweight(to_tsvector('english', coalesce($3, '')), 'A') || setweight(to_tsvector('english', $9), 'B'), $10, $11)
       ON CONFLICT (id) DO NOTHING`,
      [
        article.id,
        noNul(article.source),
        noNul(m.title?.value ?? null),
        noNul(m.outlet?.value ?? null),
        noNul(m.published?.value ?? null),
        noNul(m.language?.value ?? null),
        article.text.length,
        JSON.stringify(article),
        noNul(article.text.slice(0, SEARCH_CHARS)),
        external === null ? null : noNul(external),
        url === null ? null : noNul(url),
      ],
    );
    if ((result.rowCount ?? 0) === 0) return 'present';
    if (external !== null || url !== null) await this.supersede(article.id, external === null ? null : noNul(external), url === null ? null : noNul(url));
    return 'added';
  }

  /** Makes a newly stored article the next version of the latest one with its external id or URL (inside putArticle's transaction). */
  private async supersede(id: string, external: string | null, url: string | null): Promise<void> {
    const { rows } = await this.db.query<{ id: string }>(
      `SELECT id FROM articles WHERE superseded_by IS NULL AND id <> $1
         AND (($2::text IS NOT NULL AND external_id = $2) OR ($3::text IS NOT NULL AND url = $3)) ORDER BY seq DESC LIMIT 1 FOR UPDATE`,
      [id, external, url],
    );
    const prev = rows[0]?.id;
    if (prev === undefined) return;
    await this.db.query('UPDATE articles SET superseded_by = $1 WHERE id = $2', [id, prev]);
    await this.db.query('UPDATE articles SET previous_id = $1 WHERE id = $2', [prev, id]);
    await this.db.query('DELETE FROM story_members WHERE article_id = $1', [prev]);
    await this.db.query('DELETE FROM search_claims WHERE article_id = $1', [prev]);
  }

  async articleVersions(id: string): Promise<ArticleVersion[]> {
    return versionChain(id, async (k) => (await this.db.query<VersionRow>(`SELECT ${VERSION_COLUMNS} FROM articles WHERE id = $1`, [k])).rows[0]);
  }

  async hasArticle(id: string): Promise<boolean> {
    const { rowCount } = await this.db.query('SELECT 1 FROM articles WHERE id = $1', [id]);
    return (rowCount ?? 0) > 0;
  }

  async getArticle(id: string): Promise<Article | null> {
    const { rows } = await this.db.query<{ data: Article }>('SELECT data FROM articles WHERE id = $1', [id]);
    return rows[0]?.data ?? null;
  }

  async listArticles(options: { limit?: number; offset?: number } = {}): Promise<ArticleSummary[]> {
    const { rows } = await this.db.query<ArticleRow>(
      'SELECT id, source, title, outlet, published, language, characters, added_at FROM articles ORDER BY seq LIMIT $1 OFFSET $2',
      [options.limit ?? null, options.offset ?? 0],
    );
    return rows.map(articleSummaryFromRow);
  }

  async countArticles(): Promise<number> {
    const { rows } = await this.db.query<{ n: string }>('SELECT COUNT(*) AS n FROM articles');
    return Number(rows[0]?.n ?? 0);
  }

  async putAnalysis(analysis: ArticleAnalysis): Promise<void> {
    // Claim sentences for search: one row per sentence, its subjects and origins weighted below its words.
    const sentences = new Map<number, { end: number; words: string[] }>();
    for (const c of analysis.claims) {
      const [start, end] = c.sentence;
      const row = sentences.get(start) ?? { end, words: [] };
      row.words.push(c.subject.value, c.origin.value);
      sentences.set(start, row);
    }
    const starts = [...sentences.keys()];
    const write = async (tx: PostgresStore): Promise<void> => {
      await tx.db.query(
        `INSERT INTO analyses (article_id, data, analysed_at) VALUES ($1, $2, now())
         ON CONFLICT (article_id) DO UPDATE SET data = excluded.data, analysed_at = excluded.analysed_at`,
        [analysis.articleId, packAnalysis(analysis)],
      );
      await tx.db.query('DELETE FROM search_claims WHERE article_id = $1', [analysis.articleId]);
      if (starts.length === 0) return;
      await tx.db.query(
        `INSERT INTO search_claims (article_id, span_start, span_end, sentence, search)
         SELECT $1, s, e, t, setweight(to_tsvector('english', t), 'A') || setweight(to_tsvector('english', w), 'B')
         FROM unnest($2::int[], $3::int[], $4::text[], $5::text[]) AS x(s, e, t, w)`,
        [
          analysis.articleId,
          starts,
          starts.map((k) => sentences.get(k)!.end),
          starts.map((k) => noNul(analysis.text.slice(k, sentences.get(k)!.end))),
          starts.map((k) => noNul(sentences.get(k)!.words.join(' '))),
        ],
      );
    };
    await this.transaction(write);
  }

  async getAnalysis(articleId: string): Promise<ArticleAnalysis | null> {
    const { rows } = await this.db.query<{ data: ArticleAnalysis }>('SELECT data FROM analyses WHERE article_id = $1', [articleId]);
    return rows[0] ? unpackAnalysis(rows[0].data) : null;
  }

  async putMemberships(memberships: readonly StoryMembership[]): Promise<void> {
    if (memberships.length === 0) return;
    // One statement, so all or none are written; a moved article keeps its place in link order.
    await this.db.query(
      `INSERT INTO story_members (article_id, story_id, rule, score, syndicated_from, similarity)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::text[], $6::float8[])
       ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, rule = excluded.rule, score = excluded.score,
         syndicated_from = excluded.syndicated_from, similarity = excluded.similarity, linked_at = now()`,
      [
        memberships.map((m) => m.articleId),
        memberships.map((m) => m.storyId),
        memberships.map((m) => m.rule),
        memberships.map((m) => m.score),
        memberships.map((m) => m.syndicatedFrom),
        memberships.map((m) => m.similarity),
      ],
    );
  }

  async membership(articleId: string): Promise<StoryMembership | null> {
    const { rows } = await this.db.query<MemberRow>('SELECT * FROM story_members WHERE article_id = $1', [articleId]);
    return rows[0] ? memberFromRow(rows[0]) : null;
  }

  async storyMembers(storyId: string): Promise<StoryMembership[]> {
    const { rows } = await this.db.query<MemberRow>('SELECT * FROM story_members WHERE story_id = $1 ORDER BY link_seq', [storyId]);
    return rows.map(memberFromRow);
  }

  async putStoryMerges(merges: readonly StoryMergeRecord[]): Promise<void> {
    if (merges.length === 0) return;
    await this.db.query(
      `INSERT INTO story_merges (story_id, into_story_id, via, matched, score, features, article_ids, at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::json[], $7::json[], $8::text[])
       ON CONFLICT (story_id) DO UPDATE SET into_story_id = excluded.into_story_id, via = excluded.via, matched = excluded.matched,
         score = excluded.score, features = excluded.features, article_ids = excluded.article_ids, at = excluded.at`,
      [
        merges.map((m) => m.storyId),
        merges.map((m) => m.intoStoryId),
        merges.map((m) => m.via),
        merges.map((m) => m.matched),
        merges.map((m) => m.score),
        merges.map((m) => JSON.stringify(m.features)),
        merges.map((m) => JSON.stringify(m.articleIds)),
        merges.map((m) => m.at),
      ],
    );
  }

  async clearStoryMerges(): Promise<void> {
    await this.db.query('DELETE FROM story_merges');
  }

  async storyMerges(intoStoryId: string): Promise<StoryMergeRecord[]> {
    const { rows } = await this.db.query<{ story_id: string; into_story_id: string; via: string; matched: string; score: number; features: string[]; article_ids: string[]; at: string | null }>(
      'SELECT story_id, into_story_id, via, matched, score, features, article_ids, at FROM story_merges WHERE into_story_id = $1 ORDER BY seq',
      [intoStoryId],
    );
    return rows.map((r) => ({ storyId: r.story_id, intoStoryId: r.into_story_id, via: r.via, matched: r.matched, score: r.score, features: r.features, articleIds: r.article_ids, at: r.at }));
  }

  async listStories(): Promise<StorySummary[]> {
    const { rows } = await this.db.query<StoryArticleRow>(
      `SELECT m.story_id, a.id, a.published, a.outlet, a.title
       FROM story_members m JOIN articles a ON a.id = m.article_id ORDER BY m.link_seq`,
    );
    return summariseStories(rows);
  }

  async getState(name: string): Promise<string | null> {
    const { rows } = await this.db.query<{ data: string }>('SELECT data FROM link_state WHERE name = $1', [name]);
    return rows[0]?.data ?? null;
  }

  async putState(name: string, data: string): Promise<void> {
    await this.db.query(
      `INSERT INTO link_state (name, data, saved_at) VALUES ($1, $2, now())
       ON CONFLICT (name) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at`,
      [name, data],
    );
  }

  async putStateParts(name: string, parts: readonly string[]): Promise<void> {
    await this.transaction(async (tx) => {
      const before = await tx.db.query<{ data: string }>('SELECT data FROM link_state WHERE name = $1 FOR UPDATE', [name]);
      const old = partCount(before.rows[0]?.data);
      if (old > parts.length) {
        const stale = Array.from({ length: old - parts.length }, (_, k) => `${name}#${parts.length + k}`);
        await tx.db.query('DELETE FROM link_state WHERE name = ANY($1)', [stale]);
      }
      for (const [i, p] of [...parts.entries(), [-1, JSON.stringify({ parts: parts.length, saved: randomUUID() })] as const]) {
        await tx.db.query(
          `INSERT INTO link_state (name, data, saved_at) VALUES ($1, $2, now())
           ON CONFLICT (name) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at`,
          [i < 0 ? name : `${name}#${i}`, p],
        );
      }
    });
  }

  async getStateParts(name: string): Promise<string[] | null> {
    const head = await this.db.query<{ data: string }>('SELECT data FROM link_state WHERE name = $1', [name]);
    const n = partCount(head.rows[0]?.data);
    if (n === 0) return null;
    const names = Array.from({ length: n }, (_, i) => `${name}#${i}`);
    const { rows } = await this.db.query<{ name: string; data: string }>('SELECT name, data FROM link_state WHERE name = ANY($1)', [names]);
    const byName = new Map(rows.map((r) => [r.name, r.data]));
    return names.map((k, i) => {
      const p = byName.get(k);
      if (p === undefined) throw new Error(`state ${name}: part ${i} of ${n} is missing`);
      return p;
    });
  }

  async putStateRows(name: string, rows: readonly StateRow[]): Promise<void> {
    if (rows.length === 0) return;
    // One statement may not touch a row twice: the last row of a key wins.
    const last = new Map<string, string>();
    for (const r of rows) {
      last.delete(r.key);
      last.set(r.key, noNul(r.data));
    }
    const keys = [...last.keys()];
    const data = [...last.values()];
    await this.transaction(async (tx) => {
      for (let i = 0; i < keys.length; i += 5000) {
        await tx.db.query(
          `INSERT INTO link_rows (name, key, data)
           SELECT $1, k, d FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(k, d, n) ORDER BY n
           ON CONFLICT (name, key) DO UPDATE SET data = excluded.data`,
          [name, keys.slice(i, i + 5000), data.slice(i, i + 5000)],
        );
      }
    });
  }

  async getStateRows(name: string, after: number, limit: number): Promise<PositionedStateRow[]> {
    const { rows } = await this.db.query<{ at: string; key: string; data: string }>(
      'SELECT seq AS at, key, data FROM link_rows WHERE name = $1 AND seq > $2 ORDER BY seq LIMIT $3',
      [name, after, limit],
    );
    return rows.map((r) => ({ at: Number(r.at), key: r.key, data: r.data }));
  }

  async deleteStateRows(name: string): Promise<void> {
    await this.db.query('DELETE FROM link_rows WHERE name = $1', [name]);
  }

  /** Articles and claim sentences matching a web-search style query (words, "phrases", -not, or), best first. */
  async search(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    if (query.trim().length === 0) return [];
    const limit = Math.max(1, Math.min(options.limit ?? 20, 1000));
    const external = await this.db.query<{ id: string }>('SELECT id FROM articles WHERE external_id = $1 ORDER BY seq LIMIT $2', [noNul(query.trim()), limit]);
    const headline = `'StartSel=«, StopSel=», MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "'`;
    // A NUL character (escaped in the JSON) cannot be read out as text: such an article's snippet comes from its title.
    const articles = await this.db.query<{ id: string; snippet: string; rank: number }>(
      `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
       hits AS (
         SELECT a.id, a.seq, a.title, a.data, ts_rank_cd(a.search, q.q) AS rank
         FROM articles a, q WHERE a.search @@ q.q ORDER BY rank DESC, a.seq LIMIT $2
       )
       SELECT hits.id, hits.rank::float8 AS rank,
         ts_headline('english', left(CASE WHEN strpos(hits.data::text, '\\u0000') = 0 THEN hits.data ->> 'text' ELSE hits.title END, ${SEARCH_CHARS}), q.q, ${headline}) AS snippet
       FROM hits, q ORDER BY hits.rank DESC, hits.seq`,
      [query, limit],
    );
    const claims = await this.db.query<{ article_id: string; span_start: number; span_end: number; snippet: string; rank: number }>(
      `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q)
       SELECT c.article_id, c.span_start, c.span_end, ts_rank_cd(c.search, q.q)::float8 AS rank,
         ts_headline('english', c.sentence, q.q, ${headline}) AS snippet
       FROM search_claims c, q WHERE c.search @@ q.q ORDER BY rank DESC, c.article_id, c.span_start LIMIT $2`,
      [query, limit],
    );
    const hits: SearchHit[] = articles.rows.map((r) => ({ kind: 'article' as const, articleId: r.id, snippet: r.snippet, rank: r.rank }));
    for (const r of claims.rows) hits.push({ kind: 'claim', articleId: r.article_id, snippet: r.snippet, rank: r.rank, span: [r.span_start, r.span_end] });
    // A stable sort: ties keep articles before claims, each in their query's order.
    return withExternalIdHits(query, external.rows.map((r) => r.id), hits.sort((a, b) => b.rank - a.rank)).slice(0, limit);
  }

  async putEvents(events: readonly StoredEvent[]): Promise<string[]> {
    if (events.length === 0) return [];
    // One statement: all or none; a key given twice in one call is stored once (the first).
    const { rows } = await this.db.query<{ key: string }>(
      `INSERT INTO events (key, story_id, kind, at, data)
       SELECT k, s, kd, a, d FROM (
         SELECT DISTINCT ON (k) k, s, kd, a, d, o FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::json[]) WITH ORDINALITY AS x(k, s, kd, a, d, o)
         ORDER BY k, o
       ) y ORDER BY o
       ON CONFLICT (key) DO NOTHING RETURNING key`,
      [
        events.map((e) => e.key),
        events.map((e) => e.storyId),
        events.map((e) => e.kind),
        events.map((e) => new Date(e.at).toISOString()),
        events.map((e) => JSON.stringify(e.data)),
      ],
    );
    const stored = new Set(rows.map((r) => r.key));
    return [...new Set(events.map((e) => e.key))].filter((k) => stored.has(k));
  }

  async getStorySnapshot(storyId: string, signature: string): Promise<string | null> {
    const { rows } = await this.db.query<{ body: string }>('SELECT body FROM story_snapshots WHERE story_id = $1 AND signature = $2', [storyId, signature]);
    return rows[0]?.body ?? null;
  }

  async storySnapshotSignature(storyId: string): Promise<string | null> {
    const { rows } = await this.db.query<{ signature: string }>('SELECT signature FROM story_snapshots WHERE story_id = $1', [storyId]);
    return rows[0]?.signature ?? null;
  }

  async putStorySnapshot(storyId: string, signature: string, body: string): Promise<void> {
    await this.db.query(
      `INSERT INTO story_snapshots (story_id, signature, body) VALUES ($1, $2, $3)
       ON CONFLICT (story_id) DO UPDATE SET signature = EXCLUDED.signature, built_at = now(), body = EXCLUDED.body`,
      [storyId, signature, body],
    );
  }

  async listEvents(storyId: string, options: { limit?: number } = {}): Promise<StoredEvent[]> {
    const { rows } = await this.db.query<{ key: string; story_id: string; kind: string; at: Date; data: unknown }>(
      'SELECT key, story_id, kind, at, data FROM events WHERE story_id = $1 ORDER BY at DESC, seq DESC LIMIT $2',
      [storyId, options.limit ?? null],
    );
    return rows.map((r) => ({ key: r.key, storyId: r.story_id, kind: r.kind, at: r.at.toISOString(), data: r.data }));
  }

  async close(): Promise<void> {
    if (!this.inTransaction) await this.pool.end();
  }
}
