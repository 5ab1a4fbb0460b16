// The server's edges: record counts at any size, malformed bodies, uploads where every document failed, slow clients and the connection cap.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Hono } from 'hono';
import { loadAttributionModel } from '../analyze/index.js';
import { SqliteStore } from '../store/index.js';
import { createApp, startServer } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-limits-'));
const analysis = { attributionModel: loadAttributionModel() };
let store: SqliteStore;
let app: Hono;

before(() => {
  store = new SqliteStore(join(dir, 'store.db'));
  app = createApp({ store, analysis, log: () => undefined });
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) => app.request(path, { method: 'POST', body, headers: { host: '127.0.0.1:8080', ...headers } });

test('130,000 one-line JSON records are 413, not a stack overflow; so is a JSON array of 100,000', async () => {
  const lines = '{"text":"x"}\n'.repeat(130_000);
  const res = await post('/api/documents', lines, { 'content-type': 'application/x-ndjson' });
  assert.equal(res.status, 413);
  const p = (await res.json()) as { maxDocuments: number; detail: string };
  assert.equal(p.maxDocuments, 500);
  assert.match(p.detail, /more than 500 documents/);
  const array = `[${Array.from({ length: 100_000 }, () => '{"text":"x"}').join(',')}]`;
  assert.equal((await post('/api/documents', array, { 'content-type': 'application/json' })).status, 413);
  assert.equal(await store.countArticles(), 0, 'nothing of a refused request is stored');
});

test('a malformed multipart body is 400', async () => {
  const body = '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nno closing boundary';
  const res = await post('/api/documents', body, { 'content-type': 'multipart/form-data; boundary=XYZ' });
  assert.equal(res.status, 400);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const missing = await post('/api/documents', 'a=b', { 'content-type': 'multipart/form-data' });
  assert.equal(missing.status, 400, 'multipart without a boundary');
});

test('an upload where every document failed is 422, with each failure and its reason', async () => {
  const res = await post('/api/documents', '{not json\n{"title":"no text"}\n', { 'content-type': 'application/x-ndjson' });
  assert.equal(res.status, 422);
  const body = (await res.json()) as { added: unknown[]; failed: { messages: { ruleId: string }[] }[] };
  assert.deepEqual(body.added, []);
  assert.deepEqual(body.failed.map((f) => f.messages[0]!.ruleId), ['ingest/json', 'ingest/record-empty']);
  const form = new FormData();
  form.append('file', new File([new Uint8Array([0, 1, 2, 3])], 'image.png'));
  assert.equal((await post('/upload', form)).status, 422, 'the upload page answers the same');
});

function openSocket(port: number): Promise<Socket> {
  const s = connect(port, '127.0.0.1');
  return once(s, 'connect').then(() => s);
}

test('a client that dribbles its headers is cut off by the header timeout', async () => {
  const server = await startServer({ store, analysis, port: 0, log: () => undefined, connections: { headersTimeoutMs: 300, requestTimeoutMs: 600, checkIntervalMs: 100 } });
  try {
    const slow = await openSocket(server.port);
    let answer = '';
    slow.on('data', (c: Buffer) => (answer += c.toString('latin1')));
    slow.on('error', () => undefined);
    // One header byte at a time, forever: only the server's timeout ends this connection.
    const header = 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' + 'a'.repeat(100_000);
    let i = 0;
    const drip = setInterval(() => {
      if (!slow.destroyed && i < header.length) slow.write(header[i++]!);
    }, 20);
    await once(slow, 'close');
    clearInterval(drip);
    assert.match(answer, /^HTTP\/1\.1 408/, 'the server answers 408 Request Timeout');
  } finally {
    await server.close();
  }
});

test('connections over the cap are refused while the others are held', async () => {
  // Timeouts far longer than the test: the held connections stay open however slow the machine is.
  const server = await startServer({ store, analysis, port: 0, log: () => undefined, connections: { headersTimeoutMs: 600_000, requestTimeoutMs: 600_000, maxConnections: 2 } });
  try {
    const held = [await openSocket(server.port), await openSocket(server.port)];
    const third = await openSocket(server.port);
    third.on('error', () => undefined);
    await once(third, 'close');
    const ok = await fetch(`${server.url}/api/stories`, { headers: { connection: 'close' } }).catch(() => null);
    assert.equal(ok, null, 'while two connections are held, a third is refused');
    for (const s of held) s.destroy();
  } finally {
    await server.close();
  }
});
