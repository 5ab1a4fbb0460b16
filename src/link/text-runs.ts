// Runs of a text that a pattern of names and roles can match within, so that such a pattern is tried only in the runs that hold a word it needs.
import { BoundedCache } from './bounded-cache.js';

/**
 * Characters outside every match of the patterns that use these runs (spokesperson.ts, the role patterns of
 * speaker-names.ts): those patterns match letters, apostrophes, full stops, hyphens, commas and blanks only, with no
 * look-around but word boundaries. Digits and the underscore stay in the runs, so that a word boundary at a run's edge is
 * one in the text too.
 */
const NOT_IN_MATCH = /[^\p{L}0-9_'’.,\s-]+/gu;

/** The spans of a text's runs of characters that such a match may hold, kept for the last texts asked. */
export function runsOf(text: string): [number, number][] {
  return runsCache.get(text, runsUncached);
}
const runsCache = new BoundedCache<string, [number, number][]>(256);

/** Whether each code unit below 0x10000 may stand in a run, learnt on first sight (0: not yet, 1: it may, 2: it may not). */
const IN_RUN = new Uint8Array(0x10000);
/** One code point that may stand in a run (NOT_IN_MATCH's complement). */
const RUN_CHAR = /^[\p{L}0-9_'’.,\s-]$/u;

function inRun(c: string, code: number): boolean {
  let known = IN_RUN[code];
  if (known === 0) IN_RUN[code] = known = RUN_CHAR.test(c) ? 1 : 2;
  return known === 1;
}

/** `runsOf` as the runs between the matches of NOT_IN_MATCH, read one code point at a time. */
function runsUncached(text: string): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    let width = 1;
    let ok: boolean;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A pair of surrogates is one code point (a lone surrogate is none of the characters of a run).
      width = 2;
      ok = RUN_CHAR.test(text.slice(i, i + 2));
    } else ok = inRun(text[i], code);
    if (ok) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push([start, i]);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) runs.push([start, n]);
  return runs;
}

/** `runsOf` by the pattern itself (kept to check the reading above against). */
export function runsByPattern(text: string): [number, number][] {
  const runs: [number, number][] = [];
  let at = 0;
  NOT_IN_MATCH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NOT_IN_MATCH.exec(text))) {
    if (m.index > at) runs.push([at, m.index]);
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push([at, text.length]);
  return runs;
}

/**
 * The runs, in order, that hold a writing of `literal`: a global pattern or a string of letters and hyphens only, so that
 * each writing lies within one run.
 */
export function runsHolding(text: string, runs: readonly [number, number][], literal: RegExp | string): [number, number][] {
  const out: [number, number][] = [];
  let r = 0;
  let from = 0;
  for (;;) {
    let at: number;
    if (typeof literal === 'string') at = text.indexOf(literal, from);
    else {
      literal.lastIndex = from;
      at = literal.exec(text)?.index ?? -1;
    }
    if (at < 0) return out;
    while (runs[r][1] <= at) r++;
    out.push(runs[r]);
    from = runs[r][1];
  }
}

/**
 * The matches of a global pattern (of the kind above) in the given runs of the text, in order: the same as over the whole
 * text when every match holds a writing that put its run among them, since no match crosses a run's edge. The pattern is
 * run itself, not copied as `matchAll` copies it (a copy of a pattern of letter classes is made again, at a cost).
 */
export function matchesIn(text: string, runs: readonly [number, number][], re: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (const [start, end] of runs) {
    const run = text.slice(start, end);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(run))) {
      found.push(m);
      // No pattern that uses runs matches the empty string; were one to, the search moves on.
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  re.lastIndex = 0;
  return found;
}
