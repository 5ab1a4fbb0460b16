// A story's change history in the web UI and the API: watch events newest first, with evidence and article links, everything escaped.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Hono } from 'hono';
import { loadAttributionModel } from '../analyze/index.js';
import { SqliteStore } from '../store/index.js';
import { runCycle, type ChangeEvent } from '../watch/index.js';
import { createApp } from './index.js';

const EXAMPLES = 'examples/korea-troops-2024';
const RAISING_PAGE = '004_8dc70a03540e4a11.txt';
const dir = mkdtempSync(join(tmpdir(), 'triangulate-changes-'));
const analysis = { attributionModel: loadAttributionModel() };
let store: SqliteStore;
let app: Hono;
let storyId: string;
let updated: ChangeEvent;

before(async () => {
  store = new SqliteStore(join(dir, 'store.db'));
  const source = join(dir, 'source');
  mkdirSync(source);
  for (const f of readdirSync(EXAMPLES)) if (f !== RAISING_PAGE) copyFileSync(join(EXAMPLES, f), join(source, f));
  const first = await runCycle(store, [source], { analysis, now: () => new Date('2026-11-23T09:00:00Z') });
  storyId = first.events[0].story.id;
  copyFileSync(join(EXAMPLES, RAISING_PAGE), join(source, RAISING_PAGE));
  const second = await runCycle(store, [source], { analysis, now: () => new Date('2026-11-23T10:00:00Z') });
  updated = second.events.find((e) => e.kind === 'updated') as ChangeEvent;
  // An event whose text is hostile: the page must show it as text.
  const hostile: ChangeEvent = {
    ...updated,
    key: `updated|${storyId}|hostile`,
    detectedAt: '2026-11-23T11:00:00.000Z',
    message: '<script>alert(1)</script> "quoted" & <img src=x onerror=alert(2)>',
    sentences: [{ ...updated.sentences[0], text: '<b onclick="x()">bold</b>', articleId: '"><script>' }],
    articles: [{ id: 'javascript:alert(3)', outlet: '<i>o</i>', title: '</a><script>', published: null, url: 'javascript:alert(4)' }],
  };
  await store.putEvents([{ key: hostile.key, storyId, kind: hostile.kind, at: hostile.detectedAt, data: hostile }]);
  app = createApp({ store, analysis, log: () => undefined });
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => app.request(path, { headers: { host: '127.0.0.1:8080' } });

test('GET /api/stories/:id/events lists the story\'s events newest first; an unknown story is 404', async () => {
  const res = await get(`/api/stories/${storyId}/events`);
  assert.equal(res.status, 200);
  const body = (await res.json()) as { storyId: string; events: ChangeEvent[] };
  assert.equal(body.storyId, storyId);
  assert.deepEqual(body.events.map((e) => e.kind), ['updated', 'updated', 'new-article', 'new-story']);
  assert.deepEqual(body.events[1], updated);
  assert.deepEqual(((await (await get(`/api/stories/${storyId}/events?limit=1`)).json()) as { events: unknown[] }).events.length, 1);
  assert.equal((await get('/api/stories/nothing/events')).status, 404);
  assert.equal((await get(`/api/stories/${storyId}/events?limit=0`)).status, 400);
  const spec = (await (await get('/api/openapi.json')).json()) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
  assert.ok(spec.paths['/api/stories/{id}/events']);
  assert.ok(spec.components.schemas.ChangeEvent);
});

test('the dossier page shows the changes newest first with evidence and article links, all escaped', async () => {
  const res = await get(`/stories/${storyId}`);
  assert.equal(res.status, 200);
  const page = await res.text();
  assert.match(page, /<a href="#changes">Changes<\/a>/);
  const start = page.indexOf('<section id="changes">');
  assert.ok(start > 0);
  const section = page.slice(start, page.indexOf('</section>', start));
  const kinds = [...section.matchAll(/<li class="change k-([a-z-]+)">/g)].map((m) => m[1]);
  assert.deepEqual(kinds, ['updated', 'updated', 'new-article', 'new-story']);
  const fresh = updated.sentences[0];
  assert.ok(section.includes(`href="/articles/${fresh.articleId}#s-${fresh.span[0]}"`), 'the evidence sentence links to its place in the article');
  assert.match(section, /Verdict: <span class="badge v-single-origin"[^>]*>Single origin<\/span> → <span class="badge v-updated"/);
  assert.match(section, /Claim: <a href="#claim-g\d+">/);
  assert.doesNotMatch(section, /<script|<img|<b |<i>|<[^>]*\son[a-z]+\s*=|href="\s*javascript:/i);
  assert.match(section, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &quot;quoted&quot; &amp;/);
  assert.match(section, /href="\/articles\/javascript%3Aalert\(3\)"/);
  assert.doesNotMatch(page, /<script>|style="/, 'no inline script or style');
});
