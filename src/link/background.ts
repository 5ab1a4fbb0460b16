// Term weights from a background model shipped with the package: document frequencies of common terms in a news sample.
//
// Weights that come from the batch being linked change with the batch; these do not, so the same
// articles get the same weights whether they arrive alone or among thousands of others. The model
// holds only counts of terms seen in at least a few documents (no texts). Built by
// `node dist/scripts/build-link-df.js` (see models/link/README.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { packageRoot } from '../analyze/attribution/model.js';

export interface BackgroundDfFile {
  /** What the counts were taken from. */
  source: string;
  docs: number;
  /** Smallest count kept: rarer terms are absent and weigh as rare. */
  minDf: number;
  df: Record<string, number>;
}

/** IDF from fixed background counts; a term absent from them is taken as seen in none. */
export class BackgroundIdf {
  private readonly df: Map<string, number>;
  readonly docs: number;
  readonly maxIdf: number;

  constructor(file: BackgroundDfFile, private readonly maxRatio = 0.5) {
    this.df = new Map(Object.entries(file.df));
    this.docs = file.docs;
    this.maxIdf = Math.log(this.docs + 1) + 1;
  }

  /** Smoothed IDF; 0 for a term in more than `maxRatio` of the sample (a stopword by frequency). */
  idf(term: string): number {
    const n = this.df.get(term) ?? 0;
    if (n > this.maxRatio * this.docs) return 0;
    return Math.log((this.docs + 1) / (n + 1)) + 1;
  }
}

export const BACKGROUND_DF_PATH = join('models', 'link', 'df.json.gz');

let cached: BackgroundIdf | null = null;

/** The shipped background model (loaded once); an empty one when the file is missing. */
export function backgroundIdf(): BackgroundIdf {
  if (cached !== null) return cached;
  const path = join(packageRoot(), BACKGROUND_DF_PATH);
  const file: BackgroundDfFile = existsSync(path)
    ? (JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as BackgroundDfFile)
    : { source: 'none', docs: 0, minDf: 1, df: {} };
  cached = new BackgroundIdf(file);
  return cached;
}
