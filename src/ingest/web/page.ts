// A fetched page (or a feed item's own content) becomes a Document with its capture; content ids as for files.
import type { Capture, Document, DocumentHints, MediaType, Message } from '../../model/index.js';
import { decodeBytes } from '../decode.js';
import { contentId, defaultIngestOptions, looksBinary, sniffMediaType, type IngestItem } from '../documents.js';
import type { Fetched } from './client.js';
import { classifyContentType, parseContentType } from './content.js';

export function failItem(source: string, ruleId: string, reason: string): IngestItem {
  return { ok: false, source, messages: [{ severity: 'error', ruleId, reason }] };
}

/** What a document of a feed item carries besides its content. */
export interface FeedContext {
  /** The feed's URL or path (recorded as `capture.feed`). */
  feed: string;
  /** The item's title, date and author; they yield to the page's own values. */
  hints: DocumentHints;
}

/**
 * Decodes page bytes with the pieces file ingestion uses (binary check, media type sniffing,
 * charset decoding, content id); `mediaType` null sniffs it from the content.
 */
export function documentFromBytes(
  source: string,
  bytes: Uint8Array,
  mediaType: MediaType | null,
  charset: string | null,
  extra: { hints: DocumentHints; capture?: Capture; messages?: Message[] },
): IngestItem {
  if (bytes.length === 0) return failItem(source, 'ingest/empty', 'the response body is empty');
  if (looksBinary(bytes, defaultIngestOptions.binaryControlRatio)) return failItem(source, 'ingest/binary', 'the body looks binary (control bytes), not text or HTML');
  const type = mediaType ?? sniffMediaType('', Buffer.from(bytes.subarray(0, 4096)).toString('latin1'));
  const decoded = decodeBytes(bytes, { html: type === 'html', charset: charset ?? undefined });
  if (decoded.text.trim().length === 0) return failItem(source, 'ingest/empty', 'the body holds only whitespace');
  const document: Document = {
    id: contentId(decoded.text),
    source,
    mediaType: type,
    content: decoded.text,
    charset: decoded.charset,
    hints: extra.hints,
    messages: [...(extra.messages ?? []), ...decoded.messages],
  };
  if (extra.capture) document.capture = extra.capture;
  return { ok: true, document };
}

/**
 * A fetched response as a document: HTML or text by its Content-Type (sniffed when there is
 * none), decoded with the header's charset, `hints.url` = the final URL, the body kept in
 * `capture.raw`. Other content types fail with `fetch/content-type`.
 */
export function documentFromFetch(res: Fetched, context?: FeedContext): IngestItem {
  const { essence, charset } = parseContentType(res.contentType);
  const cls = classifyContentType(essence);
  let mediaType: MediaType | null;
  if (cls === 'html') mediaType = 'html';
  else if (cls === 'text') mediaType = 'text';
  else if (cls === 'unknown') {
    const head = res.body.subarray(0, 64).toString('latin1').trimStart();
    if (head.startsWith('{') || head.startsWith('[')) return failItem(res.url, 'fetch/content-type', 'no usable Content-Type and the body looks like JSON, not a page');
    mediaType = null;
  } else {
    return failItem(res.url, 'fetch/content-type', `the content type ${essence} is not HTML or text`);
  }
  const capture: Capture = {
    kind: 'http',
    url: res.url,
    finalUrl: res.finalUrl,
    status: res.status,
    fetchedAt: res.fetchedAt,
    contentType: res.contentType,
    raw: res.body.toString('base64'),
  };
  if (context) capture.feed = context.feed;
  return documentFromBytes(res.url, res.body, mediaType, charset, { hints: { ...(context?.hints ?? {}), url: res.finalUrl }, capture });
}
