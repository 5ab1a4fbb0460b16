// Which speaker spans name no one: a photo or video credit ("Photo: Jane Doe / KSL", "(AP Photo/John Smith)"),
// caption labels ("Caption Close Image"), and clauses the tagger read as a source ("Seven people were shot, with six").

/** Caption and credit words: a span holding one is page furniture, not a party that states something. */
const CAPTION_WORD = /\b(?:photos?|photograph(?:er|s)?|image|caption|video|credit|courtesy|getty|file)\b/i;
/** The end of the text before a speaker when the speaker opens a credit: "Photo: ", "(AP Photo/", "Photo by ", "Credit: ". */
const CREDIT_BEFORE = /(?:\b(?:photos?|photograph(?:ed)?|image|video|credit(?:ed)?|courtesy(?:\s+of)?|provided)\s*(?:by\s+|:\s*|\/\s*|\|\s*|-\s*)?|\b(?:photos?|image|video)\s+\p{Lu}[\p{L}.]*\s*(?:\/|:)\s*)$/iu;
/** An auxiliary or finite verb: a span that holds one after its first word tells an event, unless a relative pronoun introduces it. */
const CLAUSE_VERB = /^(?:was|were|is|are|has|have|had|been|will|would|could|did|does|do)$/i;
const RELATIVE = /^(?:who|whom|whose|that|which|where)$/i;

/** Whether a speaker span names someone who can state something (false for credits, caption labels and clauses). */
export function isSpeakerSpan(text: string, span: readonly [number, number]): boolean {
  const own = text.slice(span[0], span[1]);
  if (CAPTION_WORD.test(own)) return false;
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
