// Whether a speaker's written name names someone, describes a source, or is a fragment: pronoun-led roles resolved to the person the text names, clauses cut, common words and datelines told apart from names.

import { BoundedCache } from './bounded-cache.js';
import { matchesIn, runsHolding, runsOf } from './text-runs.js';

/** Lower-case and capitalised (not sentence-initial) counts of each word form in a story's text. */
export type WordCase = ReadonlyMap<string, readonly [number, number]>;

/** Counts, over the texts, each word form written lower-case and written capitalised where no sentence starts. */
export function storyWordCase(texts: readonly string[]): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const t of texts) {
    const re = /(^|[.!?:"“]\s+|\n\s*|\s|\()(\p{L}[\p{L}'’-]*)/gu;
    const headlines = titleCaseLines(t);
    // The headlines are in text order, as the words are: one pointer walks them.
    let h = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      // The word less a possessive "'s" (/['’]s$/), and whether it opens lower-case (/^\p{Ll}/u), read from its codes.
      const word = m[2];
      const n = word.length;
      const w = n >= 2 && word.charCodeAt(n - 1) === 0x73 && (word.charCodeAt(n - 2) === 0x27 || word.charCodeAt(n - 2) === 0x2019) ? word.slice(0, n - 2) : word;
      const first = w.charCodeAt(0);
      const lowerFirst = first < 0x80 ? first >= 0x61 && first <= 0x7a : /^\p{Ll}/u.test(w);
      while (h < headlines.length && headlines[h][1] <= m.index) h++;
      // What opens a sentence: the text's start, a stop or a colon and blanks, or a line break and blanks (the only
      // openings of more than one character; of one character only a line break is one). "Grisly Killing Shocks Quiet
      // Town": a headline in title case capitalises every word; that tells no name.
      const initial = m.index === 0 || m[1].length > 1 || m[1] === '\n' || (h < headlines.length && m.index >= headlines[h][0]);
      const k = w.toLowerCase();
      let c = counts.get(k);
      if (c === undefined) {
        c = [0, 0];
        counts.set(k, c);
      }
      if (lowerFirst) c[0]++;
      else if (!initial) c[1]++;
    }
  }
  return counts;
}

const LINE_WORD = /\p{L}[\p{L}'’-]*/gu;

/** The spans of a text's lines written in title case: four words or more, every word of four letters or more capitalised. */
export function titleCaseLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    // The words of four letters or more, read until one is not capitalised (a line of running text is passed over at its
    // first such word).
    let words = 0;
    let long = 0;
    let capitalised = true;
    LINE_WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LINE_WORD.exec(line))) {
      words++;
      if (m[0].length < 4) continue;
      long++;
      const first = m[0].charCodeAt(0);
      if (first < 0x80 ? !(first >= 0x41 && first <= 0x5a) : !/^\p{Lu}/u.test(m[0])) {
        capitalised = false;
        break;
      }
    }
    if (capitalised && words >= 4 && long >= 3 && !/[.!?]["”]?\s*$/u.test(line.trim())) out.push([at, at + line.length]);
    at += line.length + 1;
  }
  return out;
}

/** What a speaker's name is: a name (possibly rewritten), a described source (lower-case, no name), or nothing. */
export type SpeakerNameVerdict = { kind: 'name'; name: string } | { kind: 'described'; name: string } | { kind: 'none' };

