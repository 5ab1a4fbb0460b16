// `triangulate annotate`: prints each document's analysis (sentences, entities, dates, quantities, attributions, claims).
import { readInputs } from '../../ingest/index.js';
import type { Article } from '../../model/index.js';
import type { ArticleAnalysis } from '../../model/analysis.js';
import { formatMessage } from '../../report/index.js';
import { loadAttributionModel } from '../../analyze/index.js';
import { analysisOf, extractBatch, type Extracted } from '../../pipeline/index.js';
import type { IngestItem } from '../../ingest/index.js';
import { EXIT, type Io } from '../io.js';

/** The article as given: the whole input is the clean text, offsets are offsets into the file. */
function asIsArticle(id: string, source: string, content: string, hints: { published?: string; outlet?: string; title?: string }): Article {
  return {
    id,
    source,
    text: content,
    paragraphs: [],
    metadata: {
      title: hints.title ? { value: hints.title, rule: 'record/hint' } : null,
      outlet: hints.outlet ? { value: hints.outlet, rule: 'record/hint' } : null,
      byline: null,
      published: hints.published ? { value: hints.published, rule: 'record/hint', basis: 'explicit' } : null,
      language: null,
      url: null,
    },
    removed: [],
    messages: [],
  };
}

function renderAnalysis(source: string, a: ArticleAnalysis): string {
  const out: string[] = [`== ${source} (${a.articleId})`, `${a.sentences.length} sentences, ${a.entities.length} mentions, ${a.dates.length} dates, ${a.quantities.length} quantities, ${a.attributions.length} attributions, ${a.claims.length} claims`];
  for (const at of a.attributions) {
    out.push(`  said: ${at.speaker?.text ?? '(unknown)'} [${at.cue.text}] ${at.direct ? '“' : ''}${at.content.text.slice(0, 90)}${at.content.text.length > 90 ? '…' : ''}${at.direct ? '”' : ''}`);
  }
  for (const c of a.claims) {
    const value = c.value === undefined ? '' : ` ${Array.isArray(c.value) ? c.value.join('-') : c.value}${c.approx ? ` (${c.approx})` : ''}`;
    out.push(`  claim: ${c.subject.value} / ${c.predicate.value}${value}${c.place.value ? ` @${c.place.value}` : ''} as of ${c.time.value ?? '?'} — origin ${c.origin.value} [${c.origin.rule}], ${c.modality.value}${c.negated ? ', negated' : ''}`);
  }
  return out.join('\n');
}

/** Items taken as clean article text, without extraction. */
async function* asIs(items: AsyncIterable<IngestItem>): AsyncGenerator<Extracted> {
  for await (const item of items) {
    if (!item.ok) yield item;
    else yield { ok: true, article: asIsArticle(item.document.id, item.document.source, item.document.content, item.document.hints) };
  }
}

export async function annotateCommand(paths: string[], opts: { json?: boolean; asIs?: boolean }, io: Io): Promise<number> {
  let failed = 0;
  const models = { attributionModel: loadAttributionModel() };
  const items = readInputs(paths, { stdin: io.stdin });
  const results = opts.asIs ? asIs(items) : extractBatch(items);
  for await (const extracted of results) {
    let article: Article;
    {
      if (!extracted.ok) {
        failed++;
        if (opts.json) io.out(JSON.stringify({ id: null, source: extracted.source, messages: extracted.messages }));
        else for (const m of extracted.messages) io.err(`${extracted.source}: ${formatMessage(m)}`);
        continue;
      }
      article = extracted.article;
    }
    let analysis: ArticleAnalysis;
    try {
      analysis = analysisOf(article, models);
    } catch (e) {
      failed++;
      io.err(`${article.source}: error: analysis failed: ${(e as Error).message} (analyze/internal-error)`);
      continue;
    }
    if (opts.json) {
      const { articleId, ...rest } = analysis;
      io.out(JSON.stringify({ id: articleId, source: article.source, ...rest }));
    } else {
      io.out(renderAnalysis(article.source, analysis));
    }
  }
  return failed > 0 ? EXIT.documentFailed : EXIT.ok;
}
