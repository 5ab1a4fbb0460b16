// Public face of persistence: the Store interface and how to open one from a location.
import { SqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export type { Store, ArticleSummary, PutResult, StoryMembership, StorySummary } from './store.js';
export { SqliteStore } from './sqlite.js';

/** The store used when none is named. */
export const DEFAULT_DB = './triangulate.db';

/** Opens the store at a location: a file path (SQLite). */
export async function openStore(location: string = DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new Error('PostgreSQL stores are not available in this version; use an SQLite file path');
  }
  return new SqliteStore(location);
}
