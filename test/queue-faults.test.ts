// Fault tests of the PostgreSQL job queue: a worker killed mid-batch, the database restarted, poison documents.
import assert from 'node:assert/strict';
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { loadAttributionModel } from '../src/analyze/index.js';
import type { Dossier } from '../src/model/dossier.js';
import { buildDossier, runPipeline } from '../src/pipeline/index.js';
import { PostgresStore, SqliteStore } from '../src/store/index.js';
import { enqueueInputs, queueStatus, startBoss, type QueueOptions } from '../src/worker/index.js';
import { writeQueueCorpus } from './queue-corpus.js';

const url = process.env.TRIANGULATE_TEST_PG;
const restartCommand = process.env.TRIANGULATE_TEST_PG_RESTART;
/** Documents in the SIGKILL batch: 2,000 keep this file under 4 minutes on a busy 2-core machine (3 min for this test). */
const BATCH = Number(process.env.TRIANGULATE_QUEUE_TEST_DOCS ?? 2000);
const QUEUE: QueueOptions = { maxAttempts: 3, expireInSeconds: 6, retryDelaySeconds: 1 };
const analysis = { attributionModel: loadAttributionModel() };
const dir = url ? mkdtempSync(join(tmpdir(), 'triangulate-queue-')) : '';
const databases: string[] = [];

