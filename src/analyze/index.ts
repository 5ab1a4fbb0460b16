// Public face of analysis: the passes run in this visible order over one article's clean text.
import type { ArticleAnalysis, Attribution, EntityMention } from '../model/analysis.js';
import { findAttributions } from './attribution/index.js';
import { findClaims } from './claims.js';
import { findDates } from './dates.js';
import { findEntities } from './entities/index.js';
import { findQuantities } from './quantities/index.js';
import { splitSentences } from './sentences.js';

export { splitSentences, tokenize } from './sentences.js';
export { findEntities } from './entities/index.js';
export { findDates } from './dates.js';
export { findQuantities } from './quantities/index.js';
export { findAttributions } from './attribution/index.js';
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

/** Links each attribution's speaker to the entity mention it names (the largest overlapping one). */
function linkSpeakers(attributions: Attribution[], entities: readonly EntityMention[]): Attribution[] {
  return attributions.map((a) => {
    if (!a.speaker) return a;
    const [s, e] = a.speaker.span;
    let best = -1;
    for (let i = 0; i < entities.length; i++) {
      const m = entities[i].span;
      if (m[0] < e && s < m[1] && (best < 0 || m[1] - m[0] > entities[best].span[1] - entities[best].span[0])) best = i;
    }
    return best >= 0 ? { ...a, speaker: { ...a.speaker, mention: best } } : a;
  });
}

/** Runs every pass over one article. Pure: the same input gives the same analysis. */
export function analyzeArticle(input: AnalysisInput): ArticleAnalysis {
  const { text } = input;
  const sentences = splitSentences(text, input.paragraphs);            // 01 sentences and tokens
  const entities = findEntities(text, sentences);                      // 02 entity mentions
  const dates = findDates(text, input.published);                      // 03 dates resolved
  const quantities = findQuantities(text);                             // 04 quantities
  const attributions = linkSpeakers(findAttributions(text), entities); // 05 attributions
  const claims = findClaims({                                          // 06 claims
    text, sentences, entities, dates, quantities, attributions, outlet: input.outlet, published: input.published,
  });
  return { articleId: input.id, text, sentences, entities, dates, quantities, attributions, claims };
}
