// Watch-cycle cost on a stored corpus of 10,000 analysed articles: a cycle with no new document and a cycle with 10 new ones.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAttributionModel } from '../src/analyze/index.js';
import { buildDossier, loadLinker, LINKER_STATE, runPipeline, saveLinker, type KeptLinker } from '../src/pipeline/index.js';
import { SqliteStore } from '../src/store/index.js';
import { runCycle, watchState, type CycleResult } from '../src/watch/index.js';
import { buildCorpus, loadBaseTexts, type BenchArticle } from './corpus.js';

const SHARED = process.env.TRIANGULATE_SHARED_EVAL ?? '../shared/eval';
const EXAMPLES = 'examples/korea-troops-2024';
const STORED = Number(process.env.BENCH_WATCH_ARTICLES ?? 10_000);
/** Where the stored corpus is built once and reused by later runs (building it analyses every article). */
const CACHE = process.env.BENCH_WATCH_CACHE ?? join(tmpdir(), 'triangulate-bench-watch');

function record(a: BenchArticle, i: number): string {
  return JSON.stringify({ id: a.id, title: a.title, text: a.text, published: a.published, outlet: `Outlet ${i % 60}` });
}

function writeRecords(path: string, corpus: readonly BenchArticle[], from: number, to: number): void {
  const lines: string[] = [];
  for (let i = from; i < to; i++) lines.push(record(corpus[i], i));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

const analysis = { attributionModel: loadAttributionModel() };

/** The stored corpus: built into the cache on the first run (the whole pipeline over every article), then copied. */
async function storedCorpus(corpus: readonly BenchArticle[]): Promise<{ path: string; buildSeconds: number | null }> {
  mkdirSync(CACHE, { recursive: true });
  const path = join(CACHE, `corpus-${STORED}.db`);
  if (existsSync(path)) {
    const store = new SqliteStore(path);
    const n = await store.countArticles();
    await store.close();
    if (n === STORED) return { path, buildSeconds: null };
    rmSync(path, { force: true });
  }
  const records = join(CACHE, `corpus-${STORED}.jsonl`);
  writeRecords(records, corpus, 0, STORED);
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const store = new SqliteStore(building);
  const t0 = performance.now();
  let done = 0;
  await runPipeline([records], store, {
    analysis,
    onDocument: () => {
      if (++done % 1000 === 0) process.stderr.write(`  stored ${done} of ${STORED} (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
    },
  });
  const buildSeconds = (performance.now() - t0) / 1000;
  await store.close();
  copyFileSync(building, path);
  rmSync(building, { force: true });
  return { path, buildSeconds };
}

const ms = (x: number) => x.toFixed(0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const total = (r: CycleResult) => r.timings.readAndRunMs + r.timings.eventsMs;

async function main(): Promise<void> {
  const load = loadavg()[0];
  const corpus = buildCorpus(loadBaseTexts(SHARED, EXAMPLES), STORED + 20);
  process.stderr.write(`stored corpus of ${STORED} articles (cache ${CACHE})\n`);
  const cached = await storedCorpus(corpus);
  const work = mkdtempSync(join(tmpdir(), 'triangulate-bench-watch-run-'));
  try {
    const db = join(work, 'watch.db');
    copyFileSync(cached.path, db);
    const store = new SqliteStore(db);
    await watchState(store);
    const stories = await store.listStories();
    const sizes = stories.map((s) => s.articleIds.length);
    // The pipeline loads the linker's saved state before a run with new documents and saves it after: a cost that follows the corpus.
    let t = performance.now();
    const linker = await loadLinker(store);
    const linkerLoadMs = performance.now() - t;
    t = performance.now();
    await saveLinker(store, linker);
    const linkerSaveMs = performance.now() - t;
    const stateMb = ((await store.getStateParts(LINKER_STATE)) ?? []).reduce((n, p) => n + p.length, 0) / 1e6;
    // As the watch command does: one linker kept from cycle to cycle (loaded by the first cycle that runs documents).
    const kept: KeptLinker = { linker: null, head: null };

    // Sources: the whole corpus as one JSON-lines file (a folder that keeps everything), and a drop folder that holds only what is new.
    const whole = join(work, 'whole.jsonl');
    writeRecords(whole, corpus, 0, STORED);
    const drop = join(work, 'drop');
    mkdirSync(drop);
    const rows: string[] = [];
    const row = (what: string, r: CycleResult, extra = '') =>
      rows.push(`| ${what} | ${ms(total(r))} | ${ms(r.timings.readAndRunMs)} | ${ms(r.timings.eventsMs)} | ${r.read} | ${r.run?.added ?? 0} | ${r.touchedStories.length} | ${r.events.length} |${extra}`);

    const idleDrop: CycleResult[] = [];
    for (let i = 0; i < 5; i++) idleDrop.push(await runCycle(store, [drop], { analysis, kept }));
    const idleWhole: CycleResult[] = [];
    for (let i = 0; i < 3; i++) idleWhole.push(await runCycle(store, [whole], { analysis, kept }));
    const byTotal = (xs: CycleResult[]) => xs.find((r) => total(r) === median(xs.map(total))) as CycleResult;
    row('no new document, drop folder (median of 5)', byTotal(idleDrop));
    row(`no new document, source holds all ${STORED.toLocaleString('en-US')} (median of 3)`, byTotal(idleWhole));

    writeRecords(join(drop, 'new-1.jsonl'), corpus, STORED, STORED + 10);
    const newDrop = await runCycle(store, [drop], { analysis, kept });
    row('10 new documents, drop folder (loads the linker)', newDrop);
    writeRecords(whole, corpus, 0, STORED + 20);
    const newWhole = await runCycle(store, [whole, drop], { analysis, kept });
    row(`10 new documents, source holds all ${(STORED + 20).toLocaleString('en-US')} (linker kept from the cycle before)`, newWhole);

    const touched = new Set([...newDrop.touchedStories, ...newWhole.touchedStories]);
    const existed = new Set(stories.map((s) => s.id));
    const after = await store.listStories();
    const touchedSizes = after.filter((s) => touched.has(s.id) && existed.has(s.id)).map((s) => s.articleIds.length).sort((a, b) => b - a);
    const newStories = [...touched].filter((id) => !existed.has(id)).length;

    // What a cycle avoids: building every story's dossier.
    const t0 = performance.now();
    const dossier = await buildDossier(store);
    const rebuildMs = performance.now() - t0;
    await store.close();

    const out: string[] = [];
    out.push(`Stored corpus: ${STORED.toLocaleString('en-US')} articles (bench/corpus.ts texts, 60 outlets, 700 days), analysed and linked by the real pipeline into ${stories.length.toLocaleString('en-US')} stories (largest ${Math.max(...sizes)} articles, median ${median(sizes)})${cached.buildSeconds !== null ? `; building it took ${cached.buildSeconds.toFixed(0)} s` : ' (reused from the cache)'}.`);
    out.push('');
    out.push('| cycle | total ms | read + run ms | events ms | documents read | added | stories touched | events |');
    out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    out.push(...rows);
    out.push('');
    out.push(`Of a cycle with new documents, loading the linker state (${stateMb.toFixed(0)} MB of JSON in parts for ${STORED.toLocaleString('en-US')} articles) takes ${ms(linkerLoadMs)} ms, once per watch process (later cycles keep the linker while the store holds the state it saved), and saving it ${ms(linkerSaveMs)} ms, in every cycle that links; the rest is reading the sources, extracting, analysing and linking the new documents, and (events ms) building the touched stories without and with them.`);
    out.push('');
    out.push(`The 20 new documents started ${newStories} new ${newStories === 1 ? 'story' : 'stories'} and joined ${touchedSizes.length} existing ${touchedSizes.length === 1 ? 'story' : 'stories'}${touchedSizes.length > 0 ? ` (now of ${touchedSizes.join(', ')} articles)` : ''}. Rebuilding every story's dossier instead (what a cycle avoids): ${ms(rebuildMs)} ms for ${dossier.stories.length} stories.`);
    out.push('');
    out.push(`Node ${process.version}, ${cpus().length} cores, load average at start ${load.toFixed(2)}.`);
    console.log(out.join('\n'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
