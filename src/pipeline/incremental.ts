// The per-article store steps shared by the embedded run and the queue workers: store and analyse, then link one article.
import type { AnalysisOptions } from '../analyze/index.js';
import { randomUUID } from 'node:crypto';
import { Linker, LINKER_TABLES, type LinkInputs, type LinkerOptions, type LinkerRowReader, type LinkerState, type LinkerTable } from '../link/index.js';
import type { Article, Message } from '../model/index.js';
import type { ArticleAnalysis } from '../model/analysis.js';
import type { EncodedAnalysis, EncodedArticle, PutResult, Store, StoryMembership } from '../store/index.js';
import { encodeAnalysis } from '../store/encoded.js';
import { analysisOf } from './steps.js';
import { RULES_VERSION } from './rules.js';
import { fromParts } from './state-parts.js';
import type { HeapBound } from './heap-bound.js';

/** Name under which the linker's state is kept in the store. */
export const LINKER_STATE = 'linker';

/**
 * A linker a long-running process keeps between runs, with the head of the state it matches:
 * reused while the store still holds that state (no other process saved one since), so a
 * run does not parse the whole state again.
 */
export interface KeptLinker {
  linker: Linker | null;
  head: string | null;
}

/**
 * The linker the store holds: the kept one while the stored state is the one it matches, else
 * loaded (the garbage of reading its rows bounded by `heap`).
 */
export async function currentLinker(store: Store, kept?: KeptLinker, heap?: HeapBound): Promise<Linker> {
  if (kept?.linker && kept.head !== null && (await store.getState(LINKER_STATE)) === kept.head) {
    const { linker } = kept;
    // The caller mutates it; it is kept again only once its state is saved (see keepLinker).
    kept.linker = null;
    linker.readRowsFrom(rowReader(store));
    return linker;
  }
  if (kept) kept.linker = null;
  return loadLinker(store, heap);
}

/** Keeps a linker whose state the store now holds. */
export async function keepLinker(store: Store, kept: KeptLinker | undefined, linker: Linker): Promise<void> {
  if (!kept) return;
  const head = await store.getState(LINKER_STATE);
  // A state saved whole (by an older version) is one long text: not worth keeping a copy to compare.
  kept.head = head !== null && head.length < 1000 ? head : null;
  kept.linker = kept.head === null ? null : linker;
}

/** The head of a linker state kept row by row: the options, and an id new at every save. */
interface RowsHead {
  format: 'rows';
  saved: string;
  options: LinkerOptions;
}

function rowsHead(head: string | null): RowsHead | null {
  if (head === null || !head.startsWith('{"format":"rows"')) return null;
  return JSON.parse(head) as RowsHead;
}

/** The store's reader of saved linker rows by key, when it can read at once (else the linker keeps everything in memory). */
function rowReader(store: Store): LinkerRowReader | null {
  const read = store.stateRowNow;
  return read ? (table, key) => read(linkerTable(table), key) : null;
}

/** Rows of a state table read page by page. */
const ROWS_PAGE = 1000;

/** The name of the store's row table that holds one table of the linker's state. */
export function linkerTable(table: LinkerTable): string {
  return `${LINKER_STATE}/${table}`;
}

async function* readRows(store: Store, name: string, heap?: HeapBound): AsyncGenerator<{ key: string; data: string }> {
  let after = 0;
  for (;;) {
    // The rows and what was parsed from them are garbage once restored: bounded page by page.
    heap?.check();
    const page = await store.getStateRows(name, after, ROWS_PAGE);
    yield* page;
    if (page.length < ROWS_PAGE) return;
    after = page[page.length - 1]!.at;
  }
}

/** The save each linker matches: its rows are in the store as that save left them. */
const savedAs = new WeakMap<Linker, string>();

/**
 * The linker as saved, or a new one. The state is kept row by row (see saveLinker); a store
 * written by an earlier version holds it whole (in parts, or one JSON text): that state is
 * loaded and written again as rows at once. `heap` bounds the garbage of reading the rows.
 */
export async function loadLinker(store: Store, heap?: HeapBound): Promise<Linker> {
  const raw = await store.getState(LINKER_STATE);
  const head = rowsHead(raw);
  if (head) {
    const linker = await Linker.fromRows(head.options, (t) => readRows(store, linkerTable(t), heap), rowReader(store));
    savedAs.set(linker, head.saved);
    return linker;
  }
  const parts = await store.getStateParts(LINKER_STATE);
  const whole = parts ? (fromParts(parts) as LinkerState) : raw ? (JSON.parse(raw) as LinkerState) : null;
  if (whole === null) return Linker.create();
  const linker = Linker.fromJSON(whole);
  await saveLinker(store, linker, undefined, heap);
  return linker;
}

