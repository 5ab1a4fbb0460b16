// Tuned constants of metadata extraction, in one typed options object.

export interface MetadataOptions {
  /** Longest chrome line (chars) read as a date line, edition line or byline. */
  maxChromeLineChars: number;
  /** A date value seen on this many chrome lines or more is a list's date (related stories), not the article's. */
  listDateRepeats: number;
  /** Longest outlet name in words read from page text (trailing credit, edition line, brand line). */
  maxOutletWords: number;
  /** Longest byline name in words. */
  maxBylineWords: number;
  /** Longest title-suffix segment in words stripped after " | " without matching the site name. */
  maxTitleSuffixWords: number;
  /** Longest section label in words stripped before " | " at the start of a title ("Opinion | ..."). */
  maxTitlePrefixWords: number;
  /** Share of the h1's words the markup titles must also use for the h1 to be taken as the title. */
  minH1Agreement: number;
  /** Days after the latest dated event searched for a publication date consistent with relative references. */
  inferSearchDays: number;
  /** Characters before a date inspected for future-tense cues ("will", "next") that disqualify it. */
  futureCueWindow: number;
  /**
   * Earliest year an inferred publication date may have: older years in a text are history or
   * noise, not when it was written. 1990 predates every online news archive in the eval sets.
   */
  inferEarliestYear: number;
  /**
   * Chrome lines read for dates and outlet names: the first and the last half of this many.
   * Real pages have a few hundred at most; a hostile page of 50,000 repeated lines took a
   * minute of date parsing.
   */
  maxChromeLines: number;
  /** Characters of article text searched for dates to infer a publication date from (the start of the text). */
  maxDateScanChars: number;
  /** Minimum letters of body text for language detection; shorter gives `und`. */
  languageMinLetters: number;
  /** Letters at which length stops lowering the language confidence. */
  languageFullLetters: number;
  /** franc margin (1 - runner-up score) times sqrt(sample length) that counts as a full margin. */
  languageFullMargin: number;
  /** Below this confidence the language is `und`. */
  languageMinConfidence: number;
  /** Characters of body text given to the language detector. */
  languageSampleChars: number;
}

/**
 * Defaults. Line and word limits were set by reading the five korea-troops-2024 seeds and a
 * sample of WCXB pages (bylines and outlet names run to 2-6 words; edition/updated lines stay
 * under 200 chars). Language constants were set on English/German/Norwegian/Japanese samples:
 * a 2,000-char English sample scores margin*sqrt(len) ≈ 1.25, a 40-char one ≈ 0.9, Norwegian
 * (absent from franc-min) read as English ≈ 0.5. minH1Agreement was set on WCXB dev: the h1
 * equals the true title on 80% of pages, og:title on 46%; below 0.6 word agreement the h1 was
 * mostly a logo, a section name or a widget heading.
 */
export const DEFAULT_METADATA_OPTIONS: Readonly<MetadataOptions> = Object.freeze({
  maxChromeLineChars: 200,
  listDateRepeats: 3,
  maxOutletWords: 6,
  maxBylineWords: 8,
  maxTitleSuffixWords: 5,
  maxTitlePrefixWords: 2,
  minH1Agreement: 0.6,
  inferSearchDays: 60,
  futureCueWindow: 40,
  inferEarliestYear: 1990,
  maxChromeLines: 600,
  maxDateScanChars: 100_000,
  languageMinLetters: 20,
  languageFullLetters: 200,
  languageFullMargin: 1.0,
  languageMinConfidence: 0.35,
  languageSampleChars: 4000,
});

export function resolveOptions(partial?: Partial<MetadataOptions>): MetadataOptions {
  return { ...DEFAULT_METADATA_OPTIONS, ...(partial ?? {}) };
}
