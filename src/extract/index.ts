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
  /** When the document was read (ISO 8601), the latest an inferred date may be; its capture time, else now. */
  readAt?: string;
  /** Longest article text kept, in characters; paragraphs past it are left out with a warning. */
  maxArticleChars?: number;
}

/**
 * The longest news articles run to some 150,000 characters; a page whose main text is far
 * longer is a dump (a log, a book, a concatenation), and analysing all of it would hold up the
 * batch for minutes. Its first million characters are kept.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** The paragraphs that fit in `max` characters, and a warning when some did not. */
function capParagraphs(paragraphs: string[], max: number): { kept: string[]; message: Message | null } {
  let total = 0;
  let n = 0;
  for (; n < paragraphs.length; n++) {
    if (total + paragraphs[n]!.length > max && n > 0) break;
    total += paragraphs[n]!.length + 2;
  }
  if (n === paragraphs.length) return { kept: paragraphs, message: null };
  let all = total;
  for (let k = n; k < paragraphs.length; k++) all += paragraphs[k]!.length + 2;
  return {
    kept: paragraphs.slice(0, n),
    message: {
      severity: 'warning',
      ruleId: 'extract/too-long',
      reason: `the article text has ${all} characters; the first ${n} of ${paragraphs.length} paragraphs (${total} characters) are kept`,
    },
  };
}

/** Extracts the article a document carries. Content problems become messages; nothing here throws on bad input. */
/**
 * The characters Windows-1252 gives the bytes 0x80-0x9F (written out: Node's decoder reads that label as Latin-1, which
 * keeps them as C1 controls). Bytes the code page leaves unassigned map to nothing.
 */
const CP1252_C1 = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

/**
 * Text that was Windows-1252 read as Latin-1 upstream keeps its quotes and dashes as C1 control characters ("wasn\u0092t"):
 * each is put back as the character Windows-1252 gives that byte. Real text never holds C1 controls.
 */
export function repairC1(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!.replace('\u0000', '')) : text;
}

export function extractArticle(document: Document, options: ExtractOptions = {}): Article {
  const messages: Message[] = [...document.messages];
  const content = repairC1(document.content);
  const html = document.mediaType === 'html' ? extractHtml(content) : null;
  const body = html ?? extractPageText(content);
  messages.push(...body.messages);
  const capped = capParagraphs(body.paragraphs, options.maxArticleChars ?? MAX_ARTICLE_CHARS);
  if (capped.message) messages.push(capped.message);
  const paragraphs = capped.kept;
  const { text, spans } = joinParagraphs(paragraphs);
  if (text.trim().length === 0) {
    messages.push({ severity: 'error', ruleId: 'extract/no-content', reason: 'no article text was found in the document' });
  }
  const meta = extractMetadata({
    kind: document.mediaType,
    title: body.title,
    paragraphs,
    removed: body.removed,
    page: html?.page,
    hints: document.hints,
    referenceDate: options.referenceDate,
    readAt: options.readAt ?? document.capture?.fetchedAt ?? new Date().toISOString(),
    capture: document.capture,
  });
  messages.push(...meta.messages);
  return {
    id: document.id,
    ...(document.externalId !== undefined ? { externalId: document.externalId } : {}),
    source: document.source,
    text,
    paragraphs: spans,
    metadata: meta.metadata,
    removed: body.removed,
    messages,
  };
}
