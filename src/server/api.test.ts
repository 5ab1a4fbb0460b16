// API tests through app.request() (no socket): stories, dossier, articles, claims, search, ingestion, problems, headers.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { loadAttributionModel } from '../analyze/index.js';
import { buildDossier, runPipeline } from '../pipeline/index.js';
import { SqliteStore } from '../store/index.js';
import { createApp, CONTENT_SECURITY_POLICY } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-server-'));
const analysis = { attributionModel: loadAttributionModel() };
let store: SqliteStore;
let app: Hono;
let storyId: string;

before(async () => {
  store = new SqliteStore(join(dir, 'store.db'));
  const summary = await runPipeline(['examples/korea-troops-2024'], store, { analysis });
  storyId = summary.storyIds[0];
  app = createApp({ store, analysis, limits: { maxDocuments: 5, maxBodyBytes: 200_000 }, log: () => undefined });
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers: { host: '127.0.0.1:8080', ...headers } });
const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) => app.request(path, { method: 'POST', body, headers: { host: '127.0.0.1:8080', ...headers } });

async function problem(res: Response, status: number): Promise<Record<string, unknown>> {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const p = (await res.json()) as Record<string, unknown>;
  assert.equal(p.status, status);
  assert.equal(typeof p.type, 'string');
  assert.equal(typeof p.title, 'string');
  return p;
}

describe('stories', () => {
  test('the list has counts, filters and paging', async () => {
    const res = await get('/api/stories');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { total: number; stories: { id: string; articles: number; outlets: number; from: string; contestedClaimGroups: number; claimGroups: number }[] };
    assert.equal(body.total, 1);
    assert.equal(body.stories[0].id, storyId);
    assert.equal(body.stories[0].articles, 5);
    assert.ok(body.stories[0].claimGroups > 5);
    assert.equal(typeof body.stories[0].contestedClaimGroups, 'number');
    assert.equal(((await (await get('/api/stories?q=korea%20russia')).json()) as { total: number }).total, 1);
    assert.equal(((await (await get('/api/stories?q=earthquake')).json()) as { total: number }).total, 0);
    assert.equal(((await (await get('/api/stories?from=2024-11-01&to=2024-12')).json()) as { total: number }).total, 1);
    assert.equal(((await (await get('/api/stories?from=2025-01-01')).json()) as { total: number }).total, 0);
    assert.equal(((await (await get('/api/stories?to=2024-09')).json()) as { total: number }).total, 0);
    assert.equal(((await (await get('/api/stories?offset=1')).json()) as { stories: unknown[] }).stories.length, 0);
  });

  test('a dossier carries an entity tag: the same build answers 304 to it, a grown story a new tag and body', async () => {
    const first = await get(`/api/stories/${storyId}`);
    assert.equal(first.status, 200);
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^"[0-9a-f]{16}-[0-9a-z]+"$/);
    const again = await get(`/api/stories/${storyId}`, { 'if-none-match': etag! });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const other = await get(`/api/stories/${storyId}`, { 'if-none-match': '"something-else"' });
    assert.equal(other.status, 200);
    assert.equal(other.headers.get('etag'), etag);
    const dir2 = mkdtempSync(join(tmpdir(), 'triangulate-etag-'));
    const store2 = new SqliteStore(join(dir2, 'store.db'));
    try {
      const files = ['000_f0c3078e556d169a.txt', '002_4196fc06a35ccf2e.txt'].map((f) => `examples/korea-troops-2024/${f}`);
      const id = (await runPipeline(files, store2, { analysis })).storyIds[0]!;
      const app2 = createApp({ store: store2, analysis, log: () => undefined });
      const before = await app2.request(`/api/stories/${id}`, { headers: { host: '127.0.0.1:8080' } });
      const tag = before.headers.get('etag')!;
      await runPipeline(['examples/korea-troops-2024'], store2, { analysis });
      const after = await app2.request(`/api/stories/${id}`, { headers: { host: '127.0.0.1:8080', 'if-none-match': tag } });
      assert.equal(after.status, 200, 'the story grew: its old tag no longer matches');
      assert.notEqual(after.headers.get('etag'), tag);
      assert.equal(((await after.json()) as { stories: { articleIds: string[] }[] }).stories[0]!.articleIds.length, 5);
    } finally {
      await store2.close();
      rmSync(dir2, { recursive: true, force: true });
    }
  });

  test('bad parameters are problems naming the parameter', async () => {
    const p = await problem(await get('/api/stories?limit=abc'), 400);
    assert.match(String(p.detail), /"limit"/);
    await problem(await get('/api/stories?from=yesterday'), 400);
  });

  test("a story's dossier is the JSON buildDossier makes", async () => {
    const res = await get(`/api/stories/${storyId}`);
    assert.equal(res.status, 200);
    const served = (await res.json()) as { generatedAt: string };
    const built = await buildDossier(store, [storyId]);
    assert.deepEqual({ ...served, generatedAt: '' }, JSON.parse(JSON.stringify({ ...built, generatedAt: '' })));
    await problem(await get('/api/stories/nope'), 404);
  });

  test('entities, claim groups (all and one) and attributions of a story', async () => {
    const entities = (await (await get(`/api/stories/${storyId}/entities`)).json()) as { entities: { name: string }[] };
    assert.ok(entities.entities.some((e) => e.name === 'Russia'));
    const groups = (await (await get(`/api/stories/${storyId}/claim-groups`)).json()) as { claimGroups: { id: string; verdict: string }[] };
    assert.ok(groups.claimGroups.length > 5);
    const one = (await (await get(`/api/stories/${storyId}/claim-groups/${groups.claimGroups[0].id}`)).json()) as { id: string; tellings: unknown[] };
    assert.equal(one.id, groups.claimGroups[0].id);
    assert.ok(one.tellings.length > 0);
    await problem(await get(`/api/stories/${storyId}/claim-groups/zzz`), 404);
    const attributions = (await (await get(`/api/stories/${storyId}/attributions`)).json()) as { attributions: { cue: string }[] };
    assert.ok(attributions.attributions.length > 10);
  });
});

