// What changed between two versions of an article: title, date, the sentences dropped and added, and the figures that changed.
import type { Article } from '../model/index.js';

export interface VersionChange {
  /** The earlier and the later version's ids. */
  from: string;
  to: string;
  title: { from: string | null; to: string | null } | null;
  published: { from: string | null; to: string | null } | null;
  /** Sentences of the earlier version that the later one no longer has, in order. */
  removed: string[];
  /** Sentences of the later version that the earlier one did not have, in order. */
  added: string[];
  /** Numbers as written (12, 1,500, 3.5) that the earlier version had and the later one has not, and the reverse. */
  figures: { removed: string[]; added: string[] };
}

/** The sentences of a text, cut at end punctuation followed by white space or at paragraph breaks. */
export function textSentences(text: string): string[] {
  return text.split(/(?<=[.!?…]["”’)]?)\s+|\n{2,}/).map((s) => s.trim()).filter((s) => s.length > 0);
}

const FIGURE = /\d[\d,.]*\d|\d/g;

/** Items of `a` missing from `b`, counted as a multiset, in the order of `a`. */
function missing(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

function changed(a: string | null, b: string | null): { from: string | null; to: string | null } | null {
  return a === b ? null : { from: a, to: b };
}

/** The change from an earlier version of an article to a later one. */
export function versionChange(earlier: Article, later: Article): VersionChange {
  const before = textSentences(earlier.text);
  const after = textSentences(later.text);
  const removed = missing(before, after);
  const added = missing(after, before);
  const figuresOf = (xs: readonly string[]) => xs.flatMap((s) => s.match(FIGURE) ?? []);
  return {
    from: earlier.id,
    to: later.id,
    title: changed(earlier.metadata.title?.value ?? null, later.metadata.title?.value ?? null),
    published: changed(earlier.metadata.published?.value ?? null, later.metadata.published?.value ?? null),
    removed,
    added,
    figures: { removed: missing(figuresOf(removed), figuresOf(added)), added: missing(figuresOf(added), figuresOf(removed)) },
  };
}

/** The change as terminal lines: what moved in the metadata and figures, then each sentence dropped (-) and added (+). */
export function formatVersionChange(c: VersionChange): string[] {
  const lines: string[] = [`-- changes from version ${c.from} to ${c.to}`];
  if (c.title) lines.push(`title: ${c.title.from ?? '(none)'} -> ${c.title.to ?? '(none)'}`);
  if (c.published) lines.push(`published: ${c.published.from ?? '(none)'} -> ${c.published.to ?? '(none)'}`);
  if (c.figures.removed.length > 0 || c.figures.added.length > 0) {
    lines.push(`figures: ${c.figures.removed.join(', ') || '(none)'} -> ${c.figures.added.join(', ') || '(none)'}`);
  }
  for (const s of c.removed) lines.push(`- ${s}`);
  for (const s of c.added) lines.push(`+ ${s}`);
  if (c.removed.length === 0 && c.added.length === 0) lines.push('(the sentences are the same; the text differs in spacing or punctuation only)');
  return lines;
}
