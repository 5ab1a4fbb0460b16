// The watch cycle on the real pipeline: the example corpus without its last page, then with it: one updated event, once, across restarts.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { loadAttributionModel } from '../analyze/index.js';
import { membershipSignature, storedSnapshot } from '../pipeline/index.js';
import { SqliteStore } from '../store/index.js';
import { runCycle, WATCH_STATE, type WatchState } from './cycle.js';

const EXAMPLES = 'examples/korea-troops-2024';
/** The t-online page: "around 3,000 ... previously there had been talk of 1,500". */
const RAISING_PAGE = '004_8dc70a03540e4a11.txt';
const RAISING_ARTICLE = 'f5e4671d1d0fe106';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-watch-cycle-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the page that raises a number gives one updated event with its evidence, once, also after a restart or an interrupted cycle', { timeout: 120_000 }, async () => {
  const source = join(dir, 'source');
  mkdirSync(source);
  for (const f of readdirSync(EXAMPLES)) if (f !== RAISING_PAGE) copyFileSync(join(EXAMPLES, f), join(source, f));
  const db = join(dir, 'watch.db');
  const options = { analysis: { attributionModel: loadAttributionModel() } };

  let store = new SqliteStore(db);
  const first = await runCycle(store, [source], options);
  assert.equal(first.run?.added, 4);
  assert.deepEqual(first.events.map((e) => e.kind), ['new-story']);
  const storyId = first.events[0].story.id;

  copyFileSync(join(EXAMPLES, RAISING_PAGE), join(source, RAISING_PAGE));
  const second = await runCycle(store, [source], options);
  assert.deepEqual([second.read, second.skipped, second.run?.added, second.newArticles], [5, 4, 1, 1]);
  assert.deepEqual(second.touchedStories, [storyId]);
  const members = await store.storyMembers(storyId);
  assert.equal(members.length, 5);
  const snapshot = await storedSnapshot(store, storyId, membershipSignature(members));
  assert.equal(snapshot?.story.articleIds.length, 5, 'the cycle kept the snapshot of the story it touched, with the new article');
  const updated = second.events.filter((e) => e.kind === 'updated');
  assert.equal(updated.length, 1, JSON.stringify(second.events.map((e) => e.key)));
  const u = updated[0];
  assert.match(u.value?.from ?? '', /\b1,500\b/);
  assert.match(u.value?.to ?? '', /3,000\b/);
  assert.deepEqual(u.verdict, { from: 'single-origin', to: 'updated' });
  assert.equal(u.claimGroup?.verdict, 'updated');
  assert.deepEqual(u.origins, ['National Intelligence Service']);
  const [fresh, earlier] = u.sentences;
  assert.equal(fresh.role, 'new');
  assert.equal(fresh.articleId, RAISING_ARTICLE);
  assert.match(fresh.text, /3,000/);
  assert.equal(earlier.role, 'earlier');
  assert.match(earlier.text, /1,500/);
  const article = await store.getArticle(RAISING_ARTICLE);
  assert.equal(article?.text.slice(fresh.span[0], fresh.span[1]), fresh.text, 'the span locates the sentence in the article text');
  assert.deepEqual(u.articles.map((a) => a.id)[0], RAISING_ARTICLE);
  assert.equal(u.articles[0].title, 'Is South Korea now also sending troops to Ukraine?');
  assert.ok(second.events.some((e) => e.kind === 'new-article' && e.articles[0].id === RAISING_ARTICLE));
  assert.equal(second.events.filter((e) => e.kind === 'verdict-changed' && e.claimGroup?.key === u.claimGroup?.key).length, 0, 'the verdict change rides on the updated event');
  const stored = await store.listEvents(storyId);
  assert.equal(stored.filter((e) => e.kind === 'updated').length, 1);
  assert.deepEqual(stored.find((e) => e.kind === 'updated')?.data, u);

  const idle = await runCycle(store, [source], options);
  assert.deepEqual([idle.run, idle.newArticles, idle.events.length], [null, 0, 0]);
  await store.close();

  // A restart reads the same store: nothing new, nothing emitted.
  store = new SqliteStore(db);
  assert.deepEqual((await runCycle(store, [source], options)).events, []);
  // A cycle interrupted after storing its events but before saving its progress is computed again and emits nothing twice.
  const state = JSON.parse((await store.getState(WATCH_STATE)) as string) as WatchState;
  await store.putState(WATCH_STATE, JSON.stringify({ ...state, seen: state.seen - 1 }));
  const replay = await runCycle(store, [source], options);
  assert.deepEqual([replay.events.length, replay.repeated > 0], [0, true]);
  assert.equal((await store.listEvents(storyId)).filter((e) => e.kind === 'updated').length, 1);
  await store.close();
});

test('a store that already holds articles is taken as known when the watch starts following it', { timeout: 60_000 }, async () => {
  const store = new SqliteStore(join(dir, 'known.db'));
  const options = { analysis: { attributionModel: loadAttributionModel() } };
  const { runPipeline } = await import('../pipeline/index.js');
  await runPipeline([EXAMPLES], store, options);
  const cycle = await runCycle(store, [EXAMPLES], options);
  assert.deepEqual([cycle.read, cycle.skipped, cycle.run, cycle.events.length], [5, 5, null, 0]);
  await store.close();
});
