// Text features shared by the linking passes: word tokens, content terms, proper-noun keys, seeded hashes, document frequencies.

/** A small English stopword list; other languages rely on the frequency-based pruning in `DocFrequency`. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having he
  her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor
  not now of off on once only or other our ours out over own same she should so some such than that the their
  theirs them themselves then there these they this those through to too under until up very was we were what
  when where which while who whom why will with would you your yours yourself said says say told one two three
  new like may might must us since still even many much also according another around among per via yet while
  whether though although however within without upon mr mrs ms dr just get got make made take took`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Month and weekday names: capitalised but not names of anything a story is about. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun
  jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/).filter((w) => w.length > 0),
);

const WORD = /[\p{L}\p{N}]+(?:[.,'’\-][\p{L}\p{N}]+)*/gu;
const NUMERIC = /^[\p{N}][\p{N}.,]*$/u;

/**
 * Characters that end a sentence when the gap after a word, less its trailing white space, ends with one
 * (what /[.!?:;"”»)\]]\s*$/u read on the word and the trimmed gap: a word itself ends with a letter or digit).
 */
const SENTENCE_END_CHARS = '.!?:;"”»)]';

/** One word token with whether it opens a sentence (or a line), so capitalisation can be read. */
export interface Token {
  text: string;
  sentenceStart: boolean;
  /** True when only spaces separate the token from the one before (no punctuation, no line break). */
  joined: boolean;
}

/** Whether the gap is one or more spaces and tabs only. */
function blanks(gap: string): boolean {
  if (gap.length === 0) return false;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Whether each code unit outside the surrogates is a letter or a digit (`[\p{L}\p{N}]`), learnt on first sight (0: not yet, 1: it is, 2: it is not). */
const LETTER_OR_DIGIT = new Uint8Array(0x10000);
const LETTER_OR_DIGIT_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * The width in code units of the letter or digit (`[\p{L}\p{N}]` with the `u` flag) at `i`: 1, 2 for a pair of surrogates
 * that is one, or 0 where none stands (a lone surrogate is no letter).
 */
function letterOrDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdfff) {
    if (c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return LETTER_OR_DIGIT_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  let known = LETTER_OR_DIGIT[c];
  if (known === 0) LETTER_OR_DIGIT[c] = known = LETTER_OR_DIGIT_CHAR.test(text[i]) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** The end of the run of letters and digits that starts at `i` (`i` itself where none starts there). */
function runEnd(text: string, i: number): number {
  for (let w = letterOrDigitAt(text, i); w > 0; w = letterOrDigitAt(text, i)) i += w;
  return i;
}

/** Whether a code unit joins two runs of a word (WORD's `[.,'’\-]`). */
function isInnerMark(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x27 || c === 0x2019 || c === 0x2d;
}

/** The index past the code point at `i`: a pair of surrogates is one, as the `u` flag's search moves on. */
function pastCodePoint(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i + (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
}

/**
 * The words of WORD in a text, in order, as [start, end) pairs in one array: read one code point at a time, the same
 * matches as the pattern's global search (each match is a run of letters and digits, then as many runs as follow it
 * after one of its inner marks; a search goes on from the end of the match before, one code point at a time).
 */
function wordSpans(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const w = letterOrDigitAt(text, i);
    if (w === 0) {
      i = pastCodePoint(text, i);
      continue;
    }
    const start = i;
    let end = runEnd(text, i + w);
    while (end + 1 < n && isInnerMark(text.charCodeAt(end)) && letterOrDigitAt(text, end + 1) > 0) end = runEnd(text, end + 1);
    out.push(start, end);
    i = end;
  }
  return out;
}

/** Word tokens of a text in order, marking those that start a sentence or a line. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  let atStart = true;
  const spans = wordSpans(text);
  for (let k = 0; k < spans.length; k += 2) {
    const index = spans[k]!;
    const end = spans[k + 1]!;
    const gap = text.slice(last, index);
    if (out.length > 0) {
      if (gap.includes('\n')) atStart = true;
      else {
        const trimmed = gap.trimEnd();
        if (trimmed.length > 0 && SENTENCE_END_CHARS.includes(trimmed[trimmed.length - 1]!)) atStart = true;
      }
    }
    out.push({ text: text.slice(index, end), sentenceStart: atStart, joined: out.length > 0 && blanks(gap) });
    atStart = false;
    last = end;
  }
  return out;
}

/** `tokens` by the pattern itself (kept to check the reading above against). */
export function tokensByPattern(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  let atStart = true;
  for (const m of text.matchAll(WORD)) {
    const gap = text.slice(last, m.index);
    if (out.length > 0) {
      if (gap.includes('\n')) atStart = true;
      else {
        const trimmed = gap.trimEnd();
        if (trimmed.length > 0 && SENTENCE_END_CHARS.includes(trimmed[trimmed.length - 1]!)) atStart = true;
      }
    }
    out.push({ text: m[0], sentenceStart: atStart, joined: out.length > 0 && blanks(gap) });
    atStart = false;
    last = m.index + m[0].length;
  }
  return out;
}

/** Lower-case word tokens for shingling (no stopword removal, no stemming): the runs of `[\p{L}\p{N}]+` in the lower-cased text. */
export function plainWords(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const w = letterOrDigitAt(lower, i);
    if (w === 0) {
      i = pastCodePoint(lower, i);
      continue;
    }
    const end = runEnd(lower, i + w);
    out.push(lower.slice(i, end));
    i = end;
  }
  return out;
}

/** `plainWords` by the pattern itself (kept to check the reading above against). */
export function plainWordsByPattern(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** A light English suffix folding so that plural and possessive forms share a term. */
export function fold(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, '').replace(/['’]/gu, '');
  if (NUMERIC.test(w)) return '#' + w.replace(/,/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is|ys)$/u.test(w)) w = w.slice(0, -1);
  return w;
}

/** What the passes below read of one written word, made once per word of a text (see `WordForms`). */
interface WordForm {
  lower: string;
  folded: string;
  capitalised: boolean;
  stopword: boolean;
  calendar: boolean;
}

/** The forms of the words of one text, each made once however often the word is written. */
export class WordForms {
  private readonly forms = new Map<string, WordForm>();

  of(word: string): WordForm {
    let f = this.forms.get(word);
    if (f === undefined) {
      const lower = word.toLowerCase();
      f = { lower, folded: fold(word), capitalised: isCapitalised(word), stopword: ENGLISH_STOPWORDS.has(lower), calendar: CALENDAR_WORDS.has(lower) };
      this.forms.set(word, f);
    }
    return f;
  }
}

/** Counts of content terms: folded words that are not stopwords, with numbers kept as `#n` terms. */
export function contentTerms(toks: readonly Token[], forms: WordForms = new WordForms()): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of toks) {
    const f = forms.of(t.text);
    if (f.stopword) continue;
    const term = f.folded;
    if (term.length < 3) continue;
    out.set(term, (out.get(term) ?? 0) + 1);
  }
  return out;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !NUMERIC.test(word);
}

