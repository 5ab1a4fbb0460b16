// Claims and claim groups of small texts, as the claim tests write them: one article's valued claims, and a
// story's groups from (outlet, date, text) triples, each article analysed with the shipped attribution model.
import { groupClaims, type LinkArticle } from '../link/claim-groups.js';
import { resolveEntities } from '../link/entities.js';
import type { Claim } from '../model/analysis.js';
import type { AttributionModel } from './attribution/index.js';
import type { ClaimGroup } from '../model/dossier.js';
import { analyzeArticle, loadAttributionModel } from './index.js';

let model: AttributionModel | null = null;
const shippedModel = (): AttributionModel => (model ??= loadAttributionModel());

/** The claims with a value that one article of `text`, published on `published` by "Daily Test", makes. */
export function valuedClaimsOf(text: string, published = '2024-05-10'): Claim[] {
  return analyzeArticle({ id: 'a', text, published, outlet: 'Daily Test' }, { attributionModel: shippedModel() }).claims.filter((c) => c.value !== undefined);
}

/** The claim groups of a story whose articles are `docs`, ids a1, a2, ... in order. */
export function storyOf(docs: [outlet: string, published: string, text: string][]): ClaimGroup[] {
  const articles: LinkArticle[] = docs.map(([outlet, published, text], i) => ({
    id: `a${i + 1}`, outlet, published, syndicatedFrom: null,
    analysis: analyzeArticle({ id: `a${i + 1}`, text, published, outlet }, { attributionModel: shippedModel() }),
  }));
  return groupClaims(articles, resolveEntities(articles.map((a) => a.analysis)));
}
