// Ingestion over HTTP: a request's files, pasted text or JSON lines become documents, within size and count limits, run through the pipeline.
import type { Context } from 'hono';
import type { AnalysisOptions } from '../analyze/index.js';
import { defaultIngestOptions, documentsFromBytes, type IngestItem } from '../ingest/index.js';
import type { Message } from '../model/index.js';
import { runDocuments, type RunSummary } from '../pipeline/index.js';
import type { Store } from '../store/index.js';
import { HttpError } from './errors.js';

export interface UploadLimits {
  /** Largest request body in bytes. */
  maxBodyBytes: number;
  /** Largest single document in bytes (after gzip decompression). */
  maxDocumentBytes: number;
  /** Most documents one request may carry (files, pasted text, JSON records together). */
  maxDocuments: number;
}

/** Limits sized for a newsroom upload of a few hundred pages: 32 MiB a request, 8 MiB a page, 500 documents. */
export const defaultUploadLimits: UploadLimits = { maxBodyBytes: 32 * 1024 * 1024, maxDocumentBytes: 8 * 1024 * 1024, maxDocuments: 500 };

export interface IngestResult {
  added: { source: string; articleId: string }[];
  present: { source: string; articleId: string }[];
  failed: { source: string; messages: Message[] }[];
  stories: { id: string; title: string | null; articles: number }[];
}

/** A client-given file name made safe to keep as a document's source (never a path on this machine). */
export function sourceName(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return `upload:${clean || fallback}`;
}

function tooMany(limits: UploadLimits): HttpError {
  return new HttpError(413, 'Content Too Large', `The request carries more than ${limits.maxDocuments} documents; at most ${limits.maxDocuments} are accepted at once.`, { maxDocuments: limits.maxDocuments });
}

/** Appends one input's documents to the request's, failing with 413 as soon as there are too many (no spread: an input may hold a hundred thousand records). */
function append(items: IngestItem[], more: readonly IngestItem[], limits: UploadLimits): void {
  for (const item of more) {
    items.push(item);
    if (items.length > limits.maxDocuments) throw tooMany(limits);
  }
}

/** The form fields of a multipart or URL-encoded body; a body that cannot be parsed is the client's error. */
async function formOf(c: Context): Promise<Record<string, string | File | (string | File)[]>> {
  try {
    return await c.req.parseBody({ all: true });
  } catch (e) {
    if (e instanceof HttpError) throw e;
    throw new HttpError(400, 'Bad Request', `The form body cannot be read: ${(e as Error).message}`);
  }
}

/** Reads the documents a request carries: multipart files and a `text` field, raw text or HTML, or JSON lines. */
export async function itemsFromRequest(c: Context, limits: UploadLimits): Promise<IngestItem[]> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  // Records past the limit are not even parsed: one more than the limit is enough to refuse.
  const ingestOptions = { ...defaultIngestOptions, maxBytes: limits.maxDocumentBytes, maxRecords: limits.maxDocuments + 1 };
  const named = c.req.query('name');
  const items: IngestItem[] = [];
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    const form = await formOf(c);
    const files: File[] = [];
    const texts: string[] = [];
    for (const [key, value] of Object.entries(form)) {
      for (const v of Array.isArray(value) ? value : [value]) {
        if (typeof v !== 'string') {
          if (v.size > 0 || v.name) files.push(v);
        } else if (key === 'text' && v.trim() !== '') texts.push(v);
      }
    }
    if (files.length + texts.length > limits.maxDocuments) throw tooMany(limits);
    for (const f of files) {
      if (f.size > limits.maxDocumentBytes) {
        items.push({ ok: false, source: sourceName(f.name, 'file'), messages: [{ severity: 'error', ruleId: 'ingest/too-large', reason: `the file has ${f.size} bytes, over the limit of ${limits.maxDocumentBytes}` }] });
        continue;
      }
      append(items, documentsFromBytes(sourceName(f.name, 'file'), new Uint8Array(await f.arrayBuffer()), ingestOptions), limits);
    }
    const textName = typeof form.name === 'string' && form.name.trim() !== '' ? form.name : 'pasted.txt';
    texts.forEach((t, i) => append(items, documentsFromBytes(sourceName(texts.length > 1 ? `${i + 1}-${textName}` : textName, 'pasted.txt'), Buffer.from(t, 'utf8'), ingestOptions), limits));
  } else {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    let fallback: string;
    if (/^application\/(json|x-ndjson|ndjson|jsonl|x-jsonlines|jsonlines)\b/.test(type)) fallback = 'request.jsonl';
    else if (type.startsWith('text/html') || type.startsWith('application/xhtml+xml')) fallback = 'request.html';
    else if (type.startsWith('text/')) fallback = 'request.txt';
    else throw new HttpError(415, 'Unsupported Media Type', 'Send multipart/form-data (files, or a "text" field), text/plain, text/html or JSON lines (application/x-ndjson).');
    // The media type decides how the body is read, whatever name the client gives it.
    const name = named ? `${named.replace(/\.[^.]*$/, '')}${fallback.slice(fallback.lastIndexOf('.'))}` : fallback;
    append(items, documentsFromBytes(sourceName(name, fallback), bytes, ingestOptions), limits);
  }
  if (items.length > limits.maxDocuments) throw tooMany(limits);
  if (items.length === 0) throw new HttpError(400, 'Bad Request', 'The request carries no document: send files, a "text" field, or a body.');
  return items;
}

