// Scores Triangulate's HTML and page-text extractors, and Readability.js, on extraction dataset folders.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractHtml, flattenHtml } from '../src/extract/html/index.js';
import { extractPageText } from '../src/extract/text/index.js';
import { loadDataset, readHtml, type Dataset, type EvalPage } from './lib/dataset.js';
import { mean, shingleCounts, shingleScore, wordPrf, type Counts } from './lib/metrics.js';
import { readabilityText } from './lib/readability.js';
import { half, snippetCounts, snippetScore, type SnippetCounts } from './lib/snippets.js';

type Mode = 'html' | 'text';
type Half = 'even' | 'odd';

/** The development sets scored when no folder is named. */
const DEFAULT_DIRS = ['../shared/eval/wcxb-articles/dev', '../shared/eval/trafilatura-evaldata/dev'];

interface PageScore {
  id: string;
  half: Half;
  /** Word F1 (WCXB/ScrapingHub) or snippet F1 of the page (snippet sets). */
  f1: number;
  p: number;
  r: number;
  counts: Counts | null;
  snippets: SnippetCounts | null;
}

interface SystemRun {
  name: string;
  mode: Mode;
  run: (html: string) => string;
  seconds: number;
  pages: PageScore[];
}

const USAGE = 'usage: eval/extract [DIR...] [--limit N] [--mode html|text|both] [--half tune|check|even|odd] [--no-baseline] [--dump OUTDIR] [--worst N] [--options JSON]';

interface Args { dirs: string[]; limit: number; modes: Mode[]; half: Half | null; baseline: boolean; dump: string | null; worst: number; options: Record<string, unknown> }

function parseArgs(argv: string[]): Args {
  const dirs: string[] = [];
  let limit = Infinity;
  let mode = 'both';
  let only: string | null = null;
  let baseline = true;
  let dump: string | null = null;
  let worst = 0;
  let options: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--limit') limit = Number(argv[++i]);
    else if (a === '--mode') mode = argv[++i] ?? '';
    else if (a === '--half') {
      // `tune` is the even-hash half (rules are chosen on it), `check` the odd-hash half (held out).
      const h = argv[++i] ?? '';
      only = h === 'tune' ? 'even' : h === 'check' ? 'odd' : h;
    }
    else if (a === '--no-baseline') baseline = false;
    else if (a === '--dump') dump = argv[++i] ?? null;
    else if (a === '--worst') worst = Number(argv[++i]);
    else if (a === '--options') options = JSON.parse(argv[++i] ?? '{}') as Record<string, unknown>;
    else if (!a.startsWith('--')) dirs.push(a);
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  if (!['html', 'text', 'both'].includes(mode) || !(limit > 0) || (only !== null && only !== 'even' && only !== 'odd')) throw new Error(USAGE);
  const modes: Mode[] = mode === 'both' ? ['html', 'text'] : [mode as Mode];
  return { dirs: dirs.length > 0 ? dirs : DEFAULT_DIRS, limit, modes, half: only as Half | null, baseline, dump, worst, options };
}

function triangulateText(html: string): string {
  return extractPageText(flattenHtml(html)).paragraphs.join('\n\n');
}

function fmt(x: number): string {
  return x.toFixed(3);
}

function scorePage(page: EvalPage, out: string): PageScore {
  const h = half(page.id);
  if (page.snippets) {
    const c = snippetCounts(page.snippets, out);
    const s = snippetScore([c]);
    return { id: page.id, half: h, f1: s.f1, p: s.precision, r: s.recall, counts: null, snippets: c };
  }
  const w = wordPrf(page.truth, out);
  return { id: page.id, half: h, f1: w.f1, p: w.precision, r: w.recall, counts: shingleCounts(page.truth, out), snippets: null };
}

/** One table row's cells after mode and system: the dataset's own measures over `pages`. */
function cells(ds: Dataset, pages: readonly PageScore[]): string[] {
  if (ds.layout === 'snippets') {
    const s = snippetScore(pages.map((p) => p.snippets!));
    return [fmt(s.precision), fmt(s.recall), fmt(s.f1)];
  }
  const sh = shingleScore(pages.map((p) => p.counts!));
  return [fmt(sh.precision), fmt(sh.recall), fmt(sh.f1), fmt(mean(pages.map((p) => p.f1)))];
}