function dbUrl(name: string): string {
  const u = new URL(url!);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client(url);
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function freshDatabase(): Promise<string> {
  const name = `triangulate_q_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  databases.push(name);
  return dbUrl(name);
}

/** The embedded run: one process, SQLite, the same inputs; its dossier without the time it was made. */
async function embeddedRun(inputs: string[]): Promise<{ dossier: Dossier; articles: number; failed: number }> {
  const store = new SqliteStore(join(dir, `embedded-${randomBytes(4).toString('hex')}.db`));
  try {
    const summary = await runPipeline(inputs, store, { analysis });
    const dossier = await buildDossier(store);
    return { dossier: { ...dossier, generatedAt: '' }, articles: await store.countArticles(), failed: summary.failed.length };
  } finally {
    await store.close();
  }
}

async function enqueue(db: string, inputs: string[]): Promise<number> {
  const store = await PostgresStore.open(db);
  const boss = await startBoss(db, { supervise: false });
  try {
    const s = await enqueueInputs(store, boss, inputs, { queue: QUEUE });
    return s.lastSeq;
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }
}

/** Worker processes (the test fixture around the real worker), respawned after a crash when asked. */
class Workers {
  private readonly live = new Set<ChildProcess>();
  private readonly exits: Promise<void>[] = [];
  crashes = 0;
  constructor(private readonly db: string, private readonly respawn: boolean) {}

  start(n: number): void {
    for (let i = 0; i < n; i++) this.spawnOne();
  }

  private spawnOne(): void {
    const child = spawn(process.execPath, ['dist/test/queue-worker-fixture.js', this.db], { stdio: ['ignore', 'ignore', 'inherit'] });
    this.live.add(child);
    this.exits.push(
      new Promise((resolve) =>
        child.once('exit', (code) => {
          this.live.delete(child);
          if (code !== 0) this.crashes++;
          if (code !== 0 && this.respawn) this.spawnOne();
          resolve();
        }),
      ),
    );
  }

  /** The live worker with this pid, or any live worker. */
  pick(pid?: number): ChildProcess {
    return [...this.live].find((c) => c.pid === pid) ?? [...this.live][0]!;
  }

  /** Resolves when every worker (respawned ones too) has exited; kills them all after timeoutMs. */
  async finished(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.live.size > 0 && Date.now() < deadline) await sleep(200);
    for (const c of this.live) c.kill('SIGKILL');
    await Promise.all(this.exits);
    assert.ok(Date.now() < deadline, `workers did not finish within ${timeoutMs} ms`);
  }
}

async function settledCount(db: string): Promise<{ settled: number; total: number }> {
  const store = await PostgresStore.open(db);
  try {
    const { rows } = await store.db.query<{ settled: string; total: string }>(`SELECT COUNT(*) FILTER (WHERE status <> 'queued') AS settled, COUNT(*) AS total FROM queue_items`);
    return { settled: Number(rows[0]!.settled), total: Number(rows[0]!.total) };
  } finally {
    await store.close();
  }
}

async function linkingPid(db: string): Promise<number | undefined> {
  const store = await PostgresStore.open(db);
  try {
    const { rows } = await store.db.query<{ linked_by: string | null }>(`SELECT linked_by FROM queue_progress WHERE name = 'link'`);
    const pid = Number(rows[0]?.linked_by?.split(':')[1]);
    return Number.isInteger(pid) ? pid : undefined;
  } finally {
    await store.close();
  }
}

async function waitSettled(db: string, share: number): Promise<void> {
  for (;;) {
    const { settled, total } = await settledCount(db);
    if (settled >= total * share) return;
    await sleep(250);
  }
}

/** Checks the queue run against the embedded run: every document stored once, the same stories and claim groups. */
async function assertSameAsEmbedded(
  db: string,
  reference: { dossier: Dossier; articles: number; failed: number },
  options: { failedJobs?: number; sourceDirs?: [string, string] } = {},
): Promise<void> {
  const failedJobs = options.failedJobs ?? 0;
  const store = await PostgresStore.open(db);
  try {
    const status = await queueStatus(store);
    assert.equal(status.watermark, status.lastSeq, 'every item is settled');
    assert.equal(status.items.queued ?? 0, 0);
    assert.equal(status.items.analysed ?? 0, 0);
    assert.equal(status.items.deferred ?? 0, 0);
    assert.equal(status.items.rejected ?? 0, reference.failed, 'the same documents are rejected as in the embedded run');
    assert.equal(status.items.failed ?? 0, failedJobs, JSON.stringify(status.failures));
    const { rows } = await store.db.query<{ n: string; ids: string; members: string }>(
      'SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS ids, (SELECT COUNT(*) FROM story_members) AS members FROM articles',
    );
    assert.equal(Number(rows[0]!.n), reference.articles, 'every document is stored, once');
    assert.equal(Number(rows[0]!.ids), reference.articles);
    assert.equal(Number(rows[0]!.members), reference.articles, 'every stored article is in one story');
    const dossier = await buildDossier(store);
    let queued: Dossier = { ...dossier, generatedAt: '' };
    // Articles keep the path they were read from: compare runs over different folders by renaming one.
    const dirs = options.sourceDirs;
    if (dirs) queued = JSON.parse(JSON.stringify(queued).split(JSON.stringify(dirs[0]).slice(1, -1)).join(JSON.stringify(dirs[1]).slice(1, -1))) as Dossier;
    assert.equal(queued.stories.length, reference.dossier.stories.length, 'as many stories as the embedded run');
    assert.deepEqual(queued.stories.map((s) => s.articleIds), reference.dossier.stories.map((s) => s.articleIds), 'the same stories');
    assert.deepEqual(queued.stories.map((s) => s.claimGroups), reference.dossier.stories.map((s) => s.claimGroups), 'the same claim groups');
    assert.deepEqual(queued, reference.dossier, 'the same dossier');
  } finally {
    await store.close();
  }
}

if (!url && process.env.TRIANGULATE_SKIP_PG !== '1') {
  test('queue fault tests need a PostgreSQL server', () => {
    assert.fail('TRIANGULATE_TEST_PG is unset: run `scripts/with-postgres.sh npm test`, or set TRIANGULATE_SKIP_PG=1 to skip these tests on purpose');
  });
} else if (!url) {
  test('queue fault tests', (t) => t.skip('TRIANGULATE_SKIP_PG=1: skipped on purpose'));
} else {
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await admin(async (c) => {
      for (const d of databases) await c.query(`DROP DATABASE IF EXISTS ${d} WITH (FORCE)`);
    });
  });

  describe('job queue under faults', { concurrency: 1 }, () => {
    const corpus = join(dir, 'corpus');
    let size = 0;
    before(() => {
      size = writeQueueCorpus(corpus, BATCH);
    });

    test(`three workers on ${BATCH} documents, one killed with SIGKILL mid-batch: the embedded run's stories and claim groups`, { timeout: 600_000 }, async () => {
      const reference = await embeddedRun([corpus]);
      const db = await freshDatabase();
      assert.equal(await enqueue(db, [corpus]), size);
      const workers = new Workers(db, false);
      workers.start(3);
      await waitSettled(db, 0.3);
      // The worker that links holds the linker in memory and may be inside a link transaction: kill that one.
      workers.pick(await linkingPid(db)).kill('SIGKILL');
      await workers.finished(480_000);
      assert.equal(workers.crashes, 1);
      await assertSameAsEmbedded(db, reference);
    });

    test('the database restarted mid-batch: the workers recover and finish the batch', { timeout: 300_000 }, async (t) => {
      if (!restartCommand) {
        t.skip('TRIANGULATE_TEST_PG_RESTART is unset (scripts/with-postgres.sh sets it): cannot restart the server');
        return;
      }
      const small = join(dir, 'restart');
      writeQueueCorpus(small, 300);
      const reference = await embeddedRun([small]);
      const db = await freshDatabase();
      await enqueue(db, [small]);
      const workers = new Workers(db, false);
      workers.start(2);
      await waitSettled(db, 0.4);
      execSync(restartCommand, { stdio: 'ignore' });
      await workers.finished(240_000);
      assert.equal(workers.crashes, 0, 'no worker died of the restart');
      await assertSameAsEmbedded(db, reference);
    });

    test('poison documents (one exits its worker, one throws) fail with their reasons; the rest complete', { timeout: 300_000 }, async () => {
      const clean = join(dir, 'clean');
      const poisoned = join(dir, 'poisoned');
      writeQueueCorpus(clean, 40);
      const poison = [
        { name: '0005-poison-exit.txt', content: 'Officials said the POISON-EXIT page makes its worker exit.\n\nIt is a test document.' },
        { name: '0006-poison-throw.txt', content: 'Officials said the POISON-THROW page makes its handler throw.\n\nIt is a test document.' },
      ];
      writeQueueCorpus(poisoned, 40 + poison.length, poison);
      const reference = await embeddedRun([clean]);
      const db = await freshDatabase();
      await enqueue(db, [poisoned]);
      const workers = new Workers(db, true);
      workers.start(2);
      await workers.finished(240_000);
      assert.ok(workers.crashes >= QUEUE.maxAttempts, `the exiting document crashed a worker on each attempt (${workers.crashes} crashes)`);
      const store = await PostgresStore.open(db);
      try {
        const s = await queueStatus(store);
        const bySource = new Map(s.failures.map((f) => [f.source.split('/').pop(), f]));
        assert.match(bySource.get('0005-poison-exit.txt')?.reason ?? '', /stopped without finishing in 3 attempts/);
        assert.match(bySource.get('0006-poison-throw.txt')?.reason ?? '', /failed on all 3 attempts; last error: poison document: the handler threw/);
        assert.equal(bySource.get('0006-poison-throw.txt')?.status, 'failed');
      } finally {
        await store.close();
      }
      await assertSameAsEmbedded(db, reference, { failedJobs: 2, sourceDirs: [poisoned, clean] });
    });
  });
}

