// Tokenizer for the attribution model: tokens with offsets, paragraphs (lines), sentences and quotation state.
import { ABBREVIATIONS, CLOSE_QUOTES, OPEN_QUOTES } from './lexicon.js';
import { POLICE_RANKS as RANKS_OF_POLICE } from '../ranks.js';
import { STREET_TYPES } from '../sentences.js';

/** Kind of token, used for features and quote tracking. */
export const enum Kind { Word = 0, Number = 1, Punct = 2, OpenQuote = 3, CloseQuote = 4 }

/** A tokenized text. Arrays are indexed by token. */
export interface TokenizedText {
  text: string;
  starts: number[];
  ends: number[];
  words: string[];
  lower: string[];
  kind: Kind[];
  /** Line (paragraph) index of each token. */
  para: number[];
  /** Sentence index of each token (sentences never cross lines). */
  sent: number[];
  /** Depth of enclosing quotation (0 outside quotes), tracked per paragraph and carried over for quotes left open. */
  quoteDepth: number[];
  /** First token of each paragraph, plus a final entry equal to the token count. */
  paraStarts: number[];
}

// Internal full stops join only abbreviations (U.S, p.m) and decimals, so "aid.Russian" splits.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[’'\-&]|\.(?=[\p{L}\p{N}]{1,2}(?![\p{L}\p{N}])|\p{N}))[\p{L}\p{M}\p{N}]+)*/uy;
const SPACE = /\s/u;
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-\/]/u;

/** Stem used for cue-word features: a light suffix stripper (says/saying/said stay apart from "said" only by form). */
export function stem(lower: string): string {
  let s = lower;
  if (s.endsWith('ing') && s.length >= 6) s = s.slice(0, -3);
  else if ((s.endsWith('ied') || s.endsWith('ies')) && s.length >= 5) s = s.slice(0, -3) + 'i';
  else if (s.endsWith('ed') && s.length >= 5) s = s.slice(0, -2);
  else if (s.endsWith('es') && s.length >= 5) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && s.length >= 4) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length >= 4) s = s.slice(0, -1);
  return s;
}

/** Word shape: X for upper, x for lower, d for digit, runs collapsed, at most 6 characters. */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
    if (out.length >= 6) break;
  }
  return out;
}

function quoteKind(text: string, i: number, ch: string): Kind | null {
  if (OPEN_QUOTES.has(ch)) {
    if (ch === '‘' && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1])) return null;
    return Kind.OpenQuote;
  }
  if (CLOSE_QUOTES.has(ch)) return Kind.CloseQuote;
  if (ch === '"' || ch === "'") {
    const prev = i > 0 ? text[i - 1] : ' ';
    const next = i + 1 < text.length ? text[i + 1] : ' ';
    if (OPEN_CONTEXT.test(prev) || prev === '"' || OPEN_QUOTES.has(prev)) return SPACE.test(next) ? null : Kind.OpenQuote;
    return Kind.CloseQuote;
  }
  return null;
}

/** Splits `text` into tokens, paragraphs (one per line), sentences and quote depths. */
export function tokenize(text: string): TokenizedText {
  const t: TokenizedText = {
    text, starts: [], ends: [], words: [], lower: [], kind: [], para: [], sent: [], quoteDepth: [], paraStarts: [],
  };
  let para = 0;
  let lastParaToken = -1;
  let i = 0;
  const push = (s: number, e: number, k: Kind): void => {
    if (lastParaToken !== para) {
      t.paraStarts.push(t.starts.length);
      lastParaToken = para;
    }
    const w = text.slice(s, e);
    t.starts.push(s);
    t.ends.push(e);
    t.words.push(w);
    t.lower.push(w.toLowerCase());
    t.kind.push(k);
    t.para.push(para);
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      if (lastParaToken === para) para++;
      i++;
      continue;
    }
    if (SPACE.test(ch)) { i++; continue; }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      const w = m[0];
      const n = w.length;
      let e = i + n;
      // A possessive "'s" or "’s" at the word's end (/[’']s$/), read from its last codes.
      const poss = n >= 2 && w.charCodeAt(n - 1) === 0x73 && (w.charCodeAt(n - 2) === 0x27 || w.charCodeAt(n - 2) === 0x2019);
      if (poss && n > 2) {
        push(i, e - 2, /^\p{N}/u.test(m[0]) ? Kind.Number : Kind.Word);
        push(e - 2, e, Kind.Word);
      } else {
        push(i, e, /^[\p{N}]/u.test(m[0]) ? Kind.Number : Kind.Word);
      }
      i = e;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const q = quoteKind(text, i, ch);
    push(i, i + len, q ?? Kind.Punct);
    i += len;
  }
  t.paraStarts.push(t.starts.length);
  markSentences(t);
  markQuotes(t);
  return t;
}

