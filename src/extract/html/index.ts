// Public face of HTML extraction: main content, removed blocks and page info from an HTML page.
import type { Message, RemovedBlock } from '../../model/index.js';

/** What the page's markup says about itself, for metadata extraction. */
export interface HtmlPageInfo {
  /** `<title>` text. */
  titleTag: string | null;
  /** `<html lang>` or equivalent. */
  lang: string | null;
  /** Every `<meta>` with a name/property/itemprop/http-equiv and content, in document order. */
  metaTags: { key: string; content: string }[];
  /** Parsed JSON-LD objects (invalid blocks are skipped with a message). */
  jsonLd: unknown[];
  /** `<link rel=canonical>` href. */
  canonical: string | null;
  /** `<time datetime>` values in document order. */
  times: { datetime: string; text: string }[];
  /** Text of elements that look like bylines (rel=author, class/itemprop author/byline). */
  bylines: string[];
  /** The main heading (`h1`) nearest the main content, when there is one. */
  headline: string | null;
}

export interface HtmlExtraction {
  title: string | null;
  paragraphs: string[];
  removed: RemovedBlock[];
  messages: Message[];
  page: HtmlPageInfo;
}

export { extractHtml, flattenHtml } from './extract.js';
export { DEFAULT_HTML_OPTIONS, type HtmlExtractOptions } from './options.js';
