// The options of URL and feed fetching, with their defaults.
import type { AddressPolicy } from './address.js';

/** One resolved address of a host name. */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to its addresses (the default is the system resolver, `dns.lookup` with `all: true`). */
export type Lookup = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface WebOptions {
  /** Allow private, loopback, link-local, unique-local, CGNAT, multicast and metadata addresses (`--allow-private`). */
  allowPrivate: boolean;
  /** Do not fetch or obey robots.txt (`--ignore-robots`, for the user's own sites). */
  ignoreRobots: boolean;
  /** Requests at a time to one host (`--per-host`). */
  perHost: number;
  /** Minimum interval between the starts of two requests to one host, in ms (`--rate-ms`). */
  rateMs: number;
  /** Total time allowed for one request (connect, headers and body), in ms (`--timeout-ms`); each redirect hop gets its own. */
  timeoutMs: number;
  /** Largest response body accepted, in bytes after content decoding (`--max-bytes`); the read stops once it is exceeded. */
  maxBytes: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
  /** Read every URL source as a feed (`--feed`); without it a feed is recognised by its content type or root element. */
  feed: boolean;
  /** The User-Agent header sent. */
  userAgent: string;
  /** The user agent robots.txt rules are matched against. */
  robotsAgent: string;
  /** Longest robots.txt Crawl-delay honoured, in ms (a longer one is cut to this). */
  maxCrawlDelayMs: number;
  /** Decides which resolved addresses may be connected to; default strict (public unicast only), or any with `allowPrivate`. */
  addressPolicy?: AddressPolicy;
  /** Host name resolution; default the system resolver. Tests inject one. */
  lookup?: Lookup;
}

export const defaultWebOptions: Readonly<WebOptions> = Object.freeze({
  allowPrivate: false,
  ignoreRobots: false,
  perHost: 2,
  rateMs: 1000,
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  feed: false,
  userAgent: 'Triangulate/0.1 (news analysis; obeys robots.txt)',
  robotsAgent: 'Triangulate',
  maxCrawlDelayMs: 30_000,
});

/** The defaults with the given options over them; options given as `undefined` keep their default. */
export function resolveWebOptions(partial?: Partial<WebOptions>): WebOptions {
  const given = Object.fromEntries(Object.entries(partial ?? {}).filter(([, v]) => v !== undefined));
  return { ...defaultWebOptions, ...given };
}
