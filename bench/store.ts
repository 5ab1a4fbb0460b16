// Store cost per added article as the SQLite store grows: putArticle, putAnalysis and putMemberships
// timed at several store sizes, with the database's bytes per article. Linking is timed by bench:pipeline.
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle, loadAttributionModel } from '../src/analyze/index.js';
import type { Article } from '../src/model/index.js';
import type { ArticleAnalysis } from '../src/model/analysis.js';
import { SqliteStore } from '../src/store/index.js';
import { buildCorpus, loadBaseTexts } from './corpus.js';

const SHARED = process.env.TRIANGULATE_SHARED_EVAL ?? '../shared/eval';
const EXAMPLES = 'examples/korea-troops-2024';
const SIZES = (process.env.BENCH_STORE_SIZES ?? '1000,10000,30000').split(',').map(Number);
const POOL = 200;
const PROBE = 200;

function articleOf(id: string, title: string, text: string, published: string): Article {
  return {
    id,
    source: id,
    text,
    paragraphs: [],
    metadata: { title: { value: title, rule: 'bench' }, outlet: null, byline: null, published: { value: published, rule: 'bench', basis: 'explicit' }, language: null, url: null },
    removed: [],
    messages: [],
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const model = loadAttributionModel();
  const corpus = buildCorpus(loadBaseTexts(SHARED, EXAMPLES), POOL);
  const pool = corpus.map((b) => {
    const article = articleOf(b.id, b.title, b.text, b.published);
    return { article, analysis: analyzeArticle({ id: article.id, text: article.text, published: b.published, outlet: null }, { attributionModel: model }) };
  });
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-store-'));
  const path = join(dir, 'store.db');
  const store = new SqliteStore(path);
  let n = 0;
  const add = async (timed: boolean): Promise<{ article: number; analysis: number; membership: number }> => {
    const p = pool[n % POOL];
    const id = `s${n.toString(16).padStart(12, '0')}`;
    const article = { ...p.article, id, source: id };
    const analysis: ArticleAnalysis = { ...p.analysis, articleId: id };
    const t0 = performance.now();
    await store.putArticle(article);
    const t1 = performance.now();
    await store.putAnalysis(analysis);
    const t2 = performance.now();
    await store.putMemberships([{ articleId: id, storyId: `story-${Math.floor(n / 5)}`, rule: 'bench', score: 1, syndicatedFrom: null, similarity: null }]);
    const t3 = performance.now();
    n++;
    return timed ? { article: t1 - t0, analysis: t2 - t1, membership: t3 - t2 } : { article: 0, analysis: 0, membership: 0 };
  };
  const rows: string[] = [];
  for (const size of SIZES) {
    while (n < size - PROBE) await add(false);
    const times = { article: [] as number[], analysis: [] as number[], membership: [] as number[] };
    while (n < size) {
      const t = await add(true);
      times.article.push(t.article);
      times.analysis.push(t.analysis);
      times.membership.push(t.membership);
    }
    const bytes = statSync(path).size + (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);
    const row = `| ${size.toLocaleString('en')} | ${median(times.article).toFixed(2)} | ${median(times.analysis).toFixed(2)} | ${median(times.membership).toFixed(2)} | ${(bytes / size / 1024).toFixed(1)} |`;
    rows.push(row);
    console.log(row);
  }
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(['', '| stored articles | putArticle ms | putAnalysis ms | putMemberships ms | KB per article |', '| ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n'));
}

await main();
