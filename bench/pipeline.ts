// Full-pipeline throughput and peak memory at several corpus sizes, and the cost of adding one article to a linked corpus.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linker } from '../src/link/index.js';
import { runPipeline } from '../src/pipeline/index.js';
import { SqliteStore } from '../src/store/index.js';
import { articleOf, buildCorpus, loadBaseTexts } from './corpus.js';

const SHARED = process.env.TRIANGULATE_SHARED_EVAL ?? '../shared/eval';
const EXAMPLES = 'examples/korea-troops-2024';

/** Child: the whole pipeline (ingest, extract, analyse, store, link) over n articles given as JSON lines. */
async function fullRun(n: number): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-'));
  try {
    const corpus = buildCorpus(loadBaseTexts(SHARED, EXAMPLES), n);
    const file = join(dir, 'corpus.jsonl');
    writeFileSync(file, corpus.map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.text, published: a.published })).join('\n'));
    const bytes = corpus.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
    const store = new SqliteStore(join(dir, 'bench.db'));
    const t0 = performance.now();
    const summary = await runPipeline([file], store);
    const seconds = (performance.now() - t0) / 1000;
    const stories = (await store.listStories()).length;
    await store.close();
    return { articles: summary.added, seconds, articlesPerSecond: summary.added / seconds, kbPerSecond: bytes / 1024 / seconds, stories, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Child: link n articles, then time adding each of 25 more (median and worst). Linking only: analysis cost does not depend on n. */
function addOne(n: number): Record<string, number> {
  const corpus = buildCorpus(loadBaseTexts(SHARED, EXAMPLES), n + 25).map(articleOf);
  const linker = Linker.create();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) linker.add(corpus[i], null);
  const buildSeconds = (performance.now() - t0) / 1000;
  const times: number[] = [];
  for (let i = n; i < n + 25; i++) {
    const t = performance.now();
    linker.add(corpus[i], null);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { articles: n, buildSeconds, addOneMedianMs: times[12], addOneMaxMs: times[24], peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    const [, mode, size] = args;
    const result = mode === 'full' ? await fullRun(Number(size)) : addOne(Number(size));
    process.stdout.write(JSON.stringify(result));
    return;
  }
  const fullSizes = (args.find((a) => a.startsWith('--full='))?.slice(7) ?? '1000,10000').split(',').map(Number).filter(Boolean);
  const addSizes = (args.find((a) => a.startsWith('--add='))?.slice(6) ?? '1000,10000,100000').split(',').map(Number).filter(Boolean);
  const self = fileURLToPath(import.meta.url);
  const child = (mode: string, n: number) => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=8192', self, '--child', mode, String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`${mode} ${n} failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as Record<string, number>;
  };
  const f = (x: number, d = 1) => x.toFixed(d);
  console.log('| articles | seconds | articles/s | KB/s | stories | peak RSS MB |\n|---:|---:|---:|---:|---:|---:|');
  for (const n of fullSizes) {
    const r = child('full', n);
    console.log(`| ${r.articles} | ${f(r.seconds)} | ${f(r.articlesPerSecond)} | ${f(r.kbPerSecond)} | ${r.stories} | ${f(r.peakRssMb, 0)} |`);
  }
  console.log('\n| linked articles | build s | add one: median ms | add one: max ms | peak RSS MB |\n|---:|---:|---:|---:|---:|');
  for (const n of addSizes) {
    const r = child('add', n);
    console.log(`| ${r.articles} | ${f(r.buildSeconds)} | ${f(r.addOneMedianMs, 2)} | ${f(r.addOneMaxMs, 2)} | ${f(r.peakRssMb, 0)} |`);
  }
}

await main();
