// Scores Triangulate's HTML and page-text extractors, and Readability.js, on a dataset folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractHtml, flattenHtml } from '../src/extract/html/index.js';
import { extractPageText } from '../src/extract/text/index.js';
import { loadDataset, readHtml } from './lib/dataset.js';
import { mean, shingleCounts, shingleScore, wordPrf, type Counts } from './lib/metrics.js';
import { readabilityText } from './lib/readability.js';

type Mode = 'html' | 'text';

interface SystemRun {
  name: string;
  mode: Mode;
  run: (html: string) => string;
  counts: Counts[];
  wordF1: number[];
  seconds: number;
  perPage: { id: string; f1: number; p: number; r: number }[];
}

const USAGE = 'usage: eval/extract DIR [--limit N] [--mode html|text|both] [--no-baseline] [--dump OUTDIR] [--worst N] [--options JSON]';

interface Args { dir: string; limit: number; modes: Mode[]; baseline: boolean; dump: string | null; worst: number; options: Record<string, unknown> }

function parseArgs(argv: string[]): Args {
  let dir = '';
  let limit = Infinity;
  let mode = 'both';
  let baseline = true;
  let dump: string | null = null;
  let worst = 0;
  let options: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--limit') limit = Number(argv[++i]);
    else if (a === '--mode') mode = argv[++i] ?? '';
    else if (a === '--no-baseline') baseline = false;
    else if (a === '--dump') dump = argv[++i] ?? null;
    else if (a === '--worst') worst = Number(argv[++i]);
    else if (a === '--options') options = JSON.parse(argv[++i] ?? '{}') as Record<string, unknown>;
    else if (!a.startsWith('--') && dir === '') dir = a;
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  if (dir === '' || !['html', 'text', 'both'].includes(mode) || !(limit > 0)) throw new Error(USAGE);
  const modes: Mode[] = mode === 'both' ? ['html', 'text'] : [mode as Mode];
  return { dir, limit, modes, baseline, dump, worst, options };
}


function triangulateText(html: string): string {
  return extractPageText(flattenHtml(html)).paragraphs.join('\n\n');
}

function fmt(x: number): string {
  return x.toFixed(3);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const ds = loadDataset(args.dir);
  const pages = ds.pages.slice(0, args.limit);
  const systems: SystemRun[] = [];
  const add = (name: string, mode: Mode, run: (html: string) => string): void => {
    systems.push({ name, mode, run, counts: [], wordF1: [], seconds: 0, perPage: [] });
  };
  for (const mode of args.modes) {
    if (mode === 'html') add('Triangulate', 'html', (html) => extractHtml(html, args.options).paragraphs.join('\n\n'));
    else add('Triangulate', 'text', triangulateText);
    if (mode === 'html' && args.baseline) add('Readability.js', 'html', readabilityText);
  }
  if (args.dump) mkdirSync(args.dump, { recursive: true });
  process.stderr.write(`${ds.layout} layout: ${pages.length} pages (${ds.skipped.length} skipped)\n`);
  pages.forEach((page, i) => {
    const html = readHtml(page.htmlPath);
    for (const s of systems) {
      const t0 = performance.now();
      const out = s.run(html);
      s.seconds += (performance.now() - t0) / 1000;
      s.counts.push(shingleCounts(page.truth, out));
      const w = wordPrf(page.truth, out);
      s.wordF1.push(w.f1);
      s.perPage.push({ id: page.id, f1: w.f1, p: w.precision, r: w.recall });
      if (args.dump) writeFileSync(join(args.dump, `${page.id}.${s.mode}.${s.name === 'Triangulate' ? 'tri' : 'rdb'}.txt`), out);
    }
    if ((i + 1) % 100 === 0) process.stderr.write(`  ${i + 1}/${pages.length}\n`);
  });

  console.log(`Dataset: ${args.dir} (${ds.layout}), ${pages.length} pages scored, ${ds.skipped.length} skipped`);
  console.log('');
  console.log('| mode | system | shingle P | shingle R | shingle F1 | word F1 | pages/s |');
  console.log('|---|---|---|---|---|---|---|');
  for (const mode of args.modes) {
    const rows = systems.filter((s) => s.mode === mode);
    if (mode === 'text' || !args.baseline) rows.push({ name: 'Readability.js', mode, run: () => '', counts: [], wordF1: [], seconds: 0, perPage: [] });
    for (const s of rows) {
      if (s.counts.length === 0) {
        console.log(`| ${mode} | ${s.name} | n/a | n/a | n/a | n/a | n/a |`);
        continue;
      }
      const sh = shingleScore(s.counts);
      const pps = s.seconds > 0 ? s.counts.length / s.seconds : 0;
      console.log(`| ${mode} | ${s.name} | ${fmt(sh.precision)} | ${fmt(sh.recall)} | ${fmt(sh.f1)} | ${fmt(mean(s.wordF1))} | ${pps.toFixed(1)} |`);
    }
  }
  const tri = systems.find((s) => s.name === 'Triangulate' && s.mode === 'html');
  const rdb = systems.find((s) => s.name === 'Readability.js');
  if (tri && rdb && tri.seconds > 0 && rdb.seconds > 0) {
    console.log('');
    console.log(`HTML-mode speed ratio Triangulate / Readability.js: ${((tri.counts.length / tri.seconds) / (rdb.counts.length / rdb.seconds)).toFixed(1)}x`);
  }
  if (args.worst > 0) {
    for (const s of systems) {
      const worst = [...s.perPage].sort((a, b) => a.f1 - b.f1).slice(0, args.worst);
      console.log(`\nWorst pages, ${s.name} ${s.mode}: ` + worst.map((w) => `${w.id} f1=${fmt(w.f1)} p=${fmt(w.p)} r=${fmt(w.r)}`).join('\n  '));
    }
  }
}

try {
  main();
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
