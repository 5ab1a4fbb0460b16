// Which speaker spans name no one: a photo or video credit ("Photo: Jane Doe / KSL", "(AP Photo/John Smith)"),
// caption labels ("Caption Close Image"), and clauses the tagger read as a source ("Seven people were shot, with six").
import { defaultEntityOptions } from '../entities/lexicon.js';
import { RANK_ABBREVIATIONS } from '../ranks.js';

/** Caption and credit words: a span holding one is page furniture, not a party that states something. */
const CAPTION_WORD = /\b(?:photos?|photograph(?:er|s)?|image|caption|video|credit|courtesy|getty|file)\b/i;
/** The end of the text before a speaker when the speaker opens a credit: "Photo: ", "(AP Photo/", "Photo by ", "Credit: ". */
const CREDIT_BEFORE = /(?:\b(?:photos?|photograph(?:ed)?|image|video|credit(?:ed)?|courtesy(?:\s+of)?|provided)\s*(?:by\s+|:\s*|\/\s*|\|\s*|-\s*)?|\b(?:photos?|image|video)\s+\p{Lu}[\p{L}.]*\s*(?:\/|:)\s*)$/iu;
/** An auxiliary or finite verb: a span that holds one after its first word tells an event, unless a relative pronoun introduces it. */
const CLAUSE_VERB = /^(?:was|were|is|are|has|have|had|been)$/i;
const RELATIVE = /^(?:who|whom|whose|that|which|where|what)$/i;
/** Page chrome and teasers the tagger reads as a source ("MUST WATCH Students flee after ...", "READ MORE"). */
const CHROME = /^(?:must watch|just watched|read more|more|continue reading|previous(?:ly| story)?|original post|related|advertisement|update[ds]?|warning|please|where|story|watch|click)\b/i;
/** A span that is only a day, a month, a number word (not "one": a pronoun, resolved or left out downstream) a pronoun with a contraction ("We're", "I've") or an adverb of how it was told ("as first reported") names no one. */
const NO_ONE = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|two|three|four|five|six|seven|eight|nine|ten|dozens?|(?:we|they|i|you|he|she|it)['’](?:re|ve|ll|d|m|s)|first|initially|originally|previously|earlier|widely|erroneously|wrongly|mistakenly)$/i;
/**
 * Capitalised words before an initial that are no given name: a title or honorific, a head word of a place or a body (the
 * entity lexicon's), and a few words that open a sentence or end a street's name.
 */
const notGiven = (word: string): boolean => {
  const w = word.toLowerCase();
  const o = defaultEntityOptions;
  return o.titles.has(w) || o.honorifics.has(w) || o.placeHeads.has(w) || o.orgHeads.has(w) || /^(?:reverend|miss|the|and|but|said|says|told|according|way|place)$/.test(w);
};

/**
 * A thing told by a determiner and its noun ("the gun", "The weapon", "a bullet"): the subject of a clause the tagger read
 * as a source ("The gun had been placed there by a family member who ... did not know the kids would be there"), never one
 * who says or knows anything.
 */
const THING = /^(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]his)\s+(?:[a-z-]+\s+)?(?:gun|guns|handgun|pistol|rifle|shotgun|weapon|firearm|bullet|bullets|car|vehicle|truck|shot|shots)$/u;

/** Abbreviated titles and ranks the tagger may stop at, before the name ("said Lt. Dan McGrath" tagged "Lt"). */
const TITLE_ABBREVIATION = new RegExp(`(?:^|\\s)(?:${[...RANK_ABBREVIATIONS, 'Dr', 'Mr', 'Mrs', 'Ms'].join('|')})$`);

/** The offset in a span of the clause verb that makes it a clause ("Seven people were shot"), or -1. */
function clauseAt(own: string): number {
  const re = /[^\s,;]+/g;
  let m: RegExpExecArray | null;
  let first = true;
  while ((m = re.exec(own))) {
    if (!first && RELATIVE.test(m[0])) return -1;
    if (!first && CLAUSE_VERB.test(m[0])) return m.index;
    first = false;
  }
  return -1;
}

