// The Store interface: what every persistence backend (SQLite embedded, PostgreSQL later) offers the pipeline.
import type { Article } from '../model/index.js';
import type { StoryMergeNote } from '../model/dossier.js';
import type { ArticleAnalysis, Span } from '../model/analysis.js';
import type { EncodedAnalysis, EncodedArticle } from './encoded.js';

/** One line of an article listing. */
export interface ArticleSummary {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  characters: number;
  addedAt: string;
}

export type PutResult = 'added' | 'present';

/**
 * One version of an article. Content with the external id or the URL of a stored article
 * (and a new content id) is a new version of it: both are kept, the latest is the one in stories.
 */
export interface ArticleVersion {
  id: string;
  externalId: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  characters: number;
  addedAt: string;
}

/** One row of a state kept row by row. */
export interface StateRow {
  key: string;
  data: string;
}

/** A state row with its position, to read the next rows after it. */
export interface PositionedStateRow extends StateRow {
  at: number;
}

/** Where the linker placed an article. */
export interface StoryMembership {
  articleId: string;
  storyId: string;
  rule: string;
  score: number;
  syndicatedFrom: string | null;
  similarity: number | null;
}

/** A story folded into another by a bridging article, as stored. */
export type StoryMergeRecord = StoryMergeNote;

export interface StorySummary {
  id: string;
  articleIds: string[];
  from: string | null;
  to: string | null;
  outlets: string[];
  title: string | null;
}

/**
 * One full-text search hit, best first by rank (higher is better). The snippet marks matched
 * words with «». `kind` says what matched: the article (title or text), or one of its claims
 * (then `span` is the claim's sentence in the article text); absent means the article.
 */
export interface SearchHit {
  articleId: string;
  snippet: string;
  rank: number;
  kind?: 'article' | 'claim';
  span?: Span;
}

/**
 * A change event of a story (see src/watch/events.ts), stored once by its key. `data` is the
 * whole event as JSON; `at` is when it was detected (ISO 8601, stored to the millisecond).
 */
export interface StoredEvent {
  key: string;
  storyId: string;
  kind: string;
  at: string;
  data: unknown;
}

/**
 * Persistence behind one narrow, asynchronous interface so that callers never know which
 * database holds their data. Writes are idempotent by content id.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Stores an article unless one with its id is already stored. When a stored article that is
   * the latest of its versions has the same external id or URL (see `versionKeyUrl`), the new
   * one becomes its next version: the earlier one leaves its story and its claims leave search.
   */
  putArticle(article: Article, encoded?: EncodedArticle): Promise<PutResult>;
  /** Every version of the article's chain, oldest first; empty when the id is not stored. */
  articleVersions(id: string): Promise<ArticleVersion[]>;
  hasArticle(id: string): Promise<boolean>;
  getArticle(id: string): Promise<Article | null>;
  /** Articles in the order they were added, oldest first. */
  listArticles(options?: { limit?: number; offset?: number }): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  /**
   * Stores (or replaces) the analysis of a stored article. `encoded`, made by `encodeArticle`
   * and `encodeAnalysis` from the same values (on another thread), saves a store that keeps
   * that form from making it again; other stores ignore it.
   */
  putAnalysis(analysis: ArticleAnalysis, encoded?: EncodedAnalysis): Promise<void>;
  getAnalysis(articleId: string): Promise<ArticleAnalysis | null>;
  /** Records (or moves) articles' story memberships; all or none are written. */
  putMemberships(memberships: readonly StoryMembership[]): Promise<void>;
  membership(articleId: string): Promise<StoryMembership | null>;
  storyMembers(storyId: string): Promise<StoryMembership[]>;
  /** Records story merges (one per merged story id: linking the same merge again replaces it). */
  putStoryMerges(merges: readonly StoryMergeRecord[]): Promise<void>;
  /** Forgets every recorded merge (before the store is linked anew from the start). */
  clearStoryMerges(): Promise<void>;
  /** The merges into the story, oldest first. */
  storyMerges(intoStoryId: string): Promise<StoryMergeRecord[]>;
  /** Stories with their members, largest first. */
  listStories(): Promise<StorySummary[]>;
  /** Named serialised state (the linker's indexes), or null. */
  getState(name: string): Promise<string | null>;
  putState(name: string, data: string): Promise<void>;
  /**
   * Keeps a named state too large for one string as several parts, replacing every part of the
   * value before at once (`name` holds the count and an id new at every save, `name#0`... the
   * parts). Written in one transaction.
   */
  putStateParts(name: string, parts: readonly string[]): Promise<void>;
  /** The parts of a state kept by putStateParts, in order; null when there is none. */
  getStateParts(name: string): Promise<string[] | null>;
  /**
   * Writes rows of a named table of state (the linker's documents, stories...), replacing a
   * row with the same key in place: rows read back in the order their keys were first written.
   * Written in one transaction (the caller's, inside `exclusive`).
   */
  putStateRows(name: string, rows: readonly StateRow[]): Promise<void>;
  /** Up to `limit` rows of a named state table after position `after` (0 for the first), in the order first written. */
  getStateRows(name: string, after: number, limit: number): Promise<PositionedStateRow[]>;
  /** Removes every row of a named state table. */
  deleteStateRows(name: string): Promise<void>;
  /**
   * One row of a named state table by its key, read at once (in the transaction of `exclusive`
   * when called inside it), or null. Only stores that can read without waiting have it (SQLite):
   * a linker then keeps part of its saved state in the store instead of in memory.
   */
  readonly stateRowNow?: (name: string, key: string) => string | null;
  /**
   * Runs fn as the only linker of the store: waits (up to the store's lock timeout, then
   * throws) until no other process or caller is inside `exclusive`, then commits everything
   * fn writes through the store it is given at once, or nothing when fn throws. Linking reads
   * the linker state, links and saves memberships and state inside it, so concurrent writers
   * give the stories of one run after the other.
   */
  exclusive<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  /** Articles and claims matching a web-search style query (words, "phrases", -not, OR), best first; an exact external id finds its articles first. */
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  /** Stores events whose keys are not stored yet (an event is stored once) and returns the keys it stored, in order. */
  putEvents(events: readonly StoredEvent[]): Promise<string[]>;
  /** The stored snapshot body of a story (see src/pipeline/snapshots.ts) when it was built from memberships with this signature. */
  getStorySnapshot(storyId: string, signature: string): Promise<string | null>;
  /** The signature of a story's stored snapshot, whatever memberships it was built from (null when none is stored). */
  storySnapshotSignature(storyId: string): Promise<string | null>;
  /** Keeps a story's snapshot, replacing the one before. */
  putStorySnapshot(storyId: string, signature: string, body: string): Promise<void>;
  /** A story's events, newest first (by time, then by when they were stored). */
  listEvents(storyId: string, options?: { limit?: number }): Promise<StoredEvent[]>;
  close(): Promise<void>;
}
