// The guarded HTTP client: address policy at connect time, robots.txt, per-host limits, timeouts, size caps, redirects by hand.
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createUnzip } from 'node:zlib';
import { Agent, buildConnector } from 'undici';
import { allowAnyAddress, strictAddressPolicy, type AddressPolicy } from './address.js';
import { resolveWebOptions, type Lookup, type WebOptions } from './options.js';
import { crawlDelayMs, ROBOTS_MAX_BYTES, robotsRules, robotsVerdict, type RobotsAnswer, type RobotsRules } from './robots.js';
import { HostScheduler } from './schedule.js';

/** A response fetched whole: a 2xx status after any redirects. */
export interface Fetched {
  ok: true;
  /** The URL asked for. */
  url: string;
  /** The URL the body came from, after redirects. */
  finalUrl: string;
  status: number;
  /** The Content-Type header, or null. */
  contentType: string | null;
  /** The body after content decoding (gzip, deflate, br), at most `maxBytes`. */
  body: Buffer;
  /** When the response was received (ISO 8601). */
  fetchedAt: string;
}

/** A fetch that gave no usable response, with the rule id and reason (`fetch/status`, `fetch/timeout`, ...). */
export interface FetchFailure {
  ok: false;
  url: string;
  /** The URL of the hop that failed. */
  finalUrl: string;
  status: number | null;
  ruleId: string;
  reason: string;
}

export type FetchResult = Fetched | FetchFailure;

/** The error a connection refused by the address policy fails with. */
export class AddressRefusedError extends Error {
  readonly code = 'ERR_ADDRESS_REFUSED';
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,application/rss+xml;q=0.7,application/atom+xml;q=0.7,application/feed+json;q=0.7,*/*;q=0.1';
export const FEED_ACCEPT = 'application/rss+xml,application/atom+xml,application/feed+json,application/rdf+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,application/json;q=0.7,*/*;q=0.1';

const systemLookup: Lookup = async (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * An undici connector that resolves the host itself, asks the policy about every address and
 * connects the socket to an allowed address it checked, so nothing can change between the check
 * and the connect (no DNS rebinding window). IP literals are checked without a lookup.
 */
export function guardedConnector(policy: AddressPolicy, lookup: Lookup, connectTimeoutMs: number): buildConnector.connector {
  const base = buildConnector({ timeout: connectTimeoutMs });
  return (opts, callback) => {
    const hostname = opts.hostname;
    const literal = isIP(hostname);
    const resolved = literal ? Promise.resolve([{ address: hostname, family: literal }]) : lookup(hostname);
    resolved.then(
      (addresses) => {
        const allowed: string[] = [];
        let refusal: string | null = null;
        for (const a of addresses) {
          const reason = policy({ hostname, address: a.address, family: a.family === 6 ? 6 : 4 });
          if (reason === null) allowed.push(a.address);
          else refusal ??= reason;
        }
        if (allowed.length === 0) {
          callback(new AddressRefusedError(refusal ?? `${hostname} has no address`), null);
          return;
        }
        const servername = opts.servername ?? (literal ? undefined : hostname);
        const attempt = (i: number): void => {
          base({ ...opts, hostname: allowed[i], servername }, (err, socket) => {
            if (err) {
              const code = (err as NodeJS.ErrnoException).code;
              if (i + 1 < allowed.length && (code === 'ECONNREFUSED' || code === 'ENETUNREACH' || code === 'EHOSTUNREACH' || code === 'UND_ERR_CONNECT_TIMEOUT')) attempt(i + 1);
              else callback(err, null);
            } else {
              callback(null, socket as NonNullable<typeof socket>);
            }
          });
        };
        attempt(0);
      },
      (err: Error) => callback(err, null),
    );
  };
}

type Hop =
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'body'; status: number; contentType: string | null; body: Buffer }
  | { kind: 'error'; status: number | null; ruleId: string; reason: string };

function header(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const v = headers[name];
  return v === undefined ? null : Array.isArray(v) ? v[0] : v;
}

/** Reads a body through its content decoding, stopping once `maxBytes` is exceeded: null then, or the first `maxBytes` bytes when `truncate`. */
async function readCapped(body: Readable, encoding: string | null, maxBytes: number, truncate: boolean): Promise<Buffer | null> {
  let stream: Readable = body;
  if (encoding) {
    const z = encoding === 'br' ? createBrotliDecompress() : createUnzip();
    body.on('error', (e) => z.destroy(e));
    body.pipe(z);
    stream = z;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const c = chunk as Buffer;
      if (total + c.length > maxBytes) {
        if (truncate) chunks.push(c.subarray(0, maxBytes - total));
        total = maxBytes;
        return truncate ? Buffer.concat(chunks, total) : null;
      }
      chunks.push(c);
      total += c.length;
    }
  } finally {
    if (stream !== body) stream.destroy();
    body.destroy();
  }
  return Buffer.concat(chunks, total);
}

