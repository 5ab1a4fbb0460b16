// Server responsiveness while it ingests: GET latency (p50, p99, max) during a 500-document upload, with 1 and 2 ingest threads.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadAttributionModel } from '../src/analyze/index.js';
import { runPipeline } from '../src/pipeline/index.js';
import { startServer } from '../src/server/index.js';
import { SqliteStore } from '../src/store/index.js';
import { buildCorpus, loadBaseTexts } from './corpus.js';

const SHARED = process.env.TRIANGULATE_SHARED_EVAL ?? '../shared/eval';
const DOCUMENTS = Number(process.env.BENCH_UPLOAD_DOCUMENTS ?? 500);
const GET_EVERY_MS = 50;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

/** JSON lines of real local news when the GVA set is there, else of the benchmark corpus. */
function uploadBody(): string {
  const gva = join(SHARED, 'gva', 'dev', 'articles.jsonl');
  if (existsSync(gva)) {
    return readFileSync(gva, 'utf8').split('\n').filter((l) => l.trim()).slice(0, DOCUMENTS).map((l) => {
      const r = JSON.parse(l) as { title: string; text: string; published: string; outlet: string; url: string };
      return JSON.stringify({ title: r.title, text: r.text, published: r.published, outlet: r.outlet, url: r.url });
    }).join('\n');
  }
  return buildCorpus(loadBaseTexts(SHARED, 'examples/korea-troops-2024'), DOCUMENTS).map((a) => JSON.stringify({ title: a.title, text: a.text, published: a.published })).join('\n');
}

async function measure(threads: number, body: string): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-upload-'));
  const store = new SqliteStore(join(dir, 'store.db'));
  const analysis = { attributionModel: loadAttributionModel() };
  const seeded = await runPipeline(['examples/korea-troops-2024'], store, { analysis });
  const server = await startServer({ store, port: 0, analysis, ingest: { threads }, limits: { maxDocuments: DOCUMENTS + 1 } });
  const storyUrl = `${server.url}/api/stories/${seeded.storyIds[0]}`;
  try {
    await fetch(storyUrl).then((r) => r.arrayBuffer());
    const latencies: number[] = [];
    let uploading = true;
    const t0 = performance.now();
    const upload = fetch(`${server.url}/api/documents`, { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body })
      .then(async (r) => ({ status: r.status, body: await r.text() }))
      .finally(() => { uploading = false; });
    while (uploading) {
      const t = performance.now();
      await fetch(storyUrl).then((r) => r.arrayBuffer());
      latencies.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, GET_EVERY_MS));
    }
    const answer = await upload;
    if (answer.status >= 300) throw new Error(`upload answered ${answer.status}: ${answer.body.slice(0, 300)}`);
    return { threads, uploadSeconds: (performance.now() - t0) / 1000, gets: latencies.length, p50Ms: quantile(latencies, 0.5), p99Ms: quantile(latencies, 0.99), maxMs: Math.max(...latencies) };
  } finally {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const body = uploadBody();
console.log(`${DOCUMENTS} documents (${(Buffer.byteLength(body) / 1e6).toFixed(1)} MB), ${cpus().length} cores, load ${loadavg()[0].toFixed(2)}`);
const rows = [];
for (const threads of [1, 2]) {
  const r = await measure(threads, body);
  rows.push(`| ${r.threads} | ${r.uploadSeconds.toFixed(1)} | ${r.gets} | ${r.p50Ms.toFixed(0)} | ${r.p99Ms.toFixed(0)} | ${r.maxMs.toFixed(0)} |`);
  console.log(rows.at(-1));
}
console.log(['', '| ingest threads | upload s | GETs | p50 ms | p99 ms | max ms |', '| ---: | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n'));
