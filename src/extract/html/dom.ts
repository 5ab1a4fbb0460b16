// A compact element tree built from htmlparser2 events, iteratively, with non-text subtrees dropped.
import { Parser } from 'htmlparser2';
import { capDepth } from './depth.js';

/** An element; children are elements or text strings. `id` is its position in document order. */
export interface El {
  tag: string;
  attrs: Record<string, string>;
  parent: El | null;
  children: (El | string)[];
  id: number;
}

export interface ParsedPage {
  root: El;
  /** Every element in document (pre-)order; `all[e.id] === e`. */
  all: El[];
  /** Raw text of each `<script type="application/ld+json">`, in document order. */
  jsonLd: string[];
  /** How many elements were flattened into their ancestor because the tree was too deep. */
  flattened: number;
}

/** Elements whose content never becomes text: scripts, styles, templates, embedded documents, graphics. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'object', 'embed', 'canvas',
  'audio', 'video', 'select', 'textarea', 'button', 'xmp', 'noembed', 'noframes', 'frameset', 'dialog',
]);

/** Elements that start a new text block. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'br', 'caption', 'title', 'head', 'legend', 'option', 'label', 'output', 'picture', 'search',
]);

/**
 * Parses HTML into an element tree without recursion. Elements nested deeper than `maxDepth`
 * are not created: their text joins the deepest allowed ancestor, so the tree stays shallow.
 */
export function parseHtml(html: string, maxDepth: number): ParsedPage {
  // The parser's own stack costs O(depth) per tag, so a page nesting far past the cap is
  // parsed again from source with its nesting capped (see capDepth); other pages parse once.
  const first = parseOnce(html, maxDepth, maxDepth * 4);
  if (first) return first;
  const capped = capDepth(html, maxDepth);
  const second = parseOnce(capped.html, maxDepth, Infinity)!;
  second.flattened += capped.removed;
  return second;
}

/** One parse; returns null (after stopping early) when nesting passes `stopDepth`. */
function parseOnce(html: string, maxDepth: number, stopDepth: number): ParsedPage | null {
  const root: El = { tag: '#root', attrs: {}, parent: null, children: [], id: 0 };
  const all: El[] = [root];
  const jsonLd: string[] = [];
  let cur = root;
  let depth = 0;
  let overflow = 0;
  let flattened = 0;
  let tooDeep = false;
  let skip = 0;
  let captureLd = false;
  let ldText = '';
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (depth + overflow + skip >= stopDepth && !tooDeep) {
          tooDeep = true;
          parser.pause();
        }
        if (skip > 0) {
          skip++;
          return;
        }
        if (SKIPPED_TAGS.has(name)) {
          skip = 1;
          captureLd = name === 'script' && /ld\+json/i.test(attribs['type'] ?? '');
          ldText = '';
          return;
        }
        if (depth >= maxDepth) {
          overflow++;
          flattened++;
          if (BLOCK_TAGS.has(name)) addBreak(cur, all);
          return;
        }
        const el: El = { tag: name, attrs: attribs, parent: cur, children: [], id: all.length };
        all.push(el);
        cur.children.push(el);
        cur = el;
        depth++;
      },
      ontext(data) {
        if (skip > 0) {
          if (captureLd) ldText += data;
          return;
        }
        appendText(cur, data);
      },
      onclosetag() {
        if (skip > 0) {
          skip--;
          if (skip === 0 && captureLd) {
            jsonLd.push(ldText);
            captureLd = false;
          }
          return;
        }
        if (overflow > 0) {
          overflow--;
          if (overflow === 0) addBreak(cur, all);
          return;
        }
        if (cur.parent) {
          cur = cur.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  if (tooDeep) return null;
  parser.end();
  return { root, all, jsonLd, flattened };
}

/** A `<br>` child standing for a block boundary of elements cut off by the depth cap. */
function addBreak(el: El, all: El[]): void {
  const br: El = { tag: 'br', attrs: {}, parent: el, children: [], id: all.length };
  all.push(br);
  el.children.push(br);
}

function appendText(el: El, data: string): void {
  const last = el.children.length - 1;
  if (last >= 0 && typeof el.children[last] === 'string') el.children[last] = (el.children[last] as string) + data;
  else el.children.push(data);
}

/** True when `a` is `b` or one of its ancestors. */
export function contains(a: El, b: El): boolean {
  for (let e: El | null = b; e; e = e.parent) if (e === a) return true;
  return false;
}

/** All text under an element, without recursion; block elements become line breaks. */
export function textOf(el: El, withBreaks = false): string {
  const parts: string[] = [];
  const stack: (El | string | null)[] = [el];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === null) {
      if (withBreaks) parts.push('\n');
      continue;
    }
    if (n === undefined) break;
    if (typeof n === 'string') {
      parts.push(n);
      continue;
    }
    const block = BLOCK_TAGS.has(n.tag);
    if (block) {
      if (withBreaks) parts.push('\n');
      stack.push(null);
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts.join('');
}

/** Collapses whitespace runs to one space and trims. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}
