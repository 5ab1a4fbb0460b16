// PolNeAR span scoring: exact and begin match per role after trimming whitespace and punctuation at both ends.
import type { CharSpan } from './corpus.js';

export type Role = 'source' | 'cue' | 'content';
export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

const TRIM = /[\s\p{P}]/u;

/** The span with whitespace and punctuation removed at both ends; null when nothing is left. */
export function trimSpan(text: string, [s, e]: CharSpan): CharSpan | null {
  let a = s;
  let b = e;
  while (a < b && TRIM.test(text[a])) a++;
  while (b > a && TRIM.test(text[b - 1])) b--;
  return a < b ? [a, b] : null;
}

/** Matched, predicted and gold counts. */
export interface Counts { tp: number; pred: number; gold: number }

export interface RoleScores { exact: Counts; begin: Counts }

export function emptyScores(): Record<Role, RoleScores> {
  const z = (): RoleScores => ({ exact: { tp: 0, pred: 0, gold: 0 }, begin: { tp: 0, pred: 0, gold: 0 } });
  return { source: z(), cue: z(), content: z() };
}

function addSets(c: Counts, gold: Set<string>, pred: Set<string>): void {
  c.gold += gold.size;
  c.pred += pred.size;
  for (const p of pred) if (gold.has(p)) c.tp++;
}

/** Adds one document's counts for one role; spans are compared as sets of distinct trimmed spans. */
export function scoreRole(into: RoleScores, text: string, gold: CharSpan[], pred: CharSpan[]): void {
  const norm = (spans: CharSpan[]): CharSpan[] =>
    spans.map((s) => trimSpan(text, s)).filter((s): s is CharSpan => s !== null);
  const g = norm(gold);
  const p = norm(pred);
  addSets(into.exact, new Set(g.map((s) => `${s[0]}:${s[1]}`)), new Set(p.map((s) => `${s[0]}:${s[1]}`)));
  addSets(into.begin, new Set(g.map((s) => `${s[0]}`)), new Set(p.map((s) => `${s[0]}`)));
}

/** Precision, recall and F1 in percent. */
export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.pred ? (100 * c.tp) / c.pred : 0;
  const r = c.gold ? (100 * c.tp) / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
