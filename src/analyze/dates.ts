// Finds date expressions in article text and resolves them against the publication date (chrono-node plus news rules).
import * as chrono from 'chrono-node';
import type { DateMention, DatePrecision, Sentence, Span } from '../model/analysis.js';
import { rereadFromMonth } from '../model/dates.js';
import { splitSentences } from './sentences.js';

/** Tuned word lists for date finding; tuned on the example corpus and hand-written news sentences. */
export interface DateOptions {
  /** Words before a bare four-digit number that make it read as a year ("in 2023", "since 2023", "early 2025"). */
  yearContext: ReadonlySet<string>;
  /** Earliest and latest bare years accepted (news rarely names years outside this range). */
  yearRange: [number, number];
  /** Words after a bare four-digit number that make it a quantity, not a year ("2000 troops"). */
  quantityNouns: ReadonlySet<string>;
  /** Casual words chrono resolves to the reference instant that do not name a date. */
  ignoredCasual: ReadonlySet<string>;
}

export const defaultDateOptions: DateOptions = {
  // Prepositions and modifiers seen before years in the seeds and in NewsQuant sentences.
  yearContext: new Set(['in', 'since', 'by', 'until', 'till', 'from', 'through', 'of', 'early', 'late', 'mid',
    'before', 'after', 'during', 'year', 'around', 'between', 'throughout', 'circa', 'spring', 'summer', 'autumn',
    'fall', 'winter', 'fiscal', 'and', 'to']),
  yearRange: [1800, 2100],
  quantityNouns: new Set(['troops', 'soldiers', 'people', 'persons', 'men', 'women', 'units', 'times', 'shells',
    'missiles', 'rounds', 'km', 'kilometres', 'kilometers', 'miles', 'meters', 'metres', 'tons', 'tonnes', 'dollars',
    'won', 'euros', 'yen', 'rubles', 'percent', 'cases', 'deaths', 'casualties', 'votes', 'members', 'workers']),
  ignoredCasual: new Set(['now', 'right now', 'weekend', 'the weekend', 'this weekend', 'tonight', 'this evening',
    'this morning', 'this afternoon']),
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = /\b(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)(?:day|nesday|rsday|urday|sday)?\b/i;
const MONTH_WORD_RE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/i;

const pad = (n: number): string => String(n).padStart(2, '0');
const fmt = (y: number, m?: number, d?: number): string =>
  d !== undefined && m !== undefined ? `${y}-${pad(m)}-${pad(d)}` : m !== undefined ? `${y}-${pad(m)}` : String(y);

/** The publication day as a UTC noon instant, or null when `published` has no `YYYY-MM-DD` prefix. */
function referenceDay(published: string | null): Date | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : null;
}

/** Strips leading prepositions and trailing punctuation from a matched span. */
function tidy(text: string, start: number): { text: string; span: Span } {
  const lead = /^(?:(?:on|at|in|by|since|as at|as of|from|until|during)\s+)+/i.exec(text)?.[0].length ?? 0;
  const body = text.slice(lead).replace(/[\s,;:.]+$/, (m) => (/^\.$/.test(m) && /\b[A-Z][a-z]{2,3}\.$/.test(text) ? m : ''));
  return { text: body, span: [start + lead, start + lead + body.length] };
}

/**
 * Date mentions in `text`, resolved against `published` (`YYYY-MM-DD...` or null). A bare weekday is the most
 * recent such day on or before publication ("next Friday" is after it). Weeks and decades are skipped: the
 * precision type has no week or decade. Without a publication date only expressions with a written year are kept.
 */
