// Building one story from the store (its members' articles and analyses, the merges folded into it), with no analysis or linking code loaded: snapshot threads use it.
import { buildStory, type StoryMember } from '../link/story.js';
import type { Story } from '../model/dossier.js';
import type { Article } from '../model/index.js';
import type { ArticleAnalysis } from '../model/analysis.js';
import { articleToJson } from '../report/index.js';
import type { Store, StoryMembership, StoryMergeRecord } from '../store/index.js';
import { decodeAnalysis } from '../store/encoded.js';
import type { StorySnapshot } from './snapshots.js';

/**
 * Articles and analyses a run already holds in memory, as the store holds them (the run stored
 * them): story building takes them from here instead of reading them back. An analysis is held
 * in its stored form (`encodeAnalysis` with its article's text, a tenth of the analysis as
 * objects) and made again when a story needs it, as the store reads it back.
 */
export interface HeldMembers {
  articles: ReadonlyMap<string, Article>;
  analyses: ReadonlyMap<string, Uint8Array>;
}

/** A member's analysis from what the run holds (its stored form beside its article), else null. */
function heldAnalysis(held: HeldMembers | undefined, article: Article | undefined): ArticleAnalysis | null {
  const data = article && held?.analyses.get(article.id);
  return data ? decodeAnalysis(data, article.text) : null;
}

/**
 * What a run stored and still holds in memory (its added articles and their analyses, up to a
 * bound), by the run's `storyIds`: `refreshSnapshots(store, summary.storyIds)` builds the run's
 * stories from these instead of reading them back, then lets them go.
 */
export const heldByRun = new WeakMap<readonly string[], HeldMembers>();

/** The members a run holds for the snapshots of its stories (see heldByRun); taken once. */
export function takeHeld(storyIds: Iterable<string>): HeldMembers | undefined {
  const key = storyIds as readonly string[];
  const held = heldByRun.get(key);
  heldByRun.delete(key);
  return held;
}

/** Builds one story from what the store holds (members the run holds in `held` are not read back). */
export async function loadStory(
  store: Store,
  storyId: string,
  known?: readonly StoryMembership[],
  held?: HeldMembers,
): Promise<{ story: Story; members: StoryMember[] } | null> {
  const memberships = known ?? (await store.storyMembers(storyId));
  if (memberships.length === 0) return null;
  const members: StoryMember[] = [];
  for (const m of memberships) {
    const kept = held?.articles.get(m.articleId);
    const article = kept ?? (await store.getArticle(m.articleId));
    const analysis = heldAnalysis(held, kept) ?? (await store.getAnalysis(m.articleId));
    if (article && analysis) members.push({ article, analysis, syndicatedFrom: m.syndicatedFrom, similarity: m.similarity ?? undefined });
  }
  const story = buildStory(storyId, members);
  const merges = await mergesInto(store, storyId);
  if (merges.length > 0) story.merges = merges;
  return { story, members };
}

/** The merges that folded stories into this one, then those into the stories they folded in (each in the order stored). */
export async function mergesInto(store: Store, storyId: string): Promise<StoryMergeRecord[]> {
  const out: StoryMergeRecord[] = [];
  const seen = new Set([storyId]);
  const queue = [storyId];
  while (queue.length > 0) {
    for (const m of await store.storyMerges(queue.shift()!)) {
      if (seen.has(m.storyId)) continue;
      seen.add(m.storyId);
      // A story that has members again was not merged in the latest linking (the store was linked anew).
      if ((await store.storyMembers(m.storyId)).length > 0) continue;
      out.push(m);
      queue.push(m.storyId);
    }
  }
  return out;
}

/** The snapshot of a story built from the memberships whose signature is given (see `membershipSignature`). */
export function snapshotBody(signature: string, loaded: { story: Story; members: StoryMember[] }): StorySnapshot {
  const sentences: Record<string, [number, number][]> = {};
  for (const m of loaded.members) sentences[m.article.id] = m.analysis.sentences.map((s) => [s.span[0], s.span[1]]);
  return {
    signature,
    story: loaded.story,
    articles: loaded.members.map((m) => articleToJson(m.article)),
    sentences,
    builtAt: new Date().toISOString(),
  };
}
