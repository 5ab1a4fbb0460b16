// Snippet extraction score (trafilatura's evaluation): `with` snippets the text must hold, `without` ones it must not.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One page's snippet tallies. */
export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** The gold of one page: snippets that must and must not appear in the main text. */
export interface SnippetGold {
  with: string[];
  without: string[];
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Counts one page: a `with` snippet found is a true positive, missed a false negative; a `without`
 * snippet found is a false positive, absent a true negative. Whitespace is collapsed on both sides. */
export function snippetCounts(gold: SnippetGold, text: string): SnippetCounts {
  const t = collapse(text);
  const c: SnippetCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of gold.with) {
    if (t.includes(collapse(s))) c.tp++;
    else c.fn++;
  }
  for (const s of gold.without) {
    if (t.includes(collapse(s))) c.fp++;
    else c.tn++;
  }
  return c;
}

/** Precision, recall and F1 over all snippets of all pages (micro-averaged). */
export function snippetScore(pages: readonly SnippetCounts[]): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of pages) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Reads `gold.json` of a snippet dataset (key -> { with, without }), or null when the folder has none. */
export function readSnippetGold(dir: string): Map<string, SnippetGold> | null {
  const f = join(dir, 'gold.json');
  if (!existsSync(f)) return null;
  const raw = JSON.parse(readFileSync(f, 'utf8')) as Record<string, { with?: unknown; without?: unknown }>;
  const out = new Map<string, SnippetGold>();
  const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : []);
  for (const [key, v] of Object.entries(raw)) out.set(key, { with: strings(v.with), without: strings(v.without) });
  return out;
}

/** Which half of a split a page falls in: FNV-1a hash of its id, parity. */
export function half(id: string): 'even' | 'odd' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'even' : 'odd';
}
