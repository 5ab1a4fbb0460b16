// The main job: ingest, extract, analyse, store and link documents, then build dossiers of the stories they fall in.
import { loadAttributionModel, type AnalysisOptions } from '../analyze/index.js';
import { readInputs, type IngestItem, type ReadOptions } from '../ingest/index.js';
import type { LinkInputs } from '../link/index.js';
import type { Dossier, Story } from '../model/dossier.js';
import { DOSSIER_SCHEMA_VERSION } from '../model/dossier.js';
import type { Article, Message } from '../model/index.js';
import { articleToJson } from '../report/index.js';
import type { PutResult, Store } from '../store/index.js';
import { performance } from 'node:perf_hooks';
import { HeapBound } from './heap-bound.js';
import { currentLinker, keepLinker, linkArticle, saveLinker, storeAndAnalyse, type KeptLinker, type Stored } from './incremental.js';
import { prepareInPool, type Prepared } from './pool.js';
import { rederiveStale } from './rules.js';
import { analysisOf, extractBatch } from './steps.js';
import { heldByRun, loadStory } from './story-build.js';

export { loadStory };


export interface RunSummary {
  added: number;
  present: number;
  /** Of the added articles, those that are new versions of a stored one (same external id or URL, new content). */
  versions: number;
  failed: { source: string; messages: Message[] }[];
  /** Ids of every document of the input that is now stored (added or already present). */
  articleIds: string[];
  /** Stories the input's articles belong to. */
  storyIds: string[];
  /** Each stored document of the input in order: where it came from, its article id, whether it was new. */
  stored: { source: string; articleId: string; outcome: PutResult; previousVersion?: string }[];
}

export interface RunOptions extends DocumentRunOptions {
  stdin?: NodeJS.ReadableStream;
  /** How URLs, URL lists and feed files among the inputs are fetched (src/ingest/web). */
  web?: ReadOptions['web'];
}

/** Options of a run over documents already in memory. */
export interface DocumentRunOptions {
  /** Called after each document with its source. */
  onDocument?: (source: string) => void;
  /** Called when the analysis of a stored article fails (the article stays stored), and with each WARC archive's info summary. */
  onWarning?: (source: string, message: Message) => void;
  /** A linker kept between runs by a long-running process (watch): reused while the stored state is still its own. */
  kept?: KeptLinker;
  /** Loaded analysis models; loaded from the package when absent. */
  analysis?: AnalysisOptions;
  /**
   * Threads that extract and analyse (storing and linking stay on this thread, in input order,
   * so results never depend on timing). 1, the default, does everything on this thread.
   */
  threads?: number;
  /**
   * Extraction and analysis on worker threads even with one thread, and this thread's own steps
   * (storing, linking) cut into slices with turns of the event loop between them: a server
   * ingesting on its request thread keeps answering other requests.
   */
  offThread?: boolean;
  /**
   * The bound on garbage of the run (see heap-bound.ts), for a caller that goes on to build the
   * run's snapshots under the same bound; one of the run's own when absent (none with `offThread`).
   */
  heap?: HeapBound;
}

/** Runs the named inputs (files, folders, `-` for stdin) through the whole pipeline. */
export async function runPipeline(inputs: readonly string[], store: Store, options: RunOptions = {}): Promise<RunSummary> {
  return runDocuments(readInputs(inputs, { stdin: options.stdin, onNote: options.onWarning, web: options.web }), store, options);
}

/** Extraction on this thread; analysis is left to the store step. */
async function* inThread(items: AsyncIterable<IngestItem>): AsyncGenerator<Prepared> {
  for await (const extracted of extractBatch(items)) yield { extracted, analysis: null, analysisError: null };
}

async function* iterate(items: readonly IngestItem[]): AsyncGenerator<IngestItem> {
  yield* items;
}

/**
 * Runs ingested documents (from files, or made in memory with `documentsFromBytes`) through the
 * whole pipeline. Each document is stored and analysed as soon as it is extracted (several
 * processes may do this at once); a failure on one never stops the rest. Then the batch is
 * linked in input order as the store's only linker (`Store.exclusive`): the linker state is
 * read, the articles linked, and memberships and state committed together. So two runs at once
 * give the stories of one run after the other, and a run killed at any point, run again,
 * gives the stories of an uninterrupted run.
 */
