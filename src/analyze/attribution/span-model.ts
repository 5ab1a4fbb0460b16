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

/**
 * The `beam` positions of best score, best first (ties: the lower position first), skipping
 * those where `skip` holds: what sorting every position by score would give, kept in one pass.
 */
function topPositions(scores: Float64Array, lo: number, beam: number, skipFrom: number, skipTo: number): number[] {
  const top: number[] = [];
  for (let k = 0; k < scores.length; k++) {
    const p = lo + k;
    if (p >= skipFrom && p < skipTo) continue;
    const sc = scores[k];
    if (top.length === beam && !(sc > scores[top[beam - 1]! - lo]!)) continue;
    // After every kept position of at least this score (they come earlier, so they rank first on ties).
    let at = top.length;
    while (at > 0 && scores[top[at - 1]! - lo]! < sc) at--;
    if (top.length === beam) top.pop();
    top.splice(at, 0, p);
  }
  return top;
}

/**
 * The start and end features of every position of a cue's window (START_FEATURES and
 * END_FEATURES per position, at its offset from the window's start; positions in the cue left
 * as zeros): they do not depend on the weights, so the content and the source search share them.
 */
export interface WindowFeatures {
  start: Uint32Array;
  end: Uint32Array;
}

/** Computes the window features of a cue. */
export function windowFeatures(c: CueContext): WindowFeatures {
  const n = c.we - c.ws;
  const start = new Uint32Array(n * START_FEATURES);
  const end = new Uint32Array(n * END_FEATURES);
  const sf = buf(START_FEATURES);
  const ef = buf(END_FEATURES);
  for (let k = c.ws; k < c.we; k++) {
    if (k >= c.cs && k < c.ce) continue;
    startFeatures(c, k, sf);
    endFeatures(c, k, ef);
    start.set(sf, (k - c.ws) * START_FEATURES);
    end.set(ef, (k - c.ws) * END_FEATURES);
  }
  return { start, end };
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

/** The start and end scores of every position of a cue's window under one table (positions in the cue left at zero). */
export interface WindowScores {
  start: Float64Array;
  end: Float64Array;
}

/** Scores the window features of a cue under one table. */
export function windowScores(table: WeightTable, c: CueContext, features: WindowFeatures): WindowScores {
  const n = c.we - c.ws;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  for (let k = c.ws; k < c.we; k++) {
    if (k >= c.cs && k < c.ce) continue;
    const at = k - c.ws;
    start[at] = table.score(features.start, at * START_FEATURES, (at + 1) * START_FEATURES);
    end[at] = table.score(features.end, at * END_FEATURES, (at + 1) * END_FEATURES);
  }
  return { start, end };
}

/**
 * The window scores of a cue under the content and the source table at once, from their weights
 * side by side (`InferenceTables.spans`, `mask` the tables' mask): each feature's two weights are
 * read together. The same sums, in the same order, as `windowScores` under each table.
 */
export function pairedWindowScores(spans: Float32Array, mask: number, c: CueContext): { content: WindowScores; source: WindowScores } {
  const n = c.we - c.ws;
  const content = { start: new Float64Array(n), end: new Float64Array(n) };
  const source = { start: new Float64Array(n), end: new Float64Array(n) };
  const sf = buf(START_FEATURES);
  const ef = buf(END_FEATURES);
  for (let k = c.ws; k < c.we; k++) {
    if (k >= c.cs && k < c.ce) continue;
    const at = k - c.ws;
    startFeatures(c, k, sf);
    endFeatures(c, k, ef);
    let a = 0;
    let b = 0;
    for (let x = 0; x < START_FEATURES; x++) {
      const i = (sf[x]! & mask) * 2;
      a += spans[i]!;
      b += spans[i + 1]!;
    }
    content.start[at] = a;
    source.start[at] = b;
    a = 0;
    b = 0;
    for (let x = 0; x < END_FEATURES; x++) {
      const i = (ef[x]! & mask) * 2;
      a += spans[i]!;
      b += spans[i + 1]!;
    }
    content.end[at] = a;
    source.end[at] = b;
  }
  return { content, source };
}

/** Best span for the cue under the current weights (`features`: the cue's window features, computed here when absent). */
export function decodeSpan(
  table: WeightTable, c: CueContext, s: SpanSearch, forbid: TokenSpan = null, features: WindowFeatures = windowFeatures(c),
): { span: TokenSpan; score: number } {
  return decodeScored(table, c, s, forbid, windowScores(table, c, features));
}

/** Best span for the cue from its window scores under `table` (see `decodeSpan`). */
export function decodeScored(table: WeightTable, c: CueContext, s: SpanSearch, forbid: TokenSpan, scores: WindowScores): { span: TokenSpan; score: number } {
  const startScores = scores.start;
  const endScores = scores.end;
  const pf = buf(PAIR_FEATURES);
  const starts = topPositions(startScores, c.ws, s.beam, c.cs, c.ce);
  const ends = topPositions(endScores, c.ws, s.beam, c.cs, c.ce);
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
