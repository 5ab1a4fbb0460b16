// Page-text extraction: finds the headline and the article paragraphs in a flattened page's text.
import { isVideoTitleAfter } from '../../model/video-entry.js';
import { franc } from '../franc.js';
import type { Message, RemovedBlock } from '../../model/index.js';
import { deriveStopwords, measure, splitLines, unwrapLines, type Block } from './blocks.js';
import type { PageTextExtraction } from './index.js';
import { DEFAULT_PAGE_TEXT_OPTIONS, type PageTextOptions } from './options.js';
import { cueOf, isCallToAction, isOtherStoriesCue } from './cues.js';
import { chromePattern, teaserPairs } from './patterns.js';
import { baseScore, bestRegion, coreVocabulary, similarity, vocabularyScore, type Region } from './region.js';
import { stopwordsFor } from './stopwords.js';
import { chooseTitle, type TitleChoice } from './title.js';
import { decodeEntities } from './entities.js';

/** How many of a page's most frequent words serve as stopwords when no list covers its language. */
const DERIVED_STOPWORDS = 40;

/** Extracts the article from page text. Never throws on content; problems become messages. */
export function extractPageText(text: string, options: Partial<PageTextOptions> = {}): PageTextExtraction {
  const o: PageTextOptions = { ...DEFAULT_PAGE_TEXT_OPTIONS, ...options };
  const messages: Message[] = [];
  // Text that keeps HTML character references ("&amp;") reads as its characters.
  const lines = unwrapLines(splitLines(decodeEntities(text)));
  if (lines.length === 0) {
    messages.push({ severity: 'warning', ruleId: 'text/empty', reason: 'The page text is empty.' });
    return { title: null, paragraphs: [], removed: [], messages };
  }
  const stopwords = pageStopwords(lines, o, messages);
  const blocks = lines.map((l) => measure(l, stopwords));
  const cues = blocks.map((b) => cueOf(b.text, b.tokenCount));
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.key, (counts.get(b.key) ?? 0) + 1);
  const teasers = teaserPairs(blocks, counts);
  // A video player's entry: its running time alone ("2:25", short control) and its title on the next line.
  const patterns = blocks.map((b, i) => chromePattern(b) ?? cueRule(cues[i]) ?? (teasers.has(i) ? 'text/teaser-pair' : null) ?? (i > 0 && isVideoTitleAfter(blocks[i - 1]!.text, b.text) ? 'text/video-entry' : null));

  // Two passes: prose shape alone, then prose shape plus similarity to the first region's vocabulary.
  const base = blocks.map((b, i) => baseScore(b, patterns[i], counts.get(b.key) ?? 0, o));
  const first = bestRegion(base);
  const vocab = coreVocabulary(blocks, base, first);
  const inCore = (i: number): boolean => i >= first.start && i < first.end && base[i] > 0;
  const sims = blocks.map((b, i) => similarity(b, vocab, inCore(i)));
  const scores = base.map((s, i) => (patterns[i] === null ? vocabularyScore(s, blocks[i], sims[i], o) : s));
  let region = bestRegion(scores);
  if (region.end === region.start) {
    messages.push({
      severity: 'warning',
      ruleId: 'text/no-article',
      reason: 'No run of lines reads like article prose; every line is kept except recognised chrome.',
    });
    region = { start: 0, end: blocks.length };
  }

  region = cutAtSection(blocks, cues, region, o);
  // A list of teasers whose last head was left without its repeat, right before the article ("Two young children ... are
  // among the critically injured following a deadly Sunday night shooting in the Lower Ninth Ward." before a Larose
  // shooting's report): one sentence after a teaser pair, sharing less than half the article's words the next two blocks
  // share, is the list's, not the article's opening.
  const s0 = region.start;
  if (s0 > 0 && teasers.has(s0 - 1) && !teasers.has(s0) && s0 + 2 < region.end && blocks[s0]!.terminal && !/[.!?]["”’)]?\s+\p{Lu}/u.test(blocks[s0]!.text) && sims[s0]! < 0.5 * Math.min(sims[s0 + 1]!, sims[s0 + 2]!)) {
    patterns[s0] = 'text/teaser-pair';
    region = { ...region, start: s0 + 1 };
  }
  const title = findTitle(blocks, patterns, sims, counts, region, o);
  const keep = new Array<boolean>(blocks.length).fill(false);
  const rules = new Array<{ rule: string; score?: number } | null>(blocks.length).fill(null);
  const titleStart = title === null ? region.start : title.index + 1;
  for (let i = titleStart; i < region.start; i++) {
    const b = blocks[i];
    const standfirst =
      patterns[i] === null && b.size >= o.standfirstTokens && sims[i] >= o.standfirstSimilarity &&
      (counts.get(b.key) ?? 0) === 1;
    if (standfirst) keep[i] = true;
  }
  for (let i = Math.max(region.start, titleStart); i < region.end; i++) keep[i] = true;
  classifyKept(blocks, patterns, sims, counts, title, keep, rules, o);

  const paragraphs: string[] = [];
  const removed: RemovedBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (title !== null && i === title.index) {
      if (title.label !== null) removed.push({ text: title.label, rule: 'text/section-label' });
      continue;
    }
    if (keep[i]) {
      paragraphs.push(blocks[i].text);
      continue;
    }
    const r = rules[i] ?? outsideRule(i, patterns, scores);
    removed.push({ text: blocks[i].text, ...r });
  }
  // A page of nothing but a video player's entries keeps them, running times too, as its text: the document stays with the
  // title its record gives, and analysis and linking read the entries as captions and chrome, no article's sentences.
  if (paragraphs.length === 0 && removed.some((r) => r.rule === 'text/video-entry')) {
    const entries = new Set<number>();
    blocks.forEach((b, i) => { if (patterns[i] === 'text/video-entry') entries.add(i - 1).add(i); });
    for (const i of [...entries].sort((a, b) => a - b)) paragraphs.push(blocks[i]!.text);
    const kept = new Set(paragraphs);
    for (let k = removed.length - 1; k >= 0; k--) if (kept.has(removed[k]!.text)) removed.splice(k, 1);
    messages.push({ severity: 'warning', ruleId: 'text/video-only', reason: 'The page holds only a video player\'s entries; they are kept as its text, read as captions.' });
  }
  if (paragraphs.length === 0) {
    messages.push({ severity: 'warning', ruleId: 'text/no-paragraphs', reason: 'No article paragraph was found.' });
  }
  return { title: title?.title ?? null, paragraphs, removed, messages };
}

