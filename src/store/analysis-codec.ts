// Stored form of an analysis: sentences and tokens as spans into the analysis text, without copies of it.
import type { ArticleAnalysis, Sentence, SentenceKind } from '../model/analysis.js';

/**
 * A sentence as stored: its span, kind and paragraph, and its tokens as a flat list of offsets.
 * Packing 2 lists [start, end, start, end, ...]; packing 3 lists each token's distance from the
 * end of the token before (the sentence's start for the first) and its length, small numbers
 * that compress well. Texts that are not the slice of the analysis text at their span (none
 * today, but a tokenizer may normalise) are kept in `texts`, by token index.
 */
interface PackedSentence {
  span: [number, number];
  kind: SentenceKind;
  paragraph: number;
  tokens: number[];
  sentenceText?: string;
  texts?: Record<number, string>;
}

export interface PackedAnalysis extends Omit<ArticleAnalysis, 'sentences' | 'text'> {
  /** Format of the stored analysis (see PackedSentence). Absent in analyses stored whole. */
  packing: 2 | 3;
  /** The analysed text; null (packing 3) when it is the stored article's text, read from there. */
  text: string | null;
  sentences: PackedSentence[];
}

function packSentence(text: string, s: Sentence): PackedSentence {
  const out: PackedSentence = { span: s.span, kind: s.kind, paragraph: s.paragraph, tokens: new Array<number>(s.tokens.length * 2) };
  if (s.text !== text.slice(s.span[0], s.span[1])) out.sentenceText = s.text;
  let end = s.span[0];
  s.tokens.forEach((t, i) => {
    out.tokens[2 * i] = t.span[0] - end;
    out.tokens[2 * i + 1] = t.span[1] - t.span[0];
    end = t.span[1];
    if (t.text !== text.slice(t.span[0], t.span[1])) (out.texts ??= {})[i] = t.text;
  });
  return out;
}

/**
 * A sentence back from its stored form. Its tokens are made when first read: a story built from its members' analyses
 * reads their sentences' spans and texts, not their tokens, and holds every member's analysis at once.
 */
function unpackSentence(text: string, p: PackedSentence, packing: 2 | 3): Sentence {
  const sentence = { span: p.span, text: p.sentenceText ?? text.slice(p.span[0], p.span[1]), kind: p.kind, paragraph: p.paragraph } as Sentence;
  Object.defineProperty(sentence, 'tokens', {
    configurable: true,
    enumerable: true,
    get() {
      const tokens = unpackTokens(text, p, packing);
      Object.defineProperty(sentence, 'tokens', { value: tokens, writable: true, configurable: true, enumerable: true });
      return tokens;
    },
    set(tokens: Sentence['tokens']) {
      Object.defineProperty(sentence, 'tokens', { value: tokens, writable: true, configurable: true, enumerable: true });
    },
  });
  return sentence;
}

function unpackTokens(text: string, p: PackedSentence, packing: 2 | 3): Sentence['tokens'] {
  const tokens = new Array<Sentence['tokens'][number]>(p.tokens.length / 2);
  let end = p.span[0];
  for (let i = 0; i < tokens.length; i++) {
    const a = p.tokens[2 * i];
    const b = p.tokens[2 * i + 1];
    const span: [number, number] = packing === 2 ? [a, b] : [end + a, end + a + b];
    end = span[1];
    tokens[i] = { span, text: p.texts?.[i] ?? text.slice(span[0], span[1]) };
  }
  return tokens;
}

/**
 * The JSON text stored for an analysis: about half the size of the analysis as JSON, and
 * without its text when that is `articleText` (the stored article's text, given back to unpack).
 */
export function packAnalysis(analysis: ArticleAnalysis, articleText?: string | null): string {
  // Anything not shaped as the analysis passes make it is stored whole, as given.
  const packable = Array.isArray(analysis.sentences) && analysis.sentences.every((s) => Array.isArray(s?.span) && Array.isArray(s.tokens) && typeof s.text === 'string');
  if (!packable) return JSON.stringify(analysis);
  const packed: PackedAnalysis = {
    ...analysis,
    // Keeps its place among the keys (unpacking restores the order of the analysis as made).
    text: articleText !== undefined && articleText !== null && analysis.text === articleText ? null : analysis.text,
    packing: 3,
    sentences: analysis.sentences.map((s) => packSentence(analysis.text, s)),
  };
  return JSON.stringify(packed);
}

/**
 * The analysis back from what the store holds (a parsed object), packed or stored whole;
 * `articleText` is the stored article's text, for an analysis stored without its own.
 */
export function unpackAnalysis(stored: ArticleAnalysis | PackedAnalysis, articleText?: string | null): ArticleAnalysis {
  if (!('packing' in stored) || (stored.packing !== 2 && stored.packing !== 3)) return stored as ArticleAnalysis;
  const packing = stored.packing;
  const text = stored.text ?? articleText;
  if (typeof text !== 'string') throw new Error(`analysis of ${stored.articleId}: stored without its text, and no article text was given`);
  // Keys keep their stored order (that of the analysis as made), less the packing mark.
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (key === 'packing') continue;
    out[key] = key === 'sentences' ? (value as PackedSentence[]).map((s) => unpackSentence(text, s, packing)) : key === 'text' ? text : value;
  }
  return out as unknown as ArticleAnalysis;
}
