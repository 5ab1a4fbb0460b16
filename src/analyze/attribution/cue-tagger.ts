// Cue tagger: a structured perceptron over B/I/O tags with first-order Viterbi decoding, one paragraph at a time.
import { CUE_FEATURES, cueFeatures, type TokenFeatures } from './features.js';
import { mixBits, WeightTable } from './hash.js';

const O = 0;
const B = 1;
const I = 2;
const START = 3;
const SALT = [0, 0x9e3779b1, 0x3c6ef362];
const SALT_O = SALT[O]!;
const SALT_B = SALT[B]!;
const SALT_I = SALT[I]!;
const NEG = -1e30;

function transIndex(table: WeightTable, prev: number, cur: number): number {
  return mixBits(99, prev * 4 + cur) & table.mask;
}

/** Features of every token of paragraph [lo, hi), CUE_FEATURES per token. */
export function paragraphFeatures(f: TokenFeatures, lo: number, hi: number): Uint32Array {
  const out = new Uint32Array((hi - lo) * CUE_FEATURES);
  for (let k = lo; k < hi; k++) cueFeatures(f, k, lo, hi, out, (k - lo) * CUE_FEATURES);
  return out;
}

/** Best tag sequence for one paragraph's features; `beginBias` is added to every B score (recall/precision trade-off). */
export function viterbi(table: WeightTable, feats: Uint32Array, n: number, beginBias = 0): number[] {
  if (n === 0) return [];
  const score = new Float64Array(n * 3);
  const back = new Int8Array(n * 3);
  const w = table.w;
  const trans = new Float64Array(16);
  for (let p = 0; p < 4; p++) for (let c = 0; c < 3; c++) trans[p * 4 + c] = w[transIndex(table, p, c)];
  const m = table.mask;
  const emits = new Float64Array(3);
  for (let k = 0; k < n; k++) {
    // The three tags' emission scores in one pass over the token's features (each summed in feature order, as WeightTable.score does).
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    for (let x = k * CUE_FEATURES, end = (k + 1) * CUE_FEATURES; x < end; x++) {
      const f = feats[x]!;
      e0 += w[(f + SALT_O) & m]!;
      e1 += w[(f + SALT_B) & m]!;
      e2 += w[(f + SALT_I) & m]!;
    }
    emits[O] = e0;
    emits[B] = e1 + beginBias;
    emits[I] = e2;
    for (let c = 0; c < 3; c++) {
      const emit = emits[c]!;
      let best = NEG;
      let arg = 0;
      if (k === 0) {
        best = c === I ? NEG : trans[START * 4 + c];
      } else {
        for (let p = 0; p < 3; p++) {
          if (c === I && p === O) continue;
          const s = score[(k - 1) * 3 + p] + trans[p * 4 + c];
          if (s > best) { best = s; arg = p; }
        }
      }
      score[k * 3 + c] = best + emit;
      back[k * 3 + c] = arg;
    }
  }
  const tags = new Array<number>(n);
  let bestTag = 0;
  for (let c = 1; c < 3; c++) if (score[(n - 1) * 3 + c] > score[(n - 1) * 3 + bestTag]) bestTag = c;
  tags[n - 1] = bestTag;
  for (let k = n - 1; k > 0; k--) tags[k - 1] = back[k * 3 + tags[k]];
  return tags;
}

/** Token ranges [start, end) of the cues in a tag sequence, offset by `lo`. */
export function tagsToSpans(tags: number[], lo: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] !== B) continue;
    let e = k + 1;
    while (e < tags.length && tags[e] === I) e++;
    spans.push([lo + k, lo + e]);
  }
  return spans;
}

/** One perceptron step on a paragraph with gold tags; returns whether the prediction was wrong. */
export function trainParagraph(table: WeightTable, feats: Uint32Array, gold: number[]): boolean {
  const n = gold.length;
  const pred = viterbi(table, feats, n);
  let wrong = false;
  for (let k = 0; k < n; k++) {
    const gp = k === 0 ? START : gold[k - 1];
    const pp = k === 0 ? START : pred[k - 1];
    if (gold[k] !== pred[k]) {
      wrong = true;
      table.update(feats, 1, k * CUE_FEATURES, (k + 1) * CUE_FEATURES, SALT[gold[k]]);
      table.update(feats, -1, k * CUE_FEATURES, (k + 1) * CUE_FEATURES, SALT[pred[k]]);
    }
    if (gold[k] !== pred[k] || gp !== pp) {
      table.update([transIndex(table, gp, gold[k])], 1);
      table.update([transIndex(table, pp, pred[k])], -1);
    }
  }
  table.tick();
  return wrong;
}

/** Gold B/I/O tags for paragraph [lo, hi) from cue token ranges. */
export function goldTags(lo: number, hi: number, cues: Array<[number, number]>): number[] {
  const tags = new Array<number>(hi - lo).fill(O);
  for (const [s, e] of cues) {
    if (s < lo || e > hi || s >= e) continue;
    if (tags[s - lo] !== O) continue;
    tags[s - lo] = B;
    for (let k = s + 1; k < e; k++) if (tags[k - lo] === O) tags[k - lo] = I;
  }
  return tags;
}
