// Scores blocks as article prose and finds the best contiguous article region (maximum-sum subarray).
import { stopwordDensity, type Block } from './blocks.js';
import type { PageTextOptions } from './options.js';

/** A half-open range of block indexes `[start, end)`; empty when start === end. */
export interface Region {
  start: number;
  end: number;
}

/** How prose-like a block is, 0..1: stopword density and sentence punctuation. */
export function quality(b: Block, o: PageTextOptions): number {
  const span = Math.max(1e-6, o.stopwordHigh - o.stopwordLow);
  const sq = Math.min(1, Math.max(0, (stopwordDensity(b) - o.stopwordLow) / span));
  const punct = b.terminal ? 1 : b.innerSentences > 0 ? 0.7 : 0;
  return o.punctuationWeight * punct + (1 - o.punctuationWeight) * sq;
}

/** A score no run of article prose outweighs: a block scored so ends any region that would hold it. */
const SPLITS_PAGE = -1e9;

/** First-pass score: prose value in tokens minus the per-block penalty; chrome patterns and short lines
 *  repeated on the page (templates such as "Reply", "Advertisement") score further below zero, teaser pairs far below. */
export function baseScore(b: Block, pattern: string | null, repeats: number, o: PageTextOptions): number {
  // A teaser of another story splits the page: no article region runs across a list of them.
  if (pattern === 'text/teaser-pair') return SPLITS_PAGE;
  if (pattern !== null) return -2 * o.blockPenalty;
  if (repeats > 1 && b.size < o.shortTokens && !b.terminal) return -o.repeatedPenalty * o.blockPenalty;
  return b.size * quality(b, o) - o.blockPenalty;
}

/** The maximum-sum contiguous range of scores (Kadane); empty when every score is negative. */
export function bestRegion(scores: readonly number[]): Region {
  let best = 0;
  let bestStart = 0;
  let bestEnd = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i];
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i + 1;
    }
  }
  return { start: bestStart, end: bestEnd };
}

/** Content-word counts of the positively scored blocks of a region: the article's own vocabulary. */
export function coreVocabulary(blocks: readonly Block[], scores: readonly number[], region: Region): Map<string, number> {
  const vocab = new Map<string, number>();
  for (let i = region.start; i < region.end; i++) {
    if (scores[i] <= 0) continue;
    for (const w of blocks[i].content) vocab.set(w, (vocab.get(w) ?? 0) + 1);
  }
  return vocab;
}

/**
 * Share of a block's content words that the core uses elsewhere. When the block itself fed the core
 * (`inCore`), its own occurrences are discounted so that a block is never similar only to itself.
 */
export function similarity(b: Block, vocab: ReadonlyMap<string, number>, inCore: boolean): number {
  if (b.content.length === 0) return 0;
  let own: Map<string, number> | null = null;
  if (inCore) {
    own = new Map();
    for (const w of b.content) own.set(w, (own.get(w) ?? 0) + 1);
  }
  let hits = 0;
  for (const w of b.content) {
    const total = vocab.get(w) ?? 0;
    if (total - (own?.get(w) ?? 0) > 0) hits++;
  }
  return hits / b.content.length;
}

/** Second-pass score: the first pass plus a reward or penalty for sharing the core's vocabulary. */
export function vocabularyScore(base: number, b: Block, sim: number, o: PageTextOptions): number {
  return base + o.similarityWeight * (sim - o.similarityMid) * b.size;
}
