// Caps element nesting in HTML source before parsing, in one linear scan, so parsing stays linear.
import { BLOCK_TAGS } from './dom.js';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext']);
const TOKEN = /<(?:!--[\s\S]*?(?:-->|$)|[!?][^>]*>?|(\/?)([a-zA-Z][^\s/>]*)[^>]*>?)/g;

export interface DepthCapped {
  html: string;
  /** How many opening tags were removed because they sat deeper than the cap. */
  removed: number;
}

/**
 * Removes opening tags (and their closing tags) nested deeper than `maxDepth`, so that no
 * parser stack grows past it. The count over-estimates the nesting a parser builds (implied
 * closes only make it shallower), so the cap holds for the parser too. Removed block-level
 * tags leave a `<br>` so text does not run together. Pages within the cap come back unchanged.
 */
export function capDepth(html: string, maxDepth: number): DepthCapped {
  // Open elements as a stack of names with a stripped flag; counts per name find matches in O(1).
  const names: string[] = [];
  const stripped: boolean[] = [];
  const open = new Map<string, number>();
  let kept = 0;
  let removed = 0;
  const cuts: [number, number, string][] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m !== null; m = TOKEN.exec(html)) {
    const rawName = m[2];
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] === '/') {
      if ((open.get(name) ?? 0) === 0) continue;
      // Pop to the matching element; elements popped on the way were closed implicitly.
      for (;;) {
        const top = names.pop()!;
        const wasStripped = stripped.pop()!;
        open.set(top, open.get(top)! - 1);
        if (!wasStripped) kept--;
        if (top === name) {
          if (wasStripped) cuts.push([start, end, '']);
          break;
        }
      }
      continue;
    }
    if (VOID.has(name)) continue;
    if (RAW_TEXT.has(name)) {
      // Skip to the end of raw text; its content is never markup.
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = end;
      const c = close.exec(html);
      TOKEN.lastIndex = c ? c.index : html.length;
      if (kept < maxDepth) {
        names.push(name);
        stripped.push(false);
        open.set(name, (open.get(name) ?? 0) + 1);
        kept++;
      } else if (c) {
        // Too deep: drop the element with its content.
        const gt = html.indexOf('>', c.index);
        cuts.push([start, gt < 0 ? html.length : gt + 1, '']);
        removed++;
        TOKEN.lastIndex = gt < 0 ? html.length : gt + 1;
      }
      continue;
    }
    const tooDeep = kept >= maxDepth;
    names.push(name);
    stripped.push(tooDeep);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (tooDeep) {
      cuts.push([start, end, BLOCK_TAGS.has(name) ? '<br>' : '']);
      removed++;
    } else kept++;
  }
  if (cuts.length === 0) return { html, removed: 0 };
  const parts: string[] = [];
  let at = 0;
  for (const [s, e, put] of cuts) {
    parts.push(html.slice(at, s), put);
    at = e;
  }
  parts.push(html.slice(at));
  return { html: parts.join(''), removed };
}
