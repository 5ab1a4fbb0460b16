// Decisions from the article's own structure, after block-by-block cleaning: section headings left
// without a section, captions of images outside <figure>, and galleries told by their captions.
import type { Block } from './blocks.js';
import type { El } from './dom.js';
import { cueOf, isCallToAction } from '../text/index.js';
import type { HtmlExtractOptions } from './options.js';
import type { Selection } from './select.js';

/** A block's fate: null when kept, else the rule (and the score when a scored rule decided). */
export type Decision = { rule: string; score?: number } | null;

/** Removals that mark page furniture (as opposed to title copies, duplicates or bylines). */
const FURNITURE = new Set([
  'html/related-list', 'html/teaser-list', 'html/link-density', 'html/low-score', 'html/nav', 'html/footer', 'html/aside', 'html/header',
  'html/form', 'html/share', 'html/newsletter', 'html/ad', 'html/popup', 'html/tags', 'html/comment-section', 'html/hidden',
]);

const SENTENCE_END = /(?:[.!?…。！？]["'”’“»)\]]*|[\p{Extended_Pictographic}]|[:;]-?[()DP])$/u;

/** Heading level of a block: 1-6 for h1-h6, 7 for a short line that reads as a heading, 0 for prose. */
export function headingLevel(b: Block, o: HtmlExtractOptions): number {
  const m = /^h([1-6])$/.exec(b.el.tag);
  if (m) return Number(m[1]);
  if (b.el.tag === 'li' || b.el.tag === 'td' || b.el.tag === 'dd' || b.el.tag === 'dt') return 0;
  if (b.text.length > o.headingMaxChars || SENTENCE_END.test(b.text)) return 0;
  return 7;
}

/** Marks elements at most `levels` above an `<img>` or `<picture>`: the boxes an image sits in. */
export function imageBoxes(all: readonly El[], levels: number): Uint8Array {
  const near = new Uint8Array(all.length);
  for (const el of all) {
    if (el.tag !== 'img' && el.tag !== 'picture') continue;
    let e: El | null = el.parent;
    for (let k = 0; e && k < levels; k++, e = e.parent) near[e.id] = 1;
  }
  return near;
}

/**
 * Marks boxes that list other articles: at least `teaserMinCards` child elements of one tag, each
 * short (`teaserMaxChars`) and holding a heading that is a link plus some text of its own (an
 * excerpt, a date, "Read more"), together `teaserShare` of the box's text. A box holding more text
 * than the rest of the article is the article's own list (brands, places, events), not teasers.
 */
export function teaserLists(all: readonly El[], blocks: readonly Block[], sel: Selection, o: HtmlExtractOptions): Uint8Array {
  const chars = sel.kept.chars;
  const marks = new Uint8Array(chars.length);
  // Characters of linked headings each element holds.
  const heads = new Float64Array(chars.length);
  for (const b of blocks) {
    if (!/^h[2-6]$/.test(b.el.tag) || b.text.length > 200 || b.linkChars < 0.8 * b.text.length || sel.pruned[b.el.id] !== null) continue;
    for (let e: El | null = b.el; e; e = e.parent) heads[e.id]! += b.text.length;
  }
  // Cards that hold most of the article's text are the article (a list of brands, places, events).
  const whole = sel.container ? chars[sel.container.id]! : chars[0]!;
  const tally = new Map<string, { cards: number; chars: number }>();
  for (const box of all) {
    const total = chars[box.id]!;
    if (heads[box.id]! === 0 || total === 0 || total >= whole - total) continue;
    tally.clear();
    for (const c of box.children) {
      if (typeof c === 'string') continue;
      const n = chars[c.id]!;
      const h = heads[c.id]!;
      if (h === 0 || n > o.teaserMaxChars || n <= h) continue;
      const t = tally.get(c.tag) ?? { cards: 0, chars: 0 };
      t.cards++;
      t.chars += n;
      tally.set(c.tag, t);
    }
    for (const t of tally.values()) if (t.cards >= o.teaserMinCards && t.chars >= o.teaserShare * total) marks[box.id] = 1;
  }
  return marks;
}

/** Applies the structural rules to `decisions` in place. */
export function structuralPass(blocks: readonly Block[], decisions: Decision[], sel: Selection, o: HtmlExtractOptions): void {
  imageCaptions(blocks, decisions, sel, o);
  cueSections(blocks, decisions, o);
  orphanHeadings(blocks, decisions, o);
}

/**
 * Kept lines whose words name furniture ("Share this", "Newsletter") go; a heading that opens furniture
 * ("Related stories", "Mehr zum Thema", "Comments") goes with its section, once at least half of the
 * kept text lies before it.
 */
function cueSections(blocks: readonly Block[], decisions: Decision[], o: HtmlExtractOptions): void {
  let total = 0;
  let asking = 0;
  let asks = 0;
  // Read once: the regex over every block is a large share of extraction time.
  const asksReader = blocks.map((b, i) => decisions[i] === null && isCallToAction(b.text, o.callToActionMaxChars));
  blocks.forEach((b, i) => {
    if (decisions[i] !== null) return;
    total += b.text.length;
    if (asksReader[i]) {
      asking += b.text.length;
      asks++;
    }
  });
  // When several paragraphs speak of newsletters, subscribers or donations, that is the article's topic.
  const callsToAction = asks < 3 || asking <= o.callToActionTopicShare * total;
  let before = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (decisions[i] !== null) continue;
    const b = blocks[i]!;
    const level = headingLevel(b, o);
    const cue = level > 0 ? cueOf(b.text, countTokens(b.text)) : null;
    if (cue === 'line') {
      decisions[i] = { rule: 'html/boilerplate-cue' };
      continue;
    }
    if (callsToAction && asksReader[i]) {
      decisions[i] = { rule: 'html/call-to-action' };
      continue;
    }
    if (cue === 'section' && before >= o.sectionCutShare * total) {
      decisions[i] = { rule: 'html/section-cue' };
      for (let j = i + 1; j < blocks.length; j++) {
        if (decisions[j] !== null) continue;
        const l = headingLevel(blocks[j]!, o);
        if (l > 0 && l < 7 && l <= level) break;
        decisions[j] = { rule: 'html/section-cue' };
      }
      continue;
    }
    before += b.text.length;
  }
}

function countTokens(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * A short block in a small box that also holds an image is the image's caption or credit, when the
 * box holds little else. On a page whose kept text is mostly captions (a gallery, a slideshow), every
 * caption is the article and all are kept.
 */
function imageCaptions(blocks: readonly Block[], decisions: Decision[], sel: Selection, o: HtmlExtractOptions): void {
  let kept = 0;
  let captions = 0;
  blocks.forEach((b, i) => {
    const d = decisions[i];
    if (d === null && !o.keepCaptions && sel.imageBoxes && b.text.length <= o.captionMaxChars && !SENTENCE_END.test(b.text)) {
      let e: El | null = b.el;
      for (let k = 0; e && k < 3; k++, e = e.parent) {
        if (sel.kept.chars[e.id]! > b.text.length + o.captionMaxChars) break;
        if (sel.imageBoxes[e.id]) {
          decisions[i] = { rule: 'html/caption' };
          break;
        }
      }
    }
    const after = decisions[i];
    if (after === null) kept += b.text.length;
    else if (after.rule === 'html/caption' && sel.container && sel.pruned[b.el.id] === null) captions += b.text.length;
  });
  if (captions > kept) {
    blocks.forEach((b, i) => {
      if (decisions[i]?.rule === 'html/caption') decisions[i] = null;
    });
  }
}

/**
 * A heading whose section holds no kept text ("More on this", "Related", "Über den Autor" over a
 * removed list) is furniture's title. A true heading (h1-h6) owns the blocks up to the next kept
 * heading of its level or above; a short heading-like line owns the blocks up to the next kept block,
 * and goes when the first of them is furniture or when nothing kept follows it at all.
 */
function orphanHeadings(blocks: readonly Block[], decisions: Decision[], o: HtmlExtractOptions): void {
  const levels = blocks.map((b) => headingLevel(b, o));
  let nextKept = -1;
  // Walk back from the end so that a heading's verdict sees the verdicts of the headings after it.
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (decisions[i] !== null) continue;
    const after = nextKept;
    nextKept = i;
    const level = levels[i]!;
    // A heading tag around a whole sentence (a standfirst, a quoted line) is prose, never furniture's title.
    if (level === 0 || (SENTENCE_END.test(blocks[i]!.text) && countTokens(blocks[i]!.text) >= 8)) continue;
    let content = false;
    let furnitureFirst = false;
    for (let j = i + 1; j < blocks.length; j++) {
      const d = decisions[j];
      if (j === i + 1 && d !== null && FURNITURE.has(d.rule)) furnitureFirst = true;
      if (d !== null) continue;
      if (level === 7 || (levels[j]! > 0 && levels[j]! <= level)) break;
      if (levels[j] === 0 || levels[j] === 7) content = true;
      if (content) break;
    }
    let orphan: boolean;
    if (level === 7) orphan = furnitureFirst || after < 0;
    else orphan = !content;
    if (orphan) {
      decisions[i] = { rule: 'html/section-heading' };
      nextKept = after;
    }
  }
}
