// Splits article text into paragraphs, tokens and sentences (abbreviations, decimals, quotes, headlines, captions) in linear time.
import { isVideoTitleAfter, VIDEO_DURATION } from '../model/video-entry.js';
import type { Sentence, SentenceKind, Span, Token } from '../model/analysis.js';
import { POLICE_RANKS as RANKS_OF_POLICE, RANK_STOPS } from './ranks.js';

/** Tuned word lists for sentence splitting; tuned by reading the example corpus and common news style guides. */
export interface SentenceOptions {
  /** Titles and honorifics: a following full stop never ends a sentence ("Dr. Lee"). */
  titles: ReadonlySet<string>;
  /** Month abbreviations: no break when a number follows ("Oct. 17"). */
  months: ReadonlySet<string>;
  /** Other abbreviations that take a full stop; a break only when a capitalised function word follows. */
  abbreviations: ReadonlySet<string>;
  /** Words that commonly start a sentence: after "U.S." or "etc." they signal a break. */
  sentenceStarters: ReadonlySet<string>;
  /** Patterns that mark a paragraph as a photo caption (checked on the lower-cased paragraph). */
  captionPatterns: readonly RegExp[];
}

/**
 * A social-media post embedded in a page, as its widget leaves it in the text: a picture link, or the signature
 * "— Name (@handle) January 23, 2016". Matched on lower-cased paragraphs, as the caption patterns are.
 */
export const EMBEDDED_POST = /pic\.twitter\.com\/|\(@\w+\)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},\s+\d{4}\s*$/;

/**
 * A video or photo gallery's player left in the text, matched on the lower-cased paragraph: "5 of 15 CLOSE Skip in Skip x
 * Embed x Share ...", a gallery's slide counter before its caption ("Image 76 of 111 TV news stations line the street ..."),
 * a gallery's label before a slide's title and caption ("Caption Vehicle with a body inside found in Deep Creek ...",
 * "Caption + A teenage boy was found ..."), a gallery's switches ("PHOTOS: Riverside Manor Apartments View as list View as
 * gallery Open Gallery"). What follows it describes a clip or a slide, not an event told by the article.
 */
export const PLAYER = /\bskip in skip x embed x share\b|\bview as list view as gallery\b|\b\d+ of \d+ close\b|^(?:image|photo|picture|slide) \d+ of \d+\b|^caption (?:\+ )?[\p{L}\d]/u;

/** Abbreviated street types that seldom end a sentence ("Weston Ct.", "Pacific Ave."). */
export const STREET_TYPES: readonly string[] = ['ave', 'blvd', 'ct', 'ln', 'pl', 'pkwy', 'hwy', 'cir', 'ter', 'trl'];

