// A worker process's loop: fetch document jobs, run them, and take link steps between jobs and when the queue is idle.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { loadAttributionModel, type AnalysisOptions } from '../analyze/index.js';
import { PostgresStore } from '../store/index.js';
import { processJob, type JobContext, type WorkerHooks } from './handler.js';
import { linkStep, type LinkContext } from './link-step.js';
import { defaultWorkerOptions, type WorkerOptions } from './options.js';
import { DOCUMENT_QUEUE, startBoss, type DocumentJob } from './queue.js';
import { queueStatus } from './status.js';

export interface WorkerEvents {
  /** A job ran (whatever its outcome). */
  onJob?: (seq: number) => void;
  /** A link step settled this many items. */
  onLinked?: (count: number) => void;
  /** A database or queue error the worker survived (it retries). */
  onError?: (error: Error) => void;
}

export interface RunningWorker {
  /** Resolves when the worker has stopped (asked to, or idle with untilDone). */
  done: Promise<void>;
  /** Finishes the jobs in hand, then stops. */
  stop(): Promise<void>;
}

export interface StartWorkerArgs {
  url: string;
  options?: Partial<WorkerOptions>;
  hooks?: WorkerHooks;
  events?: WorkerEvents;
  analysis?: AnalysisOptions;
}

/** Starts a worker on the database at url: pg-boss (with maintenance), the store, and `concurrency` job loops. */
export async function startWorker(args: StartWorkerArgs): Promise<RunningWorker> {
  const options: WorkerOptions = { ...defaultWorkerOptions, ...args.options };
  const events = args.events ?? {};
  const report = (e: unknown): void => events.onError?.(e instanceof Error ? e : new Error(String(e)));
  const store = await PostgresStore.open(args.url, { maxConnections: options.concurrency + 3 });
  let boss: PgBoss;
  try {
    boss = await startBoss(args.url, { supervise: true, maintenanceIntervalSeconds: options.maintenanceIntervalSeconds, onError: report });
  } catch (e) {
    await store.close();
    throw e;
  }
  const analysis = args.analysis ?? { attributionModel: loadAttributionModel() };
  const ctx: JobContext = { store, boss, analysis, options, hooks: args.hooks ?? {} };
  const link: LinkContext = {
    store,
    analysis,
    maxLinkRun: options.maxLinkRun,
    cache: null,
    workerId: `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
    handoverSeconds: options.linkHandoverSeconds,
  };
  let stopping = false;
  let linking = false;
  let lastLink = 0;

  /**
   * Takes a link step, and more at once only while each fills its run (a backlog): every step
   * saves the whole linker state, so steps are spaced by linkIntervalMs while jobs keep coming.
   */
  const maybeLink = async (force: boolean): Promise<void> => {
    if (linking || (!force && Date.now() - lastLink < options.linkIntervalMs)) return;
    linking = true;
    try {
      for (;;) {
        lastLink = Date.now();
        const n = await linkStep(link);
        if (n === null || n === 0) break;
        events.onLinked?.(n);
        if (n < options.maxLinkRun) break;
      }
    } catch (e) {
      link.cache = null;
      report(e);
    } finally {
      linking = false;
    }
  };

  /** Hands a job whose run hit a database error back to pg-boss for a retry, once the database answers again. */
  const release = async (job: PgBoss.Job<DocumentJob>, error: Error): Promise<void> => {
    for (let i = 0; i < 60 && !stopping; i++) {
      try {
        await boss.fail(DOCUMENT_QUEUE, job.id, { message: error.message });
        return;
      } catch {
        await sleep(1000);
      }
    }
  };

  const loop = async (): Promise<void> => {
    while (!stopping) {
      let jobs: PgBoss.Job<DocumentJob>[] = [];
      try {
        jobs = await boss.fetch<DocumentJob>(DOCUMENT_QUEUE, { batchSize: 1 });
      } catch (e) {
        report(e);
      }
      if (jobs.length === 0) {
        await maybeLink(true);
        if (options.untilDone) {
          try {
            const s = await queueStatus(store);
            if (s.watermark >= s.lastSeq) break;
          } catch (e) {
            report(e);
          }
        }
        await sleep(options.pollMs);
        continue;
      }
      for (const job of jobs) {
        try {
          await processJob(ctx, job);
          events.onJob?.(job.data.seq);
        } catch (e) {
          report(e);
          await release(job, e as Error);
        }
      }
      await maybeLink(false);
    }
  };

  const loops = Array.from({ length: Math.max(1, options.concurrency) }, () => loop());
  const done = Promise.all(loops).then(async () => {
    stopping = true;
    await boss.stop({ graceful: true, wait: true }).catch(report);
    await store.close().catch(report);
  });
  return {
    done,
    stop: async () => {
      stopping = true;
      await done;
    },
  };
}
