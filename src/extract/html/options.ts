// Tuned constants of HTML main-content extraction, in one typed options object.

export interface HtmlExtractOptions {
  /** Elements deeper than this are flattened into their ancestor. Real pages in WCXB dev nest at
   * most about 60 deep; 400 leaves room and bounds every walk over the tree. */
  maxDepth: number;
  /** A block shorter than this (characters) is not scored as a paragraph. Readability's 25, kept. */
  minParagraphChars: number;
  /** A block whose share of characters inside links exceeds this is not scored as a paragraph.
   * Tuned on WCXB dev between 0.2 and 0.5: 0.35 best. */
  paragraphMaxLinkDensity: number;
  /** How many ancestors above a paragraph's block element receive part of its score (Readability: 5). */
  ancestorLevels: number;
  /** Score bonus for an element whose class/id/itemprop names the article body (articleBody,
   * entry-content...). Tuned on WCXB dev from 0 to 50: 25 (Readability's class weight) best. */
  positiveHintBonus: number;
  /** Score penalty for a class/id hinting boilerplate, when the element is still scored. */
  negativeHintPenalty: number;
  /** A hinted or boilerplate-tag element is kept anyway when it holds more than this share of the
   * page's paragraph text (the hint is then a page wrapper's, e.g. `has-sidebar`). Tuned 0.4-0.8: 0.6. */
  wrapperShare: number;
  /** A sibling of the chosen container joins it when its score reaches this share of the container's.
   * Readability's 0.2, kept after trying 0.1-0.3. */
  siblingScoreRatio: number;
  /** The container climbs to its parent while the parent's paragraph text is at most this much larger
   * than the container's and the added text is paragraph-like (tuned 1.1-1.6 on WCXB dev: 1.35). */
  climbGrowth: number;
  /** Inside the container, a block with link density above this is dropped (`html/link-density`).
   * Tuned on WCXB dev 0.4-0.8: 0.5. */
  blockMaxLinkDensity: number;
  /** Inside the container, a list or box whose link density exceeds this and which holds at least
   * `relatedMinLinks` links is a related-links list (`html/related-list`). Tuned 0.4-0.7: 0.5. */
  relatedLinkDensity: number;
  relatedMinLinks: number;
  /** Blocks at most this long are dropped when their element hints byline/date/meta/share. */
  metaMaxChars: number;
  /** When the article holds less than this share of the page's paragraph text, extraction runs
   * again without class/id hints and keeps the longer result. Tuned 0.1-0.5 on WCXB dev: 0.3. */
  retryShare: number;
  /** Keep figure captions in the article text. WCXB's truth mostly leaves them out: false. */
  keepCaptions: boolean;
}

export const DEFAULT_HTML_OPTIONS: Readonly<HtmlExtractOptions> = Object.freeze({
  maxDepth: 400,
  minParagraphChars: 25,
  paragraphMaxLinkDensity: 0.35,
  ancestorLevels: 5,
  positiveHintBonus: 25,
  negativeHintPenalty: 25,
  wrapperShare: 0.6,
  siblingScoreRatio: 0.2,
  climbGrowth: 1.35,
  blockMaxLinkDensity: 0.5,
  relatedLinkDensity: 0.5,
  relatedMinLinks: 3,
  metaMaxChars: 200,
  retryShare: 0.3,
  keepCaptions: false,
});
