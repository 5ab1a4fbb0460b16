// Which speaker spans name no one: a photo or video credit ("Photo: Jane Doe / KSL", "(AP Photo/John Smith)"),
// caption labels ("Caption Close Image"), and clauses the tagger read as a source ("Seven people were shot, with six").

/** Caption and credit words: a span holding one is page furniture, not a party that states something. */
const CAPTION_WORD = /\b(?:photos?|photograph(?:er|s)?|image|caption|video|credit|courtesy|getty|file)\b/i;
/** The end of the text before a speaker when the speaker opens a credit: "Photo: ", "(AP Photo/", "Photo by ", "Credit: ". */
const CREDIT_BEFORE = /(?:\b(?:photos?|photograph(?:ed)?|image|video|credit(?:ed)?|courtesy(?:\s+of)?|provided)\s*(?:by\s+|:\s*|\/\s*|\|\s*|-\s*)?|\b(?:photos?|image|video)\s+\p{Lu}[\p{L}.]*\s*(?:\/|:)\s*)$/iu;
/** An auxiliary or finite verb: a span that holds one after its first word tells an event, unless a relative pronoun introduces it. */
const CLAUSE_VERB = /^(?:was|were|is|are|has|have|had|been|will|would|could|did|does|do)$/i;
const RELATIVE = /^(?:who|whom|whose|that|which|where)$/i;
/** Page chrome and teasers the tagger reads as a source ("MUST WATCH Students flee after ...", "READ MORE"). */
const CHROME = /^(?:must watch|just watched|read more|more|continue reading|previous(?:ly| story)?|original post|related|advertisement|update[ds]?|warning|please|where|story|watch|click)\b/i;
/** A span that is only a day, a month, a number word or a pronoun with a contraction ("We're", "I've") names no one. */
const NO_ONE = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|(?:we|they|i|you|he|she|it)['’](?:re|ve|ll|d|m|s))$/i;
/** Abbreviated titles and ranks the tagger may stop at, before the name ("said Lt. Dan McGrath" tagged "Lt"). */
const TITLE_ABBREVIATION = /(?:^|\s)(?:Lt|Sgt|Capt|Col|Maj|Gen|Det|Off|Ofc|Cpl|Dep|Tpr|Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Insp|Supt|Cmdr|Lieut|Adm)$/;

/** Whether a speaker span names someone who can state something (false for credits, caption labels and clauses). */
export function isSpeakerSpan(text: string, span: readonly [number, number]): boolean {
  const own = text.slice(span[0], span[1]);
  if (CAPTION_WORD.test(own) || CHROME.test(own) || NO_ONE.test(own.trim())) return false;
  // The credit's own line: the words before the speaker on its line.
  const lineStart = text.lastIndexOf('\n', span[0] - 1) + 1;
  const before = text.slice(Math.max(lineStart, span[0] - 40), span[0]);
  if (CREDIT_BEFORE.test(before)) return false;
  const words = own.split(/[\s,;]+/).filter(Boolean);
  for (let i = 1; i < words.length; i++) {
    if (RELATIVE.test(words[i])) break;
    if (CLAUSE_VERB.test(words[i])) return false;
  }
  return true;
}

/** A speaker span that stops at an abbreviated title runs on over the name after it: "Lt" of "Lt. Dan McGrath". */
export function extendSpeakerSpan(text: string, span: readonly [number, number]): [number, number] {
  if (!TITLE_ABBREVIATION.test(text.slice(span[0], span[1]))) return [span[0], span[1]];
  const m = /^\.[ \t]*((?:\p{Lu}[\p{L}'’-]*\.?[ \t]+){0,2}\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(span[1], span[1] + 60));
  return m ? [span[0], span[1] + m[0].length] : [span[0], span[1]];
}