/** Police ranks abbreviated before a name ("said Off. Aaron Patty", "Det. Smith"); only capitalised, as "drove off." ends a sentence. */
const POLICE_RANKS: ReadonlySet<string> = new Set([...RANKS_OF_POLICE, 'Sgts', 'Lts', 'Dets']);

/** Abbreviated street types an address's compass quarter may follow ("Weston Ct. NE", "Main St. NW"). */
// Besides the street types the sentence splitter reads as abbreviations, the ones that often end a sentence or stand as a
// title ("St.", "Rd.", "Dr."): before a compass quarter they are street types too.
const STREET_ABBREVIATIONS: ReadonlySet<string> = new Set([...STREET_TYPES, 'st', 'av', 'rd', 'dr', 'way', 'sq']);

function markSentences(t: TokenizedText): void {
  let sent = 0;
  const n = t.starts.length;
  for (let k = 0; k < n; k++) {
    if (k > 0 && t.para[k] !== t.para[k - 1]) sent++;
    t.sent.push(sent);
    const w = t.words[k];
    if (w !== '.' && w !== '!' && w !== '?' && w !== '…') continue;
    if (w === '.' && k > 0) {
      const prev = t.lower[k - 1];
      // "Lyndale Ave. N. The people": a compass quarter after a street's abbreviation is no initial; its stop may end the sentence.
      const quarter = /^[nsew]$/.test(prev) && t.words[k - 2] === '.' && STREET_ABBREVIATIONS.has(t.lower[k - 3] ?? '');
      if (ABBREVIATIONS.has(prev) || POLICE_RANKS.has(t.words[k - 1]) || (prev.length === 1 && /\p{L}/u.test(prev) && !quarter)) continue;
    }
    let j = k + 1;
    while (j < n && t.para[j] === t.para[k] && (t.kind[j] === Kind.CloseQuote || t.words[j] === ')')) {
      t.sent.push(sent);
      j++;
    }
    if (j < n && t.para[j] === t.para[k]) {
      const next = t.words[j];
      // "1550 Weston Ct. NE, according to": a street's abbreviation before the compass quarter of its address ends nothing.
      const address = w === '.' && k > 0 && STREET_ABBREVIATIONS.has(t.lower[k - 1]!) && /^(?:N|S|E|W|NE|NW|SE|SW)$/.test(next);
      if ((/^[\p{Lu}\p{N}]/u.test(next) || t.kind[j] === Kind.OpenQuote) && !address) sent++;
    }
    k = j - 1;
  }
}

function markQuotes(t: TokenizedText): void {
  const stack: string[] = [];
  for (let k = 0; k < t.starts.length; k++) {
    if (k > 0 && t.para[k] !== t.para[k - 1]) stack.length = 0;
    const w = t.words[k];
    const top = stack[stack.length - 1];
    const closesLow = (w === '“' && top === '„') || (w === '‘' && top === '‚');
    if (closesLow) t.kind[k] = Kind.CloseQuote;
    if (t.kind[k] === Kind.OpenQuote) {
      stack.push(w);
      t.quoteDepth.push(stack.length);
    } else if (t.kind[k] === Kind.CloseQuote) {
      t.quoteDepth.push(stack.length);
      if (w === '’' && (top === undefined || top !== '‘')) {
        if (k + 1 < t.starts.length && t.starts[k + 1] === t.ends[k]) t.kind[k] = Kind.Punct;
        continue;
      }
      stack.pop();
    } else {
      t.quoteDepth.push(stack.length);
    }
  }
}
