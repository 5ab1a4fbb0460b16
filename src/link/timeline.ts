// The story's timeline: dated events across articles, deduplicated, each with its precision and citations.
import type { TimelineEntry } from '../model/dossier.js';
import { defaultClaimLexicon } from '../analyze/claims-lexicon.js';
import { entityKey } from './entities.js';
import { defaultSentenceOptions, EMBEDDED_POST, PLAYER, readsAsCaption } from '../analyze/sentences.js';
import type { ArticleAnalysis, Claim, Sentence } from '../model/analysis.js';
import type { LinkArticle } from './claim-groups.js';
import { isCutShort, isFurniture, isQuoteTail, isUnended, withoutDateline } from './chrome.js';

/** Time rules whose date comes from the text (not the publication-date fallback). */
const TEXT_DATED = new Set(['time/as-of', 'time/sentence-date', 'time/same-clause-date', 'time/sentence-opening-date']);
const MAX_EVENT_CHARS = 240;

function precisionOf(value: string): TimelineEntry['precision'] {
  return value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
}

/** The text of the paragraph of a caption sentence; null for a sentence of any other kind. */
function captionParagraph(analysis: ArticleAnalysis, index: number): string | null {
  const sentence = analysis.sentences[index];
  if (sentence?.kind !== 'caption') return null;
  return analysis.sentences.filter((s) => s.paragraph === sentence.paragraph).map((s) => analysis.text.slice(s.span[0], s.span[1])).join(' ');
}

/**
 * Whether a sentence is of a caption paragraph that an embedded social post left (see `EMBEDDED_POST`), or a video or
 * gallery player (see `PLAYER`): what a post, a clip or a slide shows is no event the article tells.
 */
function inEmbeddedPost(analysis: ArticleAnalysis, index: number): boolean {
  const paragraph = captionParagraph(analysis, index)?.toLowerCase();
  return paragraph !== undefined && (EMBEDDED_POST.test(paragraph) || PLAYER.test(paragraph));
}

/** Whether a sentence is of a caption that carries no credit, read as one by its words alone (see `readsAsCaption`). */
function uncreditedCaption(analysis: ArticleAnalysis, index: number): boolean {
  const paragraph = captionParagraph(analysis, index);
  return paragraph !== null && readsAsCaption(paragraph) && !defaultSentenceOptions.captionPatterns.some((re) => re.test(paragraph.toLowerCase()));
}

/**
 * Whether a sentence names `date` and every mention of it passes `test` (given the mention's offset in the sentence's
 * text): the timeline's tests of where in a sentence its day is told.
 */
function everyMention(analysis: ArticleAnalysis, index: number, date: string, test: (at: number, rule: string, s: Sentence) => boolean): boolean {
  const s = analysis.sentences[index];
  if (!s) return false;
  const mentions = analysis.dates.filter((d) => d.value === date && d.span[0] >= s.span[0] && d.span[1] <= s.span[1]);
  return mentions.length > 0 && mentions.every((d) => test(d.span[0] - s.span[0], d.rule, s));
}

/**
 * Asides of a sentence that tell of something else than its main clause: set off by a pair of dashes ("— who were
 * responding to reports of a shooting Saturday night —") or a relative clause set off by commas (", who turned two years
 * old on Sunday,"), as offsets into the sentence's text.
 */
const ASIDE = /\s(?:—|–|--)\s[^—–]+?\s(?:—|–|--)\s|,\s+(?:who|which|whose|whom)\s[^,;]+,/g;
const inAside = (s: Sentence, at: number): boolean => [...s.text.matchAll(ASIDE)].some((m) => at >= m.index! && at < m.index! + m[0].length);

/** Whether every mention of `date` in a sentence lies inside an aside (`ASIDE`). */
function datedOnlyInAside(analysis: ArticleAnalysis, index: number, date: string): boolean {
  return everyMention(analysis, index, date, (at, _rule, s) => inAside(s, at));
}

/** The day or month a sentence names outside its asides, as a date mention's value, or null where it names none. */
function dateOutsideAsides(analysis: ArticleAnalysis, index: number): string | null {
  const s = analysis.sentences[index];
  if (!s) return null;
  const own = analysis.dates.find((d) => d.span[0] >= s.span[0] && d.span[1] <= s.span[1] && d.precision !== 'year' && !inAside(s, d.span[0] - s.span[0]));
  return own?.value ?? null;
}

