// The web UI's one way of saying counts, outlets, values and titles: singular and plural, "unknown outlet", large numbers in words, titles cut at a word.
import type { Approximation } from '../../model/analysis.js';
import { html, type SafeHtml } from '../html.js';
import type { ArticleJson } from '../../model/index.js';
import type { Verdict } from '../../model/dossier.js';
import { approxWord, formatDate, formatNumber } from '../../report/dossier-format.js';

/** The label of an article whose outlet is not known, everywhere in the UI. */
export const UNKNOWN_OUTLET = 'unknown outlet';

/** "1 article", "2 articles"; `plural` when the word does not just take an "s". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

/** An article's outlet for display. */
export function outletName(outlet: string | null | undefined): string {
  return outlet && outlet.trim() ? outlet : UNKNOWN_OUTLET;
}

/**
 * How many articles from how many outlets, counted one way everywhere: named outlets are counted,
 * articles without a known outlet are said apart ("5 articles from 4 outlets, 1 of unknown outlet").
 */
export function articlesFromOutlets(articles: readonly Pick<ArticleJson, 'outlet'>[]): string {
  const named = new Set(articles.map((a) => a.outlet).filter((o): o is string => !!o && o.trim() !== ''));
  const unknown = articles.filter((a) => !a.outlet || !a.outlet.trim()).length;
  return outletPhrase(articles.length, named.size, unknown);
}

/** The same phrase from counts already made. */
export function outletPhrase(articles: number, namedOutlets: number, unknownOutlet: number): string {
  const base = `${count(articles, 'article')} from ${count(namedOutlets, 'outlet')}`;
  return unknownOutlet > 0 ? `${base}, ${formatNumber(unknownOutlet)} of ${UNKNOWN_OUTLET}` : base;
}

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

const CURRENCY: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
/** Units written as a symbol before the number. */
export const CURRENCIES: ReadonlySet<string> = new Set(Object.keys(CURRENCY));

/** Written numbers and dates, remembered: a large story writes the same few thousand many times. */
const NUMBER_TEXT = new Map<number, string>();
const DATE_TEXT = new Map<string, string>();
const REMEMBERED = 20_000;

/** A number in the scale a text uses: 29000000000 → "29 billion", 5500000000 → "5.5 billion", 12000 → "12,000". */
export function scaledNumber(n: number): string {
  let text = NUMBER_TEXT.get(n);
  if (text === undefined) {
    text = scaled(n);
    if (NUMBER_TEXT.size >= REMEMBERED) NUMBER_TEXT.clear();
    NUMBER_TEXT.set(n, text);
  }
  return text;
}

/** A date in the UI's one format ("Oct 7, 2024"), as `formatDate` writes it. */
export function dateText(iso: string | null): string {
  if (iso === null) return formatDate(iso);
  let text = DATE_TEXT.get(iso);
  if (text === undefined) {
    text = formatDate(iso);
    if (DATE_TEXT.size >= REMEMBERED) DATE_TEXT.clear();
    DATE_TEXT.set(iso, text);
  }
  return text;
}

function scaled(n: number): string {
  const abs = Math.abs(n);
  for (const [size, word] of SCALES) {
    if (abs >= size) {
      const scaled = n / size;
      // Only when the scaled number is short (as a text writes it); 1,234,567 stays as it is.
      if (Math.abs(scaled * 100 - Math.round(scaled * 100)) < 1e-6) return `${formatNumber(scaled)} ${word}`;
    }
  }
  return formatNumber(n);
}

/** A value as a reader says it: "about 3,000 troops", "up to $5.5 billion", "20.5 percent", "1,000–2,000". */
export function readableValue(value: number | [number, number] | null, approx: Approximation | null = null, unit: string | null = null): string {
  if (value === null) return '';
  const symbol = unit ? CURRENCY[unit] : undefined;
  const one = (n: number) => (symbol ? `${n < 0 ? '-' : ''}${symbol}${scaledNumber(Math.abs(n))}` : scaledNumber(n));
  const core = Array.isArray(value) ? `${one(value[0])}–${one(value[1])}` : one(value);
  return [approxWord(approx), core, symbol ? '' : (unit ?? '')].filter((s) => s.length > 0).join(' ');
}

/** A title cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shortTitle(title: string, max = 90): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

const VERDICT_WORDS: Record<Verdict, string> = {
  corroborated: 'corroborated by independent origins',
  'single-origin': 'from a single origin, not independently confirmed',
  updated: 'updated: its origin later gave a new value',
  contested: 'contested: origins give different values',
  denied: 'denied',
};

/** A verdict said in words for a sentence. */
export function verdictWords(verdict: Verdict): string {
  return VERDICT_WORDS[verdict];
}

/** Text with its ISO dates ("as of 2024-10-07") written in the UI's one date format ("as of Oct 7, 2024"). */
export function readableDates(text: string): string {
  return text.replace(/\b\d{4}-\d{2}(?:-\d{2})?\b/g, (d) => formatDate(d));
}

/** Text with its numbers of millions and more in the scale a text uses ("worth, 29,000,000,000" → "worth, 29 billion"). */
export function readableNumbers(text: string): string {
  return text.replace(/(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d]|[.,]\d)/g, (n) => scaledNumber(Number(n.replace(/,/g, ''))));
}

/** A claim group's statement as the UI shows it. */
export function statementText(statement: string): string {
  return readableNumbers(statement);
}

/** A link whose text is the title cut at a word (see `shortTitle`), with the full title on hover when it was cut. */
export function titleLink(href: string, title: string, max = 90): SafeHtml {
  const short = shortTitle(title, max);
  return short === title ? html`<a href="${href}">${title}</a>` : html`<a href="${href}" title="${title}">${short}</a>`;
}
