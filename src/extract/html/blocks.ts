// Splits an element tree into text blocks: runs of inline text under their nearest block element.
import { BLOCK_TAGS, normalizeSpace, type El } from './dom.js';
import { isHidden } from './flatten.js';
import { isMetaHinted } from './hints.js';

/** One text block with the element that owns it and how much of it is link text. */
export interface Block {
  text: string;
  /** Nearest block-level ancestor. */
  el: El;
  /** Characters of `text` inside `<a>` elements (whitespace-normalised). */
  linkChars: number;
  /** How many `<a>` elements the block touches. */
  links: number;
  /** Characters inside inline elements that hint post metadata (`<time>`, `span.author`...). */
  metaChars: number;
  /** Document-order position. */
  index: number;
}

/** Tags whose subtree is never article text, beyond those the parser already drops. */
const NON_TEXT = new Set(['head', 'title', 'img', 'input', 'map', 'area', 'picture', 'source', 'track', 'link', 'meta', 'option', 'datalist']);

/**
 * Walks the tree once without recursion and returns every non-empty block in document order.
 * Hidden elements (`hidden`, inline `display:none`) contribute nothing.
 */
export function collectBlocks(root: El): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkParts: string[] = [];
  let links = 0;
  let anchorDepth = 0;
  let metaDepth = 0;
  let metaParts: string[] = [];
  const owners: El[] = [root];
  const flush = (): void => {
    if (parts.length === 0) return;
    const text = normalizeSpace(parts.join(''));
    if (text.length > 0) {
      const linkChars = linkParts.length > 0 ? Math.min(text.length, normalizeSpace(linkParts.join(' ')).length) : 0;
      const metaChars = metaParts.length > 0 ? Math.min(text.length, normalizeSpace(metaParts.join(' ')).length) : 0;
      blocks.push({ text, el: owners[owners.length - 1]!, linkChars, links, metaChars, index: blocks.length });
    }
    parts = [];
    linkParts = [];
    metaParts = [];
    links = 0;
  };
  // Stack entries: a node to enter, or an exit marker (the element itself wrapped as { exit }).
  type Exit = { exit: El; meta: boolean };
  const stack: (El | string | Exit)[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      parts.push(n);
      if (anchorDepth > 0) linkParts.push(n);
      if (metaDepth > 0) metaParts.push(n);
      continue;
    }
    if ('exit' in n) {
      const el = n.exit;
      if (el.tag === 'a') anchorDepth--;
      if (n.meta) metaDepth--;
      if (BLOCK_TAGS.has(el.tag)) {
        flush();
        owners.pop();
      }
      continue;
    }
    if (NON_TEXT.has(n.tag) || isHidden(n)) continue;
    if (n.tag === 'br' || n.tag === 'hr') {
      flush();
      continue;
    }
    let meta = false;
    if (BLOCK_TAGS.has(n.tag)) {
      flush();
      owners.push(n);
    } else {
      if (n.tag === 'a') {
        anchorDepth++;
        links++;
      }
      meta = n.tag === 'time' || isMetaHinted(n);
      if (meta) metaDepth++;
    }
    stack.push({ exit: n, meta });
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  flush();
  return blocks;
}
