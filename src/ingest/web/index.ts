// Public face of web ingestion: URLs, URL lists and feeds fetched politely and safely into ordinary IngestItems.
import { readFile, stat } from 'node:fs/promises';
import type { DocumentHints } from '../../model/index.js';
import type { IngestItem } from '../documents.js';
import { FEED_ACCEPT, PAGE_ACCEPT, WebClient, type Fetched } from './client.js';
import { classifyContentType, parseContentType, sniffFeed } from './content.js';
import { parseFeedBytes, type FeedItem, type FeedListing } from './feeds.js';
import { inOrder } from './order.js';
import { documentFromBytes, documentFromFetch, failItem, type FeedContext } from './page.js';
import { resolveWebOptions, type WebOptions } from './options.js';
import { isHttpUrl, parseUrlList, webSourceKind, type WebSourceKind } from './urls.js';

export { classifyAddress, strictAddressPolicy, allowAnyAddress, type AddressKind, type AddressPolicy, type ConnectTarget } from './address.js';
export { WebClient, createWebClient, AddressRefusedError, type Fetched, type FetchFailure, type FetchResult } from './client.js';
export { defaultWebOptions, type WebOptions, type Lookup, type ResolvedAddress } from './options.js';
export { parseFeedBytes, type FeedItem, type FeedListing, type FeedFormat } from './feeds.js';
export { isHttpUrl, parseUrlList, webSourceKind, type WebSourceKind, type UrlListEntry } from './urls.js';

/** Options of the web readers: the fetch options, plus a client to share between calls. */
export interface WebSourceOptions extends Partial<WebOptions> {
  /**
   * A client to fetch through. Its host scheduler, robots.txt cache and connections span every
   * call given it (a poller keeps one for its whole run), and the caller closes it. Without one,
   * each call makes its own from these options and closes it at the end. With one, the client's
   * fetch options apply and only `feed` is read from these options.
   */
  client?: WebClient;
}

/** Tasks started ahead of the one being yielded; the host scheduler decides when requests really go. */
const WINDOW = 16;

/** A feed listing as read, with how it was fetched (absent for a local file). */
export interface FetchedFeedListing extends FeedListing {
  fetched?: { status: number; fetchedAt: string; contentType: string | null };
}

export type FeedListingResult = { ok: true; listing: FetchedFeedListing } | { ok: false; source: string; ruleId: string; reason: string };

type Yielded = Iterable<IngestItem> | AsyncIterable<IngestItem>;

