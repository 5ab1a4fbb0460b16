// Byline: record hint, meta author, JSON-LD author, byline elements, then "By NAME" lines in text; never a photo credit.
import type { Decided } from '../../model/index.js';
import type { MetadataInput } from './index.js';
import type { MetadataOptions } from './options.js';
import { BYLINE_PREFIX, PHOTO_CREDIT, chromeLines, cleanByline } from './names.js';
import { clean, ldArticleNames, ldAuthors, metaValue } from './page.js';
import { siteNamesOf } from './title.js';

const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl'];

/** A "By NAME" line: short, starting with a byline word, not a photo credit, naming at least two words. */
function bylineFromLine(line: string, opts: MetadataOptions): string | null {
  if (line.length > opts.maxChromeLineChars / 2 || !BYLINE_PREFIX.test(line) || PHOTO_CREDIT.test(line)) return null;
  const v = cleanByline(line, opts.maxBylineWords);
  return v && v.split(/\s+/).length >= 2 ? v : null;
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The byline. Sources are read in order (hint, meta author, JSON-LD author, byline elements,
 * "By" lines); a value that is the site or publisher itself, or a JSON-LD author typed as an
 * organisation, is kept only when no source names a person-like author.
 */
export function decideByline(input: MetadataInput, outlet: string | null, opts: MetadataOptions): Decided<string> | null {
  if (input.hints.byline && input.hints.byline.trim()) return { value: clean(input.hints.byline), rule: 'record/hint' };
  const sites = [...siteNamesOf(input, outlet), ...ldArticleNames(input.page, 'publisher')].map(norm).filter(Boolean);
  const isSite = (v: string): boolean => sites.some((s) => s === norm(v) || (s.length >= 4 && norm(v).startsWith(s)));
  const cands: { d: Decided<string>; weak: boolean }[] = [];
  const add = (value: string | null, rule: string, evidence?: string, weak = false): void => {
    if (!value) return;
    const d: Decided<string> = evidence !== undefined && clean(evidence) !== value ? { value, rule, evidence: clean(evidence) } : { value, rule };
    cands.push({ d, weak: weak || isSite(value) });
  };
  for (const key of AUTHOR_META) {
    const m = metaValue(input.page, [key]);
    if (m) add(cleanByline(m.value, opts.maxBylineWords * 2), m.rule, m.value);
  }
  const ld = ldAuthors(input.page).map((a) => ({ ...a, name: cleanByline(a.name, opts.maxBylineWords) }));
  const people = ld.filter((a) => a.name && !a.isOrg).map((a) => a.name as string);
  if (people.length > 0) add([...new Set(people)].join(', '), 'json-ld/author');
  else if (ld.some((a) => a.name)) add(ld.map((a) => a.name).filter(Boolean).join(', '), 'json-ld/author', undefined, true);
  for (const raw of input.page?.bylines ?? []) add(cleanByline(raw, opts.maxBylineWords), 'html/byline', raw);
  const lines = chromeLines(input.removed);
  const facetBlocks = new Set<number>();
  const seen = new Map<number, number>();
  for (const l of lines) if (BYLINE_PREFIX.test(l.text)) seen.set(l.block, (seen.get(l.block) ?? 0) + 1);
  for (const [b, n] of seen) if (n >= 2) facetBlocks.add(b);
  // Blocks with several "By ..." lines are filter menus ("By Industry", "By Use Case"), not bylines.
  for (const l of lines) if (!facetBlocks.has(l.block)) add(bylineFromLine(l.text, opts), 'text/by-line', l.text);
  for (const p of [input.paragraphs[0], input.paragraphs[input.paragraphs.length - 1]]) {
    const first = p?.split('\n')[0];
    if (first) add(bylineFromLine(first, opts), 'text/by-line', first);
  }
  return (cands.find((c) => !c.weak) ?? cands[0])?.d ?? null;
}