/** The status of an upload's answer: 201 when something was added, 422 when every document failed, else 200. */
export function uploadStatus(result: IngestResult): 200 | 201 | 422 {
  if (result.added.length > 0) return 201;
  return result.present.length === 0 && result.failed.length > 0 ? 422 : 200;
}

/** Runs one request's documents through the pipeline, one request at a time per app (linking state is shared). */
export interface IngestorOptions {
  /** Threads that extract and analyse an upload (never the request thread, which stores and links in short slices). */
  threads: number;
  /** Uploads waiting or running at once; one more is answered 503 with Retry-After. */
  maxQueued: number;
  /** Seconds a refused client is told to wait. */
  retryAfterSeconds: number;
}

export const defaultIngestorOptions: IngestorOptions = { threads: 1, maxQueued: 4, retryAfterSeconds: 10 };

export class Ingestor {
  private tail: Promise<unknown> = Promise.resolve();
  private analysis: AnalysisOptions | undefined;
  private queued = 0;
  private readonly options: IngestorOptions;

  constructor(
    private readonly store: Store,
    private readonly loadAnalysis: () => AnalysisOptions,
    private readonly onChange: () => void,
    options: Partial<IngestorOptions> = {},
  ) {
    this.options = { ...defaultIngestorOptions, ...options };
  }

  run(items: readonly IngestItem[]): Promise<IngestResult> {
    if (this.queued >= this.options.maxQueued) {
      const { maxQueued, retryAfterSeconds } = this.options;
      return Promise.reject(
        new HttpError(503, 'Service Unavailable', `${maxQueued} uploads are already waiting to be ingested; try again later.`, { maxQueued }, { 'Retry-After': String(retryAfterSeconds) }),
      );
    }
    this.queued++;
    const next = this.tail.then(() => this.runNow(items)).finally(() => this.queued--);
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async runNow(items: readonly IngestItem[]): Promise<IngestResult> {
    this.analysis ??= this.loadAnalysis();
    let summary: RunSummary;
    try {
      summary = await runDocuments(items, this.store, { analysis: this.analysis, threads: this.options.threads, offThread: true });
    } finally {
      this.onChange();
    }
    const byId = new Map((await this.store.listStories()).map((s) => [s.id, s]));
    return {
      added: summary.stored.filter((s) => s.outcome === 'added').map(({ source, articleId }) => ({ source, articleId })),
      present: summary.stored.filter((s) => s.outcome === 'present').map(({ source, articleId }) => ({ source, articleId })),
      failed: summary.failed,
      stories: summary.storyIds.map((id) => ({ id, title: byId.get(id)?.title ?? null, articles: byId.get(id)?.articleIds.length ?? 0 })),
    };
  }
}
