// The dateline or page label that opens a news sentence ("PUYALLUP, Wash. —", "UPDATE:"), shared by analysis and linking.

/**
 * A dateline opening a sentence: a place in capitals with its state, an agency or a date in brackets, a dash ("PUYALLUP,
 * Wash. —", "CROSSVILLE (WATE) –", "(WKRN) –", "St. Louis, MO (KMOX)", "Augusta, GA –", "KOKOMO, Ind. (June 15, 2014) —",
 * "Edmonton, Ky. (November 28, 2016) –", a station's "(08/18/16) -", "LEBANON, Pa.–A 15-year-old"). The brief, the timeline and what a
 * speaker said (an attribution's content) quote the sentence without it; the cited article keeps it.
 */
const DATELINE = /^(?:\p{Lu}[\p{Lu} .'’-]{1,40},\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s*(?:—|–)\s*|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s*\(\p{Lu}[\p{Lu}\p{N}&-]{1,11}\)\s*(?:(?:—|–|-{1,2})\s*)?|\p{Lu}[\p{Lu}\p{N} .'’-]{1,40}(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?\s*(?:\(\p{Lu}[\p{L}\p{N} .,&-]{0,24}\)\s*)?(?:—|–|-{1,2})\s+|\((?:\p{Lu}[\p{L}\p{N} .,&-]{0,24}|\d{1,2}\/\d{1,2}\/\d{2,4})\)\s*(?:—|–|-{1,2})\s+|(?:\p{Lu}[\p{Ll}.'’-]+\s+){0,2}\p{Lu}[\p{Ll}.'’-]+,\s+(?:\p{Lu}{2}|\p{Lu}\p{Ll}{1,4}\.)\s*(?:\(\p{Lu}[\p{L}\p{N} .,&-]{0,24}\)\s*)?(?:—|–|-{1,2})\s+)(?=\p{Lu}|["“‘\d])/u;

/**
 * A page's label run into the sentence it heads: "What to Know Two women were killed ...", "UPDATE: Police say ...", and
 * the buttons of a photo or video player left before a caption or the story's first line ("Buy Photo The man who was
 * also hit ...", "CLOSE Skip in Skip x Embed x Share Relatives of ...", "EMBED >More News Videos Witnesses say ..."); a label
 * written in lower case is one only with its colon ("Update: Police say ...", "Earlier: ..."), as is one with the time of
 * the update ("UPDATE, 5:30 p.m.: Police identified ...", "UPDATE 12:30 p.m. (Sept. 6): The man ...", "12:30PM FRIDAY: The
 * agent remains ..."); a lone dash or bullet
 * before the first word ("- A 7-year-old girl is home ...") is the page's, no part of the sentence, as is a rule of dashes
 * ("----------------One person is dead ...").
 */
const LEAD_LABEL = /^(?:(?:What to Know|WATCH|VIDEO|UPDATE|UPDATED|BREAKING(?: NEWS)?|DEVELOPING|Buy Photo|(?:\d+ of \d+ )?CLOSE Skip in Skip x Embed x Share|EMBED >\s?More News Videos|Story [Hh]ighlights)(?::\s*|\s+)|(?:Update|Updated|Earlier|Previously|Breaking|Developing):\s*|(?:UPDATE|UPDATED|Update|Updated),?\s+\d{1,2}(?::\d{2})?\s*[ap]\.m\.(?:\s+\p{Lu}\p{Ll}+|\s+\([^)]{1,20}\))?:\s*|\d{1,2}(?::\d{2})?\s*(?:[AP]\.?M\.?(?:\s+(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY))?|[ap]\.m\.\s+Update):\s*|[-—–•·]\s+|[-—–=_*]{3,}\s*)(?=[\p{Lu}"“\d])/u;

/** A sentence less the dateline, or the page's label, that opens it, if any. */
export function withoutDateline(sentence: string): string {
  return sentence.slice(datelineLength(sentence));
}

/** How many characters of the sentence a page's label and a dateline opening it take (0 where none does). */
export function datelineLength(sentence: string): number {
  // Labels may follow one another ("Buy Photo Story Highlights 5 people shot ...").
  let label = 0;
  for (let k = 0; k < 3; k++) {
    const more = LEAD_LABEL.exec(sentence.slice(label))?.[0].length ?? 0;
    if (more === 0) break;
    label += more;
  }
  return label + (DATELINE.exec(sentence.slice(label))?.[0].length ?? 0);
}
