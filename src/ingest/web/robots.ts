// robots.txt: what a host's answer means (RFC 9309) and whether it lets the user agent fetch a URL.
import robotsParserModule from 'robots-parser';

/** The parsed rules of one robots.txt (the part of robots-parser's Robot used here). */
export interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

// robots-parser is CommonJS (`module.exports = function`); its typings describe an ES default export.
const robotsParser = robotsParserModule as unknown as (url: string, contents: string) => Robot;

/** Largest robots.txt read; RFC 9309 asks crawlers to parse at least 500 KiB. */
export const ROBOTS_MAX_BYTES = 512 * 1024;

/** The rules of one origin, as its robots.txt answer left them. */
export type RobotsRules =
  | { kind: 'rules'; robot: Robot }
  | { kind: 'allow-all' }
  | { kind: 'disallow-all'; reason: string }
  /** The robots.txt request failed as the page request would (refused address, no DNS, no connection, timeout): that failure is reported. */
  | { kind: 'failed'; ruleId: string; reason: string };

/** The outcome of fetching `/robots.txt`, reduced to what decides the rules. */
export type RobotsAnswer =
  | { ok: true; body: Uint8Array }
  | { ok: false; status: number | null; ruleId: string; reason: string };

/** Failures of the robots.txt request that the page request would meet too: reported as they are. */
const HOST_FAILURES = new Set(['fetch/private-address', 'fetch/dns', 'fetch/network', 'fetch/timeout', 'fetch/cancelled']);

/**
 * Rules from a robots.txt answer (RFC 9309 section 2.3.1): a 2xx body is parsed; 4xx or too
 * many redirects mean no rules (allow all); a 5xx or an undecodable body means the file is
 * unreachable and everything is disallowed. A refused address, a host that does not resolve or
 * answer, or a timeout is kept as that failure (the page would meet it too), so the page fails
 * with its real cause rather than as disallowed.
 */
export function robotsRules(robotsUrl: string, answer: RobotsAnswer): RobotsRules {
  if (answer.ok) return { kind: 'rules', robot: robotsParser(robotsUrl, Buffer.from(answer.body).toString('utf8')) };
  if (HOST_FAILURES.has(answer.ruleId)) return { kind: 'failed', ruleId: answer.ruleId, reason: `${answer.reason} (fetching ${robotsUrl})` };
  if (answer.ruleId === 'fetch/redirects') return { kind: 'allow-all' };
  if (answer.status !== null && answer.status >= 400 && answer.status < 500) return { kind: 'allow-all' };
  return { kind: 'disallow-all', reason: `${robotsUrl} is unreachable (${answer.reason}), so everything is disallowed` };
}

export type RobotsVerdict = { allowed: true } | { allowed: false; ruleId: string; reason: string };

/** Whether the rules let `agent` fetch `url`. */
export function robotsVerdict(rules: RobotsRules, url: URL, agent: string): RobotsVerdict {
  switch (rules.kind) {
    case 'allow-all':
      return { allowed: true };
    case 'failed':
      return { allowed: false, ruleId: rules.ruleId, reason: rules.reason };
    case 'disallow-all':
      return { allowed: false, ruleId: 'fetch/robots', reason: `${rules.reason} (give --ignore-robots for your own sites)` };
    case 'rules': {
      if (rules.robot.isAllowed(url.href, agent) === false) {
        return { allowed: false, ruleId: 'fetch/robots', reason: `robots.txt of ${url.origin} disallows ${url.pathname} for ${agent} (give --ignore-robots for your own sites)` };
      }
      return { allowed: true };
    }
  }
}

/** The Crawl-delay the rules ask of `agent`, in ms, or 0. */
export function crawlDelayMs(rules: RobotsRules, agent: string): number {
  if (rules.kind !== 'rules') return 0;
  const seconds = rules.robot.getCrawlDelay(agent);
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}
