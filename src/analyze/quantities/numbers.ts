// Reads the numeric core of a quantity at a token: digits, number words, scale words, fractions, vague plurals.
import { gluedBefore, type QToken } from './tokens.js';

export const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words after a number ("5.5 billion", "four hundred million"). */
export const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
  mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12,
};
/** Scale suffixes glued to digits ("1.5bn", "12k", "$3.5b", "4.3M"); "m" is handled by context. */
const GLUED_SCALES: Record<string, number> = {
  bn: 1e9, b: 1e9, B: 1e9, tn: 1e12, trn: 1e12, tr: 1e12, mn: 1e6, mln: 1e6, mil: 1e6, mill: 1e6, M: 1e6, k: 1e3,
  K: 1e3, Bn: 1e9, BN: 1e9, MN: 1e6,
};
/** Fractions written as one glyph ("½", "¾"), read after a whole number ("6½"). */
const VULGAR_FRACTIONS: Record<string, number> = { '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8 };
/** Denominators of fractions ("three-quarters", "one-fifth", "two-thirds"). */
export const FRACTIONS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
/** Vague plurals: "dozens of" = [12, 120] (the NewsQuant convention: one to ten times the base). */
const VAGUE: Record<string, number> = { dozens: 12, scores: 20, hundreds: 1e2, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 };

/** Words after a glued "m" that mean metres, not millions ("100m sprint", "8m high"). */
const METRE_CONTEXT = new Set([
  'is', 'was', 'are', 'were', 'be', 'has', 'had', 'will', 'would', 'can', 'could', 'but', 'which', 'that', 'who', 'with',
  'for', 'into', 'equals', 'equal', 'x', 'by', 'tower', 'wall', 'fence', 'drop', 'jump', 'dive', 'yacht', 'boat',
  'long', 'high', 'wide', 'deep', 'tall', 'away', 'above', 'below', 'across', 'in', 'of', 'from', 'race', 'sprint',
  'hurdles', 'freestyle', 'dash', 'relay', 'mark', 'final', 'backstroke', 'breaststroke', 'butterfly', 'medley',
  'underground', 'thick', 'square', 'cubic', 'high-', 'at', 'on', 'to', 'and', 'or', 'by', 'per', 'a', 'an', 'the',
]);

export interface NumberCore {
  /** First and one-past-last token of the core. */
  i: number;
  j: number;
  value: number | [number, number];
  /** Scale applied by a word or suffix (1 when none), used to carry "billion" back over a range's first half. */
  scale: number;
  /** Whether the core is written in words ("eight", "a dozen"). */
  words: boolean;
  /** Whether the core is a bare digit string with no scale, comma or decimal (year/identifier candidates). */
  plainInt: boolean;
  kind: 'digits' | 'words' | 'fraction' | 'vague';
  rule: string;
}

export function digitValue(t: string): number {
  return Number(t.replace(/,/g, ''));
}

/** Reads a compound number word ("twenty-five", "ninety") at `i`; returns its value and end. */
function wordAt(toks: QToken[], i: number): { v: number; j: number } | null {
  const w = toks[i]?.lower;
  if (w === undefined || toks[i].kind !== 'word') return null;
  if (w in SMALL) return { v: SMALL[w], j: i + 1 };
  if (w in TENS) {
    const t = toks[i + 2];
    if (toks[i + 1]?.text === '-' && gluedBefore(toks, i + 1) && t && gluedBefore(toks, i + 2) && t.lower in SMALL && SMALL[t.lower] < 10) {
      return { v: TENS[w] + SMALL[t.lower], j: i + 3 };
    }
    return { v: TENS[w], j: i + 1 };
  }
  return null;
}

/** Multiplies in following scale words ("hundred million"); returns the new end and total scale. */
function scalesAfter(toks: QToken[], j: number): { j: number; scale: number } {
  let scale = 1;
  while (j < toks.length && toks[j].kind === 'word' && toks[j].lower in SCALES) {
    scale *= SCALES[toks[j].lower];
    j++;
  }
  return { j, scale };
}

/**
 * Reads the number at token `i` (no sign, prefix or unit). `money` says a currency mark precedes, which makes
 * a glued "m" mean million.
 */
export function readNumber(toks: QToken[], i: number, money: boolean): NumberCore | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === 'num') {
    let v = digitValue(t.text.startsWith('.') ? '0' + t.text : t.text);
    let j = i + 1;
    let scale = 1;
    let rule = 'digits';
    const nx = toks[j];
    if (nx && nx.kind === 'word' && gluedBefore(toks, j)) {
      const needsMoney = nx.text === 'K' || nx.text === 'b';
      const needsNoun = nx.text === 'M' || nx.text === 'B';
      if (nx.text in GLUED_SCALES && (money || (!needsMoney && (!needsNoun || nextIsNounish(toks, j + 1))))) {
        scale = GLUED_SCALES[nx.text];
        j++;
        rule = 'digits+suffix-scale';
      } else if (nx.text === 'm' && (money || millionContext(toks, j + 1))) {
        scale = 1e6;
        j++;
        rule = 'digits+suffix-scale';
      }
    }
    // fractions and mixed numbers: "1/4 mile", "10 1/2 miles" (small denominators only; "10/23" is a date)
    const fr = slashFraction(toks, j - 1);
    if (fr !== null && j === i + 1) {
      v = fr.v;
      j = fr.j;
      rule = 'digits/fraction';
    } else if (j === i + 1 && toks[j]?.kind === 'num' && !gluedBefore(toks, j) && /^\d+$/.test(t.text)) {
      const mixed = slashFraction(toks, j);
      if (mixed !== null) {
        v += mixed.v;
        j = mixed.j;
        rule = 'digits/mixed-fraction';
      }
    } else if (j === i + 1 && /^\d+$/.test(t.text) && toks[j]?.kind === 'sym' && gluedBefore(toks, j) && toks[j].text in VULGAR_FRACTIONS) {
      // "6½ hours", "2¾ miles": a whole number and a fraction written as one glyph.
      v += VULGAR_FRACTIONS[toks[j].text];
      j++;
      rule = 'digits/mixed-fraction';
    }
    // "a 5.5 billion", "4 hundred million", "12,000 thousand"
    if (scale === 1) {
      // "a $2.6-million contract": a scale word joined by a hyphen.
      const hyphen = toks[j]?.text === '-' && gluedBefore(toks, j) && gluedBefore(toks, j + 1) && toks[j + 1]?.kind === 'word' && toks[j + 1].lower in SCALES;
      const s = scalesAfter(toks, hyphen ? j + 1 : j);
      if (s.scale !== 1) {
        scale = s.scale;
        j = s.j;
        rule = 'digits+scale-word';
      }
    }
    // "two dozen" style is words only; digits may take "dozen" too ("3 dozen").
    if (toks[j]?.lower === 'dozen') {
      scale *= 12;
      j++;
    }
    v *= scale;
    // scientific notation: "2.998×10−8", "6.02 x 10^23"
    const sci = sciExponent(toks, j);
    if (sci) {
      v *= 10 ** sci.exp;
      j = sci.j;
      rule = 'digits+exponent';
    }
    const plainInt = scale === 1 && !sci && rule === 'digits' && /^\d+$/.test(t.text);
    return { i, j, value: v, scale, words: false, plainInt, kind: 'digits', rule };
  }
  if (t.kind !== 'word') return null;
  const w = t.lower;
  // "a dozen", "a million", "an estimated" is an approximation cue, not a number.
  if ((w === 'a' || w === 'an') && toks[i + 1]) {
    const n = toks[i + 1].lower;
    if (n === 'dozen') return wordsCore(toks, i, i + 2, 12, 'words/a-dozen');
    if (n in SCALES && n.length > 3) {
      const s = scalesAfter(toks, i + 1);
      return wordsCore(toks, i, s.j, s.scale, 'words/a-scale');
    }
    if ((n === 'half' || n === 'quarter' || n === 'third' || n === 'fifth') && toks[i + 2]?.lower === 'of') {
      return { i, j: i + 2, value: 1 / FRACTIONS[n], scale: 1, words: true, plainInt: false, kind: 'fraction', rule: 'fraction/a-part-of' };
    }
    return null;
  }
  if (w === 'half') {
    // "half a million", "half of", "half the"
    const n1 = toks[i + 1]?.lower;
    if ((n1 === 'a' || n1 === 'an') && toks[i + 2] && toks[i + 2].lower in SCALES) {
      const s = scalesAfter(toks, i + 2);
      return wordsCore(toks, i, s.j, 0.5 * s.scale, 'words/half-a-scale');
    }
    if (n1 === 'of' || n1 === 'the' || n1 === 'its' || n1 === 'their' || n1 === 'his' || n1 === 'her' || n1 === 'our' || n1 === 'all') {
      return { i, j: i + 1, value: 0.5, scale: 1, words: true, plainInt: false, kind: 'fraction', rule: 'fraction/half' };
    }
    return null;
  }
  if (w in VAGUE && toks[i + 1]?.lower === 'of') {
    const base = VAGUE[w];
    // "tens of thousands", "hundreds of millions" come through the `tens`/`hundreds` + "of" + plural path.
    const n2 = toks[i + 2]?.lower;
    if (n2 !== undefined && n2 in VAGUE && VAGUE[n2] >= 1e3 && toks[i + 3]?.lower === 'of') {
      const b = base * VAGUE[n2];
      return { i, j: i + 3, value: [b, b * 10], scale: 1, words: true, plainInt: false, kind: 'vague', rule: 'vague-plural/compound' };
    }
    return { i, j: i + 1, value: [base, base * 10], scale: 1, words: true, plainInt: false, kind: 'vague', rule: 'vague-plural' };
  }
  if (w === 'tens' && toks[i + 1]?.lower === 'of' && toks[i + 2] && toks[i + 2].lower in VAGUE && VAGUE[toks[i + 2].lower] >= 1e3) {
    const b = 10 * VAGUE[toks[i + 2].lower];
    return { i, j: i + 3, value: [b, b * 10], scale: 1, words: true, plainInt: false, kind: 'vague', rule: 'vague-plural/tens-of' };
  }
  // "sixfold", "twofold"
  // Most words are no "-fold": the expression runs only on those that end so.
  const fold = w.endsWith('fold') ? /^(\p{L}+)fold$/u.exec(w) : null;
  if (fold && (fold[1] in SMALL || fold[1] in TENS)) {
    return { i, j: i + 1, value: SMALL[fold[1]] ?? TENS[fold[1]], scale: 1, words: true, plainInt: false, kind: 'words', rule: 'words/fold' };
  }
  const first = wordAt(toks, i);
  if (!first) return null;
  // Fractions: "three-quarters", "one-fifth", "two thirds"
  let k = first.j;
  const hy = toks[k]?.text === '-' && gluedBefore(toks, k) && gluedBefore(toks, k + 1);
  const fw = toks[hy ? k + 1 : k];
  if (fw && fw.lower in FRACTIONS && first.v >= 1 && first.v < 10 && (hy || fw.lower.endsWith('s') || first.v === 1)) {
    if (!(first.v === 1 && !hy && toks[(hy ? k + 1 : k) + 1]?.lower !== 'of')) {
      return { i, j: (hy ? k + 1 : k) + 1, value: first.v / FRACTIONS[fw.lower], scale: 1, words: true, plainInt: false, kind: 'fraction', rule: 'fraction/words' };
    }
  }
  // Compound number words: "three hundred", "twenty-five thousand", "one hundred and twenty"
  let total = 0;
  let current = first.v;
  while (k < toks.length) {
    const lw = toks[k].lower;
    if (lw === 'hundred') {
      current *= 100;
      k++;
    } else if (lw in SCALES && SCALES[lw] >= 1e3 && toks[k].kind === 'word') {
      total += current * SCALES[lw];
      current = 0;
      k++;
    } else if (lw === 'and' && toks[k + 1] && current === 0 && total > 0 && wordAt(toks, k + 1)) {
      const nx = wordAt(toks, k + 1)!;
      current = nx.v;
      k = nx.j;
    } else if (current === 0 && total > 0 && wordAt(toks, k)) {
      const nx = wordAt(toks, k)!;
      current = nx.v;
      k = nx.j;
    } else if (lw === 'dozen') {
      current *= 12;
      k++;
    } else break;
  }
  return wordsCore(toks, i, k, total + current, k > first.j ? 'words/compound' : 'words');
}

