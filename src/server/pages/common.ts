// Pieces the dossier and article pages share: citation links to article sentences, verdict badges, dates.
import type { ArticleAnalysis } from '../../model/analysis.js';
import type { Verdict } from '../../model/dossier.js';
import type { ArticleJson } from '../../model/index.js';
import { formatDate } from '../../report/index.js';
import { html, type SafeHtml } from '../html.js';
import { articleHref } from '../links.js';
import type { LoadedStory } from '../stories.js';

/** The start of the sentence holding a position, by binary search over sentence spans in text order. */
export function sentenceStartIn(spans: readonly (readonly [number, number])[] | undefined, pos: number): number | undefined {
  if (!spans || spans.length === 0) return undefined;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]![0] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo]![0] <= pos && pos < spans[lo]![1] ? spans[lo]![0] : undefined;
}

/** The start of the sentence of an analysis holding a position. */
export function sentenceStartAt(analysis: ArticleAnalysis | undefined, pos: number): number | undefined {
  return sentenceStartIn(analysis?.sentences.map((s) => s.span), pos);
}

/** Citation numbers and links for one story's articles. */
export class Citations {
  private readonly numbers = new Map<string, number>();
  private readonly articles = new Map<string, ArticleJson>();
  private readonly sentences: Record<string, [number, number][]>;

  constructor(loaded: LoadedStory) {
    loaded.articles.forEach((a, i) => {
      this.numbers.set(a.id, i + 1);
      this.articles.set(a.id, a);
    });
    this.sentences = loaded.sentences;
  }

  number(articleId: string): number | undefined {
    return this.numbers.get(articleId);
  }

  article(articleId: string): ArticleJson | undefined {
    return this.articles.get(articleId);
  }

  /** The sentence of an article that holds a position, or that reads exactly as a given text. */
  sentenceStart(articleId: string, where: number | string): number | undefined {
    const spans = this.sentences[articleId];
    if (typeof where === 'number') return sentenceStartIn(spans, where);
    const wanted = where.trim();
    const text = this.articles.get(articleId)?.text ?? '';
    return spans?.find(([a, b]) => b - a >= wanted.length && text.slice(a, b).trim() === wanted)?.[0];
  }

  /** A bracketed citation link to an article, at a sentence when one is known. */
  cite(articleId: string, sentenceStart?: number): SafeHtml {
    const n = this.numbers.get(articleId);
    const a = this.articles.get(articleId);
    const label = a ? `${a.outlet ?? 'unknown outlet'}${a.published ? `, ${formatDate(a.published)}` : ''}` : articleId;
    return html`<a class="cite" href="${articleHref(articleId, sentenceStart)}" title="${label}">[${n ?? '?'}]</a>`;
  }
}

const VERDICT_LABELS: Record<Verdict, string> = {
  corroborated: 'Corroborated',
  'single-origin': 'Single origin',
  updated: 'Updated',
  contested: 'Contested',
  denied: 'Denied',
};

export function verdictBadge(verdict: Verdict, rule?: string): SafeHtml {
  return html`<span class="badge v-${verdict}" title="${rule ? `rule ${rule}` : ''}">${VERDICT_LABELS[verdict]}</span>`;
}

/** A date range for reading ("Oct 7, 2024 – Nov 13, 2024"). */
export function dateRange(from: string | null, to: string | null): string {
  if (!from && !to) return 'undated';
  if (!to || from === to) return formatDate(from ?? to);
  return `${formatDate(from)} – ${formatDate(to)}`;
}