describe('articles and search', () => {
  test('an article comes with its analysis, every span inside its text', async () => {
    const [first] = await store.listArticles({ limit: 1 });
    const body = (await (await get(`/api/articles/${first.id}`)).json()) as { article: { id: string; text: string }; analysis: { text: string; entities: { span: [number, number]; text: string }[] }; storyId: string };
    assert.equal(body.article.id, first.id);
    assert.equal(body.storyId, storyId);
    assert.equal(body.analysis.text, body.article.text);
    for (const e of body.analysis.entities) assert.equal(body.article.text.slice(e.span[0], e.span[1]), e.text);
    await problem(await get('/api/articles/0000'), 404);
  });

  test('search finds claims (with their sentence) and articles', async () => {
    const body = (await (await get('/api/search?q=12%2C000%20troops')).json()) as { hits: { kind: string; articleId: string; span: [number, number] | null; snippet: string }[] };
    const claim = body.hits.find((h) => h.kind === 'claim');
    assert.ok(claim && claim.span, 'a claim hit with its sentence span');
    assert.match(claim.snippet, /«12,000»/);
    assert.ok(body.hits.some((h) => h.kind === 'article'));
    assert.equal(((await (await get('/api/search?q=%22spy%20agency%22%20-Yonhap&limit=1')).json()) as { hits: unknown[] }).hits.length, 1);
    await problem(await get('/api/search'), 400);
    assert.equal((await get('/api/search?q=%22%20NEAR(%20*%20AND')).status, 200, 'FTS syntax in a query is taken as text');
    assert.equal(((await (await get('/api/search?q=(%20*%20)%20%5E')).json()) as { hits: unknown[] }).hits.length, 0);
  });
});

