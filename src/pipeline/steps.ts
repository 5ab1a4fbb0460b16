// The per-document steps every front door shares: extract an ingested item, analyse an article.
import { analyzeArticle } from '../analyze/index.js';
import { extractArticle } from '../extract/index.js';
import type { IngestItem } from '../ingest/index.js';
import { worstSeverity, type Article, type Message } from '../model/index.js';
import type { ArticleAnalysis } from '../model/analysis.js';

/** An input's outcome: an extracted article, or a failure with its messages. */
export type Extracted = { ok: true; article: Article } | { ok: false; source: string; messages: Message[] };

/** Extracts one ingested item; a bug in an extractor becomes an error message on that document. */
export function extractItem(item: IngestItem): Extracted {
  if (!item.ok) return item;
  try {
    const article = extractArticle(item.document);
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
export function analysisOf(article: Article): ArticleAnalysis {
  return analyzeArticle({
    id: article.id,
    text: article.text,
    paragraphs: article.paragraphs.length > 0 ? article.paragraphs : undefined,
    published: article.metadata.published?.value ?? null,
    outlet: article.metadata.outlet?.value ?? null,
  });
}
