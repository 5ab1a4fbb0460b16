// Main-content extraction from HTML: parse, read page info, pick the article container, clean blocks.
import type { Message } from '../../model/index.js';
import { collectBlocks } from './blocks.js';
import { cleanBlocks } from './clean.js';
import { contains, parseHtml } from './dom.js';
import type { HtmlExtraction } from './index.js';
import { DEFAULT_HTML_OPTIONS, type HtmlExtractOptions } from './options.js';
import { chooseTitle, readPageInfo } from './page.js';
import { selectContainer } from './select.js';
import { imageBoxes } from './structure.js';
import { readsAsChrome } from '../text/index.js';

export { flattenHtml } from './flatten.js';

/**
 * Extracts the article from an HTML page: its headline, paragraphs in order, every left-out
 * block with the rule that removed it, and what the markup says about the page. Problems
 * (an empty page, no main content) become messages; it does not throw on any input string.
 */
export function extractHtml(html: string, options: Partial<HtmlExtractOptions> = {}): HtmlExtraction {
  const o: HtmlExtractOptions = { ...DEFAULT_HTML_OPTIONS, ...options };
  const messages: Message[] = [];
  const page = parseHtml(typeof html === 'string' ? html : String(html), o.maxDepth);
  if (page.flattened > 0) {
    messages.push({ severity: 'warning', ruleId: 'html/deep-nesting', reason: `${page.flattened} elements nested deeper than ${o.maxDepth} levels were flattened into their ancestor` });
  }
  const info = readPageInfo(page, messages);
  const blocks = collectBlocks(page.root);
  if (blocks.length === 0) {
    messages.push({ severity: 'error', ruleId: 'html/empty', reason: 'the page has no visible text' });
    return { title: chooseTitle(info, []), paragraphs: [], removed: [], messages, page: info };
  }
  const images = imageBoxes(page.all, 3);
  let sel = { ...selectContainer(page.all, blocks, o), imageBoxes: images };
  const h1s = blocks.filter((b) => b.el.tag === 'h1' && sel.pruned[b.el.id] === null && !readsAsChrome(b.text)).map((b) => b.text);
  const headerH1s = blocks.filter((b) => b.el.tag === 'h1' && sel.pruned[b.el.id] === 'html/header' && !readsAsChrome(b.text)).map((b) => b.text);
  const title = chooseTitle(info, h1s, headerH1s);
  let cleaned = cleanBlocks(page.all, blocks, sel, title, o);
  if (chars(cleaned.paragraphs) < o.retryShare * sel.goodTotal) {
    // Class/id words removed most of the page's prose: they are more likely a theme's than boilerplate's.
    const again = { ...selectContainer(page.all, blocks, o, false), imageBoxes: images };
    const second = cleanBlocks(page.all, blocks, again, title, o);
    if (chars(second.paragraphs) > chars(cleaned.paragraphs)) {
      messages.push({ severity: 'info', ruleId: 'html/retry-without-hints', reason: 'class/id hints removed most paragraph text; extracted again without them' });
      sel = again;
      cleaned = second;
    }
  }
  if (!sel.container) {
    messages.push({ severity: 'warning', ruleId: 'html/no-main-content', reason: 'no paragraph-like text was found; the article is empty' });
  }
  if (sel.container && cleaned.paragraphs.length === 0) {
    messages.push({ severity: 'warning', ruleId: 'html/no-main-content', reason: 'the main-content container held only boilerplate' });
  }
  info.headline = findHeadline(blocks, sel.container, h1s, title);
  return { title, paragraphs: cleaned.paragraphs, removed: cleaned.removed, messages, page: info };
}

function chars(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.length;
  return n;
}

/** The `h1` inside the container, else the last `h1` before it, else the first `h1` of the page. */
function findHeadline(blocks: ReturnType<typeof collectBlocks>, container: ReturnType<typeof selectContainer>['container'], h1s: string[], title: string | null): string | null {
  let before: string | null = null;
  if (container) {
    for (const b of blocks) {
      if (b.el.tag !== 'h1' || readsAsChrome(b.text)) continue;
      if (contains(container, b.el)) return b.text;
      if (b.el.id < container.id) before = b.text;
    }
  }
  return before ?? h1s[0] ?? (title && h1s.includes(title) ? title : null);
}
