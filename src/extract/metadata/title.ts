// Title: record hint, then the h1 when markup titles agree with it, og:title / JSON-LD headline, extractor headline, <title>.
import type { Decided } from '../../model/index.js';
import type { MetadataInput } from './index.js';
import type { MetadataOptions } from './options.js';
import { readsAsChrome } from '../text/index.js';
import { clean, ldArticleString, metaValue } from './page.js';

/** A title that is only a web address. */
const BARE_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;

const SEPARATOR = /\s+(\||-|–|—|·|::|\/\/|»)\s+/;

/** A station's or paper's slogan listing what it covers: "Clarksburg, Morgantown: News, Sports, Weather". */
const STATION_SLOGAN = /\b(?:news|sports|weather|traffic)\b[^|]{0,30},\s*(?:and\s+)?\b(?:news|sports|weather|traffic|entertainment)\b|,\s+\p{Lu}{2}\s+news\s+station$/iu;
/** A broadcaster's call sign or channel alone, as a segment of the title: "WBOY", "KSAT 12", "WKRN-TV", "KFMB Channel 8", "CBS News 8". */
const CALL_SIGN = /^(?:[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?|(?:ABC|CBS|NBC|FOX|Fox|CW)(?:\s+News)?)(?:\s+(?:Channel\s+)?\d{1,2})?$/;

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
 * goes when short; after a dash only when it names the site, since dashes occur inside headlines; so does a "Site - " prefix.
 */
export function stripTitleAffixes(title: string, siteNames: readonly string[], opts: MetadataOptions): string {
  let t = clean(title);
  // "Headline - wistv.com - Columbia, South Carolina": a segment that names the site ends the headline, whatever follows it.
  const segments = t.split(SEPARATOR);
  for (let k = 2; k < segments.length - 2; k += 2) {
    const head = segments.slice(0, k - 1).join(' ');
    if (namesSite(segments[k]!, siteNames) && head.split(/\s+/).length >= 3) { t = head.trim(); break; }
  }
  for (let guard = 0; guard < 3; guard++) {
    const parts = t.split(SEPARATOR);
    if (parts.length < 3) break;
    const sep = parts[parts.length - 2];
    const last = parts[parts.length - 1];
    const head = parts.slice(0, -2).join(' ');
    const lastWords = last.split(/\s+/).length;
    const headWords = head.split(/\s+/).length;
    const siteLike = namesSite(last, siteNames) || STATION_SLOGAN.test(last) || CALL_SIGN.test(last.trim());
    const shortPipe = (sep === '|' || sep === '·' || sep === '::' || sep === '»') && lastWords <= opts.maxTitleSuffixWords && headWords >= 3;
    if ((siteLike && headWords >= 2) || shortPipe) t = head.trim();
    else break;
  }
  const m = /^([^|]{1,40})\s+\|\s+(.+)$/.exec(t);
  if (m && m[1].split(/\s+/).length <= opts.maxTitlePrefixWords && m[2].split(/\s+/).length >= 4 && !namesSite(m[2], siteNames)) {
    t = m[2].trim();
  } else if (m && namesSite(m[1], siteNames) && m[2].split(/\s+/).length >= 3) {
    t = m[2].trim();
  } else {
    // "CBS 58 - Fatal Shooting Marks 116th Homicide": a prefix before a dash goes only when it names the site.
    const d = /^(.{1,40}?)\s+(?:-|–|—)\s+(.+)$/.exec(t);
    if (d && namesSite(d[1], siteNames) && d[2].split(/\s+/).length >= 3) t = d[2].trim();
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

/** Share of the h1's words that the markup titles also use: the h1 is the page's own headline when they agree. */
function agreement(h1: string, others: readonly string[]): number {
  const words = (x: string): string[] => x.toLowerCase().normalize('NFKD').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const h = words(h1);
  const pool = new Set(others.flatMap(words));
  return h.length === 0 ? 0 : h.filter((w) => pool.has(w)).length / h.length;
}

function withEvidence(value: string, rule: string, raw: string | null | undefined): Decided<string> {
  return raw && clean(raw) !== value ? { value, rule, evidence: clean(raw) } : { value, rule };
}

/**
 * The title. The visible h1 wins when the markup titles (og:title, JSON-LD headline, <title>)
 * agree with it, since markup titles are often rewritten for sharing and search; otherwise
 * og:title / JSON-LD headline, the extractor's headline, then <title>, each with site affixes stripped.
 */
export function decideTitle(input: MetadataInput, outlet: string | null, opts: MetadataOptions): Decided<string> | null {
  const sites = siteNamesOf(input, outlet);
  const hint = input.hints.title && input.hints.title.trim() ? clean(input.hints.title) : null;
  // A record's title wins, less a suffix that names the site ("Headline - wave3.com-Louisville News");
  // a bare address given as the title ("http://www.example.com/") is no title, and the page decides.
  if (hint && !BARE_ADDRESS.test(hint)) return withEvidence(stripTitleAffixes(hint, sites, opts), 'record/hint', hint);
  const og = metaValue(input.page, ['og:title', 'twitter:title']);
  const ld = ldArticleString(input.page, 'headline');
  const tag = input.page?.titleTag && input.page.titleTag.trim() ? input.page.titleTag : null;
  const markup = [og?.value, ld, tag].filter((x): x is string => !!x);
  const h1raw = input.page?.headline ? clean(input.page.headline) : null;
  const h1 = h1raw ? stripTitleAffixes(h1raw, sites, opts) : null;
  const isSiteName = (x: string): boolean => sites.some((site) => norm(site) === norm(x));
  if (h1 && h1.length >= 3 && !isSiteName(h1) && !readsAsChrome(h1)) {
    if (markup.length === 0 || agreement(h1, markup) >= opts.minH1Agreement) return withEvidence(h1, 'html/h1', h1raw);
  }
  if (og) return withEvidence(stripTitleAffixes(og.value, sites, opts), og.rule, og.value);
  if (ld) return withEvidence(stripTitleAffixes(ld, sites, opts), 'json-ld/headline', ld);
  if (input.title && input.title.trim()) return withEvidence(stripTitleAffixes(input.title, sites, opts), 'extractor/headline', input.title);
  if (h1) return withEvidence(h1, 'html/h1', h1raw);
  if (tag) return withEvidence(stripTitleAffixes(tag, sites, opts), 'html/title', tag);
  return null;
}
