// Story-clustering evaluation sets as clustering inputs with their gold story and fold group.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterInput } from '../../src/link/cluster.js';
import { outletKey } from '../../src/link/chrome.js';

export interface GoldArticle extends ClusterInput {
  /** Gold story. */
  story: string;
  /** Unit of cross-validation: ECB+ topic, GVA incident. */
  group: string;
}

/** ECB+ documents (no titles, no dates); a topic holds two events of one kind, so folds go by topic. */
export function loadEcb(file: string): GoldArticle[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as { doc: string; story: string; topic: number; text: string; url?: string })
    .map((d) => ({ id: d.doc, title: null, text: d.text, published: null, outlet: null, story: d.story, group: String(d.topic) }));
}

/** GVA local-news reports with their incident; folds go by incident. */
export function loadGva(dir: string): GoldArticle[] {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<string, string>;
  return readFileSync(join(dir, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as { id: string; title: string | null; text: string; published: string | null; outlet: string | null; url: string | null })
    .filter((a) => gold[a.id] !== undefined)
    .map((a) => ({ id: a.id, title: a.title, text: a.text, published: a.published, outlet: outletKey(a.outlet, a.url), story: gold[a.id]!, group: gold[a.id]! }));
}

/** The example corpus: one story told by every page. */
export function loadExample(dir: string): GoldArticle[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, title: null, text: readFileSync(join(dir, f), 'utf8'), published: null, outlet: null, story: 'example', group: 'example' }));
}

/** A stable fold number for a group (hash of its name), so folds never depend on file order. */
export function foldOf(group: string, folds: number): number {
  let h = 2166136261;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 16777619);
  return (h >>> 0) % folds;
}

/** Which half of the groups a name falls in (the hash of eval/figures.ts `half`): error lists for rule-writing are read
 *  from the `tune` half only; the `check` half is only scored. */
export function halfOf(group: string): 'tune' | 'check' {
  let h = 2166136261;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 16777619) >>> 0;
  return h % 2 === 0 ? 'tune' : 'check';
}
