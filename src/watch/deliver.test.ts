// Webhook delivery on loopback: retries with backoff on server errors, no retry on client errors, timeouts and refused connections reported.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import type { ChangeEvent } from './events.js';
import { formatEventLines, postEvent } from './deliver.js';

const EVENT: ChangeEvent = {
  key: 'updated|s1|q|persons|send|actual|personnel|a4:10',
  kind: 'updated',
  detectedAt: '2026-11-23T10:00:00.000Z',
  story: { id: 's1', title: 'Troops' },
  claimGroup: { id: 'g1', key: 'q|persons|send|actual|personnel', statement: 'Soldiers: deploy, 3,000', verdict: 'updated', verdictRule: 'verdict/same-origin-new-value', explanation: 'x' },
  verdict: { from: 'single-origin', to: 'updated' },
  value: { from: '1,500', to: '3,000' },
  sentences: [
    { articleId: 'a4', text: 'The NIS said 3,000 had been sent.', span: [10, 43], outlet: 't-online', origin: 'NIS', asOf: '2024-10-23', role: 'new' },
    { articleId: 'a2', text: 'The NIS said 1,500 had been sent.', span: [0, 33], outlet: 'Yonhap', origin: 'NIS', asOf: '2024-10-18', role: 'earlier' },
  ],
  articles: [{ id: 'a4', outlet: 't-online', title: 'T', published: '2024-10-23', url: null }],
  origins: ['NIS'],
  message: 'Updated in “Troops”: NIS now gives 3,000, earlier 1,500.',
};

async function serve(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => handler(req, res, body));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

// Answers come well within the try timeout even on a loaded machine; only the hook that never
// answers runs into a timeout, so no assertion depends on how fast the machine is.
const fast = { attempts: 3, timeoutMs: 30_000, backoffMs: 20 };

test('a 500 is retried and the event arrives whole, with the same idempotency key on every try', async () => {
  const seen: { status: number; key: string | undefined; body: string; type: string | undefined }[] = [];
  const hook = await serve((req, res, body) => {
    const status = seen.length === 0 ? 500 : 200;
    seen.push({ status, key: req.headers['idempotency-key'] as string | undefined, body, type: req.headers['content-type'] });
    res.writeHead(status).end();
  });
  try {
    const d = await postEvent(hook.url, EVENT, fast);
    assert.deepEqual([d.ok, d.attempts, d.status, d.error], [true, 2, 200, null]);
    assert.equal(seen.length, 2);
    assert.equal(seen[0].key, seen[1].key);
    assert.match(seen[1].type ?? '', /^application\/json/);
    assert.deepEqual(JSON.parse(seen[1].body), EVENT);
  } finally {
    await hook.close();
  }
});

test('a 400 is not retried; three 503s, a timeout and a refused connection are reported, never thrown', async () => {
  let calls = 0;
  const hook = await serve((req, res) => {
    calls++;
    if (req.url === '/hook') res.writeHead(400).end();
    else if (req.url === '/slow') return; // never answers
    else res.writeHead(503).end();
  });
  try {
    const bad = await postEvent(hook.url, EVENT, fast);
    assert.deepEqual([bad.ok, bad.attempts, bad.status, bad.error, calls], [false, 1, 400, 'HTTP 400', 1]);
    const down = await postEvent(hook.url.replace('/hook', '/down'), EVENT, fast);
    assert.deepEqual([down.ok, down.attempts, down.error, calls], [false, 3, 'HTTP 503', 4]);
    const slow = await postEvent(hook.url.replace('/hook', '/slow'), EVENT, { ...fast, attempts: 2, timeoutMs: 200 });
    assert.deepEqual([slow.ok, slow.attempts, slow.status], [false, 2, null]);
    assert.match(slow.error ?? '', /no answer within 200 ms/);
  } finally {
    await hook.close();
  }
  const refused = await postEvent(hook.url, EVENT, fast);
  assert.deepEqual([refused.ok, refused.attempts], [false, 3]);
  assert.match(refused.error ?? '', /ECONNREFUSED|fetch failed/);
});

test('terminal lines: the message, then the new and the earlier sentence indented', () => {
  assert.deepEqual(formatEventLines(EVENT), [
    '[updated] Updated in “Troops”: NIS now gives 3,000, earlier 1,500.',
    '    “The NIS said 3,000 had been sent.” (t-online, Oct 23, 2024, article a4)',
    '    earlier: “The NIS said 1,500 had been sent.” (Yonhap, Oct 18, 2024, article a2)',
  ]);
});
