// A worker thread of the extraction pool: extracts each item it is sent and analyses the article.
import { parentPort } from 'node:worker_threads';
import { loadAttributionModel } from '../analyze/index.js';
import type { IngestItem } from '../ingest/index.js';
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
}

const model = loadAttributionModel();

parentPort?.on('message', (req: PoolRequest) => {
  const extracted = extractItem(req.item, req.referenceDate ? { referenceDate: req.referenceDate } : {});
  let analysis: SentAnalysis | null = null;
  let analysisError: string | null = null;
  if (extracted.ok) {
    try {
      analysis = toSent(analysisOf(extracted.article, { attributionModel: model }), extracted.article.text);
    } catch (e) {
      analysisError = (e as Error).message;
    }
  }
  const res: PoolResponse = { seq: req.seq, extracted, analysis, analysisError };
  parentPort!.postMessage(res);
});