/** Whether a sentence is a quotation and its cue, and every mention of `date` follows the quotation's closing mark. */
function datedOnlyBySpeech(analysis: ArticleAnalysis, index: number, date: string): boolean {
  return everyMention(analysis, index, date, (at, _rule, s) => {
    const close = Math.max(s.text.lastIndexOf('”'), s.text.lastIndexOf('"'));
    return /^["“]/.test(s.text) && close > 0 && at > close;
  });
}

/** Whether every mention of `date` in a sentence is a casual day ("today", "tomorrow") inside a quotation. */
function datedOnlyInQuotedCasual(analysis: ArticleAnalysis, index: number, date: string): boolean {
  return everyMention(analysis, index, date, (at, rule, s) => {
    const before = s.text.slice(0, at);
    return rule.startsWith('date/casual-') && ((before.match(/"/g)?.length ?? 0) % 2 === 1 || (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0));
  });
}

/**
 * The date a claim's own text gives it: its time where the sentence dates it; for an article's count of the victims
 * it told one by one, which holds as of publication, the day or month the count's sentence names outside its asides
 * ("A 2-year-old boy was shot and killed at a home in Fairplay on Nov. 13" is an event of Nov. 13).
 */
function textDate(analysis: ArticleAnalysis, claim: Claim): string | null {
  if (claim.time.value && TEXT_DATED.has(claim.time.rule)) return claim.time.value;
  if (claim.predicate.rule === 'predicate/victim-cue' && claim.time.rule === 'time/published') return dateOutsideAsides(analysis, claim.sentenceIndex);
  return null;
}

/**
 * One entry per (date, predicate family, subject) across the story; the earliest article's
 * sentence tells it and every article that tells the same event is cited.
 */
export function buildTimeline(articles: readonly LinkArticle[]): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry & { order: string }>();
  const byText = new Map<string, { article: string; entry: TimelineEntry & { order: string } }>();
  const ordered = [...articles].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id));
  for (const article of ordered) {
    const { analysis } = article;
    // One date per sentence: the most precise any of its claims reads ("ordered held without bond Monday ... two months
    // ago" is an event of Monday, not of two months before and of Monday both).
    const best = new Map<number, string>();
    for (const claim of analysis.claims) {
      const date = textDate(analysis, claim);
      if (!date) continue;
      const held = best.get(claim.sentenceIndex);
      if (held === undefined || date.length > held.length) best.set(claim.sentenceIndex, date);
    }
    for (const claim of analysis.claims) {
      let date = textDate(analysis, claim);
      if (!date || best.get(claim.sentenceIndex) !== date) continue;
      // An embedded post's date is when it was posted, and its words are a widget's, as a player's are; a caption with no
      // credit tells a scene its photo shows ("Firefighters carry a stretcher outside the bar on Friday night"): no event
      // of the story's.
      // A credited wire caption dates the event the agency's photo is of ("..., Oct. 17, in this photo provided by KCNA").
      if (inEmbeddedPost(analysis, claim.sentenceIndex) || uncreditedCaption(analysis, claim.sentenceIndex)) continue;
      // A teaser the page cut short ("David Conley appears in court in Houston, Monday, Aug. 10, 2015....") tells no whole event.
      const line = analysis.sentences[claim.sentenceIndex]?.text ?? '';
      // Nor does the tail of a quotation opened in the sentence before.
      if (isCutShort(line) || isUnended(line) || isFurniture(line) || isQuoteTail(line)) continue;
      // "The officers — who were responding to reports of retaliation following a shooting Saturday night — first
      // approached the man", "Amiyah Bice, who turned two on Sunday, died Tuesday": a day told only inside an aside dates
      // what the aside tells; the sentence takes the day it names outside its asides, or none.
      if (datedOnlyInAside(analysis, claim.sentenceIndex, date)) {
        const own = dateOutsideAsides(analysis, claim.sentenceIndex);
        if (own === null) continue;
        date = own;
      }
      // '"We are going to figure this out," the chief said Thursday.': the day a quotation was spoken is no event.
      if (datedOnlyBySpeech(analysis, claim.sentenceIndex, date)) continue;
      // '"Before I got shot I was talking about what I was going to do tomorrow," said David Garcia': "today" or "tomorrow"
      // inside a quotation counts from when the words were spoken, which the page does not tell.
      if (datedOnlyInQuotedCasual(analysis, claim.sentenceIndex, date)) continue;
      const precision = precisionOf(date);
      if (precision === 'year') continue;
      const family = defaultClaimLexicon.families.get(claim.predicate.value) ?? claim.predicate.value;
      const key = `${date}|${family}|${entityKey(claim.subject.value).split(' ').slice(-1)[0] ?? ''}`;
      const existing = entries.get(key);
      if (existing) {
        if (!existing.articleIds.includes(article.id)) existing.articleIds.push(article.id);
        continue;
      }
      const sentence = withoutDateline(analysis.text.slice(claim.sentence[0], claim.sentence[1]).replace(/\s+/g, ' ').trim());
      // A sentence an earlier article already told is the same event, whatever day its "on Friday" reads from a later
      // copy's publication date (a page updated or reprinted weeks on): the earliest telling dates it.
      const told = byText.get(sentence);
      if (told && told.article !== article.id) {
        if (!told.entry.articleIds.includes(article.id)) told.entry.articleIds.push(article.id);
        continue;
      }
      const entry = {
        date,
        precision,
        event: sentence.length > MAX_EVENT_CHARS ? `${sentence.slice(0, MAX_EVENT_CHARS - 1)}…` : sentence,
        articleIds: [article.id],
        // A month or a year told alone opens its span, before the days within it ("earlier this month" before Nov. 13):
        // the space sorts before the hyphen of a longer date.
        order: `${date} ${key}`,
      };
      entries.set(key, entry);
      if (!told) byText.set(sentence, { article: article.id, entry });
    }
  }
  // The same sentence can hold several claims of one date: keep one entry per date and sentence.
  const seen = new Set<string>();
  const out: TimelineEntry[] = [];
  for (const e of [...entries.values()].sort((a, b) => a.order.localeCompare(b.order))) {
    const k = `${e.date}|${e.event}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ date: e.date, precision: e.precision, event: e.event, articleIds: e.articleIds.sort() });
  }
  return out;
}