/**
 * Saves the linker row by row: when the store holds the save this linker was loaded from (or
 * last saved), only the rows that changed since (new documents, stories that grew or merged,
 * re-derived copies, outlets' chrome counts); otherwise every row, replacing what the store held.
 * Run it inside `Store.exclusive`, with the memberships of the same batch. `heap` bounds the
 * garbage of the linking before it and of writing the rows.
 */
export async function saveLinker(store: Store, linker: Linker, turn?: () => Promise<void>, heap?: HeapBound): Promise<void> {
  const head = rowsHead(await store.getState(LINKER_STATE));
  const incremental = head !== null && savedAs.get(linker) === head.saved;
  heap?.check();
  // Made before any row is deleted: profiles and shingle sets not in memory are read from the rows.
  const rows = linker.stateRows(!incremental);
  heap?.check();
  if (!incremental) {
    for (const t of LINKER_TABLES) await store.deleteStateRows(linkerTable(t));
    // A state kept whole by an earlier version: its parts go.
    if (head === null && (await store.getStateParts(LINKER_STATE)) !== null) await store.putStateParts(LINKER_STATE, []);
  }
  for (const t of LINKER_TABLES) {
    // Written in slices when a server answers requests between them (the same rows in the same order).
    if (!turn) {
      // Rows already written are let go (the garbage of writing them bounded by `heap`).
      const table = rows[t];
      for (let at = 0; at < table.length; at += ROWS_WRITE) {
        await store.putStateRows(linkerTable(t), at === 0 && table.length <= ROWS_WRITE ? table : table.slice(at, at + ROWS_WRITE));
        table.fill(EMPTY_ROW, at, at + ROWS_WRITE);
        heap?.check();
      }
      continue;
    }
    for (let at = 0; at < rows[t].length; at += ROWS_SLICE) {
      await store.putStateRows(linkerTable(t), rows[t].slice(at, at + ROWS_SLICE));
      await turn();
    }
  }
  const saved = randomUUID();
  const next: RowsHead = { format: 'rows', saved, options: linker.options };
  await store.putState(LINKER_STATE, JSON.stringify(next));
  linker.markSaved();
  savedAs.set(linker, saved);
}

/** Linker rows written between two turns of the event loop when saving in slices. */
const ROWS_SLICE = 32;

/** Linker rows written in one call when not saving in slices (the heap is checked between calls). */
const ROWS_WRITE = 1024;

/** What stands for a row once written. */
const EMPTY_ROW = { key: '', data: '' };

export interface Stored {
  outcome: PutResult;
  /** The analysis now stored for the article; null when analysing it failed. */
  analysis: ArticleAnalysis | null;
  /**
   * With `keepStoredForm`, for an added article: its analysis in the stored form (`encodeAnalysis`
   * with the article's text, read back with `decodeAnalysis`), about a tenth of the analysis in memory.
   */
  storedForm?: Uint8Array | null;
  /** Set when the analysis failed (the article stays stored). */
  warning: Message | null;
  /** The version this article replaces (same external id or URL, earlier content), when it is a new version. */
  previous: string | null;
}

/** The versions stored before this one in its chain. */
async function previousVersions(store: Store, article: Article): Promise<Set<string>> {
  if (article.externalId === undefined && !article.metadata.url) return new Set();
  const chain = await store.articleVersions(article.id);
  const at = chain.findIndex((v) => v.id === article.id);
  return new Set(chain.slice(0, Math.max(0, at)).map((v) => v.id));
}

/** The version stored just before this one in its chain, or null. */
export async function previousVersion(store: Store, article: Article): Promise<string | null> {
  if (article.externalId === undefined && !article.metadata.url) return null;
  const chain = await store.articleVersions(article.id);
  const at = chain.findIndex((v) => v.id === article.id);
  return at > 0 ? chain[at - 1]!.id : null;
}

/** What an extraction thread made of an article beside the article itself. */
export interface Prepared {
  analysis: ArticleAnalysis | null;
  analysisError: string | null;
  /** The article and this analysis (with the rules version) in the store's stored form, when made beside them. */
  encoded?: { article: EncodedArticle; analysis: EncodedAnalysis | null } | null;
}

