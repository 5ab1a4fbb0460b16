// Public face of persistence: the Store interface and how to open one from a location.
import { SqliteStore } from './sqlite.js';
import { PostgresStore } from './postgres.js';
import type { Store } from './store.js';

export type { ArticleSummary, ArticleVersion, PositionedStateRow, PutResult, StateRow, Store, StoredEvent, StoryMembership, StoryMergeRecord, StorySummary } from './store.js';
export { decodeAnalysis, encodeAnalysis, encodeArticle, type EncodedAnalysis, type EncodedArticle } from './encoded.js';
export { versionKeyUrl } from './rows.js';
export { SqliteStore, defaultSqliteStoreOptions, type SqliteStoreOptions } from './sqlite.js';
export { PostgresStore, LINK_LOCK, type PostgresStoreOptions, type Queryable } from './postgres.js';

/** The store used when none is named. */
export const DEFAULT_DB = './triangulate.db';

/** Whether a location names a PostgreSQL database (a postgres:// or postgresql:// URL). */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens the store at a location: a postgres:// URL (PostgreSQL, migrated on open) or a file
 * path (SQLite). With no location, DATABASE_URL names a PostgreSQL database when set.
 */
export async function openStore(location?: string): Promise<Store> {
  const where = location ?? process.env.DATABASE_URL ?? DEFAULT_DB;
  if (isPostgresUrl(where)) return PostgresStore.open(where);
  return new SqliteStore(where);
}
