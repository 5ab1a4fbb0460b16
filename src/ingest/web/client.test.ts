// Fetching pages from a loopback fixture server: captures, redirects, robots.txt, timeouts, size caps, charsets and the address guard.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CP1252_SENTENCE, startWebFixture, STORY, type WebFixture } from '../../../test/web-server.js';
import { contentId, type IngestItem } from '../documents.js';
import { strictAddressPolicy, type AddressPolicy } from './address.js';
import { readWebSources, WebClient, type WebSourceOptions } from './index.js';
import type { Lookup } from './options.js';

let fx: WebFixture;
before(async () => {
  fx = await startWebFixture();
});
after(() => fx.close());

/** The loopback server is private: fetches expected to succeed allow it. */
const LOCAL: WebSourceOptions = { allowPrivate: true, rateMs: 0 };

async function read(sources: string[], options: WebSourceOptions = LOCAL): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readWebSources(sources, options)) out.push(item);
  return out;
}

function failure(item: IngestItem): { ruleId: string; reason: string } {
  assert.equal(item.ok, false, 'expected a failed item');
  if (item.ok) throw new Error('unreachable');
  return item.messages[0];
}

test('a page becomes a document with its capture; the id is content-derived and hints.url is the final URL', async () => {
  const [item] = await read([`${fx.base}/article/quake.html`]);
  assert.ok(item.ok);
  const d = item.document;
  assert.equal(d.mediaType, 'html');
  assert.equal(d.source, `${fx.base}/article/quake.html`);
  assert.equal(d.id, contentId(d.content));
  assert.equal(d.hints.url, `${fx.base}/article/quake.html`);
  assert.ok(d.content.includes(STORY[0]));
  const c = d.capture;
  assert.ok(c);
  assert.equal(c.kind, 'http');
  assert.equal(c.status, 200);
  assert.equal(c.contentType, 'text/html; charset=utf-8');
  assert.equal(c.feed, undefined);
  assert.ok(!Number.isNaN(Date.parse(c.fetchedAt)));
  assert.equal(Buffer.from(c.raw ?? '', 'base64').toString('utf8'), d.content);
});

test('redirects are followed by hand up to the limit; past it the fetch fails with fetch/redirects', async () => {
  const [ok, tooMany] = await read([`${fx.base}/redirect/3`, `${fx.base}/redirect/7`], { ...LOCAL, maxRedirects: 5 });
  assert.ok(ok.ok);
  assert.equal(ok.document.capture?.url, `${fx.base}/redirect/3`);
  assert.equal(ok.document.capture?.finalUrl, `${fx.base}/article/quake.html`);
  assert.equal(ok.document.hints.url, `${fx.base}/article/quake.html`);
  const f = failure(tooMany);
  assert.equal(f.ruleId, 'fetch/redirects');
  assert.match(f.reason, /more than 5 redirects/);
});

test('robots.txt is obeyed (fetched once per host) unless ignored', async () => {
  const client = new WebClient({ ...LOCAL });
  try {
    const before = fx.requests.filter((r) => r.endsWith('/robots.txt')).length;
    const items = await read([`${fx.base}/private/secret.html`, `${fx.base}/article/quake.html`, `${fx.base}/article/aftershock.html`], { client });
    const f = failure(items[0]);
    assert.equal(f.ruleId, 'fetch/robots');
    assert.match(f.reason, /disallows \/private\/secret\.html for Triangulate/);
    assert.ok(items[1].ok && items[2].ok);
    assert.equal(fx.requests.filter((r) => r.endsWith('/robots.txt')).length - before, 1);
    assert.ok(!fx.requests.some((r) => r.endsWith('/private/secret.html')));
  } finally {
    await client.close();
  }
  const [ignored] = await read([`${fx.base}/private/secret.html`], { ...LOCAL, ignoreRobots: true });
  assert.ok(ignored.ok);
});

test('a response slower than the timeout fails with fetch/timeout and the batch goes on', async () => {
  // The slow route never answers, so only the timeout can end it; the page after it is a normal fetch.
  const [slow] = await read([`${fx.base}/slow`], { ...LOCAL, timeoutMs: 300 });
  assert.equal(failure(slow).ruleId, 'fetch/timeout');
  assert.match(failure(slow).reason, /300 ms/);
  const [page] = await read([`${fx.base}/article/quake.html`]);
  assert.ok(page.ok);
});

test('a body over the size cap fails with fetch/too-large naming the cap, streamed or declared', async () => {
  const [streamed, declared] = await read([`${fx.base}/big`, `${fx.base}/big-declared`], { ...LOCAL, maxBytes: 64 * 1024 });
  for (const item of [streamed, declared]) {
    const f = failure(item);
    assert.equal(f.ruleId, 'fetch/too-large');
    assert.match(f.reason, /over the limit of 65536 bytes/);
  }
});

