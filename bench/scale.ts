// Cost per added article as a SQLite store grows to 100k articles: the store, link, linker-state and snapshot steps of `add`, batch by batch.
//
// Extraction and analysis cost the same whatever the store holds, so a pool of generated
// articles (bench/corpus.ts) is analysed once; every added article is a pool article rewritten
// for one news event: content words swapped for made-up words of the same length (two in
// three), the same swaps for every article of the event (its names and rare words), a few more of its own. Spans
// stay valid, so the pool analysis serves under the new id with its texts re-sliced. Events have
// 1 to about 25 articles (most have one or two), from 60 outlets over a few days each, so the
// linker forms many stories as in real news. Each batch then runs what `add` runs after
// extraction: storeAndAnalyse per article, the link step as the store's only linker (linking,
// saving the linker state, committing), and refreshing the snapshots of the stories it touched.
//
//   node dist/bench/scale.js --sizes=1000,10000,100000 [--batch=500] [--pool=400] [--db=PATH]
//     [--memory [--heap-at=N,...]]  (with node --expose-gc: memory after every batch, heap snapshots in the temp folder)
//     [--live]  (with --memory: the heap in use after a full collection too; lowers the peak, for diagnosis only)
//     [--no-heap-bound]  (no full collection when the heap grew past the bound; V8 decides alone)
//     [--resume]  (with --db: goes on adding to a store this benchmark made, from the articles it holds)
//
// At each size, the CPU ms per article of each phase are over the batches that ended in the
// window before it (the last 1,000 articles; the second half at 1,000).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize, writeHeapSnapshot } from 'node:v8';
import { analyzeArticle, loadAttributionModel } from '../src/analyze/index.js';
import type { Article } from '../src/model/index.js';
import type { ArticleAnalysis } from '../src/model/analysis.js';
import { currentLinker, HeapBound, keepLinker, linkArticle, refreshSnapshots, saveLinker, storeAndAnalyse, type KeptLinker } from '../src/pipeline/index.js';
import { SqliteStore, type Store } from '../src/store/index.js';
import { TERMS } from '../src/link/compact.js';
import { dbBytes } from '../scripts/db-bytes.js';
import { buildCorpus, loadBaseTexts, prng } from './corpus.js';

const SHARED = process.env.TRIANGULATE_SHARED_EVAL ?? '../shared/eval';
const EXAMPLES = 'examples/korea-troops-2024';

