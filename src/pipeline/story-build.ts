// Building one story from the store (its members' articles and analyses, the merges folded into it), with no analysis or linking code loaded: snapshot threads use it.
import { buildStory, type StoryMember } from '../link/story.js';
import type { Story } from '../model/dossier.js';
import { articleToJson } from '../report/index.js';
import type { Store, StoryMembership, StoryMergeRecord } from '../store/index.js';
import type { StorySnapshot } from './snapshots.js';

/** Builds one story from what the store holds. */
export async function loadStory(
  store: Store,
  storyId: string,
  known?: readonly StoryMembership[],
): Promise<{ story: Story; members: StoryMember[] } | null> {
  const memberships = known ?? (await store.storyMembers(storyId));
  if (memberships.length === 0) return null;
  const members: StoryMember[] = [];
  for (const m of memberships) {
    const article = await store.getArticle(m.articleId);
    const analysis = await store.getAnalysis(m.articleId);
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
