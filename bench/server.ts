// Server benchmark: dossier page render time for a 1,000-article story, and API throughput and p99 latency under loopback load.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadAttributionModel } from '../src/analyze/index.js';
import { buildStory } from '../src/link/index.js';
import { joinParagraphs, type Article } from '../src/model/index.js';
import { analysisOf, buildSnapshot, loadStory, runPipeline, storySnapshot } from '../src/pipeline/index.js';
import { createApp, dossierPage, startServer } from '../src/server/index.js';
import { SqliteStore } from '../src/store/index.js';

const STORY = 'bench-story';
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const POLNEAR = '../shared/eval/polnear/dev/text';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fills a store with the example corpus (linked as usual) and one story of `n` varied articles placed directly. */
async function fillStore(path: string, n: number): Promise<{ exampleStory: string; analyseMs: number }> {
  const store = new SqliteStore(path);
  const model = { attributionModel: loadAttributionModel() };
  const run = await runPipeline(['examples/korea-troops-2024'], store, { analysis: model });
  const bases = (await Promise.all((await store.listArticles()).map((a) => store.getArticle(a.id)))).filter((a): a is Article => a !== null);
  const foreign = existsSync(POLNEAR)
    ? readdirSync(POLNEAR).sort().flatMap((f) => readFileSync(join(POLNEAR, f), 'utf8').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 80))
    : [];
  const rand = rng(11);
  const started = performance.now();
  const memberships = [];
  for (let i = 0; i < n; i++) {
    const base = bases[i % bases.length];
    // A third of the paragraphs come from other news texts, and one in ten tells other numbers, so no two articles are alike.
    let paras = base.paragraphs.map(([s, e]) => base.text.slice(s, e));
    paras = paras.map((p, k) => (foreign.length > 0 && k % 3 === i % 3 ? foreign[Math.floor(rand() * foreign.length)] : p));
    if (i % 10 === 7) paras = paras.map((p) => p.replace(/12,000/g, '13,000').replace(/1,500/g, '2,000'));
    paras.push(`Reported as item ${i} of the collection.`);
    const { text, spans } = joinParagraphs(paras);
    const published = new Date(Date.UTC(2024, 9, 1) + (i % 45) * 86_400_000).toISOString().slice(0, 10);
    const article: Article = {
      id: `bench-${String(i).padStart(4, '0')}`,
      source: `bench/${i}.txt`,
      text,
      paragraphs: spans,
      metadata: {
        title: { value: `${base.metadata.title?.value ?? 'Untitled'} (${i})`, rule: 'bench' },
        outlet: { value: `Outlet ${i % 60}`, rule: 'bench' },
        byline: null,
        published: { value: published, rule: 'bench', basis: 'explicit' },
        language: { value: 'en', rule: 'bench' },
        url: null,
      },
      removed: [],
      messages: [],
    };
    await store.putArticle(article);
    await store.putAnalysis(analysisOf(article, model));
    memberships.push({ articleId: article.id, storyId: STORY, rule: 'bench', score: 1, syndicatedFrom: null, similarity: null });
  }
  await store.putMemberships(memberships);
  const analyseMs = performance.now() - started;
  await store.close();
  return { exampleStory: run.storyIds[0], analyseMs };
}

/** A store filled by an earlier run (BENCH_DB), read as it is. */
async function reuseStore(path: string): Promise<{ exampleStory: string; analyseMs: number }> {
  const store = new SqliteStore(path);
  const other = (await store.listStories()).find((s) => s.id !== STORY);
  await store.close();
  return { exampleStory: other?.id ?? STORY, analyseMs: 0 };
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * Times the dossier page in-process: building the story's snapshot (read 1,000 articles and
 * analyses, build, store), the page from the stored snapshot in a fresh app (what a server
 * does for an unchanged story after a restart), rendering alone, and the app's memo.
 */
async function renderTimes(path: string, runs: number) {
  const store = new SqliteStore(path);
  const builds: number[] = [];
  let claimGroups = 0;
  for (let i = 0; i < Math.min(runs, 3); i++) {
    const t = performance.now();
    const snapshot = await buildSnapshot(store, STORY);
    builds.push(performance.now() - t);
    claimGroups = snapshot?.story.claimGroups.length ?? 0;
  }
  const t0 = performance.now();
  const loaded = await loadStory(store, STORY);
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  if (loaded) buildStory(STORY, loaded.members);
  const buildMs = performance.now() - t1;
  const cold: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const app = createApp({ store, storyMemo: 0 });
    const t = performance.now();
    const res = await app.request(`/stories/${STORY}`, { headers: { host: '127.0.0.1' } });
    bytes = (await res.text()).length;
    cold.push(performance.now() - t);
  }
  const renders: number[] = [];
  const snapshot = await storySnapshot(store, STORY);
  if (snapshot) {
    for (let i = 0; i < runs; i++) {
      const ready = { story: snapshot.story, articles: snapshot.articles, sentences: snapshot.sentences, rendered: new Map<string, string>(), builtAt: '', etag: '' };
      const t = performance.now();
      dossierPage(ready);
      renders.push(performance.now() - t);
    }
  }
  const memo = createApp({ store });
  await memo.request(`/stories/${STORY}`, { headers: { host: '127.0.0.1' } });
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await (await memo.request(`/stories/${STORY}`, { headers: { host: '127.0.0.1' } })).text();
    warm.push(performance.now() - t);
  }
  await store.close();
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { snapshotBuildMs: med(builds), coldMs: med(cold), warmMs: med(warm), renderMs: med(renders), loadPlusBuildMs: loadMs + buildMs, buildMs, bytes, claimGroups };
}

