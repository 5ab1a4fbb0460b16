// The per-document steps every front door shares: extract an ingested item, analyse an article.
import { analyzeArticle, type AnalysisOptions } from '../analyze/index.js';
import { extractArticle, type ExtractOptions } from '../extract/index.js';
import type { IngestItem } from '../ingest/index.js';
import { worstSeverity, type Article, type Message } from '../model/index.js';
import type { ArticleAnalysis } from '../model/analysis.js';

/** An input's outcome: an extracted article, or a failure with its messages. */
export type Extracted = { ok: true; article: Article } | { ok: false; source: string; messages: Message[] };

/** Extracts one ingested item; a bug in an extractor becomes an error message on that document. */
export function extractItem(item: IngestItem, options: ExtractOptions = {}): Extracted {
  if (!item.ok) return item;
  try {
    const article = extractArticle(item.document, options);
    if (worstSeverity(article.messages) === 'error') return { ok: false, source: item.document.source, messages: article.messages };
    return { ok: true, article };
  } catch (e) {
    return {
      ok: false,
      source: item.document.source,
      messages: [{ severity: 'error', ruleId: 'extract/internal-error', reason: `extraction failed: ${(e as Error).message}` }],
    };
  }
}

/** Runs the analysis passes over an extracted article. */
export function analysisOf(article: Article, options: AnalysisOptions = {}): ArticleAnalysis {
  return analyzeArticle({
    id: article.id,
    text: article.text,
    paragraphs: article.paragraphs.length > 0 ? article.paragraphs : undefined,
    published: article.metadata.published?.value ?? null,
    outlet: article.metadata.outlet?.value ?? null,
  }, options);
}

/** Rule id of the message a page gets when its dates never state a year. */
const YEAR_UNKNOWN = 'metadata/date-year-unknown';

/** Whether an extracted page waits for its batch's reference date (its dates never state a year). */
export function needsBatchDate(result: Extracted): boolean {
  return result.ok && result.article.messages.some((m) => m.ruleId === YEAR_UNKNOWN);
}

/** The day an extracted page states explicitly as its publication date, or null. */
export function explicitDate(result: Extracted): string | null {
  const published = result.ok ? result.article.metadata.published : null;
  return published?.basis === 'explicit' ? published.value.slice(0, 10) : null;
}

/**
 * Extracts a batch of ingested items in order, except that pages whose dates never state a
 * year wait until the end and are extracted again with the latest date the rest of the batch
 * states explicitly as their reference (articles of one batch are usually of one period).
 */
export async function* extractBatch(items: AsyncIterable<IngestItem>): AsyncGenerator<Extracted> {
  const waiting: IngestItem[] = [];
  let latestExplicit: string | null = null;
  for await (const item of items) {
    const result = extractItem(item);
    if (needsBatchDate(result)) {
      waiting.push(item);
      continue;
    }
    const day = explicitDate(result);
    if (day !== null && (latestExplicit === null || day > latestExplicit)) latestExplicit = day;
    yield result;
  }
  for (const item of waiting) yield extractItem(item, latestExplicit ? { referenceDate: latestExplicit } : {});
}
