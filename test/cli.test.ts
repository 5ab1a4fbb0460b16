// End-to-end tests of the command line in-process: a batch of bad inputs, the store round trip, exit codes.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import iconv from 'iconv-lite';
import { run } from '../src/cli/program.js';
import { capture } from './cli-io.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = [
  'Rescuers search rubble after strong quake',
  'Rescue teams searched collapsed buildings on Tuesday after a strong earthquake struck the coastal province, officials said.',
  'The regional governor said at least 40 people had been taken to hospital and that schools would stay closed for two days.',
  '"We are doing everything we can to reach the people still trapped," the head of the civil defence agency told reporters.',
].join('\n\n');

function batchFolder(): string {
  const batch = join(dir, 'batch');
  mkdirSync(batch);
  writeFileSync(join(batch, '01-empty.txt'), '');
  writeFileSync(join(batch, '02-binary.html'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]));
  writeFileSync(join(batch, '03-invalid-utf8.txt'), Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0xff, 0xfe, 0xfd, 0x80])]));
  writeFileSync(join(batch, '04-cp1252.txt'), iconv.encode(`${ARTICLE}\n\nThe café’s owner said “it shook for a minute” — then stopped.`, 'windows-1252'));
  const deep = `<html><body>${'<div>'.repeat(100_000)}<p>${ARTICLE}</p>${'</div>'.repeat(100_000)}</body></html>`;
  writeFileSync(join(batch, '05-deep.html'), deep);
  const hostile = `<html><head><title>Hostile</title><script>window.__pwned=1</script></head><body onload="window.__pwned=2">
    <article><h1>Hostile page</h1><p onclick="alert(1)">${ARTICLE.split('\n\n')[1]}</p>
    <img src=x onerror="alert(2)"><a href="javascript:alert(3)">link</a><script>document.write('INJECTED')</script>
    <p>${ARTICLE.split('\n\n')[2]}</p><style>p{color:red}</style><noscript>NOSCRIPT TEXT</noscript></article></body></html>`;
  writeFileSync(join(batch, '06-hostile.html'), hostile);
  // 30 MB of distinct paragraphs (identical ones would rightly be dropped as duplicates).
  const sentence = ARTICLE.split('\n\n')[1];
  const paras: string[] = [];
  for (let size = 0, i = 0; size < 30 * 1024 * 1024; i++) {
    const p = `<p>Update ${i}: ${sentence}</p>\n`;
    paras.push(p);
    size += p.length;
  }
  writeFileSync(join(batch, '07-huge.html'), `<html><body><article>${paras.join('')}</article></body></html>`);
  writeFileSync(join(batch, '08-good.txt'), ARTICLE);
  return batch;
}

test('a batch of bad inputs: each gets a message or an article and the batch goes on', { timeout: 120_000 }, async () => {
  const batch = batchFolder();
  const io = capture();
  const code = await run(['node', 'triangulate', 'extract', '--json', batch], io);
  const results = io.stdout.map((l) => JSON.parse(l) as { id: string | null; source: string; text?: string; messages: { ruleId: string; severity: string }[] });
  const bySource = new Map(results.map((r) => [r.source.split('/').pop(), r]));
  assert.equal(results.length, 8, `one result per document, got ${results.map((r) => r.source).join(', ')}`);
  assert.equal(code, 1, 'exit code 1 when some document failed');
  assert.equal(bySource.get('01-empty.txt')?.id, null);
  assert.ok(bySource.get('01-empty.txt')?.messages.some((m) => m.ruleId === 'ingest/empty'));
  assert.ok(bySource.get('02-binary.html')?.messages.some((m) => m.ruleId === 'ingest/binary'));
  assert.match(bySource.get('03-invalid-utf8.txt')?.text ?? '', /Rescue teams searched/);
  assert.match(bySource.get('04-cp1252.txt')?.text ?? '', /café’s owner said “it shook for a minute” — then stopped/);
  assert.match(bySource.get('05-deep.html')?.text ?? JSON.stringify(bySource.get('05-deep.html')?.messages), /Rescue teams searched|nest/i);
  const hostile = bySource.get('06-hostile.html')?.text ?? '';
  assert.match(hostile, /regional governor said/);
  for (const payload of ['__pwned', 'alert(', 'INJECTED', 'javascript:', 'color:red', 'NOSCRIPT']) assert.ok(!hostile.includes(payload), payload);
  const huge = bySource.get('07-huge.html');
  assert.match(huge?.text ?? '', /^Update 0: /, 'the 30 MB page is extracted');
  assert.ok((huge?.text?.length ?? 0) > 900_000 && (huge?.text?.length ?? 0) <= 1_000_000, 'its text is cut at a paragraph end near a million characters');
  assert.ok(huge?.messages.some((m) => m.ruleId === 'extract/too-long' && m.severity === 'warning'), 'the cut is said in a warning');
  assert.match(bySource.get('08-good.txt')?.text ?? '', /civil defence agency/);
});

