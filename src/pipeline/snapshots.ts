// Story snapshots: a story's built dossier kept in the store with the memberships it was built from, so a large story is read, not rebuilt.
import { createHash } from 'node:crypto';
import type { Story } from '../model/dossier.js';
import type { ArticleJson } from '../model/index.js';
import type { StoryMember } from '../link/index.js';
import { SqliteStore, type Store, type StoryMembership } from '../store/index.js';
import { RULES_VERSION } from './rules.js';
import { loadStory, snapshotBody, takeHeld, type HeldMembers } from './story-build.js';
import { buildInPool } from './snapshot-pool.js';
import type { HeapBound } from './heap-bound.js';

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
  // The count of members leads, so that a stored snapshot tells how large a story it was built from (`refreshSnapshots`).
  return `${memberships.length}:${h.digest('hex')}`;
}

/** The number of members a snapshot's signature was made from (0 for a signature of another form). */
export function signatureMembers(signature: string): number {
  const m = /^(\d+):/.exec(signature);
  return m ? Number(m[1]) : 0;
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
  const snapshot = snapshotOf(memberships, loaded);
  await store.putStorySnapshot(loaded.story.id, snapshot.signature, JSON.stringify(snapshot));
  return snapshot;
}

/** The snapshot of a story built from these memberships. */
export function snapshotOf(memberships: readonly StoryMembership[], loaded: { story: Story; members: StoryMember[] }): StorySnapshot {
  return snapshotBody(membershipSignature(memberships), loaded);
}

/** The story's snapshot: the stored one while its memberships are unchanged, else built now and stored. */
export async function storySnapshot(store: Store, storyId: string): Promise<StorySnapshot | null> {
  const members = await store.storyMembers(storyId);
  if (members.length === 0) return null;
  return (await storedSnapshot(store, storyId, membershipSignature(members))) ?? buildSnapshot(store, storyId, members);
}

/** Snapshots written in one transaction of the store. */
const WRITE_GROUP = 64;

/**
 * Brings the snapshots of the given stories up to date (after a batch: the stories it touched).
 * With `threads` above 1 and a store in a file, worker threads read and build the stories (see
 * snapshot-pool.ts) and this thread writes them: the same snapshots, built side by side.
 */
export async function refreshSnapshots(
  store: Store,
  storyIds: Iterable<string>,
  options: { threads?: number; pooledFrom?: number; held?: HeldMembers; heap?: HeapBound; deferFrom?: number; growth?: number } = {},
): Promise<number> {
  const deferFrom = options.deferFrom ?? DEFER_FROM;
  const growth = options.growth ?? REBUILD_GROWTH;
  // The members a run of `add` holds when `storyIds` is its summary's (read back otherwise).
  const held = options.held ?? takeHeld(storyIds);
  // Garbage of the stories read, built and written is bounded as the run's (see heap-bound.ts).
  const heap = options.heap;
  const stale: { id: string; members: StoryMembership[]; signature: string }[] = [];
  let looked = 0;
  for (const id of new Set(storyIds)) {
    if (++looked % CHECK_EVERY === 0) heap?.check();
    const members = await store.storyMembers(id);
    if (members.length === 0) continue;
    const signature = membershipSignature(members);
    if ((await store.getStorySnapshot(id, signature)) !== null) continue;
    // A large story is rebuilt once it has grown by a share of its size since its stored snapshot, not on every batch
    // that adds to it: rebuilding reads every member, so rebuilding per batch costs each added article in proportion
    // to the story. In between, its stored snapshot is stale and a reader builds the story when it asks for it
    // (`storySnapshot`), as after any change.
    if (members.length >= deferFrom) {
      const built = signatureMembers((await store.storySnapshotSignature(id)) ?? '');
      if (built > 0 && members.length < built * (1 + growth)) continue;
    }
    stale.push({ id, members, signature });
  }
  const threads = Math.floor(options.threads ?? 1);
  const file = store instanceof SqliteStore ? store.file : null;
  // Worth starting threads for a batch of stories only.
  const built = threads > 1 && file !== null && stale.length >= (options.pooledFrom ?? MIN_POOLED) ? buildInPool(file, stale, threads) : buildHere(store, stale, held, heap);
  let count = 0;
  let group: { id: string; signature: string; body: string | Uint8Array }[] = [];
  const write = async (): Promise<void> => {
    const ready = group;
    group = [];
    if (ready.length === 0) return;
    await store.exclusive(async (tx) => {
      for (const b of ready) {
        // Compressed on a worker thread: only a store in a file builds there.
        if (typeof b.body === 'string') await tx.putStorySnapshot(b.id, b.signature, b.body);
        else (tx as SqliteStore).putEncodedStorySnapshot(b.id, b.signature, b.body);
      }
    });
  };
  for await (const b of built) {
    group.push(b);
    count++;
    if (group.length >= WRITE_GROUP) {
      await write();
      heap?.check();
    }
  }
  await write();
  return count;
}

/** Members from which a story's snapshot is rebuilt only after growth (`REBUILD_GROWTH`) in `refreshSnapshots`. */
const DEFER_FROM = 200;
/** The share of its members a large story grows by before `refreshSnapshots` builds it again. */
const REBUILD_GROWTH = 0.25;

/** Stories looked up between two checks of the heap bound. */
const CHECK_EVERY = 64;

/** Stories below which snapshots are built on this thread (`pooledFrom` sets another bound). */
const MIN_POOLED = 32;

async function* buildHere(
  store: Store,
  stale: readonly { id: string; members: StoryMembership[]; signature: string }[],
  held?: HeldMembers,
  heap?: HeapBound,
): AsyncGenerator<{ id: string; signature: string; body: string }> {
  for (const { id, members, signature } of stale) {
    heap?.check();
    const loaded = await loadStory(store, id, members, held);
    if (!loaded) continue;
    const snapshot = snapshotBody(signature, loaded);
    yield { id, signature: snapshot.signature, body: JSON.stringify(snapshot) };
  }
}
