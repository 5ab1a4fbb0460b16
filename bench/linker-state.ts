// Cost of the linker state as the store grows: saving after a batch, loading on start, and its size in the database.
//
// Each size runs in its own process: link n bench-corpus articles, save the state, then add
// batches of new articles, saving after each (as `add` and the queue workers do), and load the
// state afresh. `--format=rows` is the state kept row by row (only what a batch changed is
// written); `--format=whole` is the earlier whole-state save in parts, for comparison.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linker, type LinkerState } from '../src/link/index.js';
import { LINKER_STATE, loadLinker, saveLinker } from '../src/pipeline/index.js';
import { fromParts, toParts } from '../src/pipeline/state-parts.js';
import { SqliteStore } from '../src/store/index.js';
import { articleOf, buildCorpus, loadBaseTexts } from './corpus.js';

const SHARED = process.env.TRIANGULATE_SHARED_EVAL ?? '../shared/eval';
const EXAMPLES = 'examples/korea-troops-2024';
const BATCH = 100;
const BATCHES = 3;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function child(n: number, format: 'rows' | 'whole'): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-state-'));
  try {
    const corpus = buildCorpus(loadBaseTexts(SHARED, EXAMPLES), n + BATCH * BATCHES).map(articleOf);
    const store = new SqliteStore(join(dir, 'state.db'));
    const save = async (l: Linker): Promise<void> => {
      if (format === 'rows') await store.exclusive((tx) => saveLinker(tx, l));
      else await store.putStateParts(LINKER_STATE, toParts(l.toJSON()));
    };
    const load = async (): Promise<Linker> => {
      if (format === 'rows') return loadLinker(store);
      return Linker.fromJSON(fromParts((await store.getStateParts(LINKER_STATE))!) as LinkerState);
    };
    let linker = Linker.create();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) linker.add(corpus[i]!, null);
    const buildSeconds = (performance.now() - t0) / 1000;
    await save(linker);
    const tl = performance.now();
    linker = await load();
    const loadMs = performance.now() - tl;
    const link: number[] = [];
    const saves: number[] = [];
    for (let b = 0; b < BATCHES; b++) {
      const tb = performance.now();
      for (let i = n + b * BATCH; i < n + (b + 1) * BATCH; i++) linker.add(corpus[i]!, null);
      link.push((performance.now() - tb) / BATCH);
      const ts = performance.now();
      await save(linker);
      saves.push(performance.now() - ts);
    }
    await store.close();
    const bytes = statSync(join(dir, 'state.db')).size + (statSync(join(dir, 'state.db-wal'), { throwIfNoEntry: false })?.size ?? 0);
    return {
      articles: n,
      buildSeconds,
      loadMs,
      linkMsPerArticle: median(link),
      saveMsPerBatch: median(saves),
      saveMsPerArticle: median(saves) / BATCH,
      dbKbPerArticle: bytes / 1024 / (n + BATCH * BATCHES),
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    process.stdout.write(JSON.stringify(await child(Number(args[1]), args[2] as 'rows' | 'whole')));
    return;
  }
  const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '1000,10000').split(',').map(Number).filter(Boolean);
  const formats = (args.find((a) => a.startsWith('--format='))?.slice(9) ?? 'whole,rows').split(',');
  const self = fileURLToPath(import.meta.url);
  const f = (x: number, d = 1) => x.toFixed(d);
  console.log(`Batches of ${BATCH} articles added to a linker of n articles, saved after each batch (median of ${BATCHES}).\n`);
  console.log('| state | linked articles | build s | load ms | link ms/article | save ms/batch | save ms/article | state DB KB/article | peak RSS MB |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of sizes) {
    for (const format of formats) {
      const r = spawnSync(process.execPath, ['--max-old-space-size=8192', self, '--child', String(n), format], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (r.status !== 0) throw new Error(`${format} ${n} failed: ${r.stderr}`);
      const x = JSON.parse(r.stdout) as Record<string, number>;
      console.log(`| ${format} | ${x.articles} | ${f(x.buildSeconds)} | ${f(x.loadMs, 0)} | ${f(x.linkMsPerArticle, 2)} | ${f(x.saveMsPerBatch, 0)} | ${f(x.saveMsPerArticle, 2)} | ${f(x.dbKbPerArticle, 1)} | ${f(x.peakRssMb, 0)} |`);
    }
  }
}

await main();
