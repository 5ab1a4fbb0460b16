// Per-token feature values (hashed) and the feature templates of the cue tagger.
import { hashString, mixBits, mix3Bits } from './hash.js';
import { CUE_STEMS, PRONOUNS, TITLES } from './lexicon.js';
import { Kind, shape, stem, type TokenizedText } from './tokenize.js';

/** Coarse token class codes. */
export const enum Cls {
  Lower = 1, Cap = 2, AllCaps = 3, Num = 4, Comma = 5, Stop = 6, Colon = 7, OpenQ = 8, CloseQ = 9, Dash = 10,
  Paren = 11, Other = 12, Edge = 13,
}

/**
 * Token-level feature values for one text, precomputed once. The hashes of word forms are kept as
 * signed 32-bit integers (the bits of `hashString`): they are only mixed into features (see
 * `mixBits`) and compared with each other, and V8 passes a signed one to a call unboxed, where an
 * unsigned one at or above 2^31 is a new heap number each time.
 */
export interface TokenFeatures {
  n: number;
  lower: Int32Array;
  stem: Int32Array;
  shape: Int32Array;
  suffix: Int32Array;
  cls: Uint8Array;
  lexCue: Uint8Array;
  pronoun: Uint8Array;
  title: Uint8Array;
  sentStart: Uint8Array;
  sentEnd: Uint8Array;
  inQuote: Uint8Array;
  /** Whether the token's sentence holds a quote mark. */
  sentQuote: Uint8Array;
  /** Prefix counts over tokens: count of class/flag in tokens [0, k). */
  commas: Int32Array;
  cues: Int32Array;
  openQ: Int32Array;
  closeQ: Int32Array;
  /** Prefix count of opening minus closing brackets. */
  parens: Int32Array;
}

const EDGE = hashString('<edge>') | 0;

function classOf(t: TokenizedText, k: number): Cls {
  const w = t.words[k];
  switch (t.kind[k]) {
    case Kind.OpenQuote: return Cls.OpenQ;
    case Kind.CloseQuote: return Cls.CloseQ;
    case Kind.Number: return Cls.Num;
    case Kind.Word:
      if (/^\p{Lu}/u.test(w)) return w.length > 1 && w === w.toUpperCase() ? Cls.AllCaps : Cls.Cap;
      return Cls.Lower;
    default:
      if (w === ',') return Cls.Comma;
      if (w === '.' || w === '!' || w === '?' || w === '…') return Cls.Stop;
      if (w === ':' || w === ';') return Cls.Colon;
      if (w === '—' || w === '–' || w === '-') return Cls.Dash;
      if (w === '(' || w === ')' || w === '[' || w === ']') return Cls.Paren;
      return Cls.Other;
  }
}

/** The feature values of a lower-cased word form. */
interface WordValues {
  lower: number;
  stem: number;
  suffix: number;
  lexCue: number;
  pronoun: number;
  title: number;
}

function wordValues(lw: string): WordValues {
  const st = stem(lw);
  return {
    lower: hashString(lw) | 0,
    stem: hashString(st) | 0,
    suffix: hashString(lw.length > 3 ? lw.slice(-3) : lw) | 0,
    lexCue: CUE_STEMS.has(st) || CUE_STEMS.has(lw) ? 1 : 0,
    pronoun: PRONOUNS.has(lw) ? 1 : 0,
    title: TITLES.has(lw) ? 1 : 0,
  };
}

