// Decides, block by block, what of the page is article text and why each other block was left out.
import type { RemovedBlock } from '../../model/index.js';
import type { Block } from './blocks.js';
import { contains, type El } from './dom.js';
import { isMetaHinted } from './hints.js';
import type { HtmlExtractOptions } from './options.js';
import { titleSimilarity } from './page.js';
import type { Selection } from './select.js';
import { isCreditLine, isDownloadLine } from '../text/index.js';
import { structuralPass, teaserLists, type Decision } from './structure.js';

const BOX_TAGS = new Set(['ul', 'ol', 'dl', 'div', 'section', 'table', 'nav', 'p', 'span', 'li', 'header', 'footer', 'aside']);

export interface Cleaned {
  paragraphs: string[];
  removed: RemovedBlock[];
  /** Blocks kept, in order (for headline lookup). */
  keptBlocks: Block[];
}

/** Splits every block into article paragraphs and removed blocks with their rule and score. */
export function cleanBlocks(all: readonly El[], blocks: readonly Block[], sel: Selection, title: string | null, o: HtmlExtractOptions): Cleaned {
  const container = sel.container;
  const paragraphs: string[] = [];
  const keptBlocks: Block[] = [];
  const removed: RemovedBlock[] = [];
  const seen = new Set<string>();
  // Memo per element: the in-container rule that removes its subtree ('' = none), to stay linear.
  const boxRule = new Map<number, string>();
  const teasers = teaserLists(all, blocks, sel, o);
  const ruleInside = (el: El): string => {
    const path: El[] = [];
    let found = '';
    for (let e: El | null = el; e && e !== container; e = e.parent) {
      const memo = boxRule.get(e.id);
      if (memo !== undefined) {
        found = memo;
        break;
      }
      path.push(e);
    }
    // Resolve from the top of the path down so an outer box's rule covers its inner elements.
    for (let i = path.length - 1; i >= 0; i--) {
      const e = path[i]!;
      if (found === '') found = teasers[e.id] ? 'html/teaser-list' : ownBoxRule(e, sel, o);
      boxRule.set(e.id, found);
    }
    return found;
  };
  const decisions: Decision[] = [];
  for (const b of blocks) decisions.push(decide(b));
  structuralPass(blocks, decisions, sel, o);
  blocks.forEach((b, i) => {
    const d = decisions[i]!;
    if (d === null) {
      paragraphs.push(b.text);
      keptBlocks.push(b);
    } else removed.push({ text: b.text, ...d });
  });
  return { paragraphs, removed, keptBlocks };

  function decide(b: Block): Decision {
    const pr = sel.pruned[b.el.id];
    if (pr && !(pr === 'html/header' && articleHeader(b, sel, o))) return { rule: pr };
    if (!container || !contains(container, b.el)) return { rule: 'html/low-score', score: round(bestAncestorScore(b.el, sel)) };
    const box = ruleInside(b.el);
    if (box !== '') return { rule: box };
    if (!/[\p{L}\p{N}]/u.test(b.text)) return { rule: 'html/no-text' };
    const ld = b.linkChars / b.text.length;
    if (ld > o.blockMaxLinkDensity && !(b.el.tag.match(/^h[2-6]$/) && b.links === 1)) return { rule: 'html/link-density', score: round(ld) };
    if (b.el.tag === 'h1') return { rule: 'html/title' };
    if (title && b.text.length <= title.length * 1.5 + 10 && (b.el.tag === 'h1' || b.text.length >= 20) && titleSimilarity(b.text, title) >= 0.8) return { rule: 'html/title' };
    if (b.text.length <= o.metaMaxChars && !readsAsSentence(b.text) && (b.metaChars >= b.text.length * 0.8 || metaHintedUpTo(b.el, container, sel, o))) return { rule: 'html/byline' };
    if (isCreditLine(b.text)) return { rule: 'html/credit' };
    if (isDownloadLine(b.text)) return { rule: 'html/download' };
    // Table cells repeat by nature (a weekday, a percentage); only other blocks are duplicates.
    if (seen.has(b.text) && b.el.tag !== 'td' && b.el.tag !== 'th') return { rule: 'html/duplicate' };
    seen.add(b.text);
    return null;
  }
}

const PAGE_LEVEL = new Set(['#root', 'html', 'body']);

/**
 * True when a block pruned as a header belongs to the article's own header (headline, standfirst,
 * lead paragraph): the header sits inside the container, or beside it under a common box below the
 * page body and the block reads as prose.
 */
function articleHeader(b: Block, sel: Selection, o: HtmlExtractOptions): boolean {
  const container = sel.container;
  if (!container) return false;
  let top: El = b.el;
  while (top.parent && sel.pruned[top.parent.id] === 'html/header') top = top.parent;
  if (contains(container, top)) return true;
  const parent = top.parent;
  if (!parent || PAGE_LEVEL.has(parent.tag) || !contains(parent, container) || top.id > container.id) return false;
  return b.text.length >= o.minParagraphChars && b.linkChars <= b.text.length * o.paragraphMaxLinkDensity;
}

/** A line of several words ending like a sentence: prose, never a byline or date line. */
function readsAsSentence(text: string): boolean {
  return /[.!?…]["'”’“»)]*$/u.test(text) && (text.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 6;
}

/** The rule that removes an element's whole subtree inside the container, or ''. */
function ownBoxRule(e: El, sel: Selection, o: HtmlExtractOptions): string {
  if (!o.keepCaptions && (e.tag === 'figcaption' || e.tag === 'caption')) return 'html/caption';
  if (BOX_TAGS.has(e.tag)) {
    const chars = sel.kept.chars[e.id]!;
    const links = sel.kept.links[e.id]!;
    if (chars > 0 && links >= o.relatedMinLinks && sel.kept.linkChars[e.id]! / chars > o.relatedLinkDensity && sel.kept.good[e.id]! < o.relatedMaxProse) return 'html/related-list';
  }
  return '';
}

/** True when the block's element or an ancestor below the container hints post metadata. */
function metaHintedUpTo(el: El, container: El | null, sel: Selection, o: HtmlExtractOptions): boolean {
  let steps = 0;
  for (let e: El | null = el; e && e !== container && steps < 4; e = e.parent, steps++) {
    if (sel.kept.chars[e.id]! > o.metaMaxChars) return false;
    if (isMetaHinted(e)) return true;
  }
  return false;
}

function bestAncestorScore(el: El, sel: Selection): number {
  let best = 0;
  let steps = 0;
  for (let e: El | null = el; e && steps < 6; e = e.parent, steps++) best = Math.max(best, sel.scores[e.id]!);
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
