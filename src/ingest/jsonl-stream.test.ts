import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultIngestOptions, documentsFromJson, type IngestItem } from './documents.js';
import { streamable, streamJsonLines } from './jsonl-stream.js';

async function collect(gen: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

function withFile(content: string | Buffer, run: (file: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-jsonl-'));
  const file = join(dir, 'records.jsonl');
  writeFileSync(file, content);
  return run(file).finally(() => rmSync(dir, { recursive: true, force: true }));
}

const records = [
  { title: 'Quake strikes', text: 'A quake struck the coast on Monday, officials said.', outlet: 'Wire' },
  { title: 'Toll rises', text: 'The toll rose to 11 on Tuesday, the agency said.', published: '2024-04-02' },
];

test('a JSON-lines file streams the records that reading it whole gives, line numbers and failures alike', async () => {
  const content = '\uFEFF' + JSON.stringify(records[0]) + '\r\n\r\n{not json}\n' + JSON.stringify(records[1]) + '\n';
  await withFile(content, async (file) => {
    assert.equal(await streamable(file, defaultIngestOptions), true);
    const streamed = await collect(streamJsonLines(file, defaultIngestOptions));
    const whole = documentsFromJson(file, content.replace(/^\uFEFF/, ''));
    assert.equal(streamed.length, 3);
    assert.deepEqual(streamed, whole);
  });
});

test('a record over the size limit fails alone and is never held whole; the next line is read', async () => {
  const big = JSON.stringify({ title: 'x', text: 'y'.repeat(5000) });
  await withFile(`${big}\n${JSON.stringify(records[0])}\n`, async (file) => {
    const items = await collect(streamJsonLines(file, { ...defaultIngestOptions, maxBytes: 1000 }));
    assert.equal(items.length, 2);
    assert.equal(items[0].ok, false);
    assert.match(items[0].ok ? '' : items[0].messages[0].ruleId, /too-large/);
    assert.equal(items[1].ok, true);
  });
});

test('a JSON array or a binary file named .jsonl is not streamed; an empty one yields one failure', async () => {
  await withFile(JSON.stringify(records), async (file) => assert.equal(await streamable(file, defaultIngestOptions), false));
  await withFile(Buffer.from([0, 1, 2, 3, 0, 0, 5, 6, 7, 0]), async (file) => assert.equal(await streamable(file, defaultIngestOptions), false));
  await withFile('\n\n', async (file) => {
    const items = await collect(streamJsonLines(file, defaultIngestOptions));
    assert.equal(items.length, 1);
    assert.equal(items[0].ok ? '' : items[0].messages[0].ruleId, 'ingest/empty');
  });
});