async function readLocal(path: string, maxBytes: number): Promise<{ ok: true; bytes: Buffer } | { ok: false; ruleId: string; reason: string }> {
  try {
    const size = (await stat(path)).size;
    if (size > maxBytes) return { ok: false, ruleId: 'ingest/too-large', reason: `the file has ${size} bytes, over the limit of ${maxBytes} (--max-bytes)` };
    return { ok: true, bytes: await readFile(path) };
  } catch (e) {
    return { ok: false, ruleId: 'ingest/unreadable', reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
}

function listingFromFetch(res: Fetched): FeedListingResult {
  const parsed = parseFeedBytes(res.url, res.body, { finalUrl: res.finalUrl, charset: parseContentType(res.contentType).charset });
  if (!parsed.ok) return { ok: false, source: res.url, ruleId: parsed.ruleId, reason: parsed.reason };
  return { ok: true, listing: { ...parsed.listing, fetched: { status: res.status, fetchedAt: res.fetchedAt, contentType: res.contentType } } };
}

/** The hints a feed item gives its document: title, date and author (they yield to the page's own). */
function itemHints(item: FeedItem): DocumentHints {
  const hints: DocumentHints = {};
  if (item.title) hints.title = item.title;
  if (item.published) hints.published = item.published;
  if (item.author) hints.byline = item.author;
  return hints;
}

/** Runs a task, turning anything it throws into a failed item, so a task never rejects. */
async function safely<T extends Yielded>(source: string, task: () => Promise<T>): Promise<Yielded> {
  try {
    return await task();
  } catch (e) {
    return [failItem(source, 'fetch/internal-error', `reading the source failed: ${(e as Error).message}`)];
  }
}

/** One feed item: its link fetched as a page, or, without a link, its own full content. */
async function feedItemTask(client: WebClient, listing: FetchedFeedListing, item: FeedItem, index: number): Promise<IngestItem[]> {
  const context: FeedContext = { feed: listing.source, hints: itemHints(item) };
  if (item.link) {
    const res = await client.fetch(item.link, PAGE_ACCEPT);
    return [res.ok ? documentFromFetch(res, context) : failItem(item.link, res.ruleId, res.reason)];
  }
  const where = `${listing.source}#${item.guid ?? index + 1}`;
  if (!item.content) return [failItem(where, 'feed/no-link', `feed item ${index + 1} has neither a link nor full content`)];
  const html = 'html' in item.content;
  // Feed content is a fragment; the HTML extractor reads a page, so it gets one around it.
  const content = html ? `<!doctype html><html><body><article>${(item.content as { html: string }).html}</article></body></html>` : (item.content as { text: string }).text;
  const body = Buffer.from(content, 'utf8');
  const f = listing.fetched;
  const capture = f
    ? { kind: 'http' as const, url: listing.source, finalUrl: listing.finalUrl ?? listing.source, status: f.status, fetchedAt: f.fetchedAt, contentType: f.contentType, feed: listing.source }
    : undefined;
  return [documentFromBytes(where, body, html ? 'html' : 'text', 'utf-8', { hints: context.hints, capture })];
}

/**
 * Fetches the given items of a listed feed (all of them when `items` is absent), in feed order,
 * as IngestItems: each item's link through the client (same limits as any URL), with the item's
 * title, date and author as hints and `capture.feed` = the feed. A poller lists a feed with
 * `listFeedItems`, keeps the items it has not seen (by guid or link) and passes them here.
 */
export async function* fetchFeedItems(listing: FetchedFeedListing, items: readonly FeedItem[] = listing.items, options: WebSourceOptions = {}): AsyncGenerator<IngestItem> {
  const client = options.client ?? new WebClient(options);
  try {
    yield* flatten(inOrder(items.map((item, i) => () => safely(item.link ?? listing.source, () => feedItemTask(client, listing, item, i))), WINDOW));
  } finally {
    if (!options.client) await client.close();
  }
}

async function* flatten(results: AsyncIterable<Yielded>): AsyncGenerator<IngestItem> {
  for await (const r of results) yield* r;
}

/** A URL source: a page, or a feed (by `--feed`, its content type or its root element) whose items are fetched in turn. */
async function urlTask(client: WebClient, url: string, asFeed: boolean): Promise<Yielded> {
  const res = await client.fetch(url, asFeed ? FEED_ACCEPT : PAGE_ACCEPT);
  if (!res.ok) return [failItem(url, res.ruleId, res.reason)];
  const cls = classifyContentType(parseContentType(res.contentType).essence);
  const feedLike = asFeed || cls === 'feed' || (cls !== 'html' && cls !== 'unsupported' && sniffFeed(res.body) !== null);
  if (!feedLike) return [documentFromFetch(res)];
  const listed = listingFromFetch(res);
  if (!listed.ok) return [failItem(url, listed.ruleId, listed.reason)];
  return fetchFeedItems(listed.listing, listed.listing.items, { client });
}

async function urlListTask(client: WebClient, path: string, asFeed: boolean): Promise<Yielded> {
  const read = await readLocal(path, client.options.maxBytes);
  if (!read.ok) return [failItem(path, read.ruleId, read.reason)];
  const entries = parseUrlList(read.bytes.toString('utf8'));
  const tasks = entries.map((e) => async (): Promise<Yielded> =>
    e.ok ? safely(e.url, () => urlTask(client, e.url, asFeed)) : [failItem(`${path}#${e.line}`, 'fetch/url-list', `line ${e.line} is not an http(s) URL: "${e.text.slice(0, 80)}"`)]);
  return flatten(inOrder(tasks, WINDOW));
}

async function feedFileTask(client: WebClient, path: string): Promise<Yielded> {
  const read = await readLocal(path, client.options.maxBytes);
  if (!read.ok) return [failItem(path, read.ruleId, read.reason)];
  const parsed = parseFeedBytes(path, read.bytes, { finalUrl: null });
  if (!parsed.ok) return [failItem(path, parsed.ruleId, parsed.reason)];
  return fetchFeedItems(parsed.listing, parsed.listing.items, { client });
}

function sourceTask(client: WebClient, source: string, kind: WebSourceKind | null, asFeed: boolean): Promise<Yielded> {
  return safely(source, async () => {
    switch (kind) {
      case 'url':
        return urlTask(client, source, asFeed);
      case 'url-list':
        return urlListTask(client, source, asFeed);
      case 'feed-file':
        return feedFileTask(client, source);
      default:
        return [failItem(source, 'fetch/source', 'not an http(s) URL, a URL list or a feed file')];
    }
  });
}

async function* readClassified(sources: readonly { source: string; kind: WebSourceKind | null }[], options: WebSourceOptions): AsyncGenerator<IngestItem> {
  const client = options.client ?? new WebClient(options);
  const asFeed = options.feed ?? client.options.feed;
  try {
    yield* flatten(inOrder(sources.map((s) => () => sourceTask(client, s.source, s.kind, asFeed)), WINDOW));
  } finally {
    if (!options.client) await client.close();
  }
}

/**
 * Reads web sources into IngestItems, in source order (a feed's or URL list's items in their
 * order): an http(s) URL becomes a page document, or, when it is a feed (`feed: true`, a feed
 * content type, or an `rss`/`feed`/`rdf:RDF` root or JSON Feed body), one document per item; a
 * URL list (`.urls`, or `.txt` of URLs) is read line by line the same way; a feed file (`.rss`,
 * `.atom`, `.xml`, JSON Feed `.json`) has its items' links fetched. Fetches overlap across hosts
 * within the per-host limits. Every failure (refused address, robots.txt, timeout, status, size,
 * content type, bad feed) is a failed item with a rule id, and the rest go on. Never throws.
 */
export async function* readWebSources(sources: readonly string[], options: WebSourceOptions = {}): AsyncGenerator<IngestItem> {
  const classified: { source: string; kind: WebSourceKind | null }[] = [];
  for (const source of sources) classified.push({ source, kind: await webSourceKind(source) });
  yield* readClassified(classified, options);
}

/**
 * Lists a feed's items without fetching them: the feed is fetched (an http(s) URL, through the
 * client and its limits) or read (a local file) and parsed. Items carry link, title, date,
 * author, guid and any full content.
 */
export async function listFeedItems(source: string, options: WebSourceOptions = {}): Promise<FeedListingResult> {
  if (!isHttpUrl(source)) {
    const read = await readLocal(source, resolveWebOptions(options).maxBytes);
    if (!read.ok) return { ok: false, source, ruleId: read.ruleId, reason: read.reason };
    const parsed = parseFeedBytes(source, read.bytes, { finalUrl: null });
    return parsed.ok ? { ok: true, listing: parsed.listing } : { ok: false, source, ruleId: parsed.ruleId, reason: parsed.reason };
  }
  const client = options.client ?? new WebClient(options);
  try {
    const res = await client.fetch(source, FEED_ACCEPT);
    if (!res.ok) return { ok: false, source, ruleId: res.ruleId, reason: res.reason };
    return listingFromFetch(res);
  } finally {
    if (!options.client) await client.close();
  }
}

/**
 * Reads named inputs in their order, sending web sources (URLs, URL lists, feed files) to the
 * fetcher, consecutive ones together so their fetches overlap, and runs of other inputs (files,
 * folders, `-`) to `readLocal`. One client (one host scheduler) serves the whole call.
 */
export async function* readWebAndLocal(
  inputs: readonly string[],
  options: Partial<WebOptions>,
  readLocalInputs: (inputs: string[]) => AsyncIterable<IngestItem>,
): AsyncGenerator<IngestItem> {
  const kinds: (WebSourceKind | null)[] = [];
  for (const input of inputs) kinds.push(input === '-' ? null : await webSourceKind(input));
  if (kinds.every((k) => k === null)) {
    yield* readLocalInputs([...inputs]);
    return;
  }
  const client = new WebClient(options);
  try {
    for (let i = 0; i < inputs.length; ) {
      const web = kinds[i] !== null;
      let j = i;
      while (j < inputs.length && (kinds[j] !== null) === web) j++;
      if (web) yield* readClassified(inputs.slice(i, j).map((source, k) => ({ source, kind: kinds[i + k] })), { ...options, client });
      else yield* readLocalInputs(inputs.slice(i, j));
      i = j;
    }
  } finally {
    await client.close();
  }
}