/** Computes the token-level feature values of a tokenized text. */
export function tokenFeatures(t: TokenizedText): TokenFeatures {
  const n = t.starts.length;
  const f: TokenFeatures = {
    n, lower: new Int32Array(n), stem: new Int32Array(n), shape: new Int32Array(n), suffix: new Int32Array(n),
    cls: new Uint8Array(n), lexCue: new Uint8Array(n), pronoun: new Uint8Array(n), title: new Uint8Array(n),
    sentStart: new Uint8Array(n), sentEnd: new Uint8Array(n), inQuote: new Uint8Array(n), sentQuote: new Uint8Array(n),
    commas: new Int32Array(n + 1), cues: new Int32Array(n + 1), openQ: new Int32Array(n + 1), closeQ: new Int32Array(n + 1),
    parens: new Int32Array(n + 1),
  };
  // A text repeats its words: each lower-cased form's values and each form's shape (and a word's class) are made once.
  const forms = new Map<string, WordValues>();
  const shapes = new Map<string, number>();
  const wordClasses = new Map<string, Cls>();
  for (let k = 0; k < n; k++) {
    const lw = t.lower[k];
    let v = forms.get(lw);
    if (v === undefined) {
      v = wordValues(lw);
      forms.set(lw, v);
    }
    const word = t.words[k];
    let sh = shapes.get(word);
    if (sh === undefined) {
      sh = hashString(shape(word)) | 0;
      shapes.set(word, sh);
    }
    f.lower[k] = v.lower;
    f.stem[k] = v.stem;
    f.shape[k] = sh;
    f.suffix[k] = v.suffix;
    if (t.kind[k] === Kind.Word) {
      let c = wordClasses.get(word);
      if (c === undefined) {
        c = classOf(t, k);
        wordClasses.set(word, c);
      }
      f.cls[k] = c;
    } else f.cls[k] = classOf(t, k);
    f.lexCue[k] = v.lexCue;
    f.pronoun[k] = v.pronoun;
    f.title[k] = v.title;
    f.sentStart[k] = k === 0 || t.sent[k] !== t.sent[k - 1] ? 1 : 0;
    f.sentEnd[k] = k === n - 1 || t.sent[k] !== t.sent[k + 1] ? 1 : 0;
    f.inQuote[k] = t.quoteDepth[k] > 0 ? 1 : 0;
    f.commas[k + 1] = f.commas[k] + (f.cls[k] === Cls.Comma ? 1 : 0);
    f.cues[k + 1] = f.cues[k] + f.lexCue[k];
    f.openQ[k + 1] = f.openQ[k] + (f.cls[k] === Cls.OpenQ ? 1 : 0);
    f.closeQ[k + 1] = f.closeQ[k] + (f.cls[k] === Cls.CloseQ ? 1 : 0);
    const w = t.words[k];
    f.parens[k + 1] = f.parens[k] + (w === '(' || w === '[' ? 1 : w === ')' || w === ']' ? -1 : 0);
  }
  for (let a = 0; a < n;) {
    let b = a;
    while (b < n && t.sent[b] === t.sent[a]) b++;
    const q = f.openQ[b] - f.openQ[a] + f.closeQ[b] - f.closeQ[a] > 0 ? 1 : 0;
    f.sentQuote.fill(q, a, b);
    a = b;
  }
  return f;
}

/** Hash of the lower-cased form at `k`, or an edge marker outside [lo, hi). */
export function lowerAt(f: TokenFeatures, k: number, lo = 0, hi = f.n): number {
  return k >= lo && k < hi ? f.lower[k] : EDGE;
}

/** Class at `k`, or Edge outside [lo, hi). */
export function clsAt(f: TokenFeatures, k: number, lo = 0, hi = f.n): number {
  return k >= lo && k < hi ? f.cls[k] : Cls.Edge;
}

/** Number of cue-tagger features per token. */
export const CUE_FEATURES = 36;

/**
 * `mixBits(template, v)` for the cue-tagger templates whose first value is small (below 256), so
 * `mix3Bits(template, v, x)` is `mixBits(SMALL[template * 256 + v], x)`: the same value, one mix fewer.
 */
const SMALL = new Int32Array(37 * 256);
for (const t of [12, 14, 15, 16, 22, 23, 26, 29, 30, 31, 33]) for (let v = 0; v < 256; v++) SMALL[t * 256 + v] = mixBits(t, v);
const FIRST = mixBits(1, 0);

const THAT = hashString('that') | 0;

