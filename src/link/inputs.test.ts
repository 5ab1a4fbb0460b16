// Linker inputs made ahead (on an extraction thread) give the decisions and state rows of inputs made while linking.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { documentsFromBytes } from '../ingest/index.js';
import type { Article } from '../model/index.js';
import { extractItem } from '../pipeline/steps.js';
import { linkInputs } from './inputs.js';
import { Linker } from './linker.js';

const EXAMPLES = 'examples/korea-troops-2024';

function articles(): Article[] {
  const out: Article[] = [];
  for (const name of readdirSync(EXAMPLES).sort()) {
    for (const item of documentsFromBytes(join(EXAMPLES, name), readFileSync(join(EXAMPLES, name)))) {
      const e = extractItem(item);
      if (e.ok) out.push(e.article);
    }
  }
  // Three articles of one outlet sharing a line: from the third on it is chrome, and the profile made ahead (of the whole text) is not the one to use.
  const base = out[0]!;
  const chrome = 'Follow our live coverage of this developing story on every channel we run.';
  for (let i = 0; i < 3; i++) {
    out.push({ ...base, id: `chrome-${i}`, text: `${chrome}\n\n${out[i + 1]!.text}`, metadata: { ...base.metadata, outlet: { value: 'Same Outlet', rule: 'test' } } });
  }
  // A near-copy of an earlier article.
  out.push({ ...out[1]!, id: 'copy-1', text: `${out[1]!.text}\n\nUpdated.` });
  return out;
}

test('decisions and saved rows are the same with inputs made ahead as without', () => {
  const list = articles();
  const here = Linker.create();
  const ahead = Linker.create();
  const a = list.map((x) => here.add(x, null));
  const b = list.map((x) => ahead.add(x, null, linkInputs(x)));
  assert.ok(a.some((d) => d.chrome.length > 0), 'some article had chrome removed');
  assert.ok(a.some((d) => d.syndicatedFrom !== null), 'some article is a near-copy');
  assert.deepEqual(b, a);
  assert.deepEqual(ahead.stateRows(true), here.stateRows(true));
});

test('inputs made under other copy options are made again', () => {
  const list = articles().slice(0, 4);
  const here = Linker.create();
  const ahead = Linker.create();
  const other = { shingleSize: 3, seed: 1, bands: 16, rows: 4, minShingles: 0, threshold: 0.5, maxBucket: 10 } as unknown as Parameters<typeof linkInputs>[1];
  const a = list.map((x) => here.add(x, null));
  const b = list.map((x) => ahead.add(x, null, linkInputs(x, other)));
  assert.deepEqual(b, a);
  assert.deepEqual(ahead.stateRows(true), here.stateRows(true));
});
