// Story snapshots built on worker threads: each thread reads the stories it is given from the store's file and posts back their stored form.
import { Worker } from 'node:worker_threads';
import type { StoryMembership } from '../store/index.js';

export interface SnapshotRequest {
  seq: number;
  storyId: string;
  memberships: StoryMembership[];
  /** `membershipSignature` of the memberships (made by the caller, which holds the rules version). */
  signature: string;
}

export type SnapshotResponse =
  | { seq: number; ok: true; signature: string; body: Uint8Array | null }
  | { seq: number; ok: false; error: string };

/** Stories sent ahead of the one being written, per thread. */
const AHEAD_PER_THREAD = 8;

/**
 * Builds the stories' snapshots on `threads` threads that read the committed store in `file`,
 * given back in the order of `stories` as stored bodies (DEFLATE of the snapshot's JSON); a
 * story without members gives nothing. The same snapshots as building them one after another.
 */
export async function* buildInPool(
  file: string,
  stories: readonly { id: string; members: StoryMembership[]; signature: string }[],
  threads: number,
): AsyncGenerator<{ id: string; signature: string; body: Uint8Array }> {
  const workers = Array.from({ length: Math.min(threads, stories.length) }, () => new Worker(new URL('./snapshot-worker.js', import.meta.url), { workerData: { file } }));
  const pending = new Map<number, { resolve: (r: SnapshotResponse) => void; reject: (e: Error) => void }>();
  let failure: Error | null = null;
  const fail = (e: Error): void => {
    failure ??= e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  const load = workers.map(() => 0);
  workers.forEach((w, i) => {
    w.on('message', (res: SnapshotResponse) => {
      load[i]!--;
      const p = pending.get(res.seq);
      pending.delete(res.seq);
      p?.resolve(res);
    });
    w.on('error', fail);
    w.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a snapshot thread stopped with code ${code}`));
    });
  });
  const send = (req: SnapshotRequest): Promise<SnapshotResponse> => {
    if (failure) return Promise.reject(failure);
    let at = 0;
    for (let i = 1; i < workers.length; i++) if (load[i]! < load[at]!) at = i;
    load[at]!++;
    const result = new Promise<SnapshotResponse>((resolve, reject) => {
      pending.set(req.seq, { resolve, reject });
      workers[at]!.postMessage(req);
    });
    result.catch(() => undefined); // awaited in order below
    return result;
  };
  try {
    const queue: Promise<SnapshotResponse>[] = [];
    let next = 0;
    while (next < stories.length || queue.length > 0) {
      while (next < stories.length && queue.length < workers.length * AHEAD_PER_THREAD) {
        const s = stories[next]!;
        queue.push(send({ seq: next, storyId: s.id, memberships: s.members, signature: s.signature }));
        next++;
      }
      const res = await queue.shift()!;
      if (!res.ok) throw new Error(`building story ${stories[res.seq]!.id}: ${res.error}`);
      if (res.body !== null) yield { id: stories[res.seq]!.id, signature: res.signature, body: res.body };
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
