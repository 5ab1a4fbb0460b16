// The document job: extract and analyse one queue item, store the article, and settle the item; retried with backoff on a throw.
import type PgBoss from 'pg-boss';
import type { AnalysisOptions } from '../analyze/index.js';
import type { Document } from '../model/index.js';
import { explicitDate, extractItem, needsBatchDate, storeAndAnalyse } from '../pipeline/index.js';
import { formatMessage } from '../report/index.js';
import type { PostgresStore } from '../store/index.js';
import type { WorkerOptions } from './options.js';
import { DOCUMENT_QUEUE, bossDb, type DocumentJob } from './queue.js';

/** Calls a worker makes around its work, for supervision and fault injection in tests. */
export interface WorkerHooks {
  /** Called before a document is extracted; a throw fails the attempt like an extraction bug would. */
  beforeDocument?: (document: Document) => void;
}

export interface JobContext {
  store: PostgresStore;
  boss: PgBoss;
  analysis: AnalysisOptions;
  options: WorkerOptions;
  hooks: WorkerHooks;
}

type Settlement =
  | { status: 'analysed'; articleId: string; explicitDate: string | null; reason: string | null }
  | { status: 'deferred' | 'rejected' | 'failed'; reason: string | null };

/** Settles a queued item and completes its job in one transaction; a second delivery finds it settled. */
async function settle(ctx: JobContext, seq: number, jobId: string, s: Settlement): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    await tx.db.query(
      `UPDATE queue_items SET status = $2, article_id = $3, explicit_date = $4, reason = $5, updated_at = now()
       WHERE seq = $1 AND status = 'queued'`,
      [seq, s.status, s.status === 'analysed' ? s.articleId : null, s.status === 'analysed' ? s.explicitDate : null, s.reason],
    );
    await ctx.boss.complete(DOCUMENT_QUEUE, jobId, { status: s.status, reason: s.reason }, { db: bossDb(tx.db) });
  });
}

/**
 * Runs one job. The attempt is counted before any work, so a document that kills its worker
 * is recognised on a later delivery and settled as failed instead of killing the next one.
 */
export async function processJob(ctx: JobContext, job: PgBoss.Job<DocumentJob>): Promise<void> {
  const { seq } = job.data;
  const claimed = await ctx.store.db.query<{ attempts: number; document_id: string; reason: string | null }>(
    `UPDATE queue_items SET attempts = attempts + 1, updated_at = now() WHERE seq = $1 AND status = 'queued' RETURNING attempts, document_id, reason`,
    [seq],
  );
  const item = claimed.rows[0];
  if (!item) {
    await ctx.boss.complete(DOCUMENT_QUEUE, job.id, { status: 'already settled' });
    return;
  }
  if (item.attempts > ctx.options.maxAttempts) {
    const last = item.reason ? `; last error: ${item.reason}` : '; no error was recorded (the worker process exited or lost its database)';
    await settle(ctx, seq, job.id, { status: 'failed', reason: `stopped without finishing in ${item.attempts - 1} attempts${last}` });
    return;
  }
  const { rows } = await ctx.store.db.query<{ document: Document }>('SELECT document FROM documents WHERE id = $1', [item.document_id]);
  const document = rows[0]?.document;
  if (!document) {
    await settle(ctx, seq, job.id, { status: 'failed', reason: `document ${item.document_id} is missing from the documents table` });
    return;
  }
  let result: ReturnType<typeof extractItem>;
  try {
    ctx.hooks.beforeDocument?.(document);
    result = extractItem({ ok: true, document });
  } catch (e) {
    const reason = (e as Error).message || String(e);
    if (item.attempts >= ctx.options.maxAttempts) {
      await settle(ctx, seq, job.id, { status: 'failed', reason: `failed on all ${item.attempts} attempts; last error: ${reason}` });
      return;
    }
    await ctx.store.db.query('UPDATE queue_items SET reason = $2, updated_at = now() WHERE seq = $1', [seq, reason]);
    await ctx.boss.fail(DOCUMENT_QUEUE, job.id, { message: reason });
    return;
  }
  let settlement: Settlement;
  if (!result.ok) {
    settlement = { status: 'rejected', reason: result.messages.filter((m) => m.severity === 'error').map(formatMessage).join('; ') };
  } else if (needsBatchDate(result)) {
    settlement = { status: 'deferred', reason: null };
  } else {
    // Database errors from here on reach the worker loop, which hands the job back for a retry.
    const stored = await storeAndAnalyse(ctx.store, result.article, ctx.analysis);
    settlement = { status: 'analysed', articleId: result.article.id, explicitDate: explicitDate(result), reason: stored.warning ? formatMessage(stored.warning) : null };
  }
  await settle(ctx, seq, job.id, settlement);
}