test('non-HTML content types and error statuses fail with their rule; the rest of the batch goes on', async () => {
  const items = await read([`${fx.base}/image.png`, `${fx.base}/missing`, `${fx.base}/gzip.html`]);
  assert.equal(failure(items[0]).ruleId, 'fetch/content-type');
  assert.match(failure(items[0]).reason, /image\/png/);
  assert.equal(failure(items[1]).ruleId, 'fetch/status');
  assert.match(failure(items[1]).reason, /HTTP 404/);
  assert.ok(items[2].ok, 'a gzip-encoded page is decoded');
  assert.ok(items[2].document.content.includes(STORY[1]));
});

test('a Windows-1252 page declared in the Content-Type header is decoded with that charset', async () => {
  const [item] = await read([`${fx.base}/cp1252.html`]);
  assert.ok(item.ok);
  assert.equal(item.document.charset.name, 'windows-1252');
  // The page has no <meta charset>: a declared basis can only come from the header.
  assert.equal(item.document.charset.basis, 'meta');
  assert.ok(item.document.content.includes(CP1252_SENTENCE));
});

// The address guard: these run without allowPrivate.

test('a URL on 127.0.0.1 is refused with fetch/private-address, without connecting', async () => {
  const before = fx.connections();
  const [item] = await read([`${fx.base}/article/quake.html`], { rateMs: 0 });
  const f = failure(item);
  assert.equal(f.ruleId, 'fetch/private-address');
  assert.match(f.reason, /127\.0\.0\.1 is a loopback address/);
  assert.equal(fx.connections(), before);
});

test('a host name that resolves to loopback (localhost) is refused after resolution', async () => {
  const before = fx.connections();
  const [item] = await read([`http://localhost:${fx.port}/article/quake.html`], { rateMs: 0 });
  const f = failure(item);
  assert.equal(f.ruleId, 'fetch/private-address');
  assert.match(f.reason, /localhost resolves to (127\.0\.0\.1|::1), which is a loopback address/);
  assert.equal(fx.connections(), before);
});

test('the metadata address and IPv4-mapped loopback are refused without connecting or resolving', async () => {
  let lookups = 0;
  const lookup: Lookup = async () => {
    lookups++;
    return [];
  };
  const before = fx.connections();
  const [metadata, mapped] = await read(['http://169.254.169.254/latest/meta-data/', `http://[::ffff:127.0.0.1]:${fx.port}/article/quake.html`], { rateMs: 0, lookup });
  assert.equal(failure(metadata).ruleId, 'fetch/private-address');
  assert.match(failure(metadata).reason, /cloud metadata address/);
  assert.equal(failure(mapped).ruleId, 'fetch/private-address');
  assert.match(failure(mapped).reason, /loopback address/);
  assert.equal(lookups, 0);
  assert.equal(fx.connections(), before);
});

/** `public.test` and `evil.test` point at the loopback server; the policy treats only `public.test` as public. */
const lookup: Lookup = async (hostname) => {
  if (hostname === 'public.test' || hostname === 'evil.test') return [{ address: '127.0.0.1', family: 4 }];
  if (hostname === 'localhost') return [{ address: '127.0.0.1', family: 4 }];
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
};
const publicTest: AddressPolicy = (t) => (t.hostname === 'public.test' ? null : strictAddressPolicy(t));

test('a host that does not resolve fails with fetch/dns, not as disallowed by robots.txt', async () => {
  const [item] = await read([`http://nowhere.test:${fx.port}/article/quake.html`], { rateMs: 0, lookup, addressPolicy: publicTest });
  const f = failure(item);
  assert.equal(f.ruleId, 'fetch/dns');
  assert.match(f.reason, /ENOTFOUND.*robots\.txt/);
});

test('the policy is checked on the resolved address at connect time', async () => {
  const [good, evil] = await read([`http://public.test:${fx.port}/article/quake.html`, `http://evil.test:${fx.port}/article/quake.html`], { rateMs: 0, lookup, addressPolicy: publicTest, ignoreRobots: true });
  assert.ok(good.ok, 'the allowed host is fetched');
  assert.equal(good.document.capture?.finalUrl, `http://public.test:${fx.port}/article/quake.html`);
  const f = failure(evil);
  assert.equal(f.ruleId, 'fetch/private-address');
  assert.match(f.reason, /evil\.test resolves to 127\.0\.0\.1, which is a loopback address/);
});

test('a redirect from an allowed host to a private address is refused on the hop', async () => {
  const before = fx.requests.length;
  const [literal, named] = await read([`http://public.test:${fx.port}/to-loopback`, `http://public.test:${fx.port}/to-localhost`], { rateMs: 0, lookup, addressPolicy: publicTest });
  for (const item of [literal, named]) {
    const f = failure(item);
    assert.equal(f.ruleId, 'fetch/private-address');
    assert.match(f.reason, /loopback address/);
  }
  const hops = fx.requests.slice(before);
  assert.ok(hops.some((r) => r.endsWith('/to-loopback')) && hops.some((r) => r.endsWith('/to-localhost')), 'the allowed host was asked');
  assert.ok(!hops.some((r) => r.endsWith('/article/quake.html')), 'the private target never was');
});
