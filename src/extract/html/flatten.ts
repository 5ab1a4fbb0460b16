// Flattens an HTML page to its visible text: block elements on their own lines, scripts and styles dropped.
import { BLOCK_TAGS, parseHtml, type El } from './dom.js';
import { DEFAULT_HTML_OPTIONS } from './options.js';

/** True for elements a browser would not show: `hidden`, inline `display:none`. A streamed
 * server-rendered segment (`<div hidden id="S:0">`, React's streaming HTML) is shown: the page's
 * script moves it into place as soon as it loads, and it holds the page's content. */
export function isHidden(el: El): boolean {
  if (el.attrs['hidden'] !== undefined) return !/^S:\d+$/.test(el.attrs['id'] ?? '');
  const style = el.attrs['style'];
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * The page's visible text: every text node outside `<head>`, scripts, styles, noscript and
 * template; each block element on its own line; whitespace collapsed inside lines; no blank lines.
 */
export function flattenHtml(html: string): string {
  const page = parseHtml(html, DEFAULT_HTML_OPTIONS.maxDepth);
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    const t = line.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
    if (t.length > 0) lines.push(t);
    line = '';
  };
  const stack: (El | string | null)[] = [page.root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === undefined) break;
    if (n === null) {
      flush();
      continue;
    }
    if (typeof n === 'string') {
      line += n;
      continue;
    }
    if (n.tag === 'head' || n.tag === 'title' || isHidden(n)) continue;
    const block = BLOCK_TAGS.has(n.tag);
    if (block) {
      flush();
      stack.push(null);
    } else if (n.tag === 'img' || n.tag === 'input') {
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  flush();
  return lines.join('\n');
}