function scoreDir(dir: string, args: Args): void {
  const ds = loadDataset(dir);
  const pages = ds.pages.filter((p) => args.half === null || half(p.id) === args.half).slice(0, args.limit);
  const systems: SystemRun[] = [];
  const add = (name: string, mode: Mode, run: (html: string) => string): void => {
    systems.push({ name, mode, run, seconds: 0, pages: [] });
  };
  for (const mode of args.modes) {
    if (mode === 'html') add('Triangulate', 'html', (html) => extractHtml(html, args.options).paragraphs.join('\n\n'));
    else add('Triangulate', 'text', triangulateText);
    if (mode === 'html' && args.baseline) add('Readability.js', 'html', readabilityText);
  }
  if (args.dump) mkdirSync(args.dump, { recursive: true });
  process.stderr.write(`${dir} (${ds.layout} layout): ${pages.length} pages (${ds.skipped.length} skipped)\n`);
  pages.forEach((page, i) => {
    const html = readHtml(page.htmlPath);
    for (const s of systems) {
      const t0 = performance.now();
      const out = s.run(html);
      s.seconds += (performance.now() - t0) / 1000;
      s.pages.push(scorePage(page, out));
      if (args.dump) writeFileSync(join(args.dump, `${page.id}.${s.mode}.${s.name === 'Triangulate' ? 'tri' : 'rdb'}.txt`), out);
    }
    if ((i + 1) % 100 === 0) process.stderr.write(`  ${i + 1}/${pages.length}\n`);
  });

  const snippets = ds.layout === 'snippets';
  const head = snippets ? ['snippet P', 'snippet R', 'snippet F1'] : ['shingle P', 'shingle R', 'shingle F1', 'word F1'];
  console.log(`Dataset: ${dir} (${ds.layout}), ${pages.length} pages scored, ${ds.skipped.length} skipped${args.half ? `, ${args.half}-hash half only (${args.half === 'even' ? 'tune' : 'check'})` : ''}`);
  console.log('');
  console.log(`| mode | system | ${head.join(' | ')} | pages/s |`);
  console.log(`|---|---|${head.map(() => '---|').join('')}---|`);
  for (const s of systems) {
    if (s.pages.length === 0) continue;
    const pps = s.seconds > 0 ? s.pages.length / s.seconds : 0;
    console.log(`| ${s.mode} | ${s.name} | ${cells(ds, s.pages).join(' | ')} | ${pps.toFixed(1)} |`);
  }
  if (args.half === null) {
    console.log('');
    console.log(`Split halves (FNV-1a hash of the page id, even = tune / odd = check): ${snippets ? 'snippet F1' : 'word F1'}`);
    console.log('');
    console.log('| mode | system | even | odd |');
    console.log('|---|---|---|---|');
    for (const s of systems) {
      const f = (h: Half): string => {
        const ps = s.pages.filter((p) => p.half === h);
        return ps.length === 0 ? 'n/a' : `${snippets ? cells(ds, ps)[2] : fmt(mean(ps.map((p) => p.f1)))} (${ps.length})`;
      };
      console.log(`| ${s.mode} | ${s.name} | ${f('even')} | ${f('odd')} |`);
    }
  }
  const tri = systems.find((s) => s.name === 'Triangulate' && s.mode === 'html');
  const rdb = systems.find((s) => s.name === 'Readability.js');
  if (tri && rdb && tri.seconds > 0 && rdb.seconds > 0) {
    console.log('');
    console.log(`HTML-mode speed ratio Triangulate / Readability.js: ${((tri.pages.length / tri.seconds) / (rdb.pages.length / rdb.seconds)).toFixed(1)}x`);
  }
  if (args.worst > 0) {
    for (const s of systems) {
      const worst = [...s.pages].sort((a, b) => a.f1 - b.f1).slice(0, args.worst);
      console.log(`\nWorst pages, ${s.name} ${s.mode}: ` + worst.map((w) => `${w.id} f1=${fmt(w.f1)} p=${fmt(w.p)} r=${fmt(w.r)}`).join('\n  '));
    }
  }
  console.log('');
}

try {
  const argv = process.argv.slice(2);
  const args = parseArgs(argv);
  if (args.dirs.length === 1) scoreDir(args.dirs[0]!, args);
  else {
    // One process per folder: jsdom (Readability.js) keeps memory across pages, and two sets in one heap run out of it.
    const rest = argv.filter((a) => !args.dirs.includes(a));
    for (const dir of args.dirs) execFileSync(process.execPath, [fileURLToPath(import.meta.url), dir, ...rest], { stdio: 'inherit' });
  }
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