function cueRule(cue: 'section' | 'line' | null): string | null {
  return cue === 'section' ? 'text/section-cue' : cue === 'line' ? 'text/boilerplate-cue' : null;
}

/** Ends the region at the first line that opens page furniture ("Related", "Mehr zum Thema", "Comments")
 *  once most of the region's text lies before it: what follows such a line is not the article. */
function cutAtSection(blocks: readonly Block[], cues: readonly ('section' | 'line' | null)[], region: Region, o: PageTextOptions): Region {
  let total = 0;
  for (let i = region.start; i < region.end; i++) total += blocks[i].size;
  let before = 0;
  for (let i = region.start; i < region.end; i++) {
    // A heading of the site's other stories after a few paragraphs ends the article however long its teasers run.
    const share = i - region.start >= o.otherStoriesMinBlocks && isOtherStoriesCue(blocks[i].text) ? o.otherStoriesCutShare : o.sectionCutShare;
    if (cues[i] === 'section' && before >= share * total) return { start: region.start, end: i };
    before += blocks[i].size;
  }
  return region;
}

/** Stopwords for the page's language (franc on a bounded sample), or frequent words of the page itself. */
function pageStopwords(lines: readonly string[], o: PageTextOptions, messages: Message[]): Set<string> {
  let sample = '';
  for (const l of lines) {
    if (l.length < 60) continue;
    sample += l + '\n';
    if (sample.length >= o.languageSample) break;
  }
  if (sample.length < 200) sample = lines.join('\n').slice(0, o.languageSample);
  const lang = franc(sample, { minLength: 20 });
  const list = stopwordsFor(lang);
  if (list !== null) return list;
  messages.push({
    severity: 'info',
    ruleId: 'text/derived-stopwords',
    reason: `No stopword list for language "${lang}"; the page's most frequent words stand in.`,
  });
  return deriveStopwords(lines, DERIVED_STOPWORDS);
}