/** Writes the cue-tagger features of token `k` (within paragraph [lo, hi)) into `out` at `at`. */
export function cueFeatures(f: TokenFeatures, k: number, lo: number, hi: number, out: Uint32Array, at: number): void {
  const w0 = f.lower[k];
  const wm1 = lowerAt(f, k - 1, lo, hi);
  const wp1 = lowerAt(f, k + 1, lo, hi);
  const wm2 = lowerAt(f, k - 2, lo, hi);
  const wp2 = lowerAt(f, k + 2, lo, hi);
  const s0 = f.stem[k];
  const cm1 = clsAt(f, k - 1, lo, hi);
  const cp1 = clsAt(f, k + 1, lo, hi);
  const cm2 = clsAt(f, k - 2, lo, hi);
  const cp2 = clsAt(f, k + 2, lo, hi);
  const q = f.inQuote[k];
  const lex = f.lexCue[k];
  const lexm1 = k - 1 >= lo ? f.lexCue[k - 1] : 2;
  const lexp1 = k + 1 < hi ? f.lexCue[k + 1] : 2;
  const pronP1 = k + 1 < hi ? f.pronoun[k + 1] : 2;
  const pronM1 = k - 1 >= lo ? f.pronoun[k - 1] : 2;
  const sentPos = Math.min(k - lo, 6);
  let i = at;
  out[i++] = FIRST;
  out[i++] = mixBits(2, w0);
  out[i++] = mixBits(3, wm1);
  out[i++] = mixBits(4, wp1);
  out[i++] = mixBits(5, wm2);
  out[i++] = mixBits(6, wp2);
  out[i++] = mix3Bits(7, wm1, w0);
  out[i++] = mix3Bits(8, w0, wp1);
  out[i++] = mixBits(9, s0);
  out[i++] = mixBits(10, f.shape[k]);
  out[i++] = mixBits(11, f.suffix[k]);
  out[i++] = mixBits(SMALL[12 * 256 + lex], f.cls[k]);
  out[i++] = mix3Bits(13, s0, q);
  out[i++] = mixBits(SMALL[14 * 256 + cm1 * 16 + cp1], f.cls[k]);
  out[i++] = mixBits(SMALL[15 * 256 + lexm1], lexp1);
  out[i++] = mixBits(SMALL[16 * 256 + q], lex);
  out[i++] = mix3Bits(17, s0, cm1);
  out[i++] = mix3Bits(18, s0, cp1);
  out[i++] = mix3Bits(19, s0, wp1);
  out[i++] = mix3Bits(20, wm1, s0);
  out[i++] = mix3Bits(21, s0, pronP1 * 4 + pronM1);
  out[i++] = mixBits(SMALL[22 * 256 + sentPos], lex);
  out[i++] = mixBits(SMALL[23 * 256 + cm2 * 16 + cp2], lex);
  out[i++] = mix3Bits(24, s0, cm2 * 16 + cm1);
  out[i++] = mix3Bits(25, s0, cp1 * 16 + cp2);
  out[i++] = mixBits(SMALL[26 * 256 + f.sentStart[k] * 2 + f.sentEnd[k]], lex);
  out[i++] = mix3Bits(27, wm2, wm1);
  out[i++] = mix3Bits(28, wp1, wp2);
  out[i++] = mixBits(SMALL[29 * 256 + f.title[k] * 2 + f.pronoun[k]], cm1);
  out[i++] = mixBits(SMALL[30 * 256 + lex], q * 16 + cm1);
  let next = 0;
  if (wp1 === THAT || wp2 === THAT) next |= 1;
  if (cp1 === Cls.Colon) next |= 2;
  if (cp1 === Cls.OpenQ || cp2 === Cls.OpenQ || cp1 === Cls.CloseQ) next |= 4;
  if (cp1 === Cls.Comma) next |= 8;
  let prev = 0;
  for (let j = Math.max(lo, k - 2); j < k; j++) {
    if (f.pronoun[j]) prev |= 1;
    if (f.cls[j] === Cls.Cap) prev |= 2;
    if (f.cls[j] === Cls.Comma || f.cls[j] === Cls.CloseQ) prev |= 4;
  }
  out[i++] = mixBits(SMALL[31 * 256 + f.sentQuote[k]], lex * 2 + q);
  out[i++] = mix3Bits(32, s0, next);
  out[i++] = mixBits(SMALL[33 * 256 + lex], prev);
  out[i++] = mix3Bits(34, s0, prev);
  out[i++] = mixBits(35, lowerAt(f, k - 3, lo, hi));
  out[i++] = mixBits(36, lowerAt(f, k + 3, lo, hi));
}
