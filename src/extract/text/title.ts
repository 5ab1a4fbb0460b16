// Finds the headline among the lines just before the article region and splits off a section label.
import type { Block } from './blocks.js';

/** The headline's block index, its text, and a section label split off its front ("Opinion | ..."), if any. */
export interface TitleChoice {
  index: number;
  title: string;
  label: string | null;
}

/** Fewest tokens of a headline in the first pass; shorter lines (kickers, labels) serve only as a fallback. */
const MIN_TOKENS = 5;
/** The earliest candidate whose similarity is within this of the best one wins (a headline precedes its standfirst). */
const SIM_SLACK = 0.15;
/** A candidate this similar to the article is a headline whatever later lines score. */
const STRONG_SIMILARITY = 0.8;
/** Most tokens of a headline in the first pass; longer lines are more often standfirsts. */
const HEADLINE_TOKENS = 20;
/** Most tokens of a headline. */
const MAX_TOKENS = 30;
/** Least share of a headline's content words that the article uses. */
const MIN_SIMILARITY = 0.4;
/** A front label: one or two words, then a bar ("Opinion | ", "Analyse | "). */
const LABEL = /^([\p{L}&'’. -]{2,24}?)\s*[|｜]\s+(?=\S)/u;

/**
 * Picks the headline from `candidates` (page order; each with its similarity to the article core):
 * the earliest line of headline length that shares the article's vocabulary and does not end like a
 * sentence with a full stop (a headline precedes its standfirst), else (unless `strict`) the closest shorter
 * line that does.
 */
export function chooseTitle(
  candidates: readonly { index: number; block: Block; sim: number }[],
  strict = false,
): TitleChoice | null {
  const fits = (c: { block: Block; sim: number }, min: number): boolean =>
    c.block.tokenCount >= min &&
    c.block.tokenCount <= MAX_TOKENS &&
    c.sim >= MIN_SIMILARITY &&
    !/[.。]["'”’]?$/u.test(c.block.text);
  const full = candidates.filter((c) => fits(c, MIN_TOKENS) && c.block.tokenCount <= HEADLINE_TOKENS);
  const top = full.reduce((m, c) => Math.max(m, c.sim), 0);
  let pick = full.find((c) => c.sim >= Math.min(top - SIM_SLACK, STRONG_SIMILARITY));
  if (pick === undefined && !strict) {
    for (let i = candidates.length - 1; i >= 0 && pick === undefined; i--) {
      if (fits(candidates[i], 2)) pick = candidates[i];
    }
  }
  if (pick === undefined) return null;
  const m = LABEL.exec(pick.block.text);
  if (m !== null && m[1].trim().split(/\s+/).length <= 2) {
    return { index: pick.index, title: pick.block.text.slice(m[0].length), label: m[1].trim() };
  }
  return { index: pick.index, title: pick.block.text, label: null };
}
