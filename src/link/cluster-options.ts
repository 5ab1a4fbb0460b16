// The tuned constants of incremental story clustering, with how each was tuned.

/**
 * Tuned constants of the clustering pass. "Swept" means chosen by pairwise F1 on ECB+ (eval/cluster.ts,
 * file order plus three seeded shuffles), taking a round value inside the plateau rather than the peak.
 */
export interface StoryOptions {
  /** Score an article needs against a story to join it. Swept 0.12-0.40: 0.15-0.20 is the plateau. */
  joinThreshold: number;
  /** Share of the score from entity keys rather than content terms. Swept 0-0.6: 0 loses 0.06 F1, 0.5-0.6 best. */
  entityWeight: number;
  /** Factor on the best single member's score against the centroid's. Swept 0-1: 0.8 a hair above centroid-only. */
  memberDiscount: number;
  /** Candidate members per story compared one by one. 3 and 10 score alike; 10 costs little. */
  membersCompared: number;
  /** Title terms count this many times. Chosen, not tuned (ECB+ has no separate titles): a headline names the event. */
  titleBoost: number;
  /** Content terms kept per article (by TF-IDF). 80 and 150 score alike. */
  maxArticleTerms: number;
  /** Entity keys kept per article. Chosen. */
  maxArticleEntities: number;
  /** Terms of an article used to retrieve candidates. 30 and 50 score alike. */
  maxQueryTerms: number;
  /** Most recent articles kept per postings list; bounds the cost of one addition. 50 and 100 score alike. */
  maxPostings: number;
  /** Candidate articles (by partial dot product) whose stories are scored in full. Chosen. */
  maxCandidateArticles: number;
  /** Terms and entity keys kept in a story centroid. Chosen. */
  maxStoryTerms: number;
  maxStoryEntities: number;
  /** Terms in more than this share of documents carry no weight (frequency-based stopwords). Swept 0.1-0.3: 0.2-0.3 alike. */
  maxDfRatio: number;
  /** The share rule applies once this many documents are seen. Chosen. */
  minDocsForPruning: number;
  /** Extra score per doubling of the gap beyond `timeScaleDays` between an article and a story's nearest
   *  dated article (none within it), capped at `maxTimePenalty`. Chosen, not tuned: ECB+ carries no dates. */
  timePenalty: number;
  timeScaleDays: number;
  maxTimePenalty: number;
  /** Cached vector lengths are recomputed once the corpus has grown by this share. Chosen: IDF drifts slowly. */
  normRefresh: number;
  /** Entity keys per article and per story read as their most salient. Swept 1-5: 1 best (+0.01 F1). */
  salientEntities: number;
  /** How much a disagreement of salient entities lowers the score (0: not at all, 1: to zero). Swept 0-0.9: 0.5-0.6. */
  salienceWeight: number;
  /** Share of the salience agreement read from the story's salient keys found in the article (the rest: the
   *  article's salient keys found in the story). Swept 0, 0.3, 0.5, 1: 0.5 best. */
  salienceReverseShare: number;
  /** Numbers of three digits or more (years, counts, sums) also count as entity keys. On: +0.005 F1. */
  numbersAsEntities: boolean;
}

export const DEFAULT_STORY_OPTIONS: Readonly<StoryOptions> = {
  joinThreshold: 0.18,
  entityWeight: 0.5,
  memberDiscount: 0.8,
  membersCompared: 10,
  titleBoost: 2,
  maxArticleTerms: 80,
  maxArticleEntities: 40,
  maxQueryTerms: 30,
  maxPostings: 50,
  maxCandidateArticles: 40,
  maxStoryTerms: 300,
  maxStoryEntities: 150,
  maxDfRatio: 0.2,
  minDocsForPruning: 50,
  timePenalty: 0.05,
  timeScaleDays: 3,
  maxTimePenalty: 0.3,
  normRefresh: 0.05,
  salientEntities: 1,
  salienceWeight: 0.6,
  salienceReverseShare: 0.5,
  numbersAsEntities: true,
};
