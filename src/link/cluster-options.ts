// The constants of incremental story clustering, with how each was set.
//
// The join decision itself is learned (models/link/pair-model.json, trained by
// scripts/train-link-model.ts); what is left here bounds the work per article.

export interface StoryOptions {
  /** Terms and names of an article used to retrieve candidates (largest weight times IDF). Chosen (as before the model). */
  maxQueryTerms: number;
  /** Terms and names under which an article is posted (largest weight times IDF). Chosen: the query's 30 plus room. */
  maxPostedTerms: number;
  /** Most recent articles kept per postings list; bounds the cost of one addition. Chosen (as before the model). */
  maxPostings: number;
  /** Candidate articles (by partial IDF-weighted dot product) compared in full with the pair model. Chosen, not swept. */
  maxCandidateArticles: number;
  /** Pair probability needed to join a story or bridge two; null takes the model's own (set by cross-validation when trained). */
  threshold: number | null;
  /** A story's score is the mean of its best pairs with the article, up to this many (fewer when fewer members were
   *  retrieved): one chance match with a large story of another event is not enough. 3 chosen over 1 by
   *  cross-validated F1 on ECB+ and GVA dev (eval/RESULTS.md). */
  support: number;
  /** Whether an article that reaches two stories merges them (a bridging article). */
  bridge: boolean;
  /** Story-level evidence for a join: the story's score is the mean over max(support, ceil(supportShare x members))
   *  of its members (members not retrieved count 0), so a larger story needs agreement with more of it. 0: off;
   *  null takes the model's own (chosen with its threshold by linking the training articles). */
  supportShare: number | null;
  /** A stricter rule for bridging: a story other than the best one is merged only when the article's mean over
   *  ceil(bridgeShare x its members) of them (not retrieved count 0) reaches the threshold. 0: the join rule;
   *  null takes the model's own. */
  bridgeShare: number | null;
  /** How much stricter (in log-odds) a join is for a pair of which either day is unknown (no publication date and no date
   *  in the text): without time to tell them apart, two events of one kind in one place read alike. The pair's
   *  probability is lowered by this much in log-odds before the threshold. null takes the model's own (chosen with its
   *  threshold by linking the training articles). */
  undatedOffset: number | null;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  maxQueryTerms: 30,
  maxPostedTerms: 40,
  maxPostings: 50,
  maxCandidateArticles: 40,
  threshold: null,
  support: 3,
  bridge: true,
  supportShare: null,
  bridgeShare: null,
  undatedOffset: null,
};

/** The settings of the join decision itself, once the model's own are filled in. */
export interface DecisionOptions {
  support: number;
  bridge: boolean;
  supportShare: number;
  bridgeShare: number;
}
