// Working types shared by the entity passes: a draft mention over sentence tokens, the pass context, key normalisation.
import type { EntityType, Sentence, TextSpan, Token } from '../../model/analysis.js';
import type { EntityOptions } from './lexicon.js';

/** How a mention names its entity. */
export type DraftForm = 'name' | 'short' | 'acronym' | 'descriptor' | 'pronoun' | 'group' | 'body';

/** A mention under construction: token range `[start, end)` in sentence `sent`. */
export interface Draft {
  sent: number;
  start: number;
  end: number;
  form: DraftForm;
  type: EntityType | null;
  evidence: string[];
  /** Index of the first token of the capitalised run before titles were peeled off. */
  runStart: number;
  role?: TextSpan;
  roleRule?: string;
  acronym?: string;
  ref?: Draft;
}

/** What every pass reads: the text, its sentences, the options, and words seen in lower case. */
export interface Context {
  text: string;
  sentences: Sentence[];
  opts: EntityOptions;
  /** Lower-case words that occur written in lower case somewhere in the text (so a capital there is positional). */
  lowerSeen: ReadonlySet<string>;
}

export function makeContext(text: string, sentences: Sentence[], opts: EntityOptions): Context {
  const lowerSeen = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (/^\p{Ll}/u.test(t.text)) lowerSeen.add(t.text);
  return { text, sentences, opts, lowerSeen };
}

export const tokensOf = (ctx: Context, d: Draft): Token[] => ctx.sentences[d.sent]!.tokens.slice(d.start, d.end);

export function draftText(ctx: Context, d: Draft): string {
  const toks = ctx.sentences[d.sent]!.tokens;
  // 'Carmine "The Snake" Persico' names Carmine Persico: the nickname stays in the span, not in the name.
  return ctx.text.slice(toks[d.start]!.span[0], toks[d.end - 1]!.span[1]).replace(NICKNAME, ' ');
}

/** A nickname in quote marks inside a name. */
const NICKNAME = /\s["\u201c][^"\u201d]{1,30}["\u201d]\s/gu;

/**
 * Lower-cases, folds apostrophes, hyphens and dots, drops a possessive and a nickname in quote marks: "Kim Jong-un's" ->
 * "kim jong un", 'Carmine "The Snake" Persico' -> "carmine persico".
 */
export function normaliseKey(s: string): string {
  return s
    .replace(NICKNAME, ' ')
    .toLowerCase()
    .replace(/['\u2019]s$/u, '')
    .replace(/['\u2019`]/gu, '')
    .replace(/[-\u2010-\u2015]/gu, ' ')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
export const isPossessive = (t: Token | undefined): boolean => !!t && /^['\u2019][sS]?$/u.test(t.text);
export const isPunct = (t: Token | undefined): boolean => !!t && !/[\p{L}\p{N}]/u.test(t.text);
export const isCapitalised = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text);
export const isAllCaps = (t: Token | undefined): boolean => !!t && /^[\p{Lu}\p{N}&.\-]+$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text);
