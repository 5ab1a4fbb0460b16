// What identifies the event an article reports: when (resolved from the text), where (city and state), who (names),
// what (trigger words and content terms), how many (the figures), read from the article's own text.
import { contentTerms, fold, properNounKeys, tokens, WordForms } from './text-features.js';

export type Vec = Map<string, number>;

/** The event profile of one article; every part is fixed once computed, whatever else is in the store. */
export interface EventProfile {
  /** Content terms (unit length, before IDF), the title's counted again. */
  terms: Vec;
  /** Title content terms (unit length), empty without a title. */
  title: Vec;
  /** Content terms of the lead (first 400 characters of the text): where a report says what happened. */
  lead: Vec;
  /** Proper-noun keys (unit length). */
  names: Vec;
  /** Numbers stated, as folded `#n` terms (years left out). */
  numbers: string[];
  /** Years stated (1900-2099). */
  years: string[];
  /** Event trigger words (folded). */
  triggers: string[];
  /** Cities or counties named with their state, or in a dateline (lower case). */
  cities: string[];
  /** US states and countries named (lower case, full names). */
  regions: string[];
  /** The event's day (days since the epoch) resolved from the text, or null. */
  eventDay: number | null;
  /** The publication day, or null. */
  publishedDay: number | null;
  /** Days named by explicit dates anywhere in the text ("Feb. 6", "March 4, 2009"), resolved against the publication day
   *  (a date without a year the latest such day at most a month after it, see `dayOfMonthDay`; page stamps left out): what a later
   *  report says the event's day was. */
  statedDays: number[];
  /** Days named by weekday ("Saturday's shooting", "on Tuesday"), each the latest such day on or before publication
   *  ("next Monday" left out; empty without a publication day): what a report days later calls the event's day. */
  weekdayDays: number[];
  /** People the text names with their age ("Darnell Moore, 22") or as identified ("identified as Darnell Moore"), as
   *  "last|first" keys (lower case, middle initials left out): the victims and suspects a later report names again. */
  persons: string[];
  /** The street blocks the text places things on ("the 3200 block of West Congress"), as `<street>:<block number>` keys
   *  (see `streetBlocks`): the scene. */
  blocks: string[];
  outlet: string | null;
}

const DAY = 86_400_000;

const TRIGGERS = new Set(
  `shoot shot shooting gunfire gunman gunshot fire fired kill killed killing dead death die died wound wounded injure injured
  injury hurt stab stabbed stabbing murder murdered homicide manslaughter suicide arrest arrested charge charged robbery rob robbed
  carjack carjacking burglary home invasion accidental accidentally domestic standoff police officer deputy trooper
  crash collide collision earthquake quake tremor tsunami flood storm hurricane tornado explosion explode blast bomb bombing
  attack attacked hostage kidnap kidnapped rescue fire blaze wildfire plane jet helicopter train derail sink sank ship ferry
  resign resignation fired appoint appointed nominate nomination elect elected election vote win won acquire acquisition buy
  merger deal sue lawsuit verdict sentence sentenced convict convicted trial rehab overdose launch released release recall
  protest riot strike war invade invasion airstrike missile troops deploy ceasefire outbreak virus award prize`
    .split(/\s+/)
    .filter(Boolean)
    .map(fold),
);

