// Public face of extraction: a document becomes an article (main text, removed blocks, metadata, messages).
import { joinParagraphs, type Article, type Document, type Message } from '../model/index.js';
import { extractHtml } from './html/index.js';
import { extractMetadata } from './metadata/index.js';
import { extractPageText } from './text/index.js';

export { extractHtml, flattenHtml, type HtmlExtraction, type HtmlPageInfo } from './html/index.js';
export { extractPageText, type PageTextExtraction } from './text/index.js';
export { extractMetadata, detectLanguage } from './metadata/index.js';

export interface ExtractOptions {
  /**
   * A date near the document's publication (a fetch date, or the dates of other articles of the
   * same batch), from which a page that never states a year takes one.
   */
  referenceDate?: string;
}

/** Extracts the article a document carries. Content problems become messages; nothing here throws on bad input. */
export function extractArticle(document: Document, options: ExtractOptions = {}): Article {
  const messages: Message[] = [...document.messages];
  const html = document.mediaType === 'html' ? extractHtml(document.content) : null;
  const body = html ?? extractPageText(document.content);
  messages.push(...body.messages);
  const { text, spans } = joinParagraphs(body.paragraphs);
  if (text.trim().length === 0) {
    messages.push({ severity: 'error', ruleId: 'extract/no-content', reason: 'no article text was found in the document' });
  }
  const meta = extractMetadata({
    kind: document.mediaType,
    title: body.title,
    paragraphs: body.paragraphs,
    removed: body.removed,
    page: html?.page,
    hints: document.hints,
    referenceDate: options.referenceDate,
  });
  messages.push(...meta.messages);
  return {
    id: document.id,
    source: document.source,
    text,
    paragraphs: spans,
    metadata: meta.metadata,
    removed: body.removed,
    messages,
  };
}
