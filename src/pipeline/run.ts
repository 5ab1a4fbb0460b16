// The main job: ingest, extract, analyse, store and link documents, then build dossiers of the stories they fall in.
import { loadAttributionModel, type AnalysisOptions } from '../analyze/index.js';
import { readInputs } from '../ingest/index.js';
import { Linker, buildStory, type LinkerState, type StoryMember } from '../link/index.js';
import type { Dossier, Story } from '../model/dossier.js';
import { DOSSIER_SCHEMA_VERSION } from '../model/dossier.js';
import type { Message } from '../model/index.js';
import { articleToJson } from '../report/index.js';
import type { Store, StoryMembership } from '../store/index.js';
import { analysisOf, extractBatch } from './steps.js';

const LINKER_STATE = 'linker';

export interface RunSummary {
  added: number;
  present: number;
  failed: { source: string; messages: Message[] }[];
  /** Ids of every document of the input that is now stored (added or already present). */
  articleIds: string[];
  /** Stories the input's articles belong to. */
  storyIds: string[];
}

export interface RunOptions {
  stdin?: NodeJS.ReadableStream;
  /** Called after each document with its source. */
  onDocument?: (source: string) => void;
  /** Called when the analysis of a stored article fails (the article stays stored). */
  onWarning?: (source: string, message: Message) => void;
  /** Loaded analysis models; loaded from the package when absent. */
  analysis?: AnalysisOptions;
}

async function loadLinker(store: Store): Promise<Linker> {
  const state = await store.getState(LINKER_STATE);
  return state ? Linker.fromJSON(JSON.parse(state) as LinkerState) : Linker.create();
}

/**
 * Runs documents through the whole pipeline. Each document is stored as soon as it is
 * extracted; a failure on one never stops the rest; linking state is saved once at the end.
 */
export async function runPipeline(inputs: readonly string[], store: Store, options: RunOptions = {}): Promise<RunSummary> {
  const summary: RunSummary = { added: 0, present: 0, failed: [], articleIds: [], storyIds: [] };
  const linker = await loadLinker(store);
  const analysisOptions = options.analysis ?? { attributionModel: loadAttributionModel() };
  let linked = 0;
  const stories = new Set<string>();
  for await (const result of extractBatch(readInputs(inputs, { stdin: options.stdin }))) {
    if (!result.ok) {
      summary.failed.push({ source: result.source, messages: result.messages });
      options.onDocument?.(result.source);
      continue;
    }
    const { article } = result;
    const outcome = await store.putArticle(article);
    summary[outcome]++;
    summary.articleIds.push(article.id);
    let analysis = outcome === 'present' ? await store.getAnalysis(article.id) : null;
    if (!analysis) {
      try {
        analysis = analysisOf(article, analysisOptions);
        await store.putAnalysis(analysis);
      } catch (e) {
        options.onWarning?.(article.source, { severity: 'warning', ruleId: 'analyze/internal-error', reason: `analysis failed: ${(e as Error).message}` });
      }
    }
    if (!linker.has(article.id)) {
      const stored = outcome === 'present' ? await store.getArticle(article.id) : article;
      const d = linker.add(stored ?? article, analysis);
      const memberships: StoryMembership[] = [{ articleId: d.articleId, storyId: d.storyId, rule: d.storyRule, score: d.storyScore, syndicatedFrom: d.syndicatedFrom, similarity: d.similarity }];
      for (const id of d.rederived) {
        const m = await store.membership(id);
        if (m) memberships.push({ ...m, syndicatedFrom: article.id });
      }
      await store.putMemberships(memberships);
      linked++;
    }
    const m = await store.membership(article.id);
    if (m) stories.add(m.storyId);
    options.onDocument?.(article.source);
  }
  if (linked > 0) await store.putState(LINKER_STATE, JSON.stringify(linker.toJSON()));
  summary.storyIds = [...stories];
  return summary;
}

/** Builds one story from what the store holds. */
export async function loadStory(store: Store, storyId: string): Promise<{ story: Story; members: StoryMember[] } | null> {
  const memberships = await store.storyMembers(storyId);
  if (memberships.length === 0) return null;
  const members: StoryMember[] = [];
  for (const m of memberships) {
    const article = await store.getArticle(m.articleId);
    const analysis = await store.getAnalysis(m.articleId);
    if (article && analysis) members.push({ article, analysis, syndicatedFrom: m.syndicatedFrom, similarity: m.similarity ?? undefined });
  }
  return { story: buildStory(storyId, members), members };
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
