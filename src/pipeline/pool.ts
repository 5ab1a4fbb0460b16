// Extraction and analysis on a pool of worker threads, results given back in input order.
import { Worker } from 'node:worker_threads';
import type { IngestItem } from '../ingest/index.js';
import type { LinkInputs } from '../link/inputs.js';
import type { ArticleAnalysis } from '../model/analysis.js';
import type { EncodedAnalysis, EncodedArticle } from '../store/encoded.js';
import type { PoolRequest, PoolResponse } from './pool-worker.js';
import { explicitDate, needsBatchDate, type Extracted } from './steps.js';
import { fromSent } from './transfer.js';

/** One input's outcome with the analysis made beside it (null when extraction or analysis failed). */
export interface Prepared {
  extracted: Extracted;
  analysis: ArticleAnalysis | null;
  analysisError: string | null;
  /** The article and analysis in the store's stored form, made on the extraction thread (see storeAndAnalyse). */
  encoded?: { article: EncodedArticle; analysis: EncodedAnalysis | null } | null;
  /** What the linker reads from the article alone, made on the extraction thread (see src/link/inputs.ts). */
  link?: LinkInputs | null;
}

/**
 * Items sent ahead of the one being consumed, per thread: enough to keep every thread busy
 * while the consumer stores a group of articles (see runDocuments).
 */
const AHEAD_PER_THREAD = 16;

/** A worker's response as the consumer takes it: the analysis rebuilt as made. */
function prepared(res: PoolResponse): Prepared {
  const { extracted } = res;
  const analysis = res.analysis && extracted.ok ? fromSent(res.analysis, extracted.article.text) : null;
  const encoded = res.encoded && extracted.ok
    ? { article: res.encoded.article, analysis: res.encoded.analysis ? { data: res.encoded.analysis, articleText: extracted.article.text } : null }
    : null;
  return { extracted, analysis, analysisError: res.analysisError, encoded, link: extracted.ok ? res.link : null };
}

/** A fixed set of worker threads; each request goes to the thread with the fewest outstanding. */
class Pool {
  private readonly workers: { worker: Worker; outstanding: number }[] = [];
  private readonly pending = new Map<number, { resolve: (r: PoolResponse) => void; reject: (e: Error) => void }>();
  private failure: Error | null = null;

  constructor(threads: number, niceness = 0) {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(new URL('./pool-worker.js', import.meta.url), { workerData: { niceness } });
      const slot = { worker, outstanding: 0 };
      worker.on('message', (res: PoolResponse) => {
        slot.outstanding--;
        const p = this.pending.get(res.seq);
        this.pending.delete(res.seq);
        p?.resolve(res);
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`an extraction thread stopped with code ${code}`));
      });
      this.workers.push(slot);
    }
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  run(req: PoolRequest): Promise<PoolResponse> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.workers.reduce((a, b) => (b.outstanding < a.outstanding ? b : a));
    slot.outstanding++;
    return new Promise((resolve, reject) => {
      this.pending.set(req.seq, { resolve, reject });
      slot.worker.postMessage(req);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/**
 * Extracts and analyses a batch on `threads` worker threads, in input order, with the batch rule
 * of `extractBatch`: pages whose dates never state a year wait to the end and are extracted again
 * against the latest date the rest of the batch states explicitly. Results are the same as
 * extracting and analysing one item after another on one thread. With `niceness`, the threads
 * run that much nicer than the thread that started them (where the system allows it), so that
 * thread is scheduled first when the cores are busy (a server's request thread).
 */
export async function* prepareInPool(items: AsyncIterable<IngestItem>, threads: number, options: { niceness?: number } = {}): AsyncGenerator<Prepared> {
  const pool = new Pool(threads, options.niceness ?? 0);
  const queue: { item: IngestItem; result: Promise<PoolResponse> }[] = [];
  const waiting: IngestItem[] = [];
  let latestExplicit: string | null = null;
  let seq = 0;
  const handle = (item: IngestItem, res: PoolResponse): Prepared | null => {
    if (needsBatchDate(res.extracted)) {
      waiting.push(item);
      return null;
    }
    const day = explicitDate(res.extracted);
    if (day !== null && (latestExplicit === null || day > latestExplicit)) latestExplicit = day;
    return prepared(res);
  };
  try {
    for await (const item of items) {
      const result = pool.run({ seq: seq++, item });
      result.catch(() => undefined); // awaited in order below; a failed pool rejects them all
      queue.push({ item, result });
      while (queue.length >= threads * AHEAD_PER_THREAD) {
        const head = queue.shift()!;
        const out = handle(head.item, await head.result);
        if (out) yield out;
      }
    }
    while (queue.length > 0) {
      const head = queue.shift()!;
      const out = handle(head.item, await head.result);
      if (out) yield out;
    }
    const late = waiting.map((item) => pool.run({ seq: seq++, item, ...(latestExplicit ? { referenceDate: latestExplicit } : {}) }));
    for (const r of late) r.catch(() => undefined);
    for (const r of late) {
      const res = await r;
      yield prepared(res);
    }
  } finally {
    await pool.close();
  }
}