describe('ingestion', () => {
  const QUAKE = 'Quake shakes the coast\n\nA magnitude 6.1 earthquake struck off the coast on Tuesday, the geological survey said. About 300 homes were damaged, officials said.';

  test('raw text is added once; the second time it is already present', async () => {
    const first = await post('/api/documents?name=quake.txt', QUAKE, { 'content-type': 'text/plain' });
    assert.equal(first.status, 201);
    const r1 = (await first.json()) as { added: { source: string; articleId: string }[]; stories: { id: string }[] };
    assert.equal(r1.added.length, 1);
    assert.equal(r1.added[0].source, 'upload:quake.txt');
    assert.equal(r1.stories.length, 1);
    const again = (await (await post('/api/documents', QUAKE, { 'content-type': 'text/plain' })).json()) as { added: unknown[]; present: { articleId: string }[] };
    assert.equal(again.added.length, 0);
    assert.equal(again.present[0].articleId, r1.added[0].articleId);
    assert.equal((await get(`/api/articles/${r1.added[0].articleId}`)).status, 200);
    const hits = (await (await get('/api/search?q=earthquake')).json()) as { hits: { articleId: string }[] };
    assert.ok(hits.hits.some((h) => h.articleId === r1.added[0].articleId), 'added articles are searchable');
  });

  test('JSON lines: good records are added, a bad line fails with its reason', async () => {
    const lines = [JSON.stringify({ id: 'rec-1', title: 'Dam opens', text: 'The new dam opened on Monday, the ministry said. It holds 2 million cubic metres.', outlet: 'Wire', published: '2025-03-03' }), '{not json'].join('\n');
    const body = (await (await post('/api/documents', lines, { 'content-type': 'application/x-ndjson' })).json()) as { added: { articleId: string }[]; failed: { source: string; messages: { ruleId: string }[] }[] };
    // The article id comes from the content; the record's id is kept as the external id.
    assert.equal(body.added.length, 1);
    assert.match(body.added[0]!.articleId, /^[0-9a-f]{16}$/);
    const stored = (await (await get(`/api/articles/${body.added[0]!.articleId}`)).json()) as { article: { externalId: string | null } };
    assert.equal(stored.article.externalId, 'rec-1');
    assert.equal(body.failed.length, 1);
    assert.equal(body.failed[0].messages[0].ruleId, 'ingest/json');
  });

  test('multipart files and pasted text; empty and binary files fail with reasons', async () => {
    const form = new FormData();
    form.append('file', new File(['Bridge closes\n\nThe old bridge closed on Friday for repairs lasting 18 months, the city council said.'], 'bridge.txt'));
    form.append('file', new File([new Uint8Array([0, 1, 2, 3, 0, 0])], 'image.png'));
    form.append('text', 'Ferry resumes\n\nThe island ferry resumed service on Saturday after a storm, the operator said.');
    const body = (await (await post('/api/documents', form)).json()) as { added: { source: string }[]; failed: { source: string; messages: { ruleId: string }[] }[] };
    assert.deepEqual(body.added.map((a) => a.source).sort(), ['upload:bridge.txt', 'upload:pasted.txt']);
    assert.deepEqual(body.failed.map((f) => [f.source, f.messages[0].ruleId]), [['upload:image.png', 'ingest/binary']]);
  });

  test('limits: too many documents or too large a body is 413; unknown types 415; nothing 400', async () => {
    const form = new FormData();
    for (let i = 0; i < 6; i++) form.append('file', new File([`Doc ${i}\n\nText number ${i} said the council.`], `d${i}.txt`));
    const p = await problem(await post('/api/documents', form), 413);
    assert.equal(p.maxDocuments, 5);
    const jsonl = Array.from({ length: 6 }, (_, i) => JSON.stringify({ text: `Record ${i} text, officials said.` })).join('\n');
    await problem(await post('/api/documents', jsonl, { 'content-type': 'application/x-ndjson' }), 413);
    await problem(await post('/api/documents', 'x'.repeat(300_000), { 'content-type': 'text/plain' }), 413);
    await problem(await post('/api/documents', 'abc', { 'content-type': 'application/pdf' }), 415);
    await problem(await post('/api/documents', new FormData()), 400);
  });

  test('a request from another site may not add documents', async () => {
    await problem(await post('/api/documents', QUAKE, { 'content-type': 'text/plain', 'sec-fetch-site': 'cross-site' }), 403);
    await problem(await post('/api/documents', QUAKE, { 'content-type': 'text/plain', origin: 'https://evil.example' }), 403);
  });
});

