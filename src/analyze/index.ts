// Public face of analysis: the passes run in this visible order over one article's clean text.
import type { ArticleAnalysis, Attribution, EntityMention } from '../model/analysis.js';
import { findAttributions, speakerHead, type AttributionModel } from './attribution/index.js';
import { withTrailingContent } from './attribution/trailing-content.js';
import { findClaims } from './claims.js';
import { defaultDateOptions, findDates } from './dates.js';
import { findEntities } from './entities/index.js';
import { findQuantities } from './quantities/index.js';
import { paragraphSpans, splitSentences } from './sentences.js';

export { splitSentences, tokenize } from './sentences.js';
export { findEntities } from './entities/index.js';
export { findDates } from './dates.js';
export { findQuantities } from './quantities/index.js';
export { findAttributions, loadAttributionModel, speakerWords, type AttributionModel } from './attribution/index.js';
export { findClaims, mentionName } from './claims.js';

/** What analysis needs to know of an article. */
export interface AnalysisInput {
  id: string;
  text: string;
  /** Paragraph spans in `text`; derived from blank lines when absent. */
  paragraphs?: [number, number][];
  /** Publication date (`YYYY-MM-DD...`), against which relative dates resolve. */
  published: string | null;
  /** Outlet name: the origin of unattributed claims. */
  outlet: string | null;
}

/** Loaded models the passes use; load them once per run and pass them to every article. */
export interface AnalysisOptions {
  attributionModel?: AttributionModel;
}

/**
 * Links each attribution's speaker to the entity mention it names: the head of the speaker span (see speaker-head.ts:
 * "spy agency" in "South Korea's spy agency", Carrillo in "Sylvia Carrillo, the city manager of Aransas Pass"), or none
 * when the span's own words name the speaker ("Gary police", "a statement from Gary police").
 */
function linkSpeakers(attributions: Attribution[], entities: readonly EntityMention[], text: string): Attribution[] {
  // Mentions by start, and the longest mention: the ones overlapping a span are found by binary
  // search and a short backward scan, so the pass stays linear-logarithmic on long articles.
  const order = entities.map((_, i) => i).sort((x, y) => entities[x]!.span[0] - entities[y]!.span[0] || x - y);
  let longest = 0;
  for (const m of entities) longest = Math.max(longest, m.span[1] - m.span[0]);
  return attributions.map((a) => {
    if (!a.speaker) return a;
    const [s, e] = a.speaker.span;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (entities[order[mid]!]!.span[0] < e) lo = mid + 1;
      else hi = mid;
    }
    const overlapping: number[] = [];
    for (let k = lo - 1; k >= 0; k--) {
      const m = entities[order[k]!]!.span;
      if (m[0] + longest <= s) break;
      if (s < m[1]) overlapping.push(order[k]!);
    }
    overlapping.sort((x, y) => x - y);
    const best = speakerHead(text, a.speaker.span, entities, overlapping);
    return best >= 0 ? { ...a, speaker: { ...a.speaker, mention: best } } : a;
  });
}

function sameSpans(a: readonly [number, number][], b: readonly [number, number][]): boolean {
  return a.length === b.length && a.every((s, i) => s[0] === b[i]![0] && s[1] === b[i]![1]);
}

/** Runs every pass over one article. Pure: the same input gives the same analysis. */
export function analyzeArticle(input: AnalysisInput, options: AnalysisOptions = {}): ArticleAnalysis {
  const { text } = input;
  const sentences = splitSentences(text, input.paragraphs);            // 01 sentences and tokens
  const entities = findEntities(text, sentences);                      // 02 entity mentions
  // Dates are read in the sentences of the text's lines: those above when the paragraphs are its lines.
  const lineSentences = !input.paragraphs || sameSpans(input.paragraphs, paragraphSpans(text)) ? sentences : splitSentences(text);
  const dates = findDates(text, input.published, defaultDateOptions, lineSentences); // 03 dates resolved
  const quantities = findQuantities(text);                             // 04 quantities
  const attributions = linkSpeakers(withTrailingContent(text, findAttributions(text, { model: options.attributionModel }), sentences), entities, text); // 05 attributions
  const claims = findClaims({                                          // 06 claims
    text, sentences, entities, dates, quantities, attributions, outlet: input.outlet, published: input.published,
  });
  return { articleId: input.id, text, sentences, entities, dates, quantities, attributions, claims };
}
