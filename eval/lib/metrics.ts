// Extraction scores: ScrapingHub shingle precision/recall/F1 and WCXB bag-of-words F1.

/** Counts of one page's shingle comparison. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const SHINGLE_TOKEN = /[\p{L}\p{N}_]+/gu;
const WORD_TOKEN = /[\p{L}\p{N}_]+/gu;

/** Case-sensitive word tokens, as the ScrapingHub benchmark reads them. */
export function shingleTokens(text: string): string[] {
  return text.match(SHINGLE_TOKEN) ?? [];
}

/**
 * The multiset of n-token shingles. A text with fewer than n tokens (but at least one)
 * is one shingle of all its tokens, as in the benchmark's reference implementation.
 */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = shingleTokens(text);
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const s = tokens.slice(i, i + n).join(' ');
    if (s.length === 0) continue;
    out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

/** True positives, false positives and false negatives of two bags. */
export function bagCounts(truth: Map<string, number>, pred: Map<string, number>): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, p] of pred) {
    const t = truth.get(k) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
  }
  for (const [k, t] of truth) {
    const p = pred.get(k) ?? 0;
    fn += Math.max(0, t - p);
  }
  return { tp, fp, fn };
}

/** Shingle counts for one page. */
export function shingleCounts(truth: string, pred: string, n = 4): Counts {
  return bagCounts(shingles(truth, n), shingles(pred, n));
}

function pagePrecision(c: Counts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp === 0 && c.fp === 0) return 0;
  return c.tp / (c.tp + c.fp);
}

function pageRecall(c: Counts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp === 0 && c.fn === 0) return 0;
  return c.tp / (c.tp + c.fn);
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Corpus shingle score: precision averaged over pages with output (tp+fp>0), recall over
 * pages with truth (tp+fn>0), F1 from the two averages.
 */
export function shingleScore(pages: readonly Counts[]): Prf {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  for (const c of pages) {
    if (c.tp + c.fp > 0) {
      pSum += pagePrecision(c);
      pN++;
    }
    if (c.tp + c.fn > 0) {
      rSum += pageRecall(c);
      rN++;
    }
  }
  const precision = pN > 0 ? pSum / pN : 0;
  const recall = rN > 0 ? rSum / rN : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Lower-cased word tokens as a bag, as WCXB reads them. */
export function wordBag(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of text.toLowerCase().match(WORD_TOKEN) ?? []) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

/** One page's WCXB word precision, recall and F1 (both empty: 1; one empty: 0). */
export function wordPrf(truth: string, pred: string): Prf {
  const c = bagCounts(wordBag(truth), wordBag(pred));
  if (c.tp + c.fp + c.fn === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Arithmetic mean; 0 for an empty list. */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}
