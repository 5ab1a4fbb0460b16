// The dossier page on a story written by hand: key figures first in words, then what is disputed, then the brief; coverage and speakers read right.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureStory } from '../../../test/ui-fixture-story.js';
import { chartPoints, chartRows, yTicks } from '../chart.js';
import { speakerGroups, UNNAMED } from '../speakers.js';
import { dossierBody } from './dossier.js';
import { entityPage } from './entity.js';

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

test('the page opens with the key figures, then the disputed claims, then the brief', () => {
  const page = dossierBody(fixtureStory()).value;
  const order = [...page.matchAll(/<section id="([a-z-]+)"/g)].map((m) => m[1]);
  assert.deepEqual(order.slice(0, 3), ['key-figures', 'disputed', 'brief']);
  const figures = text(page.slice(page.indexOf('id="key-figures"'), page.indexOf('id="disputed"')));
  assert.match(figures, /3,000 troops/);
  assert.match(figures, /Changed: first 1,500 \(Oct 7, 2024\), now 3,000 \(Oct 23, 2024\)\./);
  assert.match(figures, /1 independent origin: The Agency\./);
  assert.match(figures, /Updated: its origin later gave a new value\./);
  const disputed = text(page.slice(page.indexOf('id="disputed"'), page.indexOf('id="brief"')));
  assert.ok(disputed.indexOf('Ministry: deploy') < disputed.indexOf('Troops: send'), 'the denial comes first');
  assert.doesNotMatch(disputed, /Port: close/, 'a single-origin claim is not disputed');
});

test('without key figures the page opens with what is disputed', () => {
  const page = dossierBody(fixtureStory(false)).value;
  assert.doesNotMatch(page, /id="key-figures"/);
  assert.match(page, /<section id="disputed"/);
});

test('counts, outlets and claim order read one way', () => {
  const page = dossierBody(fixtureStory()).value;
  assert.match(text(page), /3 articles from 2 outlets, 1 of unknown outlet/);
  // The coverage column of the article without an outlet is headed "unknown outlet", never its id; marks have text.
  const coverage = page.slice(page.indexOf('id="coverage"'), page.indexOf('id="entities"'));
  assert.match(coverage, /<th scope="col" class="outlet">unknown outlet<\/th>/);
  assert.doesNotMatch(coverage, />a3</);
  assert.match(coverage, /<span class="vh">told by Daily Post<\/span>/);
  // No link inside a claim group's summary (a summary is itself interactive).
  for (const m of page.matchAll(/<summary>([\s\S]*?)<\/summary>/g)) assert.doesNotMatch(m[1], /<a /);
  const claims = page.slice(page.indexOf('id="claims"'));
  assert.ok(claims.indexOf('id="claim-g2"') < claims.indexOf('id="claim-g1"') && claims.indexOf('id="claim-g1"') < claims.indexOf('id="claim-g3"'), 'denied, updated, then single origin');
  assert.match(text(claims), /1 claim group from a single origin/);
});

test('the chart plots a restated earlier value at the date it held, marked as earlier; ticks are round', () => {
  const g = fixtureStory().story.claimGroups.find((x) => x.id === 'g1');
  assert.ok(g);
  const points = chartPoints(g);
  const restated = points.filter((p) => p.earlier);
  assert.equal(restated.length, 1);
  assert.equal(restated[0].low, 1500);
  assert.equal(restated[0].at, '2024-10-07', 'plotted when 1,500 was the current value, not on Oct 23');
  assert.deepEqual(points.filter((p) => !p.earlier).map((p) => [p.at, p.low]), [['2024-10-07', 1500], ['2024-10-23', 3000]]);
  assert.deepEqual(yTicks(1500, 3000), [0, 1000, 2000, 3000]);
  assert.deepEqual(yTicks(6, 6), [0, 2, 4, 6]);
  const page = dossierBody(fixtureStory()).value;
  assert.match(page, /<table class="chart-data cards"><caption>Values of the chart/);
  assert.deepEqual(chartRows(points).map((r) => [r.from, r.to, r.point.low, r.count, r.point.earlier]), [['2024-10-07', '2024-10-07', 1500, 1, false], ['2024-10-07', '2024-10-07', 1500, 1, true], ['2024-10-23', '2024-10-23', 3000, 1, false]]);
  assert.match(page, /earlier value, told again on Oct 23, 2024/);
});

test('speakers group by entity: a title-prefixed name joins its person, pronouns go to unnamed sources', () => {
  const groups = speakerGroups(fixtureStory().story);
  const austin = groups.find((g) => g.entityId === 'e:person:austin');
  assert.equal(austin?.attributions.length, 2);
  assert.deepEqual(austin?.names.sort(), ['Austin', 'Defence Secretary Lloyd Austin']);
  assert.equal(groups[groups.length - 1].name, UNNAMED);
  assert.deepEqual(groups[groups.length - 1].names, ['He']);
  assert.ok(!groups.some((g) => g.name === 'He'));
});

test('the entity page lists its claims, what it said and its articles', () => {
  const page = entityPage(fixtureStory(), 'e:organisation:the agency')?.value ?? '';
  assert.match(text(page), /Claims \(1\)/);
  assert.match(page, /href="\/stories\/s1#claim-g1"/);
  assert.match(text(page), /What The Agency said \(2\)/);
  assert.match(text(page), /Articles \(2\)/);
  assert.equal(entityPage(fixtureStory(), 'e:none'), null);
});

test('a folded (trivial) claim group stays out of the claims list, which says how many it folds', () => {
  const loaded = fixtureStory();
  const g = loaded.story.claimGroups.find((x) => x.id === 'g3')!;
  const statement = g.statement;
  assert.ok(dossierBody(loaded).value.includes(`id="claim-${g.id}"`), 'an unfolded group has its section');
  g.trivial = true;
  const page = dossierBody(loaded).value;
  const claims = page.slice(page.indexOf('<section id="claims">'));
  const section = claims.slice(0, claims.indexOf('minor claim group'));
  assert.ok(!section.includes(`id="claim-${g.id}"`), 'the folded group has no section');
  g.trivial = false;
  assert.match(claims, /1 minor claim group told by one outlet/);
  assert.ok(statement.length > 0);
});