export function findDates(
  text: string, published: string | null, opts: DateOptions = defaultDateOptions,
  /** `splitSentences(text)` when the caller has it already. */
  sentences: readonly Sentence[] = splitSentences(text),
): DateMention[] {
  const ref = referenceDay(published);
  const out: DateMention[] = [];
  for (const sentence of sentences) {
    const base = sentence.span[0];
    // "On Feb. 4, 18-year-old Joaquin Byrd ...": an age after a day and a comma is no year of it.
    const read = /old\b/i.test(sentence.text) ? sentence.text.replace(AGE_AFTER_DAY, '$1;') : sentence.text;
    const parse = (from: number) => chrono.en.parse(read.slice(from), { instant: ref ?? new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 }, { forwardDate: false }).map((r) => ({ r, at: from + r.index }));
    const results = parse(0).flatMap((x) => {
      const again = rereadFromMonth(x.r.text, sentence.text.slice(x.at + x.r.text.length, x.at + x.r.text.length + 4));
      return again === null ? [x] : parse(x.at + again).filter((y) => y.at < x.at + x.r.text.length).slice(0, 1);
    });
    const taken: Span[] = [];
    for (const { r, at } of results) {
      // "a Fourth of July party", "the July 4th fireworks": the holiday names an occasion; it dates nothing the sentence tells.
      if (/^(?:the\s+)?(?:fourth\s+of\s+july|july\s+(?:4(?:th)?|fourth))$/i.test(r.text.trim()) && OCCASION_AFTER.test(sentence.text.slice(at + r.text.length))) continue;
      // "the driver, Juan Palacios (12/09/1991), was taken into custody": a date in brackets right after a name, as a
      // police blotter writes one, is the person's birth date; it dates nothing the sentence tells.
      if (BIRTH_DATE_BEFORE.test(sentence.text.slice(Math.max(0, at - 40), at)) && /^\s*\)/.test(sentence.text.slice(at + r.text.length))) continue;
      let mention = fromChrono(r, base + at - r.index, ref, opts, sentence.text);
      // "on March 1 last year", "June 5 next year": a day told with the year it falls in, counted from the telling.
      const year = mention && mention.precision === 'day' && !r.start.isCertain('year') ? /^\s+(last|next)\s+year\b/i.exec(sentence.text.slice(at + r.text.length)) : null;
      if (mention && year && ref) {
        const y = ref.getUTCFullYear() + (year[1]!.toLowerCase() === 'last' ? -1 : 1);
        mention = { ...mention, value: `${y}${mention.value.slice(4)}`, rule: 'date/month-day-named-year' };
      }
      if (mention) {
        out.push(mention);
        taken.push([base + at, base + at + r.text.length]);
      }
    }
    out.push(...bareYears(sentence.text, base, taken, opts));
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** A day's number and the comma before an age written with "-year-old" ("Feb. 4, 18-year-old"); the comma is read as a stop. */
const AGE_AFTER_DAY = /(\b\d{1,2}),(?=\s*\d{1,3}[\s-]*(?:years?|months?|weeks?|days?)[\s-]*old\b)/gi;

/** A person's name and an opening bracket right before a date, maybe with "DOB" or "born": "Juan Palacios (", "John Doe (DOB ". */
const BIRTH_DATE_BEFORE = /\p{Lu}[\p{Ll}'’-]+\s+\(\s*(?:(?:DOB|D\.O\.B\.|born|b\.)\s*:?\s*)?$/u;

/** Nouns of an occasion a holiday names: "party", "celebration", "weekend", "fireworks", "parade", "cookout". */
const OCCASION_AFTER = /^\s+(?:block\s+)?(?:party|parties|celebrations?|weekend|holiday|fireworks|parade|cookout|barbecue|gathering|festivities|festival|picnic|bash)\b/i;

/** A harm told by its noun right before a weekday: "the gun scare on Monday", "the shooting Sunday". */
const HARM_NOUN_BEFORE = /\b(?:shooting|shootings|scare|attack|incident|killing|slaying|stabbing|crash|robbery|lockdown|standoff|fire|blaze|explosion|blast|quake|earthquake|death|murder|homicide|rampage)\s+(?:(?:early|late)\s+)?(?:on\s+)?$/i;

/** The first word of a named day right before its weekday: "Easter Sunday", "Good Friday", "Cyber Monday". */
const NAMED_DAY_BEFORE = /\b(?:Easter|Palm|Good|Black|Ash|Cyber|Super|Bowl|Bloody|Holy|Maundy|Fat|Giving)\s+$/u;

/** Words that put a date ahead of the telling ("will", "is set for", "scheduled", "next"). */
const FUTURE_CUE = /\b(?:will|would|shall|set for|set to|scheduled|expected|due|next|upcoming|coming up|plans?|planned|later this|begins?|starts?|opens?)\b|\b(?:is|are)\s+(?:to|going to)\b/i;
/** A deadline's word right before the date ("by March 1", "until June"): the date may lie ahead. Anywhere else in the
 * sentence it ties to no date ("he was shot ... Aug. 3 by his son"). */
const DEADLINE_BEFORE = /\b(?:until|till|(?<!-)by)\s+$/i;

/** The words of a sentence before a parsed date, with a deadline's word the parse took in ("by Aug. 3"). */
function leadOf(sentenceText: string, r: chrono.ParsedResult): string {
  return sentenceText.slice(0, r.index) + (/^(?:by|until|till)\s+/i.exec(r.text)?.[0] ?? '');
}

/**
 * Whether a month (and day) told without a year lies after the reference day in a sentence that
 * tells of the past ("a picture he posted in December", in an August article): that is last year's
 * December. A date a week or less ahead, or in a sentence that looks forward, keeps the year.
 */
function isLastYears(ref: Date, year: number, month: number, day: number | null, sentenceText: string, before: string): boolean {
  // `year` is the parser's guess: the reference's year, or the next where that lies nearer ("March 20" in October).
  const refMonth = ref.getUTCMonth() + 1;
  const ahead = day === null ? year * 12 + month > ref.getUTCFullYear() * 12 + refMonth : Date.UTC(year, month - 1, day) - ref.getTime() > 7 * 86_400_000;
  return ahead && !FUTURE_CUE.test(sentenceText) && !DEADLINE_BEFORE.test(before);
}

function fromChrono(r: chrono.ParsedResult, base: number, ref: Date | null, opts: DateOptions, sentenceText = ''): DateMention | null {
  const raw = r.text;
  const lower = raw.toLowerCase().replace(/^(?:on|at|in|by)\s+/, '').trim();
  const { text, span } = tidy(raw, base + r.index);
  const c = r.start;
  const mk = (value: string, precision: DatePrecision, relative: boolean, rule: string): DateMention | null =>
    relative && !ref ? null : { text, span, value, precision, relative, rule };
  if (opts.ignoredCasual.has(lower) || /\bweekend\b/.test(lower)) return null;
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  // Numeric dates: keep only those with a written year (no "24/7", "9/11" guesses).
  if (/^\d/.test(lower) && !/[a-z]/i.test(lower) && !c.isCertain('year')) return null;
  // "1/1000th of a second", "1/1500": a fraction, not a month of a year before the newspaper ("1000-01").
  if (/^\d/.test(lower) && !/[a-z]/i.test(lower) && year < 1800) return null;
  if (/\bweeks?\b|\bdecades?\b|\bcentur|\b(?:mins?|minutes?|hours?|hrs?|secs?|seconds?)\b/.test(lower)) return null;
  // "three days after she was born", "the day before the vote": a span counted from an event the sentence names, not from publication.
  if (/\b(?:days?|months?|years?)\s+(?:after|before)$/.test(lower)) return null;
  // "within 30 days", "in 10 days", "for six months", "after five days" (of a standoff): a span of time, no day it names.
  if (/^(?:within|in|for|after)\s/i.test(raw.trim()) && /\b(?:days?|months?|years?)$/i.test(raw.trim()) && !/\b(?:ago|past|last|next|this|previous|coming|earlier|later)\b/.test(lower)) return null;
  // "two days later", "a few days earlier": counted from an event the text tells, not from the telling; no day it names.
  if (/\b(?:later|earlier)$/.test(lower) && /\b(?:days?|months?|years?)\b/.test(lower)) return null;
  if (/\b(?:ago|past|last|next|this|previous|coming|earlier|later)\b/.test(lower) && /\b(?:days?|months?|years?)\b/.test(lower)) {
    // Relative units: "two days ago" (day), "last month" (month), "two years ago" / "this year" (year).
    if (/\bpast\b|\bcoming\b/.test(lower)) return null; // durations ("the past two months")
    // "in the last few months", "over the last two years": a span up to now, no day or month it names.
    if (/\blast\s+(?:few|several|couple(?:\s+of)?|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:days|weeks|months|years)\b/.test(lower)) return null;
    if (/\bdays?\b/.test(lower)) return mk(fmt(year, month, day), 'day', true, 'date/relative-days');
    if (/\bmonths?\b/.test(lower)) return mk(fmt(year, month), 'month', true, 'date/relative-month');
    return mk(fmt(year), 'year', true, 'date/relative-year');
  }
  if (/^(?:today|yesterday|tomorrow)$/.test(lower)) return mk(fmt(year, month, day), 'day', true, `date/casual-${lower}`);
  if (c.isCertain('day') && c.isCertain('month')) {
    if (!MONTH_WORD_RE.test(raw) && !c.isCertain('year')) return null;
    if (!capitalisedMonth(raw)) return null;
    const certainYear = c.isCertain('year');
    if (!certainYear && ref && isLastYears(ref, year, month, day, sentenceText, leadOf(sentenceText, r))) return mk(fmt(year - 1, month, day), 'day', true, 'date/month-day-last-year');
    return mk(fmt(year, month, day), 'day', !certainYear, certainYear ? 'date/absolute-day' : 'date/month-day-year-inferred');
  }
  if (c.isCertain('weekday') && !c.isCertain('month')) {
    const wd = c.get('weekday');
    if (wd === null || !ref) return null;
    const last = /\blast\b/i.test(raw);
    const next = /\bnext\b/i.test(raw);
    // "The tone may change after the gun scare on Monday": a weekday that dates a harm told by its noun is of the past,
    // whatever lies ahead in the sentence.
    // "Tuesday night's violence", "Tuesday's shooting": a weekday owning a harm names what has happened, in the past
    // ("Saturday's vigil will be held" may lie ahead).
    const owning = /^['’]s\s+(?:[\p{L}-]+\s+)?(?:shootings?|violence|attacks?|crash|killings?|slayings?|stabbings?|incident|murders?|homicides?|fire|explosion|standoff|robbery|deaths?|gunfire|rampage|massacre)\b/u.test(sentenceText.slice(r.index + raw.length));
    // "a disagreement that happened earlier Sunday": a weekday told as earlier is past.
    const earlier = /\bearlier\s+(?:on\s+|that\s+)?$/i.test(sentenceText.slice(0, r.index)) || /^earlier\b/i.test(raw);
    const ahead = !next && !last && !owning && !earlier && aheadOfTelling(sentenceText.slice(0, r.index)) && !HARM_NOUN_BEFORE.test(sentenceText.slice(0, r.index) + (/^on\s/i.test(r.text) ? 'on ' : ''));
    const named = WEEKDAY_RE.exec(raw);
    if (!named) return null;
    // "as he sat in his car", "in the sun", "they wed in May": a weekday's short form in lower case is another word.
    if (!/day$/i.test(named[0]) && !/^\p{Lu}/u.test(named[0])) return null;
    // "The Baltimore Sun", "the Chicago Sun-Times", "Sun Valley": a short form after a capitalised word or before a
    // hyphen or another capitalised word is part of a name.
    if (!/day$/i.test(named[0]) && (/\p{Lu}[\p{L}'’.-]*\s+$/u.test(sentenceText.slice(Math.max(0, r.index - 30), r.index + named.index)) || /^[-–]|^\s+\p{Lu}/u.test(sentenceText.slice(r.index + named.index + named[0].length)))) return null;
    // "an Easter Sunday shooting", "on Black Friday": a feast or a named day is no day of the telling's week.
    if (NAMED_DAY_BEFORE.test(sentenceText.slice(0, r.index))) return null;
    const d = resolveWeekday(ref, wd, next ? 'after' : ahead ? 'on-or-after' : last ? 'before' : 'on-or-before');
    return mk(fmt(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), 'day', true, next ? 'date/weekday-next' : ahead ? 'date/weekday-ahead' : 'date/weekday-past');
  }
  if (c.isCertain('month')) {
    if (!capitalisedMonth(raw) && !/\bmonth\b/.test(lower)) return null;
    // "43-year-old April Trent", "May Johnson said": a month that is also a first name, followed by a capitalised surname, is a person.
    if (!c.isCertain('year') && FIRST_NAME_MONTH.test(raw.trim()) && SURNAME_AFTER.test(sentenceText.slice(r.index + raw.length, r.index + raw.length + 30))) return null;
    // 'Michael Augustine "August" Bournes', '"(August) was always attentive"': a month word alone in quotes or brackets,
    // is a nickname, not a date.
    if (!c.isCertain('year') && FIRST_NAME_MONTH.test(raw.trim()) && (/[“"‘'(]\s*$/.test(sentenceText.slice(Math.max(0, r.index - 2), r.index)) && /^\s*[”"’')]/.test(sentenceText.slice(r.index + raw.length, r.index + raw.length + 2)))) return null;
    if (/\bmonth\b/.test(lower)) return mk(fmt(year, month), 'month', true, 'date/this-month');
    const certainYear = c.isCertain('year');
    if (!certainYear && ref && isLastYears(ref, year, month, null, sentenceText, leadOf(sentenceText, r))) return mk(fmt(year - 1, month), 'month', true, 'date/month-last-year');
    return mk(fmt(year, month), 'month', !certainYear, certainYear ? 'date/absolute-month' : 'date/month-year-inferred');
  }
  if (c.isCertain('year') || /\byear\b/.test(lower)) {
    if (/\byear\b/.test(lower)) return mk(fmt(year), 'year', true, 'date/relative-year');
    return mk(fmt(year), 'year', false, 'date/absolute-year');
  }
  return null;
}

/**
 * Whether the words before a weekday set it ahead of the telling: "He's due in court Monday", "will be arraigned
 * Tuesday", "a vigil is scheduled for Sunday", "is planned for Thursday"; not where a verb of saying stands between ("will face charges, police
 * said Monday": the saying's day).
 */
function aheadOfTelling(before: string): boolean {
  // "Up to 20 inches of rain could fall through Wednesday": a possibility ahead ("could", "may", "might"), not one that
  // could have been nor one that could not.
  const m = /\b(?:will|(?:could|may|might)(?!\s+(?:not|n['’]t|have|never)\b)|(?:due|scheduled|set|planned|slated)\s+(?:in|to|for|back)|(?:expected|going|plans?|planning)\s+to|(?:is|are)\s+(?:planning|holding|hosting|scheduling)\s+an?\b)\b(?![^.;]*\b(?:said|says|told|announced|reported|confirmed)\b)[^.;]*$/i.exec(before);
  // "he and the boy had planned to go deer hunting Sunday morning", "had been scheduled to": a plan told in the past
  // perfect was made before a day that may have passed; the plan alone sets nothing ahead.
  const pastPlan = m !== null && /^(?:scheduled|set|planned|slated|expected|going|plans?|planning)\b/i.test(m[0]) && /\bhad\s+(?:been\s+)?$/i.test(before.slice(0, m.index));
  // "there will not be any charges after a 9-year-old boy was shot in the head Tuesday night": a clause of the past
  // between the word that looks ahead and the weekday holds the weekday.
  const pastClause = m !== null && PAST_CLAUSE.test(m[0]);
  // "when students return to school on Monday", "classes resume Tuesday": a return or a reopening told in the present is ahead.
  return (m !== null && !pastPlan && !pastClause) || RESUMES_BEFORE.test(before) || SCHEDULED_IS_BEFORE.test(before) || FIXTURE_BEFORE.test(before);
}

/**
 * "The funeral for the little boy is Wednesday", "A vigil will be held ... The hearing is on Monday", "He is expected in
 * court Friday": a rite, a sitting or an appearance told in the present before a weekday is one to come.
 */
const SCHEDULED_IS_BEFORE = /\b(?:(?:funeral|memorial|vigil|visitation|wake|burial|service|services|hearing|arraignment|trial|sentencing|court\s+date|court\s+appearance)\b[^.;]{0,60}\b(?:is|are)\s+(?:on\s+)?|(?:is|are)\s+expected\s+(?:in|back\s+in)\s+court\s+(?:on\s+)?)$/i;

/** A clause told in the past after a word that looks ahead: "after a boy was shot", "since she had left". */
const PAST_CLAUSE = /\b(?:after|when|since|because|before|where|as|who|which|that)\b[^.;,]*\b(?:was|were|had)\b/i;

/** A present-tense return, reopening or resumption right before a weekday. */
const RESUMES_BEFORE = /\b(?:returns?|reopens?|resumes?)\s+(?:to\s+(?:school|class(?:es)?|work|campus|the\s+\w+)\s+)?(?:on\s+)?$/i;

/**
 * "The Hawks play Wednesday at Milwaukee", "Denver hosts Boston on Friday", "the teams meet again Sunday": a side's game
 * told in the present before a weekday is its next one (not the noun: "shot in the face Sunday night").
 */
const FIXTURE_BEFORE = /(?<!\b(?:the|a|an|his|her|their|its|my|our|your|in|of|to)\s+)\b(?:play|plays|host|hosts|visit|visits|face|faces|meet|meets)(?:\s+(?:at|against))?(?:\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*){0,3}(?:\s+again)?\s+(?:on\s+)?$/u;

/** Months that are also first names. */
const FIRST_NAME_MONTH = /^(?:in\s+|on\s+)?(?:April|May|June|August)$/;
/** A capitalised word after the month that is no date word: a surname ("April Trent"). */
const SURNAME_AFTER = /^\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Day|The|A|An|In|On|At|Police|Officials|Authorities)\b)\p{Lu}[\p{Ll}'’-]+(?:\s*[,(]|\s+(?:\(|said|says|told|was|is|who|and|\p{Lu}))/u;

/** Month names must be capitalised ("may supply" and "march in" are verbs). */
function capitalisedMonth(raw: string): boolean {
  const m = MONTH_WORD_RE.exec(raw);
  if (!m) return true;
  return /^[A-Z]/.test(m[0]) && MONTHS.some((name) => name.startsWith(m[1]!.toLowerCase()));
}

/** The date of weekday `wd` (0 = Sunday) relative to `ref`. */
function resolveWeekday(ref: Date, wd: number, mode: 'after' | 'on-or-after' | 'before' | 'on-or-before'): Date {
  const cur = ref.getUTCDay();
  let delta: number;
  if (mode === 'after') delta = ((wd - cur + 7) % 7) || 7;
  else if (mode === 'on-or-after') delta = (wd - cur + 7) % 7;
  else {
    delta = -((cur - wd + 7) % 7);
    if (mode === 'before' && delta === 0) delta = -7;
  }
  return new Date(ref.getTime() + delta * 86_400_000);
}

/**
 * What follows a street number that could be read as a year: "the 1900 block of Main Street", "1803 Tahiti Lane",
 * "2000 N. Elm St.". Matched on the text right after the four digits.
 */
export const ADDRESS_NUMBER_AFTER = /^\s+(?:block\b|(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Circle|Cir|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Pike)\b)/u;

const BARE_YEAR_RE = /(?<![\p{L}\p{N}$€£¥₩,.\-\/#])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}%'\u2019]|[.,]\d|\s*-\s*(?:year|strong|member))/gu;

/** Four-digit years chrono misses ("in 2023", "since 2023", "early 2025"), when a year-context word precedes them. */
function bareYears(sentence: string, base: number, taken: Span[], opts: DateOptions): DateMention[] {
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(BARE_YEAR_RE)) {
    const s = base + m.index!;
    const e = s + m[0].length;
    if (taken.some(([ts, te]) => s < te && e > ts)) continue;
    const y = Number(m[1]);
    if (y < opts.yearRange[0] || y > opts.yearRange[1]) continue;
    const before = /([\p{L}]+)[\s-]*$/u.exec(sentence.slice(Math.max(0, m.index! - 20), m.index!))?.[1]?.toLowerCase();
    const after = /^\s*([\p{L}]+)/u.exec(sentence.slice(m.index! + 4, m.index! + 24))?.[1]?.toLowerCase();
    if (after && opts.quantityNouns.has(after)) continue;
    // "in front of 1861 Corning Avenue": a street number, no year.
    if (ADDRESS_NUMBER_AFTER.test(sentence.slice(m.index! + 4))) continue;
    const prevYear = /(1[89]\d\d|20\d\d)\s*(?:-|–|to|and)\s*$/.test(sentence.slice(Math.max(0, m.index! - 12), m.index!));
    if (!(before && opts.yearContext.has(before)) && !prevYear) continue;
    if ((before === 'and' || before === 'to') && !prevYear) continue;
    if (WEEKDAYS.includes(before ?? '')) continue;
    out.push({ text: m[0], span: [s, e], value: m[0], precision: 'year', relative: false, rule: 'date/year-context' });
  }
  return out;
}
