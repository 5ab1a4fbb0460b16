// Which entity mention a speaker span names: its head, not a place or body it is "of", "in" or "with", nor a possessor or a modifier.
import { defaultEntityOptions } from '../entities/lexicon.js';

/** The fields of an entity mention the head rule reads. */
export interface HeadMention {
  span: readonly [number, number];
  type: string;
}

/** Where the head of a speaker span ends: an apposition, a bracket, or a post-modifier ("of", "in", "with", "against", "who"...). */
const HEAD_END = /,|\(|\s(?:in|at|with|from|for|against|about|regarding|concerning|involving|on|as|who|whom|whose|which|that|under|near|to|after|and|or|into|inside|outside|who['’]s)\s|(?<!\s\p{Lu}[\p{L}.'’-]*)\sof\s|\sof\s(?!\p{Lu})/u;
/** A time or adverbial that opens a span before a comma ("Early Tuesday morning, an Arkansas State Police"): not part of the speaker. */
const LEADING_ADVERBIAL = /^(?:(?:early|late|earlier|later|finally|however|meanwhile|also|then|today|tonight|yesterday|last|this|on|in|at|by|the|next|previous|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|month|year|day|overnight|now|but|and|so)\s*)+,\s*/i;
/** Nouns after a name that make the name their modifier ("Gary police", "the Sterling family", "Eden Prairie man", "Jail records"). */
const MODIFIED_NOUN = /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:police|officials?|officers?|authorities|deputies|detectives|investigators|troopers|agents|spokes(?:wo)?man|spokesperson|department|dispatch(?:ers)?|residents?|neighbou?rs?|famil(?:y|ies)|relatives|friends|man|woman|men|women|teens?|boy|girl|mother|father|mom|dad|son|daughter|brother|sister|uncle|aunt|wife|husband|roommates?|attorneys?|lawyers?|defender|leaders|students|staff|employees|workers|records|reports?|data|statistics|documents|page|profile|release|statement|coroner|sheriff|office|officials)\b/u;
/** A force or an office written with a capital after the place it serves ("Fayette County Sheriff", "Dallas Police"): the place modifies it. */
const OFFICE_AFTER_PLACE = /^\s+(?:Police|Sheriff|Coroner|Medical\s+Examiner|Prosecutors?|Officials|Authorities|Department)\b/u;
/** A dateline that opens a span ("NEW ORLEANS (AP) - "): not part of the speaker; a hyphen inside a word ("KIDK-TV") is none. */
const DATELINE = /^\p{Lu}[\p{Lu}.'’]*(?:\s+\p{Lu}[\p{Lu}.'’]*)*(?:,\s*\p{Lu}[\p{L}.]*)?\s*(?:\([^)]*\)\s*)?(?:—|–|--|(?<=\s)-|-(?=\s))\s*/u;
/** Capitalised words that stand before a name without being part of it. */
const NOT_PART = /^(?:The|A|An|According|Said|Says|Told|And|But|Or|In|On|At|Of|For|From|By|With|To|As|When|While|After|Before|Then|Also|Meanwhile|Both|All|Some|Many|Other|Another)$/;

/** A possessive after a mention: "Smith's", "the Smiths'". */
const POSSESSIVE = /^['’]s\b|^['’](?=\s)/;

/** The offsets in `text` of the head part of a speaker span [s, e): without a dateline, up to the first post-modifier. */
export function headPart(text: string, span: readonly [number, number]): [number, number] {
  const own = text.slice(span[0], span[1]);
  const d = DATELINE.exec(own);
  let start = d && d[0].length < own.length ? d[0].length : 0;
  const adverbial = LEADING_ADVERBIAL.exec(own.slice(start));
  if (adverbial && start + adverbial[0].length < own.length) start += adverbial[0].length;
  const m = HEAD_END.exec(own.slice(start));
  return [span[0] + start, m && m.index > 0 ? span[0] + start + m.index : span[1]];
}

/**
 * The index of the mention a speaker span names, or -1 when it names none:
 * - only mentions in the span's head count ("Sylvia Carrillo, the city manager of Aransas Pass" names Carrillo, not the town;
 *   "a statement from Gary police" names no mention);
 * - the last of them names the speaker ("South Korea's spy agency": the agency), the longest on ties;
 * - a mention followed by a possessive or by lower-case words of the head is a modifier, not the speaker ("Gary police",
 *   "Smith's attorney", "the Sterling family"), and so is a place or organisation whose own name the span writes longer
 *   ("New Orleans police" whose mention is "Orleans"): the speaker is the span's own words; a trade told before a company's
 *   name ("Chipmaker Halden Micro Devices Inc.") writes it no longer;
 * - a span inside a longer organisation's name (the tagger cut it at a comma of the name) names that organisation;
 * - when the head names no one but a possessor ("Amy's father, Amos McGhee"), an apposition that opens with a person names the speaker.
 */