function flag(name: string, fallback: string): string {
  const arg = process.argv.slice(2).find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

/** 32-bit FNV-1a of a string, seeded. */
function hash(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const CONSONANTS = 'bcdfghklmnprstvz';
const VOWELS = 'aeiou';

/** A made-up word of the given length from a seed, capitalised like the word it replaces. */
function madeUpWord(seed: number, like: string): string {
  const rand = prng(seed);
  let out = '';
  for (let i = 0; i < like.length; i++) {
    const set = i % 2 === 0 ? CONSONANTS : VOWELS;
    out += set[Math.floor(rand() * set.length)];
  }
  return like[0] === like[0]!.toUpperCase() ? out[0]!.toUpperCase() + out.slice(1) : out;
}

/** Words a rewrite may swap: letters only, four or more (names and content words; short function words stay). */
const WORD = /\b[A-Za-z]{4,}\b/g;

/**
 * The text with some words swapped for same-length made-up words: for the event (a third of
 * its distinct words out of three, the same in every article of the event) and for the article
 * alone (one in twelve), so articles of an event share their rare words, events made from one
 * pool article share few, and no two texts are the same.
 */
function rewrite(text: string, event: number, article: number): string {
  return text.replace(WORD, (w) => {
    const key = w.toLowerCase();
    if (hash(key, event) % 3 !== 0) return madeUpWord(hash(key, event ^ 0x9e3779b9), w);
    if (hash(key, article ^ 0x5bd1e995) % 12 === 0) return madeUpWord(hash(key, article ^ 0x27d4eb2f), w);
    return w;
  });
}

/** A copy of the analysis for another text of the same length: every text that has a span is sliced again. */
function reslice<T>(value: T, text: string): T {
  if (Array.isArray(value)) return value.map((v) => reslice(v, text)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = reslice(v, text);
  const span = out.span;
  if (typeof out.text === 'string' && Array.isArray(span) && typeof span[0] === 'number' && typeof span[1] === 'number') out.text = text.slice(span[0], span[1]);
  return out as T;
}

interface PoolItem {
  title: string;
  text: string;
  /** The analysis serialised (v8's structured clone: every value as it was), read back per rewritten article. */
  analysis: Buffer;
}

/** Events in time order, each with its pool article, first day and size; articles of nearby events interleave. */
class Events {
  private readonly rand = prng(11);
  private next = 0;
  private readonly queue: { event: number; day: number }[] = [];

  constructor(private readonly poolSize: number) {}

  /** Up to 25 articles, most events one or two (as in a month of local news). */
  private size(): number {
    const r = this.rand();
    return Math.min(25, Math.max(1, Math.floor(1 / Math.pow(1 - r * 0.97, 0.9) - 0.2)));
  }

  /** The next article's event and day. */
  take(): { event: number; pool: number; day: number } {
    while (this.queue.length < 400) {
      const event = this.next++;
      // About 100 new events a day.
      const start = Math.floor(event / 100);
      for (let k = this.size(); k > 0; k--) this.queue.push({ event, day: start + Math.floor(this.rand() * 3) });
    }
    const at = Math.floor(this.rand() * 200);
    const [item] = this.queue.splice(at, 1);
    return { event: item!.event, pool: hash(String(item!.event)) % this.poolSize, day: item!.day };
  }
}

const DAY0 = Date.UTC(2024, 0, 1);

function articleFor(i: number, pool: readonly PoolItem[], events: Events): { article: Article; analysis: ArticleAnalysis } {
  const { event, pool: p, day } = events.take();
  const base = pool[p]!;
  const text = rewrite(base.text, event, i);
  const id = (hash(`a${i}`).toString(16).padStart(8, '0') + hash(`b${i}`, 7).toString(16).padStart(8, '0')).slice(0, 16);
  const outlet = `outlet-${hash(`o${i}`) % 60}.example`;
  const article: Article = {
    id,
    source: `scale-${i}.json`,
    text,
    paragraphs: [],
    metadata: {
      title: { value: rewrite(base.title, event, i), rule: 'bench' },
      outlet: { value: outlet, rule: 'bench' },
      byline: null,
      published: { value: new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10), rule: 'bench', basis: 'explicit' },
      language: { value: 'en', rule: 'bench' },
      url: null,
    },
    removed: [],
    messages: [],
  };
  const analysis = { ...reslice(deserialize(base.analysis) as ArticleAnalysis, text), articleId: id, text };
  return { article, analysis };
}

interface Phase {
  store: number;
  link: number;
  state: number;
  commit: number;
  snapshots: number;
}

const PHASES: (keyof Phase)[] = ['store', 'link', 'state', 'commit', 'snapshots'];

/** With --memory: the process's memory at its highest RSS seen so far, sampled between steps, and in which phase. */
let highest: { rss: number; phase: string; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number } | null = null;

function sample(phase: string): void {
  if (highest === null) return;
  const rss = process.memoryUsage.rss();
  if (rss <= highest.rss) return;
  const m = process.memoryUsage();
  highest = { rss: m.rss, phase, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers };
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * One batch of `count` articles through the steps of `add` after extraction; CPU ms of each phase. The articles are
 * made one at a time as they are stored (as `add` reads its input as a stream), not counted in any phase.
 */
async function addBatch(store: Store, count: number, next: () => { article: Article; analysis: ArticleAnalysis }, kept: KeptLinker, heap: HeapBound | null): Promise<Phase> {
  const t: Phase = { store: 0, link: 0, state: 0, commit: 0, snapshots: 0 };
  let c = cpuMs();
  const lap = (phase: keyof Phase): void => {
    const now = cpuMs();
    t[phase] += now - c;
    c = now;
  };
  const ids: string[] = [];
  for (let k = 0; k < count; k++) {
    const before = cpuMs();
    const { article, analysis } = next();
    // Making the input is not a phase of `add`.
    c += cpuMs() - before;
    await storeAndAnalyse(store, article, {}, { analysis, analysisError: null });
    ids.push(article.id);
    // As `add` checks its heap bound per group of 32 stored articles.
    if (ids.length % 32 === 0) {
      sample('store');
      heap?.check();
    }
  }
  lap('store');
  // As linkBatch (src/pipeline/run.ts), with the state save and the commit timed apart.
  const linker = await store.exclusive(async (tx) => {
    const current = await currentLinker(tx, kept, heap ?? undefined);
    let linked = 0;
    let done = 0;
    for (const id of ids) {
      if (current.has(id)) continue;
      const article = await tx.getArticle(id);
      if (!article) continue;
      // As `add`: the linker reads the article alone, its analysis is not read back.
      if (await linkArticle(tx, current, article, null)) linked++;
      if (++done % 16 === 0) {
        sample('link');
        heap?.check();
      }
    }
    lap('link');
    if (linked > 0) await saveLinker(tx, current, undefined, heap ?? undefined);
    sample('state');
    lap('state');
    return current;
  });
  await keepLinker(store, kept, linker);
  lap('commit');
  // As `add` does after its run: the stories of the batch's articles, then their snapshots.
  const stories = new Set<string>();
  for (const id of ids) {
    const m = await store.membership(id);
    if (m) stories.add(m.storyId);
  }
  sample('commit');
  await refreshSnapshots(store, stories, { heap: heap ?? undefined });
  sample('snapshots');
  lap('snapshots');
  return t;
}

function fileBytes(path: string): number {
  return statSync(path).size + (statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0);
}

const MB = (b: number): string => (b / 1048576).toFixed(0);

/** After a collection when `--expose-gc` is on: heap used, external, array buffers and RSS now (MB); a heap snapshot when asked. */
function memoryLine(n: number, snapshot: boolean, kept?: KeptLinker, heap?: HeapBound | null): void {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  // With --live, the heap in use after a full collection too (the collection lowers the run's peak: for diagnosis only).
  const live = process.argv.includes('--live') && heap ? ` live ${MB(heap.collect())}` : '';
  console.log(`memory at ${n}: heapUsed ${MB(m.heapUsed)} heapTotal ${MB(m.heapTotal)} external ${MB(m.external)} arrayBuffers ${MB(m.arrayBuffers)} rss ${MB(m.rss)} peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB${live}${heap ? `, ${heap.collections} bound collections` : ''}; terms ${TERMS.size}${kept?.linker ? `, in memory ${JSON.stringify({ ...kept.linker.inMemory, ...kept.linker.arrayBytes })}` : ''}`);
  if (highest !== null && highest.rss > 0) {
    const h = highest;
    console.log(`  highest RSS sampled ${MB(h.rss)} MB, after ${h.phase}: heapUsed ${MB(h.heapUsed)} heapTotal ${MB(h.heapTotal)} external ${MB(h.external)} arrayBuffers ${MB(h.arrayBuffers)}`);
  }
  if (snapshot) console.log(`heap snapshot ${writeHeapSnapshot(join(tmpdir(), `scale-${n}.heapsnapshot`))}`);
}

async function main(): Promise<void> {
  const trace = process.argv.includes('--memory');
  if (trace) highest = { rss: 0, phase: 'start', heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 };
  const heapAt = flag('heap-at', '').split(',').map(Number).filter((x) => x > 0);
  const sizes = flag('sizes', '1000,10000,100000').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
  const batchSize = Number(flag('batch', '500'));
  const poolSize = Number(flag('pool', '400'));
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-scale-'));
  const path = flag('db', join(dir, 'scale.db'));
  const started = Date.now();
  console.log(`bench:scale ${new Date().toISOString()} sizes ${sizes.join(',')} batch ${batchSize} pool ${poolSize}; ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  try {
    const model = loadAttributionModel();
    if (trace) memoryLine(-1, false);
    const tp = performance.now();
    const base = loadBaseTexts(SHARED, EXAMPLES);
    const pool: PoolItem[] = buildCorpus(base, poolSize).map((b) => ({
      title: b.title,
      text: b.text,
      analysis: serialize(analyzeArticle({ id: b.id, text: b.text, published: b.published, outlet: null }, { attributionModel: model })),
    }));
    console.log(`pool of ${pool.length} articles from ${base.length} base texts analysed in ${((performance.now() - tp) / 1000).toFixed(1)} s`);
    if (trace) memoryLine(0, false);
    const store = new SqliteStore(path);
    const kept: KeptLinker = { linker: null, head: null };
    const events = new Events(pool.length);
    // As `add` bounds its garbage (src/pipeline/heap-bound.ts); --no-heap-bound leaves it to V8.
    const heap = process.argv.includes('--no-heap-bound') ? null : new HeapBound();
    const rows: string[] = [];
    const header = '| stored articles | store ms | link ms | state save ms | commit ms | snapshots ms | all phases ms | stories | peak RSS MB | DB KB/article | load average |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|';
    console.log(`CPU ms per added article, by phase, over the batches before each size\n\n${header}`);
    let n = 0;
    if (process.argv.includes('--resume')) {
      // The same articles as a run from empty would add next: the events drawn so far are drawn again.
      n = await store.countArticles();
      for (let i = 0; i < n; i++) events.take();
      console.log(`resuming at ${n.toLocaleString('en')} stored articles`);
    }
    let window: Phase[] = [];
    for (const size of sizes) {
      if (size <= n) continue;
      const from = size <= 1000 ? size / 2 : size - 1000;
      window = [];
      let windowArticles = 0;
      while (n < size) {
        const count = Math.min(batchSize, size - n);
        let k = n;
        const t = await addBatch(store, count, () => articleFor(k++, pool, events), kept, heap);
        n += count;
        if (trace) memoryLine(n, heapAt.includes(n), kept, heap);
        if (n > from) {
          window.push(t);
          windowArticles += count;
        }
      }
      const per = (phase: keyof Phase): number => window.reduce((s, t) => s + t[phase], 0) / windowArticles;
      const all = PHASES.reduce((s, p) => s + per(p), 0);
      const stories = (await store.listStories()).length;
      const row = `| ${size.toLocaleString('en')} | ${PHASES.map((p) => per(p).toFixed(2)).join(' | ')} | ${all.toFixed(2)} | ${stories.toLocaleString('en')} | ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} | ${(fileBytes(path) / size / 1024).toFixed(1)} | ${loadavg().map((x) => x.toFixed(1)).join(' ')} |`;
      rows.push(row);
      console.log(row);
    }
    await store.close();
    console.log(`\n${header}\n${rows.join('\n')}\n\nbytes by table at ${n.toLocaleString('en')} articles (${((Date.now() - started) / 1000).toFixed(0)} s in all):`);
    const { articles, pageSize, rows: tables } = dbBytes(path);
    for (const r of tables.slice(0, 10)) console.log(`  ${r.name}: ${((r.pages * pageSize) / articles / 1024).toFixed(2)} KB per article`);
  } finally {
    if (!process.argv.some((a) => a.startsWith('--db='))) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
