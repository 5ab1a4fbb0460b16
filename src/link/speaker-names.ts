// Whether a speaker's written name names someone, describes a source, or is a fragment: pronoun-led roles resolved to the person the text names, clauses cut, common words and datelines told apart from names.

/** Lower-case and capitalised (not sentence-initial) counts of each word form in a story's text. */
export type WordCase = ReadonlyMap<string, readonly [number, number]>;

/** Counts, over the texts, each word form written lower-case and written capitalised where no sentence starts. */
export function storyWordCase(texts: readonly string[]): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const t of texts) {
    const re = /(^|[.!?:"“]\s+|\n\s*|\s|\()(\p{L}[\p{L}'’-]*)/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      const w = m[2].replace(/['’]s$/, '');
      const initial = m.index === 0 || /^(?:[.!?:"“]\s+|\n\s*)$/.test(m[1]);
      const k = w.toLowerCase();
      const c = counts.get(k) ?? [0, 0];
      if (/^\p{Ll}/u.test(w)) c[0]++;
      else if (!initial) c[1]++;
      counts.set(k, c);
    }
  }
  return counts;
}

/** What a speaker's name is: a name (possibly rewritten), a described source (lower-case, no name), or nothing. */
export type SpeakerNameVerdict = { kind: 'name'; name: string } | { kind: 'described'; name: string } | { kind: 'none' };

/** Nouns of a body or party that may stand as a speaker though common words ("Police", "Officials", "Witnesses"). */
const BODY = /\b(?:police|officials?|authorit(?:y|ies)|investigators?|witness(?:es)?|spokes(?:wo)?man|spokesperson|sheriff|deput(?:y|ies)|prosecutors?|attorneys?|agency|ministry|service|department|dept|office|bureau|patrol|government|military|army|officers?|coroner|examiner|medical|residents?|neighbou?rs?|family|relatives|doctors?|hospital|firefighters|troopers?|agents?|court|chief|captain|lieutenant|sergeant|detectives?|mayor|governor|president|minister|city|county|state|school|district|university|college|church|company|news|media|fbi|atf|intelligence|experts?|analysts?|survey|poll)\b/i;
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
/** A role's naming in the text ("his aunt Marilyn Cannon", "Jane Doe, her sister"): its possessor and a full name. */
const POSSESSOR = String.raw`(?:his|her|their|the\s+\p{Ll}+['’]s|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s?)`;
const FULL_NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern of a line opened by `name` as a dateline ("DALLAS -", "Dallas, Texas (AP) --"). */
function datelinePattern(name: string): RegExp {
  let re = datelinePatterns.get(name);
  if (re === undefined) {
    re = new RegExp(String.raw`(?:^|\n)[ \t]*${escape(name)}(?:,[ \t]+\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?)?[ \t]*(?:\(\p{Lu}[\p{L}.]*\)[ \t]*)?(?:—|–|-{1,2})[ \t]`, 'iu');
    if (datelinePatterns.size >= 1024) datelinePatterns.clear();
    datelinePatterns.set(name, re);
  }
  return re;
}
// Made once per name: making such a pattern (case-insensitive letter classes) costs far more than matching it.
const datelinePatterns = new Map<string, RegExp>();

/** The lines of a text that hold a dash followed by a blank, the only lines a dateline can be written on; kept for the last texts asked. */
function dashLines(text: string): string[] {
  let lines = dashLineCache.get(text);
  if (lines === undefined) {
    lines = /[—–-][ \t]/.test(text) ? text.split('\n').filter((line) => /[—–-][ \t]/.test(line)) : [];
    if (dashLineCache.size >= 256) dashLineCache.clear();
    dashLineCache.set(text, lines);
  }
  return lines;
}
const dashLineCache = new Map<string, string[]>();

/**
 * Whether a line of the text opens with `name` as a dateline (`datelinePattern`). A match lies within one line (nothing
 * in the pattern crosses a newline) and ends in a dash and a blank, so only such lines are tried; and a name of ASCII
 * characters only must open the line, after blanks, in the same letters less case (case-insensitive matching lets only
 * "ſ" and the Kelvin sign stand for an ASCII letter), so other lines are passed over without the pattern.
 */
function opensDateline(text: string, name: string): boolean {
  const lines = dashLines(text);
  if (lines.length === 0) return false;
  const ascii = /^[\x00-\x7f]*$/.test(name);
  const lower = name.toLowerCase();
  for (const line of lines) {
    if (ascii) {
      let p = 0;
      while (p < line.length && (line[p] === ' ' || line[p] === '\t')) p++;
      if (line.length - p < name.length) continue;
      const opening = line.slice(p, p + name.length).replace(/\u017f/g, 's').replace(/\u212a/g, 'k');
      if (opening.toLowerCase() !== lower) continue;
    }
    if (datelinePattern(name).test(line)) return true;
  }
  return false;
}

/** Lower-cases a description's first letter ("His wife" -> "his wife"), so that it reads as no name. */
function described(s: string): SpeakerNameVerdict {
  return { kind: 'described', name: s.charAt(0).toLowerCase() + s.slice(1) };
}

/** The one full name the text gives a role ("wife" of "His wife": "his wife, Jane Doe", "Jane Doe, his wife"), or null. */
export function roleHolder(role: string, text: string): string | null {
  const head = role.trim().split(/\s+/).pop()?.replace(/[^\p{L}-]/gu, '') ?? '';
  if (head.length < 3 || !/^\p{Ll}/u.test(head)) return null;
  const names = new Map<string, string>();
  for (const re of rolePatterns(head)) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const n = m[1].replace(/['’]s$/, '');
      // A name must end in a capitalised word that the text does not write lower-case here ("Marilyn Cannon said").
      names.set(n.toLowerCase(), n);
    }
  }
  return names.size === 1 ? [...names.values()][0] : null;
}

/** The patterns of a role's naming, after and before it ("his aunt Marilyn Cannon", "Marilyn Cannon, his aunt"); made once per role word. */
function rolePatterns(head: string): [RegExp, RegExp] {
  let res = rolePatternCache.get(head);
  if (res === undefined) {
    const r = escape(head);
    res = [
      new RegExp(String.raw`\b${POSSESSOR}\s+(?:[\p{Ll}-]+\s+)?${r},?\s+${FULL_NAME}`, 'gu'),
      new RegExp(String.raw`${FULL_NAME},\s+${POSSESSOR}\s+(?:[\p{Ll}-]+\s+)?${r}\b`, 'gu'),
    ];
    if (rolePatternCache.size >= 1024) rolePatternCache.clear();
    rolePatternCache.set(head, res);
  }
  return res;
}
const rolePatternCache = new Map<string, [RegExp, RegExp]>();

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
export function judgeSpeakerName(written: string, context: { cases?: WordCase; texts?: readonly string[]; entity?: boolean } = {}): SpeakerNameVerdict {
  let n = written.replace(/\s+/g, ' ').trim();
  const cut = SAYING.exec(n);
  if (cut && cut.index > 0) n = n.slice(0, cut.index).replace(/[,;:]$/, '').trim();
  if (!n) return { kind: 'none' };
  const words = n.split(' ');
  const first = words[0].toLowerCase().replace(/[^\p{L}'’-]/gu, '');
  if (PRONOUN.test(first)) return { kind: 'none' };
  const pos = POSSESSIVE.exec(n);
  if (pos) {
    // "Her mother, Marsha": the apposition names her.
    const appos = /^[^,]+,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})$/u.exec(n);
    if (appos) return { kind: 'name', name: appos[1] };
    if (words.slice(1).some((w) => FINITE.test(w))) return { kind: 'none' };
    const role = pos[1].split(',')[0];
    const holders = new Set((context.texts ?? []).map((t) => roleHolder(role, t)).filter((h): h is string => h !== null));
    if (holders.size === 1) return { kind: 'name', name: [...holders][0] };
    return described(n);
  }
  if (NOT_OPENING.test(first)) return { kind: 'none' };
  if (words.length > 1 && words.slice(1).some((w) => RELATIVE.test(w))) return /^\p{Lu}/u.test(n) ? described(n) : { kind: 'name', name: n };
  if (words.length > 1 && words.slice(1).some((w) => FINITE.test(w) || (/^\p{Ll}[\p{Ll}-]{3,}ed$/u.test(w) && !/(?:need|feed|seed|breed|speed|red|bed)$/.test(w)))) return { kind: 'none' };
  const capitalisedMidSentence = (w: string) => { const c = context.cases?.get(w.toLowerCase()); return !!c && c[1] >= Math.max(1, c[0]); };
  if (INDEFINITE.test(first) && !(words.length === 1 && capitalisedMidSentence(words[0]))) return words.length === 1 ? { kind: 'none' } : described(n);
  if (/^\p{Lu}/u.test(n) && !BODY.test(n)) {
    // A name the entity finder found is held to more: one word, never capitalised mid-sentence ("Heavy", not "Long").
    const c = context.entity ? context.cases?.get(n.toLowerCase()) : undefined;
    if (context.cases && (context.entity ? words.length === 1 && !!c && c[1] === 0 && c[0] > 0 : commonWordsOnly(words, context.cases))) return described(n);
    if ((context.texts ?? []).some((t) => opensDateline(t, n))) return { kind: 'none' };
  }
  return { kind: 'name', name: n };
}