describe('security and documents', () => {
  test('every response carries the CSP and companion headers, errors and assets included', async () => {
    for (const res of [await get('/'), await get('/api/stories'), await get('/nowhere'), await get('/api/stories/nope'), await get('/assets/style.css')]) {
      assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.ok(res.headers.get('referrer-policy'));
    }
  });

  test('assets come from a fixed map; paths outside it are 404', async () => {
    assert.match((await get('/assets/upload.js')).headers.get('content-type') ?? '', /javascript/);
    for (const path of ['/assets/..%2f..%2fpackage.json', '/assets/../package.json', '/assets/%2e%2e/README.md', '/assets/']) {
      assert.equal((await get(path)).status, 404, path);
    }
  });

  test('without a token only loopback Host names are served (no DNS rebinding)', async () => {
    await problem(await get('/api/stories', { host: 'evil.example' }), 403);
    assert.equal((await get('/api/stories', { host: 'localhost:8080' })).status, 200);
  });

  test('with a token every request needs it: bearer header or the session cookie of the sign-in form, which never holds the token', async () => {
    const guarded = createApp({ store, analysis, token: 's3cret-token', log: () => undefined });
    const req = (path: string, headers: Record<string, string> = {}) => guarded.request(path, { headers: { host: 'news.example', ...headers } });
    const signIn = (token: string) => guarded.request('/login', { method: 'POST', body: new URLSearchParams({ token }), headers: { host: 'news.example', 'sec-fetch-site': 'same-origin' } });
    const denied = await req('/api/stories');
    await problem(denied, 401);
    assert.equal(denied.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    assert.equal((await req('/')).status, 401);
    assert.equal((await req('/assets/style.css')).status, 401);
    assert.equal((await req('/api/stories', { authorization: 'Bearer wrong' })).status, 401);
    assert.equal((await req('/api/stories', { authorization: 'Bearer s3cret-token' })).status, 200);
    const form = await req('/login');
    assert.equal(form.status, 200);
    assert.match(await form.text(), /<form method="post" action="\/login">[\s\S]*type="password" name="token"/);
    assert.equal((await req('/login?token=s3cret-token')).headers.get('set-cookie'), null, 'a token in the URL signs nobody in');
    assert.equal((await signIn('wrong')).status, 401);
    const login = await signIn('s3cret-token');
    assert.equal(login.status, 303);
    const cookie = login.headers.get('set-cookie') ?? '';
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.ok(!cookie.includes('s3cret-token'), 'the cookie is a session id, not the token');
    const session = cookie.split(';')[0]!;
    assert.equal((await req('/', { cookie: session })).status, 200);
    assert.equal((await req('/', { cookie: `${session.split('=')[0]}=s3cret-token` })).status, 401, 'the token itself is no session');
    const other = createApp({ store, analysis, token: 's3cret-token', log: () => undefined });
    assert.equal((await other.request('/', { headers: { host: 'news.example', cookie: session } })).status, 401, 'a session lives in the server that opened it');
    const out = await guarded.request('/logout', { method: 'POST', headers: { host: 'news.example', cookie: session, 'sec-fetch-site': 'same-origin' } });
    assert.equal(out.status, 303);
    assert.equal((await req('/', { cookie: session })).status, 401, 'signing out ends the session');
  });

  test('the OpenAPI document describes every route', async () => {
    const doc = (await (await get('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/stories', '/api/stories/{id}', '/api/stories/{id}/entities', '/api/stories/{id}/claim-groups', '/api/stories/{id}/claim-groups/{groupId}', '/api/stories/{id}/attributions', '/api/articles/{id}', '/api/search', '/api/documents']) {
      assert.ok(doc.paths[p], p);
    }
  });
});
