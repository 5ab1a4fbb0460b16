// Metadata of the five korea-troops-2024 seeds against hand-written expectations in test/fixtures/metadata/.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type MetadataInput, extractMetadata } from './index.js';

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above the test file');
    dir = up;
  }
  return dir;
}

interface Expected {
  title: { value: string; rule?: string };
  outlet: { value: string; rule: string; guess?: boolean } | null;
  byline: { value: string } | null;
  published: { value: string; basis: string; rule?: string } | null;
  publishedWithoutReference?: null;
  language: string;
  messages: string[];
  messagesWithoutReference?: string[];
}

const dir = join(repoRoot(), 'test', 'fixtures', 'metadata');
for (const seed of readdirSync(dir).filter((d) => existsSync(join(dir, d, 'expected.json'))).sort()) {
  const input = JSON.parse(readFileSync(join(dir, seed, 'input.json'), 'utf8')) as MetadataInput;
  const exp = JSON.parse(readFileSync(join(dir, seed, 'expected.json'), 'utf8')) as Expected;

  test(`seed ${seed}: metadata`, () => {
    const { metadata: m, messages } = extractMetadata(input);
    assert.equal(m.title?.value, exp.title.value);
    if (exp.title.rule) assert.equal(m.title?.rule, exp.title.rule);
    if (exp.outlet === null) assert.equal(m.outlet, null, `outlet should be null, got ${JSON.stringify(m.outlet)}`);
    else {
      assert.equal(m.outlet?.value, exp.outlet.value);
      assert.equal(m.outlet?.rule, exp.outlet.rule);
      assert.equal(m.outlet?.guess ?? false, exp.outlet.guess ?? false);
    }
    assert.equal(m.byline?.value ?? null, exp.byline?.value ?? null);
    if (exp.published === null) assert.equal(m.published, null);
    else {
      assert.equal(m.published?.value, exp.published.value, `published: ${JSON.stringify(m.published)}`);
      assert.equal(m.published?.basis, exp.published.basis);
      if (exp.published.rule) assert.equal(m.published?.rule, exp.published.rule);
      assert.ok(m.published?.evidence, 'a published date carries its evidence');
    }
    assert.equal(m.language?.value, exp.language);
    assert.deepEqual(messages.map((x) => x.ruleId).sort(), [...exp.messages].sort());
  });

  if (exp.publishedWithoutReference !== undefined) {
    test(`seed ${seed}: no year without a reference date`, () => {
      const { metadata: m, messages } = extractMetadata({ ...input, referenceDate: undefined });
      assert.equal(m.published, exp.publishedWithoutReference);
      const ids = messages.map((x) => x.ruleId);
      for (const id of exp.messagesWithoutReference ?? []) assert.ok(ids.includes(id), `message ${id} in ${ids.join(', ')}`);
    });
  }
}
