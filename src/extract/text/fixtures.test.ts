// Runs the page-text extractor on every folder of test/fixtures/text and checks it against the expectations.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractPageText } from './index.js';

/** The repository root: the nearest folder above this file that holds package.json. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

interface Expected {
  title: string | null;
  removedMustInclude: string[];
}

const root = join(repoRoot(), 'test', 'fixtures', 'text');
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

test('there are page-text fixtures', () => {
  assert.ok(cases.length >= 5, `expected at least 5 fixture folders in ${root}`);
});

for (const name of cases) {
  const dir = join(root, name);
  const source = readFileSync(join(dir, 'source.txt'), 'utf8');
  const paragraphs = readFileSync(join(dir, 'expected.txt'), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;

  test(`${name}: title`, () => {
    assert.equal(extractPageText(source).title, expected.title);
  });

  test(`${name}: every article paragraph is kept exactly, nothing else`, () => {
    assert.deepEqual(extractPageText(source).paragraphs, paragraphs);
  });

  test(`${name}: every chrome piece is removed with a rule`, () => {
    const { removed } = extractPageText(source);
    for (const piece of expected.removedMustInclude) {
      const hit = removed.find((r) => r.text.includes(piece));
      assert.ok(hit !== undefined, `not removed: ${JSON.stringify(piece)}`);
      assert.match(hit.rule, /^text\/[a-z-]+$/, `rule of ${JSON.stringify(piece)}`);
    }
  });

  test(`${name}: the title is not repeated in the paragraphs`, () => {
    const r = extractPageText(source);
    if (r.title !== null) assert.ok(!r.paragraphs.includes(r.title));
  });
}
