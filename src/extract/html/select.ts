// Finds the main-content container: prunes page furniture, scores candidates, picks the extent.
import type { Block } from './blocks.js';
import type { El } from './dom.js';
import { boilerplateRule, isPositiveHinted } from './hints.js';
import type { HtmlExtractOptions } from './options.js';

/** Per-element sums over the blocks an element holds (indexed by element id). */
export interface Sums {
  chars: Float64Array;
  linkChars: Float64Array;
  links: Float64Array;
  good: Float64Array;
}

export interface Selection {
  /** Rule that prunes each element's subtree (inherited from ancestors), or null. */
  pruned: (string | null)[];
  /** Candidate score per element (0 when never scored). */
  scores: Float64Array;
  /** Sums over blocks not pruned. */
  kept: Sums;
  /** The chosen container, or null when no paragraph-like text was found. */
  container: El | null;
  /** Characters of paragraph-like text on the whole page, pruned or not, comment sections excepted. */
  goodTotal: number;
  /** Elements that hold an image within a few levels (see `imageBoxes`), for caption rules. */
  imageBoxes?: Uint8Array;
}

/** True for a block that reads like article prose: long enough, few links. */
export function isGoodBlock(b: Block, o: HtmlExtractOptions): boolean {
  return b.text.length >= o.minParagraphChars && b.linkChars <= b.text.length * o.paragraphMaxLinkDensity;
}

/** Sums block statistics onto every element, bottom-up, counting only blocks `use` accepts. */
export function sumBlocks(all: readonly El[], blocks: readonly Block[], o: HtmlExtractOptions, use: (b: Block) => boolean): Sums {
  const n = all.length;
  const s: Sums = { chars: new Float64Array(n), linkChars: new Float64Array(n), links: new Float64Array(n), good: new Float64Array(n) };
  for (const b of blocks) {
    if (!use(b)) continue;
    const id = b.el.id;
    s.chars[id]! += b.text.length;
    s.linkChars[id]! += b.linkChars;
    s.links[id]! += b.links;
    if (isGoodBlock(b, o)) s.good[id]! += b.text.length;
  }
  for (let i = n - 1; i > 0; i--) {
    const p = all[i]!.parent;
    if (!p) continue;
    s.chars[p.id]! += s.chars[i]!;
    s.linkChars[p.id]! += s.linkChars[i]!;
    s.links[p.id]! += s.links[i]!;
    s.good[p.id]! += s.good[i]!;
  }
  return s;
}

const TAG_WEIGHT: Readonly<Record<string, number>> = {
  div: 5, article: 10, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** Block elements that are themselves paragraphs: their score goes to their parent. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'li', 'dd', 'dt', 'td', 'th', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'caption', 'address']);

function punctuation(text: string): number {
  const m = text.match(/[,，、،;；.!?。！？]/g);
  return m ? m.length : 0;
}

/** Runs pruning, scoring and container choice over a parsed page's blocks. */
export function selectContainer(all: readonly El[], blocks: readonly Block[], o: HtmlExtractOptions, classHints = true): Selection {
  const raw = sumBlocks(all, blocks, o, () => true);
  const pageGood = raw.good[0]!;
  let commentGood = 0;
  const pruned: (string | null)[] = new Array<string | null>(all.length).fill(null);
  for (let i = 1; i < all.length; i++) {
    const el = all[i]!;
    const inherited = el.parent ? pruned[el.parent.id]! : null;
    if (inherited) {
      pruned[i] = inherited;
      continue;
    }
    const rule = boilerplateRule(el, classHints);
    if (!rule) continue;
    const share = pageGood > 0 ? raw.good[i]! / pageGood : 0;
    const limit = el.tag === 'form' ? 0.1 : o.wrapperShare;
    if (share <= limit) {
      pruned[i] = rule;
      if (rule === 'html/comment-section') commentGood += raw.good[i]!;
    }
  }
  const goodTotal = pageGood - commentGood;
  const kept = sumBlocks(all, blocks, o, (b) => pruned[b.el.id] === null);

  const scores = new Float64Array(all.length);
  const touched = new Uint8Array(all.length);
  const init = (el: El): void => {
    if (touched[el.id]) return;
    touched[el.id] = 1;
    let s = TAG_WEIGHT[el.tag] ?? 0;
    if (isPositiveHinted(el)) s += o.positiveHintBonus;
    scores[el.id] = s;
  };
  for (const b of blocks) {
    if (pruned[b.el.id] !== null || !isGoodBlock(b, o)) continue;
    const contentScore = 1 + punctuation(b.text) + Math.min(Math.floor(b.text.length / 100), 3);
    let target: El | null = PARAGRAPH_TAGS.has(b.el.tag) ? b.el.parent : b.el;
    for (let level = 0; target && target.tag !== '#root' && level <= o.ancestorLevels; level++, target = target.parent) {
      init(target);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores[target.id]! += contentScore / divider;
    }
  }
  let best: El | null = null;
  let bestScore = -Infinity;
  for (let i = 1; i < all.length; i++) {
    if (!touched[i]) continue;
    const chars = kept.chars[i]!;
    const ld = chars > 0 ? kept.linkChars[i]! / chars : 0;
    scores[i] = scores[i]! * (1 - ld);
    if (scores[i]! > bestScore) {
      bestScore = scores[i]!;
      best = all[i]!;
    }
  }
  if (!best) return { pruned, scores, kept, container: null, goodTotal };
  return { pruned, scores, kept, container: widen(best, kept, o), goodTotal };
}

/**
 * Climbs from the top-scored element to the ancestor that best trades paragraph text gained
 * against other text taken in: the article split over sibling boxes is gathered, page chrome is not.
 */
function widen(start: El, kept: Sums, o: HtmlExtractOptions): El {
  let best = start;
  let cur = start;
  const value = (e: El): number => {
    const good = kept.good[e.id]!;
    const other = kept.chars[e.id]! - good - kept.linkChars[e.id]!;
    return good - o.climbGrowth * Math.max(0, other);
  };
  let bestValue = value(start);
  while (cur.parent && cur.parent.tag !== '#root') {
    cur = cur.parent;
    const v = value(cur);
    if (v > bestValue) {
      bestValue = v;
      best = cur;
    }
  }
  return best;
}
