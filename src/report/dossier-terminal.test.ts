// Tests of the terminal dossier view: colour only when asked, wrapping, value history, citations.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Dossier } from '../model/dossier.js';
import { renderDossierTerminal, wrap } from './dossier-terminal.js';

const FIXTURE = new URL('../../../test/fixtures/dossier/small.json', import.meta.url);
const load = (): Dossier => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Dossier;
const ESC = '\u001b';

test('without colour there are no ANSI escapes, even when page text carries some', () => {
  const d = load();
  d.stories[0].title = `Red ${ESC}[31malert${ESC}[0m title`;
  d.stories[0].attributions[2].content = `quote with ${ESC}[2J clear`;
  const out = renderDossierTerminal(d, { color: false, width: 100 });
  assert.ok(!out.includes(ESC));
  assert.ok(out.includes('Red [31malert [0m title'), out);
});

test('with colour the verdicts carry their colours', () => {
  const out = renderDossierTerminal(load(), { color: true, width: 100 });
  assert.ok(out.includes(`${ESC}[1;33mSINGLE-ORIGIN${ESC}[0m`));
  assert.ok(out.includes(`${ESC}[1;36mUPDATED${ESC}[0m`));
  assert.ok(out.includes(`${ESC}[1;35mDENIED${ESC}[0m`));
});

test('the updated group shows its value history in date order with origin and outlet', () => {
  const out = renderDossierTerminal(load(), { color: false, width: 400 });
  assert.ok(out.includes(
    '1,500 (Oct 8, National Intelligence Service via The Straits Times) → about 3,000 (Oct 23, National Intelligence Service via t-online)',
  ), out);
  assert.ok(out.includes('value: 12,000 troops'));
  assert.ok(out.includes('denied by North Korea [1][2]'));
});

test('a value told as an earlier one sorts before its article\'s dated value, not after every date', () => {
  const d = load();
  const g = d.stories[0].claimGroups.find((x) => x.verdict === 'updated')!;
  const later = g.tellings.find((t) => t.value === 3000)!;
  // "previously there had been talk of 2,000": no date of its own, held before b2's value of Oct 23.
  g.tellings.push({ ...later, value: 2000, approx: null, asOf: null, rules: { ...later.rules, asOf: 'time/earlier-value' } });
  const out = renderDossierTerminal(d, { color: false, width: 400 });
  assert.ok(out.includes('1,500 (Oct 8, National Intelligence Service via The Straits Times) → 2,000 (earlier, National Intelligence Service via t-online) → about 3,000 (Oct 23'), out);
});

test('brief sentences, timeline and speakers carry [n] citations', () => {
  const out = renderDossierTerminal(load(), { color: false, width: 400 });
  assert.ok(out.includes('North Korea denies sending troops. [2]'));
  assert.ok(out.includes('the only origin behind the figure. [1][2]'));
  assert.ok(/Oct 8\s+1,500 North Korean soldiers moved to Vladivostok \[1\]/.test(out));
  assert.ok(/Dec 2024\s+# Deployment/.test(out));
  assert.ok(out.includes('National Intelligence Service (2) said: North Korea has decided'));
  assert.ok(out.includes('“These reports are baseless | <script>alert(1)</script>,”'));
  assert.ok(out.includes('[1] The Straits Times — North Korea to send 12,000 troops to Russia, Seoul says (Oct 18, 2024)'));
  assert.ok(out.includes('2 articles · 2 outlets · Oct 18 – Oct 23, 2024'));
});

test('lines fit the width, coloured or not', () => {
  for (const color of [false, true]) {
    for (const width of [40, 60, 80]) {
      const out = renderDossierTerminal(load(), { color, width });
      for (const line of out.split('\n')) {
        // eslint-disable-next-line no-control-regex
        const visible = [...line.replace(/\u001b\[[0-9;]*m/g, '')].length;
        assert.ok(visible <= width, `${visible} > ${width}: ${line}`);
      }
    }
  }
});

test('wrap breaks on spaces, indents continuation lines and cuts overlong words', () => {
  assert.deepEqual(wrap('aaa bbb ccc', 8, '- ', '  '), ['- aaa', '  bbb', '  ccc']);
  assert.deepEqual(wrap('abcdefghij', 6, '', ''), ['abcdef', 'ghij']);
  assert.deepEqual(wrap('', 10, '> '), ['>']);
});

test('an empty dossier and a citation of an unknown article still render', () => {
  const empty: Dossier = { schemaVersion: 1, generatedAt: '2024-10-25T00:00:00Z', stories: [], articles: [] };
  assert.equal(renderDossierTerminal(empty, { color: false, width: 80 }), 'Triangulate · 0 stories · 0 articles\n');
  const d = load();
  d.stories[0].brief[2].articleIds = ['missing'];
  assert.ok(renderDossierTerminal(d, { color: false, width: 200 }).includes('North Korea denies sending troops. [?]'));
});

test('a contested group shows each origin’s value side by side', () => {
  const d = load();
  const g = d.stories[0].claimGroups[0];
  g.verdict = 'contested';
  g.tellings[2] = { ...g.tellings[2], origin: 'Volodymyr Zelensky', value: 10000, approx: 'more-than', asOf: '2024-10-14' };
  const out = renderDossierTerminal(d, { color: false, width: 300 });
  assert.ok(out.includes('Volodymyr Zelensky: more than 10,000 (Oct 14) · National Intelligence Service: 12,000 (Oct 18)'), out);
});

test('folded (trivial) groups are counted, not listed', () => {
  const d = load();
  const groups = d.stories[0].claimGroups;
  groups[2] = { ...groups[2], trivial: true };
  const out = renderDossierTerminal(d, { color: false, width: 400 });
  const claims = out.slice(out.indexOf('CLAIMS'), out.indexOf('TIMELINE'));
  assert.ok(!claims.includes(groups[2].statement), claims);
  assert.ok(claims.includes(groups[0].statement));
  assert.match(claims, /\+ 1 minor claim group folded/);
});

test('a negation of what has not happened is no denial: "denied by" names the denying party only', () => {
  const d = load();
  const g = d.stories[0].claimGroups.find((x) => x.verdict === 'denied')!;
  const denial = g.tellings.find((t) => t.modality === 'denied')!;
  g.tellings.push({ ...denial, modality: 'asserted', origin: 'police', sentence: 'No arrests have been made as of Monday.' });
  const out = renderDossierTerminal(d, { color: false, width: 400 });
  assert.ok(out.includes('denied by North Korea ['), out);
  assert.ok(!/denied by [^\n]*police/.test(out), out);
});

test('a story that runs over the turn of a year prints the year of every timeline date', () => {
  const d = load();
  const story = d.stories[0]!;
  const spanning: Dossier = { ...d, stories: [{ ...story, dateRange: { ...story.dateRange, from: '2023-12-30' } }] };
  const out = renderDossierTerminal(spanning, { color: false, width: 400 });
  assert.ok(/Oct 8, 2024\s+1,500 North Korean soldiers moved to Vladivostok \[1\]/.test(out));
  // Within one year the year is left out (see the test of citations above).
  assert.ok(/Oct 8\s+1,500/.test(renderDossierTerminal(d, { color: false, width: 400 })));
});
