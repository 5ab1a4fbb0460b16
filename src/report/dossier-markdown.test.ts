// Tests of the Markdown dossier view on the small hand-built fixture: cited brief, escaped page text, sections.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Dossier } from '../model/dossier.js';
import { escapeMarkdown, renderDossierMarkdown } from './dossier-markdown.js';

const FIXTURE = new URL('../../../test/fixtures/dossier/small.json', import.meta.url);
const load = (): Dossier => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Dossier;

const md = renderDossierMarkdown(load());
const lines = md.split('\n');

/** Pipes that separate cells (not escaped with a backslash). */
const cellBars = (line: string): number => (line.match(/(?<!\\)\|/g) ?? []).length;

test('every brief sentence is a list item ending with citation links to the article list', () => {
  const story = load().stories[0];
  const expected = [
    ['North Korea plans to send about 12,000 troops', '[1](#article-a1), [2](#article-b2)'],
    ['The agency raised its count of soldiers already deployed from 1,500 by Oct 8', '[1](#article-a1), [2](#article-b2)'],
    ['North Korea denies sending troops.', '[2](#article-b2)'],
  ];
  assert.equal(story.brief.length, expected.length);
  for (const [start, citations] of expected) {
    const line = lines.find((l) => l.startsWith(`- ${start}`));
    assert.ok(line, `brief line starting "${start}"`);
    assert.ok(line.endsWith(` ${citations}`), line);
  }
  assert.ok(md.includes('<a id="article-a1"></a>'));
  assert.ok(md.includes('<a id="article-b2"></a>'));
});

test('the article list gives outlet, title, published date with its basis, and source', () => {
  const a1 = lines.find((l) => l.includes('<a id="article-a1">'));
  assert.ok(a1);
  assert.ok(a1.startsWith('1. '));
  assert.ok(a1.includes('**The Straits Times**'));
  assert.ok(a1.includes('North Korea to send 12,000 troops to Russia, Seoul says'));
  assert.ok(a1.includes('published 2024-10-18 (explicit)'));
  assert.ok(a1.includes('<https://example.org/st/a1>'));
});

test('page text cannot break tables or inject HTML', () => {
  assert.ok(!md.includes('<script>'), 'raw <script> in output');
  assert.ok(md.includes('These reports are baseless \\| &lt;script&gt;alert(1)&lt;/script&gt;'));
  // Every row of a table has as many cell separators as its header.
  let header = -1;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      header = -1;
      continue;
    }
    if (header < 0) header = cellBars(line);
    else assert.equal(cellBars(line), header, line);
  }
  // The timeline event starting with "#" is not a heading.
  assert.ok(!lines.some((l) => l.startsWith('# Deployment')));
  assert.ok(md.includes('\\# Deployment of the 12,000 troops expected'));
});

test('claim groups carry verdict badges, origins, explanation and their tellings', () => {
  assert.ok(md.includes('#### 1. **SINGLE-ORIGIN** North Korea plans to send about 12,000 troops to Russia'));
  assert.ok(md.includes('#### 2. **UPDATED** North Korean soldiers already deployed to Russia'));
  assert.ok(md.includes('#### 3. **DENIED** North Korea is sending troops to Russia'));
  assert.ok(md.includes('Independent origins: **1** (National Intelligence Service)'));
  assert.ok(md.includes('Reported by 2 outlets, all citing the National Intelligence Service (1 independent origin).'));
  assert.ok(lines.includes('Leading value: 3,000 soldiers'));
  assert.ok(lines.includes(
    'Value history: 1,500 (2024-10-08, National Intelligence Service via The Straits Times) → ' +
      'about 3,000 (2024-10-23, National Intelligence Service via t-online)',
  ));
  // Values of a group that is no update read side by side, with no arrow.
  assert.ok(!lines.some((l) => l.includes('→') && !l.startsWith('Value history:') && !l.startsWith('- **UPDATED**') && !l.startsWith('#### 2.')), lines.filter((l) => l.includes('→')).join('\n'));
  const row = lines.find((l) => l.includes('around 3,000 soldiers have been deployed'));
  assert.ok(row);
  const cells = row.split(/(?<!\\)\|/).map((c) => c.trim());
  assert.deepEqual(cells.slice(1, 7), ['1', 't-online', 'National Intelligence Service', 'about 3,000 soldiers', '2024-10-23', 'asserted']);
  assert.equal(cells[8], '[2](#article-b2)');
  const denial = lines.find((l) => l.includes('North Korea denies sending troops to Russia.'));
  assert.ok(denial?.includes('| denied |'));
});

