// A snapshot thread: reads each story it is sent from the store's file, builds its snapshot and posts back the stored body.
import { parentPort, workerData } from 'node:worker_threads';
import { encodeSnapshot } from '../store/encoded.js';
import { SqliteStore } from '../store/sqlite.js';
import type { SnapshotRequest, SnapshotResponse } from './snapshot-pool.js';
import { loadStory, snapshotBody } from './story-build.js';

// Reads only: it sees what the writing connection has committed.
const store = new SqliteStore((workerData as { file: string }).file);

parentPort?.on('message', (req: SnapshotRequest) => {
  void (async () => {
    let res: SnapshotResponse;
    try {
      const loaded = await loadStory(store, req.storyId, req.memberships);
      if (!loaded) res = { seq: req.seq, ok: true, signature: '', body: null };
      else {
        const snapshot = snapshotBody(req.signature, loaded);
        res = { seq: req.seq, ok: true, signature: snapshot.signature, body: encodeSnapshot(JSON.stringify(snapshot)) };
      }
    } catch (e) {
      res = { seq: req.seq, ok: false, error: (e as Error).message };
    }
    parentPort!.postMessage(res, res.ok && res.body ? [res.body.buffer as ArrayBuffer] : []);
  })();
});
