// The shared Store test suite: every method of the interface, run against each implementation (SQLite, PostgreSQL).
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Article } from '../src/model/index.js';
import type { ArticleAnalysis } from '../src/model/analysis.js';
import { buildDossier, runPipeline, storySnapshot } from '../src/pipeline/index.js';
import type { Store, StoryMembership } from '../src/store/index.js';
import { mergeTests } from './store-suite-merges.js';
import { versionTests } from './store-suite-versions.js';

export function article(id: string, title: string, text = `Text of ${title}.`): Article {
  return {
    id,
    source: `${id}.txt`,
    text,
    paragraphs: [[0, text.length]],
    metadata: {
      title: { value: title, rule: 'test' },
      outlet: { value: `Outlet ${id.slice(0, 1)}`, rule: 'test' },
      byline: null,
      published: { value: `2024-10-2${id.length % 10}`, rule: 'test', basis: 'explicit' },
      language: { value: 'en', rule: 'test' },
      url: null,
    },
    removed: [{ text: 'Advertisement', rule: 'text/ad' }],
    messages: [{ severity: 'info', ruleId: 'test/note', reason: 'a note', span: [0, 4] }],
  };
}

function analysis(articleId: string, text: string): ArticleAnalysis {
  return { articleId, text, sentences: [[0, text.length]] as unknown as ArticleAnalysis['sentences'], entities: [], dates: [], quantities: [], attributions: [], claims: [] };
}

function member(articleId: string, storyId: string, extra: Partial<StoryMembership> = {}): StoryMembership {
  return { articleId, storyId, rule: 'story/test', score: 0.5, syndicatedFrom: null, similarity: null, ...extra };
}

