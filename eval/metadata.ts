// Scores metadata extraction (title, author, publication date) on a WCXB-layout dataset folder.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtml } from '../src/extract/html/index.js';
import { extractMetadata } from '../src/extract/metadata/index.js';
import { readHtml } from './lib/dataset.js';
import { parseLiteral } from './lib/pyliteral.js';

const USAGE = 'usage: node dist/eval/metadata.js DIR [--limit N] [--show title|author|date] [--worst N] [--json]';

interface Truth {
  id: string;
  url: string | null;
  title: string | null;
  author: string | null;
  date: string | null;
}

interface Args { dir: string; limit: number; show: string | null; worst: number; json: boolean }

function parseArgs(argv: string[]): Args {
  const a: Args = { dir: '', limit: Infinity, show: null, worst: 20, json: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--limit') a.limit = Number(argv[++i]);
    else if (x === '--show') a.show = argv[++i] ?? null;
    else if (x === '--worst') a.worst = Number(argv[++i]);
    else if (x === '--json') a.json = true;
    else if (!x.startsWith('--') && a.dir === '') a.dir = x;
    else throw new Error(`unknown argument ${x}\n${USAGE}`);
  }
  if (!a.dir || !(a.limit > 0)) throw new Error(USAGE);
  return a;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** Truth records of the folder; `ground_truth` may be an object or a string holding a Python-style dict. */
function loadTruth(dir: string): Truth[] {
  const gtDir = join(dir, 'ground-truth');
  const out: Truth[] = [];
  for (const f of readdirSync(gtDir).filter((n) => n.endsWith('.json')).sort()) {
    const rec = JSON.parse(readFileSync(join(gtDir, f), 'utf8')) as Record<string, unknown>;
    let gt = rec['ground_truth'];
    if (typeof gt === 'string') gt = parseLiteral(gt);
    if (gt === null || typeof gt !== 'object') continue;
    const g = gt as Record<string, unknown>;
    out.push({ id: f.replace(/\.json$/, ''), url: str(rec['url']), title: str(g['title']), author: str(g['author']), date: str(g['publish_date']) });
  }
  return out;
}

/** Case, accents, punctuation and spacing removed. */
function norm(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function authorMatch(truth: string, pred: string): boolean {
  const t = norm(truth.replace(/^by\s+/i, '')).replace(/\band\b/g, ' ').replace(/\s+/g, ' ');
  const p = norm(pred.replace(/^by\s+/i, '')).replace(/\band\b/g, ' ').replace(/\s+/g, ' ');
  if (!t || !p) return false;
  return t === p || p.includes(t) || t.includes(p);
}

interface Tally { n: number; ok: number }
const tally = (): Tally => ({ n: 0, ok: 0 });
const rate = (t: Tally): string => (t.n === 0 ? '-' : `${((100 * t.ok) / t.n).toFixed(1)}% (${t.ok}/${t.n})`);

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const truths = loadTruth(args.dir).slice(0, args.limit);
  const titleExact = tally();
  const titleNorm = tally();
  const author = tally();
  const authorFalse = tally();
  const date = tally();
  const dateFalse = tally();
  const dateByRule = new Map<string, Tally>();
  const titleByRule = new Map<string, Tally>();
  const misses: { kind: string; id: string; truth: string | null; pred: string | null; rule: string | null }[] = [];
  let pagesWithPageInfo = 0;
  for (const t of truths) {
    const htmlPath = [join(args.dir, 'html', `${t.id}.html.gz`), join(args.dir, 'html', `${t.id}.html`)].find(existsSync);
    if (!htmlPath) continue;
    const ex = extractHtml(readHtml(htmlPath));
    if (ex.page.metaTags.length > 0 || ex.page.titleTag) pagesWithPageInfo++;
    const { metadata: m } = extractMetadata({
      kind: 'html', title: ex.title, paragraphs: ex.paragraphs, removed: ex.removed, page: ex.page,
      hints: t.url ? { url: t.url } : {},
    });
    if (t.title) {
      const p = m.title?.value ?? null;
      titleExact.n++;
      titleNorm.n++;
      const rule = m.title?.rule ?? '(none)';
      const r = titleByRule.get(rule) ?? tally();
      r.n++;
      if (p === t.title) titleExact.ok++;
      if (p !== null && norm(p) === norm(t.title)) {
        titleNorm.ok++;
        r.ok++;
      } else misses.push({ kind: 'title', id: t.id, truth: t.title, pred: p, rule: m.title?.rule ?? null });
      titleByRule.set(rule, r);
    }
    const pa = m.byline?.value ?? null;
    if (t.author) {
      author.n++;
      if (pa !== null && authorMatch(t.author, pa)) author.ok++;
      else misses.push({ kind: 'author', id: t.id, truth: t.author, pred: pa, rule: m.byline?.rule ?? null });
    } else {
      authorFalse.n++;
      if (pa !== null) {
        authorFalse.ok++;
        misses.push({ kind: 'author', id: t.id, truth: null, pred: pa, rule: m.byline?.rule ?? null });
      }
    }
    const pd = m.published ? m.published.value.slice(0, 10) : null;
    if (t.date) {
      date.n++;
      const rule = m.published?.rule ?? '(none)';
      const r = dateByRule.get(rule) ?? tally();
      r.n++;
      if (pd === t.date.slice(0, 10)) {
        date.ok++;
        r.ok++;
      } else misses.push({ kind: 'date', id: t.id, truth: t.date, pred: m.published?.value ?? null, rule: m.published?.rule ?? null });
      dateByRule.set(rule, r);
    } else {
      dateFalse.n++;
      if (pd !== null) dateFalse.ok++;
    }
  }
  const summary = {
    pages: truths.length,
    pagesWithPageInfo,
    titleExact: rate(titleExact),
    titleNormalised: rate(titleNorm),
    authorMatch: rate(author),
    authorWhereTruthHasNone: rate(authorFalse),
    dateMatch: rate(date),
    dateWhereTruthHasNone: rate(dateFalse),
    titleByRule: Object.fromEntries([...titleByRule].sort((a, b) => b[1].n - a[1].n).map(([k, v]) => [k, rate(v)])),
    dateByRule: Object.fromEntries([...dateByRule].sort((a, b) => b[1].n - a[1].n).map(([k, v]) => [k, rate(v)])),
  };
  if (args.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else {
    for (const [k, v] of Object.entries(summary)) process.stdout.write(`${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}\n`);
  }
  if (args.show) {
    for (const x of misses.filter((y) => y.kind === args.show).slice(0, args.worst)) {
      process.stdout.write(`${x.id} [${x.rule}]\n  truth: ${x.truth}\n  pred:  ${x.pred}\n`);
    }
  }
}

main();
