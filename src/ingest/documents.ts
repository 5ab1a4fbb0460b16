// One input (bytes plus a name) to documents: gzip, binary check, type sniffing, JSON records, content ids.
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type { Document, DocumentHints, MediaType, Message } from '../model/index.js';
import { decodeBytes } from './decode.js';
import { decodeEntities } from '../extract/text/entities.js';

export interface IngestOptions {
  /** Largest document accepted, in bytes after decompression (a 30 MB page is accepted). */
  maxBytes: number;
  /** Share of control bytes in the first KiB above which the input is taken as binary. */
  binaryControlRatio: number;
  /** Most records read from one JSON input; the rest are not parsed (a caller with a limit sets one more than it). */
  maxRecords?: number;
}

export const defaultIngestOptions: IngestOptions = {
  maxBytes: 64 * 1024 * 1024,
  // Text in any charset has almost no C0 controls besides tab/newline; 10% separates every
  // binary format tried (images, PDFs, executables, archives) from text with stray controls.
  binaryControlRatio: 0.1,
};

/** What ingesting one input gave: documents, or a failure with the reason. */
export type IngestItem =
  | { ok: true; document: Document }
  | { ok: false; source: string; messages: Message[] };

/** A stable id for content: the first 16 hex digits of SHA-256 over its normalised text. */
export function contentId(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  return createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 16);
}

export function fail(source: string, ruleId: string, reason: string): IngestItem {
  return { ok: false, source, messages: [{ severity: 'error', ruleId, reason }] };
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function looksBinary(bytes: Uint8Array, ratio: number): boolean {
  const n = Math.min(bytes.length, 1024);
  if (n === 0) return false;
  // UTF-16 text has NULs in every other byte but starts with a BOM; decode handles it.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control / n > ratio;
}

const HTML_EXT = /\.(html?|xhtml)$/i;
const TEXT_EXT = /\.(txt|text|md)$/i;
const JSON_EXT = /\.(jsonl|ndjson|json)$/i;

/** Decides HTML or page text from the name first, then from the content. */
export function sniffMediaType(name: string, head: string): MediaType {
  if (HTML_EXT.test(name)) return 'html';
  if (TEXT_EXT.test(name)) return 'text';
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head) || /<\/(p|div|body|html)>/i.test(head.slice(0, 4096)) ? 'html' : 'text';
}

function looksLikeJson(name: string, text: string): boolean {
  if (JSON_EXT.test(name)) return true;
  if (HTML_EXT.test(name) || TEXT_EXT.test(name)) return false;
  const t = text.trimStart();
  return (t.startsWith('{') || t.startsWith('[')) && /"(text|html)"\s*:/.test(t.slice(0, 65536));
}

/** Turns the bytes of one named input into documents (several for JSON records). */
export function documentsFromBytes(source: string, raw: Uint8Array, options: IngestOptions = defaultIngestOptions): IngestItem[] {
  let bytes = raw;
  let name = source;
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: options.maxBytes });
    } catch (e) {
      return [fail(source, 'ingest/gzip', `cannot decompress: ${(e as Error).message}`)];
    }
    name = name.replace(/\.gz$/i, '');
  }
  if (bytes.length === 0) return [fail(source, 'ingest/empty', 'the document is empty')];
  if (bytes.length > options.maxBytes) {
    return [fail(source, 'ingest/too-large', `the document has ${bytes.length} bytes, over the limit of ${options.maxBytes}`)];
  }
  if (looksBinary(bytes, options.binaryControlRatio)) {
    return [fail(source, 'ingest/binary', 'the document looks binary (control bytes), not text or HTML')];
  }
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const mediaType = sniffMediaType(name, head);
  const decoded = decodeBytes(bytes, { html: mediaType === 'html' });
  if (decoded.text.trim().length === 0) return [fail(source, 'ingest/empty', 'the document holds only whitespace')];
  if (looksLikeJson(name, decoded.text)) return documentsFromJson(source, decoded.text, options.maxRecords);
  const document: Document = {
    id: contentId(decoded.text),
    source,
    mediaType,
    content: decoded.text,
    charset: decoded.charset,
    hints: {},
    messages: decoded.messages,
  };
  return [{ ok: true, document }];
}

interface JsonRecord {
  id?: unknown;
  url?: unknown;
  title?: unknown;
  text?: unknown;
  html?: unknown;
  published?: unknown;
  outlet?: unknown;
  byline?: unknown;
  author?: unknown;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined;
}

export function recordToItem(source: string, record: unknown): IngestItem {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return fail(source, 'ingest/record-shape', 'a record must be a JSON object');
  }
  const r = record as JsonRecord;
  const html = str(r.html);
  const text = str(r.text);
  if (!html && !text) return fail(source, 'ingest/record-empty', 'the record has neither "text" nor "html"');
  const content = (html ?? text) as string;
  const hints: DocumentHints = {};
  const set = (k: keyof DocumentHints, v: unknown) => {
    const s = str(v);
    if (s) hints[k] = s;
  };
  set('url', r.url);
  // A record's title is plain text; one that keeps HTML character references ("&amp;") reads as its characters.
  set('title', typeof r.title === 'string' ? decodeEntities(r.title) : r.title);
  set('published', r.published);
  set('outlet', r.outlet);
  set('byline', r.byline ?? r.author);
  // The id always comes from the content, so a record cannot claim another article's id;
  // the record's own id is kept beside it.
  const externalId = str(r.id);
  const document: Document = {
    id: contentId(content),
    ...(externalId !== undefined ? { externalId } : {}),
    source,
    mediaType: html ? 'html' : 'text',
    content,
    charset: { name: 'utf-8', basis: 'record' },
    hints,
    messages: [],
  };
  return { ok: true, document };
}

/** JSON lines (one record a line) or a JSON array of records; a bad line fails alone. */
export function documentsFromJson(source: string, text: string, maxRecords = Number.POSITIVE_INFINITY): IngestItem[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (e) {
      return [fail(source, 'ingest/json', `invalid JSON array: ${(e as Error).message}`)];
    }
    if (!Array.isArray(parsed)) return [fail(source, 'ingest/json', 'invalid JSON array')];
    return parsed.slice(0, maxRecords).map((rec, i) => recordToItem(`${source}#${i + 1}`, rec));
  }
  const items: IngestItem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && items.length < maxRecords; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const where = `${source}#${i + 1}`;
    try {
      items.push(recordToItem(where, JSON.parse(line)));
    } catch (e) {
      items.push(fail(where, 'ingest/json', `invalid JSON on line ${i + 1}: ${(e as Error).message}`));
    }
  }
  if (items.length === 0) return [fail(source, 'ingest/empty', 'the JSON input holds no records')];
  return items;
}
