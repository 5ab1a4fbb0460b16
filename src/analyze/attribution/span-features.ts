// Cue-relative features for candidate source and content spans: start, end, whole-span and no-span features.
import { Cls, clsAt, lowerAt, type TokenFeatures } from './features.js';
import { hashString, mixBits, mix3Bits } from './hash.js';
import { stem } from './tokenize.js';
import type { TokenizedText } from './tokenize.js';
import { CUE_STEMS } from './lexicon.js';

/** A cue and the window of tokens where its source and content are looked for. */
export interface CueContext {
  t: TokenizedText;
  f: TokenFeatures;
  /** Cue tokens [cs, ce). */
  cs: number;
  ce: number;
  /** Window tokens [ws, we). */
  ws: number;
  we: number;
  cueStem: number;
  cueAll: number;
  cueQuote: number;
  cueSent: number;
  paraStart: number;
  paraEnd: number;
}

export const START_FEATURES = 18;
export const END_FEATURES = 18;
export const PAIR_FEATURES = 12;
export const NULL_FEATURES = 8;

/**
 * `mixBits(template, v)` for every template number below 100 and v in 0..3, so a feature
 * `mix3Bits(template, side, x)` is `mixBits(PRE[template * 4 + side], x)`: the same value, one mix fewer.
 */
const PRE = new Int32Array(400);
for (let t = 0; t < 100; t++) for (let v = 0; v < 4; v++) PRE[t * 4 + v] = mixBits(t, v);

function distBucket(d: number): number {
  if (d < 5) return d;
  if (d < 7) return 5;
  if (d < 10) return 6;
  if (d < 15) return 7;
  if (d < 25) return 8;
  if (d < 40) return 9;
  return 10;
}

function lenBucket(n: number): number {
  if (n <= 5) return n;
  if (n <= 7) return 6;
  if (n <= 10) return 7;
  if (n <= 15) return 8;
  if (n <= 25) return 9;
  if (n <= 40) return 10;
  if (n <= 70) return 11;
  return 12;
}

/** Builds the context of the cue at tokens [cs, ce) with window [ws, we). */
export function cueContext(t: TokenizedText, f: TokenFeatures, cs: number, ce: number, ws: number, we: number): CueContext {
  let head = ce - 1;
  for (let k = cs; k < ce; k++) {
    const lw = t.lower[k];
    if (CUE_STEMS.has(stem(lw)) || CUE_STEMS.has(lw)) { head = k; break; }
  }
  const p = t.para[cs];
  return {
    t, f, cs, ce, ws, we,
    // Signed, as the token hashes (see TokenFeatures): only mixed into features.
    cueStem: hashString(stem(t.lower[head])) | 0,
    cueAll: hashString(t.lower.slice(cs, ce).join(' ')) | 0,
    cueQuote: f.inQuote[cs],
    cueSent: t.sent[cs],
    paraStart: t.paraStarts[p],
    paraEnd: t.paraStarts[p + 1],
  };
}

/** Features of a span starting at token `i`. */
export function startFeatures(c: CueContext, i: number, out: Uint32Array): void {
  const f = c.f;
  const side = i < c.cs ? 0 : 1;
  const dist = side === 0 ? c.cs - i : i - c.ce;
  const db = distBucket(dist);
  const lm1 = lowerAt(f, i - 1, c.ws, c.we);
  const cm1 = clsAt(f, i - 1, c.ws, c.we);
  const cueS = c.cueStem;
  out[0] = mixBits(PRE[1 * 4 + side], db);
  out[1] = mixBits(mixBits(PRE[2 * 4 + side], db), cueS);
  out[2] = mixBits(PRE[3 * 4 + side], f.lower[i]);
  out[3] = mixBits(PRE[4 * 4 + side], f.shape[i]);
  out[4] = mixBits(PRE[5 * 4 + side], lm1);
  out[5] = mixBits(PRE[6 * 4 + side], cm1 * 16 + f.cls[i]);
  out[6] = mixBits(mixBits(PRE[7 * 4 + side], f.lower[i]), cueS);
  out[7] = mixBits(PRE[8 * 4 + side], c.t.sent[i] === c.cueSent ? 1 : 0);
  out[8] = mixBits(PRE[9 * 4 + side], f.sentStart[i] * 2 + (i === c.paraStart ? 1 : 0));
  out[9] = mixBits(PRE[10 * 4 + side], f.inQuote[i] * 2 + c.cueQuote);
  out[10] = mixBits(PRE[11 * 4 + side], f.title[i] * 2 + f.pronoun[i]);
  out[11] = mixBits(mixBits(PRE[12 * 4 + side], lm1), cueS);
  out[12] = mixBits(PRE[13 * 4 + side], Math.min(dist, 2) * 16 + cm1);
  out[13] = mixBits(PRE[14 * 4 + side], db * 16 + cm1);
  out[14] = mixBits(mixBits(PRE[15 * 4 + side], lm1), f.lower[i]);
  out[15] = mixBits(PRE[16 * 4 + side], f.lexCue[i]);
  out[16] = mixBits(PRE[17 * 4 + side * 2 + c.cueQuote], cm1 * 16 + f.cls[i]);
  out[17] = mixBits(PRE[18 * 4 + side], lowerAt(f, i + 1, c.ws, c.we));
}

