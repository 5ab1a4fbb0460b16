// Enqueueing a batch: every input gets a gapless sequence number, its document is kept, and one job asks for it.
import { randomUUID } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { readInputs } from '../ingest/index.js';
import { formatMessage } from '../report/index.js';
import type { PostgresStore } from '../store/index.js';
import { defaultQueueOptions, type QueueOptions } from './options.js';
import { DOCUMENT_QUEUE, ENQUEUE_LOCK, bossDb, jobSettings, type DocumentJob } from './queue.js';

export interface EnqueueSummary {
  batchId: number | null;
  firstSeq: number;
  lastSeq: number;
  /** Documents given a job. */
  queued: number;
  /** Inputs that could not be read as documents (empty, binary, too large), settled at once. */
  rejected: { source: string; reason: string }[];
}

/** Jobs inserted per statement. */
const CHUNK = 500;

/**
 * Enqueues one batch in one transaction under the enqueue lock, so a batch's sequence numbers
 * are contiguous and follow input order, and items, documents and jobs appear together or not
 * at all. The batch is the unit the embedded run also works in (see extractBatch).
 */
export async function enqueueInputs(
  store: PostgresStore,
  boss: PgBoss,
  inputs: readonly string[],
  options: { stdin?: NodeJS.ReadableStream; queue?: QueueOptions } = {},
): Promise<EnqueueSummary> {
  const settings = jobSettings(options.queue ?? defaultQueueOptions);
  return store.transaction(async (tx) => {
    await tx.db.query('SELECT pg_advisory_xact_lock($1)', [ENQUEUE_LOCK]);
    const { rows } = await tx.db.query<{ next: string }>('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM queue_items');
    const firstSeq = Number(rows[0]!.next);
    const batch = await tx.db.query<{ id: string }>('INSERT INTO queue_batches (first_seq, last_seq) VALUES ($1, $1) RETURNING id', [firstSeq]);
    const batchId = Number(batch.rows[0]!.id);
    const summary: EnqueueSummary = { batchId, firstSeq, lastSeq: firstSeq - 1, queued: 0, rejected: [] };
    let jobs: PgBoss.JobInsert<DocumentJob>[] = [];
    const flush = async (): Promise<void> => {
      if (jobs.length > 0) await boss.insert(jobs, { db: bossDb(tx.db) });
      jobs = [];
    };
    let seq = firstSeq;
    for await (const item of readInputs(inputs, { stdin: options.stdin })) {
      if (!item.ok) {
        const reason = item.messages.filter((m) => m.severity === 'error').map(formatMessage).join('; ');
        await tx.db.query(`INSERT INTO queue_items (seq, batch_id, source, status, reason) VALUES ($1, $2, $3, 'rejected', $4)`, [seq, batchId, item.source, reason]);
        summary.rejected.push({ source: item.source, reason });
      } else {
        const doc = item.document;
        await tx.db.query('INSERT INTO documents (id, document) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [doc.id, JSON.stringify(doc)]);
        const jobId = randomUUID();
        await tx.db.query(
          `INSERT INTO queue_items (seq, batch_id, document_id, source, status, job_id) VALUES ($1, $2, $3, $4, 'queued', $5)`,
          [seq, batchId, doc.id, doc.source, jobId],
        );
        // Workers take jobs highest priority first: in sequence order, so the link watermark follows close behind.
        jobs.push({ id: jobId, name: DOCUMENT_QUEUE, data: { seq }, priority: Math.max(-seq, -2_147_483_648), ...settings });
        summary.queued++;
        if (jobs.length >= CHUNK) await flush();
      }
      seq++;
    }
    await flush();
    summary.lastSeq = seq - 1;
    if (summary.lastSeq < firstSeq) {
      await tx.db.query('DELETE FROM queue_batches WHERE id = $1', [batchId]);
      summary.batchId = null;
    } else {
      await tx.db.query('UPDATE queue_batches SET last_seq = $2 WHERE id = $1', [batchId, summary.lastSeq]);
    }
    return summary;
  });
}
