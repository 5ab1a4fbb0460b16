// A worker thread of the extraction pool: extracts each item it is sent and analyses the article.
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { loadAttributionModel } from '../analyze/index.js';
import type { IngestItem } from '../ingest/index.js';
import { linkInputs, type LinkInputs } from '../link/inputs.js';
import { encodeAnalysis, encodeArticle, type EncodedArticle } from '../store/encoded.js';
import { RULES_VERSION } from './rules.js';
import { analysisOf, extractItem, type Extracted } from './steps.js';
import { toSent, type SentAnalysis } from './transfer.js';

export interface PoolRequest {
  seq: number;
  item: IngestItem;
  referenceDate?: string;
}

export interface PoolResponse {
  seq: number;
  extracted: Extracted;
  /** The analysis of the extracted article (see transfer.ts); null when it failed (`analysisError` says why) or extraction failed. */
  analysis: SentAnalysis | null;
  analysisError: string | null;
  /**
   * The article and analysis in the SQLite store's stored form (see src/store/encoded.ts), the
   * analysis as stored (with the rules version); null when extraction failed.
   */
  encoded: { article: EncodedArticle; analysis: Uint8Array | null } | null;
  /** What the linker reads from the article alone (src/link/inputs.ts); null when extraction failed. */
  link: LinkInputs | null;
}

// Nicer than the starting thread when asked (on Linux a thread's own priority; elsewhere it may be refused, and is left as it is).
const niceness = (workerData as { niceness?: number } | null)?.niceness ?? 0;
if (niceness > 0) {
  try {
    setPriority(Math.min(19, getPriority() + niceness));
  } catch {
    // Not allowed here: the thread keeps its priority.
  }
}

const model = loadAttributionModel();

parentPort?.on('message', (req: PoolRequest) => {
  const extracted = extractItem(req.item, req.referenceDate ? { referenceDate: req.referenceDate } : {});
  let analysis: SentAnalysis | null = null;
  let analysisError: string | null = null;
  let encoded: PoolResponse['encoded'] = null;
  let link: LinkInputs | null = null;
  if (extracted.ok) {
    const { article } = extracted;
    let made = null;
    try {
      made = analysisOf(article, { attributionModel: model });
      analysis = toSent(made, article.text);
    } catch (e) {
      analysisError = (e as Error).message;
    }
    // As storeAndAnalyse stores it.
    encoded = { article: encodeArticle(article), analysis: made ? encodeAnalysis({ ...made, rulesVersion: RULES_VERSION }, article.text) : null };
    link = linkInputs(article);
  }
  const res: PoolResponse = { seq: req.seq, extracted, analysis, analysisError, encoded, link };
  const transfer = encoded ? [encoded.article.data.buffer, encoded.article.text.buffer, ...(encoded.analysis ? [encoded.analysis.buffer] : [])] : [];
  if (link) transfer.push(link.shingles.buffer, link.signature.buffer);
  parentPort!.postMessage(res, transfer as ArrayBuffer[]);
});