/** Features of a span ending at token `j` (inclusive). */
export function endFeatures(c: CueContext, j: number, out: Uint32Array): void {
  const f = c.f;
  const side = j < c.cs ? 0 : 1;
  const dist = side === 0 ? c.cs - 1 - j : j - c.ce;
  const db = distBucket(dist);
  const lp1 = lowerAt(f, j + 1, c.ws, c.we);
  const cp1 = clsAt(f, j + 1, c.ws, c.we);
  const cp2 = clsAt(f, j + 2, c.ws, c.we);
  const cueS = c.cueStem;
  out[0] = mixBits(PRE[31 * 4 + side], db);
  out[1] = mixBits(mixBits(PRE[32 * 4 + side], db), cueS);
  out[2] = mixBits(PRE[33 * 4 + side], f.lower[j]);
  out[3] = mixBits(PRE[34 * 4 + side], f.shape[j]);
  out[4] = mixBits(PRE[35 * 4 + side], lp1);
  out[5] = mixBits(PRE[36 * 4 + side], f.cls[j] * 16 + cp1);
  out[6] = mixBits(mixBits(PRE[37 * 4 + side], f.lower[j]), cueS);
  out[7] = mixBits(PRE[38 * 4 + side], c.t.sent[j] === c.cueSent ? 1 : 0);
  out[8] = mixBits(PRE[39 * 4 + side], f.sentEnd[j] * 2 + (j === c.paraEnd - 1 ? 1 : 0));
  out[9] = mixBits(PRE[40 * 4 + side], f.inQuote[j] * 2 + c.cueQuote);
  out[10] = mixBits(PRE[41 * 4 + side], f.title[j] * 2 + f.pronoun[j]);
  out[11] = mixBits(mixBits(PRE[42 * 4 + side], lp1), cueS);
  out[12] = mixBits(PRE[43 * 4 + side], Math.min(dist, 2) * 16 + cp1);
  out[13] = mixBits(PRE[44 * 4 + side], db * 16 + cp1);
  out[14] = mixBits(mixBits(PRE[45 * 4 + side], f.lower[j]), lp1);
  out[15] = mixBits(PRE[46 * 4 + side], f.lexCue[j]);
  out[16] = mixBits(PRE[47 * 4 + side * 2 + c.cueQuote], cp1 * 16 + cp2);
  out[17] = mixBits(PRE[48 * 4 + side], lowerAt(f, j - 1, c.ws, c.we));
}

/** Features of the whole span [i, j] (inclusive). */
export function pairFeatures(c: CueContext, i: number, j: number, out: Uint32Array): void {
  const f = c.f;
  const sideS = i < c.cs ? 0 : 1;
  const sideE = j < c.cs ? 0 : 1;
  const pos = sideS * 2 + sideE;
  const covering = sideS === 0 && sideE === 1;
  const lb = lenBucket(j - i + 1);
  const commas = f.commas[j + 1] - f.commas[i];
  const sents = c.t.sent[j] - c.t.sent[i];
  const oq = f.openQ[j + 1] - f.openQ[i];
  const cq = f.closeQ[j + 1] - f.closeQ[i];
  const balance = Math.sign(oq - cq) + 1;
  const cues = f.cues[j + 1] - f.cues[i] - (covering ? f.cues[c.ce] - f.cues[c.cs] : 0);
  let g0 = 0;
  let g1 = 0;
  if (pos === 0) { g0 = j + 1; g1 = c.cs; } else if (pos === 3) { g0 = c.ce; g1 = i; }
  const gapCommas = f.commas[g1] - f.commas[g0];
  const gapQuotes = f.openQ[g1] - f.openQ[g0] + f.closeQ[g1] - f.closeQ[g0];
  out[0] = mixBits(PRE[61 * 4 + pos], lb);
  out[1] = mixBits(mixBits(PRE[62 * 4 + pos], lb), c.cueStem);
  out[2] = mixBits(PRE[63 * 4 + pos], Math.min(commas, 3));
  out[3] = mixBits(PRE[64 * 4 + pos], Math.min(sents, 3));
  out[4] = mixBits(PRE[65 * 4 + pos], (f.cls[i] === Cls.OpenQ ? 8 : 0) + (f.cls[j] === Cls.CloseQ ? 4 : 0) + balance);
  out[5] = mixBits(PRE[66 * 4 + pos], Math.min(cues, 3));
  out[6] = mixBits(PRE[67 * 4 + pos], Math.min(gapCommas, 2) * 4 + Math.min(gapQuotes, 3));
  out[7] = mixBits(PRE[68 * 4 + pos], lb * 16 + distBucket(g1 - g0));
  out[8] = mixBits(mixBits(PRE[69 * 4 + pos], f.lower[i]), f.lower[j]);
  out[9] = mixBits(PRE[70 * 4 + pos], Math.min(sents, 2) * 16 + Math.min(commas, 3) * 4 + balance);
  out[10] = mixBits(PRE[71 * 4 + pos], Math.sign(f.parens[j + 1] - f.parens[i]) + 1);
  out[11] = mixBits(mixBits(PRE[72 * 4 + pos], lb), c.cueAll);
}

/** Features of "no span" (an attribution without a source). */
export function nullFeatures(c: CueContext, out: Uint32Array): void {
  const f = c.f;
  const before = lowerAt(f, c.cs - 1, c.ws, c.we);
  out[0] = mixBits(81, 0);
  out[1] = mixBits(82, c.cueStem);
  out[2] = mixBits(83, c.cueAll);
  out[3] = mixBits(84, before);
  out[4] = mixBits(85, lowerAt(f, c.ce, c.ws, c.we));
  out[5] = mix3Bits(86, clsAt(f, c.cs - 1, c.ws, c.we), clsAt(f, c.ce, c.ws, c.we));
  out[6] = mixBits(87, c.cueQuote);
  out[7] = mix3Bits(88, before, c.cueStem);
}
