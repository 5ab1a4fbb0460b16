// Tuned constants of page-text extraction, in one typed options object with its defaults.

export interface PageTextOptions {
  /** Token count a block must "pay" to enter the article region; shorter or poorer blocks score below zero.
   *  Tuned on WCXB dev page-text word F1 (swept 2..10: 2 0.881, 3 0.892, 4 0.898, 5 0.889, 8 0.876) and the seeds. */
  blockPenalty: number;
  /** Stopword density at or below which a block counts as not prose at all (quality 0).
   *  Tuned on WCXB dev (0.08..0.16 all within 0.001 F1); English prose sits near 0.40-0.50, menus near 0. */
  stopwordLow: number;
  /** Stopword density at or above which a block counts as full prose (quality 1). WCXB dev: 0.35 beat 0.45. */
  stopwordHigh: number;
  /** Share of a block's value that sentence punctuation contributes (the rest comes from stopwords).
   *  Tuned on WCXB dev (0.2..0.5 within 0.003 F1); lets languages without a stopword list still score prose. */
  punctuationWeight: number;
  /** Penalty of a short line repeated on the page, in multiples of blockPenalty. WCXB dev: 1 0.896, 2 0.898, 3 0.891. */
  repeatedPenalty: number;
  /** Weight of vocabulary similarity to the article core in the second scoring pass, in tokens per token.
   *  WCXB dev is flat over 0..1.2 (within 0.001 F1); kept for the seeds' related-story lists (seed 000). */
  similarityWeight: number;
  /** Similarity to the core at which the second pass neither adds nor subtracts. Tuned with similarityWeight. */
  similarityMid: number;
  /** Blocks shorter than this (tokens) and without sentence punctuation are judged by the short-line rules.
   *  Tuned on the seed pages: chrome lines have at most 6 tokens, the shortest seed quote has 13. */
  shortTokens: number;
  /** A short block inside the region survives when at least this share of its content words occur in the core.
   *  Tuned on WCXB dev headings (section headings share words with their sections). */
  shortKeepSimilarity: number;
  /** How many blocks before the region are searched for the headline and standfirst. Tuned on the seeds
   *  (the seed 003 headline sits 6 blocks before the body) and WCXB dev titles: 4 0.402, 8 0.465, 12 0.468,
   *  20 0.427 exact; on trafilatura dev, agreement with og:title 0.496 at 8, 0.522 at 12. */
  titleLookback: number;
  /** Least tokens of a block kept between the headline and the region as standfirst. Tuned on the seeds. */
  standfirstTokens: number;
  /** Least share of a standfirst's content words found in the core. Tuned on the seeds (0.5..0.8). */
  standfirstSimilarity: number;
  /** Longest sample (characters) handed to the language detector; keeps detection linear on huge pages. */
  languageSample: number;
  /** A line that opens page furniture ends the article region once at least this share of the region's
   *  tokens precede it. Set by hand at one half (the article's own "Related" box sits at its end); not swept. */
  sectionCutShare: number;
  /** A line heading the site's other stories ("More stories you may like") ends the region at this smaller share,
   *  after at least `otherStoriesMinBlocks` lines of it: teasers of other stories may outweigh a short article. Set by
   *  hand at a quarter; not swept. */
  otherStoriesCutShare: number;
  otherStoriesMinBlocks: number;
  /** A kept line at most this long that speaks of subscribing, signing up, following or donating is a call
   *  to action. Set by hand (the HTML extractor's value); not swept. */
  callToActionMaxChars: number;
}

export const DEFAULT_PAGE_TEXT_OPTIONS: Readonly<PageTextOptions> = Object.freeze({
  blockPenalty: 4,
  stopwordLow: 0.12,
  stopwordHigh: 0.35,
  punctuationWeight: 0.35,
  repeatedPenalty: 2,
  similarityWeight: 0.6,
  similarityMid: 0.35,
  shortTokens: 8,
  shortKeepSimilarity: 0.5,
  titleLookback: 12,
  standfirstTokens: 7,
  standfirstSimilarity: 0.5,
  languageSample: 6000,
  sectionCutShare: 0.5,
  otherStoriesCutShare: 0.25,
  otherStoriesMinBlocks: 3,
  callToActionMaxChars: 200,
});
