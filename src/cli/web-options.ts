// The URL and feed fetching flags of the commands that read inputs (`add`, `analyze`), and the options they make.
import { InvalidArgumentError, type Command } from 'commander';
import { defaultWebOptions, type WebOptions } from '../ingest/web/index.js';

/** The flags as commander parses them. */
export interface WebFlags {
  feed?: boolean;
  allowPrivate?: boolean;
  ignoreRobots?: boolean;
  perHost?: number;
  rateMs?: number;
  timeoutMs?: number;
  maxBytes?: number;
}

/** The inputs a command that fetches accepts, for its argument's help. */
export const INPUTS_HELP = 'files, folders (searched recursively), - for standard input, http(s) URLs, URL lists (.urls, or .txt of URLs) or feed files (.rss, .atom, .xml, JSON Feed .json)';

const WEB_HELP = `
Web inputs:
  An http(s) URL is fetched. A page becomes a document; a feed (RSS, Atom or JSON Feed, told by
  its content type or root element, or any URL given with --feed) has each item's link fetched,
  and the item's title, date and author are used where the page lacks them. Feed items with no
  link but full content become documents from that content.
  A URL list is a file of URLs, one a line; blank lines and lines starting with # are skipped.
  Any .urls file is one, and so is a .txt file whose lines are all URLs, blank or comments.
  Feed files: .rss, .atom, .xml, and .json when it is a JSON Feed.
  Fetches obey robots.txt (user agent Triangulate), keep to --per-host requests at a time and
  --rate-ms between requests to a host, and refuse private, loopback, link-local, unique-local,
  CGNAT, multicast and cloud metadata addresses (checked on every redirect) unless --allow-private.
  A page that fails (refused, disallowed, timed out, too large, not HTML or text, HTTP error) is
  reported with its rule and the rest go on.`;

export function whole(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number of at least ${min}`);
    return n;
  };
}

/** Adds the fetching flags and their help to a command. */
export function addWebOptions(command: Command): Command {
  const d = defaultWebOptions;
  return command
    .option('--feed', 'read every URL input as a feed and fetch its items (feeds are also told by content type or root element)')
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses (your own servers)')
    .option('--ignore-robots', 'do not fetch or obey robots.txt (only for your own sites)')
    .option('--per-host <n>', `requests at a time to one host (default ${d.perHost})`, whole(1))
    .option('--rate-ms <n>', `minimum milliseconds between requests to one host (default ${d.rateMs})`, whole(0))
    .option('--timeout-ms <n>', `total time allowed for one request, in milliseconds (default ${d.timeoutMs})`, whole(1))
    .option('--max-bytes <n>', `largest response body accepted, in bytes (default ${d.maxBytes})`, whole(1))
    .addHelpText('after', WEB_HELP);
}

/** The fetch options the flags ask for; flags not given keep the defaults. */
export function webOptionsOf(flags: WebFlags): Partial<WebOptions> {
  return {
    feed: flags.feed,
    allowPrivate: flags.allowPrivate,
    ignoreRobots: flags.ignoreRobots,
    perHost: flags.perHost,
    rateMs: flags.rateMs,
    timeoutMs: flags.timeoutMs,
    maxBytes: flags.maxBytes,
  };
}
