// `triangulate worker`: processes queued documents (extract, analyse, store) and links them in input order, until stopped.
import { isPostgresUrl } from '../../store/index.js';
import { startWorker } from '../../worker/index.js';
import { EXIT, type Io } from '../io.js';

export interface WorkerCommandOptions {
  db: string;
  concurrency?: number;
  untilDone?: boolean;
  quiet?: boolean;
}

export async function workerCommand(opts: WorkerCommandOptions, io: Io): Promise<number> {
  if (!isPostgresUrl(opts.db)) {
    io.err('triangulate: worker needs a PostgreSQL store: --db postgres://... (or DATABASE_URL)');
    return EXIT.usage;
  }
  const concurrency = opts.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    io.err('triangulate: --concurrency takes a whole number of at least 1');
    return EXIT.usage;
  }
  let jobs = 0;
  let linked = 0;
  const worker = await startWorker({
    url: opts.db,
    options: { concurrency, untilDone: opts.untilDone === true },
    events: {
      onJob: () => jobs++,
      onLinked: (n) => (linked += n),
      onError: (e) => io.err(`worker: ${e.message}`),
    },
  });
  const stop = (): void => {
    if (!opts.quiet) io.err('worker: stopping after the jobs in hand');
    void worker.stop();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (!opts.quiet) io.err(`worker: pid ${process.pid}, ${concurrency} job loop(s), waiting for jobs`);
  try {
    await worker.done;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  if (!opts.quiet) io.out(`${jobs} jobs run, ${linked} queue items settled by this worker's link steps`);
  return EXIT.ok;
}
