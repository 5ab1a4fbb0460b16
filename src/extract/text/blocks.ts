// Segments page text into blocks (one per line) and measures each: tokens, stopwords, sentence punctuation.

/** One line of the page with the measurements the scoring rules read. */
export interface Block {
  /** The line, trimmed, inner whitespace collapsed. */
  text: string;
  /** Lower-case text, for finding repeated lines. */
  key: string;
  /** How many tokens the line has (letters and digits; characters of spaceless scripts count one each). */
  tokenCount: number;
  /** The lower-case tokens of a short line (at most SHORT_LINE_TOKENS), for the shape patterns; empty otherwise,
   *  so that a huge page does not hold every token in memory. */
  tokens: string[];
  /** Token count with each spaceless-script character at half weight, so lengths compare across scripts. */
  size: number;
  /** How many tokens are stopwords of the page's language. */
  stopwords: number;
  /** Content-word keys (non-stopwords, truncated to a fixed length as a language-free stem). */
  content: string[];
  /** The line ends like a sentence (. ! ? … and their closing quotes, or CJK full stops). */
  terminal: boolean;
  /** Sentence ends inside the line (a terminal mark followed by a space and a capital or digit). */
  innerSentences: number;
  /** The line has at least one letter. */
  hasLetter: boolean;
}

const SPACELESS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const TOKEN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[^\s\p{P}\p{S}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+/gu;
const TERMINAL = /[.!?…。！？]["'”’»)\]]*$|[:;]$/u;
const INNER_SENTENCE = /[.!?…]["'”’»)]*\s+["'“‘«(]?[\p{Lu}\p{N}]/gu;
const LETTER = /\p{L}/u;
/** Lines up to this many tokens keep their token list. */
export const SHORT_LINE_TOKENS = 16;
/** Content words are compared by their first letters; a crude stem that needs no language. */
const STEM_LENGTH = 6;

/** Lower-case tokens of a string. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** A trimmed, non-empty line and whether a blank line (a paragraph break) precedes it. */
export interface Line {
  text: string;
  blankBefore: boolean;
}

/** Splits text into trimmed, non-empty lines with inner whitespace collapsed, noting blank lines between them. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let blank = false;
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = raw.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
    if (line.length === 0) blank = true;
    else {
      out.push({ text: line, blankBefore: blank && out.length > 0 });
      blank = false;
    }
  }
  return out;
}

const LOWER_START = /^["'“‘(«]?\p{Ll}/u;
const OPEN_END = /[\p{L}\p{N},;\-–]$/u;
/** Least length of a line that may continue on the next one (shorter lines are menu items, not wrapped prose). */
const WRAP_MIN_LENGTH = 30;
/** Lower-case continuations a page needs before it counts as hard-wrapped. */
const WRAPPED_PAGE_MIN = 3;

/**
 * Rejoins hard-wrapped prose; never across a blank line. A line that does not end a sentence continues on
 * the next line when that line starts in lower case. On a page where that happens repeatedly (hard-wrapped
 * text), a line of nearly the wrap width continues on the next line whatever its case when it ends
 * mid-sentence, or whatever its ending when the page separates its paragraphs with blank lines.
 */
export function unwrapLines(lines: readonly (Line | string)[]): string[] {
  const ls: Line[] = lines.map((l) => (typeof l === 'string' ? { text: l, blankBefore: false } : l));
  const lowerJoin = (a: string, b: Line): boolean =>
    !b.blankBefore && a.length >= WRAP_MIN_LENGTH && OPEN_END.test(a) && LOWER_START.test(b.text);
  let lowerJoins = 0;
  let breaks = 0;
  const joinedLengths: number[] = [];
  for (let i = 0; i + 1 < ls.length; i++) {
    if (ls[i + 1].blankBefore) breaks++;
    if (lowerJoin(ls[i].text, ls[i + 1])) {
      lowerJoins++;
      if (joinedLengths.length < 1000) joinedLengths.push(ls[i].text.length);
    }
  }
  const wrapped = lowerJoins >= WRAPPED_PAGE_MIN;
  const blankSeparated = breaks >= WRAPPED_PAGE_MIN;
  joinedLengths.sort((a, b) => a - b);
  const width = wrapped ? joinedLengths[Math.floor(joinedLengths.length / 2)] * 0.75 : Infinity;
  const out: string[] = [];
  let current: string | null = null;
  let last = '';
  for (const line of ls) {
    const joins =
      current !== null &&
      !line.blankBefore &&
      (lowerJoin(last, line) || (wrapped && last.length >= width && (blankSeparated || OPEN_END.test(last))));
    if (joins) {
      current += (last.endsWith('-') && LOWER_START.test(line.text) ? '' : ' ') + line.text;
    } else {
      if (current !== null) out.push(current);
      current = line.text;
    }
    last = line.text;
  }
  if (current !== null) out.push(current);
  return out;
}

/** Measures one line given the page's stopwords. */
export function measure(text: string, stopwords: ReadonlySet<string>): Block {
  const tokens = tokenize(text);
  let size = 0;
  let stop = 0;
  const content: string[] = [];
  for (const t of tokens) {
    const spaceless = t.length === 1 && SPACELESS.test(t);
    size += spaceless ? 0.5 : 1;
    if (stopwords.has(t)) stop++;
    else if (spaceless || (t.length >= 3 && LETTER.test(t))) content.push(t.slice(0, STEM_LENGTH));
  }
  return {
    text,
    key: text.toLowerCase(),
    tokenCount: tokens.length,
    tokens: tokens.length <= SHORT_LINE_TOKENS ? tokens : [],
    size,
    stopwords: stop,
    content,
    terminal: TERMINAL.test(text),
    innerSentences: (text.match(INNER_SENTENCE) ?? []).length,
    hasLetter: LETTER.test(text),
  };
}

/** Stopword density of a block (0 when it has no tokens). */
export function stopwordDensity(b: Block): number {
  return b.tokenCount === 0 ? 0 : b.stopwords / b.tokenCount;
}

/**
 * Derives function words from the page itself, for languages without a list: the most frequent tokens
 * across the page's longer lines (function words lead every frequency list of running text).
 */
export function deriveStopwords(lines: readonly string[], count: number): Set<string> {
  const freq = new Map<string, number>();
  for (const line of lines) {
    const tokens = tokenize(line);
    if (tokens.length < 10) continue;
    for (const t of tokens) freq.set(t, (freq.get(t) ?? 0) + 1);
  }
  const ranked = [...freq.entries()].filter(([t]) => !/^\p{N}+$/u.test(t)).sort((a, b) => b[1] - a[1]);
  return new Set(ranked.slice(0, count).map(([t]) => t));
}
