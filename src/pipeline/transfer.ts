// An analysis as a worker thread sends it: token spans as one typed array per sentence and no second copy of the text, rebuilt as made on the other side.
import type { ArticleAnalysis, Sentence } from '../model/analysis.js';

/** A sentence with its tokens as [start, end, start, end, ...] offsets; token texts that are not the slice of the text at their span are kept by index. */
interface SentSentence extends Omit<Sentence, 'tokens'> {
  tokens: Int32Array;
  texts: Record<number, string> | null;
}

/** An analysis ready to post: cloning it makes a few objects per sentence, not two per token. */
export interface SentAnalysis extends Omit<ArticleAnalysis, 'sentences' | 'text'> {
  /** Null when it is the article's text (the receiver has that). */
  text: string | null;
  sentences: SentSentence[];
}

/** The analysis made ready to post beside an article whose text is `articleText`. */
export function toSent(analysis: ArticleAnalysis, articleText: string): SentAnalysis {
  const { text } = analysis;
  const sentences = analysis.sentences.map((s): SentSentence => {
    const tokens = new Int32Array(s.tokens.length * 2);
    let texts: Record<number, string> | null = null;
    s.tokens.forEach((t, i) => {
      tokens[2 * i] = t.span[0];
      tokens[2 * i + 1] = t.span[1];
      if (t.text !== text.slice(t.span[0], t.span[1])) (texts ??= {})[i] = t.text;
    });
    return { span: s.span, text: s.text, kind: s.kind, paragraph: s.paragraph, tokens, texts };
  });
  // Keys keep their order (that of the analysis as made): the stored form follows it.
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(analysis)) {
    out[key] = key === 'sentences' ? sentences : key === 'text' ? (text === articleText ? null : text) : value;
  }
  return out as unknown as SentAnalysis;
}

/** The analysis as made, from what `toSent` posted beside an article whose text is `articleText`. */
export function fromSent(sent: SentAnalysis, articleText: string): ArticleAnalysis {
  const text = sent.text ?? articleText;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(sent)) {
    if (key === 'text') out[key] = text;
    else if (key === 'sentences') {
      out[key] = (value as SentSentence[]).map((s): Sentence => {
        const tokens = new Array<Sentence['tokens'][number]>(s.tokens.length / 2);
        for (let i = 0; i < tokens.length; i++) {
          const start = s.tokens[2 * i]!;
          const end = s.tokens[2 * i + 1]!;
          tokens[i] = { span: [start, end], text: s.texts?.[i] ?? text.slice(start, end) };
        }
        return { span: s.span, text: s.text, kind: s.kind, paragraph: s.paragraph, tokens };
      });
    } else out[key] = value;
  }
  return out as unknown as ArticleAnalysis;
}