/**
 * Stores an extracted article and its analysis, reusing the stored analysis of an article already present.
 * With `keepStoredForm`, an added article's analysis comes back in its stored form too (see `Stored.storedForm`).
 */
export async function storeAndAnalyse(store: Store, article: Article, options: AnalysisOptions, prepared?: Prepared, keepStoredForm = false): Promise<Stored> {
  const outcome = await store.putArticle(article, prepared?.encoded?.article);
  const previous = outcome === 'added' ? await previousVersion(store, article) : null;
  const kept = outcome === 'present' ? await store.getAnalysis(article.id) : null;
  // An analysis made by other rules is made again.
  let analysis = kept?.rulesVersion === RULES_VERSION ? kept : null;
  let warning: Message | null = null;
  let storedForm: Uint8Array | null = null;
  if (!analysis) {
    try {
      // An analysis made on an extraction thread stands for the one made here.
      if (prepared?.analysisError) throw new Error(prepared.analysisError);
      analysis = { ...(prepared?.analysis ?? analysisOf(article, options)), rulesVersion: RULES_VERSION };
    } catch (e) {
      analysis = null;
      warning = { severity: 'warning', ruleId: 'analyze/internal-error', reason: `analysis failed: ${(e as Error).message}` };
    }
    // A store error is not an analysis failure: it reaches the caller (a worker retries the job).
    // The stored form made beside the analysis stands for it only when that analysis is the one stored.
    if (analysis) {
      let encoded = prepared?.analysis && !prepared.analysisError ? prepared.encoded?.analysis ?? undefined : undefined;
      // Made here when asked for and not made beside the analysis: the bytes a store in a file would make of it.
      if (keepStoredForm && outcome === 'added' && encoded === undefined) encoded = { data: encodeAnalysis(analysis, article.text), articleText: article.text };
      await store.putAnalysis(analysis, encoded);
      if (keepStoredForm && outcome === 'added' && encoded !== undefined && encoded.articleText === article.text) storedForm = encoded.data;
    }
  }
  return { outcome, analysis, warning, previous, ...(keepStoredForm ? { storedForm } : {}) };
}

/**
 * Places a stored article in a story unless the linker already holds it, and records its
 * membership (and the memberships of earlier copies that now derive from it). Returns
 * whether the linker changed.
 */
export async function linkArticle(store: Store, linker: Linker, article: Article, analysis: ArticleAnalysis | null, inputs?: LinkInputs): Promise<boolean> {
  if (linker.has(article.id)) return false;
  const d = linker.add(article, analysis, inputs);
  // An earlier version of the same article is not a source it copies: it left the stories.
  const earlier = d.syndicatedFrom !== null && (await previousVersions(store, article)).has(d.syndicatedFrom);
  const memberships: StoryMembership[] = [{
    articleId: d.articleId,
    storyId: d.storyId,
    rule: d.storyRule,
    score: d.storyScore,
    syndicatedFrom: earlier ? null : d.syndicatedFrom,
    similarity: earlier ? null : d.similarity,
  }];
  for (const id of d.rederived) {
    const m = await store.membership(id);
    if (m) memberships.push({ ...m, syndicatedFrom: article.id });
  }
  // Stories this article bridged: their articles move into its story, with the reason.
  for (const merge of d.merged) {
    const rule = `cluster/merged-by-bridge (story ${merge.storyId} via ${article.id} ~ ${merge.via} p=${merge.score.toFixed(2)}: ${merge.features.join(', ')})`;
    for (const id of merge.articles) {
      const m = memberships.find((x) => x.articleId === id) ?? (await store.membership(id));
      if (!m) continue;
      const moved = { ...m, storyId: d.storyId, rule, score: merge.score };
      const at = memberships.findIndex((x) => x.articleId === id);
      if (at >= 0) memberships[at] = moved;
      else memberships.push(moved);
    }
  }
  await store.putMemberships(memberships);
  if (d.merged.length > 0) {
    const at = article.metadata.published?.value ?? null;
    await store.putStoryMerges(d.merged.map((m) => ({ storyId: m.storyId, intoStoryId: d.storyId, via: article.id, matched: m.via, score: m.score, features: m.features, articleIds: m.articles, at })));
  }
  return true;
}

export { mergesInto } from './story-build.js';
