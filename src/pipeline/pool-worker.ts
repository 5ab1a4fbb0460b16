// A worker thread of the extraction pool: extracts each item it is sent and analyses the article.
import { parentPort } from 'node:worker_threads';
import { loadAttributionModel } from '../analyze/index.js';
import type { IngestItem } from '../ingest/index.js';
import type { ArticleAnalysis } from '../model/analysis.js';
import { analysisOf, extractItem, type Extracted } from './steps.js';

export interface PoolRequest {
  seq: number;
  item: IngestItem;
  referenceDate?: string;
}

export interface PoolResponse {
  seq: number;
  extracted: Extracted;
  /** The analysis of the extracted article; null when it failed (`analysisError` says why) or extraction failed. */
  analysis: ArticleAnalysis | null;
  analysisError: string | null;
}

const model = loadAttributionModel();

parentPort?.on('message', (req: PoolRequest) => {
  const extracted = extractItem(req.item, req.referenceDate ? { referenceDate: req.referenceDate } : {});
  let analysis: ArticleAnalysis | null = null;
  let analysisError: string | null = null;
  if (extracted.ok) {
    try {
      analysis = analysisOf(extracted.article, { attributionModel: model });
    } catch (e) {
      analysisError = (e as Error).message;
    }
  }
  const res: PoolResponse = { seq: req.seq, extracted, analysis, analysisError };
  parentPort!.postMessage(res);
});