export const defaultSentenceOptions: SentenceOptions = {
  // Honorifics and ranks seen in wire copy (AP style abbreviates ranks before names).
  titles: new Set(['mr', 'mrs', 'ms', 'dr', 'prof', ...RANK_STOPS, 'st', 'rev', 'hon', 'pres', 'messrs', 'mme', 'mlle', 'jr', 'sr']),
  // AP month abbreviations plus the common longer forms ("Sept.").
  months: new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']),
  // Frequent news abbreviations; "no" only counts when a number follows (checked in code).
  abbreviations: new Set(['etc', 'vs', 'approx', 'est', 'no', 'nos', 'inc', 'corp', 'ltd', 'co', 'bros', 'dept',
    'fig', 'vol', 'ca', 'cf', 'al', 'mt', 'ft', 'univ', 'assn', 'intl', 'govt',
    // Street and place abbreviations of addresses ("1550 Weston Ct. NE", "Cedar Ln. and Main").
    ...STREET_TYPES, 'hts', 'twp',
    // A police precinct or a district before its number ("Pct. 4 Constable Ronald Hickman").
    'pct', 'dist']),
  // Sentence-initial function words, from the example articles' first words.
  sentenceStarters: new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in',
    'on', 'at', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'there', 'however', 'meanwhile',
    'according', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'for', 'so', 'yet', 'north', 'south', 'one']),
  // Credit lines and caption phrases seen on news pages (Yonhap, AP, Reuters, Getty styles).
  captionPatterns: [
    /\bin this (?:file )?(?:photo|picture|image|handout)\b/,
    /\b(?:photo|picture|image|handout) (?:provided|released|taken|distributed) by\b/,
    /\bthis (?:photo|picture|image) taken\b/,
    /\((?:photo|picture|image|file photo)[:/ ]/,
    /\bphoto(?:graph)?: [^.]*$/,
    /\b(?:photo|picture|image) (?:credit|by)\b/,
    /[.!?]["\u201d]?\s+(?:ap|afp|reuters|epa|getty images|yonhap|kcna via kns|efe|xinhua)(?: photo)?\s*$/,
    /\((?:ap|afp|reuters|epa|yonhap) photo\b/,
    /\/ ?(?:ap|afp|reuters|epa|getty images|yonhap|anadolu|shutterstock)\b/,
    /\bfile photo\b/,
    PLAYER,
    EMBEDDED_POST,
  ],
};

/**
 * Verbs of a scene a photo shows, in the present tense a caption is written in ("Firefighters carry a stretcher",
 * "A woman lays flowers", "Soldiers stand guard"). Report prose tells the same acts in the past ("carried", "laid").
 * Verbs whose present form is also a common noun at a sentence's start ("blocks", "lines") or of speech ("speaks out
 * tonight", a broadcast's lead) are left out.
 */
const SCENE_VERB = /^(?:stands?|walk(?:s)?|looks?|holds?|carr(?:y|ies)|lays|places|gathers?|sits?|waits?|watch(?:es)?|embraces?|hugs?|comforts?|prays?|mourns?|attends?|investigates?|inspects?|examines?|guards?|kneels?|cr(?:y|ies)|weeps?|reacts?|consoles?|prepares?|removes?|arrives?|leaves?|enters?|helps?|assists?|collects?|surrounds?|poses?|listens?|hangs?|visits?|sings?|wipes?|escorts?|sweeps?|tends?|awaits?|line|cover|works?|searches|search|lights?)$/;
/** Words that cannot stand in a caption's subject before its verb: auxiliaries, relatives, conjunctions, speech. */
const NOT_SUBJECT = /^(?:was|were|is|are|be|been|being|has|have|had|will|would|could|should|can|may|might|must|to|who|that|which|where|when|after|before|as|if|said|says|say|told|tells|according|\p{L}+ed)$/iu;
/** A determiner, a possessive or a preposition: the word after it is a noun ("The search", "a block"), not a verb. */
const BEFORE_NOUN = /^(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your|of|in|on|at|for|from|by|with|and|or|one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;
/** Words that open a clause, an adverbial or a pronoun's sentence, never a caption's subject. */
const CLAUSE_OPENER = /^(?:as|when|while|if|after|before|because|since|although|though|until|once|in|on|at|for|from|with|during|despite|here|there|it|this|that|they|we|he|she|i|you)$/i;
/** A day or a date: a caption tells when its photo was taken ("on Friday night", "May 2, 2025"). */
const CAPTION_DAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b/;

/**
 * Whether a paragraph reads as a photo caption that carries no credit: one sentence, no quotation and no verb of saying,
 * that opens with a subject of up to six words and a scene verb in the present tense, and tells the day the photo was
 * taken ("Firefighters carry a stretcher outside the bar on Friday night."). A report tells a past day in the past tense.
 */
export function readsAsCaption(para: string): boolean {
  if (para.length > 300 || !/\.$/.test(para) || !CAPTION_DAY.test(para)) return false;
  if (/["“”]|\b(?:said|says|say|told|tells|according)\b/.test(para)) return false;
  // One sentence: no stop followed by a capital inside it ("St." and initials aside, a caption seldom holds one).
  if (/[a-z]{3}[.!?]\s+\p{Lu}/u.test(para.slice(0, -1))) return false;
  const words = para.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  // A caption opens with what its photo shows, not with a clause ("As the threat arrives, ...") or a pronoun.
  if (words.length < 4 || !/^\p{Lu}/u.test(words[0]!) || CLAUSE_OPENER.test(words[0]!)) return false;
  for (let i = 1; i < Math.min(words.length, 8); i++) {
    const w = words[i]!;
    if (SCENE_VERB.test(w)) return !BEFORE_NOUN.test(words[i - 1]!);
    if (NOT_SUBJECT.test(w)) return false;
  }
  return false;
}

/** A closing quote or bracket that stays with the sentence before it. */
const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '\u00bb', '\u203a']);
const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[', '\u00ab', '\u2039']);
const TERMINAL = new Set(['.', '!', '?', '...', '\u2026', '?!', '!?']);

// One token: dotted acronym (U.S., a.m.), number with separators/decimals, word with inner hyphens/apostrophes,
// possessive 's, ellipsis, repeated ?/!, or any other single non-space character.
const TOKEN_RE =
  /(?:\p{L}\.){2,}(?!\p{L})|\p{N}+(?:[.,:]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}\p{N}_]+(?:(?:['\u2019](?![sS](?![\p{L}\p{N}]))|-(?!(?:\p{L}\.){2}))[\p{L}\p{M}\p{N}_]+)*|['\u2019][sS](?![\p{L}\p{N}])|\.{3}|[?!]{2,}|\S/gu;

/** Tokens of `text` between `start` and `end`, offsets into `text`. Abbreviation full stops are joined to the word. */
export function tokenize(text: string, start = 0, end = text.length, opts: SentenceOptions = defaultSentenceOptions): Token[] {
  const out: Token[] = [];
  // One pattern for every call (nothing below calls back in before the loop ends).
  const re = TOKEN_RE;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < end) {
    const s = m.index;
    const e = Math.min(end, s + m[0].length);
    if (e < s + m[0].length) m[0] = text.slice(s, e);
    const prev = out[out.length - 1];
    // Attach a full stop to an abbreviation or initial written right before it.
    if (m[0] === '.' && prev && prev.span[1] === s && isAbbreviation(prev.text, opts)) {
      prev.span = [prev.span[0], e];
      prev.text += '.';
      continue;
    }
    out.push({ span: [s, e], text: m[0] });
  }
  return out;
}

function isAbbreviation(word: string, opts: SentenceOptions): boolean {
  if (/^\p{Lu}$/u.test(word)) return true; // initial "J."
  if (POLICE_RANKS.has(word)) return true;
  const w = word.toLowerCase();
  return opts.titles.has(w) || opts.months.has(w) || opts.abbreviations.has(w);
}

/** Paragraph spans of `text`: each non-blank line, trimmed. */
export function paragraphSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed) out.push([m.index + lead, m.index + lead + trimmed.length]);
  }
  return out;
}

const startsUpper = (t: Token | undefined): boolean => !!t && /^[\p{Lu}\p{N}]/u.test(t.text);
const startsLower = (t: Token | undefined): boolean => !!t && /^\p{Ll}/u.test(t.text);

const POLICE_RANKS: ReadonlySet<string> = new Set(RANKS_OF_POLICE);

/** Whether the terminal token at `i` (followed by `next`, after closers) ends a sentence. */
/** The endings of web addresses a station or paper names itself by in capitals ("CBSDFW.COM", "KSL.COM", "NEWS4JAX.TV"). */
const WEB_ENDING = /^(?:com|net|org|tv|gov|edu|us|co|info|news)$/i;

/** Words that go on telling the time after "a.m." or "p.m.": a weekday, a month, a time zone, a holiday. */
const TIME_FOLLOWER = /^(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Eastern|Central|Pacific|Mountain|Atlantic|Local|[ECMP][SD]?T|GMT|UTC|New|Christmas|Easter|Thanksgiving|Memorial|Labor|Independence|Halloween|Tonight|Today)\.?$/;

function isBoundary(tokens: Token[], i: number, next: Token | undefined, opts: SentenceOptions): boolean {
  const tok = tokens[i]!;
  if (!next) return true;
  if (startsLower(next)) return false;
  // "a magnitude-6.4 temblor", "bought a .38-caliber revolver": a full stop written right before a digit is a decimal point,
  // unless a word's letters touch it on the left ("over the weekend.12 year-old Liesel Casto was killed": paragraphs run together).
  const prev = tokens[i - 1];
  if (tok.text === '.' && next.span[0] === tok.span[1] && /^\p{N}/u.test(next.text) && !(prev && prev.span[1] === tok.span[0] && /\p{L}{3}$/u.test(prev.text))) return false;
  // "DALLAS (CBSDFW.COM) –", "Follow WSBTV.COM:": a full stop between a name and a domain's ending, touching both, is a web address's.
  if (tok.text === '.' && next.span[0] === tok.span[1] && tokens[i - 1]?.span[1] === tok.span[0] && WEB_ENDING.test(next.text)) return false;
  // A comma, colon or semicolon after a quote's end stops the sentence continuing anyway ("?", he asked).
  if (/^[,;:\-\u2013\u2014]$/.test(next.text)) return false;
  const t = tok.text;
  if (t.endsWith('.') && t.length > 1) {
    const word = t.slice(0, -1);
    const lower = word.toLowerCase();
    if (/^\p{Lu}$/u.test(word)) {
      // An initial, unless an article and a word in lower case follow it: "is known as Big O. A confidential informant told
      // them" opens a sentence; a name's initials are followed by a name ("John O. Smith", "O. J. Simpson").
      return /^(?:A|An|The)$/.test(next.text) && startsLower(tokens[tokens.indexOf(next, i + 1) + 1]);
    }
    // "toward Morse St. They believe": "St." after a name is a street's, and a sentence opener after it starts a sentence.
    if (word === 'St' && /^\p{Lu}\p{Ll}+$/u.test(tokens[i - 1]?.text ?? '') && /^(?:He|She|It|They|We|The|His|Her|Their|Police|Officers|Authorities)$/.test(next.text)) return true;
    if (opts.titles.has(lower)) return false;
    // Police ranks in releases, capitalised before a name ("said Off. Aaron Patty", "Det. Smith"); a lower-case "off." ends a sentence.
    if (POLICE_RANKS.has(word)) return false;
    // "about 9 p.m. Perry came out of the store": a capitalised word after a time of day opens a sentence, unless it goes
    // on telling when ("9 p.m. Sunday", "8 p.m. Eastern", "10 p.m. EST").
    if (/^[ap]\.m$/i.test(word) && /^\p{Lu}/u.test(next.text) && !TIME_FOLLOWER.test(next.text)) return true;
    const nextLower = next.text.toLowerCase();
    if (opts.months.has(lower) || lower === 'no' || lower === 'nos') {
      return !/^\p{N}/u.test(next.text) && opts.sentenceStarters.has(nextLower);
    }
    // Dotted acronyms and other abbreviations end a sentence only before a typical sentence opener or a quote.
    return opts.sentenceStarters.has(nextLower) || OPENERS.has(next.text);
  }
  if (t === '...' || t === '\u2026') return startsUpper(next) && next.text !== 'I';
  return true;
}

/**
 * Splits `text` into sentences. `paragraphs` gives paragraph spans (default: every non-blank line);
 * sentences never cross them. The first paragraph without final punctuation is a 'headline';
 * paragraphs that read as photo captions, and a video player's running time and the title after it, give 'caption' sentences.
 */
export function splitSentences(text: string, paragraphs?: [number, number][], opts: SentenceOptions = defaultSentenceOptions): Sentence[] {
  const paras = paragraphs ?? paragraphSpans(text);
  const out: Sentence[] = [];
  paras.forEach(([ps, pe], pi) => {
    const tokens = tokenize(text, ps, pe, opts);
    if (tokens.length === 0) return;
    const paraText = text.slice(ps, pe).trim();
    const lowerPara = paraText.toLowerCase();
    // A video player's entry: its running time alone ("2:25"), then its title, another story's, unended.
    const video = VIDEO_DURATION.test(paraText) || (pi > 0 && isVideoTitleAfter(text.slice(paras[pi - 1]![0], paras[pi - 1]![1]), paraText));
    const caption = video || opts.captionPatterns.some((re) => re.test(lowerPara)) || readsAsCaption(paraText);
    const headline = pi === 0 && !/[.!?\u2026]["'\u201d\u2019)]*$/.test(paraText) && !caption;
    let begin = 0;
    // Photo credits written into the running text ("Michael Ip/for New York Daily News A 20-year-old man is ..."): each is
    // a caption sentence of its own, the words after it a new sentence.
    const credits = inlineCredits(text, ps, pe, tokens);
    let nextCredit = 0;
    // Straight double quotes seen before token `quotesTo`: an odd count means a quotation is open.
    let quotes = 0;
    let quotesTo = 0;
    const quoteOpen = (k: number): boolean => {
      for (; quotesTo < k; quotesTo++) if (tokens[quotesTo]!.text === '"') quotes++;
      return quotes % 2 === 1;
    };
    const emit = (endExclusive: number, credit = false): void => {
      if (endExclusive <= begin) return;
      const toks = tokens.slice(begin, endExclusive);
      const span: Span = [toks[0]!.span[0], toks[toks.length - 1]!.span[1]];
      const kind: SentenceKind = caption || credit ? 'caption' : headline ? 'headline' : 'body';
      out.push({ span, text: text.slice(span[0], span[1]), kind, paragraph: pi, tokens: toks });
      begin = endExclusive;
    };
    for (let i = 0; i < tokens.length; i++) {
      const credit = credits[nextCredit];
      if (credit && i === credit[0]) {
        emit(i);
        emit(credit[1], true);
        nextCredit++;
        i = credit[1] - 1;
        continue;
      }
      if (!TERMINAL.has(tokens[i]!.text) && !(tokens[i]!.text.endsWith('.') && tokens[i]!.text.length > 1)) continue;
      let j = i + 1;
      while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && (isCloser(text, tokens[j]!) || (tokens[j]!.text === '"' && tokens[j]!.span[0] === tokens[j - 1]!.span[1] && quoteOpen(j)))) j++;
      if (isBoundary(tokens, i, tokens[j], opts) && !datelinePlace(text, tokens, begin, i, tokens[j])) {
        emit(j);
        i = j - 1;
      }
    }
    emit(tokens.length);
  });
  return out;
}

/**
 * A photographer and the paper, agency or station a photo is credited to, written into the running text without brackets:
 * "Andy Mai/New York Daily News", "Erin Hooley / Chicago Tribune", "Ashley Mott/The News-Star", "Greg Schapker/WAVE 3 News".
 */
const INLINE_CREDIT =
  /(?<![\p{L}(:])(?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+ ?\/ ?(?:for )?(?:The )?(?:[\p{Lu}\d][\p{L}\d.&'’-]* ){0,3}(?:News|Times|Tribune|Post|Press|Herald|Journal|Sun|Star|Record|Gazette|Chronicle|Register|Dispatch|Observer|Inquirer|Bee|Republic|Courier|Enquirer|Statesman|Getty Images|AP|Reuters|AFP)(?:-\p{Lu}\p{L}+)?(?: \d{1,2})?(?=[\s)]|$)/gu;

const CREDIT_SLASH = /\p{L} ?\/ ?(?:for )?[\p{Lu}\d]/u;

/** The token ranges [first, end) of the inline photo credits of the paragraph [start, end), in order. */
function inlineCredits(text: string, start: number, end: number, tokens: readonly Token[]): [number, number][] {
  const para = text.slice(start, end);
  // Only a slash between a word and a capital or a number may close a credit's name (most slashes are a web address's).
  if (!para.includes('/') || !CREDIT_SLASH.test(para)) return [];
  const out: [number, number][] = [];
  let t = 0;
  for (const m of para.matchAll(INLINE_CREDIT)) {
    const from = start + m.index!;
    const to = from + m[0].length;
    while (t < tokens.length && tokens[t]!.span[0] < from) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.span[1] <= to) t++;
    if (t > first && tokens[first]!.span[0] === from) out.push([first, t]);
  }
  return out;
}

/** An agency in brackets and a dash, right after a dateline's place: "(AP) —", "(Reuters) - ". */
const AGENCY_DASH = /^\(\p{Lu}[\p{L}\p{N} .&-]{0,24}\)\s*(?:—|–|-{1,2})\s/u;

/**
 * Whether the full stop at `i` closes the abbreviated state of a dateline's place ("PINE CREEK, Calif. (AP) - A
 * wildfire grew ..."): a few words from where the sentence began, then an agency in brackets and a dash. The dateline
 * opens the sentence it heads; it is no sentence of its own.
 */
function datelinePlace(text: string, tokens: Token[], begin: number, i: number, next: Token | undefined): boolean {
  if (!next || next.text !== '(' || i - begin > 6) return false;
  if (!/^\p{Lu}{2}/u.test(tokens[begin]?.text ?? '')) return false;
  return AGENCY_DASH.test(text.slice(next.span[0], next.span[0] + 40));
}

/**
 * A straight quote after a full stop closes a quotation when no letter touches it on the right. One that a letter
 * touches closes one too when it touches the stop and a quotation is open (paragraphs run together: "... that upstairs
 * apartment."Anisa's family says ..."); the splitter counts the quotes before it. Written apart from the stop ('said. "These
 * young people'), it opens one.
 */
function isCloser(text: string, tok: Token): boolean {
  if (tok.text !== '"' && tok.text !== "'") return true;
  const after = text[tok.span[1]];
  return after === undefined || !/[\p{L}\p{N}]/u.test(after);
}
