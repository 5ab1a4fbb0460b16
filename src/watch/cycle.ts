// One watch cycle: read the sources, run the documents not yet stored and linked through the pipeline, and store the change events of the stories they touched.
import { loadAttributionModel, type AnalysisOptions } from '../analyze/index.js';
import type { IngestItem, ReadOptions } from '../ingest/index.js';
import { buildStory } from '../link/index.js';
import type { Article, Message } from '../model/index.js';
import { HeapBound, keepSnapshot, loadStory, previousVersion, rederiveStale, runDocuments, type KeptLinker, type RunSummary } from '../pipeline/index.js';
import { versionChange } from '../report/index.js';
import type { Store } from '../store/index.js';
import { freshEvents, storyEvents, type ChangeEvent, type EventArticle, type Revision } from './events.js';
import { readWatchSources, type SeenFeedItems } from './sources.js';

/** Name under which the watch keeps its progress in the store. */
export const WATCH_STATE = 'watch';

/**
 * How far the watch has looked: `seen` articles of the store (in the order they were added)
 * have had their events computed; `unlinked` are articles among them that had no story yet
 * (stored, then interrupted before linking) and are looked at again next cycle; `feeds` holds
 * the keys of the feed items already fetched, per feed.
 */
export interface WatchState {
  version: 1;
  seen: number;
  unlinked: string[];
  feeds?: SeenFeedItems;
}

export interface CycleOptions {
  /** Passed to `readInputs` (standard input, size limits, web fetching); feeds are read with it too. */
  read?: ReadOptions;
  /** Loaded analysis models, or a function that loads them (called only when a document is new); from the package when absent. */
  analysis?: AnalysisOptions | (() => AnalysisOptions);
  onWarning?: (source: string, message: Message) => void;
  /** The clock events are stamped with. */
  now?: () => Date;
  /** A linker kept from cycle to cycle (the watch loop's), so a cycle does not load the whole state again. */
  kept?: KeptLinker;
}

export interface CycleResult {
  /** Documents the sources gave (without the unreadable ones). */
  read: number;
  /** Documents already stored and linked: not run again. */
  skipped: number;
  /** The pipeline run over the other documents; null when there were none. */
  run: RunSummary | null;
  /** Inputs that could not be read or extracted. */
  failed: { source: string; messages: Message[] }[];
  /** Articles new to the watch this cycle (run by it, or stored by another process since the last cycle). */
  newArticles: number;
  touchedStories: string[];
  /** Events stored for the first time this cycle, in order: these are the ones to deliver. */
  events: ChangeEvent[];
  /** Events computed again whose keys were already stored (after an interrupted cycle). */
  repeated: number;
  timings: { readAndRunMs: number; eventsMs: number };
}

export async function loadWatchState(store: Store): Promise<WatchState | null> {
  const raw = await store.getState(WATCH_STATE);
  return raw ? (JSON.parse(raw) as WatchState) : null;
}

async function saveWatchState(store: Store, state: WatchState): Promise<void> {
  await store.putState(WATCH_STATE, JSON.stringify(state));
}

/**
 * The watch state, created on first use with every article already stored counted as seen:
 * the watch reports changes from the moment it starts following a store.
 */
export async function watchState(store: Store): Promise<WatchState> {
  const existing = await loadWatchState(store);
  if (existing) return existing;
  const state: WatchState = { version: 1, seen: await store.countArticles(), unlinked: [] };
  await saveWatchState(store, state);
  return state;
}

/** The sources' documents that are not both stored and linked; counts the rest. */
async function* unseen(items: AsyncIterable<IngestItem>, store: Store, counts: { read: number; skipped: number; failed: CycleResult['failed'] }): AsyncGenerator<IngestItem> {
  for await (const item of items) {
    if (!item.ok) {
      counts.failed.push({ source: item.source, messages: item.messages });
      continue;
    }
    counts.read++;
    // An article stored but never linked (an interrupted run) goes through the pipeline again, which links it.
    if ((await store.membership(item.document.id)) !== null) {
      counts.skipped++;
      continue;
    }
    yield item;
  }
}

/** Runs the items through the pipeline, without loading the linker when there is nothing to run. */
async function runUnseen(items: AsyncGenerator<IngestItem>, store: Store, options: CycleOptions): Promise<RunSummary | null> {
  const first = await items.next();
  if (first.done) return null;
  async function* all(): AsyncGenerator<IngestItem> {
    yield first.value as IngestItem;
    yield* items;
  }
  const analysis = typeof options.analysis === 'function' ? options.analysis() : options.analysis;
  return runDocuments(all(), store, { analysis, onWarning: options.onWarning, kept: options.kept });
}