export function speakerHead(text: string, span: readonly [number, number], mentions: readonly HeadMention[], candidates?: readonly number[]): number {
  const [hs, he] = headPart(text, span);
  let best = -1;
  const inSpan: number[] = [];
  for (const i of candidates ?? mentions.keys()) {
    const m = mentions[i];
    if (!m || m.span[1] <= span[0] || m.span[0] >= span[1]) continue;
    inSpan.push(i);
    // "Halden Micro Devices Inc. said": the span may stop before the full stop of an abbreviation the name ends with.
    if (m.span[0] < hs || (m.span[1] > he && !(m.span[1] === he + 1 && text[he] === '.'))) continue;
    const b = best >= 0 ? mentions[best].span : null;
    if (!b || m.span[1] > b[1] || (m.span[1] === b[1] && m.span[1] - m.span[0] > b[1] - b[0])) best = i;
  }
  if (best >= 0) {
    // "Pam Bosley of Project REACH": a person before "of" is the speaker, the body after it where the person works.
    const person = inSpan.find((i) => mentions[i].type === 'person' && mentions[i].span[1] <= mentions[best].span[0] && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(mentions[i].span[1], mentions[best].span[0])));
    if (person !== undefined && mentions[best].type !== 'person') return person;
    const m = mentions[best];
    const after = text.slice(m.span[1], he);
    // "Anchorage businessman and blogger Andrew Halcro": a place before words in lower case tells where the speaker is
    // from; the person those words lead to is the speaker.
    if (m.type === 'place' && /^\s+\p{Ll}/u.test(after)) {
      const described = inSpan.find((i) => mentions[i].type === 'person' && mentions[i].span[0] > m.span[1] && /^(?:\s+[\p{Ll}-]+)+\s+$/u.test(text.slice(m.span[1], mentions[i].span[0])));
      if (described !== undefined) return described;
    }
    const modifier = POSSESSIVE.test(after) || MODIFIED_NOUN.test(after) || (m.type === 'place' && (OFFICE_AFTER_PLACE.test(after) || /^\s+\p{Ll}/u.test(after)));
    const before = /((?:\p{Lu}[\p{L}.'’-]*\s+)+)$/u.exec(text.slice(hs, m.span[0]));
    const longer = m.type !== 'person' && /^\p{Lu}/u.test(text.slice(m.span[0], m.span[1])) && before !== null && !/['’]s?\s+$/.test(before[1]) && !before[1].trim().split(/\s+/).every((w) => NOT_PART.test(w) || defaultEntityOptions.businessDescriptors.has(w.toLowerCase()));
    if (!modifier && !longer) return best;
    if (!POSSESSIVE.test(after)) return -1;
  }
  // "Firearms and Explosives" or "The Bureau of Alcohol" of "Bureau of Alcohol, Tobacco, Firearms and Explosives": a
  // span that cuts a longer organisation's name names that organisation.
  if (best < 0) {
    const whole = inSpan.find((i) => {
      const m = mentions[i];
      return m.type === 'organisation' && m.span[1] >= span[1] && m.span[1] - m.span[0] > span[1] - span[0] && (m.span[0] < span[0] || (m.span[0] >= hs && m.span[0] < he));
    });
    if (whole !== undefined) return whole;
    // 'Claud "Tex" McIver told': a span holding only the surname after a nickname in quote marks names the person the
    // whole name does (a person's mention is otherwise never stretched over: "Justice of the Peace B.H. Jameson").
    const named = inSpan.find((i) => mentions[i].type === 'person' && mentions[i].span[0] < span[0] && mentions[i].span[1] === he && /["“][^"”]{1,30}["”]\s*$/u.test(text.slice(mentions[i].span[0], span[0])));
    if (named !== undefined) return named;
  }
  // "Amy's father, Amos McGhee": the head names only a possessor (or no one); an apposition names the person.
  const comma = text.slice(he, span[1]);
  if (!comma.startsWith(',')) return -1;
  const at = he + (/^,\s*/.exec(comma)?.[0].length ?? 1);
  // A title may stand before the person's mention ("Dr. Angela Pringle").
  return inSpan.find((i) => mentions[i].type === 'person' && mentions[i].span[0] >= at && /^(?:\p{Lu}\p{L}{0,4}\.?\s+)?$/u.test(text.slice(at, mentions[i].span[0]))) ?? -1;
}

/** The words of a speaker span that name it when no mention does: the span without a dateline or an opening time. */
export function speakerWords(text: string, span: readonly [number, number]): string {
  return text.slice(headPart(text, span)[0], span[1]);
}
