// RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed parsed with feedsmith into plain item listings (link, title, date, author, guid, content).
import { parseFeed } from 'feedsmith';
import { decodeBytes } from '../decode.js';
import { sniffFeed } from './content.js';

/** One item of a feed, as the feed states it; nothing is fetched. */
export interface FeedItem {
  /** The item's page (absolute http(s) URL), or null when the item has none. */
  link: string | null;
  title: string | null;
  /** The item's date as ISO 8601 (published, else updated), or null. */
  published: string | null;
  /** Authors joined with ", ", or null. */
  author: string | null;
  /** The feed's stable id of the item (RSS guid, Atom id, JSON Feed id), else its link, or null. */
  guid: string | null;
  /** Full content carried by the feed (content:encoded, Atom content, content_html / content_text), or null. */
  content: { html: string } | { text: string } | null;
}

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

/** A parsed feed: where it came from, its title and its items in feed order. */
export interface FeedListing {
  /** The feed's URL (as asked for) or path. */
  source: string;
  /** The URL the feed came from after redirects; null for a local file. */
  finalUrl: string | null;
  format: FeedFormat;
  title: string | null;
  items: FeedItem[];
}

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (v && typeof v === 'object' && 'value' in v) return text((v as { value: unknown }).value);
  return null;
}

/** A title that may carry markup (Atom `type="html"`): tags dropped, whitespace collapsed. */
function plainTitle(v: unknown): string | null {
  const t = text(v);
  if (t === null) return null;
  const plain = t.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/\s+/g, ' ').trim();
  return plain === '' ? null : plain;
}

/** A feed date as ISO 8601: ISO dates are kept as written, RFC 822 and other forms go through Date (UTC). */
export function feedDate(v: unknown): string | null {
  const t = text(v);
  if (t === null) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) return t;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** An RSS `<author>` is an e-mail address, often with the name in parentheses: the name, or the text when it is no address. */
function personName(v: unknown): string | null {
  const t = text(v) ?? (v && typeof v === 'object' && 'name' in v ? text((v as { name: unknown }).name) : null);
  if (t === null) return null;
  const paren = /\(([^)]+)\)\s*$/.exec(t);
  if (paren) return paren[1].trim();
  return /^\S+@\S+$/.test(t) ? null : t;
}

function names(list: unknown): string | null {
  if (!Array.isArray(list)) return personName(list);
  const out = [...new Set(list.map(personName).filter((n): n is string => n !== null))];
  return out.length > 0 ? out.join(', ') : null;
}

function absoluteHttp(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    const u = base ? new URL(link, base) : new URL(link);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

type Loose = Record<string, unknown> & { dc?: { creators?: unknown[]; dates?: unknown[] }; content?: unknown };

function first(list: unknown): unknown {
  return Array.isArray(list) ? list[0] : undefined;
}

function rssItem(i: Loose, base: string | null): FeedItem {
  const link = absoluteHttp(text(i.link), base);
  const guid = i.guid as { value?: unknown; isPermaLink?: boolean } | undefined;
  const guidText = text(guid?.value);
  const permalink = guid && guid.isPermaLink !== false && guidText ? absoluteHttp(guidText, null) : null;
  const encoded = text((i.content as { encoded?: unknown } | undefined)?.encoded);
  return {
    link: link ?? permalink,
    title: plainTitle(i.title),
    published: feedDate(i.pubDate) ?? feedDate(first(i.dc?.dates)),
    author: names(i.dc?.creators) ?? names(i.authors),
    guid: guidText ?? text((i.rdf as { about?: unknown } | undefined)?.about) ?? link ?? permalink,
    content: encoded ? { html: encoded } : null,
  };
}

function atomItem(e: Loose, base: string | null): FeedItem {
  const links = Array.isArray(e.links) ? (e.links as { href?: unknown; rel?: unknown }[]) : [];
  const alternate = links.find((l) => l.rel === undefined || l.rel === 'alternate') ?? null;
  const link = absoluteHttp(text(alternate?.href), base);
  const content = e.content as { value?: unknown; type?: unknown; src?: unknown } | undefined;
  const body = text(content?.value);
  const type = typeof content?.type === 'string' ? content.type.toLowerCase() : 'text';
  return {
    link,
    title: plainTitle(e.title),
    published: feedDate(e.published) ?? feedDate(e.updated) ?? feedDate(first(e.dc?.dates)),
    author: names(e.authors) ?? names(e.dc?.creators),
    guid: text(e.id) ?? link,
    content: body ? (type === 'html' || type === 'xhtml' || type.includes('html') ? { html: body } : { text: body }) : null,
  };
}

function jsonItem(i: Loose, base: string | null): FeedItem {
  const link = absoluteHttp(text(i.url), base) ?? absoluteHttp(text(i.external_url), base);
  const html = text(i.content_html);
  const plain = text(i.content_text);
  return {
    link,
    title: plainTitle(i.title),
    published: feedDate(i.date_published) ?? feedDate(i.date_modified),
    author: names(i.authors) ?? names(i.author),
    guid: text(i.id) ?? link,
    content: html ? { html } : plain ? { text: plain } : null,
  };
}

export type ParsedFeed = { ok: true; listing: FeedListing } | { ok: false; ruleId: string; reason: string };

/**
 * Parses feed bytes: the charset from the Content-Type header, else the XML declaration; relative
 * item links are resolved against `base` (the feed's final URL), else the feed's own link.
 */
export function parseFeedBytes(source: string, bytes: Uint8Array, options: { finalUrl: string | null; charset?: string | null }): ParsedFeed {
  const kind = sniffFeed(bytes);
  const decoded = decodeBytes(bytes, { html: kind !== 'json', charset: options.charset ?? undefined });
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(kind === 'json' ? JSON.parse(decoded.text) : decoded.text);
  } catch (e) {
    return { ok: false, ruleId: 'feed/invalid', reason: `not an RSS, Atom or JSON Feed document: ${(e as Error).message}` };
  }
  const feed = parsed.feed as unknown as Loose;
  const ownLink = parsed.format === 'atom'
    ? text((Array.isArray(feed.links) ? (feed.links as { href?: unknown; rel?: unknown }[]) : []).find((l) => l.rel === undefined || l.rel === 'alternate')?.href)
    : text(feed.link) ?? text(feed.home_page_url);
  const base = options.finalUrl ?? absoluteHttp(ownLink, null);
  const raw = ((parsed.format === 'atom' ? feed.entries : feed.items) ?? []) as Loose[];
  const toItem = parsed.format === 'atom' ? atomItem : parsed.format === 'json' ? jsonItem : rssItem;
  const items = raw.map((i) => toItem(i, base));
  return { ok: true, listing: { source, finalUrl: options.finalUrl, format: parsed.format, title: plainTitle(feed.title), items } };
}
