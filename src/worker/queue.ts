// The pg-boss queue the workers share: its name, lock keys, starting pg-boss and running its SQL inside our transactions.
import PgBoss from 'pg-boss';
import type { Queryable } from '../store/index.js';
import { LINK_LOCK } from '../store/index.js';
import type { QueueOptions } from './options.js';

/** The one queue: each job asks for one queue item (by sequence number) to be extracted and analysed. */
export const DOCUMENT_QUEUE = 'triangulate-document';

/** Schema pg-boss keeps its tables in. */
export const BOSS_SCHEMA = 'pgboss';

/** Advisory lock keys: linking (one linker at a time) and enqueueing (gapless sequence numbers). */
export { LINK_LOCK } from '../store/index.js';
export const ENQUEUE_LOCK = '7599311427108450306';

export interface DocumentJob {
  seq: number;
}

/** Lets pg-boss run its statements on a client inside one of our transactions. */
export function bossDb(db: Queryable): PgBoss.Db {
  return { executeSql: async (text: string, values: unknown[]) => db.query(text, values) };
}

/** What pg-boss needs to retry and expire a document job as the options say. */
export function jobSettings(options: QueueOptions): Pick<PgBoss.JobInsert, 'retryLimit' | 'retryDelay' | 'retryBackoff' | 'expireInSeconds'> {
  // Two more deliveries than attempts, so the delivery after a worker's last crash settles the item as failed.
  return { retryLimit: options.maxAttempts + 2, retryDelay: options.retryDelaySeconds, retryBackoff: true, expireInSeconds: options.expireInSeconds };
}

/**
 * Starts pg-boss on the database (installing or migrating its schema) and creates the queue.
 * `supervise` runs the maintenance that expires the jobs of dead workers; producers leave it off.
 */
export async function startBoss(url: string, options: { supervise: boolean; maintenanceIntervalSeconds?: number; onError?: (e: Error) => void }): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: BOSS_SCHEMA,
    supervise: options.supervise,
    schedule: false,
    max: 4,
    ...(options.maintenanceIntervalSeconds !== undefined ? { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds } : {}),
  });
  boss.on('error', (e: Error) => options.onError?.(e));
  await boss.start();
  if (!(await boss.getQueue(DOCUMENT_QUEUE))) {
    try {
      await boss.createQueue(DOCUMENT_QUEUE, { name: DOCUMENT_QUEUE, policy: 'standard' });
    } catch (e) {
      // Another process created it at the same moment.
      if (!(await boss.getQueue(DOCUMENT_QUEUE))) throw e;
    }
  }
  return boss;
}

/** The pg-boss state and output of a job, wherever pg-boss keeps it now (job or archive table), or null. */
export async function jobState(db: Queryable, jobId: string): Promise<{ state: string; output: unknown } | null> {
  const { rows } = await db.query<{ state: string; output: unknown }>(
    `SELECT state::text, output FROM ${BOSS_SCHEMA}.job WHERE id = $1
     UNION ALL SELECT state::text, output FROM ${BOSS_SCHEMA}.archive WHERE id = $1 LIMIT 1`,
    [jobId],
  );
  return rows[0] ?? null;
}

/** The reason in a failed job's output, as pg-boss records it. */
export function jobFailureReason(output: unknown): string {
  const o = output as { message?: unknown; value?: { message?: unknown } } | null;
  const message = o?.message ?? o?.value?.message;
  return typeof message === 'string' ? message : JSON.stringify(output);
}
