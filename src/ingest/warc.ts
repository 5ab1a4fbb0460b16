// WARC archives (.warc, .warc.gz) to documents: 2xx HTML responses and HTML resources, read one record at a time.
import { open } from 'node:fs/promises';
import { pipeline, Readable } from 'node:stream';
import { brotliDecompressSync, createGunzip, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { AsyncIterReader, LimitReader, WARCParser, type WARCRecord } from 'warcio';
import type { Document, Message } from '../model/index.js';
import { decodeBytes } from './decode.js';
import { contentId, defaultIngestOptions, looksBinary, sniffMediaType, type IngestItem, type IngestOptions } from './documents.js';

/** File names read as WARC archives. */
export const WARC_FILE = /\.warc(\.gz)?$/i;

export interface WarcOptions extends Partial<IngestOptions> {
  /** Called once per archive, after its last record, with an info message counting what was read and skipped. */
  onNote?: (source: string, message: Message) => void;
}

/** What reading one archive gave: records seen, documents yielded, failures, and skipped records by kind. */
export interface WarcSummary {
  records: number;
  documents: number;
  failed: number;
  /** Skipped records by kind (`request`, `warcinfo`, `non-HTML response`, `non-2xx response`, ...), in order of first sight. */
  skipped: Record<string, number>;
  /** False when the archive ended inside a record or could not be parsed on; `records` counts the whole records before it. */
  complete: boolean;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/xhtml']);
/** Content types that say nothing about the payload; the payload is sniffed then. */
const UNSPECIFIC_TYPES = new Set(['', 'application/octet-stream', 'unknown/unknown', 'application/unknown', 'binary/octet-stream']);
/** How much of a payload the HTML sniffer looks at. */
const SNIFF_BYTES = 4096;

type HttpHeaders = { get(name: string): string | null | undefined };

/** A record that ended the reading: the archive is cut or broken there. */
class BrokenArchive extends Error {}

function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

function charsetOf(contentType: string | null): string | undefined {
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return m ? m[1] : undefined;
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Passes the bytes through, gunzipping them (every member) when they start with the gzip magic. */
async function* gunzipIfNeeded(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const it = chunks[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  async function* all(): AsyncGenerator<Uint8Array> {
    yield first.value;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  if (!isGzip(first.value)) {
    yield* all();
    return;
  }
  yield* pipeline(Readable.from(all()), createGunzip(), () => {}) as AsyncIterable<Uint8Array>;
}

/** The raw reader of a record (after the HTTP headers for HTTP records), with how many bytes it still expects. */
function rawReader(record: WARCRecord): LimitReader | null {
  return record._reader instanceof LimitReader ? record._reader : null;
}

/** Reads the rest of a record's block, keeping it when `keep`; throws when the archive ends first. */
async function readBlock(record: WARCRecord, keep: boolean): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of record.reader) if (keep) chunks.push(chunk);
  const raw = rawReader(record);
  if (raw && raw.limit > 0) throw new BrokenArchive(`the archive ends ${raw.limit} bytes before the end of the record`);
  return keep ? Buffer.concat(chunks) : Buffer.alloc(0);
}

/** Undoes `Transfer-Encoding: chunked` and `Content-Encoding`; a payload stored already decoded is taken as it is. */
async function httpPayload(body: Buffer, headers: HttpHeaders | null, maxBytes: number): Promise<Buffer> {
  if (!headers) return body;
  let bytes = body;
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) bytes = Buffer.from(await new AsyncIterReader([bytes], null, true).readFully());
  const encoding = (headers.get('content-encoding') ?? '').trim().toLowerCase();
  const limit = { maxOutputLength: maxBytes };
  try {
    switch (encoding) {
      case '':
      case 'identity':
      case 'none':
        return bytes;
      case 'gzip':
      case 'x-gzip':
        return isGzip(bytes) ? gunzipSync(bytes, limit) : bytes;
      case 'deflate':
        try {
          return inflateSync(bytes, limit);
        } catch {
          return inflateRawSync(bytes, limit);
        }
      case 'br':
        return brotliDecompressSync(bytes, limit);
      default:
        throw new Error(`unsupported Content-Encoding "${encoding}"`);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw e;
    // Some crawlers store the payload decoded but keep the header.
    if (!looksBinary(bytes, 0.1)) return bytes;
    throw e;
  }
}

function fail(source: string, ruleId: string, reason: string): IngestItem {
  return { ok: false, source, messages: [{ severity: 'error', ruleId, reason }] };
}

function describe(s: WarcSummary): string {
  const skipped = Object.entries(s.skipped);
  const total = skipped.reduce((n, [, c]) => n + c, 0);
  const kinds = skipped.map(([k, c]) => `${c} ${k}`).join(', ');
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(s.records, 'WARC record')}${s.complete ? '' : ', then one cut short or corrupt'}: ${plural(s.documents, 'document')}, ${s.failed} failed, ${total} skipped${total > 0 ? ` (${kinds})` : ''}`;
}

/** The info message that sums up one archive's reading. */
export function warcSummaryMessage(summary: WarcSummary): Message {
  return { severity: 'info', ruleId: 'ingest/warc-summary', reason: describe(summary) };
}

type Outcome = { item: IngestItem } | { skip: string };

/** Turns one record into a document, a failure or a skip; reads the record to its end either way. */
async function readRecord(record: WARCRecord, source: string, opts: IngestOptions): Promise<Outcome> {
  if (!record.warcHeaders.statusline.startsWith('WARC/')) throw new BrokenArchive('the record does not start with a WARC version line');
  if (!/^\d+$/.test(record.warcHeader('Content-Length') ?? '')) throw new BrokenArchive('the record has no valid Content-Length');
  const type = record.warcType ?? 'untyped';
  const skip = async (kind: string): Promise<Outcome> => {
    await readBlock(record, false);
    return { skip: kind };
  };
  let contentType: string | null;
  let status: number | null = null;
  if (type === 'response') {
    if (!/^application\/http/i.test(record.warcContentType ?? '') || !record.httpHeaders) return skip('non-HTTP response');
    status = Number(record.httpHeaders.statusCode);
    if (!(status >= 200 && status < 300)) return skip('non-2xx response');
    contentType = record.httpHeaders.headers.get('content-type') ?? null;
  } else if (type === 'resource') {
    contentType = record.warcContentType ?? null;
  } else {
    return skip(type);
  }
  const media = mediaTypeOf(contentType);
  const sniff = UNSPECIFIC_TYPES.has(media);
  if (!sniff && !HTML_TYPES.has(media)) return skip(`non-HTML ${type}`);
  const expected = rawReader(record)?.limit ?? 0;
  if (expected > opts.maxBytes) {
    await readBlock(record, false);
    return { item: fail(source, 'ingest/too-large', `the payload has ${expected} bytes, over the limit of ${opts.maxBytes}`) };
  }
  const headers: HttpHeaders | null = type === 'response' ? (record.httpHeaders?.headers ?? null) : null;
  // Errors reading the block are the archive's (cut, bad gzip) and end the reading; errors undoing the encoding are the page's.
  const block = await readBlock(record, true);
  let bytes: Buffer;
  try {
    bytes = await httpPayload(block, headers, opts.maxBytes);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      return { item: fail(source, 'ingest/too-large', `the decompressed payload is over the limit of ${opts.maxBytes} bytes`) };
    }
    return { item: fail(source, 'ingest/warc-content-encoding', `cannot undo the payload's encoding: ${(e as Error).message}`) };
  }
  if (bytes.length === 0) return { skip: 'empty payload' };
  if (looksBinary(bytes, opts.binaryControlRatio)) return { skip: sniff ? `non-HTML ${type}` : 'binary payload labelled HTML' };
  if (sniff && sniffMediaType('', bytes.subarray(0, SNIFF_BYTES).toString('latin1')) !== 'html') return { skip: `non-HTML ${type}` };
  const decoded = decodeBytes(bytes, { html: true, charset: charsetOf(contentType) });
  if (decoded.text.trim().length === 0) return { skip: 'empty payload' };
  const url = record.warcTargetURI ?? '';
  const document: Document = {
    id: contentId(decoded.text),
    source,
    mediaType: 'html',
    content: decoded.text,
    charset: decoded.charset,
    hints: url ? { url } : {},
    messages: decoded.messages,
    capture: { kind: 'warc', url, finalUrl: url, status, fetchedAt: record.warcDate ?? '', contentType },
  };
  return { item: { ok: true, document } };
}

/**
 * Reads a WARC archive (plain or gzipped, per record or whole) from a byte stream, one record at a
 * time, and yields a document for each 2xx HTML response and each HTML resource, in record order.
 * Other records are skipped and counted. An archive cut short or broken yields the documents read
 * so far, then a failure; the generator returns the summary, also given to `onNote` as a message.
 * Each document's source is `source#N`, N being the record's number in the archive (from 1).
 */
export async function* readWarcStream(source: string, bytes: AsyncIterable<Uint8Array>, options: WarcOptions = {}): AsyncGenerator<IngestItem, WarcSummary> {
  const opts: IngestOptions = { ...defaultIngestOptions, ...options };
  const summary: WarcSummary = { records: 0, documents: 0, failed: 0, skipped: {}, complete: true };
  const parser = new WARCParser(new AsyncIterReader(gunzipIfNeeded(bytes), null));
  let failure: IngestItem | null = null;
  let at = 1;
  try {
    for (;;) {
      at = summary.records + 1;
      const record = await parser.parse();
      if (record === null) break;
      summary.records++;
      const outcome = await readRecord(record, `${source}#${summary.records}`, opts);
      if ('skip' in outcome) {
        summary.skipped[outcome.skip] = (summary.skipped[outcome.skip] ?? 0) + 1;
        continue;
      }
      if (outcome.item.ok) summary.documents++;
      else summary.failed++;
      yield outcome.item;
    }
  } catch (e) {
    summary.complete = false;
    summary.records = at - 1;
    const reason = `the WARC archive is truncated or corrupt at record ${at}: ${(e as Error).message}; ${summary.documents} documents were read before it`;
    failure = fail(source, 'ingest/warc-truncated', reason);
  }
  if (failure) {
    summary.failed++;
    yield failure;
  }
  options.onNote?.(source, warcSummaryMessage(summary));
  return summary;
}

/** Reads a `.warc` or `.warc.gz` file as a stream; see `readWarcStream`. */
export async function* readWarc(path: string, options: WarcOptions = {}): AsyncGenerator<IngestItem, WarcSummary | null> {
  let handle;
  try {
    handle = await open(path);
  } catch (e) {
    yield fail(path, 'ingest/unreadable', `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return null;
  }
  const stream = handle.createReadStream({ highWaterMark: 1 << 18 });
  try {
    return yield* readWarcStream(path, stream, options);
  } finally {
    stream.destroy();
    await handle.close().catch(() => {});
  }
}