export async function runDocuments(
  items: AsyncIterable<IngestItem> | readonly IngestItem[],
  store: Store,
  options: DocumentRunOptions = {},
): Promise<RunSummary> {
  const summary: RunSummary = { added: 0, present: 0, versions: 0, failed: [], articleIds: [], storyIds: [], stored: [] };
  const analysisOptions = options.analysis ?? { attributionModel: loadAttributionModel() };
  // Garbage of stored forms and rows is collected before it piles up (see heap-bound.ts); not while a
  // server answers requests (a forced full collection stops this thread, V8's own collections mostly do not).
  const heap = options.offThread === true ? null : options.heap ?? new HeapBound();
  // What older rules made is made again first, so the batch links onto a current linker (under the run's bound).
  await rederiveStale(store, analysisOptions, heap ?? undefined);
  const source = Symbol.asyncIterator in items ? (items as AsyncIterable<IngestItem>) : iterate(items as readonly IngestItem[]);
  const threads = Math.max(1, Math.floor(options.threads ?? 1));
  const pooled = threads > 1 || options.offThread === true;
  const prepared = pooled ? prepareInPool(source, threads, { niceness: options.offThread === true ? WORKER_NICENESS : 0 }) : inThread(source);
  // Turns of the event loop inside this thread's steps, for a server (see offThread).
  const turns = options.offThread === true ? new Turns() : null;
  // Articles stored by this run, kept for linking so they are not read back (up to a bound).
  const stored = new Map<string, Article>();
  // What the linker reads from each of those articles alone, when an extraction thread made it.
  const inputs = new Map<string, LinkInputs>();
  // Their analyses in the stored form, kept for the snapshots of the run's stories (see heldByRun).
  const analyses = new Map<string, Uint8Array>();
  const group: Prepared[] = [];
  // A server's ingest writes smaller groups: a commit stops its request thread (see OFF_THREAD_STORE_GROUP).
  const storeGroup = options.offThread === true ? OFF_THREAD_STORE_GROUP : STORE_GROUP;
  const flush = async (): Promise<void> => {
    const ready = group.splice(0);
    if (ready.length === 0) return;
    heap?.check();
    // Analysed before the write, not while holding it; what is already stored keeps its analysis (see storeAndAnalyse).
    for (const r of ready) {
      if (!r.extracted.ok || r.analysis !== null || r.analysisError !== null) continue;
      if (await store.hasArticle(r.extracted.article.id)) continue;
      try {
        r.analysis = analysisOf(r.extracted.article, analysisOptions);
      } catch (e) {
        r.analysisError = (e as Error).message;
      }
      // A server ingesting an upload on its request thread answers other requests between articles.
      await nextTurn();
    }
    // One write per group of articles: each commit of the store costs far more than an article's rows.
    const results = await store.exclusive(async (tx) => {
      const out: Stored[] = [];
      for (const r of ready) {
        if (!r.extracted.ok) continue;
        // The stored form of an added article's analysis is kept while the run keeps its articles.
        out.push(await storeAndAnalyse(tx, r.extracted.article, analysisOptions, r, stored.size + out.length < KEEP_ARTICLES));
        await turns?.turn();
      }
      return out;
    });
    let at = 0;
    for (const r of ready) {
      const result = r.extracted;
      if (!result.ok) {
        summary.failed.push({ source: result.source, messages: result.messages });
        options.onDocument?.(result.source);
        continue;
      }
      const { article } = result;
      const { outcome, warning, previous, storedForm } = results[at++]!;
      summary[outcome]++;
      if (previous !== null) summary.versions++;
      summary.articleIds.push(article.id);
      summary.stored.push({ source: article.source, articleId: article.id, outcome, ...(previous !== null ? { previousVersion: previous } : {}) });
      // An article already present stays as stored (its source may differ): only new ones are kept.
      if (outcome === 'added' && stored.size < KEEP_ARTICLES) {
        stored.set(article.id, article);
        if (r.link) inputs.set(article.id, r.link);
        if (storedForm) analyses.set(article.id, storedForm);
      }
      if (warning) options.onWarning?.(article.source, warning);
      options.onDocument?.(article.source);
    }
  };
  for await (const ready of prepared) {
    group.push(ready);
    // Extracted on this thread: other requests are answered between documents too.
    if (!pooled) await nextTurn();
    if (group.length >= storeGroup) await flush();
  }
  await flush();
  if (summary.articleIds.length > 0) await linkBatch(store, summary.articleIds, options.kept, stored, inputs, heap ?? undefined, turns ?? undefined);
  const stories = new Set<string>();
  for (const id of summary.articleIds) {
    const m = await store.membership(id);
    if (m) stories.add(m.storyId);
  }
  summary.storyIds = [...stories];
  inputs.clear();
  if (analyses.size > 0) heldByRun.set(summary.storyIds, { articles: stored, analyses });
  return summary;
}

