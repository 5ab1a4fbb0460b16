// The incremental linker: each new article is checked for near-copies and placed in a story, without revisiting the corpus.
import type { Article } from '../model/index.js';
import type { ArticleAnalysis } from '../model/analysis.js';
import { StoryIndex, type StoryIndexState, type StoryMerge, type StoryOptions } from './cluster.js';
import { outletKey, type RemovedLine } from './chrome.js';
import { DuplicateIndex, type DuplicateOptions, type DuplicateState } from './dedupe.js';
import type { LinkInputs } from './inputs.js';
import { TERMS } from './compact.js';

export interface LinkerState {
  version: 1;
  duplicates: DuplicateState;
  stories: StoryIndexState;
}

/** The tables a linker's state is kept in, row by row. */
export const LINKER_TABLES = ['copies', 'docs', 'stories', 'chrome'] as const;
export type LinkerTable = (typeof LINKER_TABLES)[number];

/** The options a linker's rows were written with. */
/** Reads one saved row of a linker table by its key at once (null when there is none). */
export type LinkerRowReader = (table: LinkerTable, key: string) => string | null;

/**
 * Saved documents' shingle sets kept in memory when they can be read back from the rows: the most
 * recently used, up to this many (a few KB each); TRIANGULATE_LINKER_KEPT sets another bound.
 * (Saved profiles are packed in memory, about 1 KB each: see packed-profiles.ts.)
 */
export const KEPT_PER_ARTICLE = Number(process.env.TRIANGULATE_LINKER_KEPT) > 0 ? Number(process.env.TRIANGULATE_LINKER_KEPT) : 8192;

export interface LinkerOptions {
  duplicates: DuplicateOptions;
  stories: StoryOptions;
}

export interface LinkDecision {
  articleId: string;
  storyId: string;
  storyRule: string;
  storyScore: number;
  syndicatedFrom: string | null;
  similarity: number | null;
  /** Articles whose earliest copy is now this article (it is older than what they derived from). */
  rederived: string[];
  /** Stories this article bridged into its own (their articles now belong to `storyId`), with why. */
  merged: StoryMerge[];
  /** Lines kept out of linking as page chrome, with their rules. */
  chrome: RemovedLine[];
}

/** The rule stored with a membership: the decision, its nearest article and the features that decided it. */
export function membershipRule(rule: string, nearest: string | null, features: readonly string[]): string {
  if (nearest === null) return rule;
  return `${rule} (nearest ${nearest}: ${features.join(', ')})`;
}

export class Linker {
  private constructor(private readonly duplicates: DuplicateIndex, private readonly stories: StoryIndex) {}

  static create(): Linker {
    return new Linker(new DuplicateIndex(), new StoryIndex());
  }

  static fromJSON(state: LinkerState): Linker {
    return new Linker(DuplicateIndex.fromJSON(state.duplicates), StoryIndex.fromJSON(state.stories));
  }

  toJSON(): LinkerState {
    return { version: 1, duplicates: this.duplicates.toJSON(), stories: this.stories.toJSON() };
  }

  get options(): LinkerOptions {
    return { duplicates: { ...this.duplicates.options }, stories: { ...this.stories.options } };
  }

  /**
   * The rows of its state by table: those changed since `markSaved` (new documents, re-derived
   * copies, stories that grew or merged, outlets with new chrome counts), or every row when `all`.
   */
  stateRows(all = false): Record<LinkerTable, { key: string; data: string }[]> {
    const { docs, stories, chrome } = this.stories.stateRows(all);
    return { copies: this.duplicates.rows(all), docs, stories, chrome };
  }

  /** Records that the rows of `stateRows` are saved. */
  markSaved(): void {
    this.duplicates.markSaved();
    this.stories.markSaved();
  }

  /**
   * A linker from the rows of its tables, each read in the order first written (`read` yields
   * them page by page). It decides exactly as the linker that wrote them.
   */
  static async fromRows(options: LinkerOptions, read: (table: LinkerTable) => AsyncIterable<{ key: string; data: string }>, rowReader: LinkerRowReader | null = null, kept = KEPT_PER_ARTICLE): Promise<Linker> {
    const duplicates = new DuplicateIndex(options.duplicates);
    const stories = new StoryIndex(options.stories);
    const linker = new Linker(duplicates, stories);
    // With a row reader, only the most recently used shingle sets stay while restoring.
    linker.readRowsFrom(rowReader, kept);
    for await (const r of read('copies')) duplicates.restoreRow(r.data);
    for await (const r of read('chrome')) stories.restoreChromeRow(r.key, r.data);
    for await (const r of read('stories')) stories.restoreStoryRow(r.data);
    for await (const r of read('docs')) stories.restoreDocRow(r.data);
    stories.finishRestore();
    duplicates.markSaved();
    return linker;
  }

  /**
   * From now on keeps only the `kept` most recently used saved shingle sets in memory, reading the
   * others back from the saved rows with `read` when a new article's near-copy candidates need
   * them (decisions are the same). Null: every shingle set stays in memory.
   */
  readRowsFrom(read: LinkerRowReader | null, kept = KEPT_PER_ARTICLE): void {
    this.duplicates.readRowsFrom(read && ((key) => read('copies', key)), kept);
  }

  /** Profiles held as objects (unsaved documents), bytes of the packed saved profiles, and shingle sets held in memory now. */
  get inMemory(): { profiles: number; packedProfileBytes: number; shingles: number } {
    return { profiles: this.stories.profilesInMemory, packedProfileBytes: this.stories.packedBytes, shingles: this.duplicates.shinglesInMemory };
  }

  /** Bytes of the typed arrays the linker keeps, by what they hold (the term table is the process's, shared): for measurements. */
  get arrayBytes(): { termTable: number; idf: number; postings: number; packedProfiles: number; lsh: number } {
    const { postings, idf } = this.stories.arrayBytes;
    return { termTable: TERMS.bytes, idf, postings, packedProfiles: this.stories.packedBytes, lsh: this.duplicates.bucketBytes };
  }

  has(articleId: string): boolean {
    return this.stories.storyOf(articleId) !== null;
  }

  /** Places one article: a syndicated copy joins the story of the copy it derives from. */
  add(article: Article, analysis: ArticleAnalysis | null, inputs?: LinkInputs): LinkDecision {
    const published = article.metadata.published?.value ?? null;
    // Inputs made ahead stand for those made here when made under these options (see inputs.ts).
    const o = this.duplicates.options;
    const copies = inputs && inputs.shingleSize === o.shingleSize && inputs.seed === o.seed && inputs.signature.length === o.bands * o.rows ? inputs : undefined;
    const dup = this.duplicates.add({ id: article.id, text: article.text, published, shingles: copies?.shingles, signature: copies?.signature });
    // The profile is read from the text alone (entity keys are not passed), as in training and evaluation.
    void analysis;
    const outlet = outletKey(article.metadata.outlet?.value ?? null, article.metadata.url ?? null);
    const decision = this.stories.add({ id: article.id, title: article.metadata.title?.value ?? null, text: article.text, published, outlet, profile: inputs?.profile });
    return {
      articleId: article.id,
      storyId: decision.storyId,
      storyRule: membershipRule(decision.rule, decision.nearest, decision.features),
      storyScore: decision.score,
      syndicatedFrom: dup?.syndicatedFrom ?? null,
      similarity: dup ? dup.similarity : null,
      rederived: dup?.rederived ?? [],
      merged: decision.merged,
      chrome: decision.chrome,
    };
  }
}
