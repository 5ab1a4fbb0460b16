// Tests of the CSV export: RFC 4180 quoting round-trips page text and formulas are neutralised.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, test } from 'node:test';
import type { Dossier } from '../model/dossier.js';
import { csvField, formatCsv, writeDossierCsv } from './dossier-csv.js';

const FIXTURE = new URL('../../../test/fixtures/dossier/small.json', import.meta.url);
const load = (): Dossier => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Dossier;
const dir = mkdtempSync(join(tmpdir(), 'triangulate-csv-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"' && text[i + 1] === '"') { field += '"'; i += 2; } else if (text[i] === '"') { i++; break; } else field += text[i++];
      }
      if (text[i] !== ',' && text[i] !== '\r') throw new Error(`text after closing quote at ${i}`);
    } else if (text[i] === ',') { row.push(field); field = ''; i++; } else if (text.startsWith('\r\n', i)) {
      row.push(field); rows.push(row); row = []; field = ''; i += 2;
    } else {
      if (text[i] === '\n' || text[i] === '\r' || text[i] === '"') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
      field += text[i++];
    }
  }
  assert.equal(field, '', 'file ends with CRLF');
  assert.equal(row.length, 0);
  return rows;
}

test('writes the three files and returns their paths', async () => {
  const d = load();
  const paths = await writeDossierCsv(d.stories[0], d.articles, join(dir, 'a'));
  assert.deepEqual(paths.map((p) => basename(p)), ['tellings.csv', 'attributions.csv', 'timeline.csv']);
});

test('tellings round-trip through quoting with one row per telling', async () => {
  const d = load();
  const [tellings] = await writeDossierCsv(d.stories[0], d.articles, join(dir, 'b'));
  const rows = parseCsv(readFileSync(tellings, 'utf8'));
  const header = rows[0];
  for (const col of ['story_id', 'claim_group_id', 'statement', 'verdict', 'article_id', 'outlet', 'origin', 'value',
    'unit', 'approx', 'as_of', 'modality', 'sentence']) assert.ok(header.includes(col), col);
  assert.equal(rows.length, 1 + 3 + 2 + 3);
  for (const r of rows) assert.equal(r.length, header.length);
  const rec = (r: string[]): Record<string, string> => Object.fromEntries(header.map((h, i) => [h, r[i]]));
  const envoy = rows.map(rec).find((r) => r.sentence.includes('baseless'));
  assert.ok(envoy);
  assert.equal(envoy.sentence, '"These reports are baseless | <script>alert(1)</script>," North Korea\'s envoy said.');
  assert.equal(envoy.verdict, 'denied');
  assert.equal(envoy.negated, 'true');
  assert.equal(envoy.value, '');
  const update = rows.map(rec).find((r) => r.as_of === '2024-10-23' && r.claim_group_id === 'g2');
  assert.deepEqual(
    [update?.value, update?.approx, update?.unit, update?.outlet, update?.origin],
    ['3000', 'about', 'soldiers', 't-online', 'National Intelligence Service'],
  );
});

test('cells that a spreadsheet would evaluate are prefixed with a single quote', async () => {
  const d = load();
  const paths = await writeDossierCsv(d.stories[0], d.articles, join(dir, 'c'));
  const attributions = parseCsv(readFileSync(paths[1], 'utf8'));
  const content = attributions[0].indexOf('content');
  assert.ok(attributions.some((r) => r[content] === "'=cmd|' /C calc'!A0 was only a test"));
  assert.ok(attributions.some((r) => r[content] === 'These reports are baseless | <script>alert(1)</script>,'));
  for (const p of paths) {
    for (const r of parseCsv(readFileSync(p, 'utf8'))) for (const cell of r) assert.ok(!/^[=+\-@]/.test(cell), cell);
  }
  const timeline = parseCsv(readFileSync(paths[2], 'utf8'));
  assert.deepEqual(timeline[2], ['s1', '2024-10-18', 'day', 'NIS says North Korea decided to send 12,000 troops', 'a1 b2', 'The Straits Times; t-online']);
});

test('csvField quotes only when needed and leaves numbers numeric', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('+1 555'), "'+1 555");
  assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvField('-2+3,x'), `"'-2+3,x"`);
  assert.equal(csvField(-5), '-5');
  assert.equal(csvField(null), '');
  assert.equal(formatCsv([['a', 1], [true, null]]), 'a,1\r\ntrue,\r\n');
});

test('a range value is written low..high', async () => {
  const d = load();
  d.stories[0].claimGroups[0].tellings[0].value = [10000, 12000];
  const [tellings] = await writeDossierCsv(d.stories[0], d.articles, join(dir, 'd'));
  const rows = parseCsv(readFileSync(tellings, 'utf8'));
  assert.equal(rows[1][rows[0].indexOf('value')], '10000..12000');
});
