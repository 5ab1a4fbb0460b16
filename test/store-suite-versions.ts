// The store suite's article versions: content ids always, a record's id kept as its external id, and new content under one external id or URL as a new version.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { documentsFromBytes } from '../src/ingest/index.js';
import { articleVersions, runDocuments } from '../src/pipeline/index.js';
import type { Store } from '../src/store/index.js';
import { article } from './store-suite.js';

const REAL = 'examples/korea-troops-2024/000_f0c3078e556d169a.txt';

function records(lines: readonly object[]) {
  return documentsFromBytes('records.jsonl', Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n')));
}

/** Version tests of the shared store suite (called inside its describe). */
export function versionTests(fresh: () => Promise<Store>): void {
  test('a record cannot claim another article: its id is kept as the external id and the real article is stored with its own text', async () => {
    const store = await fresh();
    const [real] = documentsFromBytes(REAL, readFileSync(REAL));
    assert.ok(real?.ok);
    const realId = real.document.id;
    const fake = await runDocuments(records([{ id: realId, title: 'FAKE', text: 'FAKE. Nothing happened at all, the fake record says.' }]), store);
    assert.equal(fake.added, 1);
    assert.notEqual(fake.articleIds[0], realId, 'the record gets the id of its own content');
    assert.equal((await store.getArticle(fake.articleIds[0]!))?.externalId, realId);
    const second = await runDocuments([real], store);
    assert.deepEqual([second.added, second.present], [1, 0], 'the real article is not taken as present');
    const stored = await store.getArticle(realId);
    assert.ok(stored);
    assert.notEqual(stored.metadata.title?.value, 'FAKE');
    assert.ok(stored.text.length > 1000 && !stored.text.includes('FAKE'), 'stored with its own text');
    assert.equal(stored.externalId, undefined);
    const hits = await store.search(realId);
    assert.deepEqual(hits.slice(0, 1).map((h) => h.articleId), [fake.articleIds[0]], 'an external id is searchable');
  });

  test('new content under a stored external id is a new version: both kept, the latest analysed and linked, the earlier one out of its story and of claim search', async () => {
    const store = await fresh();
    const v1 = 'The dam on the river opened on Monday, the ministry said. It holds 2 million cubic metres of water, officials said.';
    const v2 = 'The dam on the river opened on Monday, the ministry said. It holds 3 million cubic metres of water, officials said.';
    const first = await runDocuments(records([{ id: 'wire-1', title: 'Dam opens', text: v1, outlet: 'Wire', published: '2025-03-03' }]), store);
    const second = await runDocuments(records([{ id: 'wire-1', title: 'Dam opens, holds more', text: v2, outlet: 'Wire', published: '2025-03-03' }]), store);
    const [a, b] = [first.articleIds[0]!, second.articleIds[0]!];
    assert.notEqual(a, b);
    assert.deepEqual([second.added, second.versions, second.stored[0]?.previousVersion], [1, 1, a]);
    assert.deepEqual((await store.articleVersions(a)).map((v) => v.id), [a, b]);
    assert.deepEqual((await store.articleVersions(b)).map((v) => [v.id, v.externalId]), [[a, 'wire-1'], [b, 'wire-1']]);
    assert.ok(await store.getArticle(a), 'the earlier version is kept');
    assert.equal(await store.membership(a), null, 'the earlier version left its story');
    assert.ok(await store.membership(b), 'the latest version is linked');
    assert.ok(await store.getAnalysis(b), 'the latest version is analysed');
    const stories = await store.listStories();
    assert.deepEqual(stories.flatMap((s) => s.articleIds), [b]);
    const claimIds = (await store.search('cubic metres')).filter((h) => h.kind === 'claim').map((h) => h.articleId);
    assert.ok(claimIds.includes(b) && !claimIds.includes(a), `claims of the earlier version are out of search: ${JSON.stringify(claimIds)}`);
    const v = await articleVersions(store, (await store.getArticle(b))!);
    assert.deepEqual([v.number, v.latest], [2, b]);
    assert.deepEqual(v.change?.figures, { removed: ['2'], added: ['3'] });
    assert.deepEqual(v.change?.title, { from: 'Dam opens', to: 'Dam opens, holds more' });
    const again = await runDocuments(records([{ id: 'wire-1', title: 'Dam opens', text: v1 }]), store);
    assert.deepEqual([again.added, again.present], [0, 1], 'an earlier version read again is present, not a third version');
  });

  test('the same URL with new content is a new version; a front page URL or another URL is not', async () => {
    const store = await fresh();
    const at = (id: string, url: string | null) => ({ ...article(id, `Title ${id}`), metadata: { ...article(id, `Title ${id}`).metadata, url } });
    await store.putArticle(at('u1', 'https://news.example/2025/quake.html#top'));
    await store.putArticle(at('u2', 'https://news.example/2025/quake.html'));
    await store.putArticle(at('u3', 'https://news.example/2025/other.html'));
    await store.putArticle(at('h1', 'https://news.example/'));
    await store.putArticle(at('h2', 'https://news.example/'));
    await store.putArticle(at('n1', null));
    assert.deepEqual((await store.articleVersions('u1')).map((v) => v.id), ['u1', 'u2']);
    assert.deepEqual((await store.articleVersions('u3')).map((v) => v.id), ['u3']);
    assert.deepEqual((await store.articleVersions('h2')).map((v) => v.id), ['h2']);
    assert.deepEqual((await store.articleVersions('n1')).map((v) => v.id), ['n1']);
    assert.deepEqual(await store.articleVersions('none'), []);
  });
}
