// Unit tests of robots.txt answers (RFC 9309): parsed rules, 4xx allow all, 5xx disallow all, host failures kept, Crawl-delay.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crawlDelayMs, robotsRules, robotsVerdict } from './robots.js';

const ROBOTS = 'https://news.example/robots.txt';
const url = (path: string) => new URL(path, 'https://news.example');

test('a robots.txt body is parsed for the Triangulate user agent, with its Crawl-delay', () => {
  const rules = robotsRules(ROBOTS, { ok: true, body: Buffer.from('User-agent: *\nDisallow: /drafts/\n\nUser-agent: Triangulate\nDisallow: /paywall/\nCrawl-delay: 3\n') });
  assert.deepEqual(robotsVerdict(rules, url('/news/a.html'), 'Triangulate'), { allowed: true });
  const denied = robotsVerdict(rules, url('/paywall/b.html'), 'Triangulate');
  assert.equal(denied.allowed, false);
  assert.equal(!denied.allowed && denied.ruleId, 'fetch/robots');
  assert.equal(crawlDelayMs(rules, 'Triangulate'), 3000);
});

test('4xx and too many redirects allow all; 5xx disallows all; host failures stay what they are', () => {
  assert.deepEqual(robotsVerdict(robotsRules(ROBOTS, { ok: false, status: 404, ruleId: 'fetch/status', reason: 'HTTP 404' }), url('/a'), 'Triangulate'), { allowed: true });
  assert.deepEqual(robotsVerdict(robotsRules(ROBOTS, { ok: false, status: 302, ruleId: 'fetch/redirects', reason: 'more than 5 redirects' }), url('/a'), 'Triangulate'), { allowed: true });
  const down = robotsVerdict(robotsRules(ROBOTS, { ok: false, status: 503, ruleId: 'fetch/status', reason: 'HTTP 503' }), url('/a'), 'Triangulate');
  assert.equal(!down.allowed && down.ruleId, 'fetch/robots');
  assert.match(!down.allowed ? down.reason : '', /unreachable \(HTTP 503\)/);
  const timeout = robotsVerdict(robotsRules(ROBOTS, { ok: false, status: null, ruleId: 'fetch/timeout', reason: 'no complete response within 20000 ms' }), url('/a'), 'Triangulate');
  assert.equal(!timeout.allowed && timeout.ruleId, 'fetch/timeout');
});