const STATES: [string, string[]][] = [
  ['alabama', ['ala', 'al']], ['alaska', ['ak']], ['arizona', ['ariz', 'az']], ['arkansas', ['ark', 'ar']], ['california', ['calif', 'ca']],
  ['colorado', ['colo', 'co']], ['connecticut', ['conn', 'ct']], ['delaware', ['del', 'de']], ['florida', ['fla', 'fl']], ['georgia', ['ga']],
  ['hawaii', ['hi']], ['idaho', ['id']], ['illinois', ['ill', 'il']], ['indiana', ['ind', 'in']], ['iowa', ['ia']], ['kansas', ['kan', 'ks']],
  ['kentucky', ['ky']], ['louisiana', ['la']], ['maine', ['me']], ['maryland', ['md']], ['massachusetts', ['mass', 'ma']], ['michigan', ['mich', 'mi']],
  ['minnesota', ['minn', 'mn']], ['mississippi', ['miss', 'ms']], ['missouri', ['mo']], ['montana', ['mont', 'mt']], ['nebraska', ['neb', 'ne']],
  ['nevada', ['nev', 'nv']], ['new hampshire', ['nh', 'n.h']], ['new jersey', ['nj', 'n.j']], ['new mexico', ['nm', 'n.m']], ['new york', ['ny', 'n.y']],
  ['north carolina', ['nc', 'n.c']], ['north dakota', ['nd', 'n.d']], ['ohio', ['oh']], ['oklahoma', ['okla', 'ok']], ['oregon', ['ore', 'or']],
  ['pennsylvania', ['pa', 'penn']], ['rhode island', ['ri', 'r.i']], ['south carolina', ['sc', 's.c']], ['south dakota', ['sd', 's.d']],
  ['tennessee', ['tenn', 'tn']], ['texas', ['tex', 'tx']], ['utah', ['ut']], ['vermont', ['vt']], ['virginia', ['va']], ['washington', ['wash', 'wa']],
  ['west virginia', ['w.va', 'wv']], ['wisconsin', ['wis', 'wi']], ['wyoming', ['wyo', 'wy']], ['district of columbia', ['dc', 'd.c']],
];
/** Full state name by abbreviation (AP style and postal, lower case, no final dot). */
const STATE_BY_ABBREV = new Map<string, string>(STATES.flatMap(([name, abbrevs]) => abbrevs.map((a) => [a, name] as [string, string])));
const STATE_NAMES = new Set(STATES.map(([n]) => n));
const COUNTRIES = new Set(
  `afghanistan algeria argentina australia austria bangladesh belgium brazil canada chile china colombia cuba egypt england ethiopia
  france germany greece haiti india indonesia iran iraq ireland israel italy japan jordan kenya lebanon libya mexico morocco
  nepal netherlands nigeria norway pakistan peru philippines poland portugal russia scotland somalia spain sudan sweden switzerland
  syria taiwan thailand turkey uganda ukraine venezuela vietnam yemen zimbabwe`.split(/\s+/).filter(Boolean),
);

const cap = (s: string): string => s.replace(/(^|[ .])([a-z])/gu, (_m, a: string, b: string) => a + b.toUpperCase());
const STATE_ALT = STATES.map(([n]) => cap(n).replace(/ /gu, '\\s+')).join('|');
const ABBREV_ALT = [...STATE_BY_ABBREV.keys()]
  .filter((a) => a.length > 2 || a.includes('.'))
  .map((a) => cap(a).replace(/\./gu, '\\.') + '\\.?')
  .join('|');
