// Explicit publication dates: record hint, markup (meta, JSON-LD, <time>), and dated lines in page text.
import type { Decided, PublishedBasis } from '../../model/index.js';
import type { MetadataInput } from './index.js';
import type { MetadataOptions } from './options.js';
import { type FoundDate, findDates, isoOf, normaliseMarkupDate } from './dates.js';
import { type ChromeLine, chromeLines, trailingNameRun } from './names.js';
import { ldArticleString, metaValue } from './page.js';

export type DecidedDate = Decided<string> & { basis: PublishedBasis };

/** Meta keys carrying the publication date, most specific first. */
const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'publishdate', 'publish-date',
  'publish_date', 'pubdate', 'publication_date', 'article.published', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued',
  'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'date', 'citation_publication_date', 'article:published',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];

/** Block rules whose lines are lists of other stories: their dates are not this article's. */
const LIST_RULE = /list|related|nav|teaser|recommend|more|menu|footer|sidebar/i;

/** Words opening a line that states when the article was published or updated, by language. */
const PUBLISHED_WORD = /^(published|posted|first published|publicado|publié le|publié|veröffentlicht|publisert|publicerad|pubblicato|gepubliceerd|opublikowano)\b/i;
const UPDATED_WORD = /^(updated|last updated|modified|aktualisiert|mis à jour|actualizado|atualizado|oppdatert|uppdaterad|aggiornato|bijgewerkt|zaktualizowano)\b/i;

/** A dated line in page text with the rule it matched. */
export interface TextDateCandidate {
  iso: string;
  rule: string;
  evidence: string;
  /** Outlet named after the date, for edition lines. */
  outlet?: string;
}

const TEXT_RULE_ORDER = ['text/published-line', 'text/dateline', 'text/headline-date', 'text/updated-line', 'text/edition-line'];

function fullIso(f: FoundDate): string | null {
  return f.date.y === null ? null : isoOf(f.date.y, f.date.m, f.date.d);
}

/** Dates that repeat on many chrome lines: the dates of a list of other stories. */
export function listDates(lines: readonly ChromeLine[], lang: string | null, opts: MetadataOptions): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l.text.length > opts.maxChromeLineChars) continue;
    const seen = new Set<string>();
    for (const f of findDates(l.text, lang)) {
      const iso = fullIso(f);
      if (iso && !seen.has(iso)) {
        seen.add(iso);
        counts.set(iso, (counts.get(iso) ?? 0) + 1);
      }
    }
  }
  return new Set([...counts].filter(([, n]) => n >= opts.listDateRepeats).map(([iso]) => iso));
}

/** Classifies one line holding a dated expression, or null when it is not a publication line. */
function classifyLine(text: string, f: FoundDate, iso: string, opts: MetadataOptions): TextDateCandidate | null {
  const before = text.slice(0, f.index).trim();
  const after = text.slice(f.index + f.text.length);
  if (PUBLISHED_WORD.test(before)) return { iso, rule: 'text/published-line', evidence: text };
  if (UPDATED_WORD.test(before)) return { iso, rule: 'text/updated-line', evidence: text };
  // A line that is only the date, possibly with separators, a weekday or a time.
  const rest = (before + ' ' + after).replace(/[\p{P}\p{S}\s\d]+/gu, ' ').trim();
  if (rest.length === 0 || /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i.test(rest) || /^(am|pm|[a-z]{2,4}t|utc|gmt)( [a-z]{2,4})?$/i.test(rest)) {
    return { iso, rule: 'text/headline-date', evidence: text };
  }
  // An edition line: an outlet name after the date, separated by at most a few lower-case words.
  const outlet = trailingNameRun(after, opts.maxOutletWords);
  if (outlet) {
    const between = after.slice(0, after.lastIndexOf(outlet)).replace(/^[-–—\s]*/, '');
    const words = between.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
    if (words.length >= 1 && words.length <= 4 && words.every((w) => !/^\p{Lu}/u.test(w))) {
      return { iso, rule: 'text/edition-line', evidence: text, outlet };
    }
  }
  return null;
}

