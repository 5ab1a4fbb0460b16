// Article views: the flat JSON record of `triangulate extract --json` and the terminal rendering of one article.
import type { Article, ArticleJson, Message } from '../model/index.js';

export type { ArticleJson } from '../model/index.js';

export function articleToJson(article: Article): ArticleJson {
  const m = article.metadata;
  return {
    id: article.id,
    externalId: article.externalId ?? null,
    source: article.source,
    url: m.url,
    title: m.title?.value ?? null,
    outlet: m.outlet?.value ?? null,
    outletGuess: m.outlet?.guess === true,
    byline: m.byline?.value ?? null,
    published: m.published?.value ?? null,
    publishedBasis: m.published?.basis ?? null,
    language: m.language?.value ?? null,
    text: article.text,
    paragraphs: article.paragraphs,
    removed: article.removed,
    metadata: m,
    messages: article.messages,
  };
}

function decided(label: string, d: { value: string; rule: string; evidence?: string } | null, extra = ''): string {
  if (!d) return `${label}: (none)`;
  return `${label}: ${d.value}${extra} [${d.rule}]`;
}

export function formatMessage(m: Message): string {
  const where = m.span ? ` @${m.span[0]}-${m.span[1]}` : '';
  return `${m.severity}: ${m.reason} (${m.ruleId})${where}`;
}

/** Plain-text view of one article: metadata with bases, clean text, optionally removed blocks, messages. */
export function renderArticleText(article: Article, options: { removed: boolean; maxTextChars?: number }): string {
  const m = article.metadata;
  const out: string[] = [];
  out.push(`== ${m.title?.value ?? '(untitled)'}`);
  out.push(`id: ${article.id}${article.externalId ? `    external id: ${article.externalId}` : ''}    source: ${article.source}`);
  out.push(decided('outlet', m.outlet, m.outlet?.guess ? ' (guess)' : ''));
  out.push(decided('byline', m.byline));
  out.push(decided('published', m.published, m.published ? ` (${m.published.basis})` : ''));
  out.push(decided('language', m.language));
  out.push('');
  const text = options.maxTextChars && article.text.length > options.maxTextChars
    ? `${article.text.slice(0, options.maxTextChars)}…`
    : article.text;
  out.push(text);
  if (options.removed) {
    out.push('');
    out.push(`-- removed blocks (${article.removed.length})`);
    for (const r of article.removed) {
      const line = r.text.length > 100 ? `${r.text.slice(0, 100)}…` : r.text;
      out.push(`[${r.rule}${r.score !== undefined ? ` ${r.score.toFixed(2)}` : ''}] ${line}`);
    }
  } else if (article.removed.length > 0) {
    out.push('');
    out.push(`-- ${article.removed.length} removed blocks (see \`triangulate show ${article.id}\`)`);
  }
  if (article.messages.length > 0) {
    out.push('');
    for (const msg of article.messages) out.push(formatMessage(msg));
  }
  return out.join('\n');
}
