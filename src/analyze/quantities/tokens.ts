// Splits text into number, word and symbol tokens with character spans, in one linear pass.

export type TokenKind = 'num' | 'word' | 'sym';

export interface QToken {
  text: string;
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Whether a line break sits between the previous token and this one (or this is the first token). */
  lineStart: boolean;
}

// Numbers: thousands-grouped ("12,000.5"), plain ("5.5"), or leading-decimal (".534").
// Words: letters with inner apostrophes ("Korea's"). Anything else: one symbol per token.
const TOKEN_RE = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)|(\p{L}+(?:['’]\p{L}+)*)|(\S)/gu;

export function tokenize(text: string): QToken[] {
  const out: QToken[] = [];
  let prevEnd = 0;
  // `exec` over the global pattern gives the matches of `matchAll` (no alternative matches an empty string)
  // without an iterator result per token; no call below reads the pattern, so its position stays its own.
  const re = TOKEN_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const t = m[0];
    let kind: TokenKind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym';
    // ".3" glued to a previous number ("1.2.3") is not a decimal of its own.
    if (kind === 'num' && t.startsWith('.') && out.length > 0 && out[out.length - 1].end === start && out[out.length - 1].kind === 'num') {
      kind = 'sym';
    }
    out.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length, kind, lineStart: out.length === 0 || hasLineBreak(text, prevEnd, start) });
    prevEnd = start + t.length;
  }
  return out;
}

/** Whether text[from, to) holds a line feed. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** The tokens as matched by `matchAll` with the gap before each sliced out (the first form of `tokenize`, for tests). */
export function tokenizeByMatchAll(text: string): QToken[] {
  const out: QToken[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    const t = m[0];
    let kind: TokenKind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym';
    if (kind === 'num' && t.startsWith('.') && out.length > 0 && out[out.length - 1].end === start && out[out.length - 1].kind === 'num') {
      kind = 'sym';
    }
    const gap = text.slice(prevEnd, start);
    out.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length, kind, lineStart: out.length === 0 || gap.includes('\n') });
    prevEnd = start + t.length;
  }
  return out;
}

/** Whether token `i` touches token `i - 1` with no space between. */
export function gluedBefore(toks: QToken[], i: number): boolean {
  return i > 0 && i < toks.length && toks[i - 1].end === toks[i].start;
}

/**
 * The lookup key for tokens `[i, j)`: lower-cased (unless `keepCase`), glued tokens joined directly and
 * spaced tokens joined by one space ("km/h", "per cent", "us $").
 */
export function keyOf(toks: QToken[], i: number, j: number, keepCase = false): string {
  let s = '';
  for (let k = i; k < j; k++) {
    if (k > i && !gluedBefore(toks, k)) s += ' ';
    s += keepCase ? toks[k].text : toks[k].lower;
  }
  return s;
}
