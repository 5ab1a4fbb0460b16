// Where watch events go: readable terminal lines, a JSON-lines file, and a webhook POST with retries and backoff.
import { createHash } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { formatDate } from '../report/index.js';
import type { ChangeEvent, EventSentence } from './events.js';

/** Longest evidence sentence printed in the terminal, in characters. */
const SENTENCE_CHARS = 240;

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > SENTENCE_CHARS ? `${one.slice(0, SENTENCE_CHARS - 1)}…` : one;
}

function evidenceLine(s: EventSentence, label: string): string {
  const where = [s.outlet ?? 'unknown outlet', s.asOf ? formatDate(s.asOf) : null, `article ${s.articleId}`].filter(Boolean).join(', ');
  return `    ${label}“${clip(s.text)}” (${where})`;
}

/** An event as terminal lines: one readable line, then its evidence sentence (and the earlier one it changes) indented. */
export function formatEventLines(e: ChangeEvent): string[] {
  const lines = [`[${e.kind}] ${e.message}`];
  const fresh = e.sentences.find((s) => s.role === 'new');
  const earlier = e.sentences.find((s) => s.role === 'earlier');
  if (fresh) lines.push(evidenceLine(fresh, ''));
  if (earlier) lines.push(evidenceLine(earlier, 'earlier: '));
  return lines;
}

/** Appends events to a file as JSON lines (one object per line, the ChangeEvent shape). */
export async function appendEvents(path: string, events: readonly ChangeEvent[]): Promise<void> {
  if (events.length === 0) return;
  await appendFile(path, events.map((e) => `${JSON.stringify(e)}\n`).join(''), 'utf8');
}

export interface WebhookOptions {
  /** Tries per event (the first and the retries). */
  attempts: number;
  /** Time one try may take before it is abandoned, in milliseconds. */
  timeoutMs: number;
  /** Wait before the first retry, doubled before each later one, in milliseconds. */
  backoffMs: number;
}

export const defaultWebhookOptions: WebhookOptions = { attempts: 3, timeoutMs: 10_000, backoffMs: 1_000 };

export interface Delivery {
  key: string;
  ok: boolean;
  attempts: number;
  /** HTTP status of the last try, when one answered. */
  status: number | null;
  /** Why the last try failed. */
  error: string | null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Server errors, rate limiting and timeouts are worth a retry; other client errors are not. */
function retryable(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

/**
 * POSTs one event as JSON. Each try has a timeout; failures are retried with exponential
 * backoff and reported in the result, never thrown. The `Idempotency-Key` header (a hash of
 * the event key) is the same on every try, so a receiver can drop a repeat.
 */
export async function postEvent(url: string, event: ChangeEvent, options: WebhookOptions = defaultWebhookOptions): Promise<Delivery> {
  const body = JSON.stringify(event);
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'user-agent': 'triangulate-watch',
    'x-triangulate-event': event.kind,
    'idempotency-key': createHash('sha256').update(event.key).digest('hex').slice(0, 32),
  };
  let status: number | null = null;
  let error: string | null = null;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    if (attempt > 1) await sleep(options.backoffMs * 2 ** (attempt - 2));
    try {
      const res = await fetch(url, { method: 'POST', headers, body, redirect: 'error', signal: AbortSignal.timeout(options.timeoutMs) });
      status = res.status;
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) return { key: event.key, ok: true, attempts: attempt, status, error: null };
      error = `HTTP ${res.status}`;
      if (!retryable(res.status)) return { key: event.key, ok: false, attempts: attempt, status, error };
    } catch (e) {
      status = null;
      const err = e as Error & { cause?: { code?: string; message?: string } };
      error = err.name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : err.cause?.code ?? err.cause?.message ?? err.message;
    }
  }
  return { key: event.key, ok: false, attempts: options.attempts, status, error };
}

/** POSTs events one after another, in order; returns each delivery. */
export async function postEvents(url: string, events: readonly ChangeEvent[], options: WebhookOptions = defaultWebhookOptions): Promise<Delivery[]> {
  const out: Delivery[] = [];
  for (const e of events) out.push(await postEvent(url, e, options));
  return out;
}