/** Nouns of a body or party that may stand as a speaker though common words ("Police", "Officials", "Witnesses"). */
const BODY = /\b(?:police|officials?|authorit(?:y|ies)|investigators?|witness(?:es)?|spokes(?:wo)?man|spokesperson|sheriff|deput(?:y|ies)|prosecutors?|attorneys?|agency|ministry|service|department|dept|office|bureau|patrol|government|military|army|officers?|coroner|examiner|medical|residents?|neighbou?rs?|family|relatives|doctors?|hospital|firefighters|troopers?|agents?|court|chief|captain|lieutenant|sergeant|detectives?|mayor|governor|president|minister|city|county|state|school|district|university|college|church|company|news|media|fbi|atf|intelligence|experts?|analysts?|survey|poll|organi[sz]ers?|promoters?|unions?)\b/i;
/** Possessive pronouns that open a role ("His wife", "Their parents"). */
const POSSESSIVE = /^(?:his|her|their|our|my|your|its)\s+(.+)$/i;
/** Pronouns and demonstratives that open no name and no description of a party ("It", "These concerns"). */
const PRONOUN = /^(?:he|she|it|they|we|i|you|me|him|them|us|these|those|this|that|such|there|here|it['’]s|what|which|who|whom)$/i;
/** Words that open a quantity or an indefinite party ("One witness", "Anyone with information", "Both men"). */
const INDEFINITE = /^(?:anyone|anybody|someone|somebody|another|one|both|none|no|nobody|neither|either|several|some|many|most|all|each|every|everyone|everybody|few|other|others|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|numerous|multiple|various)$/i;
/** Words that open an adverbial, a preposition or a negation, never a name ("Following the gunshots", "Under questioning"). */
const NOT_OPENING = /^(?:following|upon|after|before|earlier|later|finally|under|without|with|not|never|see|according|when|while|during|since|until|although|though|however|meanwhile|despite|if|because|then|also|just|only|even|still|now|again|instead|rather|yet|so|but|and|or|in|on|at|by|from|for|to|of|into|as|where|what|how|why|there|here|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/i;
/** A relative pronoun after the first word: a described party ("People who knew him", "Neighbors who didn't want to ..."). */
const RELATIVE = /^(?:who|whom|whose|which|that|where)$/i;
/** Finite verbs and auxiliaries after the first word: a clause, not a name ("Calloway pulled out a revolver"). */
const FINITE = /^(?:is|are|was|were|has|have|had|(?:is|are|was|were|has|have|had|do|does|did|wo|would|could|ca)n['’]t|will|would|could|remains?|want|wants|wanted|know|knew|knows|pulled|shot|shoots|marched|sent|set|filed|released|revealed|found|showed|took|got|went|came|made|admitted|accidentally|apparently|allegedly|reportedly)$/i;
/** Verbs of saying the tagger may take into a speaker ("Police say the suspect", "Her family says doctors"). */
const SAYING = /\s+(?:say|says|said|tell|tells|told|claim|claims|add|adds|added)\b.*$/i;
/**
 * Where the words of saying open in a written speaker ("Police say the suspect": before " say"), or -1. A capitalised word
 * of saying right after a capitalised given name, with nothing, an apposition or a verb of saying after it, is the rest of the name
 * ("Omar Tell said", "Jo Claims"): a surname that is also a word, never cut. A given name is a word the story never
 * writes in lower case; a body ("Police Say") is written so.
 */
/** A described speaker who says what they are: "A man who said he is a relative of the woman". */
const SAID_TO_BE = /^(?:an?|one|the)\s+(?:man|woman|person|resident|neighbou?r|witness)\s+(?:who|that)\s+(?:said|says|identified\s+(?:himself|herself)\s+as)\s+(?:(?:he|she)\s+(?:is|was)\s+)?((?:an?|the)\s+(?:\S+\s+){0,6}?\S+)$/i;

function sayingCut(n: string, cases: WordCase | undefined): number {
  const re = new RegExp(SAYING.source.replace(/\.\*\$$/, ''), 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(n))) {
    if (m.index === 0) continue;
    const word = m[0].trim();
    const before = /(?:^|\s)(\p{Lu}[\p{Ll}'’-]+)$/u.exec(n.slice(0, m.index))?.[1];
    const rest = n.slice(m.index + m[0].length);
    const c = before ? cases?.get(before.toLowerCase()) : undefined;
    const given = before !== undefined && !BODY.test(before) && !PRONOUN.test(before) && !NOT_OPENING.test(before) && !INDEFINITE.test(before) && (c === undefined || c[0] === 0);
    if (/^\p{Lu}\p{Ll}+$/u.test(word) && given && /^,/.test(rest)) return m.index + m[0].length;
    if (/^\p{Lu}\p{Ll}+$/u.test(word) && given && /^(?:\s+(?:say|says|said|told|tells|added|adds|claimed|claims)\b.*)?$/i.test(rest)) continue;
    return m.index;
  }
  return -1;
}

/** A role's naming in the text ("his aunt Marilyn Cannon", "Jane Doe, her sister"): its possessor and a full name. */
const POSSESSOR = String.raw`(?:his|her|their|the\s+\p{Ll}+['’]s|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s?)`;
const FULL_NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What follows the place of a dateline: a state or a country, an agency, a dash and a blank. */
const DATELINE_AFTER = String.raw`(?:,[ \t]+\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?)?[ \t]*(?:\(\p{Lu}[\p{L}.]*\)[ \t]*)?(?:—|–|-{1,2})[ \t]`;
const DATELINE_AFTER_NAME = new RegExp(DATELINE_AFTER, 'iuy');

/** The pattern of a line opened by `name` as a dateline ("DALLAS -", "Dallas, Texas (AP) --"). */
function datelinePattern(name: string): RegExp {
  return datelinePatterns.get(name, (n) => new RegExp(String.raw`(?:^|\n)[ \t]*${escape(n)}${DATELINE_AFTER}`, 'iu'));
}
// Made once per name: making such a pattern (case-insensitive letter classes) costs far more than matching it.
const datelinePatterns = new BoundedCache<string, RegExp>(1024);

/** The lines of a text that hold a dash followed by a blank, the only lines a dateline can be written on (see DatelineLines); kept for the last texts asked. */
function dashLines(text: string): DatelineLines {
  return dashLineCache.get(text, (t) => datelineLines(/[—–-][ \t]/.test(t) ? t.split('\n').filter((line) => /[—–-][ \t]/.test(line)) : []));
}
const dashLineCache = new BoundedCache<string, DatelineLines>(256);

/**
 * Whether a line of the text opens with `name` as a dateline (`datelinePattern`). A match lies within one line (nothing
 * in the pattern crosses a newline) and ends in a dash and a blank, so only such lines are tried; and a name of ASCII
 * characters only must open the line, after blanks, in the same letters less case (case-insensitive matching lets only
 * "ſ" and the Kelvin sign stand for an ASCII letter), so other lines are passed over without the pattern.
 */
function opensDateline(text: string, name: string): boolean {
  return inText(text, `d\u0000${name}`, () => opensDatelineUncached(text, name));
}

function opensDatelineUncached(text: string, name: string): boolean {
  return opensOneOf(dashLines(text), name);
}

/** Whether one of the lines opens with `name` as a dateline, trying only the lines it can open (see DatelineLines). */
function opensOneOf(lines: DatelineLines, name: string): boolean {
  if (lines.all.length === 0) return false;
  const ascii = plainCase(name);
  const lower = name.toLowerCase();
  const tried = ascii && name.length >= 4 && !/^[ \t]/.test(name) ? lines.byOpening.get(lower.slice(0, 4)) ?? [] : lines.all;
  return tried.some((line) => lineOpensDateline(line, name, ascii, lower));
}

/**
 * Whether a name is of ASCII characters and caseless marks only (no letter, mark or digit, the same in both cases, as
 * "’" and "·"): case-insensitive matching lets only "ſ" and the Kelvin sign stand for its ASCII letters and nothing
 * but itself for a caseless mark, so it is found by its letters less case, with no pattern made for it.
 */
function plainCase(name: string): boolean {
  if (/^[\x00-\x7f]*$/.test(name)) return true;
  for (const c of name) if (c > '\x7f' && (c.toLowerCase() !== c || c.toUpperCase() !== c || /[\p{L}\p{M}\p{N}]/u.test(c))) return false;
  return true;
}

/** Whether one line of `dashLines` opens with `name` as a dateline; `ascii` (`plainCase`) and `lower` are of the name. */
function lineOpensDateline(line: string, name: string, ascii: boolean, lower: string): boolean {
  if (ascii) {
    let p = 0;
    while (p < line.length && (line[p] === ' ' || line[p] === '\t')) p++;
    if (line.length - p < name.length) return false;
    const opening = line.slice(p, p + name.length).replace(/\u017f/g, 's').replace(/\u212a/g, 'k');
    if (opening.toLowerCase() !== lower) return false;
    // The name is written at the line's opening, after its blanks (a name opening with no blank can be matched nowhere
    // else): what may follow it is tried there, with a pattern made once for all names.
    if (!/^[ \t]/.test(name)) {
      DATELINE_AFTER_NAME.lastIndex = p + name.length;
      return DATELINE_AFTER_NAME.test(line);
    }
  }
  return datelinePattern(name).test(line);
}

/**
 * Lines a dateline can be written on (`dashLines`), all of them and by their opening: the first four characters after
 * the line's blanks, "ſ" and the Kelvin sign read as "s" and "k", less case. An ASCII name of four characters or more,
 * opening with no blank, can open only the lines of its own first four characters less case.
 */
interface DatelineLines {
  all: string[];
  byOpening: Map<string, string[]>;
}

function datelineLines(lines: string[]): DatelineLines {
  const index: DatelineLines = { all: lines, byOpening: new Map() };
  for (const line of lines) {
    let p = 0;
    while (p < line.length && (line[p] === ' ' || line[p] === '\t')) p++;
    const key = line.slice(p, p + 4).replace(/\u017f/g, 's').replace(/\u212a/g, 'k').toLowerCase();
    const list = index.byOpening.get(key);
    if (list) list.push(line);
    else index.byOpening.set(key, [line]);
  }
  return index;
}

/** Whether a line of any of the texts opens with `name` as a dateline (`opensDateline`), from the texts' lines read once. */
function opensDatelineInAny(texts: readonly string[], name: string): boolean {
  if (texts.length <= 1) return texts.some((t) => opensDateline(t, name));
  let lines = storyDatelineLines.get(texts);
  if (lines === undefined) storyDatelineLines.set(texts, (lines = datelineLines(texts.flatMap((t) => dashLines(t).all))));
  return opensOneOf(lines, name);
}
// A story's texts asked of many names (its bodies): their lines are read once while the texts live.
const storyDatelineLines = new WeakMap<readonly string[], DatelineLines>();

/** Lower-cases a description's first letter ("His wife" -> "his wife"), so that it reads as no name. */
function described(s: string): SpeakerNameVerdict {
  return { kind: 'described', name: s.charAt(0).toLowerCase() + s.slice(1) };
}

/** The one full name the text gives a role ("wife" of "His wife": "his wife, Jane Doe", "Jane Doe, his wife"), or null. */
export function roleHolder(role: string, text: string): string | null {
  return inText(text, `r\u0000${role}`, () => roleHolderUncached(role, text));
}

/** `roleHolder` with the patterns tried in every run that holds the role's word (kept to check the reading of `possessedAt` against). */
export function roleHolderInEveryRun(role: string, text: string): string | null {
  return roleHolderUncached(role, text, true);
}

function roleHolderUncached(role: string, text: string, everyRun = false): string | null {
  const head = role.trim().split(/\s+/).pop()?.replace(/[^\p{L}-]/gu, '') ?? '';
  if (head.length < 3 || !/^\p{Ll}/u.test(head)) return null;
  const names = new Map<string, string>();
  // Both patterns hold the role's word after a possessor and lie within one run of text-runs.ts: they are tried in the
  // runs that write the word so (`everyRun`: in every run that holds the word, to check that reading against).
  // The pattern of a name after the role also needs blanks and a capital right after the word (a comma between or not).
  const holding = runsHolding(text, runsOf(text), head);
  const holds = (nameAfter: boolean) => ([start, end]: [number, number]): boolean => {
    for (let at = text.indexOf(head, start); at >= 0 && at + head.length <= end; at = text.indexOf(head, at + 1)) {
      if (possessedAt(text, start, at) && (!nameAfter || capitalAfterBlanks(text, at + head.length))) return true;
    }
    return false;
  };
  const [nameAfter, nameBefore] = rolePatterns(head);
  const tried: [RegExp, [number, number][]][] = [[nameAfter, everyRun ? holding : holding.filter(holds(true))], [nameBefore, everyRun ? holding : holding.filter(holds(false))]];
  for (const [re, runs] of tried) {
    for (const m of matchesIn(text, runs, re)) {
      const n = m[1].replace(/['’]s$/, '');
      // A name must end in a capitalised word that the text does not write lower-case here ("Marilyn Cannon said").
      names.set(n.toLowerCase(), n);
    }
  }
  return names.size === 1 ? [...names.values()][0] : null;
}

/** Whether each code unit below 0x10000 is a blank of `\s` (1), a lower-case letter of `\p{Ll}` or a hyphen (2), or neither (3); 0: not yet read. */
const BLANK_OR_LOWER = new Uint8Array(0x10000);

function blankOrLower(code: number): number {
  let known = BLANK_OR_LOWER[code];
  if (known === 0) {
    // A surrogate may be half of a lower-case letter: it counts as one here (see `possessedAt`).
    const c = String.fromCharCode(code);
    known = /^\s$/u.test(c) ? 1 : code === 0x2d || /^\p{Ll}$/u.test(c) || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
    BLANK_OR_LOWER[code] = known;
  }
  return known;
}

/** Whether the text ends at `k` (inclusive, not before `start`) with the last letters of a possessor: "his", "her", "their", "'", "’", "'s", "’s". */
function endsPossessor(text: string, start: number, k: number): boolean {
  if (k < start) return false;
  const c = text.charCodeAt(k);
  if (c === 0x27 || c === 0x2019) return true;
  if (c === 0x73 && k - 1 >= start && (text.charCodeAt(k - 1) === 0x27 || text.charCodeAt(k - 1) === 0x2019)) return true;
  const ends = (w: string) => k - w.length + 1 >= start && text.startsWith(w, k - w.length + 1);
  return ends('his') || ends('her') || ends('their');
}

/**
 * Whether the word at `at` may stand where the role patterns write a role's word: after the last letters of a possessor
 * (POSSESSOR ends in "his", "her", "their", or an apostrophe with or without "s"), blanks, and at most one word of
 * lower-case letters and hyphens with blanks after it, all within the run that opens at `start`. Every match of the role
 * patterns writes its role's word so; a surrogate counts as a lower-case letter, so that no such writing is missed.
 */
function possessedAt(text: string, start: number, at: number): boolean {
  let k = at - 1;
  while (k >= start && blankOrLower(text.charCodeAt(k)) === 1) k--;
  if (k === at - 1) return false;
  if (endsPossessor(text, start, k)) return true;
  let w = k;
  while (w >= start && blankOrLower(text.charCodeAt(w)) === 2) w--;
  if (w === k) return false;
  let b = w;
  while (b >= start && blankOrLower(text.charCodeAt(b)) === 1) b--;
  if (b === w) return false;
  return endsPossessor(text, start, b);
}

/** Whether the text writes at `at` a comma or not, then blanks (`\s+`) and a capital (`\p{Lu}`; a surrogate counts as one). */
function capitalAfterBlanks(text: string, at: number): boolean {
  let p = text.charCodeAt(at) === 0x2c ? at + 1 : at;
  const blanksFrom = p;
  while (p < text.length && blankOrLower(text.charCodeAt(p)) === 1) p++;
  if (p === blanksFrom || p >= text.length) return false;
  const c = text.charCodeAt(p);
  return (c >= 0xd800 && c <= 0xdfff) || CAPITAL.test(text[p]);
}
const CAPITAL = /^\p{Lu}$/u;

/** The patterns of a role's naming, after and before it ("his aunt Marilyn Cannon", "Marilyn Cannon, his aunt"); made once per role word. */
function rolePatterns(head: string): [RegExp, RegExp] {
  return rolePatternCache.get(head, (h) => {
    const r = escape(h);
    return [
      new RegExp(String.raw`\b${POSSESSOR}\s+(?:[\p{Ll}-]+\s+)?${r},?\s+${FULL_NAME}`, 'gu'),
      new RegExp(String.raw`${FULL_NAME},\s+${POSSESSOR}\s+(?:[\p{Ll}-]+\s+)?${r}\b`, 'gu'),
    ];
  });
}
const rolePatternCache = new BoundedCache<string, [RegExp, RegExp]>(1024);

/** Whether each word of a name is one the story writes lower-case more often than capitalised mid-sentence, or the name is a
 * capital the story never writes mid-sentence followed by lower-case words. */
function commonWordsOnly(words: readonly string[], cases: WordCase): boolean {
  const content = words.filter((w) => !/^(?:of|the|and|a|an|for|in|on|at|to)$/i.test(w));
  if (content.length === 0) return false;
  // "Further investigation", "Public records": a capital the story never writes mid-sentence, then lower-case words only
  // (an acronym or a possessor opens a name: "DC dispatchers", "Roberts' mother").
  const opening = cases.get(content[0].toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}'’-]/gu, ''));
  if (content.length > 1 && opening && opening[1] === 0 && !/^\p{Lu}{2,}$|['’]s?$/u.test(content[0]) && content.slice(1).every((w) => /^\p{Ll}/u.test(w))) return true;
  return content.every((w) => {
    const c = cases.get(w.toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}'’-]/gu, ''));
    return !!c && c[0] > 0 && c[0] > c[1];
  });
}

/** Navigation, share and player words of a page, never part of a speaker's name ("EMBED >More News Videos Witnesses"). */
const CHROME_WORD = /^(?:Videos|VIDEOS|EMBED|Embed|SHARE|Share|Gallery|GALLERY|Featured|FEATURED|Slideshow|SLIDESHOW|Subscribe|SUBSCRIBE|Advertisement|ADVERTISEMENT|Trending|TRENDING|STORIES|USERS|NOTE|>.*)$/;
/** Words a page puts where a teaser or a player opens, also never speakers ("Watch", "Read more"). */
const CHROME_LEFTOVER = /^(?:Watch|WATCH|Read|READ|More|MORE|Listen|LISTEN|Play|PLAY|Next|NEXT|Previous|PREVIOUS|x|X)$/;
/** Labels of alerts and teasers that open a line before a headline ("ALERT Chatt Police", "CASE SOLVED Memphis Police", "#breaking"). */
const ALERT_LABEL = /^(?:#\S+|(?:BREAKING|ALERT|UPDATED?|DEVELOPING|EXCLUSIVE|LIVE|WATCH|VIDEO|PHOTOS?|RAW|CASE SOLVED|READ MORE|RELATED|NEWS|MORE)(?:\s+(?:NEWS|VIDEO|UPDATE|ALERT))?)\s+(?=\S)/;
/** A dateline in capitals before a dash ("SEATTLE – Police", "PATERSON — City police"). */
const DASH_DATELINE = /^\p{Lu}[\p{Lu}.'’]*(?:[ ,]+\p{Lu}[\p{Lu}.'’]*)*\s*(?:\([^)]*\)\s*)?[—–]\s*(?=\S)/u;
/** Time words and adverbs a tagger may leave after a speaker ("Police later", "Authorities early Monday", "Neighbors on Monday"). */
const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const TRAILING_TIME = new RegExp(String.raw`\s+(?:there|here|later|earlier|further|only|also|additionally|originally|initially|previously|subsequently|then|now|again|still|today|tonight|yesterday|(?:on\s+)?(?:(?:early|late)\s+)?${DAY}(?:\s+(?:morning|afternoon|evening|night))?|(?:this|last|that)\s+(?:morning|afternoon|evening|night|week))$`, 'i');
/** A relative clause cut at its cue: the speaker is the party after the relative word ("her father, who police" of "her
 * father, who police said was playing with a gun": police). */
const RELATIVE_CUT = /^(?:(.*?)(?:,\s*|\s+|--\s*)(?:who|whom|where|which|that|when)|(?:who|whom|where|which|when))\s+([^,]+)$/i;
/** Abbreviations that stand inside place names and titles, whose full stop a splitter may take for a sentence's end. */
const NAME_ABBREVIATION = /^(?:St|Ste|Mt|Ft|Pt|Sgt|Lt|Det|Ofc|Tfc|Cpl|Capt|Col|Gen|Rev|Dr|Gov|Sen|Rep|Supt|Insp)$/;
/** Generic words that open no name of their own: what stands before them is part of the name ("Prince George's County police"). */
const GENERIC_HEAD = /^(?:County|Parish|Township|Borough)$/;
/** The last word of a street, a building or a lodging: a place, never a speaker ("Eagle Drive", "Villa Hermosa Apartments"). */
const STREET = /^(?:Drive|Dr\.?|Road|Rd\.?|Street|Avenue|Ave\.?|Boulevard|Blvd\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Lane|Ln\.?|Place|Way|Circle|Terrace|Trail|Pike|Apartments|Townhomes|Estates|Inn|Motel)$/;
/** The last word of a facility ("Beechmont Community Center", "Sunset Grill"): a place where the text sets an event at or
 * inside it; else it may be a body that speaks ("The Pride Center issued this statement"). */
const FACILITY = /^(?:Hotel|Center|Centre|Mall|Plaza|Club|Bar|Grill|Grille|Restaurant|Lounge|Tavern|Pub|Cafe|Café|Store|Market|Arena|Stadium|Theater|Theatre|Library|Complex|Building|Shelter|Gym)$/;
/** The last word of a body that speaks as many ("Austin police", "the sheriff's office", "investigators"). */
const COLLECTIVE_BODY = /^(?:police|officials|authorities|deputies|investigators|detectives|officers|troopers|agents|prosecutors|department|office|agency|bureau|patrol|PD)$/i;
/** The last word of a role one person holds ("police spokesman", "Police Chief"). */
const ONE_ROLE = /^(?:spokes(?:wo)?man|spokesperson|chief|sheriff|captain|lieutenant|sergeant|detective|officer|coroner|mayor|prosecutor|attorney|director|commissioner|superintendent)$/i;
/** Lower-case nouns of a body or party that end a phrase naming a speaker ("homicide investigators", "emergency personnel"). */
const BODY_NOUN = /^(?:police|officials|authorities|investigators|detectives|deputies|officers|troopers|agents|personnel|crews|workers|residents|neighbou?rs|witnesses|officials|prosecutors|dispatchers|responders|paramedics|firefighters|staff|employees|students|parents|relatives|family|friends|spokes(?:wo)?man|spokesperson)$/;
/** Nouns of a source that the text may name in one word at a sentence's start ("Records show", "Dispatch said", "Paramedics
 * responded"): a described source, not a named speaker. */
const SOURCE_NOUN = /^(?:records|reports|documents|data|statistics|filings|logs|affidavits|dispatch|dispatchers|paramedics|medics|crews|rescuers|callers|sources|media|management|staff|employees|workers|officers|deputies|students|teachers|parents|neighbors|neighbours|witnesses|relatives|friends|family|authorities|officials|investigators|detectives|police)$/i;
/** Words that never modify a source noun ("the records", "and records"). */
const NOT_MODIFIER = /^(?:the|a|an|and|or|of|to|in|on|at|by|for|from|with|as|that|which|who|his|her|their|its|our|said|says|say|show|shows|showed|according|but|also|no|any|all|some|these|those|this|other|more|such|new|recent|previous|earlier|later|available|released|is|are|was|were|be|been|has|have|had|do|does|did|will|would|could|should|may|might|can|not|when|where|while|if|dozen|best)$/i;
/** Source nouns of papers and calls, whose modifier a journalist writes ("court records", "police dispatch"). */
const DOCUMENT_NOUN = /^(?:records|reports|documents|data|statistics|filings|logs|affidavits|dispatch)$/i;
/** Plural nouns of a party ("Cops", "Organizers", "Co-workers"): a described source, never a named one. */
const PARTY_SUFFIX = /^[\p{L}-]+(?:ers|ors|ists|ants|ents|ians|ees|ives|ics)$/u;
/** Plural nouns of a party that stand as a speaker as "Witnesses" does ("Dispatchers said", "Feds say"). */
const PARTY_PLURAL = /^(?:cops|feds|teens|sources|victims|survivors|people|kids|youths|crews|staff|family|police)$/i;
/** What a possessor may have that speaks: a kin, a friend, a role, a body, a paper ("his wife", "her lawyer", "their
 * statement", "his Facebook post"), not a thing ("his computer"). */
const POSSESSED_PARTY = /^(?:(?:grand|step|great-grand)?(?:mother|father|mom|mum|dad|parents?|sons?|daughters?|child|children|kids?|grandchildren)|brothers?|sisters?|siblings?|cousins?|aunts?|uncles?|nieces?|nephews?|wife|wives|husbands?|spouse|partners?|(?:girl|boy)friends?|fianc[eé]e?|famil(?:y|ies)|relatives?|friends?|neighbou?rs?|lawyers?|attorneys?|counsel|spokes(?:wo)?man|spokesperson|representatives?|office|department|agency|staff|team|coach|teachers?|classmates?|co-?workers?|colleagues?|employers?|boss|landlord|pastor|manager|supervisors?|roommates?|doctors?|members?|supporters?|victims?|statement|letter|posts?|report|lawsuit|complaint|affidavit|records?|account|page|message|tweet|note|website|campaign|company|firm|group|union|party|administration|government|ministry|church|school|employer|owner|acquaintances?|associates?|companions?|peers|mates|buddies|pals|ones|kin|folks|people|followers|fans|players|teammates|crew|unit|troops|men|women|officials|aides?|advisers?|advisors?)$/i;
/** Nouns of a party or a kin that are never a name alone ("Grandmother says", "Feds said"). */
const PARTY_NOUN = /^(?:(?:grand|step)?(?:mother|father|son|daughter|parent)|mom|dad|aunt|uncle|cousin|sister|brother|wife|husband|(?:girl|boy)friend|fianc[eé]e?|neighbou?r|witness|owner|manager|caller|resident|relative|friend|spokes(?:wo)?man|spokesperson)$/iu;

/** Whether the texts write a word capitalised inside a sentence: after a lower-case word, a comma, an initial or a title
 * ("Battalion Chief A.D. Hanline said", "Sgt. Connor", "\"...,\" Gillet said"), which a count of cases may take for a start. */
function capitalisedInside(word: string, texts: readonly string[]): boolean {
  return texts.length === 1 ? inText(texts[0], `c\u0000${word}`, () => capitalisedInsideUncached(word, texts)) : capitalisedInsideUncached(word, texts);
}

function capitalisedInsideUncached(word: string, texts: readonly string[]): boolean {
  for (const t of texts) {
    // The places of /(?<![\p{L}\p{N}'’-])WORD(?![\p{L}\p{N}'’-])/gu.
    for (const index of literalWritings(word, t, WORD_PART, WORD_PART)) {
      const left = t.slice(Math.max(0, index - 12), index);
      if (/(?:^|\n)\s*$/.test(left) && index - 12 < 0 && /^\s*$/.test(left)) continue;
      if (/\n\s*$/.test(left)) continue;
      // A start: after a full stop, a question or an exclamation (and a closing quote), unless the stop ends an initial or a title.
      const stop = /(\S*)[.!?]["”’]?\s+$/.exec(left);
      if (stop && !/^(?:\p{Lu}|(?:\p{Lu}\.)+\p{Lu}|Sgt|Lt|Det|Capt|Col|Maj|Gen|Cpl|Ofc|Tfc|Dr|Mr|Mrs|Ms|Rev|Sen|Rep|Gov|Supt|Insp|Cmdr|Sr|Jr|St)$/u.test(stop[1])) continue;
      if (/,["”’]\s+$/.test(left)) return true;
      if (/[:;“"(]\s*$/.test(left) || left.length === 0) continue;
      return true;
    }
  }
  return false;
}

/** The one modifier the texts write before a source noun ("court records", "police dispatch"), with it, or null. */
function modifiedSource(word: string, texts: readonly string[]): string | null {
  return texts.length === 1 ? inText(texts[0], `o\u0000${word}`, () => modifiedSourceUncached(word, texts)) : modifiedSourceUncached(word, texts);
}

function modifiedSourceUncached(word: string, texts: readonly string[]): string | null {
  const w = word.toLowerCase();
  const found = new Set<string>();
  const re = new RegExp(String.raw`(?<![\p{L}'’-])(\p{Ll}[\p{Ll}-]+)\s+${escape(w)}(?![\p{L}'’-])`, 'gu');
  for (const t of texts) {
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) if (!NOT_MODIFIER.test(m[1]) && !/(?:ed|ly|ing)$/.test(m[1])) found.add(m[1]);
  }
  return found.size === 1 ? `${[...found][0]} ${w}` : null;
}

/**
 * Mends a written name that a splitter or a tagger cut or padded, from the story's texts; null when it names no one:
 * - page chrome and alert labels are dropped ("EMBED >More News Videos Witnesses" -> "Witnesses", "ALERT Chatt Police");
 * - a dateline before a dash is dropped ("SEATTLE – Police"), and so are time words after ("Police later", "Neighbors on Monday");
 * - a relative clause cut at its cue names the party after the relative ("her father, who police" -> "police");
 * - a name cut at an abbreviation's full stop is made whole ("Port St" -> "Port St. Lucie police", "Louis County Police" ->
 *   "St. Louis County Police", "N. Police" of "Logan Ave. N. Police found" -> "Police");
 * - a generic head cut from its name is given it back ("County police" -> "Prince George's County police");
 * - a form field or a transcript label is no speaker ("Location:", "Sex: M Race:").
 */
export function mendSpeakerName(written: string, texts: readonly string[] = []): string | null {
  // A story's texts are judged one at a time and the same speakers recur in them: what one text mends is kept.
  return texts.length === 1 ? inText(texts[0], `m\u0000${written}`, () => mendUncached(written, texts)) : mendUncached(written, texts);
}

/**
 * What `find` gives for one text, kept for the last texts asked under `key` (a kind's letter and what was asked): every
 * finding kept so is a function of the text and the key alone.
 */
function inText<T>(text: string, key: string, find: () => T): T {
  const found = foundIn.get(text, () => new Map<string, unknown>());
  if (found.has(key)) return found.get(key) as T;
  const r = find();
  found.set(key, r);
  return r;
}
const foundIn = new BoundedCache<string, Map<string, unknown>>(256);

function mendUncached(written: string, texts: readonly string[]): string | null {
  let n = written.replace(/\s+/g, ' ').trim();
  const words0 = n.split(' ');
  const chrome = words0.map((w, i) => (CHROME_WORD.test(w) || (/^EDITOR['’]S$/.test(w)) ? i : -1)).filter((i) => i >= 0);
  if (chrome.length > 0) {
    const rest = words0.slice(chrome.at(-1)! + 1).filter((w) => !CHROME_LEFTOVER.test(w));
    if (rest.length === 0 || !/^\p{Lu}/u.test(rest[0])) return null;
    n = rest.join(' ');
  }
  let labelled = false;
  for (let i = 0; i < 3; i++) {
    const before = n;
    n = n.replace(ALERT_LABEL, '').replace(DASH_DATELINE, '');
    // "Crime scene: Police in Bean Station": a label before a colon is no part of the speaker.
    const colon = /^[^:]{1,40}:\s+(?=\S)/.exec(n);
    if (colon) { n = n.slice(colon[0].length); labelled = true; }
    if (n === before) break;
  }
  while (TRAILING_TIME.test(n)) {
    const cut = n.replace(TRAILING_TIME, '').replace(/[,;]$/, '').trim();
    // "The officer's report from last night": a time that a preposition governs is part of the words.
    if (!cut || /\s(?:from|of|in|on|at|by|for|since|until|after|before|during)$/i.test(cut)) break;
    // "the first witness, who lives there": a place adverb a clause governs stays.
    if (/\s(?:there|here)$/i.test(n) && n.includes(',')) break;
    n = cut;
  }
  // "several minutes later, detectives", "someone in his group fired at a car as it passed, and his acquaintances": a time or a
  // clause before a comma is no part of the party after it.
  const lead = /^(.+),\s+(?:and\s+|but\s+)?([^,]+)$/u.exec(n);
  if (lead) {
    const pre = lead[1].split(/\s+/);
    const post = lead[2].split(/\s+/);
    const clause = pre.some((w) => FINITE.test(w) || /^\p{Ll}[\p{Ll}-]{2,}ed$/u.test(w) || /^(?:later|earlier|ago|time|minutes?|hours?|days?|morning|afternoon|evening|night|meanwhile|however)$/i.test(w));
    if (clause && post.length <= 4 && /^\p{Ll}/u.test(lead[2]) && (BODY.test(lead[2]) || POSSESSIVE.test(lead[2]))) n = lead[2];
  }
  // "Smith, a police spokesman": a name before an apposition of its role is the speaker.
  const appos = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s+(?:a|an|the)\s+\p{Ll}[^,]*$/u.exec(n);
  if (appos) n = appos[1];
  // "Austin police, Osiel Benitez Benitez" of "According to Austin police, Osiel Benitez Benitez, 30, was arrested": a body
  // and a name after its comma are two parties joined by a cut, and the body is the one that speaks; after a role of one
  // person ("Police spokesman, Sgt. Joe Lee") the name is that person.
  // "Sterling's mother, Quinetta McMillon": a role of someone named, then the name of its holder, is that holder. "T.J. Smith,
  // Baltimore Police Department": a person, then the body the person speaks for, is the person. "SHERIFF BAILEY, IN THIS
  // CASE": a phrase after the comma that opens with a preposition is no part of the name.
  const pair = /^([^,]+),\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$/u.exec(n);
  if (pair) {
    const head = pair[1].split(/\s+/).at(-1)!;
    const firstAfter = pair[2].split(/\s+/)[0];
    if (/^(?:in|at|on|for|of|from|with|by|to|as|after|before|during|according)$/i.test(firstAfter)) n = pair[1];
    else if (!BODY.test(pair[2])) {
      if (COLLECTIVE_BODY.test(head)) n = pair[1];
      else if (ONE_ROLE.test(head) || /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*['’]s?\s+\p{Ll}[\p{Ll}-]*$/u.test(pair[1])) n = pair[2];
    } else if (/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(pair[1]) && !BODY.test(pair[1])) n = pair[1];
  }
  // "1:49 Grandmother": a video's running time is page chrome.
  n = n.replace(/^\d{1,2}:\d{2}\s+(?=\p{Lu})/u, '');
  // "The National Intelligence Service's (NIS) announcement", "President Volodymyr Zelensky's earlier statement": the
  // possessor of a report speaks; the possessive and the acronym after it are no part of the name.
  const possessor = /^((?:\p{Lu}[\p{L}.-]*|of|the|for|and)(?:\s+(?:\p{Lu}[\p{L}.-]*|of|the|for|and))*)['’]s(?:\s*\(\p{Lu}{2,8}\))?$/u.exec(n);
  if (possessor && /^\p{Lu}/u.test(possessor[1])) n = possessor[1];
  // "Homicide" of "Homicide investigators ask", "Crime" of "Crime scene investigators used": one word whose every writing
  // before lower-case words opens a phrase that ends in a body noun is that phrase.
  if (/^\p{Lu}\p{Ll}+$/u.test(n) && !BODY.test(n)) {
    const phrases = new Set<string>();
    let other = false;
    for (const t of texts) {
      for (const after of lowerWordsAfter(n, t)) {
        const ws = after.split(/\s+/);
        const end = ws.findIndex((w) => BODY_NOUN.test(w));
        if (end >= 0 && !ws.slice(0, end).some((w) => NOT_MODIFIER.test(w) || FINITE.test(w) || SAYING.test(` ${w}`) || /(?:ed|ly)$/.test(w))) phrases.add(`${n} ${ws.slice(0, end + 1).join(' ')}`);
        else other = true;
      }
    }
    if (!other && phrases.size === 1) n = [...phrases][0];
  }
  // "Sheriff's deputies to be the shooter" of "identified by Sheriff's deputies to be the shooter": an infinitive is no part.
  const infinitive = /^(.+?)\s+to\s+(?:be|have)\b/i.exec(n);
  if (infinitive && !/\b(?:who|whom|which|that|not|want|wanted|wish|wished|asked|claiming|claimed|believed|by)\b/i.test(infinitive[1])) n = infinitive[1];
  // "Rabior's status", "Kelly's arrest": a person's state or deed is no speaker (a page, a letter, a release may be).
  if (/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*['’]s?\s+(?:status|arrest|death|condition|injuries|injury|shooting|case|trial|sentencing|killing|murder|car|truck|home|house|body|gun|vehicle|wounds?|funeral|health)$/u.test(n)) return null;
  // "Deadly Shooting Claims Life of Girl", "The crash killed two": an event is no speaker, whatever its verb.
  if (/^(?:(?:the|a|an|this|that|deadly|fatal|double|triple|mass|weekend|overnight|early|late|morning|night|latest|apparent|random|drive-by|police|officer-involved)\s+)*(?:shooting|shootings|crash|collision|fire|blaze|explosion|blast|attack|stabbing|accident|storm|quake|earthquake|tornado|flood|standoff|rampage|gunfire)$/i.test(n)) return null;
  const rel = RELATIVE_CUT.exec(n);
  if (rel) {
    const after = rel[2].trim().replace(/[,;:]$/, '');
    const aw = after.split(' ');
    const party = aw.length <= 5 && !aw.some((w) => FINITE.test(w) || RELATIVE.test(w) || /^\p{Ll}[\p{Ll}-]{3,}ed$/u.test(w) || /^(?:him|her|them|it|me|us)$/i.test(w))
      && (BODY.test(after) || aw.every((w) => /^\p{Lu}/u.test(w)));
    if (party) n = after;
  }
  const words = n.split(' ');
  const last = words.at(-1)!.replace(/\.$/, '');
  // "Port St" of "Port St. Lucie police", "Tfc" of "Tfc. Jay Thomas": the name goes on after the abbreviation.
  if (NAME_ABBREVIATION.test(last) || (words.length === 1 && /^\p{Lu}$/u.test(last))) {
    const head = escape(n.replace(/\.$/, ''));
    const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${head}\.\s+((?:\p{Lu}[\p{L}'’-]*\.?\s+){0,2}\p{Lu}[\p{L}'’-]*)(\s+(?:police|officials|deputies|authorities|officers|investigators))?`, 'u');
    const whole = texts.map((t) => re.exec(t)).find((m) => m !== null);
    if (whole) n = `${n.replace(/\.$/, '')}. ${whole[1]}${whole[2] ?? ''}`;
    else if (words.length === 1) return null;
  }
  // "N. Police" of "Logan Ave. N. Police found": an initial is no part of a body.
  const initial = /^\p{Lu}\.\s+(.+)$/u.exec(n);
  if (initial && /^\p{Lu}/u.test(initial[1]) && BODY.test(initial[1].split(' ')[0])) n = initial[1];
  // "Louis County Police" of "St. Louis County Police", "County police" of "Prince George's County police": every time the
  // texts write the name, the same longer name holds it.
  const prefix = longerName(n, texts);
  if (prefix) n = `${prefix} ${n}`;
  // "Drive and Dequindre" of "at Outer Drive and Dequindre": a street word opens no speaker.
  if (/^(?:Drive|Road|Street|Avenue|Ave\.?|Boulevard|Blvd\.?|Parkway|Highway|Lane)\s/u.test(n)) return null;
  // "Eagle Drive", "Villa Hermosa Apartments": a street or a building the text places something on or at.
  const w2 = n.split(' ');
  if (w2.length >= 2 && STREET.test(w2.at(-1)!) && !BODY.test(n)) {
    const at = new RegExp(String.raw`(?:\b(?:on|at|near|along|off|of|to|from|in|onto|into)\s+(?:the\s+)?|\d[\p{L}\p{N}]*\s+)${escape(n)}`, 'u');
    if (texts.some((t) => at.test(t))) return null;
  }
  // "Beechmont Community Center" of "shot at the Beechmont Community Center": a facility the text sets an event at or inside.
  if (w2.length >= 2 && FACILITY.test(w2.at(-1)!) && !BODY.test(n)) {
    const at = new RegExp(String.raw`\b(?:at|inside|outside|near|behind)\s+(?:the\s+)?${escape(n)}(?![\p{L}\s]*\b(?:staff|officials|spokes|director|manager|owner|employees|workers))`, 'u');
    if (texts.some((t) => at.test(t))) return null;
  }
  // "Sex: M Race: B": a field after a field's label, itself a label, is a line of a form, no speaker.
  if (labelled && !BODY.test(n)) {
    const label = new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(n)}:`, 'u');
    if (texts.some((t) => label.test(t))) return null;
  }
  return n;
}

/** The words before a cut name that every writing of it in the texts shares, when they make it whole; else null. */
function longerName(n: string, texts: readonly string[]): string | null {
  const generic = GENERIC_HEAD.test(n.split(' ')[0]);
  const body = BODY.test(n.split(' ')[0]);
  let shared: string | null = null;
  let seen = 0;
  for (const t of texts) {
    for (const index of wholeWritings(n, t)) {
      seen++;
      const left = t.slice(Math.max(0, index - 60), index);
      const found = (body ? null : ABBREVIATED_OR_OPENER_BEFORE.exec(left)) ?? (generic ? CAPITALISED_BEFORE.exec(left) : null);
      if (!found) return null;
      const kept = found[1].trim().split(/\s+/);
      while (kept.length > 0 && NOT_PART_OF_NAME.test(kept[0])) kept.shift();
      if (kept.length === 0) return null;
      const p = kept.join(' ');
      if (shared !== null && shared !== p) {
        // Two writings of the longer name: keep the words they share at its end ("George's" of "Prince George's").
        const a = shared.split(' ');
        const b = kept;
        const common: string[] = [];
        while (a.length > 0 && b.length > 0 && a.at(-1) === b.at(-1)) { common.unshift(a.pop()!); b.pop(); }
        if (common.length === 0) return null;
        shared = common.join(' ');
      } else shared = p;
    }
  }
  return seen > 0 ? shared : null;
}

/** Words that may stand before a cut name and make it whole: an abbreviated place word ("St. Louis") or a place name's opener ("Port"). */
const ABBREVIATED_BEFORE = String.raw`(?:\p{Lu}[\p{L}'’-]*\s+)?(?:St|Ste|Mt|Ft|Pt)\.\s+`;
const OPENER_BEFORE = String.raw`(?:New|North|South|East|West|Fort|Port|Saint|San|Santa|Los|Las|El|Lake|Mount|Palm|Baton|Grand|Little|Prince)\s+`;
const ABBREVIATED_OR_OPENER_BEFORE = new RegExp(String.raw`(${ABBREVIATED_BEFORE}|(?<![\p{L}'’.-])${OPENER_BEFORE})$`, 'u');
/** Capitalised words before a generic head ("Prince George's" of "Prince George's County police"). */
const CAPITALISED_BEFORE = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}-]*(?:['’]s?)?\s+)$`, 'u');

/**
 * Where the text writes a name as a whole word: no letter, digit, apostrophe, full stop or hyphen before it, no letter or
 * digit after it; in order, each after the end of the last. The same places as the pattern
 * /(?<![\p{L}\p{N}'’.-])NAME(?![\p{L}\p{N}])/gu, found by a search for the name's letters (a pattern opening with a
 * look-behind is tried at every place of the text), and by that pattern for a name with surrogates.
 */
export function wholeWritings(n: string, t: string): number[] {
  return literalWritings(n, t, NAME_BEFORE, NAME_AFTER);
}

/** Letters, digits, apostrophes and hyphens: what may not stand next to a word written alone (`capitalisedInside`). */
const WORD_PART = /^[\p{L}\p{N}'’-]$/u;

/**
 * Where the text writes `n` with no code point that `before` matches just before it and none that `after` matches just
 * after it, in order, each after the end of the last: the places of /(?<![BEFORE])N(?![AFTER])/gu (`before` and `after`
 * the patterns of one code point, /^[...]$/u). A name with surrogates is searched by that pattern.
 */
function literalWritings(n: string, t: string, before: RegExp, after: RegExp): number[] {
  const found: number[] = [];
  if (n.length === 0 || /[\ud800-\udfff]/.test(n)) {
    const re = new RegExp(String.raw`(?<!${before.source.slice(1, -1)})${escape(n)}(?!${after.source.slice(1, -1)})`, 'gu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      found.push(m.index);
      if (m[0].length === 0) re.lastIndex++;
    }
    return found;
  }
  let from = 0;
  for (;;) {
    const i = t.indexOf(n, from);
    if (i < 0) return found;
    const end = i + n.length;
    if (!before.test(codePointBefore(t, i)) && !after.test(codePointAt(t, end))) {
      found.push(i);
      from = end;
    } else from = i + 1;
  }
}
/** Lower-case words after a one-word name and blanks ("investigators ask" of "Homicide investigators ask"). */
const LOWER_WORDS = String.raw`\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})`;
const LOWER_WORDS_AFTER = new RegExp(LOWER_WORDS, 'uy');
/** What may not stand before such a name. */
const NOT_BEFORE_NAME = /^[\p{L}'’-]$/u;

/**
 * The lower-case words after each writing of `n` that no letter, apostrophe or hyphen precedes: group 1 of each match of
 * /(?<![\p{L}'’-])N\s+(...)/gu, tried where the name is written with a pattern made once (a name with surrogates by that
 * pattern itself).
 */
function lowerWordsAfter(n: string, t: string): string[] {
  if (n.length === 0 || /[\ud800-\udfff]/.test(n)) return matchesFrom(n, String.raw`(?<![\p{L}'’-])${escape(n)}${LOWER_WORDS}`, 'u', t).map((m) => m[1]);
  const found: string[] = [];
  let from = 0;
  for (;;) {
    const i = t.indexOf(n, from);
    if (i < 0) return found;
    if (!NOT_BEFORE_NAME.test(codePointBefore(t, i))) {
      LOWER_WORDS_AFTER.lastIndex = i + n.length;
      const m = LOWER_WORDS_AFTER.exec(t);
      if (m !== null) {
        found.push(m[1]);
        from = i + n.length + m[0].length;
        continue;
      }
    }
    from = i + 1;
  }
}

/**
 * The matches of a pattern (`source`, `flags` without g or y) in the text, as a global search would give them, for a pattern whose every match starts
 * with `literal` (after look-behinds) and is not empty: tried where the literal is written only (a pattern opening with a
 * look-behind is otherwise tried at every place of the text). A literal with surrogates is searched by the pattern itself.
 */
export function matchesFrom(literal: string, source: string, flags: string, t: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  if (literal.length === 0 || /[\ud800-\udfff]/.test(literal)) {
    const global = new RegExp(source, `${flags}g`);
    let m: RegExpExecArray | null;
    while ((m = global.exec(t))) found.push(m);
    return found;
  }
  let sticky: RegExp | null = null;
  let from = 0;
  for (;;) {
    const i = t.indexOf(literal, from);
    if (i < 0) return found;
    sticky ??= stickyPattern(source, flags);
    sticky.lastIndex = i;
    const m = sticky.exec(t);
    if (m !== null) {
      found.push(m);
      from = i + m[0].length;
    } else from = i + 1;
  }
}

/** The sticky pattern of a source, made once (making a pattern of Unicode classes costs far more than trying it at a place). */
function stickyPattern(source: string, flags: string): RegExp {
  return stickyPatterns.get(`${flags}\u0000${source}`, () => new RegExp(source, `${flags}y`));
}
const stickyPatterns = new BoundedCache<string, RegExp>(1024);

/** What may not stand before or after a name written as a whole word. */
const NAME_BEFORE = /^[\p{L}\p{N}'’.-]$/u;
const NAME_AFTER = /^[\p{L}\p{N}]$/u;

/** The code point that ends before `i` ('' at the start), a surrogate pair read as one. */
function codePointBefore(t: string, i: number): string {
  if (i === 0) return '';
  const low = t.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = t.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return t.slice(i - 2, i);
  }
  return t[i - 1];
}

/** The code point that starts at `i` ('' at the end), a surrogate pair read as one. */
function codePointAt(t: string, i: number): string {
  if (i >= t.length) return '';
  const c = t.codePointAt(i)!;
  return c > 0xffff ? t.slice(i, i + 2) : t[i];
}

/** Whether the text gives a name alone as a speaker: a verb of saying follows it ("Williams said", "Williams, 45, told"). */
function speaksIn(n: string, t: string): boolean {
  return inText(t, `s\u0000${n}`, () => new RegExp(String.raw`(?<![\p{L}'’-])${escape(n)}(?:,[^,.;]{1,60},)?,?(?:\s+\p{Ll}+ly)?\s+(?:say|says|said|told|tells|reported|reports|added|adds|stated|states|wrote|writes|noted|explained|confirmed|declined|asked|recalled|described)\b`, 'u').test(t));
}

/** Capitalised words that may stand before a name without being part of it. */
const NOT_PART_OF_NAME = /^(?:The|A|An|According|Said|Says|Told|And|But|Or|In|On|At|Of|For|From|By|With|To|As|When|While|After|Before|Then|Also|Meanwhile|Both|All|Some|Many|Other|Another|If|Because|Where|That|This|Said|Told|Sheriff|Officer|Spokesman|Spokeswoman)$/;

/**
 * A name written in capitals ("THE GRANT COUNTY SHERIFF", "INVESTIGATORS", a broadcast transcript's or a headline's)
 * read in the story's own cases: each word as the story writes it mid-sentence, capitalised where it is a name
 * ("the Grant County Sheriff", "investigators"); a short word the story never writes in lower case stays an acronym.
 */
function recased(n: string, cases: WordCase | undefined, texts: readonly string[] = []): string {
  if (!cases || /\p{Ll}/u.test(n) || !/\p{Lu}{3}/u.test(n)) return n;
  return n.split(' ').map((w) => {
    const c = cases.get(w.toLowerCase().replace(/['’]s$/, ''));
    // A short word, or short words joined by hyphens ("KIDK-TV", "WJZ-FM": a station's call letters), the story never
    // writes in lower case stays as written.
    if (w.split('-').every((p) => p.length <= 4) && (!c || c[0] === 0)) return w;
    // "LVMPD", "NLVPD": an acronym keeps its capitals, whatever its length: a word with no vowel, or one the story
    // writes in capitals amid running text of mixed case, and never in lower case.
    if ((!c || c[0] === 0) && isAcronym(w.replace(/['’]s$/, ''), texts)) return w;
    const lower = w.toLowerCase();
    // Capitalised where the story never writes the word in lower case, or writes it capitalised mid-sentence more often.
    return c && (c[0] === 0 || c[1] > c[0]) ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  }).join(' ');
}

/**
 * Judges a speaker's name as written (or as its entity names it) within the story:
 * - "Police say the suspect": the words from a verb of saying on are no part of it;
 * - "His wife", "Her family": a role opened by a possessive pronoun is the person the text names in it ("his wife, Jane Doe"),
 *   else a described source;
 * - "One witness", "Anyone with information", "People who knew him": an indefinite party, a described source;
 * - "Following the gunshots", "Calloway pulled out a revolver": an adverbial or a clause, nothing;
 * - "Further investigation", "Documents": words the story writes lower-case, with no body noun, a described source (a
 *   name the entity finder found only when it is one word the story never capitalises mid-sentence);
 * - "Dallas" where the story opens a line with "DALLAS -": a dateline read as a speaker, nothing.
 */
/**
 * Whether a word written in capitals is an acronym: no vowel among its letters ("LVMPD"), or written so right beside a
 * lower-case word ("The NAACP said") and never with only its first letter capitalised. A dateline's or a headline's
 * capitals ("GRANT COUNTY, Ind. --") stand beside other capitals or names.
 */
export function isAcronym(word: string, texts: readonly string[]): boolean {
  if (!/^\p{Lu}{2,}$/u.test(word)) return false;
  if (!/[AEIOUY]/.test(word)) return true;
  const title = word.charAt(0) + word.slice(1).toLowerCase();
  if (texts.some((t) => new RegExp(String.raw`(?<![\p{L}])${escape(title)}(?![\p{L}])`, 'u').test(t))) return false;
  const beside = new RegExp(String.raw`(?:(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*[ \t]+${escape(word)}(?![\p{L}])|(?<![\p{L}])${escape(word)}[ \t]+\p{Ll})`, 'u');
  return texts.some((t) => beside.test(t));
}

export function judgeSpeakerName(written: string, context: { cases?: WordCase; texts?: readonly string[]; entity?: boolean } = {}): SpeakerNameVerdict {
  // A story's claims and attributions ask the same names of one text again and again: a verdict is a function of the
  // name, the story's word cases, the texts and whether an entity was found, so one text's verdicts are kept with the
  // story's cases while they live.
  const { cases, texts } = context;
  if (cases === undefined || texts === undefined || texts.length !== 1) return judgeUncached(written, context);
  let byText = verdictsByCases.get(cases);
  if (byText === undefined) verdictsByCases.set(cases, (byText = new Map()));
  let verdicts = byText.get(texts[0]);
  if (verdicts === undefined) byText.set(texts[0], (verdicts = new Map()));
  const key = `${context.entity ? 1 : 0}${written}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) verdicts.set(key, (verdict = judgeUncached(written, context)));
  return verdict;
}
const verdictsByCases = new WeakMap<WordCase, Map<string, Map<string, SpeakerNameVerdict>>>();

function judgeUncached(written: string, context: { cases?: WordCase; texts?: readonly string[]; entity?: boolean }): SpeakerNameVerdict {
  let n = recased(written.replace(/\s+/g, ' ').trim(), context.cases, context.texts);
  const cut = sayingCut(n, context.cases);
  if (cut > 0) {
    // "A man who said he is a relative of the woman shot": the party is what the clause says the speaker is.
    const self = SAID_TO_BE.exec(n);
    n = self ? self[1]! : n.slice(0, cut).replace(/[,;:]$/, '').trim();
  }
  if (!n) return { kind: 'none' };
  const mended = mendSpeakerName(n, context.texts ?? []);
  if (mended === null) return { kind: 'none' };
  n = mended;
  const words = n.split(' ');
  const first = words[0].toLowerCase().replace(/[^\p{L}'’-]/gu, '');
  // "U.S. Geological Survey", "US officials": a word in capitals is an abbreviation, never the pronoun it spells.
  if (PRONOUN.test(first) && !/^\p{Lu}\.?\p{Lu}\.?$/u.test(words[0])) return { kind: 'none' };
  const pos = POSSESSIVE.exec(n);
  if (pos) {
    // "Her mother, Marsha": the apposition names her.
    const appos = /^[^,]+,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})$/u.exec(n);
    if (appos) return { kind: 'name', name: appos[1] };
    if (words.slice(1).some((w) => FINITE.test(w))) return { kind: 'none' };
    const role = pos[1].split(',')[0];
    const holders = new Set((context.texts ?? []).map((t) => roleHolder(role, t)).filter((h): h is string => h !== null));
    if (holders.size === 1) return { kind: 'name', name: [...holders][0] };
    // "his computer", "her phone": a possessed thing says nothing; a kin, a role, a party or a paper of the possessor may.
    const held = role.trim().split(/\s+/).at(-1)!.replace(/[^\p{L}-]/gu, '');
    if (!POSSESSED_PARTY.test(held) && !PARTY_NOUN.test(held) && !SOURCE_NOUN.test(held) && !BODY.test(held) && !BODY_NOUN.test(held.toLowerCase()) && !PARTY_SUFFIX.test(held)) return { kind: 'none' };
    return described(n);
  }
  // "the first", "the latter", "the other", "the following": a determiner and an ordinal or a pronoun-like word name no party.
  if (/^(?:the|a|an)\s+(?:first|second|third|fourth|fifth|last|latter|former|other|next|same|one|two|three|following|above|below|foregoing)$/i.test(n)) return { kind: 'none' };
  if (NOT_OPENING.test(first)) return { kind: 'none' };
  // "couldn't", "Would": an auxiliary opens a clause, never a name.
  if (/^(?:(?:could|would|should|can|ca|wo|will|did|does|do|is|are|was|were|has|have|had)n['’]t|could|would|should|might|must)$/.test(first)) return { kind: 'none' };
  const relative = words.findIndex((w, i) => i > 0 && RELATIVE.test(w));
  // "medical responders rushed the boy to UMC Trauma where ...": a verb before the relative makes it a clause.
  if (relative > 0 && words.slice(1, relative).some((w) => FINITE.test(w) || (/^\p{Ll}[\p{Ll}-]{3,}ed$/u.test(w) && !/(?:need|feed|seed|breed|speed|red|bed)$/.test(w)))) return { kind: 'none' };
  if (relative > 0) {
    // "The woman, who was recently arrested three times for ...": a relative clause set off by a comma tells more of a
    // party the words before it name already.
    const party = words[relative - 1]!.endsWith(',') ? words.slice(0, relative).join(' ').replace(/,$/, '') : n;
    return /^\p{Lu}/u.test(party) ? described(party) : { kind: 'name', name: party };
  }
  if (words.length > 1 && words.slice(1).some((w) => FINITE.test(w) || (/^\p{Ll}[\p{Ll}-]{3,}ed$/u.test(w) && !/(?:need|feed|seed|breed|speed|red|bed)$/.test(w)))) return { kind: 'none' };
  const capitalisedMidSentence = (w: string) => { const c = context.cases?.get(w.toLowerCase()); return !!c && c[1] >= Math.max(1, c[0]); };
  if (INDEFINITE.test(first) && !(words.length === 1 && capitalisedMidSentence(words[0]))) return words.length === 1 ? { kind: 'none' } : described(n);
  // "Records show", "Dispatch said", "Crime scene investigators" cut to "Crime": one word the story never capitalises
  // mid-sentence is no name; a source noun is the source described ("court records"), any other word names no one.
  if (words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(n) && !BODY.test(n)) {
    if (DOCUMENT_NOUN.test(n)) return described(modifiedSource(n, context.texts ?? []) ?? n);
    if (PARTY_NOUN.test(n)) return described(n);
  }
  if (words.length === 1 && /^\p{Lu}\p{Ll}/u.test(n) && !BODY.test(n) && context.cases) {
    const c = context.cases.get(n.toLowerCase());
    if (c && c[1] === 0 && !/\p{Lu}/u.test(n.slice(1)) && !capitalisedInside(n, context.texts ?? [])) {
      // A party in the plural is judged by the rules below, as "Witnesses" or "Neighbors" are ("Paramedics responded").
      const party = SOURCE_NOUN.test(n) || PARTY_SUFFIX.test(n) || PARTY_PLURAL.test(n);
      // A surname the text gives alone ("Williams said"): a verb of saying follows it; "Crime" of "Crime scene investigators
      // used" is the first word of a longer phrase.
      if (!party && !(context.texts ?? []).some((t) => speaksIn(n, t))) return { kind: 'none' };
    }
  }
  if (/^\p{Lu}/u.test(n) && !BODY.test(n)) {
    // A name the entity finder found is held to more: one word, never capitalised mid-sentence ("Heavy", not "Long").
    const c = context.entity ? context.cases?.get(n.toLowerCase()) : undefined;
    if (context.cases && (context.entity ? words.length === 1 && !!c && c[1] === 0 && c[0] > 0 : commonWordsOnly(words, context.cases))) return described(n);
    if (opensDatelineInAny(context.texts ?? [], n)) return { kind: 'none' };
  }
  return { kind: 'name', name: n };
}

