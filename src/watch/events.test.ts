// Change events on small hand-made stories: each kind, its evidence, stable group matching and deterministic keys.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimGroupKey } from '../link/claim-groups.js';
import { frameKey } from '../link/claim-frame.js';
import { decideVerdict } from '../link/verdicts.js';
import type { ClaimGroup, Story, Telling } from '../model/dossier.js';
import { freshEvents, groupsByKey, storyEvents, type EventArticle, type StoryChange } from './events.js';

const NIS = 'National Intelligence Service';

function telling(articleId: string, origin: string, value: number | null, asOf: string | null, extra: Partial<Telling> = {}): Telling {
  const sentence = `${origin} said ${value ?? 'it'} on ${asOf ?? 'some day'} (${articleId}).`;
  return {
    articleId,
    outlet: `Outlet ${articleId}`,
    published: asOf,
    origin,
    originEntityId: `organisation:${origin.toLowerCase()}`,
    value,
    unit: value === null ? null : 'troops',
    approx: null,
    asOf,
    modality: 'asserted',
    negated: false,
    sentence,
    span: [10, 10 + sentence.length],
    syndicatedFrom: null,
    rules: { measure: 'measure/open-tail', subject: 'subject/counted-noun', scope: 'scope/default-event', asOf: 'time/as-of', origin: 'origin/attribution-speaker', modality: 'modality/default' },
    ...extra,
  };
}

function group(id: string, subject: string, predicate: string, tellings: Telling[], extra: Partial<ClaimGroup> = {}): ClaimGroup {
  const sorted = [...tellings].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '') || a.articleId.localeCompare(b.articleId));
  const v = decideVerdict(sorted);
  const hasValue = sorted.some((t) => t.value !== null);
  const stance = sorted[0]?.modality === 'planned' ? 'planned' as const : sorted[0]?.modality === 'denied' && !hasValue ? 'denial' as const : 'actual' as const;
  const frame = { measure: hasValue ? `other:${predicate}:persons` : `event:${predicate}`, subject: stance === 'denial' ? `origin:${sorted[0]?.origin}` : subject.split(' ').at(-1) ?? subject, scope: 'event' as const, stance, when: null };
  return {
    id,
    key: frameKey(frame),
    frame,
    trivial: false,
    statement: `${subject}: ${predicate}${v.latest?.value ? `, ${v.latest.value}` : ''}`,
    subject,
    predicate,
    unitClass: hasValue ? 'persons' : null,
    place: null,
    verdict: v.verdict,
    verdictRule: v.rule,
    explanation: v.explanation,
    independentOrigins: v.origins.length,
    origins: v.origins,
    latestValue: v.latest?.value ?? null,
    related: [],
    tellings: sorted,
    ...extra,
  };
}

function story(articleIds: string[], claimGroups: ClaimGroup[], id = 's1'): Story {
  return {
    id,
    title: 'North Korean troops in Russia',
    articleIds,
    dateRange: { from: null, to: null },
    brief: [],
    claimGroups,
    timeline: [],
    attributions: [],
    entities: [],
    keyFigures: [],
    coverage: { outlets: articleIds.map((a) => `Outlet ${a}`), byClaimGroup: [] },
    syndication: [],
  };
}

function articles(ids: string[]): Map<string, EventArticle> {
  return new Map(ids.map((id) => [id, { id, outlet: `Outlet ${id}`, title: `Title ${id}`, published: '2024-10-23', url: null }]));
}

function change(before: Story | null, after: Story, newArticleIds: string[]): StoryChange {
  return { before, after, newArticleIds, articles: articles(after.articleIds) };
}

const AT = '2026-11-23T10:00:00.000Z';

test('a story with no article before gives one new-story event with its articles and lead sentences', () => {
  const after = story(['a1', 'a2'], [group('g1', 'North Korean troops', 'deploy', [telling('a1', NIS, 1500, '2024-10-08'), telling('a2', NIS, 1500, '2024-10-18')])]);
  const events = storyEvents(change(null, after, ['a1', 'a2']), AT);
  assert.equal(events.length, 1);
  const [e] = events;
  assert.equal(e.kind, 'new-story');
  assert.equal(e.key, 'new-story|s1');
  assert.equal(e.detectedAt, AT);
  assert.deepEqual(e.story, { id: 's1', title: 'North Korean troops in Russia' });
  assert.deepEqual(e.articles.map((a) => a.id), ['a1', 'a2']);
  assert.equal(e.articles[0].title, 'Title a1');
  assert.equal(e.sentences[0].articleId, 'a1');
  assert.deepEqual(e.origins, [NIS]);
  assert.match(e.message, /New story “North Korean troops in Russia”: 2 articles from 2 outlets/);
});

