// Story snapshots: a story's built dossier kept in the store with the memberships it was built from, so a large story is read, not rebuilt.
import { createHash } from 'node:crypto';
import type { Story } from '../model/dossier.js';
import type { ArticleJson } from '../model/index.js';
import { articleToJson } from '../report/index.js';
import type { StoryMember } from '../link/index.js';
import type { Store, StoryMembership } from '../store/index.js';
import { RULES_VERSION } from './rules.js';
import { loadStory } from './run.js';

/** Everything a reader of one story needs (the dossier page, the API), built once per membership. */
export interface StorySnapshot {
  /** The memberships it was built from (see `membershipSignature`). */
  signature: string;
  story: Story;
  articles: ArticleJson[];
  /** Each member article's sentence spans, so citations can point at a sentence without the analyses. */
  sentences: Record<string, [number, number][]>;
  builtAt: string;
}

/**
 * Identifies a story's memberships: its articles in link order, where each was copied from and
 * how similar it was, and the rules version. Any article joining, leaving or being re-linked
 * changes it; an article's analysis is fixed once stored (content ids) for one rules version,
 * so the memberships and the version decide the built story.
 */
export function membershipSignature(memberships: readonly StoryMembership[], rulesVersion: number = RULES_VERSION): string {
  const h = createHash('sha1');
  // A snapshot built by other rules is stale whatever its memberships.
  h.update(`rules ${rulesVersion}\n`);
  for (const m of memberships) h.update(`${m.articleId}|${m.syndicatedFrom ?? ''}|${m.similarity ?? ''}\n`);
  return h.digest('hex');
}

/** The stored snapshot of a story when it still matches the story's memberships. */
export async function storedSnapshot(store: Store, storyId: string, signature: string): Promise<StorySnapshot | null> {
  const body = await store.getStorySnapshot(storyId, signature);
  if (body === null) return null;
  try {
    const snapshot = JSON.parse(body) as StorySnapshot;
    return snapshot.signature === signature ? snapshot : null;
  } catch {
    return null;
  }
}

/** Builds a story from the store and keeps the snapshot (null when the story has no member). */
export async function buildSnapshot(store: Store, storyId: string, memberships?: readonly StoryMembership[]): Promise<StorySnapshot | null> {
  const members = memberships ?? (await store.storyMembers(storyId));
  if (members.length === 0) return null;
  const loaded = await loadStory(store, storyId, members);
  return loaded ? keepSnapshot(store, members, loaded) : null;
}

/** Keeps the snapshot of a story already built from these memberships (by a caller that needed the story anyway). */
export async function keepSnapshot(
  store: Store,
  memberships: readonly StoryMembership[],
  loaded: { story: Story; members: StoryMember[] },
): Promise<StorySnapshot> {
  const storyId = loaded.story.id;
  const sentences: Record<string, [number, number][]> = {};
  for (const m of loaded.members) sentences[m.article.id] = m.analysis.sentences.map((s) => [s.span[0], s.span[1]]);
  const snapshot: StorySnapshot = {
    signature: membershipSignature(memberships),
    story: loaded.story,
    articles: loaded.members.map((m) => articleToJson(m.article)),
    sentences,
    builtAt: new Date().toISOString(),
  };
  await store.putStorySnapshot(storyId, snapshot.signature, JSON.stringify(snapshot));
  return snapshot;
}

/** The story's snapshot: the stored one while its memberships are unchanged, else built now and stored. */
export async function storySnapshot(store: Store, storyId: string): Promise<StorySnapshot | null> {
  const members = await store.storyMembers(storyId);
  if (members.length === 0) return null;
  return (await storedSnapshot(store, storyId, membershipSignature(members))) ?? buildSnapshot(store, storyId, members);
}

/** Brings the snapshots of the given stories up to date (after a batch: the stories it touched). */
export async function refreshSnapshots(store: Store, storyIds: Iterable<string>): Promise<number> {
  let built = 0;
  for (const id of new Set(storyIds)) {
    const members = await store.storyMembers(id);
    if (members.length === 0) continue;
    if ((await store.getStorySnapshot(id, membershipSignature(members))) !== null) continue;
    if (await buildSnapshot(store, id, members)) built++;
  }
  return built;
}
