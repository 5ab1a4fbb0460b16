// The example corpus end to end: one story whose dossier shows origins, updates, entities, a dated timeline and a cited brief.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildDossier, runPipeline } from '../src/pipeline/index.js';
import { SqliteStore } from '../src/store/index.js';
import type { ClaimGroup, Dossier } from '../src/model/dossier.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-example-'));
let dossier: Dossier;

before(async () => {
  const store = new SqliteStore(join(dir, 'x.db'));
  const summary = await runPipeline(['examples/korea-troops-2024'], store);
  assert.equal(summary.added, 5);
  dossier = await buildDossier(store, summary.storyIds);
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

const values = (g: ClaimGroup) => g.tellings.map((t) => t.value);
const has = (g: ClaimGroup, v: number) => values(g).some((x) => x === v);

test('the five pages form one story', () => {
  assert.equal(dossier.stories.length, 1);
  assert.equal(dossier.stories[0].articleIds.length, 5);
});

test('the planned 12,000 is told by three or more outlets with one independent origin, the NIS', () => {
  const story = dossier.stories[0];
  const g = story.claimGroups.find((x) => has(x, 12000) && x.statement.includes('(planned)'));
  assert.ok(g, story.claimGroups.map((x) => x.statement).join('\n'));
  assert.ok(new Set(g.tellings.map((t) => t.articleId)).size >= 3, JSON.stringify(g.tellings.map((t) => [t.outlet, t.origin])));
  assert.equal(g.independentOrigins, 1, JSON.stringify(g.origins));
  assert.match(g.origins[0], /National Intelligence Service|NIS/);
  assert.equal(g.verdict, 'single-origin');
});

test('1,500 deployed by Oct 8 is updated to about 3,000, same origin', () => {
  const g = dossier.stories[0].claimGroups.find((x) => has(x, 1500) && has(x, 3000));
  assert.ok(g, dossier.stories[0].claimGroups.map((x) => `${x.statement} ${JSON.stringify(values(x))}`).join('\n'));
  assert.equal(g.verdict, 'updated');
  assert.equal(g.latestValue, 3000);
  assert.ok(g.tellings.some((t) => t.value === 1500 && t.asOf === '2024-10-08'));
});

test('the figures of 10,000 keep their own origins', () => {
  const tens = dossier.stories[0].claimGroups.filter((x) => has(x, 10000));
  assert.ok(tens.length >= 1);
  const origins = new Set(tens.flatMap((g) => g.tellings.filter((t) => t.value === 10000).map((t) => t.origin)));
  assert.ok([...origins].some((o) => /Zelensky/.test(o)), [...origins].join(', '));
  for (const g of tens) assert.ok(!/National Intelligence/.test(g.origins.join(' ')) || g.tellings.every((t) => t.value !== 10000 || !/National Intelligence/.test(t.origin)));
});

test('Kim Jong Un is one entity and Kim Yong-hyun another', () => {
  const entities = dossier.stories[0].entities;
  const kju = entities.filter((e) => [e.name, ...e.aliases].some((n) => /^Kim Jong[- ]?[Uu]n/.test(n)));
  assert.equal(kju.length, 1, JSON.stringify(kju));
  assert.ok(kju[0].articleIds.length >= 3);
  const kyh = entities.find((e) => e.name === 'Kim Yong-hyun');
  assert.ok(kyh);
  assert.notEqual(kyh.id, kju[0].id);
});

test('the timeline places the Oct 3, 8, 15, 17, 18, 31 and Nov 7 events', () => {
  const dates = new Set(dossier.stories[0].timeline.map((e) => e.date));
  for (const d of ['2024-10-03', '2024-10-08', '2024-10-15', '2024-10-17', '2024-10-18', '2024-10-31', '2024-11-07']) {
    assert.ok(dates.has(d), `${d} missing from ${[...dates].join(', ')}`);
  }
});

test('the brief has 5 to 10 sentences and every one cites its articles', () => {
  const brief = dossier.stories[0].brief;
  assert.ok(brief.length >= 5 && brief.length <= 10, String(brief.length));
  const ids = new Set(dossier.stories[0].articleIds);
  for (const s of brief) {
    assert.ok(s.articleIds.length > 0, s.text);
    for (const id of s.articleIds) assert.ok(ids.has(id));
    // The cited articles really hold the sentence.
    assert.ok(s.articleIds.some((id) => dossier.articles.find((a) => a.id === id)?.text.replace(/\s+/g, ' ').includes(s.text)), s.text);
  }
});

test('key figures lead with troops planned (about 12,000, NIS, 3+ outlets) and deployed (1,500, then about 3,000, updated)', () => {
  const figures = dossier.stories[0].keyFigures;
  const planned = figures.find((f) => f.measure === 'troops' && f.stance === 'planned');
  assert.ok(planned, JSON.stringify(figures));
  assert.equal(planned.value, 12000);
  assert.match(planned.origins.join(' '), /National Intelligence Service|NIS/);
  assert.ok(new Set(planned.history.flatMap((p) => p.articleIds)).size >= 3);
  const deployed = figures.find((f) => f.measure === 'troops' && f.stance === 'actual');
  assert.ok(deployed, JSON.stringify(figures));
  assert.equal(deployed.value, 3000);
  assert.equal(deployed.verdict, 'updated');
  assert.ok(deployed.history.some((p) => p.value === 1500) && deployed.history.at(-1)?.value === 3000, JSON.stringify(deployed.history));
  assert.match(deployed.statement, /1,500.*→.*about 3,000/);
});

test('"previously there had been talk of 1,500" is an earlier value: the deployed series never falls back to 1,500', () => {
  const g = dossier.stories[0].claimGroups.find((x) => has(x, 1500) && has(x, 3000));
  assert.ok(g);
  const valued = g.tellings.filter((t) => t.value !== null);
  assert.equal(valued.at(-1)?.value, 3000, JSON.stringify(valued.map((t) => [t.value, t.asOf])));
});

test('no pronoun or fragment among speakers and origins', () => {
  const story = dossier.stories[0];
  const names = [...story.attributions.map((a) => a.speaker.name), ...story.claimGroups.flatMap((g) => g.origins)];
  for (const n of names) assert.doesNotMatch(n, /^(he|she|they|it|we|his|her|their|who|which|been|service|these concerns|article [0-9a-f]+)$/i, n);
});
