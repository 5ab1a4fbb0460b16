// What the queue holds: items by status, the link watermark, failures with their reasons, and pg-boss's job states.
import type { PostgresStore } from '../store/index.js';
import { BOSS_SCHEMA, DOCUMENT_QUEUE } from './queue.js';

export interface FailedItem {
  seq: number;
  source: string;
  status: 'failed' | 'rejected';
  attempts: number;
  reason: string;
  updatedAt: string;
}

export interface QueueStatus {
  /** Items by status: queued, analysed, deferred, linked, rejected, failed. */
  items: Record<string, number>;
  /** Every item with seq at or below the watermark is settled. */
  watermark: number;
  /** The last enqueued sequence number (0 when nothing was enqueued). */
  lastSeq: number;
  /** pg-boss jobs of the document queue by state (created, retry, active, completed, failed, ...). */
  jobs: Record<string, number>;
  failures: FailedItem[];
}

/** Reads the queue's state; failures are the most recent first, at most `limit` of them. */
export async function queueStatus(store: PostgresStore, options: { limit?: number; failures?: boolean } = {}): Promise<QueueStatus> {
  const items: Record<string, number> = {};
  const counts = await store.db.query<{ status: string; n: string }>('SELECT status, COUNT(*) AS n FROM queue_items GROUP BY status ORDER BY status');
  for (const r of counts.rows) items[r.status] = Number(r.n);
  const progress = await store.db.query<{ watermark: string; last: string | null }>(
    `SELECT p.watermark, (SELECT MAX(seq) FROM queue_items) AS last FROM queue_progress p WHERE p.name = 'link'`,
  );
  const jobs: Record<string, number> = {};
  const installed = await store.db.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [`${BOSS_SCHEMA}.job`]);
  if (installed.rows[0]?.t) {
    const states = await store.db.query<{ state: string; n: string }>(
      `SELECT state::text, COUNT(*) AS n FROM ${BOSS_SCHEMA}.job WHERE name = $1 GROUP BY state ORDER BY state`,
      [DOCUMENT_QUEUE],
    );
    for (const r of states.rows) jobs[r.state] = Number(r.n);
  }
  let failures: FailedItem[] = [];
  if (options.failures !== false) {
    const f = await store.db.query<{ seq: string; source: string; status: 'failed' | 'rejected'; attempts: number; reason: string | null; updated_at: Date }>(
      `SELECT seq, source, status, attempts, reason, updated_at FROM queue_items WHERE status IN ('failed', 'rejected')
       ORDER BY updated_at DESC, seq DESC LIMIT $1`,
      [options.limit ?? 50],
    );
    failures = f.rows.map((r) => ({ seq: Number(r.seq), source: r.source, status: r.status, attempts: r.attempts, reason: r.reason ?? '', updatedAt: r.updated_at.toISOString() }));
  }
  return { items, watermark: Number(progress.rows[0]?.watermark ?? 0), lastSeq: Number(progress.rows[0]?.last ?? 0), jobs, failures };
}