function errorCode(e: unknown): { refused: string | null; code: string | null; message: string } {
  let refused: string | null = null;
  let code: string | null = null;
  let message = e instanceof Error ? e.message : String(e);
  for (let c: unknown = e, depth = 0; c && depth < 5; c = (c as { cause?: unknown }).cause, depth++) {
    if (c instanceof AddressRefusedError) refused = c.message;
    const k = (c as { code?: unknown }).code;
    if (typeof k === 'string' && code === null) {
      code = k;
      message = (c as Error).message ?? message;
    }
  }
  return { refused, code, message };
}

/** The rule id and reason of a request that threw. */
function failureOf(e: unknown, timedOut: boolean, timeoutMs: number): { ruleId: string; reason: string } {
  if (timedOut) return { ruleId: 'fetch/timeout', reason: `no complete response within ${timeoutMs} ms (--timeout-ms)` };
  const { refused, code, message } = errorCode(e);
  if (refused) return { ruleId: 'fetch/private-address', reason: `refused: ${refused}` };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return { ruleId: 'fetch/dns', reason: `cannot resolve the host name (${code})` };
  if (code !== null && /^(Z_|ERR_BROTLI|ERR__ERROR_)/.test(code)) {
    return { ruleId: 'fetch/encoding', reason: `cannot decode the compressed body: ${message}` };
  }
  return { ruleId: 'fetch/network', reason: code ? `${code}: ${message}` : message };
}

/**
 * Fetches URLs politely and safely. One client is one run: its host scheduler, robots.txt cache
 * and connection pool are shared by every fetch made through it. Never throws from `fetch`.
 */
export class WebClient {
  readonly options: WebOptions;
  private readonly agent: Agent;
  private readonly scheduler: HostScheduler;
  private readonly policy: AddressPolicy;
  private readonly robots = new Map<string, Promise<RobotsRules>>();
  private closed = false;

  constructor(options: Partial<WebOptions> = {}) {
    this.options = resolveWebOptions(options);
    const o = this.options;
    this.policy = o.addressPolicy ?? (o.allowPrivate ? allowAnyAddress : strictAddressPolicy);
    this.agent = new Agent({ connect: guardedConnector(this.policy, o.lookup ?? systemLookup, o.timeoutMs) });
    const perHost = Number.isFinite(o.perHost) ? Math.max(1, Math.floor(o.perHost)) : 1;
    this.scheduler = new HostScheduler(perHost, Number.isFinite(o.rateMs) ? Math.max(0, o.rateMs) : 1000);
  }

  /** Fetches a URL, following redirects by hand and checking robots.txt and the address on every hop. */
  fetch(url: string, accept: string = PAGE_ACCEPT): Promise<FetchResult> {
    return this.fetchWith(url, accept, this.options.maxBytes, !this.options.ignoreRobots, false);
  }

  /** Ends the run: open connections are closed and later fetches fail. */
  async close(): Promise<void> {
    this.closed = true;
    await this.agent.destroy().catch(() => undefined);
  }