/**
 * Articles stored in one write (one transaction of the store). Each commit writes the pages the
 * group dirtied and a new segment of the full-text indexes (merged with earlier ones later), so
 * fewer, larger writes cost less: with 128 articles instead of 32, `add` of the first 1,000 GVA
 * dev articles spent less than half the time in its commits (bench/RESULTS.md). Rows and their
 * order are the same whatever the group.
 */
const STORE_GROUP = 128;

/** Articles stored in one write with `offThread` (a server): its request thread waits out each commit. */
const OFF_THREAD_STORE_GROUP = 32;

/** Articles of a run kept in memory for its linking; beyond these they are read back from the store. */
const KEEP_ARTICLES = 4096;

/** Articles linked between two turns of the event loop. */
const YIELD_EVERY = 16;

/** Lets the event loop run what waits (timers, I/O, other requests) before going on. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** How much nicer a server's extraction threads run than its request thread (see prepareInPool). */
const WORKER_NICENESS = 5;

/** Longest slice of this thread's work between two turns of the event loop when a server ingests, in ms. */
const SLICE_MS = 10;

/** Turns of the event loop at most `SLICE_MS` of work apart (timing decides only when, never what is done). */
export class Turns {
  private last = performance.now();

  async turn(): Promise<void> {
    if (performance.now() - this.last < SLICE_MS) return;
    await nextTurn();
    this.last = performance.now();
  }
}

/**
 * Links stored articles in order as the store's only linker, skipping those the linker holds
 * and versions that a later one replaced; memberships and linker state are committed together.
 */
export async function linkBatch(
  store: Store,
  articleIds: readonly string[],
  kept?: KeptLinker,
  known?: ReadonlyMap<string, Article>,
  inputs?: ReadonlyMap<string, LinkInputs>,
  heap?: HeapBound,
  turns?: Turns,
): Promise<void> {
  const linker = await store.exclusive(async (tx) => {
    const current = await currentLinker(tx, kept, heap);
    let linked = 0;
    const done = new Set<string>();
    for (const id of articleIds) {
      if (done.has(id) || current.has(id)) continue;
      done.add(id);
      const article = known?.get(id) ?? (await tx.getArticle(id));
      if (!article || (await isReplaced(tx, article))) continue;
      // The linker reads the article alone (see Linker.add): its analysis is not read back.
      // Inputs made beside the article it was read as (a stored article read back has none).
      if (await linkArticle(tx, current, article, null, known?.get(id) === article ? inputs?.get(id) : undefined)) linked++;
      // A server ingesting an upload answers other requests between articles.
      if (done.size % YIELD_EVERY === 0) {
        heap?.check();
        await nextTurn();
      } else await turns?.turn();
    }
    if (linked > 0) await saveLinker(tx, current, turns ? () => turns.turn() : undefined, heap);
    return current;
  });
  await keepLinker(store, kept, linker);
}

/** Whether a later version of the article is stored (it left the stories to that one). */
async function isReplaced(store: Store, article: Article): Promise<boolean> {
  if (article.externalId === undefined && !article.metadata.url) return false;
  const versions = await store.articleVersions(article.id);
  return versions.length > 0 && versions.at(-1)!.id !== article.id;
}

/** The dossier of the given stories (every stored story when none is named). */
export async function buildDossier(store: Store, storyIds?: readonly string[]): Promise<Dossier> {
  const ids = storyIds ?? (await store.listStories()).map((s) => s.id);
  const stories: Story[] = [];
  const articles = new Map<string, ReturnType<typeof articleToJson>>();
  for (const id of ids) {
    const loaded = await loadStory(store, id);
    if (!loaded) continue;
    stories.push(loaded.story);
    for (const m of loaded.members) articles.set(m.article.id, articleToJson(m.article));
  }
  return { schemaVersion: DOSSIER_SCHEMA_VERSION, generatedAt: new Date().toISOString(), stories, articles: [...articles.values()] };
}
