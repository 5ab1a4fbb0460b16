// `triangulate add`: ingests, extracts, analyses, stores and links documents, then prints a one-line summary.
import { availableParallelism } from 'node:os';
import type { WebOptions } from '../../ingest/web/index.js';
import { HeapBound, refreshSnapshots, runPipeline, type RunSummary } from '../../pipeline/index.js';
import { formatMessage } from '../../report/index.js';
import { isPostgresUrl, openStore, PostgresStore, type Store } from '../../store/index.js';
import { enqueueInputs, startBoss } from '../../worker/index.js';
import { EXIT, type Io } from '../io.js';
import { Progress } from '../progress.js';
import { webOptionsOf, type WebFlags } from '../web-options.js';

/** Runs the pipeline over the inputs (URLs and feeds fetched with `web`) with a progress bar and warnings on standard error. */
export async function addWithProgress(paths: string[], store: Store, io: Io, quiet: boolean, web: Partial<WebOptions> = {}, threads?: number, heap?: HeapBound): Promise<RunSummary> {
  const progress = new Progress(io.isTty && !quiet, 'adding');
  try {
    return await runPipeline(paths, store, {
      stdin: io.stdin,
      web,
      heap,
      threads: threads ?? availableParallelism(),
      onDocument: (source) => progress.tick(source),
      onWarning: (source, m) => io.err(`${source}: ${formatMessage(m)}`),
    });
  } finally {
    progress.finish();
  }
}

export function summaryLine(s: RunSummary): string {
  return `${s.added} added${s.versions > 0 ? ` (${s.versions} new ${s.versions === 1 ? 'version' : 'versions'} of stored articles)` : ''}, ${s.present} already present, ${s.failed.length} failed`;
}

export function reportFailures(s: RunSummary, io: Io): void {
  for (const f of s.failed) io.err(`${f.source}: ${f.messages.filter((m) => m.severity === 'error').map(formatMessage).join('; ')}`);
}

export async function addCommand(paths: string[], opts: { db: string; json?: boolean; queue?: boolean; threads?: number } & WebFlags, io: Io): Promise<number> {
  if (opts.queue) return enqueueCommand(paths, opts, io);
  const store = await openStore(opts.db);
  let summary: RunSummary;
  try {
    // One bound on garbage for the run and the snapshots after it (see src/pipeline/heap-bound.ts).
    const heap = new HeapBound();
    summary = await addWithProgress(paths, store, io, opts.json === true, webOptionsOf(opts), opts.threads, heap);
    // The stories the batch touched are built once now, so reading them (serve, dossier) does not rebuild them.
    // Snapshot threads pay for their start-up only with cores to spare: with two threads on two cores, GVA dev's
    // 1,900 small stories took 37-38.5 s with them and 35.4 s without (bench/RESULTS.md), so two or fewer build here.
    const threads = opts.threads ?? availableParallelism();
    if (summary.added > 0) await refreshSnapshots(store, summary.storyIds, { threads: threads > 2 ? threads : 1, heap });
  } finally {
    await store.close();
  }
  if (opts.json) {
    io.out(JSON.stringify({
      added: summary.added,
      present: summary.present,
      // Only when some added article is a new version of a stored one.
      ...(summary.versions > 0 ? { versions: summary.versions } : {}),
      failed: summary.failed.map((f) => ({ source: f.source, reason: f.messages.filter((m) => m.severity === 'error').map(formatMessage).join('; ') })),
    }));
  } else {
    reportFailures(summary, io);
    io.out(`${summaryLine(summary)} (store: ${opts.db})`);
  }
  return summary.failed.length > 0 ? EXIT.documentFailed : EXIT.ok;
}

/** `add --queue`: enqueues the inputs as one batch for `triangulate worker` processes (PostgreSQL only). */
async function enqueueCommand(paths: string[], opts: { db: string; json?: boolean }, io: Io): Promise<number> {
  if (!isPostgresUrl(opts.db)) {
    io.err('triangulate: --queue needs a PostgreSQL store: --db postgres://... (or DATABASE_URL)');
    return EXIT.usage;
  }
  const store = await PostgresStore.open(opts.db);
  try {
    const boss = await startBoss(opts.db, { supervise: false, onError: (e) => io.err(`queue: ${e.message}`) });
    try {
      const s = await enqueueInputs(store, boss, paths, { stdin: io.stdin });
      if (opts.json) {
        io.out(JSON.stringify({ batch: s.batchId, firstSeq: s.firstSeq, lastSeq: s.lastSeq, queued: s.queued, rejected: s.rejected }));
      } else {
        for (const r of s.rejected) io.err(`${r.source}: ${r.reason}`);
        const range = s.batchId === null ? 'nothing to enqueue' : `batch ${s.batchId}, items ${s.firstSeq}-${s.lastSeq}`;
        io.out(`${s.queued} queued, ${s.rejected.length} rejected (${range}); run \`triangulate worker --db ...\` to process them`);
      }
      return s.rejected.length > 0 ? EXIT.documentFailed : EXIT.ok;
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  } finally {
    await store.close();
  }
}
