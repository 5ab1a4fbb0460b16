// The link step: under an advisory lock, links the analysed items after the watermark strictly in sequence order.
import type { AnalysisOptions } from '../analyze/index.js';
import type { Linker } from '../link/index.js';
import type { Document } from '../model/index.js';
import { extractItem, linkArticle, loadLinker, RULES_STATE, RULES_VERSION, saveLinker, storeAndAnalyse } from '../pipeline/index.js';
import { formatMessage } from '../report/index.js';
import type { PostgresStore } from '../store/index.js';
import { LINK_LOCK, jobFailureReason, jobState } from './queue.js';

/** The linker a worker kept from its last link step, valid while the stored state's version is unchanged. */
export interface LinkerCache {
  version: number;
  linker: Linker;
}

export interface LinkContext {
  store: PostgresStore;
  analysis: AnalysisOptions;
  maxLinkRun: number;
  cache: LinkerCache | null;
  /** This worker's name in queue_progress.linked_by. */
  workerId: string;
  /** Seconds without progress after which another worker takes linking over from the one that linked last. */
  handoverSeconds: number;
}

interface ItemRow {
  seq: string;
  batch_id: string;
  status: string;
  article_id: string | null;
  job_id: string | null;
  last_seq: string;
}

/** Links one stored article (a no-op for an article the linker already holds). */
async function linkStored(tx: PostgresStore, linker: Linker, articleId: string): Promise<boolean> {
  const article = await tx.getArticle(articleId);
  if (!article) throw new Error(`article ${articleId} of an analysed queue item is not stored`);
  return linkArticle(tx, linker, article, await tx.getAnalysis(articleId));
}

/**
 * Settles the items of a finished batch whose pages never state a year, as the embedded run
 * does at the end of a batch: extracted again with the latest date the rest of the batch
 * states explicitly, then stored, analysed and linked in sequence order.
 */
async function settleDeferred(tx: PostgresStore, linker: Linker, batchId: string, analysis: AnalysisOptions): Promise<boolean> {
  const ref = await tx.db.query<{ day: string | null }>(
    `SELECT MAX(explicit_date) AS day FROM queue_items WHERE batch_id = $1 AND status IN ('analysed', 'linked')`,
    [batchId],
  );
  const referenceDate = ref.rows[0]?.day ?? null;
  const { rows } = await tx.db.query<{ seq: string; document: Document }>(
    `SELECT i.seq, d.document FROM queue_items i JOIN documents d ON d.id = i.document_id
     WHERE i.batch_id = $1 AND i.status = 'deferred' ORDER BY i.seq`,
    [batchId],
  );
  let changed = false;
  for (const row of rows) {
    const result = extractItem({ ok: true, document: row.document }, referenceDate ? { referenceDate } : {});
    if (!result.ok) {
      const reason = result.messages.filter((m) => m.severity === 'error').map(formatMessage).join('; ');
      await tx.db.query(`UPDATE queue_items SET status = 'rejected', reason = $2, updated_at = now() WHERE seq = $1`, [row.seq, reason]);
      continue;
    }
    const stored = await storeAndAnalyse(tx, result.article, analysis);
    const article = stored.outcome === 'present' ? ((await tx.getArticle(result.article.id)) ?? result.article) : result.article;
    if (await linkArticle(tx, linker, article, stored.analysis)) changed = true;
    await tx.db.query(
      `UPDATE queue_items SET status = 'linked', article_id = $2, reason = $3, updated_at = now() WHERE seq = $1`,
      [row.seq, article.id, stored.warning ? formatMessage(stored.warning) : null],
    );
  }
  return changed;
}

/**
 * Runs one link step and returns how many items it settled, or null when another worker
 * holds the link lock or is the one linking. The linker state, the memberships and the watermark are written in
 * the step's one transaction, so a worker that dies mid-step leaves nothing half done.
 * Items that failed for good (or were rejected) advance the watermark like linked ones.
 */
export async function linkStep(ctx: LinkContext): Promise<number | null> {
  let kept: LinkerCache | null = null;
  const settled = await ctx.store.transaction(async (tx) => {
    const lock = await tx.db.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [LINK_LOCK]);
    if (!lock.rows[0]?.ok) return null;
    const progress = await tx.db.query<{ watermark: string; version: string; linked_by: string | null; idle: number }>(
      `SELECT watermark, version, linked_by, EXTRACT(EPOCH FROM now() - updated_at)::float8 AS idle FROM queue_progress WHERE name = 'link'`,
    );
    const p = progress.rows[0]!;
    // Linking stays with the worker that holds the linker in memory while it makes progress:
    // another worker would first have to load and parse the whole state.
    if (p.linked_by !== null && p.linked_by !== ctx.workerId && p.idle < ctx.handoverSeconds) return null;
    const start = Number(p.watermark);
    const version = Number(p.version);
    const { rows } = await tx.db.query<ItemRow>(
      `SELECT i.seq, i.batch_id, i.status, i.article_id, i.job_id, b.last_seq
       FROM queue_items i JOIN queue_batches b ON b.id = i.batch_id WHERE i.seq > $1 ORDER BY i.seq LIMIT $2`,
      [start, ctx.maxLinkRun],
    );
    const cached = ctx.cache && ctx.cache.version === version ? ctx.cache.linker : null;
    // The cached linker is mutated below; it is only trusted again once this step commits.
    ctx.cache = null;
    let linker: Linker | null = cached;
    let watermark = start;
    let changed = false;
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== watermark + 1) break;
      if (row.status === 'queued') {
        const job = row.job_id ? await jobState(tx.db, row.job_id) : null;
        if (!job || (job.state !== 'failed' && job.state !== 'cancelled')) break;
        await tx.db.query(`UPDATE queue_items SET status = 'failed', reason = $2, updated_at = now() WHERE seq = $1 AND status = 'queued'`, [
          seq,
          `the job ${job.state === 'failed' ? 'ran out of retries' : 'was cancelled'}: ${jobFailureReason(job.output)}`,
        ]);
      } else if (row.status === 'analysed') {
        linker ??= await loadLinker(tx);
        if (await linkStored(tx, linker, row.article_id!)) changed = true;
        await tx.db.query(`UPDATE queue_items SET status = 'linked', updated_at = now() WHERE seq = $1`, [seq]);
      }
      watermark = seq;
      if (seq === Number(row.last_seq)) {
        const deferred = await tx.db.query(`SELECT 1 FROM queue_items WHERE batch_id = $1 AND status = 'deferred' LIMIT 1`, [row.batch_id]);
        if ((deferred.rowCount ?? 0) > 0) {
          linker ??= await loadLinker(tx);
          if (await settleDeferred(tx, linker, row.batch_id, ctx.analysis)) changed = true;
        }
      }
    }
    if (watermark === start) {
      if (cached) kept = { version, linker: cached };
      return 0;
    }
    const nextVersion = changed ? version + 1 : version;
    if (changed && linker) {
      await saveLinker(tx, linker);
      // What these workers link is made by these rules: an embedded run on the store later has nothing to re-derive.
      await tx.putState(RULES_STATE, String(RULES_VERSION));
    }
    await tx.db.query(`UPDATE queue_progress SET watermark = $1, version = $2, linked_by = $3, updated_at = now() WHERE name = 'link'`, [
      watermark,
      nextVersion,
      ctx.workerId,
    ]);
    if (linker) kept = { version: nextVersion, linker };
    return watermark - start;
  });
  ctx.cache = kept;
  return settled;
}
