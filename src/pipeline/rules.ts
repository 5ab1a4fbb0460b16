// The version of the rules behind everything stored, and re-deriving what an older version made: analyses, linker decisions, story snapshots.
import { Linker } from '../link/index.js';
import type { AnalysisOptions } from '../analyze/index.js';
import type { Store } from '../store/index.js';
import type { HeapBound } from './heap-bound.js';
import { linkArticle, saveLinker } from './incremental.js';
import { analysisOf } from './steps.js';

/**
 * The version of the extraction, analysis and linking rules. Bump it with a change to those
 * rules that should reach what is already stored: `add`, `serve` and `watch` then analyse the
 * stored articles again, link them again from the start, and rebuild story snapshots (their
 * signature carries it).
 */
export const RULES_VERSION = 83;

/** Name of the state that records the rules version the store's analyses and links were made with. */
export const RULES_STATE = 'rules-version';

export interface Rederived {
  /** Whether the store was made with other rules and has been brought up to these. */
  rederived: boolean;
  /** Analyses made again. */
  analyses: number;
  /** Articles linked again. */
  linked: number;
}

/** Whether an article has a later version stored (it left the stories to that one). */
async function replaced(store: Store, id: string, hasKey: boolean): Promise<boolean> {
  if (!hasKey) return false;
  const versions = await store.articleVersions(id);
  return versions.length > 0 && versions.at(-1)!.id !== id;
}

/**
 * Brings a store made with other rules up to these: every stored analysis of another version is
 * made again, and the latest version of every article is linked again from the start, in the
 * order they were added, as the store's only linker. A store with nothing in it is simply
 * marked. Cheap when the store is current (one state read; the models are loaded only when
 * something is stale).
 */
export async function rederiveStale(
  store: Store,
  models: AnalysisOptions | (() => AnalysisOptions) = {},
  bound?: HeapBound | (() => HeapBound),
): Promise<Rederived> {
  const none: Rederived = { rederived: false, analyses: 0, linked: 0 };
  if ((await store.getState(RULES_STATE)) === String(RULES_VERSION)) return none;
  const options = typeof models === 'function' ? models() : models;
  // The bound on garbage (see heap-bound.ts), made only when something is stale when given as a function.
  const heap = typeof bound === 'function' ? bound() : bound;
  if ((await store.countArticles()) === 0) {
    await store.putState(RULES_STATE, String(RULES_VERSION));
    return none;
  }
  let analyses = 0;
  const latest: string[] = [];
  for (const row of await store.listArticles()) {
    // Garbage of the articles and analyses read, made and written is bounded as `add`'s (see heap-bound.ts;
    // a check is one heap statistic, far less than an article's analysis or linking).
    heap?.check();
    const article = await store.getArticle(row.id);
    if (!article || (await replaced(store, row.id, article.externalId !== undefined || Boolean(article.metadata.url)))) continue;
    latest.push(row.id);
    const stored = await store.getAnalysis(row.id);
    if (stored?.rulesVersion === RULES_VERSION) continue;
    try {
      await store.putAnalysis({ ...analysisOf(article, options), rulesVersion: RULES_VERSION });
      analyses++;
    } catch {
      // An article whose analysis fails keeps its old one (or none); linking goes on without it.
    }
  }
  return store.exclusive(async (tx) => {
    // Another process may have done it meanwhile.
    if ((await tx.getState(RULES_STATE)) === String(RULES_VERSION)) return { ...none, analyses };
    // Merges recorded by the earlier linking are not this linking's.
    await tx.clearStoryMerges();
    const linker = Linker.create();
    let linked = 0;
    for (const id of latest) {
      const article = await tx.getArticle(id);
      if (article && (await linkArticle(tx, linker, article, await tx.getAnalysis(id)))) linked++;
      heap?.check();
    }
    await saveLinker(tx, linker, undefined, heap);
    await tx.putState(RULES_STATE, String(RULES_VERSION));
    return { rederived: true, analyses, linked };
  });
}
