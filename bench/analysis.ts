// Analysis throughput per pass (KB/s, articles/s, one core) on the example corpus and the PolNeAR texts, and how each pass scales with article length.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAttributions, findClaims, findDates, findEntities, findQuantities, loadAttributionModel, splitSentences } from '../src/analyze/index.js';
import { extractPageText } from '../src/extract/index.js';

const SHARED = process.env.TRIANGULATE_SHARED_EVAL ?? '../shared/eval';

function texts(dir: string, clean: boolean): string[] {
  return readdirSync(dir).sort().map((f) => {
    const raw = readFileSync(join(dir, f), 'utf8');
    return clean ? raw : extractPageText(raw).paragraphs.join('\n\n');
  });
}

type Pass = 'sentences' | 'entities' | 'dates' | 'quantities' | 'attributions' | 'claims';

function analyseTimed(text: string, model: ReturnType<typeof loadAttributionModel>, ms: Record<Pass, number>): void {
  let t = performance.now();
  const lap = (p: Pass) => { const now = performance.now(); ms[p] += now - t; t = now; };
  const sentences = splitSentences(text); lap('sentences');
  const entities = findEntities(text, sentences); lap('entities');
  const dates = findDates(text, '2024-10-23'); lap('dates');
  const quantities = findQuantities(text); lap('quantities');
  const attributions = findAttributions(text, { model }); lap('attributions');
  findClaims({ text, sentences, entities, dates, quantities, attributions, outlet: 'Outlet', published: '2024-10-23' }); lap('claims');
}

function run(name: string, corpus: string[], model: ReturnType<typeof loadAttributionModel>): void {
  const ms: Record<Pass, number> = { sentences: 0, entities: 0, dates: 0, quantities: 0, attributions: 0, claims: 0 };
  const bytes = corpus.reduce((s, x) => s + Buffer.byteLength(x), 0);
  for (const text of corpus) analyseTimed(text, model, ms);
  const total = Object.values(ms).reduce((a, b) => a + b, 0) / 1000;
  console.log(`| ${name} | ${corpus.length} | ${(bytes / 1024).toFixed(0)} | ${(corpus.length / total).toFixed(1)} | ${(bytes / 1024 / total).toFixed(1)} | ${Object.values(ms).map((v) => (v / corpus.length).toFixed(2)).join(' | ')} |`);
}

const model = loadAttributionModel();
const examples = texts('examples/korea-troops-2024', false);
const polnear = texts(join(SHARED, 'polnear', 'dev', 'text'), true).concat(texts(join(SHARED, 'polnear', 'train', 'text'), true).slice(0, 200));
console.log('| corpus | articles | KB | articles/s | KB/s | ms/article: sentences | entities | dates | quantities | attributions | claims |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
run('example corpus (x20)', Array.from({ length: 20 }, () => examples).flat(), model);
run('PolNeAR dev + 200 train', polnear, model);

// Linearity: one long article made of distinct PolNeAR articles, at 1x, 4x and 16x the length.
console.log('\n| length (KB) | ms per KB: sentences | entities | dates | quantities | attributions | claims |\n|---:|---:|---:|---:|---:|---:|---:|');
for (const k of [4, 16, 64]) {
  const text = polnear.slice(0, k).join('\n\n');
  const ms: Record<Pass, number> = { sentences: 0, entities: 0, dates: 0, quantities: 0, attributions: 0, claims: 0 };
  analyseTimed(text, model, ms);
  const kb = Buffer.byteLength(text) / 1024;
  console.log(`| ${kb.toFixed(0)} | ${Object.values(ms).map((v) => (v / kb).toFixed(3)).join(' | ')} |`);
}
console.log(`\npeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