/** Drives `path` with `concurrency` loopback clients until `maxRequests` are done or `maxSeconds` pass. */
async function load(base: string, path: string, concurrency: number, maxRequests: number, maxSeconds: number) {
  const latencies: number[] = [];
  let issued = 0;
  let errors = 0;
  const deadline = performance.now() + maxSeconds * 1000;
  const started = performance.now();
  const worker = async () => {
    while (issued < maxRequests && performance.now() < deadline) {
      issued++;
      const t = performance.now();
      const res = await fetch(`${base}${path}`);
      await res.arrayBuffer();
      if (res.status !== 200) errors++;
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, seconds, rps: latencies.length / seconds, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) };
}

async function serveChild(db: string): Promise<void> {
  const store = new SqliteStore(db);
  const server = await startServer({ store, host: '127.0.0.1', port: 0 });
  process.stdout.write(`${server.url}\n`);
  process.on('SIGTERM', () => void server.close().then(() => store.close()).then(() => process.exit(0)));
}

async function main(): Promise<void> {
  if (process.argv[2] === '--serve') return serveChild(process.argv[3]);
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-server-'));
  const db = process.env.BENCH_DB ?? join(dir, 'bench.db');
  const reuse = process.env.BENCH_DB !== undefined && existsSync(db);
  try {
    console.error(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    const filled = reuse ? await reuseStore(db) : await fillStore(db, ARTICLES);
    console.error(`filled ${ARTICLES} articles in ${(filled.analyseMs / 1000).toFixed(1)} s`);
    const render = await renderTimes(db, 5);
    console.error(`dossier page: render ${render.renderMs.toFixed(0)} ms, from snapshot ${render.coldMs.toFixed(0)} ms, snapshot build ${render.snapshotBuildMs.toFixed(0)} ms (load ${render.loadPlusBuildMs.toFixed(0)} ms incl. build ${render.buildMs.toFixed(0)} ms), warm ${render.warmMs.toFixed(0)} ms, ${(render.bytes / 1e6).toFixed(2)} MB, ${render.claimGroups} claim groups`);
    const child = spawn(process.execPath, [process.argv[1], '--serve', db], { stdio: ['ignore', 'pipe', 'inherit'] });
    const base = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
    if (!base.startsWith('http://127.0.0.1:')) throw new Error(`unexpected server address ${base}`);
    const small = await load(base, `/api/stories/${filled.exampleStory}`, 16, 2000, 20);
    const large = await load(base, `/api/stories/${STORY}`, 16, 2000, 20);
    const page = await load(base, `/stories/${STORY}`, 16, 2000, 20);
    child.kill('SIGTERM');
    const fmt = (r: typeof small) => `${r.rps.toFixed(1)} req/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms (${r.requests} requests in ${r.seconds.toFixed(1)} s, ${r.errors} errors)`;
    let commit = 'unknown';
    try {
      commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
      if (execFileSync('git', ['status', '--porcelain', 'src', 'bench/server.ts'], { encoding: 'utf8' }).trim() !== '') commit += ' (with uncommitted changes)';
    } catch { /* not a checkout */ }
    const section = [
      '## Server',
      '',
      `${new Date().toISOString().slice(0, 10)} · commit ${commit} · machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), Node ${process.version} · \`node dist/bench/server.js\``,
      '',
      `Story of ${ARTICLES} articles (example-corpus articles, a third of each article's paragraphs swapped for PolNeAR paragraphs, one in ten with other numbers, 60 outlets, 45 days), analysed for real and placed in one story; ${render.claimGroups} claim groups; the dossier page is ${(render.bytes / 1e6).toFixed(2)} MB of HTML.`,
      '',
      '| measure | result |',
      '| --- | --- |',
      `| dossier page in a fresh app, story unchanged since its snapshot was stored (read the snapshot, render HTML), median of 5 | ${render.coldMs.toFixed(0)} ms |`,
      `| building the story's snapshot after its memberships changed (read ${ARTICLES} articles and analyses, build, store), median of 3 | ${render.snapshotBuildMs.toFixed(0)} ms |`,
      `| ... of which reading the store and building the story | ${render.loadPlusBuildMs.toFixed(0)} ms (building alone ${render.buildMs.toFixed(0)} ms) |`,
      `| dossier page HTML rendering alone (story built), median of 5 | ${render.renderMs.toFixed(0)} ms |`,
      `| dossier page, story and page remembered by the app (memberships unchanged), median of 5 | ${render.warmMs.toFixed(0)} ms |`,
      `| GET /api/stories/:id, 5-article story, 16 loopback clients | ${fmt(small)} |`,
      `| GET /api/stories/:id, ${ARTICLES}-article story, 16 loopback clients | ${fmt(large)} |`,
      `| GET /stories/:id (HTML), ${ARTICLES}-article story, 16 loopback clients | ${fmt(page)} |`,
      '',
      `Loads are bounded at 2,000 requests or 20 s each, client and server on the same machine (the server in its own process). Load average at start: ${loadavg()[0].toFixed(2)}.`,
      '',
    ].join('\n');
    console.log(section);
    const results = 'bench/RESULTS.md';
    const existing = existsSync(results) ? readFileSync(results, 'utf8') : '# Benchmark results\n\n';
    const start = existing.indexOf('## Server');
    let updated: string;
    if (start < 0) updated = `${existing.trimEnd()}\n\n${section}`;
    else {
      const next = existing.indexOf('\n## ', start + 1);
      updated = existing.slice(0, start) + section + (next < 0 ? '' : existing.slice(next + 1));
    }
    writeFileSync(results, updated);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