/**
 * The headline among the lines shortly before the region (or its first line when that reads as one), else the
 * page's first line when it reads as the article's headline. Lines that read as chrome, a call to action, a
 * label (ending in a colon) or a template printed three times or more on the page are never candidates.
 */
function findTitle(
  blocks: readonly Block[],
  patterns: readonly (string | null)[],
  sims: readonly number[],
  counts: ReadonlyMap<string, number>,
  region: Region,
  o: PageTextOptions,
): TitleChoice | null {
  const eligible = (i: number): boolean => {
    const b = blocks[i];
    return patterns[i] === null && b.hasLetter && !/[:：]$/u.test(b.text) &&
      !isCallToAction(b.text, o.callToActionMaxChars);
  };
  const candidates: { index: number; block: Block; sim: number }[] = [];
  const last = Math.min(region.end - 1, region.start);
  for (let i = Math.max(0, region.start - o.titleLookback); i <= last; i++) {
    if (eligible(i)) candidates.push({ index: i, block: blocks[i], sim: sims[i] });
  }
  const pick = chooseTitle(candidates);
  if (pick !== null || blocks.length === 0 || !eligible(0) || 0 >= region.start - o.titleLookback) return pick;
  return chooseTitle([{ index: 0, block: blocks[0], sim: sims[0] }], true);
}

/** Within the kept range: drops chrome patterns, title copies, duplicates and short lines foreign to the article. */
function classifyKept(
  blocks: readonly Block[],
  patterns: readonly (string | null)[],
  sims: readonly number[],
  counts: ReadonlyMap<string, number>,
  title: TitleChoice | null,
  keep: boolean[],
  rules: ({ rule: string; score?: number } | null)[],
  o: PageTextOptions,
): void {
  const seen = new Set<string>();
  const titleKey = title === null ? null : blocks[title.index].key;
  const titleText = title?.title.toLowerCase() ?? null;
  for (let i = 0; i < blocks.length; i++) {
    if (!keep[i]) continue;
    const b = blocks[i];
    const drop = (rule: string, score?: number): void => {
      keep[i] = false;
      rules[i] = score === undefined ? { rule } : { rule, score: round(score) };
    };
    const pattern = patterns[i];
    const short = b.size < o.shortTokens && !b.terminal;
    if (pattern !== null) drop(pattern);
    else if (isCallToAction(b.text, o.callToActionMaxChars)) drop('text/call-to-action');
    else if (b.key === titleKey || b.key === titleText) drop('text/duplicate-title');
    else if (short && repeatedChrome(counts.get(b.key) ?? 0, sims[i], o)) {
      drop('text/repeated-short', 1 - sims[i]);
    } else if (seen.has(b.key)) drop('text/duplicate');
    seen.add(b.key);
  }
}

/** A short line printed three times or more is a template; printed twice, it is one unless it shares the
 *  article's vocabulary (a section heading also listed in a table of contents). */
function repeatedChrome(count: number, sim: number, o: PageTextOptions): boolean {
  return count >= 3 || (count === 2 && sim < o.shortKeepSimilarity);
}

/** The rule for a line outside the article: its chrome pattern, else its position with the score that decided. */
function outsideRule(i: number, patterns: readonly (string | null)[], scores: readonly number[]): { rule: string; score?: number } {
  const pattern = patterns[i];
  if (pattern !== null) return { rule: pattern };
  return { rule: 'text/outside-article', score: round(-scores[i]) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