/** "Puyallup, Wash." / "Manassas, Virginia" / "Dallas, TX": a place with its state. */
const CITY_STATE = new RegExp(
  `\\b((?:[A-Z][a-z]+|[A-Z]{2,})(?:\\s+(?:[A-Z][a-z]+|[A-Z]{2,})){0,2}),\\s+(${STATE_ALT}|${ABBREV_ALT}|[A-Z]{2})(?![a-z])`,
  'gu',
);
/** A dateline at the start of a line: "PUYALLUP, Wash. —" or "DALLAS (AP) —". */
const DATELINE = /^\s*([A-Z][A-Z .'-]{2,30}?)(?:,\s*[A-Z][A-Za-z. ]{1,20}?)?\s*(?:\([A-Za-z .]+\)\s*)?[—–-]{1,2}\s/mu;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE_CUE = /\b(yesterday|today|tonight|last night|this morning|(?:sun|mon|tues|wednes|thurs|fri|satur)day)\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?/giu;

/**
 * A page's own time stamp just before a date ("Updated at 11:13 a.m. Aug. 17", "Posted: Thursday, August 18, 2016",
 * "By Jo Lee | Published 5:19 PM CDT Aug 17"): when the page was written or changed, not a day the report tells of.
 * The stamp word is capitalised (a sentence's "police updated ... on Friday" is no stamp) and only a time, a zone and a
 * weekday may stand between it and the date.
 */
const STAMP_BEFORE = /\b(?:Last [Uu]pdated|Updated|UPDATED|Posted|POSTED|Published|PUBLISHED|Modified|Created)\b[:\s]*(?:(?:on|at)\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\b)?[,\s]*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*)?(?:(?:on|at)\s+)?$/u;

/** Whether the date cue at `index` is a page's time stamp (see `STAMP_BEFORE`). */
export function isStamp(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return STAMP_BEFORE.test(line);
}

/**
 * The event's day from the first date cue of the text, resolved against the publication day. Page stamps ("Updated
 * Aug. 17") and dates more than a day after publication (a hearing set, a vigil planned, a stamp of a later edit) are
 * passed over: a report tells of an event that has happened.
 */
export function eventDay(text: string, publishedDay: number | null): number | null {
  for (const m of text.slice(0, 3000).matchAll(DATE_CUE)) {
    if (isStamp(text, m.index!)) continue;
    if (m[1] !== undefined) {
      if (publishedDay === null) continue;
      const w = m[1].toLowerCase();
      if (w === 'yesterday' || w === 'last night') return publishedDay - 1;
      if (w === 'today' || w === 'tonight' || w === 'this morning') return publishedDay;
      const wd = WEEKDAYS.indexOf(w);
      if (wd < 0) continue;
      const pubWd = new Date(publishedDay * DAY).getUTCDay();
      return publishedDay - ((pubWd - wd + 7) % 7);
    }
    const month = MONTHS.indexOf(m[2]!.toLowerCase().slice(0, 3));
    const day = Number(m[3]);
    if (month < 0 || day < 1 || day > 31) continue;
    const d = dayOfMonthDay(month, day, m[4], publishedDay);
    if (d !== null && (publishedDay === null || d <= publishedDay + 1)) return d;
  }
  return null;
}

/** How far after publication a date without a year may fall and still be read ahead (a stamp of a later edit, a hearing
 *  set, a vigil planned); a date further on is the year before's, as reports mostly look back ("the Aug. 8 shooting" in
 *  May is last August's). */
export const DAYS_AHEAD = 31;

/**
 * The day of a month-and-day date: in its year when the text gives one; else, against the publication day, the latest
 * such day at most `DAYS_AHEAD` days after publication ("Aug. 17" on Aug. 15 is two days on, no longer the year before;
 * "Jan. 5" on Dec. 20 is next year's; "Dec. 30" on Jan. 3 and "Aug. 8" on May 2 are last year's); null without a year
 * or a publication date.
 */
export function dayOfMonthDay(month: number, day: number, written: string | undefined, publishedDay: number | null): number | null {
  if (written !== undefined) return Math.floor(Date.UTC(Number(written), month, day) / DAY);
  if (publishedDay === null) return null;
  const year = new Date(publishedDay * DAY).getUTCFullYear();
  for (const y of [year + 1, year, year - 1]) {
    const d = Math.floor(Date.UTC(y, month, day) / DAY);
    if (d <= publishedDay + DAYS_AHEAD) return d;
  }
  return Math.floor(Date.UTC(year - 1, month, day) / DAY);
}

const EXPLICIT_DATE = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?/gu;

/** Most explicit dates a profile keeps. */
export const MAX_STATED_DAYS = 8;

/** The distinct days named by explicit month-and-day dates in the text, in order of first mention (at most `MAX_STATED_DAYS`). */
export function statedDays(text: string, publishedDay: number | null): number[] {
  const out: number[] = [];
  for (const m of text.slice(0, 8000).matchAll(EXPLICIT_DATE)) {
    if (isStamp(text, m.index!)) continue;
    const month = MONTHS.indexOf(m[1]!.toLowerCase().slice(0, 3));
    const day = Number(m[2]);
    if (month < 0 || day < 1 || day > 31) continue;
    const d = dayOfMonthDay(month, day, m[3], publishedDay);
    if (d === null) continue;
    if (!out.includes(d)) out.push(d);
    if (out.length >= MAX_STATED_DAYS) break;
  }
  return out;
}

const WEEKDAY_MENTION = /\b(?:(next|this coming|last)\s+)?(sun|mon|tues|wednes|thurs|fri|satur)day\b/giu;

/** The distinct days named by weekday in the text, in order of first mention, each resolved to the latest such weekday on
 *  or before the publication day ("last Saturday" on a Saturday: the one before); "next Monday" names no past day. */
export function weekdayDays(text: string, publishedDay: number | null): number[] {
  if (publishedDay === null) return [];
  const out: number[] = [];
  const pubWd = new Date(publishedDay * DAY).getUTCDay();
  for (const m of text.slice(0, 8000).matchAll(WEEKDAY_MENTION)) {
    if (isStamp(text, m.index!)) continue;
    const cue = m[1]?.toLowerCase();
    if (cue !== undefined && cue !== 'last') continue;
    const wd = WEEKDAYS.indexOf(m[2]!.toLowerCase() + 'day');
    let d: number = publishedDay - ((pubWd - wd + 7) % 7);
    if (cue === 'last' && d === publishedDay) d -= 7;
    if (!out.includes(d)) out.push(d);
  }
  return out;
}

const PERSON_NAME = "[A-Z][a-z]+(?:\\s+[A-Z]\\.?)?(?:\\s+[A-Z][a-z'’-]+){1,2}";
const PERSON = new RegExp(
  `\\b(${PERSON_NAME}),\\s+(?:age\\s+|an?\\s+)?\\d{1,2}(?:\\b(?![,.]?\\d)|-year-old\\b)|\\bidentified (?:him |her |them |the (?:victim|man|woman|boy|girl|teen|suspect|shooter) )?as\\s+(?:(?:an?\\s+)?\\d{1,2}-year-old\\s+)?(${PERSON_NAME})`,
  'gu',
);

/** Most people a profile keeps. */
export const MAX_PERSONS = 8;

/** People named with their age or as identified, as "last|first" keys, in order of first mention (at most `MAX_PERSONS`). */
export function persons(text: string): string[] {
  const out: string[] = [];
  for (const m of text.slice(0, 8000).matchAll(PERSON)) {
    const words = (m[1] ?? m[2]!).toLowerCase().split(/\s+/u).filter((w) => !/^[a-z]\.?$/u.test(w));
    const key = `${words[words.length - 1]!.replace(/['’]s$/u, '')}|${words[0]!}`;
    if (!out.includes(key)) out.push(key);
    if (out.length >= MAX_PERSONS) break;
  }
  return out;
}

/** "the 3200 block of West Congress", "1400 block of S. Homan Ave.", "the 700 block of U.S. 69". */
const STREET_BLOCK = /\b(\d{1,5})\s+block\s+of\s+(?:the\s+)?(?:(?:N|S|E|W|North|South|East|West|Northeast|Northwest|Southeast|Southwest)\.?\s+)?(\d+(?:st|nd|rd|th)\b|[A-Z][A-Za-z'’.-]*)/gu;
const ORDINALS: Record<string, string> = { first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th', eighth: '8th', ninth: '9th', tenth: '10th' };
const ROAD_WORDS = new Set(['u', 'us', 'u.s', 'highway', 'hwy', 'state', 'county', 'interstate', 'route', 'farm', 'fm', 'sr', 'cr']);

/** The prefix a street block's key had when blocks were kept in a profile's persons list (`block:<street>:<number>`), as
 *  linker state saved then still holds them (see `profileParts`). */
export const LEGACY_BLOCK_PREFIX = 'block:';

/** Most street blocks a profile keeps. */
export const MAX_BLOCKS = 4;

/** The street blocks a text names, as `<first word of the street>:<number>` (numbered highways as "hwy"), in order. */
export function streetBlocks(text: string): string[] {
  const out: string[] = [];
  for (const m of text.slice(0, 8000).matchAll(STREET_BLOCK)) {
    let street = m[2]!.toLowerCase().replace(/[.'’-]+$/u, '');
    street = ORDINALS[street] ?? (ROAD_WORDS.has(street) ? 'hwy' : street);
    const key = `${street}:${m[1]!}`;
    if (!out.includes(key)) out.push(key);
    if (out.length >= MAX_BLOCKS) break;
  }
  return out;
}

function unit(counts: Map<string, number>, max: number): Vec {
  const entries = [...counts].map(([t, n]) => [t, 1 + Math.log(n)] as [string, number]);
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = entries.slice(0, max);
  const norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0));
  return new Map(norm > 0 ? kept.map(([t, w]) => [t, w / norm]) : []);
}

/** Places named with their state, in a dateline, and the states and countries named. */
export function places(text: string): { cities: string[]; regions: string[] } {
  const cities = new Set<string>();
  const regions = new Set<string>();
  const head = text.slice(0, 4000);
  const dl = DATELINE.exec(head);
  if (dl !== null && !/^(?:UPDATE|BREAKING|WATCH|VIDEO|PHOTOS?)$/u.test(dl[1]!.trim())) cities.add(dl[1]!.trim().toLowerCase());
  for (const m of head.matchAll(CITY_STATE)) {
    const raw = m[2]!.toLowerCase().replace(/\s+/gu, ' ').replace(/\.$/u, '');
    const state = STATE_NAMES.has(raw) ? raw : STATE_BY_ABBREV.get(raw);
    if (state === undefined) continue;
    regions.add(state);
    const city = m[1]!.toLowerCase().replace(/^(?:in|at|of|near|the)\s+/u, '');
    if (!STATE_NAMES.has(city)) cities.add(city);
  }
  const lower = head.toLowerCase();
  for (const s of STATE_NAMES) if (lower.includes(s)) regions.add(s);
  for (const w of lower.match(/\p{L}+/gu) ?? []) if (COUNTRIES.has(w)) regions.add(w);
  return { cities: [...cities], regions: [...regions] };
}

const NUMBER_WORD_VALUES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const NUMBER_WORDS = new RegExp(`\\b(${NUMBER_WORD_VALUES.join('|')})\\b`, 'giu');

/** Limits on what a profile keeps, so comparing two stays cheap. */
export const PROFILE_LIMITS = { terms: 120, names: 40, titleBoost: 2 };

/** The event profile of an article's (chrome-free) title and text. */
export function eventProfile(title: string | null, text: string, published: number | null, outlet: string | null): EventProfile {
  const toks = tokens(title === null ? text : `${title}\n${text}`);
  // The title's and the lead's words are the text's own: each word's forms made once for all four passes.
  const forms = new WordForms();
  const counts = contentTerms(toks, forms);
  const titleCounts = title === null ? new Map<string, number>() : contentTerms(tokens(title), forms);
  for (const [t, n] of titleCounts) counts.set(t, (counts.get(t) ?? 0) + n * (PROFILE_LIMITS.titleBoost - 1));
  const numbers: string[] = [];
  const years: string[] = [];
  const triggers: string[] = [];
  for (const t of counts.keys()) {
    if (/^#(?:19|20)\d\d$/u.test(t)) years.push(t);
    else if (t.startsWith('#')) numbers.push(t);
    else if (TRIGGERS.has(t)) triggers.push(t);
  }
  for (const m of text.slice(0, 3000).matchAll(NUMBER_WORDS)) numbers.push('#' + String(NUMBER_WORD_VALUES.indexOf(m[1]!.toLowerCase()) + 1));
  const publishedDay = published === null ? null : Math.floor(published / DAY);
  const p = places(title === null ? text : `${title}\n${text}`);
  return {
    terms: unit(counts, PROFILE_LIMITS.terms),
    title: unit(titleCounts, PROFILE_LIMITS.terms),
    lead: unit(contentTerms(tokens(text.slice(0, 400)), forms), PROFILE_LIMITS.terms),
    names: unit(properNounKeys(toks, forms), PROFILE_LIMITS.names),
    numbers: [...new Set(numbers)],
    years,
    triggers,
    cities: p.cities,
    regions: p.regions,
    eventDay: eventDay(text, publishedDay),
    publishedDay,
    statedDays: statedDays(text, publishedDay),
    weekdayDays: weekdayDays(text, publishedDay),
    persons: persons(text),
    blocks: streetBlocks(text),
    outlet,
  };
}
