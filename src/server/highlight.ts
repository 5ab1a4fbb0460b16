// Highlighted article HTML: marks (paragraphs, sentences, attributions, mentions, quantities) chosen to nest, then walked in order with every text piece escaped.
import { escapeHtml, SafeHtml } from './html.js';

/** A span of the text to wrap in an element. */
export interface Mark {
  start: number;
  end: number;
  /** Element name: p, span, mark, a. */
  tag: 'p' | 'span' | 'mark' | 'a';
  /** Attributes; values are escaped here. */
  attrs: Record<string, string>;
  /** Lower wins when two marks cross; paragraphs and sentences come first. */
  priority: number;
}

function crosses(a: Mark, b: Mark): boolean {
  return a.start < b.end && b.start < a.end && !(a.start <= b.start && b.end <= a.end) && !(b.start <= a.start && a.end <= b.end);
}

function overlaps(a: Mark, b: Mark): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Two marks that would render as the same element over the same text (two attributions by one speaker). */
function sameMark(a: Mark, b: Mark): boolean {
  return a.start === b.start && a.end === b.end && a.tag === b.tag && a.attrs.class === b.attrs.class;
}

/**
 * Keeps the marks that nest: in priority order, a mark is dropped when it crosses one already
 * kept, repeats one kept, is empty or out of range, or would put a link inside a link.
 */
export function nestingMarks(marks: readonly Mark[], textLength: number): Mark[] {
  const kept: Mark[] = [];
  const sorted = [...marks].sort((a, b) => a.priority - b.priority || a.start - b.start || b.end - a.end);
  for (const m of sorted) {
    if (!(m.start >= 0 && m.end <= textLength && m.start < m.end)) continue;
    if (kept.some((k) => crosses(k, m) || (k.tag === 'a' && m.tag === 'a' && overlaps(k, m)) || sameMark(k, m))) continue;
    kept.push(m);
  }
  return kept;
}

function openTag(m: Mark): string {
  const attrs = Object.entries(m.attrs)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  return `<${m.tag}${attrs}>`;
}

/**
 * Renders the text with the marks that nest (see `nestingMarks`): sorted by start (outer first),
 * each closed before the next that starts at or after its end; text between tags is escaped.
 */
export function highlight(text: string, marks: readonly Mark[]): SafeHtml {
  const kept = nestingMarks(marks, text.length).sort((a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority);
  const out: string[] = [];
  const open: Mark[] = [];
  let pos = 0;
  const emitTo = (to: number) => {
    if (to > pos) out.push(escapeHtml(text.slice(pos, to)));
    pos = Math.max(pos, to);
  };
  const closeUntil = (at: number) => {
    while (open.length > 0 && open[open.length - 1].end <= at) {
      const m = open.pop() as Mark;
      emitTo(m.end);
      out.push(`</${m.tag}>`);
    }
  };
  for (const m of kept) {
    closeUntil(m.start);
    emitTo(m.start);
    out.push(openTag(m));
    open.push(m);
  }
  closeUntil(text.length);
  emitTo(text.length);
  return new SafeHtml(out.join(''));
}
