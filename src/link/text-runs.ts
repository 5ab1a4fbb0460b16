// Runs of a text that a pattern of names and roles can match within, so that such a pattern is tried only in the runs that hold a word it needs.

/**
 * Characters outside every match of the patterns that use these runs (spokesperson.ts, the role patterns of
 * speaker-names.ts): those patterns match letters, apostrophes, full stops, hyphens, commas and blanks only, with no
 * look-around but word boundaries. Digits and the underscore stay in the runs, so that a word boundary at a run's edge is
 * one in the text too.
 */
const NOT_IN_MATCH = /[^\p{L}0-9_'’.,\s-]+/gu;

/** The spans of a text's runs of characters that such a match may hold. */
export function runsOf(text: string): [number, number][] {
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
 * text when every match holds a writing that put its run among them, since no match crosses a run's edge.
 */
export function* matchesIn(text: string, runs: readonly [number, number][], re: RegExp): Generator<RegExpMatchArray> {
  for (const [start, end] of runs) yield* text.slice(start, end).matchAll(re);
}
