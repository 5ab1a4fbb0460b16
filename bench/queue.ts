// Queue throughput: documents per second with 1, 2 and 4 worker processes on PostgreSQL, beside the embedded (SQLite) run.
//
//   scripts/with-postgres.sh node dist/bench/queue.js [DOCS]        (default 1000 documents)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { PostgresStore } from '../src/store/index.js';
import { enqueueInputs, queueStatus, startBoss } from '../src/worker/index.js';
import { writeQueueCorpus } from '../test/queue-corpus.js';

const CLI = 'dist/src/cli/main.js';

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`${args[0]} exited with ${code}`))));
  });
}

async function withDatabase<T>(admin: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `triangulate_bench_${randomBytes(4).toString('hex')}`;
  const c = new pg.Client(admin);
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  const u = new URL(admin);
  u.pathname = `/${name}`;
  try {
    return await fn(u.toString());
  } finally {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  }
}

interface QueueRun {
  workers: number;
  enqueueSeconds: number;
  seconds: number;
  linkSteps: number;
}

/** Enqueues the corpus, then times `workers` worker processes from their start until every item is linked. */
async function queueRun(admin: string, corpus: string, workers: number): Promise<QueueRun> {
  return withDatabase(admin, async (url) => {
    const store = await PostgresStore.open(url);
    const boss = await startBoss(url, { supervise: false });
    const t0 = performance.now();
    await enqueueInputs(store, boss, [corpus]);
    const enqueueSeconds = (performance.now() - t0) / 1000;
    await boss.stop({ graceful: false, wait: true });
    const t1 = performance.now();
    await Promise.all(Array.from({ length: workers }, () => run(['worker', '--db', url, '--until-done', '--quiet'])));
    const seconds = (performance.now() - t1) / 1000;
    const s = await queueStatus(store);
    if (s.watermark !== s.lastSeq) throw new Error(`queue not settled: ${JSON.stringify(s.items)}`);
    const v = await store.db.query<{ version: string }>(`SELECT version FROM queue_progress WHERE name = 'link'`);
    await store.close();
    return { workers, enqueueSeconds, seconds, linkSteps: Number(v.rows[0]!.version) };
  });
}

async function main(): Promise<void> {
  const admin = process.env.TRIANGULATE_TEST_PG;
  if (!admin) throw new Error('TRIANGULATE_TEST_PG is unset: run `scripts/with-postgres.sh node dist/bench/queue.js`');
  const docs = Number(process.argv[2] ?? 1000);
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-queue-'));
  try {
    const corpus = join(dir, 'corpus');
    const n = writeQueueCorpus(corpus, docs);
    console.log(`${n} documents, ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    const t0 = performance.now();
    await run(['add', corpus, '--db', join(dir, 'embedded.db')]);
    const embedded = (performance.now() - t0) / 1000;
    console.log(`| embedded (SQLite, one process) | ${embedded.toFixed(1)} s | ${(n / embedded).toFixed(1)} |`);
    for (const w of [1, 2, 4]) {
      const r = await queueRun(admin, corpus, w);
      console.log(`| queue, ${w} worker process${w > 1 ? 'es' : ''} | ${r.seconds.toFixed(1)} s | ${(n / r.seconds).toFixed(1)} | enqueue ${r.enqueueSeconds.toFixed(1)} s, ${r.linkSteps} linker saves |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