test('timeline, who said what, coverage and entities', () => {
  assert.ok(lines.includes('- **2024-10-08** (day) — 1,500 North Korean soldiers moved to Vladivostok [1](#article-a1)'));
  assert.ok(lines.some((l) => l.startsWith('- **2024-12** (month) — ')));
  // The NIS under two names but one entity is one speaker.
  assert.ok(lines.includes('#### National Intelligence Service'));
  assert.ok(!lines.includes('#### NIS'));
  assert.ok(lines.includes('- _says_: around 3,000 soldiers have been deployed [2](#article-b2)'));
  const envoy = lines.indexOf("#### North Korea's envoy");
  assert.ok(envoy > 0);
  assert.ok(lines[envoy + 2].startsWith('- _said_: “These reports are baseless'));
  assert.ok(lines.includes('| The Straits Times | ✓ | ✓ | ✓ |'));
  assert.ok(lines.includes('| National Intelligence Service | organisation | NIS, spy agency | 2 | 5 |'));
  assert.ok(md.includes('2 articles from 2 outlets · Oct 18, 2024 – Oct 23, 2024'));
});

test('escapeMarkdown neutralises structure at the start of a line and inside it', () => {
  assert.equal(escapeMarkdown('# head'), '\\# head');
  assert.equal(escapeMarkdown('1. item'), '1\\. item');
  assert.equal(escapeMarkdown('- item'), '\\- item');
  assert.equal(escapeMarkdown('a | b\nc'), 'a \\| b c');
  assert.equal(escapeMarkdown('[x](javascript:alert(1))'), '\\[x\\](javascript:alert(1))');
  assert.equal(escapeMarkdown('**bold** `code` <b>&amp;'), '\\*\\*bold\\*\\* \\`code\\` &lt;b&gt;&amp;amp;');
});

test('an empty dossier renders its header and an empty article list; unknown citations show the id', () => {
  const out = renderDossierMarkdown({ schemaVersion: 1, generatedAt: '2024-10-25T00:00:00Z', stories: [], articles: [] });
  assert.ok(out.startsWith('# Triangulate dossier\n'));
  assert.ok(out.includes('_No articles._'));
  const d = load();
  d.stories[0].brief[2].articleIds = ['missing'];
  assert.ok(renderDossierMarkdown(d).includes('- North Korea denies sending troops. \\[missing?\\]'));
});

test('a folded (trivial) group gets one line after the listed groups, not a section of its own', () => {
  const d = load();
  const groups = d.stories[0].claimGroups;
  groups[2] = { ...groups[2], trivial: true };
  const out = renderDossierMarkdown(d).split('\n');
  assert.ok(!out.some((l) => l.startsWith('#### 3. ')), 'no section for the folded group');
  assert.ok(out.some((l) => l.startsWith('#### 2. ')));
  const line = out.find((l) => l.startsWith('- #3 '));
  assert.ok(line?.includes(groups[2].statement), line);
  assert.ok(out.some((l) => /1 minor claim group .*folded/.test(l)));
});

test('the leading value takes the unit of a telling of that value, not of the first telling', () => {
  const d = load();
  const g = d.stories[0].claimGroups.find((x) => x.latestValue !== null && x.tellings.some((t) => t.value !== null && JSON.stringify(t.value) !== JSON.stringify(x.latestValue)))!;
  const first = g.tellings.findIndex((t) => t.value !== null && JSON.stringify(t.value) !== JSON.stringify(g.latestValue));
  assert.ok(first >= 0, 'the fixture has a group with an earlier, different value');
  // The earlier value comes first, with a unit the analysis misread.
  g.tellings = [{ ...g.tellings[first], unit: 'deal and' }, ...g.tellings.filter((_, j) => j !== first)];
  const out = renderDossierMarkdown(d).split('\n');
  const lead = out.filter((l) => l.startsWith('Leading value: '));
  assert.ok(lead.length > 0);
  assert.ok(lead.every((l) => !l.includes('deal and')), lead.join('\n'));
});

test('a negated event told as not having happened reads "not so"; only a denial reads "denied"', () => {
  const d = load();
  const g = d.stories[0].claimGroups.find((x) => x.verdict === 'denied')!;
  const denial = g.tellings.find((t) => t.modality === 'denied')!;
  // "No arrests have been made": negated, asserted, no value.
  g.tellings.push({ ...denial, modality: 'asserted', origin: 'police', sentence: 'No arrests have been made as of Monday.' });
  const out = renderDossierMarkdown(d).split('\n');
  const row = out.find((l) => l.includes('No arrests have been made'))!;
  assert.ok(row.includes('| not so |'), row);
  assert.ok(out.some((l) => l.includes('| North Korea | denied |')));
});