/** Runs every Store test against stores made by open (each call must give an empty store). */
export function runStoreSuite(name: string, open: () => Promise<Store>): void {
  describe(`Store suite: ${name}`, () => {
    const opened: Store[] = [];
    const fresh = async (): Promise<Store> => {
      const s = await open();
      opened.push(s);
      return s;
    };
    after(async () => {
      for (const s of opened) await s.close().catch(() => undefined);
    });

    test('putArticle stores once by id; hasArticle and getArticle read it back whole', async () => {
      const store = await fresh();
      assert.equal(await store.putArticle(article('b', 'Second')), 'added');
      assert.equal(await store.putArticle(article('b', 'Second again')), 'present');
      assert.equal(await store.hasArticle('b'), true);
      assert.equal(await store.hasArticle('zzz'), false);
      assert.deepEqual(await store.getArticle('b'), article('b', 'Second'));
      assert.equal(await store.getArticle('zzz'), null);
      const odd = article('u', 'Ünïcode “quotes” — and \\ backslashes', 'Line one.\n\nLine “two” ✓ 𝄞 \u0000-free.');
      await store.putArticle(odd);
      assert.deepEqual(await store.getArticle('u'), odd);
    });

    test('listArticles is in insertion order with limit and offset; countArticles counts', async () => {
      const store = await fresh();
      assert.equal(await store.countArticles(), 0);
      assert.deepEqual(await store.listArticles(), []);
      for (const id of ['c', 'a', 'bb']) await store.putArticle(article(id, `Title ${id}`));
      assert.equal(await store.countArticles(), 3);
      const all = await store.listArticles();
      assert.deepEqual(all.map((r) => r.id), ['c', 'a', 'bb']);
      assert.equal(all[2].title, 'Title bb');
      assert.equal(all[2].outlet, 'Outlet b');
      assert.equal(all[2].published, '2024-10-22');
      assert.equal(all[2].language, 'en');
      assert.equal(all[2].source, 'bb.txt');
      assert.equal(all[2].characters, 'Text of Title bb.'.length);
      assert.ok(!Number.isNaN(Date.parse(all[2].addedAt)), all[2].addedAt);
      assert.deepEqual((await store.listArticles({ limit: 2 })).map((r) => r.id), ['c', 'a']);
      assert.deepEqual((await store.listArticles({ limit: 2, offset: 1 })).map((r) => r.id), ['a', 'bb']);
      assert.deepEqual((await store.listArticles({ offset: 2 })).map((r) => r.id), ['bb']);
    });

    test('putAnalysis stores and replaces; getAnalysis reads it back', async () => {
      const store = await fresh();
      await store.putArticle(article('a', 'First'));
      await store.putAnalysis(analysis('a', 'x'));
      assert.deepEqual(await store.getAnalysis('a'), analysis('a', 'x'));
      await store.putAnalysis(analysis('a', 'y'));
      assert.equal((await store.getAnalysis('a'))?.text, 'y');
      assert.equal(await store.getAnalysis('b'), null);
    });

    test('putMemberships records and moves memberships; membership and storyMembers read them', async () => {
      const store = await fresh();
      for (const id of ['a', 'b', 'c']) await store.putArticle(article(id, id));
      await store.putMemberships([]);
      await store.putMemberships([member('a', 's1'), member('b', 's1', { syndicatedFrom: 'a', similarity: 0.93 })]);
      await store.putMemberships([member('c', 's2', { score: 0.25 })]);
      assert.deepEqual(await store.membership('b'), member('b', 's1', { syndicatedFrom: 'a', similarity: 0.93 }));
      assert.equal(await store.membership('zzz'), null);
      assert.deepEqual((await store.storyMembers('s1')).map((m) => m.articleId), ['a', 'b']);
      assert.deepEqual(await store.storyMembers('s2'), [member('c', 's2', { score: 0.25 })]);
      assert.deepEqual(await store.storyMembers('none'), []);
      await store.putMemberships([member('a', 's2', { rule: 'story/moved', score: 0.75 })]);
      assert.deepEqual(await store.membership('a'), member('a', 's2', { rule: 'story/moved', score: 0.75 }));
      assert.deepEqual((await store.storyMembers('s1')).map((m) => m.articleId), ['b']);
      assert.deepEqual((await store.storyMembers('s2')).map((m) => m.articleId).sort(), ['a', 'c']);
    });

    test('listStories gives each story with members, dates and outlets, largest first', async () => {
      const store = await fresh();
      assert.deepEqual(await store.listStories(), []);
      for (const id of ['a', 'bb', 'ccc', 'd']) await store.putArticle(article(id, `T ${id}`));
      await store.putMemberships([member('a', 's1'), member('bb', 's2'), member('ccc', 's2'), member('d', 's0')]);
      const stories = await store.listStories();
      assert.deepEqual(stories.map((s) => s.id), ['s2', 's0', 's1']);
      assert.deepEqual(stories[0], { id: 's2', articleIds: ['bb', 'ccc'], from: '2024-10-22', to: '2024-10-23', outlets: ['Outlet b', 'Outlet c'], title: 'T bb' });
    });

    test('getState and putState keep named state and replace it', async () => {
      const store = await fresh();
      assert.equal(await store.getState('linker'), null);
      await store.putState('linker', '{"v":1}');
      await store.putState('other', 'x');
      await store.putState('linker', '{"v":2}');
      assert.equal(await store.getState('linker'), '{"v":2}');
      assert.equal(await store.getState('other'), 'x');
      const big = JSON.stringify({ data: 'z'.repeat(3_000_000) });
      await store.putState('big', big);
      assert.equal(await store.getState('big'), big);
    });

    test('putStateParts keeps a state in parts and replaces every part at once; getStateParts reads them in order', async () => {
      const store = await fresh();
      assert.equal(await store.getStateParts('linker'), null);
      await store.putStateParts('linker', ['{"skeleton":1}', '[1,2]', '[3]']);
      assert.deepEqual(await store.getStateParts('linker'), ['{"skeleton":1}', '[1,2]', '[3]']);
      await store.putStateParts('linker', ['{"skeleton":2}', '[4]']);
      assert.deepEqual(await store.getStateParts('linker'), ['{"skeleton":2}', '[4]'], 'fewer parts: the old third part is gone');
      assert.equal(await store.getState('linker#2'), null);
      await store.putState('plain', '{"v":1}');
      assert.equal(await store.getStateParts('plain'), null, 'a state kept whole is not read as parts');
    });

    test('putStateRows keeps rows in the order first written, replacing a row in place; getStateRows pages through them', async () => {
      const store = await fresh();
      assert.deepEqual(await store.getStateRows('linker/docs', 0, 10), []);
      await store.putStateRows('linker/docs', [{ key: 'a', data: '1' }, { key: 'b', data: '2' }, { key: 'c', data: '3' }]);
      await store.putStateRows('linker/stories', [{ key: 'a', data: 'other table' }]);
      await store.putStateRows('linker/docs', [{ key: 'b', data: '2 again' }, { key: 'd', data: '4' }, { key: 'd', data: '4 again' }]);
      const all = await store.getStateRows('linker/docs', 0, 10);
      assert.deepEqual(all.map((r) => [r.key, r.data]), [['a', '1'], ['b', '2 again'], ['c', '3'], ['d', '4 again']]);
      const first = await store.getStateRows('linker/docs', 0, 2);
      const next = await store.getStateRows('linker/docs', first[1]!.at, 2);
      assert.deepEqual([...first, ...next].map((r) => r.key), ['a', 'b', 'c', 'd']);
      assert.deepEqual(await store.getStateRows('linker/docs', next[1]!.at, 2), []);
      await store.exclusive(async (tx) => {
        await tx.deleteStateRows('linker/docs');
        await tx.putStateRows('linker/docs', [{ key: 'z', data: 'new' }]);
      });
      assert.deepEqual((await store.getStateRows('linker/docs', 0, 10)).map((r) => r.key), ['z']);
      assert.deepEqual((await store.getStateRows('linker/stories', 0, 10)).map((r) => r.data), ['other table']);
      await assert.rejects(store.exclusive(async (tx) => {
        await tx.putStateRows('linker/stories', [{ key: 'b', data: 'rolled back' }]);
        throw new Error('stop');
      }), /stop/);
      assert.deepEqual((await store.getStateRows('linker/stories', 0, 10)).map((r) => r.key), ['a'], 'written in the caller\'s transaction');
    });

    test('putEvents stores each key once and returns the keys it stored; listEvents gives a story\'s events newest first', async () => {
      const store = await fresh();
      const ev = (key: string, storyId: string, at: string, data: unknown = { key, text: 'Ünïcode “quoted” <b>&</b>' }) => ({ key, storyId, kind: key.split('|')[0], at, data });
      assert.deepEqual(await store.putEvents([]), []);
      assert.deepEqual(await store.listEvents('s1'), []);
      const first = [ev('new-story|s1', 's1', '2026-11-23T10:00:00.000Z'), ev('updated|s1|q|x', 's1', '2026-11-23T11:00:00.000Z'), ev('new-story|s2', 's2', '2026-11-23T10:30:00.000Z')];
      assert.deepEqual(await store.putEvents(first), ['new-story|s1', 'updated|s1|q|x', 'new-story|s2']);
      const again = [ev('updated|s1|q|x', 's1', '2026-11-24T00:00:00.000Z', { changed: true }), ev('denied|s1|d|y', 's1', '2026-11-23T11:00:00.000Z'), ev('denied|s1|d|y', 's1', '2026-11-23T11:00:00.000Z')];
      assert.deepEqual(await store.putEvents(again), ['denied|s1|d|y'], 'a stored key is kept as it was; a key given twice is stored once');
      const listed = await store.listEvents('s1');
      assert.deepEqual(listed.map((e) => e.key), ['denied|s1|d|y', 'updated|s1|q|x', 'new-story|s1'], 'newest first; equal times: last stored first');
      assert.deepEqual(listed[1], first[1]);
      assert.deepEqual((await store.listEvents('s1', { limit: 1 })).map((e) => e.key), ['denied|s1|d|y']);
      assert.deepEqual((await store.listEvents('s2')).map((e) => e.kind), ['new-story']);
      assert.deepEqual(await store.listEvents('none'), []);
    });

    test('the pipeline runs on the store: the example corpus is one story, and a second run adds nothing', async () => {
      const store = await fresh();
      const first = await runPipeline(['examples/korea-troops-2024'], store);
      assert.equal(first.added, 5);
      const dossier = await buildDossier(store);
      assert.equal(dossier.stories.length, 1);
      assert.equal(dossier.stories[0].articleIds.length, 5);
      const again = await runPipeline(['examples/korea-troops-2024'], store);
      assert.deepEqual([again.added, again.present], [0, 5]);
      const after = await buildDossier(store);
      assert.deepEqual({ ...after, generatedAt: null }, { ...dossier, generatedAt: null });
    });

    test('story snapshots: kept per story, read back only under the signature they were stored with, replaced by a new one', async () => {
      const store = await fresh();
      assert.equal(await store.getStorySnapshot('s1', 'sig-a'), null);
      await store.putStorySnapshot('s1', 'sig-a', '{"a":1}');
      await store.putStorySnapshot('s2', 'sig-b', '{"b":2}');
      assert.equal(await store.getStorySnapshot('s1', 'sig-a'), '{"a":1}');
      assert.equal(await store.getStorySnapshot('s1', 'sig-b'), null, 'another signature reads nothing');
      await store.putStorySnapshot('s1', 'sig-c', '{"c":3}');
      assert.equal(await store.getStorySnapshot('s1', 'sig-a'), null, 'the old snapshot is replaced');
      assert.equal(await store.getStorySnapshot('s1', 'sig-c'), '{"c":3}');
      assert.equal(await store.getStorySnapshot('s2', 'sig-b'), '{"b":2}');
      assert.equal(await store.storySnapshotSignature('s1'), 'sig-c', 'the stored signature, whatever is asked');
      assert.equal(await store.storySnapshotSignature('s3'), null);
    });

    test('a story snapshot equals the story built from the store, and is rebuilt once an article joins', async () => {
      const store = await fresh();
      await runPipeline(['examples/korea-troops-2024/000_f0c3078e556d169a.txt', 'examples/korea-troops-2024/001_dfc21bdd1340145a.txt'], store);
      const [first] = await store.listStories();
      const built = await buildDossier(store, [first!.id]);
      const snapshot = await storySnapshot(store, first!.id);
      assert.deepEqual(snapshot?.story, built.stories[0]);
      assert.deepEqual(snapshot?.articles, built.articles);
      const again = await storySnapshot(store, first!.id);
      assert.equal(again?.builtAt, snapshot?.builtAt, 'read back, not rebuilt, while the memberships are unchanged');
      await runPipeline(['examples/korea-troops-2024'], store);
      const grown = await storySnapshot(store, first!.id);
      assert.equal(grown?.story.articleIds.length, 5);
      assert.deepEqual(grown?.story, (await buildDossier(store, [first!.id])).stories[0]);
    });

    test('search finds articles by words of their title and text, and claims by their sentence, best first, with a snippet', async () => {
      const store = await fresh();
      const text = 'North Korean troops were deployed to the border, officials said. Seoul says 12,000 soldiers went.';
      await store.putArticle(article('q1', 'Troops deployed to the border', text));
      await store.putArticle(article('q2', 'Markets rally', 'Stocks rallied as troops withdrew from the square.'));
      await store.putArticle(article('q3', 'Weather', 'Rain is expected on Tuesday.'));
      const hits = await store.search('troops');
      assert.deepEqual(hits.map((h) => h.articleId).sort(), ['q1', 'q2']);
      assert.equal(hits[0].articleId, 'q1', 'a title match ranks first');
      assert.match(hits[0].snippet, /«troops»/i);
      assert.ok(hits.every((h) => typeof h.rank === 'number' && (h.kind ?? 'article') === 'article'));
      assert.equal((await store.search('troops', { limit: 1 })).length, 1);
      assert.deepEqual(await store.search('nonexistentword'), []);
      assert.deepEqual(await store.search(''), []);
      const claim = { subject: { value: 'soldiers', rule: 't' }, origin: { value: 'Seoul', rule: 't' }, sentence: [65, text.length], sentenceIndex: 1 };
      await store.putAnalysis({ ...analysis('q1', text), claims: [claim as unknown as ArticleAnalysis['claims'][number]] });
      const claimHits = (await store.search('soldiers')).filter((h) => h.kind === 'claim');
      assert.equal(claimHits.length, 1, JSON.stringify(await store.search('soldiers')));
      assert.deepEqual([claimHits[0].articleId, claimHits[0].span], ['q1', [65, text.length]]);
      assert.match(claimHits[0].snippet, /«soldiers»/);
      await store.putAnalysis(analysis('q1', text));
      assert.deepEqual((await store.search('soldiers')).filter((h) => h.kind === 'claim'), [], 'a new analysis replaces the claims');
    });

    versionTests(fresh);
    mergeTests(fresh);
  });
}
