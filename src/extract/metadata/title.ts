// Title: record hint, then og:title / JSON-LD headline, h1, the extractor's headline, <title>; site suffixes stripped.
import type { Decided } from '../../model/index.js';
import type { MetadataInput } from './index.js';
import type { MetadataOptions } from './options.js';
import { clean, ldArticleString, metaValue } from './page.js';

const SEPARATOR = /\s+(\||-|–|—|·|::|\/\/|»)\s+/;

function norm(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True when `segment` names the site: equal to a known site name, or to the URL host's main label. */
function namesSite(segment: string, siteNames: readonly string[]): boolean {
  const n = norm(segment);
  if (!n) return false;
  return siteNames.some((s) => {
    const m = norm(s);
    return m.length > 0 && (m === n || n.includes(m) || m.includes(n));
  });
}

/**
 * Strips " | Site" / " - Site" suffixes and a short "Section | " prefix. A suffix after " | "
 * goes when short; after a dash only when it names the site, since dashes occur inside headlines.
 */
export function stripTitleAffixes(title: string, siteNames: readonly string[], opts: MetadataOptions): string {
  let t = clean(title);
  for (let guard = 0; guard < 3; guard++) {
    const parts = t.split(SEPARATOR);
    if (parts.length < 3) break;
    const sep = parts[parts.length - 2];
    const last = parts[parts.length - 1];
    const head = parts.slice(0, -2).join(' ');
    const lastWords = last.split(/\s+/).length;
    const headWords = head.split(/\s+/).length;
    const siteLike = namesSite(last, siteNames);
    const shortPipe = (sep === '|' || sep === '·' || sep === '::' || sep === '»') && lastWords <= opts.maxTitleSuffixWords && headWords >= 3;
    if ((siteLike && headWords >= 2) || shortPipe) t = head.trim();
    else break;
  }
  const m = /^([^|]{1,40})\s+\|\s+(.+)$/.exec(t);
  if (m && m[1].split(/\s+/).length <= opts.maxTitlePrefixWords && m[2].split(/\s+/).length >= 4 && !namesSite(m[2], siteNames)) {
    t = m[2].trim();
  } else if (m && namesSite(m[1], siteNames) && m[2].split(/\s+/).length >= 3) {
    t = m[2].trim();
  }
  return t;
}

/** Site names the page gives, plus the URL host's main label, for suffix matching. */
export function siteNamesOf(input: MetadataInput, outlet: string | null): string[] {
  const names: string[] = [];
  if (outlet) names.push(outlet);
  const og = metaValue(input.page, ['og:site_name', 'application-name']);
  if (og) names.push(og.value);
  const url = input.hints.url ?? input.page?.canonical ?? null;
  if (url) {
    try {
      const host = new URL(url).hostname.replace(/^(www|m|amp|edition|news)\./, '');
      const label = host.split('.')[0];
      if (label && label.length >= 3) names.push(label);
    } catch {
      /* not a URL: no host to match */
    }
  }
  return names;
}

export function decideTitle(input: MetadataInput, outlet: string | null, opts: MetadataOptions): Decided<string> | null {
  if (input.hints.title && input.hints.title.trim()) return { value: clean(input.hints.title), rule: 'record/hint' };
  const sites = siteNamesOf(input, outlet);
  const h1 = input.page?.headline ? clean(input.page.headline) : null;
  const og = metaValue(input.page, ['og:title', 'twitter:title']);
  const ld = ldArticleString(input.page, 'headline');
  const candidates: { raw: string | null; rule: string }[] = [
    { raw: og?.value ?? null, rule: og?.rule ?? 'meta/og:title' },
    { raw: ld, rule: 'json-ld/headline' },
  ];
  for (const c of candidates) {
    if (!c.raw) continue;
    const stripped = stripTitleAffixes(c.raw, sites, opts);
    // An h1 that the meta title contains is the cleaner form of the same headline.
    if (h1 && h1.length >= 10 && norm(stripped) !== norm(h1) && norm(c.raw).includes(norm(h1))) {
      return { value: h1, rule: 'html/h1', evidence: c.raw };
    }
    if (stripped) return { value: stripped, rule: c.rule, evidence: c.raw !== stripped ? c.raw : undefined };
  }
  if (h1) return { value: stripTitleAffixes(h1, sites, opts), rule: 'html/h1' };
  if (input.title && input.title.trim()) {
    const v = stripTitleAffixes(input.title, sites, opts);
    return { value: v, rule: 'extractor/headline', evidence: v !== clean(input.title) ? input.title : undefined };
  }
  const tag = input.page?.titleTag;
  if (tag && tag.trim()) return { value: stripTitleAffixes(tag, sites, opts), rule: 'html/title', evidence: tag };
  return null;
}
