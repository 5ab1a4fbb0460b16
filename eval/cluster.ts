// Scores incremental story clustering on ECB+ documents: pairwise and B-cubed precision, recall, F1, and throughput.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { StoryIndex, type StoryOptions } from '../src/link/cluster.js';
import { prng } from '../bench/corpus.js';

const USAGE = 'usage: eval/cluster FILE.jsonl [--shuffles N] [--seed S] [--options JSON] [--json]';

interface GoldDoc {
  doc: string;
  story: string;
  text: string;
}

interface Scores {
  order: string;
  pairwise: { p: number; r: number; f1: number };
  bcubed: { p: number; r: number; f1: number };
  stories: number;
  docsPerSecond: number;
}

function parseArgs(argv: string[]): { file: string; shuffles: number; seed: number; options: Partial<StoryOptions>; json: boolean } {
  let file = '';
  let shuffles = 3;
  let seed = 1;
  let options: Partial<StoryOptions> = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--shuffles') shuffles = Number(argv[++i]);
    else if (a === '--seed') seed = Number(argv[++i]);
    else if (a === '--options') options = JSON.parse(argv[++i] ?? '{}') as Partial<StoryOptions>;
    else if (a === '--json') json = true;
    else if (!a.startsWith('--') && file === '') file = a;
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  if (file === '') throw new Error(USAGE);
  return { file, shuffles, seed, options, json };
}


function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  // Seeded, so shuffled orders are the same on every run.
  const rnd = prng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function prf(p: number, r: number): { p: number; r: number; f1: number } {
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Pairwise scores over all document pairs: a pair is positive when both share a cluster. */
export function pairwise(gold: readonly string[], pred: readonly string[]): { p: number; r: number; f1: number } {
  const both = new Map<string, number>();
  const g = new Map<string, number>();
  const s = new Map<string, number>();
  for (let i = 0; i < gold.length; i++) {
    const k = `${gold[i]}\u0000${pred[i]}`;
    both.set(k, (both.get(k) ?? 0) + 1);
    g.set(gold[i]!, (g.get(gold[i]!) ?? 0) + 1);
    s.set(pred[i]!, (s.get(pred[i]!) ?? 0) + 1);
  }
  const pairs = (m: Map<string, number>): number => [...m.values()].reduce((a, n) => a + (n * (n - 1)) / 2, 0);
  const tp = pairs(both);
  const predPairs = pairs(s);
  const goldPairs = pairs(g);
  return prf(predPairs === 0 ? 1 : tp / predPairs, goldPairs === 0 ? 1 : tp / goldPairs);
}

/** B-cubed: per-document precision and recall of its predicted cluster against its gold one, averaged. */
export function bcubed(gold: readonly string[], pred: readonly string[]): { p: number; r: number; f1: number } {
  const both = new Map<string, number>();
  const g = new Map<string, number>();
  const s = new Map<string, number>();
  for (let i = 0; i < gold.length; i++) {
    const k = `${gold[i]}\u0000${pred[i]}`;
    both.set(k, (both.get(k) ?? 0) + 1);
    g.set(gold[i]!, (g.get(gold[i]!) ?? 0) + 1);
    s.set(pred[i]!, (s.get(pred[i]!) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (let i = 0; i < gold.length; i++) {
    const n = both.get(`${gold[i]}\u0000${pred[i]}`)!;
    p += n / s.get(pred[i]!)!;
    r += n / g.get(gold[i]!)!;
  }
  return prf(p / gold.length, r / gold.length);
}

function run(docs: readonly GoldDoc[], order: string, options: Partial<StoryOptions>): Scores {
  const index = new StoryIndex(options);
  const pred: string[] = [];
  const start = performance.now();
  for (const d of docs) pred.push(index.add({ id: d.doc, title: null, text: d.text, published: null }).storyId);
  const seconds = (performance.now() - start) / 1000;
  // Final story membership (a story id never changes once given, so the decision ids are final).
  const gold = docs.map((d) => d.story);
  return {
    order,
    pairwise: pairwise(gold, pred),
    bcubed: bcubed(gold, pred),
    stories: index.storyCount,
    docsPerSecond: docs.length / seconds,
  };
}

function fmt(x: { p: number; r: number; f1: number }): string {
  return `P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f1.toFixed(3)}`;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const docs = readFileSync(args.file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as GoldDoc);
  const runs: Scores[] = [run(docs, 'file order', args.options)];
  for (let k = 0; k < args.shuffles; k++) runs.push(run(shuffled(docs, args.seed + k), `shuffled (seed ${args.seed + k})`, args.options));
  const mean = (f: (s: Scores) => number): number => runs.slice(1).reduce((a, s) => a + f(s), 0) / Math.max(1, runs.length - 1);
  if (args.json) {
    console.log(JSON.stringify({ documents: docs.length, goldStories: new Set(docs.map((d) => d.story)).size, runs, shuffledMeanPairwiseF1: mean((s) => s.pairwise.f1), shuffledMeanBcubedF1: mean((s) => s.bcubed.f1) }));
    return;
  }
  console.log(`${docs.length} documents, ${new Set(docs.map((d) => d.story)).size} gold stories`);
  for (const s of runs) {
    console.log(`${s.order.padEnd(20)} pairwise ${fmt(s.pairwise)} | B-cubed ${fmt(s.bcubed)} | ${s.stories} stories | ${s.docsPerSecond.toFixed(0)} docs/s`);
  }
  if (runs.length > 1) console.log(`shuffled mean        pairwise F1 ${mean((s) => s.pairwise.f1).toFixed(3)} | B-cubed F1 ${mean((s) => s.bcubed.f1).toFixed(3)}`);
}

main();