test('a new telling that raises its origin\'s value is one updated event with the new and the earlier sentence; groups match by key, not id', () => {
  const planned = (ids: string[]) => group('gX', 'North Korean special forces', 'send', ids.map((a) => telling(a, NIS, 12000, '2024-10-18', { modality: 'planned' })));
  const before = story(['a1', 'a2', 'a3'], [planned(['a1', 'a2', 'a3']), group('g2', 'North Korean soldiers', 'deploy', [telling('a1', NIS, 1500, '2024-10-08'), telling('a2', NIS, 1500, '2024-10-18')])]);
  const deployedAfter = group('g1', 'North Korean soldiers', 'deploy', [telling('a1', NIS, 1500, '2024-10-08'), telling('a2', NIS, 1500, '2024-10-18'), telling('a4', NIS, 3000, '2024-10-23'), telling('a4', NIS, 1500, '2024-10-23', { span: [400, 460] })]);
  const after = story(['a1', 'a2', 'a3', 'a4'], [deployedAfter, { ...planned(['a1', 'a2', 'a3']), id: 'g2' }]);
  assert.equal(claimGroupKey(before.claimGroups[1]), claimGroupKey(after.claimGroups[0]), 'the deployed count keeps its key while its id moves from g2 to g1');
  const events = storyEvents(change(before, after, ['a4']), AT);
  assert.deepEqual(events.map((e) => e.kind), ['new-article', 'updated']);
  const u = events[1];
  assert.equal(u.key, `updated|s1|${claimGroupKey(deployedAfter)}|a4:10`);
  assert.deepEqual(u.value, { from: '1,500 troops', to: '3,000 troops' });
  assert.deepEqual(u.verdict, { from: 'single-origin', to: 'updated' }, 'the verdict change rides on the updated event');
  assert.equal(u.claimGroup?.id, 'g1');
  assert.equal(u.claimGroup?.verdict, 'updated');
  assert.deepEqual(u.sentences.map((s) => [s.role, s.articleId, s.asOf]), [['new', 'a4', '2024-10-23'], ['earlier', 'a2', '2024-10-18']]);
  assert.deepEqual(u.sentences[0].span, deployedAfter.tellings.find((t) => t.value === 3000)?.span);
  assert.deepEqual(u.articles.map((a) => a.id), ['a4', 'a2']);
  assert.deepEqual(u.origins, [NIS]);
  assert.match(u.message, /National Intelligence Service now gives 3,000 troops \(as of Oct 23, 2024\), earlier 1,500 troops \(as of Oct 18, 2024\)/);
  assert.equal(events[0].key, 'new-article|s1|a4');
  assert.deepEqual(events[0].articles.map((a) => a.id), ['a4']);
  assert.match(events[0].message, /Outlet a4 joins “North Korean troops in Russia” with “Title a4”/);
});

test('a later telling that repeats the value, or an older one arriving late, is no update', () => {
  const before = story(['a1', 'a2'], [group('g1', 'soldiers', 'deploy', [telling('a1', NIS, 1500, '2024-10-08'), telling('a2', NIS, 3000, '2024-10-23')])]);
  const repeat = story(['a1', 'a2', 'a3'], [group('g1', 'soldiers', 'deploy', [...before.claimGroups[0].tellings, telling('a3', NIS, 3000, '2024-10-25')])]);
  assert.deepEqual(storyEvents(change(before, repeat, ['a3']), AT).map((e) => e.kind), ['new-article']);
  const late = story(['a1', 'a2', 'a3'], [group('g1', 'soldiers', 'deploy', [...before.claimGroups[0].tellings, telling('a3', NIS, 2000, '2024-10-15')])]);
  assert.deepEqual(storyEvents(change(before, late, ['a3']), AT).map((e) => e.kind), ['new-article']);
});

