// Builds varied benchmark corpora from the evaluation texts: every article is a different mix of real paragraphs.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/model/index.js';

export interface BenchArticle {
  id: string;
  title: string;
  text: string;
  published: string;
}

function paragraphsOf(text: string): string[] {
  return text.split(/\n\s*\n|\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length >= 60);
}

/** Base texts: PolNeAR (train and dev), ECB+, WCXB ground truth and the example corpus. */
export function loadBaseTexts(sharedEval: string, examples: string): string[][] {
  const out: string[][] = [];
  for (const split of ['train', 'dev']) {
    const dir = join(sharedEval, 'polnear', split, 'text');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) out.push(paragraphsOf(readFileSync(join(dir, f), 'utf8')));
  }
  const ecb = join(sharedEval, 'ecbplus-docs.jsonl');
  if (existsSync(ecb)) {
    for (const line of readFileSync(ecb, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as { text?: string; sentences?: Record<string, string> };
      out.push(d.sentences ? Object.values(d.sentences).map((s) => s.trim()).filter((s) => s.length >= 40) : paragraphsOf(d.text ?? ''));
    }
  }
  const gt = join(sharedEval, 'wcxb-articles', 'dev', 'ground-truth');
  if (existsSync(gt)) {
    for (const f of readdirSync(gt).sort()) {
      const d = JSON.parse(readFileSync(join(gt, f), 'utf8')) as { ground_truth?: { main_content?: string } | string };
      const g = d.ground_truth;
      const main = typeof g === 'object' && g ? g.main_content ?? '' : '';
      if (main) out.push(paragraphsOf(main));
    }
  }
  if (out.length === 0) {
    // The example corpus alone is five texts on one story: every generated article then shares
    // its names and days, and stories grow far beyond what real input makes.
    console.error(`warning: no evaluation texts found under ${sharedEval} (set TRIANGULATE_SHARED_EVAL); the corpus is built from the example corpus alone`);
  }
  for (const f of readdirSync(examples).sort()) out.push(paragraphsOf(readFileSync(join(examples, f), 'utf8')));
  return out.filter((p) => p.length >= 2);
}

/** A small deterministic generator (mulberry32), so corpora are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` articles: article i takes a base text (cycling) and, past the first round, replaces a
 * third of its paragraphs with paragraphs of another base text, so no text repeats.
 */
export function buildCorpus(base: readonly string[][], n: number, seed = 7): BenchArticle[] {
  const rand = prng(seed);
  const out: BenchArticle[] = [];
  const day0 = Date.UTC(2024, 0, 1);
  for (let i = 0; i < n; i++) {
    const own = base[i % base.length];
    let paras = [...own];
    if (i >= base.length) {
      const other = base[Math.floor(rand() * base.length)];
      paras = paras.map((p, k) => (k % 3 === (i % 3) && other.length > 0 ? other[(k + i) % other.length] : p));
      paras.push(`Reported as item ${i} in the collection.`);
    }
    out.push({
      id: `bench-${i}`,
      title: paras[0].slice(0, 90),
      text: paras.slice(1).join('\n\n'),
      published: new Date(day0 + Math.floor(rand() * 700) * 86_400_000).toISOString().slice(0, 10),
    });
  }
  return out;
}

/** A generated article as the pipeline takes it once extracted (title and date as given). */
export function articleOf(b: BenchArticle): Article {
  return {
    id: b.id,
    source: b.id,
    text: b.text,
    paragraphs: [],
    metadata: { title: { value: b.title, rule: 'bench' }, outlet: null, byline: null, published: { value: b.published, rule: 'bench', basis: 'explicit' }, language: null, url: null },
    removed: [],
    messages: [],
  };
}