/** Dated lines in chrome and the first paragraph's dateline, list dates and list blocks left out. */
export function textDateCandidates(input: MetadataInput, lang: string | null, opts: MetadataOptions): TextDateCandidate[] {
  const lines = chromeLines(input.removed, opts.maxChromeLines);
  const lists = listDates(lines, lang, opts);
  const out: TextDateCandidate[] = [];
  for (const l of lines) {
    if (l.text.length > opts.maxChromeLineChars || LIST_RULE.test(l.rule)) continue;
    for (const f of findDates(l.text, lang)) {
      const iso = fullIso(f);
      if (!iso || lists.has(iso)) continue;
      const c = classifyLine(l.text, f, iso, opts);
      if (c) out.push(c);
    }
  }
  const first = input.paragraphs[0];
  if (first) {
    const head = first.slice(0, 120);
    const sep = /\s(--|[-–—])\s|\(\p{Lu}[\p{L} ]{1,30}\)\s*(--|[-–—])?/u.exec(head);
    if (sep) {
      const f = findDates(head.slice(0, sep.index), lang)[0];
      const iso = f ? fullIso(f) : null;
      if (f && iso) out.push({ iso, rule: 'text/dateline', evidence: head.slice(0, sep.index + sep[0].length).trim() });
    }
  }
  return out;
}

/** The text candidate whose date most candidates agree on, ties broken by rule order. */
export function pickTextDate(cands: readonly TextDateCandidate[]): TextDateCandidate | null {
  if (cands.length === 0) return null;
  const support = new Map<string, number>();
  for (const c of cands) support.set(c.iso, (support.get(c.iso) ?? 0) + 1);
  const rank = (c: TextDateCandidate): number => (TEXT_RULE_ORDER.indexOf(c.rule) + 1 || 99);
  return [...cands].sort((a, b) => (support.get(b.iso) ?? 0) - (support.get(a.iso) ?? 0) || rank(a) - rank(b))[0];
}

/** The explicit publication date, or null when the page states none. */
export function explicitPublished(input: MetadataInput, lang: string | null, opts: MetadataOptions): DecidedDate | null {
  const hint = input.hints.published?.trim();
  if (hint) return { value: normaliseMarkupDate(hint) ?? hint, rule: 'record/hint', basis: 'explicit' };
  const tryMarkup = (raw: string | null, rule: string): DecidedDate | null => {
    if (!raw) return null;
    const v = normaliseMarkupDate(raw);
    return v ? { value: v, rule, basis: 'explicit', evidence: raw } : null;
  };
  const meta1 = metaValue(input.page, PUBLISHED_META.slice(0, 3));
  const fromMeta = meta1 ? tryMarkup(meta1.value, meta1.rule) : null;
  if (fromMeta) return fromMeta;
  const ld = tryMarkup(ldArticleString(input.page, 'datePublished'), 'json-ld/datePublished');
  if (ld) return ld;
  for (const key of PUBLISHED_META.slice(3)) {
    const m = metaValue(input.page, [key]);
    const d = m ? tryMarkup(m.value, m.rule) : null;
    if (d) return d;
  }
  const text = pickTextDate(textDateCandidates(input, lang, opts));
  if (text && text.rule !== 'text/edition-line' && text.rule !== 'text/updated-line') {
    return { value: text.iso, rule: text.rule, basis: 'explicit', evidence: text.evidence };
  }
  for (const t of input.page?.times ?? []) {
    const d = tryMarkup(t.datetime, 'html/time');
    if (d) return d;
  }
  if (text) return { value: text.iso, rule: text.rule, basis: 'explicit', evidence: text.evidence };
  const ldMod = tryMarkup(ldArticleString(input.page, 'dateModified'), 'json-ld/dateModified');
  if (ldMod) return ldMod;
  const mod = metaValue(input.page, MODIFIED_META);
  return mod ? tryMarkup(mod.value, mod.rule) : null;
}