test('a new telling that becomes the leading value of an updated group is an updated event, even when a later telling repeats the old value', () => {
  const old = [telling('a1', NIS, 1500, '2024-10-08'), telling('a3', NIS, 1500, '2024-11-13')];
  const before = story(['a1', 'a3'], [group('g1', 'soldiers', 'deploy', old)]);
  const after = story(['a1', 'a3', 'a4'], [group('g1', 'soldiers', 'deploy', [...old, telling('a4', NIS, 3000, '2024-10-23')])]);
  assert.equal(after.claimGroups[0].verdict, 'updated');
  const events = storyEvents(change(before, after, ['a4']), AT);
  assert.deepEqual(events.map((e) => e.kind), ['new-article', 'updated']);
  assert.deepEqual(events[1].value, { from: '1,500 troops', to: '3,000 troops' });
  assert.deepEqual(events[1].verdict, { from: 'single-origin', to: 'updated' });
});

test('a second origin agreeing turns single-origin into corroborated: verdict-changed with from/to and both sentences', () => {
  const before = story(['a1'], [group('g1', 'soldiers', 'deploy', [telling('a1', NIS, 1500, '2024-10-18')])]);
  const after = story(['a1', 'a2'], [group('g1', 'soldiers', 'deploy', [telling('a1', NIS, 1500, '2024-10-18'), telling('a2', 'Pentagon', 1500, '2024-10-19')])]);
  const events = storyEvents(change(before, after, ['a2']), AT);
  assert.deepEqual(events.map((e) => e.kind), ['new-article', 'verdict-changed']);
  const v = events[1];
  assert.deepEqual(v.verdict, { from: 'single-origin', to: 'corroborated' });
  assert.equal(v.key, `verdict-changed|s1|${claimGroupKey(after.claimGroups[0])}|single-origin>corroborated|a2`);
  assert.deepEqual(v.sentences.map((s) => [s.role, s.articleId]), [['new', 'a2'], ['earlier', 'a1']]);
  assert.deepEqual(v.origins, [NIS, 'Pentagon']);
  assert.match(v.message, /changed from single-origin to corroborated/);
});

test('an independent origin giving an incompatible value for the same time: verdict-changed to contested', () => {
  const before = story(['a1'], [group('g1', 'soldiers', 'deploy', [telling('a1', NIS, 1500, '2024-10-18')])]);
  const after = story(['a1', 'a2'], [group('g1', 'soldiers', 'deploy', [telling('a1', NIS, 1500, '2024-10-18'), telling('a2', 'Kremlin', 0, '2024-10-19')])]);
  const [, v] = storyEvents(change(before, after, ['a2']), AT);
  assert.equal(v.kind, 'verdict-changed');
  assert.deepEqual(v.verdict, { from: 'single-origin', to: 'contested' });
  assert.deepEqual(v.sentences.map((s) => s.articleId), ['a2', 'a1']);
});

test('a denial telling is a denied event citing what it denies, not a new-claim-group; a new group is new-claim-group', () => {
  const deployed = group('g1', 'North Korean troops', 'deploy', [telling('a1', NIS, 1500, '2024-10-18')]);
  const before = story(['a1'], [deployed]);
  const denial = group('g2', 'North Korea', 'deploy', [telling('a2', 'North Korea', null, '2024-10-20', { modality: 'denied' })], { related: [{ groupId: 'g1', relation: 'denies' }] });
  const shells = group('g3', 'artillery shells', 'supply', [telling('a2', 'Newsweek', 8_000_000, '2023')]);
  const after = story(['a1', 'a2'], [deployed, denial, shells]);
  const events = storyEvents(change(before, after, ['a2']), AT);
  assert.deepEqual(events.map((e) => e.kind), ['new-article', 'denied', 'new-claim-group']);
  const d = events[1];
  assert.equal(d.key, `denied|s1|${claimGroupKey(denial)}|a2:10`);
  assert.deepEqual(d.verdict, { from: null, to: 'denied' });
  assert.deepEqual(d.sentences.map((s) => [s.role, s.articleId]), [['new', 'a2'], ['earlier', 'a1']]);
  assert.deepEqual(d.origins, ['North Korea', NIS]);
  assert.match(d.message, /North Korea denies/);
  const n = events[2];
  assert.equal(n.key, `new-claim-group|s1|${claimGroupKey(shells)}`);
  assert.equal(n.claimGroup?.statement, shells.statement);
  assert.deepEqual(n.origins, ['Newsweek']);
});

