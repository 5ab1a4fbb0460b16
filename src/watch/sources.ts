// Reading the watch's sources each cycle: feeds are listed and only items not fetched before are fetched; files, folders and URL lists go through readInputs.
import { readInputs, type IngestItem, type ReadOptions } from '../ingest/index.js';
import { fetchFeedItems, listFeedItems, WebClient, webSourceKind, type FeedItem, type WebSourceKind } from '../ingest/web/index.js';

/** For each feed source, the keys of the items already fetched (and still listed). */
export type SeenFeedItems = Record<string, string[]>;

/**
 * What identifies a feed item between cycles: its guid (else its link, else its title), with its
 * date, so that an item the feed re-dates after an update is fetched again.
 */
export function feedItemKey(item: FeedItem): string {
  return `${item.guid ?? item.link ?? `title:${item.title ?? ''}`}|${item.published ?? ''}`;
}

const isFeedLike = (k: WebSourceKind | null): boolean => k === 'url' || k === 'feed-file';

/** An http(s) URL or a feed file may be a feed: listed first; a URL that is no feed is read as a page. */
async function* readFeed(source: string, kind: WebSourceKind, client: WebClient, read: ReadOptions, seen: SeenFeedItems, next: SeenFeedItems): AsyncGenerator<IngestItem> {
  const listed = await listFeedItems(source, { client });
  if (!listed.ok) {
    if (seen[source]) next[source] = seen[source];
    if (kind === 'url') yield* readInputs([source], read);
    else yield { ok: false, source, messages: [{ severity: 'error', ruleId: listed.ruleId, reason: listed.reason }] };
    return;
  }
  const before = new Set(seen[source] ?? []);
  const items = listed.listing.items;
  const keys = items.map(feedItemKey);
  const fresh = items.filter((_, i) => !before.has(keys[i]));
  const freshKeys = keys.filter((k) => !before.has(k));
  const fetched: string[] = [];
  // The fetcher yields one item per feed item, in feed order; an item whose fetch failed is tried again next cycle.
  let i = 0;
  for await (const item of fetchFeedItems(listed.listing, fresh, { client })) {
    const key = freshKeys[i++];
    if (item.ok && key !== undefined) fetched.push(key);
    yield item;
  }
  next[source] = [...new Set([...keys.filter((k) => before.has(k)), ...fetched])];
}

/**
 * The documents of the sources, in source order. `seen` says which feed items earlier cycles
 * fetched; `next` is filled with what to remember after this cycle (feeds no longer among the
 * sources are forgotten). Without web reading (`read.web === false`) everything goes to readInputs.
 */
export async function* readWatchSources(sources: readonly string[], read: ReadOptions, seen: SeenFeedItems, next: SeenFeedItems): AsyncGenerator<IngestItem> {
  if (read.web === false) {
    yield* readInputs(sources, read);
    return;
  }
  const kinds: (WebSourceKind | null)[] = [];
  for (const s of sources) kinds.push(s === '-' ? null : await webSourceKind(s));
  if (!kinds.some(isFeedLike)) {
    yield* readInputs(sources, read);
    return;
  }
  const client = new WebClient(read.web ?? {});
  try {
    for (let i = 0; i < sources.length; ) {
      if (isFeedLike(kinds[i])) {
        yield* readFeed(sources[i], kinds[i] as WebSourceKind, client, read, seen, next);
        i++;
        continue;
      }
      let j = i;
      while (j < sources.length && !isFeedLike(kinds[j])) j++;
      yield* readInputs(sources.slice(i, j), read);
      i = j;
    }
  } finally {
    await client.close();
  }
}