function wordsCore(_toks: QToken[], i: number, j: number, value: number, rule: string): NumberCore {
  return { i, j, value, scale: 1, words: true, plainInt: false, kind: 'words', rule };
}

/** Whether the token at `j` is a plain word (a noun-ish continuation, not punctuation or a number). */
function nextIsNounish(toks: QToken[], j: number): boolean {
  const t = toks[j];
  return t !== undefined && t.kind === 'word';
}

/** After a glued "m" with no currency: million when a counted noun follows ("1.2m tons", "2.7m sales"). */
function millionContext(toks: QToken[], j: number): boolean {
  const t = toks[j];
  if (!t || t.kind !== 'word' || gluedBefore(toks, j)) return false;
  return !METRE_CONTEXT.has(t.lower);
}

/** "×10−8", "x 10^23": the exponent after a mantissa at token `j`, and the end of the notation. */
function sciExponent(toks: QToken[], j: number): { exp: number; j: number } | null {
  const x = toks[j];
  if (!x || !(x.text === '×' || x.text === 'x' || x.text === '*') || toks[j + 1]?.text !== '10') return null;
  let k = j + 2;
  if (toks[k]?.text === '^') k++;
  let sign = 1;
  if (toks[k]?.text === '-' || toks[k]?.text === '−') { sign = -1; k++; }
  const e = toks[k];
  if (!e || e.kind !== 'num' || !/^\d{1,3}$/.test(e.text) || !gluedBefore(toks, k)) return null;
  return { exp: sign * Number(e.text), j: k + 1 };
}

/** "1/4", "3/8" at token `k`: numerator < denominator <= 16, glued slash, no second slash. */
function slashFraction(toks: QToken[], k: number): { v: number; j: number } | null {
  const n = toks[k];
  const sl = toks[k + 1];
  const d = toks[k + 2];
  if (!n || !sl || !d || n.kind !== 'num' || sl.text !== '/' || d.kind !== 'num' || !gluedBefore(toks, k + 1) || !gluedBefore(toks, k + 2)) return null;
  if (!/^\d+$/.test(n.text) || !/^\d+$/.test(d.text)) return null;
  const nv = Number(n.text);
  const dv = Number(d.text);
  if (nv === 0 || nv >= dv || dv > 16 || (toks[k + 3]?.text === '/' && gluedBefore(toks, k + 3))) return null;
  if (toks[k - 1]?.text === '/' && gluedBefore(toks, k)) return null;
  return { v: nv / dv, j: k + 3 };
}
