// `triangulate serve`: the web UI and HTTP API over a store, on loopback unless a token guards it.
import { availableParallelism } from 'node:os';
import { loadAttributionModel } from '../../analyze/index.js';
import { HeapBound, rederiveStale } from '../../pipeline/index.js';
import { startServer } from '../../server/index.js';
import { openStore } from '../../store/index.js';
import { EXIT, type Io } from '../io.js';

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  token?: string;
}

/** Serves until the process is stopped (SIGINT/SIGTERM close the server and the store). */
export async function serveCommand(opts: ServeOptions, io: Io): Promise<number> {
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    io.err(`triangulate: --port must be a number from 0 to 65535`);
    return EXIT.usage;
  }
  const token = opts.token ?? process.env.TRIANGULATE_TOKEN ?? null;
  const store = await openStore(opts.db);
  let server;
  try {
    // After an upgrade of the rules, stored analyses and stories are made again before they are served (under a
    // bound on garbage, as `add`: nothing is answered yet, so its full collections stop no request).
    const r = await rederiveStale(store, () => ({ attributionModel: loadAttributionModel() }), () => new HeapBound());
    if (r.rederived) io.err(`the rules changed since ${opts.db} was written: ${r.analyses} analyses made again, ${r.linked} articles linked again`);
    // Uploads are extracted and analysed on worker threads, so pages keep answering while they are ingested.
    server = await startServer({ store, host: opts.host, port: opts.port, token, ingest: { threads: Math.max(2, availableParallelism()) } });
  } catch (e) {
    await store.close();
    io.err(`triangulate: ${(e as Error).message}`);
    return EXIT.usage;
  }
  io.err(`serving ${opts.db} at ${server.url}/${token ? ' (token required: sign in at /login in a browser)' : ''}`);
  const running = server;
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running.close();
  await store.close();
  return EXIT.ok;
}
