// Main-content extraction from HTML (placeholder until the extractor lands).
import type { HtmlExtraction } from './index.js';

export function extractHtml(html: string): HtmlExtraction {
  return { title: null, paragraphs: [html], removed: [], messages: [], page: { titleTag: null, lang: null, metaTags: [], jsonLd: [], canonical: null, times: [], bylines: [], headline: null } };
}

/** The page's visible text: every text node, block elements on their own lines, scripts and styles dropped. */
export function flattenHtml(html: string): string {
  return html;
}