test('a denial joining an existing group folds the verdict change into the denied event', () => {
  const before = story(['a1'], [group('g1', 'troops', 'deploy', [telling('a1', NIS, 1500, '2024-10-18', { modality: 'denied' })])]);
  const after = story(['a1', 'a2'], [group('g1', 'troops', 'deploy', [telling('a1', NIS, 1500, '2024-10-18', { modality: 'denied' }), telling('a2', 'Pyongyang', 1500, '2024-10-19', { modality: 'denied' })])]);
  const events = storyEvents(change(before, after, ['a2']), AT);
  assert.deepEqual(events.map((e) => e.kind), ['new-article', 'denied']);
  assert.equal(events[1].verdict, null, 'denied before and after: no verdict change');
});

test('keys are deterministic; freshEvents drops keys already emitted and repeats; no new article, no event', () => {
  const before = story(['a1'], [group('g1', 'soldiers', 'deploy', [telling('a1', NIS, 1500, '2024-10-08')])]);
  const after = story(['a1', 'a2'], [group('g1', 'soldiers', 'deploy', [telling('a1', NIS, 1500, '2024-10-08'), telling('a2', NIS, 3000, '2024-10-23')])]);
  const first = storyEvents(change(before, after, ['a2']), AT);
  const again = storyEvents(change(before, after, ['a2']), '2026-11-24T00:00:00.000Z');
  assert.deepEqual(again.map((e) => e.key), first.map((e) => e.key));
  assert.deepEqual(freshEvents([...first, ...again], new Set()).map((e) => e.key), first.map((e) => e.key));
  assert.deepEqual(freshEvents(again, new Set(first.map((e) => e.key))), []);
  assert.deepEqual(storyEvents(change(after, after, []), AT), []);
  assert.deepEqual(storyEvents(change(before, after, ['not-in-story']), AT), []);
});

test('groupsByKey maps each group by its frame key, the key grouping made it with', () => {
  const a = group('g1', 'North Korea', 'deploy', [telling('a1', 'North Korea', null, '2024-10-20', { modality: 'denied' })]);
  const b = group('g2', 'troops', 'deploy', [telling('a2', NIS, 1500, '2024-10-21')]);
  const byKey = groupsByKey(story(['a1', 'a2'], [a, b]));
  assert.deepEqual([...byKey.keys()], [a.key, b.key]);
  assert.equal(byKey.get(b.key), b);
  assert.equal(claimGroupKey(a), frameKey(a.frame));
});

test('a new version of a stored article is a revised event naming the version it replaces and the figures that changed, not a new article', () => {
  const before = story(['a1', 'a2'], [group('g1', 'North Korean soldiers', 'deploy', [telling('a1', NIS, 1500, '2024-10-08'), telling('a2', NIS, 1500, '2024-10-18')])]);
  const after = story(['a1', 'a3'], [group('g1', 'North Korean soldiers', 'deploy', [telling('a1', NIS, 1500, '2024-10-08'), telling('a3', NIS, 3000, '2024-10-18')])]);
  const earlier: EventArticle = { id: 'a2', outlet: 'Outlet a2', title: 'Title a2', published: '2024-10-18', url: null };
  const revisions = new Map([['a3', { earlier, figures: { removed: ['1,500'], added: ['3,000'] }, removed: ['NIS said 1,500.'], added: ['NIS said 3,000.'] }]]);
  const events = storyEvents({ ...change(before, after, ['a3']), revisions }, AT);
  assert.equal(events[0].kind, 'revised');
  assert.equal(events[0].key, 'revised|s1|a3');
  assert.deepEqual(events[0].articles.map((a) => a.id), ['a3', 'a2']);
  assert.deepEqual(events[0].value, { from: '1,500', to: '3,000' });
  assert.match(events[0].message, /Revised in “North Korean troops in Russia”: Outlet a3 changed “Title a3” \(version a3 replaces a2\): 1 sentence dropped, 1 added; figures 1,500 became 3,000\./);
  assert.ok(!events.some((e) => e.kind === 'new-article'));
  assert.ok(events.some((e) => e.kind === 'updated'), 'the changed figure is also an update of its claim group');
});