/** Auxiliaries, negations and adverbs the tagger may take into the end of a source ("Police don't", "Few people would"). */
const TRAILING = /\s+(?:(?:do|does|did|is|are|was|were|have|has|had|would|could|will|can|ca|wo)n['’]t|do|does|did|would|could|will|can|may|might|should|must|also|still|now|then|have|has|had|are|is|was|were)$/i;

/** A speaker span without the auxiliaries and adverbs at its end ("Police don't" -> "Police") and without what follows a
 * named person's age; the span itself when it has none. */
export function trimSpeakerSpan(text: string, span: readonly [number, number]): [number, number] {
  let own = text.slice(span[0], span[1]);
  // "LITTLE ROCK, Ark. (KTHV) – Little Rock police say": a dateline's dash closes the dateline; the speaker opens after it.
  let start = span[0];
  let dash: RegExpExecArray | null = null;
  for (const m of own.matchAll(DATELINE_DASH)) dash = m;
  // Only a dateline's: a bracketed station or agency, a word in capitals, or a state's abbreviation before the dash.
  if (dash && dash.index + dash[0].length < own.length && /\)|\b\p{Lu}{2,}\b|\.\s*$/u.test(own.slice(0, dash.index + 1))) {
    start += dash.index + dash[0].length;
    own = own.slice(dash.index + dash[0].length);
  }
  // "is known as Big O. A confidential informant": a stop before an article and a word in lower case ends the sentence
  // before; the speaker opens after it.
  let stop: RegExpExecArray | null = null;
  for (const m of own.matchAll(STOP_BEFORE_ARTICLE)) stop = m;
  if (stop) {
    start += stop.index + stop[0].length;
    own = own.slice(stop.index + stop[0].length);
  }
  // "Beth Krut, 47, of Mount Oliver": the speaker is the name before the age, not the place after it.
  const aged = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s*\d{1,3}\s*,/u.exec(own);
  if (aged) own = aged[1];
  for (let m = TRAILING.exec(own); m && m.index > 0; m = TRAILING.exec(own)) own = own.slice(0, m.index);
  return [start, start + own.length];
}

/** A full stop, then an article and a word in lower case: where a sentence run into a speaker's span ends. */
const STOP_BEFORE_ARTICLE = /[.!?]["”’]?\s+(?=(?:A|An|The)\s+\p{Ll})/gu;

/** A dash set off by spaces, or right after a dateline's closing bracket: no speaker's name holds one. */
const DATELINE_DASH = /\s+(?:[–—]|--?)\s+|\)\s*[–—-]+\s*/g;

/** Where a clause read as a source hands over to its speaker: "..., and police", "... after family members". */
const HAND_OVER = /(?:,\s*and|,|\band|\bwhen|\bafter|\bbefore|\bas|\bwhat|\bbut|\bwhile)\s+((?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}[\p{L}.'’-]+)$/u;
/** Words that may open the speaker after a clause: a body noun, a capitalised name, a determiner. */
const SPEAKER_OPENER = /^(?:the\s+|\p{Lu}|(?:state\s+|local\s+)?(?:police|officials?|authorities|investigators|deputies|detectives|officers|troopers|prosecutors|witnesses|family|relatives|neighbou?rs|friends|residents)\b)/u;

/**
 * A clause the tagger read as the source, when the speaker closes it ("The victims were shot outside, and police"
 * say): the span of that speaker; null when no speaker closes it. Spans that are no clause come back as they are.
 */
export function speakerOfClause(text: string, span: readonly [number, number]): [number, number] | null {
  const own = text.slice(span[0], span[1]);
  const at = clauseAt(own);
  if (at < 0) return [span[0], span[1]];
  const m = HAND_OVER.exec(own.slice(at));
  if (!m || !SPEAKER_OPENER.test(m[1]) || clauseAt(`x ${m[1]}`) >= 0) return null;
  const start = span[0] + at + m.index + m[0].length - m[1].length;
  return [start, span[1]];
}

/**
 * A photo credit run into the next sentence: a name in capitals and a bar, then the outlet ("TOM HINDMAN | Gazette Mail
 * Police say ..."). The bar's end, where the credit's outlet opens.
 */
const CREDIT_BAR = /(?:^|[\s(])(?:\p{Lu}[\p{Lu}.'’-]+\s+){0,3}\p{Lu}[\p{Lu}.'’-]+\s*\|\s*/gu;
/** Words that close an outlet's or an agency's name in a credit ("Gazette-Mail", "Daily News", "Staff", "AP"). */
const OUTLET_WORD = /^(?:Gazette(?:-Mail)?|Mail|News|Times|Post|Herald|Tribune|Journal|Press|Star|Register|Observer|Daily|Courier|Record|Sun|Chronicle|Dispatch|Bee|Inquirer|Examiner|Review|Leader|Telegraph|Democrat|Republic|Republican|Independent|Bulletin|Enquirer|Sentinel|Globe|Mercury|Eagle|Citizen|Ledger|Union|Statesman|Advocate|Banner|Beacon|Times-\p{L}+|Staff|Photo|Photos|Images|AP|Reuters|AFP|Getty|TNS|Newspapers?|Media|Network|Online)$/u;

/**
 * A speaker span that holds a photo credit, or opens inside one ("TOM HINDMAN | Gazette Mail Police"): the span of the
 * words after the credit's outlet ("Police"); the span as it is when no credit stands before it on its line; null when
 * nothing but the credit is left.
 */
export function afterCredit(text: string, span: readonly [number, number]): [number, number] | null {
  const lineStart = text.lastIndexOf('\n', span[0] - 1) + 1;
  const line = text.slice(lineStart, span[1]);
  if (!line.includes('|')) return [span[0], span[1]];
  let barEnd = -1;
  for (const m of line.matchAll(CREDIT_BAR)) barEnd = lineStart + m.index + m[0].length;
  if (barEnd < 0) return [span[0], span[1]];
  // The outlet's words may open before the span ("Gazette Mail" left out of it), never anything else.
  if (barEnd < span[0] && !/^(?:[\p{Lu}][\p{L}.'’&-]*\s+)*$/u.test(text.slice(barEnd, span[0]))) return [span[0], span[1]];
  // The outlet: its capitalised words up to the last outlet word among the first five.
  const words = [...text.slice(barEnd, span[1]).matchAll(/\S+/g)].slice(0, 5);
  let end = barEnd;
  for (const w of words) {
    if (!/^\p{Lu}/u.test(w[0])) break;
    if (OUTLET_WORD.test(w[0].replace(/[.,;:]+$/, ''))) end = barEnd + w.index + w[0].length;
  }
  const start = Math.max(span[0], end);
  const rest = text.slice(start, span[1]);
  const lead = rest.length - rest.trimStart().length;
  return rest.trim() ? [start + lead, span[1]] : null;
}

/**
 * A credit that ends in the word of its source ("JANE DOE / PROVIDED", "Photo: Jane Doe Provided", "Provided by the
 * family") run into the speaker after it: the words of the credit, up to that word and what it was provided by.
 */
const CREDIT_WORD_END = /\b(?:provided|contributed|submitted)\b(?:\s+by\s+(?:the\s+)?(?:family|friends|relatives|police|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}?\p{Lu}[\p{L}'’.-]*(?=\s+\p{Lu})))?[)\]]?\s+/giu;

/**
 * A speaker span that holds a credit ending in "Provided" before the speaker ("JANE DOE / PROVIDED Police"): the span of
 * the words after it ("Police"), flagged as cut; the span as it is when it holds none; null when nothing is left.
 */
export function afterCreditWord(text: string, span: readonly [number, number]): { span: [number, number]; cut: boolean } | null {
  const own = text.slice(span[0], span[1]);
  let end = -1;
  for (const m of own.matchAll(CREDIT_WORD_END)) end = m.index + m[0].length;
  if (end < 0) return { span: [span[0], span[1]], cut: false };
  const rest = own.slice(end);
  return /^\p{Lu}|^(?:police|officials|authorities|investigators)\b/u.test(rest) ? { span: [span[0] + end, span[1]], cut: true } : null;
}

/** Whether a mention runs back over a photo credit's outlet ("Gazette Mail Police" after "TOM HINDMAN | ") or its "Provided". */
export function mentionOverCredit(text: string, mention: readonly [number, number]): boolean {
  const cut = afterCredit(text, mention);
  if (cut === null || cut[0] > mention[0]) return true;
  // "PROVIDED Police" after "JANE DOE / ": a mention that holds a credit's "Provided" runs back over it.
  const word = afterCreditWord(text, mention);
  return word === null || word.cut;
}

/** Whether a speaker span names someone who can state something (false for credits, caption labels and clauses). */
export function isSpeakerSpan(text: string, span: readonly [number, number], afterCreditCut = false): boolean {
  const own = text.slice(span[0], span[1]);
  if (CAPTION_WORD.test(own) || CHROME.test(own) || NO_ONE.test(own.trim()) || THING.test(own.trim())) return false;
  // "Pierce Ave. NE and" (found drugs): a span that ends in a conjunction or a preposition is a fragment, no one's name.
  if (/\s(?:and|or|but|nor|of|to|in|on|at|for|with|from|by)$/i.test(own.trim())) return false;
  // The credit's own line: the words before the speaker on its line.
  const lineStart = text.lastIndexOf('\n', span[0] - 1) + 1;
  const before = text.slice(Math.max(lineStart, span[0] - 40), span[0]);
  // A span already cut after a credit ("JANE DOE / PROVIDED Police") has that credit before it and is the speaker.
  if (!afterCreditCut && CREDIT_BEFORE.test(before)) return false;
  if (clauseAt(own) >= 0) return false;
  if (listHeadings(text).has(own.trim()) && /^\s*:\s*[^\s"“'‘]/.test(text.slice(span[1], span[1] + 5)) && /^[ \t]*$/.test(text.slice(lineStart, span[0]))) return false;
  return true;
}

/**
 * "Rug Thief: Police officers were on patrol ...", "Pot Bust: Officers were in the area ...": paragraphs of a round-up
 * (a police blotter, a list of items) opened by headings before a colon, two or more of them, are
 * items, not people speaking (a heading before quoted words, 'Rachel Spotts: "Are you satisfied?"', still speaks): most headings are told once, where a transcript names its few speakers again and again
 * ("Q:", "A:", "SMITH:").
 */
let headingsOf: { text: string; headings: Set<string> } | null = null;
function listHeadings(text: string): Set<string> {
  if (headingsOf?.text === text) return headingsOf.headings;
  const seen = new Map<string, number>();
  for (const m of text.matchAll(/^[ \t]*((?:\p{Lu}[\p{L}'’-]*[ \t]+){0,3}\p{Lu}[\p{L}'’-]*):[ \t]/gmu)) seen.set(m[1]!, (seen.get(m[1]!) ?? 0) + 1);
  const total = [...seen.values()].reduce((a, b) => a + b, 0);
  const headings = seen.size >= 2 && seen.size * 2 >= total && (seen.size >= 3 || total === seen.size) ? new Set(seen.keys()) : new Set<string>();
  headingsOf = { text, headings };
  return headings;
}

/** A name's suffix alone: "Jr.,", "Sr.", "III". */
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?,?$/;
/** The capitalised name and its comma right before a suffix: "Russell County Coroner Arthur Sumbry, " of "Arthur Sumbry, Jr.". */
const NAME_BEFORE_SUFFIX = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}'’-]+),\s*$/u;

/**
 * A speaker span that is only a name's suffix ("Jr.," of "Coroner Arthur Sumbry, Jr., has identified") runs back over
 * the name it closes; the span without a trailing comma. The span as given where it is no suffix or no name stands before.
 */
export function suffixSpeakerSpan(text: string, span: readonly [number, number]): [number, number] {
  if (!NAME_SUFFIX.test(text.slice(span[0], span[1]).trim())) return [span[0], span[1]];
  const name = NAME_BEFORE_SUFFIX.exec(text.slice(Math.max(0, span[0] - 80), span[0]));
  if (!name) return [span[0], span[1]];
  const end = text.slice(span[0], span[1]).replace(/,\s*$/, '').length + span[0];
  return [span[0] - name[0].length, end];
}

/** Dotted initials that name a place or a body, never a person's given names: "U.S.", "D.C.", "U.N.". */
export const PLACE_INITIALS = /^(?:U\.S\.|U\.K\.|D\.C\.|L\.A\.|N\.Y\.|U\.N\.|E\.U\.|N\.J\.|N\.C\.|S\.C\.|N\.H\.|N\.D\.|S\.D\.|W\.Va\.|P\.R\.)$/;

/** A force or body named right after a place: "police" of "Minneapolis police". */
const BODY_AFTER_PLACE = /^[ \t]+(?:police|officials|authorities|prosecutors|investigators|detectives|deputies|officers|firefighters)\b/i;

/**
 * A speaker span that stops at an abbreviated title runs on over the name after it: "Lt" of "Lt. Dan McGrath"; one that
 * is a place's name before the force it names runs on over that force: "Minneapolis" of "Minneapolis police"; a surname
 * alone runs back over the initials before it: "Long" of "C.E. Long".
 */
/** A body told by its place, then a comma, right before a state's name: "Police in Oakland, ", "Authorities in Fort Worth, ". */
const BODY_IN_PLACE_BEFORE = /(?<![\p{L}'’-])(?:[Pp]olice|[Aa]uthorities|[Oo]fficials|[Dd]eputies|[Ii]nvestigators|[Ff]irefighters|[Tt]roopers|[Pp]rosecutors)\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?,\s*$/u;

export function extendSpeakerSpan(text: string, span: readonly [number, number]): [number, number] {
  // "Chief C.E. Long said": a surname the tagger took alone runs back over the initials right before it.
  const initials = /^\p{Lu}[\p{L}'’-]+$/u.test(text.slice(span[0], span[1])) ? /(?<![\p{L}.])((?:\p{Lu}\.[ \t]?){1,3})$/u.exec(text.slice(Math.max(0, span[0] - 12), span[0])) : null;
  if (initials && !PLACE_INITIALS.test(initials[1]!.replace(/\s/g, ''))) {
    // "police chief Terence A. Monahan said": a name taken from its middle initial runs back over the given name.
    const start = span[0] - initials[1]!.length;
    const given = /^\p{Lu}\.[ \t]?$/u.test(initials[1]!) ? /(?<![\p{L}.'’-])(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 20), start)) : null;
    return [given && !notGiven(given[1]!) ? start - given[0].length : start, span[1]];
  }
  // "Police in Oakland, California say": a state the tagger took alone after a body told by its place is the body's.
  const bodyIn = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?$/u.test(text.slice(span[0], span[1])) ? BODY_IN_PLACE_BEFORE.exec(text.slice(Math.max(0, span[0] - 60), span[0])) : null;
  if (bodyIn) return [span[0] - bodyIn[0].length, span[1]];
  const body = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(text.slice(span[0], span[1])) ? BODY_AFTER_PLACE.exec(text.slice(span[1], span[1] + 30)) : null;
  if (body) return [span[0], span[1] + body[0].length];
  if (!TITLE_ABBREVIATION.test(text.slice(span[0], span[1]))) return [span[0], span[1]];
  // A word of the name takes a full stop only as an initial ("Lt. J. Smith"): "Lt. Dave Okada. When" ends at "Okada".
  const m = /^\.[ \t]*((?:(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)[ \t]+){0,2}\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(span[1], span[1] + 60));
  return m ? [span[0], span[1] + m[0].length] : [span[0], span[1]];
}