/**
 * Proper-noun keys from runs of capitalised tokens: each full run (lower-cased, words joined by
 * spaces) and, for runs of several words, each word of it, so "Tara Reid" also meets a later "Reid".
 * A capitalised word opening a sentence counts only when the text never uses it in lower case
 * and it is not a stopword; calendar words are left out.
 */
export function properNounKeys(toks: readonly Token[], forms: WordForms = new WordForms()): Map<string, number> {
  const lowerSeen = new Set<string>();
  for (const t of toks) {
    const f = forms.of(t.text);
    if (!f.capitalised) lowerSeen.add(f.lower);
  }
  const out = new Map<string, number>();
  const add = (k: string): void => {
    out.set(k, (out.get(k) ?? 0) + 1);
  };
  const flush = (run: string[]): void => {
    while (run.length > 0 && ENGLISH_STOPWORDS.has(run[0]!)) run.shift();
    while (run.length > 0 && ENGLISH_STOPWORDS.has(run[run.length - 1]!)) run.pop();
    if (run.length === 0) return;
    add(run.join(' '));
    if (run.length > 1) for (const w of run) if (!ENGLISH_STOPWORDS.has(w) && w.length > 1) add(w);
  };
  let run: string[] = [];
  for (const t of toks) {
    if (t.joined === false && run.length > 0) {
      flush(run);
      run = [];
    }
    const f = forms.of(t.text);
    const usable = f.capitalised && !f.calendar && !(t.sentenceStart && (lowerSeen.has(f.lower) || f.stopword));
    if (usable) {
      if (t.sentenceStart && run.length > 0) {
        flush(run);
        run = [];
      }
      run.push(f.folded);
    } else {
      flush(run);
      run = [];
    }
  }
  flush(run);
  return out;
}

/** The murmur3 finaliser: a bijection on 32-bit integers that spreads every input bit. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A deterministic 32-bit hash of a string (FNV-1a over UTF-16 units, then mixed) under a seed. */
export function hash32(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Serialised form of `DocFrequency`. */
export interface DocFrequencyState {
  docs: number;
  df: [string, number][];
}

/**
 * Document frequencies that grow as documents arrive, giving smoothed IDF weights and a
 * language-independent stopword test: a term in more than `maxRatio` of the documents seen
 * (once at least `minDocs` are seen) carries no weight.
 */
export class DocFrequency {
  docs = 0;
  private readonly df = new Map<string, number>();

  constructor(
    private readonly maxRatio: number,
    private readonly minDocs: number,
  ) {}

  /** Counts one document's distinct terms. */
  addDocument(terms: Iterable<string>): void {
    this.docs += 1;
    for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  count(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /** True when the term is too common to tell documents apart. */
  pruned(term: string): boolean {
    return this.docs >= this.minDocs && this.count(term) > this.maxRatio * this.docs;
  }

  /** Smoothed inverse document frequency, or 0 for a pruned term. */
  idf(term: string): number {
    if (this.pruned(term)) return 0;
    return Math.log((this.docs + 1) / (this.count(term) + 1)) + 1;
  }

  toJSON(): DocFrequencyState {
    return { docs: this.docs, df: [...this.df] };
  }

  static fromJSON(state: DocFrequencyState, maxRatio: number, minDocs: number): DocFrequency {
    const out = new DocFrequency(maxRatio, minDocs);
    out.docs = state.docs;
    for (const [t, n] of state.df) out.df.set(t, n);
    return out;
  }
}

/** Milliseconds since the epoch of an ISO-like date string, or null when absent or unreadable. */
export function dateMs(published: string | null | undefined): number | null {
  if (published === null || published === undefined || published === '') return null;
  const ms = Date.parse(published);
  return Number.isFinite(ms) ? ms : null;
}
