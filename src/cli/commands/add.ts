// `triangulate add`: ingests, extracts, analyses, stores and links documents, then prints a one-line summary.
import { runPipeline, type RunSummary } from '../../pipeline/index.js';
import { formatMessage } from '../../report/index.js';
import { openStore, type Store } from '../../store/index.js';
import { EXIT, type Io } from '../io.js';
import { Progress } from '../progress.js';

/** Runs the pipeline over the inputs with a progress bar and warnings on standard error. */
export async function addWithProgress(paths: string[], store: Store, io: Io, quiet: boolean): Promise<RunSummary> {
  const progress = new Progress(io.isTty && !quiet, 'adding');
  try {
    return await runPipeline(paths, store, {
      stdin: io.stdin,
      onDocument: (source) => progress.tick(source),
      onWarning: (source, m) => io.err(`${source}: ${formatMessage(m)}`),
    });
  } finally {
    progress.finish();
  }
}

export function summaryLine(s: RunSummary): string {
  return `${s.added} added, ${s.present} already present, ${s.failed.length} failed`;
}

export function reportFailures(s: RunSummary, io: Io): void {
  for (const f of s.failed) io.err(`${f.source}: ${f.messages.filter((m) => m.severity === 'error').map(formatMessage).join('; ')}`);
}

export async function addCommand(paths: string[], opts: { db: string; json?: boolean }, io: Io): Promise<number> {
  const store = await openStore(opts.db);
  let summary: RunSummary;
  try {
    summary = await addWithProgress(paths, store, io, opts.json === true);
  } finally {
    await store.close();
  }
  if (opts.json) {
    io.out(JSON.stringify({
      added: summary.added,
      present: summary.present,
      failed: summary.failed.map((f) => ({ source: f.source, reason: f.messages.filter((m) => m.severity === 'error').map(formatMessage).join('; ') })),
    }));
  } else {
    reportFailures(summary, io);
    io.out(`${summaryLine(summary)} (store: ${opts.db})`);
  }
  return summary.failed.length > 0 ? EXIT.documentFailed : EXIT.ok;
}