  private async fetchWith(input: string, accept: string, maxBytes: number, robots: boolean, truncate: boolean): Promise<FetchResult> {
    const fail = (finalUrl: string, status: number | null, ruleId: string, reason: string): FetchFailure => ({ ok: false, url: input, finalUrl, status, ruleId, reason });
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return fail(input, null, 'fetch/url', `"${input}" is not a valid URL`);
    }
    for (let hops = 0; ; hops++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail(url.href, null, 'fetch/url', `${url.protocol} URLs are not fetched, only http and https`);
      if (this.closed) return fail(url.href, null, 'fetch/cancelled', 'the run was closed before the request');
      const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
      const family = isIP(host);
      if (family) {
        const refusal = this.policy({ hostname: host, address: host, family: family === 6 ? 6 : 4 });
        if (refusal) return fail(url.href, null, 'fetch/private-address', `refused: ${refusal}`);
      }
      if (robots) {
        const verdict = robotsVerdict(await this.rulesFor(url), url, this.options.robotsAgent);
        if (!verdict.allowed) return fail(url.href, null, verdict.ruleId, verdict.reason);
      }
      const hop = await this.hop(url, accept, maxBytes, truncate);
      if (hop.kind === 'error') return fail(url.href, hop.status, hop.ruleId, hop.reason);
      if (hop.kind === 'body') {
        return { ok: true, url: input, finalUrl: url.href, status: hop.status, contentType: hop.contentType, body: hop.body, fetchedAt: new Date().toISOString() };
      }
      if (hops >= this.options.maxRedirects) {
        return fail(url.href, hop.status, 'fetch/redirects', `more than ${this.options.maxRedirects} redirects (the next one to ${hop.location})`);
      }
      try {
        url = new URL(hop.location, url);
      } catch {
        return fail(url.href, hop.status, 'fetch/redirect', `redirect to an invalid URL "${hop.location}"`);
      }
    }
  }

  /** The robots.txt rules of the URL's origin, fetched once per run (concurrent callers share the fetch). */
  private rulesFor(url: URL): Promise<RobotsRules> {
    let rules = this.robots.get(url.origin);
    if (!rules) {
      const robotsUrl = new URL('/robots.txt', url.origin).href;
      rules = this.fetchWith(robotsUrl, 'text/plain', ROBOTS_MAX_BYTES, false, true).then((r) => {
        const answer: RobotsAnswer = r.ok ? { ok: true, body: r.body } : { ok: false, status: r.status, ruleId: r.ruleId, reason: r.reason };
        const found = robotsRules(robotsUrl, answer);
        const delay = Math.min(crawlDelayMs(found, this.options.robotsAgent), this.options.maxCrawlDelayMs);
        if (delay > 0) this.scheduler.slowDown(url.hostname, delay);
        return found;
      }, (e: Error): RobotsRules => ({ kind: 'disallow-all', reason: `${robotsUrl} could not be read (${e.message}), so everything is disallowed` }));
      this.robots.set(url.origin, rules);
    }
    return rules;
  }

  /** One request: waits for a slot on the host, then gets the response within the timeout. */
  private async hop(url: URL, accept: string, maxBytes: number, truncate: boolean): Promise<Hop> {
    const release = await this.scheduler.acquire(url.hostname);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error('timeout'));
    }, this.options.timeoutMs);
    try {
      const res = await this.agent.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers: { 'user-agent': this.options.userAgent, accept, 'accept-encoding': 'gzip, deflate, br' },
        signal: controller.signal,
      });
      const status = res.statusCode;
      const headers = res.headers as Record<string, string | string[] | undefined>;
      const location = header(headers, 'location');
      if (REDIRECTS.has(status) && location) {
        await res.body.dump({ limit: 65536 }).catch(() => undefined);
        return { kind: 'redirect', status, location };
      }
      if (status < 200 || status > 299) {
        await res.body.dump({ limit: 65536 }).catch(() => undefined);
        return { kind: 'error', status, ruleId: 'fetch/status', reason: `HTTP ${status}${res.statusText ? ` ${res.statusText}` : ''}` };
      }
      const tooLarge = `the response is over the limit of ${maxBytes} bytes (--max-bytes)`;
      const declared = Number(header(headers, 'content-length'));
      if (!truncate && Number.isFinite(declared) && declared > maxBytes) {
        res.body.destroy();
        return { kind: 'error', status, ruleId: 'fetch/too-large', reason: `${tooLarge}: Content-Length ${declared}` };
      }
      const encoding = (header(headers, 'content-encoding') ?? '').trim().toLowerCase();
      if (encoding !== '' && encoding !== 'identity' && encoding !== 'gzip' && encoding !== 'x-gzip' && encoding !== 'deflate' && encoding !== 'br') {
        res.body.destroy();
        return { kind: 'error', status, ruleId: 'fetch/encoding', reason: `unsupported Content-Encoding "${encoding}"` };
      }
      const body = await readCapped(res.body, encoding === '' || encoding === 'identity' ? null : encoding, maxBytes, truncate);
      if (body === null) return { kind: 'error', status, ruleId: 'fetch/too-large', reason: tooLarge };
      return { kind: 'body', status, contentType: header(headers, 'content-type'), body };
    } catch (e) {
      const f = failureOf(e, timedOut, this.options.timeoutMs);
      return { kind: 'error', status: null, ...f };
    } finally {
      clearTimeout(timer);
      release();
    }
  }
}

/** A client for one run; close it when the run ends. */
export function createWebClient(options: Partial<WebOptions> = {}): WebClient {
  return new WebClient(options);
}
