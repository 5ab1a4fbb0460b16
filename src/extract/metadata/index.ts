// Public face of metadata extraction: title, outlet, byline, published date and language, each with its basis.
import type { ArticleMetadata, Capture, DocumentHints, Message, RemovedBlock } from '../../model/index.js';
import type { HtmlPageInfo } from '../html/index.js';

export interface MetadataInput {
  kind: 'html' | 'text';
  /** Headline found by the content extractor. */
  title: string | null;
  /** Kept article paragraphs. */
  paragraphs: readonly string[];
  /** Removed blocks (chrome often names the outlet and the date). */
  removed: readonly RemovedBlock[];
  /** Page info for HTML documents. */
  page?: HtmlPageInfo;
  /** Values a structured record supplied; they win over anything found in the page. */
  hints: DocumentHints;
  /**
   * A day near the article's publication (`YYYY-MM-DD`): the fetch date, or the date of other
   * articles of the same story. Only used to give a year to dates the page writes without one.
   */
  referenceDate?: string;
  /**
   * When the document was read (ISO 8601): no inferred publication date is later. The capture
   * time when there is one, else the time of extraction.
   */
  readAt?: string;
  /**
   * How the document was fetched or captured: its time is the publication date of last resort
   * (`capture/fetch-time`), and with `feed` set the hints are the feed item's and yield to the page.
   */
  capture?: Capture;
}

export interface MetadataResult {
  metadata: ArticleMetadata;
  messages: Message[];
}

export { extractMetadata } from './extract.js';
export { detectLanguage } from './language.js';
export { DEFAULT_METADATA_OPTIONS, type MetadataOptions } from './options.js';
