// Concurrent and interrupted `add` processes on one SQLite file give the stories of one sequential, uninterrupted run.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { SqliteStore } from '../src/store/index.js';
import { jsonLines, seeded, storyRecords } from './story-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-concurrent-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const records = storyRecords(80);
const files = {
  a: join(dir, 'a.jsonl'),
  b: join(dir, 'b.jsonl'),
  all: join(dir, 'all.jsonl'),
};
writeFileSync(files.a, jsonLines(records.slice(0, 40)));
writeFileSync(files.b, jsonLines(records.slice(40)));
writeFileSync(files.all, jsonLines(records));

interface Run {
  done: Promise<number | null>;
  kill: () => void;
}

function add(file: string, db: string): Run {
  const child = spawn(process.execPath, ['dist/src/cli/main.js', 'add', file, '--db', db, '--json'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    if (code !== 0 && code !== null) process.stderr.write(err);
    resolve(code);
  }));
  return { done, kill: () => child.kill('SIGKILL') };
}

/** The stories of a store as a partition: each story's sorted article ids, the stories sorted. */
async function partition(db: string): Promise<string[][]> {
  const store = new SqliteStore(db);
  try {
    return (await store.listStories()).map((s) => [...s.articleIds].sort()).sort((x, y) => x[0]!.localeCompare(y[0]!));
  } finally {
    await store.close();
  }
}

async function sequential(name: string, inputs: readonly string[]): Promise<string[][]> {
  const db = join(dir, `${name}.db`);
  for (const f of inputs) assert.equal(await add(f, db).done, 0);
  return partition(db);
}

test('two concurrent add processes of 40 articles each give the stories of one run after the other', async () => {
  const [ab, ba] = [await sequential('ab', [files.a, files.b]), await sequential('ba', [files.b, files.a])];
  assert.ok(ab.length > 1, 'the corpus forms several stories');
  const db = join(dir, 'concurrent.db');
  const [x, y] = [add(files.a, db), add(files.b, db)];
  assert.deepEqual(await Promise.all([x.done, y.done]), [0, 0]);
  const together = await partition(db);
  assert.equal(together.flat().length, 80, 'every article is in a story');
  assert.ok(
    JSON.stringify(together) === JSON.stringify(ab) || JSON.stringify(together) === JSON.stringify(ba),
    `stories of the concurrent runs (sizes ${together.map((s) => s.length).join(', ')}) are those of a then b (${ab.map((s) => s.length).join(', ')}) or b then a (${ba.map((s) => s.length).join(', ')})`,
  );
});

test('add killed with SIGKILL at random points, then run again, gives the stories of an uninterrupted run', async () => {
  const whole = await sequential('whole', [files.all]);
  const db = join(dir, 'killed.db');
  const rnd = seeded(Date.now() % 100_000);
  const delays: number[] = [];
  for (let i = 0; i < 3; i++) {
    const run = add(files.all, db);
    // A point anywhere from start-up through extraction to linking; where it lands does not change what is asserted.
    const delay = Math.floor(rnd() * 4000);
    delays.push(delay);
    const timer = setTimeout(run.kill, delay);
    await run.done;
    clearTimeout(timer);
  }
  assert.equal(await add(files.all, db).done, 0);
  assert.deepEqual(await partition(db), whole, `killed after ${delays.join(', ')} ms`);
});