test('add stores once, reports what was already present, and articles/show read it back', async () => {
  const db = join(dir, 'store.db');
  const file = join(dir, 'quake.txt');
  writeFileSync(file, ARTICLE);
  const first = capture();
  assert.equal(await run(['node', 'triangulate', 'add', '--db', db, file], first), 0);
  assert.match(first.stdout.at(-1) ?? '', /^1 added, 0 already present, 0 failed/);
  const again = capture(ARTICLE);
  assert.equal(await run(['node', 'triangulate', 'add', '--db', db, '-', '--json'], again), 0);
  assert.deepEqual(JSON.parse(again.stdout[0]), { added: 0, present: 1, failed: [] });
  const list = capture();
  await run(['node', 'triangulate', 'articles', '--db', db, '--json'], list);
  assert.equal(list.stdout.length, 1);
  const id = (JSON.parse(list.stdout[0]) as { id: string }).id;
  const show = capture();
  assert.equal(await run(['node', 'triangulate', 'show', id.slice(0, 8), '--db', db, '--json'], show), 0);
  assert.match((JSON.parse(show.stdout[0]) as { text: string }).text, /civil defence agency/);
  const missing = capture();
  assert.equal(await run(['node', 'triangulate', 'show', 'doesnotexist', '--db', db], missing), 2);
  assert.match(missing.stderr.join('\n'), /no article/);
});

test('why prints the story an article is in and the rule that put it there', async () => {
  const db = join(dir, 'why.db');
  const a = join(dir, 'why-a.txt');
  const b = join(dir, 'why-b.txt');
  writeFileSync(a, ARTICLE);
  writeFileSync(b, ARTICLE.replace(/\bsaid\b/gu, 'reported'));
  assert.equal(await run(['node', 'triangulate', 'add', '--db', db, a, b], capture()), 0);
  const list = capture();
  await run(['node', 'triangulate', 'articles', '--db', db, '--json'], list);
  const ids = list.stdout.map((l) => (JSON.parse(l) as { id: string }).id);
  assert.equal(ids.length, 2);
  for (const id of ids) {
    const why = capture();
    assert.equal(await run(['node', 'triangulate', 'why', id, '--db', db, '--json'], why), 0);
    const out = JSON.parse(why.stdout[0]) as { articleId: string; membership: { storyId: string; rule: string; score: number } | null };
    assert.equal(out.articleId, id);
    assert.ok(out.membership, 'a linked article has a membership');
    assert.match(out.membership.rule, /^cluster\//u);
  }
  const text = capture();
  assert.equal(await run(['node', 'triangulate', 'why', ids[0]!, '--db', db], text), 0);
  assert.match(text.stdout.join('\n'), /story \S+ {2}score \d\.\d{3}\nbecause cluster\//u);
  assert.equal(await run(['node', 'triangulate', 'why', 'doesnotexist', '--db', db], capture()), 2);
});

test('usage errors exit with 2 and --help exits with 0', async () => {
  assert.equal(await run(['node', 'triangulate', 'frobnicate'], capture()), 2);
  assert.equal(await run(['node', 'triangulate', 'extract'], capture()), 2);
  const help = capture();
  assert.equal(await run(['node', 'triangulate', 'add', '--help'], help), 0);
  assert.match(help.stdout.join('\n'), /--db <path>/);
});
