// Span scorer for a cue's source or content: start, end and whole-span scores, pruned search, perceptron update.
import { WeightTable } from './hash.js';
import {
  END_FEATURES, NULL_FEATURES, PAIR_FEATURES, START_FEATURES, endFeatures, nullFeatures, pairFeatures, startFeatures,
  type CueContext,
} from './span-features.js';

/** Which role a span model finds; sources may be absent and never overlap the cue, contents may surround it. */
export type SpanRole = 'source' | 'content';

/** Search limits for one role. */
export interface SpanSearch {
  role: SpanRole;
  /** Longest span in tokens. */
  maxLength: number;
  /** How many best starts and best ends are paired. */
  beam: number;
}

/** An inclusive token span [start, end], or null for no span. */
export type TokenSpan = [number, number] | null;

const buf = (n: number): Uint32Array => new Uint32Array(n);

/** Content span a source may not overlap, unless the content surrounds the cue (a quote split around it). */
export function forbiddenFor(c: CueContext, content: TokenSpan | undefined): TokenSpan {
  if (!content || (content[0] < c.cs && content[1] >= c.ce)) return null;
  return content;
}

function valid(c: CueContext, s: SpanSearch, i: number, j: number, forbid: TokenSpan = null): boolean {
  if (j < i || j - i + 1 > s.maxLength) return false;
  if (forbid && i <= forbid[1] && j >= forbid[0]) return false;
  const overlaps = i < c.ce && j >= c.cs;
  if (!overlaps) return true;
  return s.role === 'content' && i < c.cs && j >= c.ce;
}

function topPositions(scores: Float64Array, lo: number, beam: number, skip: (k: number) => boolean): number[] {
  const idx: number[] = [];
  for (let k = 0; k < scores.length; k++) if (!skip(lo + k)) idx.push(k);
  idx.sort((a, b) => scores[b] - scores[a] || a - b);
  return idx.slice(0, beam).map((k) => lo + k);
}

/** Full score of a span (or of no span). */
export function spanScore(table: WeightTable, c: CueContext, span: TokenSpan): number {
  if (span === null) {
    const nf = buf(NULL_FEATURES);
    nullFeatures(c, nf);
    return table.score(nf);
  }
  const sf = buf(START_FEATURES);
  const ef = buf(END_FEATURES);
  const pf = buf(PAIR_FEATURES);
  startFeatures(c, span[0], sf);
  endFeatures(c, span[1], ef);
  pairFeatures(c, span[0], span[1], pf);
  return table.score(sf) + table.score(ef) + table.score(pf);
}

/** Best span for the cue under the current weights. */
export function decodeSpan(table: WeightTable, c: CueContext, s: SpanSearch, forbid: TokenSpan = null): { span: TokenSpan; score: number } {
  const n = c.we - c.ws;
  const startScores = new Float64Array(n);
  const endScores = new Float64Array(n);
  const sf = buf(START_FEATURES);
  const ef = buf(END_FEATURES);
  const pf = buf(PAIR_FEATURES);
  for (let k = c.ws; k < c.we; k++) {
    if (k >= c.cs && k < c.ce) continue;
    startFeatures(c, k, sf);
    endFeatures(c, k, ef);
    startScores[k - c.ws] = table.score(sf);
    endScores[k - c.ws] = table.score(ef);
  }
  const inCue = (k: number): boolean => k >= c.cs && k < c.ce;
  const starts = topPositions(startScores, c.ws, s.beam, inCue);
  const ends = topPositions(endScores, c.ws, s.beam, inCue);
  let best: TokenSpan = null;
  let bestScore = -Infinity;
  if (s.role === 'source') {
    const nf = buf(NULL_FEATURES);
    nullFeatures(c, nf);
    bestScore = table.score(nf);
  }
  for (const i of starts) {
    for (const j of ends) {
      if (!valid(c, s, i, j, forbid)) continue;
      pairFeatures(c, i, j, pf);
      const sc = startScores[i - c.ws] + endScores[j - c.ws] + table.score(pf);
      if (sc > bestScore) { bestScore = sc; best = [i, j]; }
    }
  }
  return { span: best, score: bestScore };
}

function update(table: WeightTable, c: CueContext, span: TokenSpan, delta: number): void {
  if (span === null) {
    const nf = buf(NULL_FEATURES);
    nullFeatures(c, nf);
    table.update(nf, delta);
    return;
  }
  const sf = buf(START_FEATURES);
  const ef = buf(END_FEATURES);
  const pf = buf(PAIR_FEATURES);
  startFeatures(c, span[0], sf);
  endFeatures(c, span[1], ef);
  pairFeatures(c, span[0], span[1], pf);
  table.update(sf, delta);
  table.update(ef, delta);
  table.update(pf, delta);
}

/** Whether a gold span can be produced by the search at all. */
export function reachable(c: CueContext, s: SpanSearch, gold: TokenSpan, forbid: TokenSpan = null): boolean {
  if (gold === null) return s.role === 'source';
  return gold[0] >= c.ws && gold[1] < c.we && valid(c, s, gold[0], gold[1], forbid);
}

/** One perceptron step toward the gold span; returns whether the prediction was wrong. */
export function trainSpan(table: WeightTable, c: CueContext, s: SpanSearch, gold: TokenSpan, forbid: TokenSpan = null): boolean {
  const pred = decodeSpan(table, c, s, forbid).span;
  const same = pred === gold || (pred !== null && gold !== null && pred[0] === gold[0] && pred[1] === gold[1]);
  if (!same) {
    update(table, c, gold, 1);
    update(table, c, pred, -1);
  }
  table.tick();
  return !same;
}
