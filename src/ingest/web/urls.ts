// Which inputs are web sources (http(s) URLs, URL lists, feed files) and how URL lists are read.
import { open } from 'node:fs/promises';

/** What a named input is, as far as fetching goes; null for anything read as a file. */
export type WebSourceKind = 'url' | 'url-list' | 'feed-file';

export function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}

/** A URL list always by this extension; a `.txt` file only when every line is a URL or a comment. */
const URL_LIST_EXT = /\.urls$/i;
const TEXT_EXT = /\.txt$/i;
const FEED_EXT = /\.(rss|atom|xml)$/i;
const JSON_EXT = /\.json$/i;

/** How much of a `.txt` or `.json` file is read to tell a URL list or a JSON Feed from other files. */
const PEEK_BYTES = 64 * 1024;

async function peek(path: string): Promise<{ text: string; whole: boolean } | null> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(PEEK_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, PEEK_BYTES, 0);
    return { text: buffer.subarray(0, bytesRead).toString('utf8'), whole: bytesRead < PEEK_BYTES };
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/** One entry of a URL list: the URL, or the line that is not one. */
export type UrlListEntry = { ok: true; url: string; line: number } | { ok: false; text: string; line: number };

/** The lines of a URL list: blank lines and `#` comments skipped, any other line a URL or an error. */
export function parseUrlList(text: string): UrlListEntry[] {
  const out: UrlListEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    out.push(isHttpUrl(line) ? { ok: true, url: line, line: i + 1 } : { ok: false, text: line, line: i + 1 });
  }
  return out;
}

function isUrlListText(text: string, whole: boolean): boolean {
  // A file longer than the peek is judged on its complete lines.
  const body = whole ? text : text.slice(0, Math.max(0, text.lastIndexOf('\n')));
  const entries = parseUrlList(body);
  return entries.length > 0 && entries.every((e) => e.ok);
}

/**
 * Tells web sources from files: an http(s) URL; a URL list (`.urls`, or a `.txt` file whose
 * every non-empty line is an http(s) URL or a `#` comment); a feed file (`.rss`, `.atom`, `.xml`,
 * or a `.json` file that is a JSON Feed). Anything else (including folders) is null.
 */
export async function webSourceKind(input: string): Promise<WebSourceKind | null> {
  if (isHttpUrl(input)) return 'url';
  if (URL_LIST_EXT.test(input)) return 'url-list';
  if (FEED_EXT.test(input)) return 'feed-file';
  if (TEXT_EXT.test(input)) {
    const head = await peek(input);
    return head && isUrlListText(head.text, head.whole) ? 'url-list' : null;
  }
  if (JSON_EXT.test(input)) {
    const head = await peek(input);
    return head && /^\s*\{[\s\S]*"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head.text.slice(0, 4096)) ? 'feed-file' : null;
  }
  return null;
}
