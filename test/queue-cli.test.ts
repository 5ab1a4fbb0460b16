// The queue through the command line: add --queue, worker --until-done, jobs; and the usage errors without PostgreSQL.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, test } from 'node:test';
import pg from 'pg';
import { run } from '../src/cli/program.js';
import { capture } from './cli-io.js';

const url = process.env.TRIANGULATE_TEST_PG;

test('add --queue, worker and jobs need a PostgreSQL store', async () => {
  for (const args of [['add', 'examples/korea-troops-2024', '--queue'], ['worker'], ['jobs']]) {
    const io = capture();
    assert.equal(await run(['node', 'triangulate', ...args, '--db', '/tmp/not-postgres.db'], io), 2, args.join(' '));
    assert.match(io.stderr.join('\n'), /PostgreSQL store: --db postgres:\/\//);
  }
});

if (!url && process.env.TRIANGULATE_SKIP_PG !== '1') {
  test('queue CLI tests need a PostgreSQL server', () => {
    assert.fail('TRIANGULATE_TEST_PG is unset: run `scripts/with-postgres.sh npm test`, or set TRIANGULATE_SKIP_PG=1 to skip these tests on purpose');
  });
} else if (url) {
  const name = `triangulate_cli_${randomBytes(5).toString('hex')}`;
  const u = new URL(url);
  u.pathname = `/${name}`;
  const db = u.toString();
  const admin = async (sql: string): Promise<void> => {
    const c = new pg.Client(url);
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  after(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  test('add --queue enqueues a batch; worker --until-done links it; jobs shows it settled; stories reads the store', { timeout: 120_000 }, async () => {
    await admin(`CREATE DATABASE ${name}`);
    const add = capture();
    assert.equal(await run(['node', 'triangulate', 'add', 'examples/korea-troops-2024', '--db', db, '--queue', '--json'], add), 0, add.stderr.join('\n'));
    assert.deepEqual(JSON.parse(add.stdout[0]!), { batch: 1, firstSeq: 1, lastSeq: 5, queued: 5, rejected: [] });
    const before = capture();
    await run(['node', 'triangulate', 'jobs', '--db', db], before);
    assert.match(before.stdout.join('\n'), /items: 5 queued/);
    const worker = capture();
    assert.equal(await run(['node', 'triangulate', 'worker', '--db', db, '--until-done', '--concurrency', '2'], worker), 0, worker.stderr.join('\n'));
    const jobs = capture();
    assert.equal(await run(['node', 'triangulate', 'jobs', '--db', db, '--json'], jobs), 0);
    const status = JSON.parse(jobs.stdout[0]!) as { items: Record<string, number>; watermark: number; lastSeq: number; jobs: Record<string, number> };
    assert.deepEqual(status.items, { linked: 5 });
    assert.equal(status.watermark, 5);
    assert.deepEqual(status.jobs, { completed: 5 });
    const stories = capture();
    assert.equal(await run(['node', 'triangulate', 'stories', '--db', db, '--json'], stories), 0);
    assert.equal(stories.stdout.length, 1, 'the five pages form one story');
  });
}
