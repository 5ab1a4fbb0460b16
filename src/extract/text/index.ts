// Public face of page-text extraction: the article inside a flattened page's text.
import type { Message, RemovedBlock } from '../../model/index.js';

export interface PageTextExtraction {
  /** The headline found in the page, or null. It is not repeated in `paragraphs`. */
  title: string | null;
  /** Article paragraphs in page order. */
  paragraphs: string[];
  /** Every block left out, in page order, with the rule that removed it. */
  removed: RemovedBlock[];
  messages: Message[];
}

export { extractPageText } from './extract.js';
export { DEFAULT_PAGE_TEXT_OPTIONS, type PageTextOptions } from './options.js';
export { cueOf, isCallToAction, isCreditLine, isDownloadLine, readsAsChrome, CUE_MAX_TOKENS } from './cues.js';
