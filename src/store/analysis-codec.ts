// Stored form of an analysis: sentences and tokens as spans into the analysis text, without copies of it.
import type { ArticleAnalysis, Sentence, SentenceKind } from '../model/analysis.js';

/**
 * A sentence as stored: its span, kind and paragraph, and its tokens as a flat list of
 * [start, end, start, end, ...] offsets. Texts that are not the slice of the analysis text at
 * their span (none today, but a tokenizer may normalise) are kept in `texts`, by token index.
 */
interface PackedSentence {
  span: [number, number];
  kind: SentenceKind;
  paragraph: number;
  tokens: number[];
  sentenceText?: string;
  texts?: Record<number, string>;
}

export interface PackedAnalysis extends Omit<ArticleAnalysis, 'sentences'> {
  /** Format of the stored analysis: 2 keeps spans only. Absent in analyses stored whole. */
  packing: 2;
  sentences: PackedSentence[];
}

function packSentence(text: string, s: Sentence): PackedSentence {
  const out: PackedSentence = { span: s.span, kind: s.kind, paragraph: s.paragraph, tokens: new Array<number>(s.tokens.length * 2) };
  if (s.text !== text.slice(s.span[0], s.span[1])) out.sentenceText = s.text;
  s.tokens.forEach((t, i) => {
    out.tokens[2 * i] = t.span[0];
    out.tokens[2 * i + 1] = t.span[1];
    if (t.text !== text.slice(t.span[0], t.span[1])) (out.texts ??= {})[i] = t.text;
  });
  return out;
}

function unpackSentence(text: string, p: PackedSentence): Sentence {
  const tokens = new Array<Sentence['tokens'][number]>(p.tokens.length / 2);
  for (let i = 0; i < tokens.length; i++) {
    const span: [number, number] = [p.tokens[2 * i], p.tokens[2 * i + 1]];
    tokens[i] = { span, text: p.texts?.[i] ?? text.slice(span[0], span[1]) };
  }
  return { span: p.span, text: p.sentenceText ?? text.slice(p.span[0], p.span[1]), kind: p.kind, paragraph: p.paragraph, tokens };
}

/** The JSON text stored for an analysis: about half the size of the analysis as JSON. */
export function packAnalysis(analysis: ArticleAnalysis): string {
  // Anything not shaped as the analysis passes make it is stored whole, as given.
  const packable = analysis.sentences.every((s) => Array.isArray(s?.span) && Array.isArray(s.tokens) && typeof s.text === 'string');
  if (!packable) return JSON.stringify(analysis);
  const packed: PackedAnalysis = { ...analysis, packing: 2, sentences: analysis.sentences.map((s) => packSentence(analysis.text, s)) };
  return JSON.stringify(packed);
}

/** The analysis back from what the store holds (a parsed object), packed or stored whole. */
export function unpackAnalysis(stored: ArticleAnalysis | PackedAnalysis): ArticleAnalysis {
  if (!('packing' in stored) || stored.packing !== 2) return stored as ArticleAnalysis;
  // Keys keep their stored order (that of the analysis as made), less the packing mark.
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (key === 'packing') continue;
    out[key] = key === 'sentences' ? (value as PackedSentence[]).map((s) => unpackSentence(stored.text, s)) : value;
  }
  return out as unknown as ArticleAnalysis;
}
