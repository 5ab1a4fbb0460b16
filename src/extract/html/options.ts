// Tuned constants of HTML main-content extraction, in one typed options object.

export interface HtmlExtractOptions {
  /** Elements deeper than this are flattened into their ancestor. Real pages in WCXB dev nest at
   * most about 60 deep; 400 leaves room and bounds every walk over the tree. */
  maxDepth: number;
  /** A block shorter than this (characters) is not scored as a paragraph. Readability's 25, kept. */
  minParagraphChars: number;
  /** A block whose share of characters inside links exceeds this is not scored as a paragraph.
   * Set between Readability's per-candidate 0.25 and 0.5; not swept yet. */
  paragraphMaxLinkDensity: number;
  /** How many ancestors above a paragraph's block element receive part of its score (Readability: 5). */
  ancestorLevels: number;
  /** Score bonus for an element whose class/id/itemprop names the article body (articleBody,
   * entry-content...). Readability's class weight, 25, kept; not swept. */
  positiveHintBonus: number;
  /** A hinted or boilerplate-tag element is kept anyway when it holds more than this share of the
   * page's paragraph text (the hint is then a page wrapper's, e.g. `has-sidebar`). Chosen by hand
   * from WCXB dev failures (wrappers held 0.9+ of the text); not swept. */
  wrapperShare: number;
  /** The container widens from the top-scored element to the ancestor that maximises paragraph
   * characters minus this weight times its other non-link characters. On the first 150 WCXB dev
   * pages 0.5, 1.35 and 3 score within 0.001 word F1; no widening (100) loses 0.027. */
  climbGrowth: number;
  /** Inside the container, a block with link density above this is dropped (`html/link-density`).
   * Set by hand at 0.5 (half the text is links); not swept. */
  blockMaxLinkDensity: number;
  /** Inside the container, a list or box whose link density exceeds this and which holds at least
   * `relatedMinLinks` links is a related-links list (`html/related-list`). Set by hand; not swept. */
  relatedLinkDensity: number;
  relatedMinLinks: number;
  /** A link-dense box holding at least this many characters of prose paragraphs (few links of their own)
   * is article text with many links, not a related list. Set on the tune halves (200 and 400 tried). */
  relatedMaxProse: number;
  /** Blocks at most this long are dropped when their element hints byline/date/meta/share, and a
   * hinted element must hold no more than this. Set by hand; not swept. */
  metaMaxChars: number;
  /** When the article holds less than this share of the page's paragraph text, extraction runs
   * again without class/id hints and keeps the longer result. Set by hand at 0.3; with it the full
   * WCXB dev word F1 rose from 0.925 to 0.933 (with the `hidden`/`widget` hints dropped too). */
  retryShare: number;
  /** Keep figure captions in the article text. Off: WCXB's truth leaves most captions out (seen
   * in inspected pages, not measured). */
  keepCaptions: boolean;
  /** A kept line at most this long that reads as a heading (no sentence end) is judged by the
   * section-heading rule. Set by hand; not swept. */
  headingMaxChars: number;
  /** A block at most this long, in a box with an image that holds at most this many other
   * characters, is the image's caption. Set by hand; not swept. */
  captionMaxChars: number;
  /** A heading whose words open page furniture ("Related", "Mehr zum Thema") removes its section once at
   * least this share of the kept text precedes it. The page-text extractor's value; not swept here. */
  sectionCutShare: number;
  /** A kept paragraph at most this long that speaks of subscribing, signing up, following or donating is
   * a call to action. Set by hand; not swept. */
  callToActionMaxChars: number;
  /** When three or more short paragraphs that read as calls to action hold more than this share of the kept text, their
   * words are the article's topic (an article about newsletters) and none is removed as a call to action. */
  callToActionTopicShare: number;
  /** A teaser card (a linked heading over a short excerpt, a date, "Read more") holds at most this
   * many characters; `teaserMinCards` such cards side by side, filling `teaserShare` of their box's
   * text, are a list of other articles (`html/teaser-list`). Set by hand on the WCXB dev tune half. */
  teaserMaxChars: number;
  teaserMinCards: number;
  teaserShare: number;
}

export const DEFAULT_HTML_OPTIONS: Readonly<HtmlExtractOptions> = Object.freeze({
  maxDepth: 400,
  minParagraphChars: 25,
  paragraphMaxLinkDensity: 0.35,
  ancestorLevels: 5,
  positiveHintBonus: 25,
  wrapperShare: 0.6,
  climbGrowth: 1.35,
  blockMaxLinkDensity: 0.5,
  relatedLinkDensity: 0.5,
  relatedMinLinks: 3,
  relatedMaxProse: 200,
  metaMaxChars: 200,
  retryShare: 0.3,
  keepCaptions: false,
  headingMaxChars: 80,
  captionMaxChars: 250,
  sectionCutShare: 0.5,
  callToActionMaxChars: 200,
  callToActionTopicShare: 0.15,
  teaserMaxChars: 600,
  teaserMinCards: 3,
  teaserShare: 0.8,
});
