// Page info from markup: meta tags, JSON-LD, canonical, times, bylines, lang, and the headline.
import type { Message } from '../../model/index.js';
import { normalizeSpace, textOf, type El, type ParsedPage } from './dom.js';
import type { HtmlPageInfo } from './index.js';

const BYLINE_WORD = /(^|[\s_-])(byline|author|authors|article-author|post-author|writer|by-line)([\s_-]|$)/i;

/** Reads the markup's own statements about the page. Invalid JSON-LD is skipped with a message. */
export function readPageInfo(page: ParsedPage, messages: Message[]): HtmlPageInfo {
  const info: HtmlPageInfo = { titleTag: null, lang: null, metaTags: [], jsonLd: [], canonical: null, times: [], bylines: [], headline: null };
  const bylines = new Set<string>();
  for (const el of page.all) {
    const a = el.attrs;
    switch (el.tag) {
      case 'html':
        if (info.lang === null && a['lang']) info.lang = a['lang'].trim() || null;
        if (info.lang === null && a['xml:lang']) info.lang = a['xml:lang'].trim() || null;
        break;
      case 'title':
        if (info.titleTag === null) info.titleTag = normalizeSpace(textOf(el)) || null;
        break;
      case 'meta': {
        const key = a['property'] ?? a['name'] ?? a['itemprop'] ?? a['http-equiv'];
        const content = a['content'];
        if (key && content !== undefined) info.metaTags.push({ key: key.trim(), content: content.trim() });
        if (info.lang === null && (a['http-equiv'] ?? '').toLowerCase() === 'content-language' && content) info.lang = content.trim();
        break;
      }
      case 'link':
        if (info.canonical === null && /(^|\s)canonical(\s|$)/i.test(a['rel'] ?? '') && a['href']) info.canonical = a['href'].trim();
        break;
      case 'time':
        if (a['datetime']) info.times.push({ datetime: a['datetime'].trim(), text: normalizeSpace(textOf(el)) });
        break;
      default:
        break;
    }
    if (isBylineElement(el)) {
      const t = normalizeSpace(textOf(el));
      if (t.length > 0 && t.length <= 120) bylines.add(t);
    }
  }
  info.bylines = [...bylines];
  page.jsonLd.forEach((raw, i) => {
    const src = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '');
    if (src.length === 0) return;
    try {
      info.jsonLd.push(JSON.parse(src));
    } catch (err) {
      messages.push({ severity: 'info', ruleId: 'html/invalid-json-ld', reason: `JSON-LD block ${i + 1} is not valid JSON and was skipped: ${err instanceof Error ? err.message.slice(0, 80) : 'parse error'}` });
    }
  });
  return info;
}

function isBylineElement(el: El): boolean {
  const a = el.attrs;
  if (a['rel'] === 'author' || a['itemprop'] === 'author') return true;
  if (el.tag === 'a' || el.tag === 'span' || el.tag === 'div' || el.tag === 'p' || el.tag === 'address') {
    return BYLINE_WORD.test(`${a['class'] ?? ''} ${a['id'] ?? ''}`);
  }
  return false;
}

/** A meta tag's content by key (first match, case-insensitive). */
export function metaContent(info: HtmlPageInfo, key: string): string | null {
  const k = key.toLowerCase();
  const m = info.metaTags.find((t) => t.key.toLowerCase() === k && t.content.length > 0);
  return m ? m.content : null;
}

const SEPARATORS_G = /\s+[|\-–—:·•»«/]\s+|\s+::\s+/g;

/** Strips a site-name prefix or suffix ("Headline | Site", "Site - Headline") from a title. */
export function stripSiteName(title: string, siteName: string | null): string {
  let t = normalizeSpace(title);
  if (siteName) {
    const s = siteName.trim();
    const lower = t.toLowerCase();
    const sl = s.toLowerCase();
    if (sl.length > 0 && lower.endsWith(sl)) {
      const m = /\s*[|:\-–—·•»«/]\s*$/.exec(t.slice(0, t.length - s.length));
      if (m) return t.slice(0, t.length - s.length - m[0].length).trim();
    }
    if (sl.length > 0 && lower.startsWith(sl)) {
      const m = /^\s*[|:\-–—·•»«/]\s*/.exec(t.slice(s.length));
      if (m) return t.slice(s.length + m[0].length).trim();
    }
  }
  // Without a known site name, strip up to two short trailing parts ("Headline | Section | Site").
  for (let round = 0; round < 2; round++) {
    let last: RegExpExecArray | null = null;
    for (const m of t.matchAll(SEPARATORS_G)) last = m as RegExpExecArray;
    if (!last) break;
    const head = t.slice(0, last.index).trim();
    const tail = t.slice(last.index + last[0].length).trim();
    if (tail.split(' ').length > 4 || head.split(' ').length < 3) break;
    t = head;
  }
  return t;
}

/** Word-overlap similarity of two titles (0..1), case-insensitive. */
export function titleSimilarity(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const wb = new Set(b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(wa.size, wb.size);
}

/**
 * The article headline: an `h1` that agrees with og:title or `<title>` (an `h1` inside a page `<header>`,
 * `headerH1s`, only so), else og:title,
 * else the first `h1`, else `<title>`, each with the site name stripped.
 */
export function chooseTitle(info: HtmlPageInfo, h1s: readonly string[], headerH1s: readonly string[] = []): string | null {
  const site = metaContent(info, 'og:site_name');
  const og = metaContent(info, 'og:title') ?? metaContent(info, 'twitter:title');
  const refs = [og, info.titleTag].filter((x): x is string => x !== null && x.length > 0);
  for (const h of [...h1s, ...headerH1s]) for (const r of refs) if (titleSimilarity(h, stripSiteName(r, site)) >= 0.6) return h;
  if (og) return stripSiteName(og, site);
  if (h1s.length > 0) return h1s[0]!;
  if (info.titleTag) return stripSiteName(info.titleTag, site);
  return null;
}
