// A spokesperson speaks for a body: "police spokesman Frank Preciado" and "police" are one origin, never two that agree.

/** Role words of a person who speaks for a body rather than on their own word. */
const ROLE = String.raw`(?:spokes(?:wo)?man|spokesperson|public\s+information\s+officer|public\s+affairs\s+officer|PIO)`;
/** A rank written between the role and the name ("police spokesman Sgt. Joe Lee"). */
const RANK = String.raw`(?:(?:Sgt|Lt|Det|Capt|Cpl|Ofc|Off|Dep|Cmdr|Insp)\.?\s+|(?:Sergeant|Lieutenant|Detective|Captain|Corporal|Officer|Deputy|Commander|Inspector|Trooper|Agent)\s+)?`;
const NAME = String.raw`(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})`;
/** The body before the role: "police", "Houston Police Department", "the sheriff's office", "LAPD". */
const BODY_BEFORE = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}(?:police|sheriff(?:['’]s)?(?:\s+(?:office|department))?|department|office|patrol|PD)|(?:\p{Lu}[\p{L}'’.-]*\s+){0,5}(?:Police|Sheriff(?:['’]s)?(?:\s+(?:Office|Department))?|Department|Office|Patrol)|\p{Lu}{2,6})`;
/** The body after "a spokesman for": "the Los Angeles Police Department", "police", "the sheriff's office". */
const BODY_AFTER = String.raw`((?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,6}(?:Police|Sheriff(?:['’]s)?|Department|Office|Patrol|Bureau|Agency)(?:\s+(?:Department|Office|Bureau))?|police(?:\s+department)?|(?:the\s+)?sheriff['’]s\s+(?:office|department)|\p{Lu}{2,6})`;

const ROLE_BEFORE_NAME = new RegExp(String.raw`\b${BODY_BEFORE}\s+${ROLE}\s*,?\s+${RANK}${NAME}`, 'gu');
const NAME_THEN_ROLE_OF = new RegExp(String.raw`${NAME},\s+(?:a|an|the)\s+${ROLE}\s+(?:for|with|of|at)\s+${BODY_AFTER}`, 'gu');
const NAME_THEN_BODY_ROLE = new RegExp(String.raw`${NAME},\s+(?:a|an|the)\s+${BODY_BEFORE}\s+${ROLE}\b`, 'gu');

/** A role word as ROLE writes it, found without the patterns around it. */
const ROLE_WORD = /spokes|PIO|public\s+(?:information|affairs)\s+officer/u;

const lastWord = (name: string): string => name.trim().split(/\s+/).at(-1)!.toLowerCase().replace(/[.'’]+$/, '');

/**
 * The bodies a story's spokespeople speak for, keyed by the last word of their names ("preciado" ->
 * "police"): every writing of the role with a name in the texts ("police spokesman Frank Preciado",
 * "Frank Preciado, a spokesman for the Los Angeles Police Department", "Joe Lee, a police spokesman").
 */
export function spokespeople(texts: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string, body: string) => {
    const b = body.trim().replace(/^the\s+/i, '');
    if (!b) return;
    const key = lastWord(name);
    if (key.length > 1 && !out.has(key)) out.set(key, b);
  };
  for (const text of texts) {
    // Every pattern needs a role word: texts without one are skipped unread.
    if (!ROLE_WORD.test(text)) continue;
    for (const m of text.matchAll(ROLE_BEFORE_NAME)) add(m[2], m[1]);
    for (const m of text.matchAll(NAME_THEN_ROLE_OF)) add(m[1], m[2]);
    for (const m of text.matchAll(NAME_THEN_BODY_ROLE)) add(m[1], m[2]);
  }
  return out;
}

/** The body a person origin speaks for, if the story names them as its spokesperson. */
export function bodyOfSpokesperson(origin: string, bodies: ReadonlyMap<string, string>): string | null {
  if (!/^\p{Lu}/u.test(origin.trim()) || /\s(?:and|or)\s/i.test(origin)) return null;
  return bodies.get(lastWord(origin)) ?? null;
}
