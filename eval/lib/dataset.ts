// Loads an extraction dataset folder (WCXB, ScrapingHub or trafilatura snippet layout) into pages with their truth.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseLiteral } from './pyliteral.js';
import { readSnippetGold, type SnippetGold } from './snippets.js';

export interface EvalPage {
  id: string;
  /** Path of the gzipped HTML. */
  htmlPath: string;
  /** The article text the page should yield ('' in a snippet dataset). */
  truth: string;
  /** Snippets the text must and must not hold (snippet datasets only). */
  snippets?: SnippetGold;
}

export interface Dataset {
  layout: 'wcxb' | 'scrapinghub' | 'snippets';
  pages: EvalPage[];
  /** Pages left out (empty or unreadable truth, missing HTML), with why. */
  skipped: { id: string; reason: string }[];
}

/** The main content from a WCXB ground-truth record, whose `ground_truth` may be a dict or a string. */
export function wcxbTruth(record: unknown): string | null {
  if (record === null || typeof record !== 'object') return null;
  let gt = (record as Record<string, unknown>)['ground_truth'];
  if (typeof gt === 'string') gt = parseLiteral(gt) ?? gt;
  if (typeof gt === 'string') return gt;
  if (gt === null || typeof gt !== 'object') return null;
  const mc = (gt as Record<string, unknown>)['main_content'];
  return typeof mc === 'string' ? mc : null;
}

/** Lists a dataset's pages (WCXB, ScrapingHub or snippet layout); the HTML itself is read later with `readHtml`. */
export function loadDataset(dir: string): Dataset {
  const htmlDir = join(dir, 'html');
  if (!existsSync(htmlDir)) throw new Error(`${dir}: no html/ folder`);
  const ids = readdirSync(htmlDir)
    .filter((f) => f.endsWith('.html.gz') || f.endsWith('.html'))
    .map((f) => f.replace(/\.html(\.gz)?$/, ''))
    .sort();
  const fileOf = (id: string): string => {
    const gz = join(htmlDir, `${id}.html.gz`);
    return existsSync(gz) ? gz : join(htmlDir, `${id}.html`);
  };
  const pages: EvalPage[] = [];
  const skipped: Dataset['skipped'] = [];
  const gold = readSnippetGold(dir);
  if (gold) {
    for (const id of ids) {
      const g = gold.get(id);
      if (!g) skipped.push({ id, reason: 'no gold entry' });
      else if (g.with.length + g.without.length === 0) skipped.push({ id, reason: 'no snippets' });
      else pages.push({ id, htmlPath: fileOf(id), truth: '', snippets: g });
    }
    return { layout: 'snippets', pages, skipped };
  }
  const shFile = join(dir, 'ground-truth.json');
  if (existsSync(shFile)) {
    const all = JSON.parse(readFileSync(shFile, 'utf8')) as Record<string, { articleBody?: string }>;
    for (const id of ids) {
      const body = all[id]?.articleBody;
      if (typeof body !== 'string' || body.trim() === '') skipped.push({ id, reason: 'empty truth' });
      else pages.push({ id, htmlPath: fileOf(id), truth: body });
    }
    return { layout: 'scrapinghub', pages, skipped };
  }
  const gtDir = join(dir, 'ground-truth');
  if (!existsSync(gtDir)) throw new Error(`${dir}: neither ground-truth.json nor ground-truth/`);
  for (const id of ids) {
    const f = join(gtDir, `${id}.json`);
    if (!existsSync(f)) { skipped.push({ id, reason: 'no truth file' }); continue; }
    let truth: string | null = null;
    try {
      truth = wcxbTruth(JSON.parse(readFileSync(f, 'utf8')));
    } catch {
      skipped.push({ id, reason: 'unreadable truth' });
      continue;
    }
    if (truth === null || truth.trim() === '') skipped.push({ id, reason: 'empty truth' });
    else pages.push({ id, htmlPath: fileOf(id), truth });
  }
  return { layout: 'wcxb', pages, skipped };
}

/** The page's HTML as a string (gzip undone, bytes read as UTF-8). */
export function readHtml(path: string): string {
  const buf = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}
