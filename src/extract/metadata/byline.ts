// Byline: record hint, meta author, JSON-LD author, byline elements, then "By NAME" lines in text; never a photo credit.
import type { Decided } from '../../model/index.js';
import type { MetadataInput } from './index.js';
import type { MetadataOptions } from './options.js';
import { BYLINE_PREFIX, PHOTO_CREDIT, chromeLines, cleanByline } from './names.js';
import { clean, ldArticleNames, metaValue } from './page.js';

const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl', 'twitter:creator'];

/** Joins several author names the way a byline reads ("A, B and C" stays as the page lists them). */
function joinNames(names: readonly string[]): string {
  const uniq = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  return uniq.join(', ');
}

/** A "By NAME" line: short, starting with a byline word, not a photo credit. */
function bylineFromLine(line: string, opts: MetadataOptions): string | null {
  if (line.length > opts.maxChromeLineChars / 2 || !BYLINE_PREFIX.test(line) || PHOTO_CREDIT.test(line)) return null;
  return cleanByline(line, opts.maxBylineWords);
}

export function decideByline(input: MetadataInput, opts: MetadataOptions): Decided<string> | null {
  if (input.hints.byline && input.hints.byline.trim()) return { value: clean(input.hints.byline), rule: 'record/hint' };
  for (const key of AUTHOR_META) {
    const m = metaValue(input.page, [key]);
    if (!m) continue;
    if (key === 'twitter:creator' && m.value.startsWith('@')) continue;
    const v = cleanByline(m.value, opts.maxBylineWords * 2);
    if (v) return { value: v, rule: m.rule, evidence: m.value };
  }
  const ld = ldArticleNames(input.page, 'author').map((n) => cleanByline(n, opts.maxBylineWords)).filter((n): n is string => n !== null);
  if (ld.length > 0) return { value: joinNames(ld), rule: 'json-ld/author' };
  for (const raw of input.page?.bylines ?? []) {
    const v = cleanByline(raw, opts.maxBylineWords);
    if (v) return { value: v, rule: 'html/byline', evidence: clean(raw) };
  }
  for (const l of chromeLines(input.removed)) {
    const v = bylineFromLine(l.text, opts);
    if (v) return { value: v, rule: 'text/by-line', evidence: l.text };
  }
  for (const p of [input.paragraphs[0], input.paragraphs[input.paragraphs.length - 1]]) {
    const first = p?.split('\n')[0];
    const v = first ? bylineFromLine(first, opts) : null;
    if (v) return { value: v, rule: 'text/by-line', evidence: first };
  }
  return null;
}