function eventArticle(a: Article): EventArticle {
  const md = a.metadata;
  return { id: a.id, outlet: md.outlet?.value ?? null, title: md.title?.value ?? null, published: md.published?.value ?? null, url: md.url ?? null };
}

/** Articles added to the store since the watch last looked, with those still waiting for a story. */
async function newArticles(store: Store, state: WatchState): Promise<{ ids: string[]; seen: number }> {
  const count = await store.countArticles();
  const ids = [...state.unlinked];
  let seen = state.seen;
  if (count > state.seen) {
    const rows = await store.listArticles({ offset: state.seen });
    for (const r of rows) ids.push(r.id);
    seen += rows.length;
  }
  return { ids: [...new Set(ids)], seen };
}

/**
 * One cycle. Its cost follows the new documents and the stories they joined: documents already
 * stored and linked are recognised by content id before extraction, the linker is loaded only
 * when something is new, and only touched stories are built (twice: without and with the new
 * articles). Events are stored before they are returned, by key, so a cycle that is run again
 * after an interruption returns none that were already stored.
 */
export async function runCycle(store: Store, sources: readonly string[], options: CycleOptions = {}): Promise<CycleResult> {
  const state = await watchState(store);
  const t0 = performance.now();
  // After an upgrade of the rules, what older rules made is made again before the cycle looks for changes (under a
  // bound on garbage, as `add`).
  await rederiveStale(store, options.analysis ?? (() => ({ attributionModel: loadAttributionModel() })), () => new HeapBound());
  const counts = { read: 0, skipped: 0, failed: [] as CycleResult['failed'] };
  const feeds: SeenFeedItems = {};
  const run = await runUnseen(unseen(readWatchSources(sources, options.read ?? {}, state.feeds ?? {}, feeds), store, counts), store, options);
  if (run) counts.failed.push(...run.failed);
  const t1 = performance.now();

  const pending = await newArticles(store, state);
  const byStory = new Map<string, string[]>();
  const unlinked: string[] = [];
  for (const id of pending.ids) {
    const m = await store.membership(id);
    if (!m) {
      if (await store.hasArticle(id)) unlinked.push(id);
      continue;
    }
    const list = byStory.get(m.storyId);
    if (list) list.push(id);
    else byStory.set(m.storyId, [id]);
  }
  const detectedAt = (options.now ?? (() => new Date()))().toISOString();
  const computed: ChangeEvent[] = [];
  for (const [storyId, ids] of byStory) {
    const memberships = await store.storyMembers(storyId);
    const loaded = await loadStory(store, storyId, memberships);
    if (!loaded) continue;
    // The story is built anyway: keep its snapshot, so the web UI reads it without building it again.
    await keepSnapshot(store, memberships, loaded);
    const fresh = new Set(ids);
    const older = loaded.members.filter((m) => !fresh.has(m.article.id));
    // A new version's story is compared with the story that held the version it replaces.
    const revisions = new Map<string, Revision>();
    for (const { article: a } of loaded.members) {
      if (!fresh.has(a.id)) continue;
      const earlierId = await previousVersion(store, a);
      const earlier = earlierId === null ? null : await store.getArticle(earlierId);
      if (!earlier) continue;
      const analysis = await store.getAnalysis(earlier.id);
      if (analysis) older.push({ article: earlier, analysis, syndicatedFrom: null });
      const c = versionChange(earlier, a);
      revisions.set(a.id, { earlier: eventArticle(earlier), figures: c.figures, removed: c.removed.slice(0, 5), added: c.added.slice(0, 5) });
    }
    const before = older.length > 0 ? buildStory(storyId, older) : null;
    const articles = new Map<string, EventArticle>();
    for (const { article: a } of loaded.members) articles.set(a.id, eventArticle(a));
    const merges = (loaded.story.merges ?? []).filter((m) => fresh.has(m.via));
    computed.push(...storyEvents({ before, after: loaded.story, newArticleIds: ids, articles, revisions, merges }, detectedAt));
  }
  const candidates = freshEvents(computed, new Set());
  const stored = new Set(await store.putEvents(candidates.map((e) => ({ key: e.key, storyId: e.story.id, kind: e.kind, at: e.detectedAt, data: e }))));
  const next: WatchState = { version: 1, seen: pending.seen, unlinked, ...(Object.keys(feeds).length > 0 ? { feeds } : {}) };
  if (JSON.stringify(next) !== JSON.stringify(state)) await saveWatchState(store, next);
  const events = candidates.filter((e) => stored.has(e.key));
  return {
    read: counts.read,
    skipped: counts.skipped,
    run,
    failed: counts.failed,
    newArticles: pending.ids.length,
    touchedStories: [...byStory.keys()],
    events,
    repeated: candidates.length - events.length,
    timings: { readAndRunMs: t1 - t0, eventsMs: performance.now() - t1 },
  };
}
