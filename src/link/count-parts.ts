// Parts of a count: a number a sentence tells of some of the people a whole counts ("two of them", "one in critical condition and three others"), never a rival of the whole.
import type { ClaimFrame, Telling } from '../model/dossier.js';
import { hasTrait } from '../model/measures.js';
import { BoundedCache } from './bounded-cache.js';


const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** Where a sentence writes a number, in digits or in words ("3", "three"). */
export function numberAt(sentence: string, n: number): number[] {
  const { re, opens } = numberPatterns.get(n, numberPattern);
  // Every match from the start, as a global search finds them: the first match at or after the end of the one before.
  // A match opens with a form's first character (a digit, or an ASCII letter matched less case: only "ſ" and the Kelvin
  // sign stand for ASCII letters besides their own two cases), so other places are not tried.
  const places: number[] = [];
  for (let i = 0; i < sentence.length; i++) {
    if (!opens.includes(sentence.charCodeAt(i))) continue;
    re.lastIndex = i;
    const m = re.exec(sentence);
    if (m === null) continue;
    places.push(i);
    // Matches are never empty.
    i += m[0].length - 1;
  }
  return places;
}

// Made once per number: making a case-insensitive pattern with letter classes costs far more than matching it, and
// its look-behind, tried at every place of a sentence, more than finding the places a form may open.
const numberPatterns = new BoundedCache<number, { re: RegExp; opens: number[] }>(1024);

/** The pattern of a number's forms and the characters a match may open with. */
function numberPattern(n: number): { re: RegExp; opens: number[] } {
  const forms = [String(n)];
  if (Number.isInteger(n) && n >= 0 && n < SMALL.length) forms.push(SMALL[n]);
  // Sticky: tried only where a form may open (see below).
  const re = new RegExp(String.raw`(?<![\p{L}\d,.-])(?:${forms.join('|')})(?![\p{L}\d]|,\d|\.\d|-year|\s*-?\s*years?[\s-]*old)`, 'iuy');
  const opens = new Set<number>();
  for (const f of forms) {
    const c = f.charAt(0);
    opens.add(c.toLowerCase().charCodeAt(0));
    opens.add(c.toUpperCase().charCodeAt(0));
    if (c === 's') opens.add(0x17f);
    if (c === 'k') opens.add(0x212a);
  }
  return { re, opens: [...opens] };
}

/** A victim's condition: the words that split the hurt into groups ("two in critical condition, the other three with minor injuries"). */
const CONDITION = /\b(?:(?:critical|serious|stable|fair|good|grave|guarded)(?:\s+but\s+stable)?\s+condition|critically|seriously\s+(?:injured|hurt|wounded)|(?:non-?|not\s+)?life[-\s]threatening|(?:minor|superficial|graze)\s+(?:injur|wound)|treated\s+and\s+released|intensive\s+care)/gi;
const DEATH = /\b(?:died|dies|dead|killed|fatally|deceased|death)\b/i;
const PERSON = String.raw`(?:m[ae]n|wom[ae]n|boys?|girls?|males?|females?|adults?|teens?|teenagers?|child(?:ren)?|kids?|juveniles?|officers?|students?|victims?|brothers?|sisters?|sons?|daughters?)`;
/** "two men and a 10-year-old girl", "two males and one female": the number counts one of the kinds of people a whole is made of. */
const LISTED_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}\d-]+\s+){0,2}?${PERSON}\b(?:\s+[\p{Ll}-]+)?\s*(?:,|and)\s+(?:a|an|one|another|his|her|their|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s`, 'iu');
/** "two other relatives", "three more children": the number opens the rest of a list. */
const OTHERS_AFTER = /^\s*(?:other|more)\s/i;
/** A casualty verb right before a count, its object: "killed two more", "shot three more". */
const DOER_VERB_BEFORE = /\b(?:killed|shot|wounded|injured|murdered|stabbed)\s+(?:another\s+)?$/i;
/** Two or more items of a list before "and": "A, his wife B, his son, and ". */
const LIST_BEFORE = /(?:^|,)[^,.;]{1,60},[^,.;]{1,60},?\s+and\s+$/;
/** "a 10-year-old girl and two men", "his wife and two children": the number follows another person of the list. */
const LISTED_BEFORE = new RegExp(String.raw`\b(?:a|an|one|his|her|their)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:${PERSON}|wife|husband|mother|father|girlfriend|boyfriend|stepdaughter|stepson)\s+and\s+$`, 'iu');
/** A count as a sentence writes it, in digits or words up to ten; case matters in the patterns it joins, so both cases are written out. */
const KIND_COUNT = String.raw`(?:[Aa]n?|[Oo]ne|ONE|[Aa]nother|\d{1,3}|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)`;
/** A capitalised kind of person (a nationality, a party), not a day or a month: "Australian", "Britons", "Democrats". */
const KIND = String.raw`(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’-]+`;
/** "one Australian and one English climber", "two Britons and a Canadian": kinds of a whole told by nationality or party. */
const KIND_AFTER = new RegExp(String.raw`^\s*${KIND}\s+and\s+${KIND_COUNT}\s`, 'u');
const KIND_BEFORE = new RegExp(String.raw`(?:^|\s)${KIND_COUNT}\s+${KIND}\s+and\s+$`, 'u');
/** After "the N": people shot or hurt, "the two people shot", "the three victims", "the two wounded men". */
const DEFINITE_SET_AFTER = new RegExp(String.raw`^\s*(?:(?:wounded|injured|hurt)\s+)?(?:${PERSON}|people)\s+(?:(?:who\s+were\s+)?(?:shot|wounded|injured|hurt|struck|hit)\b|were\s+(?:taken|transported|rushed|driven|listed|treated|hospitali[sz]ed)\b)`, 'iu');
/** After a number: people other than some told before, harmed ("other men were hit", "other people were also shot"). */
const OTHER_PEOPLE_HARMED = new RegExp(String.raw`^\s*other\s+(?:[\p{L}-]+\s+)?(?:${PERSON}|people)\s+(?:were\s+)?(?:also\s+)?(?:shot|hit|struck|wounded|injured|hurt|grazed)\b`, 'iu');
/** Whether a telling counts people shot other than some told before ("Four other men were hit"), where its sentence tells no death. */
function otherPeopleShot(t: Telling): boolean {
  if (typeof t.value !== 'number' || t.value <= 0 || DEATH.test(t.sentence)) return false;
  return numberAt(t.sentence, t.value).some((at) => OTHER_PEOPLE_HARMED.test(t.sentence.slice(at).replace(/^\S+/, '')));
}

/** After "one": a person shot in a part of the body ("one person was shot in the neck"). */
const ONE_WOUNDED_IN = new RegExp(String.raw`^\s*(?:[\p{L}\d-]+\s+){0,2}?(?:${PERSON}|person)\s+(?:was|is)\s+(?:(?:shot|struck|hit|wounded|grazed)\s+){1,2}(?:\w+\s+)?in\s+the\s+(?:(?:left|right|upper|lower)\s+)?(?:foot|leg|arm|hand|shoulder|hip|thigh|knee|ankle|buttocks?|back|side|torso|abdomen|stomach|chest|neck|face|head|wrist|elbow|groin)\b`, 'iu');
/** After "one": a person told by the wound they suffered ("One person suffered a graze wound from a bullet", "one man sustained a gunshot wound to the leg"). */
const ONE_WOUND_SUFFERED = new RegExp(String.raw`^\s*(?:[\p{L}\d-]+\s+){0,2}?(?:${PERSON}|person)\s+(?:suffered|sustained|received)\s+(?:an?\s+)?(?:(?:minor|superficial|slight|non-?life[- ]threatening)\s+)?(?:graze\s+wounds?|grazing\s+wounds?|(?:gunshot\s+)?wounds?\s+to\s+(?:the|his|her)\s+)`, 'iu');
/** After "one": a person, what befell them, then another person told with a verb of their own in the same sentence. */
const ONE_OF_A_LIST = new RegExp(String.raw`^\s*(?:[\p{L}\d-]+\s+){0,2}?${PERSON}\s+(?:was|is)\s+[^.;]{1,80}?[,;]\s*(?:and\s+)?(?:a|an|another|the\s+other|a\s+second|one)\s+(?:[\p{L}\d-]+\s+){0,2}?${PERSON}(?:\s*,\s*\d{1,3}\s*,)?\s+(?:was|is|were|suffered|sustained|got|had)\b`, 'iu');
/** "two of the victims", "three of them": a share of a set told elsewhere; not "all four of the injured". */
const PARTITIVE = /^\s*(?:[\p{L}-]+\s+)?of\s+(?:the|them|those|these|whom|which|his|her|their)\b/iu;

/** "shot two officers ..., killing one and injuring ": people shot, then the split of them by what the shots did. */
const SPLIT_OF_SHOT_BEFORE = /\b(?:shot|shooting|struck|striking|hit|hitting)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b[^.;]{0,120}?,\s*(?:(?:killing|wounding|injuring)\s+(?:one|two|three|four|five|\d{1,2})\s+(?:and\s+|,\s*))?(?:killing|wounding|injuring|hurting)\s+$/i;
/** The number a count is written with, in digits or in a word up to twenty ("four" -> 4). */
function countValue(word: string): number {
  const at = SMALL.indexOf(word.toLowerCase());
  return at >= 0 ? at : Number(word);
}

/** A number of people told hurt: "two police officers wounded", "three deputies were injured". */
const HURT_GROUP = new RegExp(String.raw`\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\p{L}-]+\s+){0,2}?${PERSON}\s+(?:(?:were|was|are|is)\s+)?(?:(?:also|critically|seriously)\s+)?(?:wounded|injured|hurt|shot)\b`, 'iu');

function clauseAround(sentence: string, at: number): [string, string] {
  const bounds = /;|,|\s(?:and|while|but|whereas)\s|\s[—–]\s|--/g;
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(bounds)) {
    const i = m.index ?? 0;
    if (i < at) start = i + m[0].length;
    else { end = i; break; }
  }
  return [sentence.slice(start, end), `${sentence.slice(0, start)} ${sentence.slice(end)}`];
}

/**
 * Whether a telling's number counts a part of the people its sentence speaks of: a share ("two of the
 * victims"), one group of a split by condition ("two in critical condition and the other three with
 * minor injuries"; "one in critical condition and three others hurt"), or one kind of a listed whole
 * ("two men and a 10-year-old girl"), or people listed one by one with no number written ("his wife
 * and stepdaughter"). A part is no rival and no step of the whole it belongs to.
 */
export function isPartTelling(t: Telling): boolean {
  if (typeof t.value !== 'number' || t.value <= 0) return false;
  // The answer depends on the number and the sentence alone; a story's groups ask it of one telling several times.
  const value = t.value;
  // A count the sentence tells as a sum of its parts ("seven officers and two civilians", "one in critical condition and three
  // others") is written nowhere as one number, and is the whole, not a part.
  const sum = SUM_RULE.test(t.rules.measure);
  return partCache.get(`${value}\u0000${sum ? 1 : 0}\u0000${t.sentence}`, () => partOfSentence(t.sentence, value, sum));
}

const partCache = new BoundedCache<string, boolean>(4096);

/** Measure rules of a count summed from parts a sentence tells. */
const SUM_RULE = /\+(?:conjoined-count|others-after-condition|others-after-previous|others-in-list)\b/;

/**
 * Whether a telling counts people added to some told before it: "three other people were also shot", "another man was
 * also hurt". Such a count is a part beside the earlier ones, never a total that holds them.
 */
export function isAddedOthers(t: Telling): boolean {
  if (typeof t.value !== 'number' || t.value <= 0) return false;
  const s = t.sentence;
  if (t.value === 1 && /\banother\b[^,;.]{0,60}\balso\b/i.test(s)) return true;
  return numberAt(s, t.value).some((at) => OTHERS_AFTER_COUNT.test(s.slice(at).replace(/^\S+/, '')) && /\balso\b/i.test(clauseAround(s, at)[0]));
}

/** One person told first in the sentence, then "and" right before a count of others: "One man died at the scene and". */
const ONE_TOLD_AND = /^\s*(?:one|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:man|woman|person|victim|boy|girl|teen|teenager|child|officer|student)\b[^;:]*\s(?:was|is|died|dies|has|had)\b[^;:]*\band\s+$/iu;

/** Others told as shot right after their count: "others who were shot", "others shot". */
const OTHERS_SHOT = /^\s*(?:[\p{L}-]+\s+)?others?\s+(?:(?:who|that)\s+)?(?:(?:were|was|had\s+been|have\s+been|also)\s+){0,2}shot\b/iu;

/** "three other people", "two others": the number opens people other than some told before. */
const OTHERS_AFTER_COUNT = /^\s*(?:[\p{L}-]+\s+)?others?\b/iu;

/** People fired at, then the harm of some of them, right before the count: "fired at three of them, injuring". */
const FIRED_AT_SOME = /\b(?:fired|firing|shot|shooting)\s+at\s+(?:(?:\w+\s+){0,2}?(?:of\s+them|officers|deputies|troopers|agents|people|men|women|passers-?by|cars|vehicles))\s*,?\s*(?:injuring|wounding|killing|hitting|striking)\s+$/i;

/** After a count of one, another person told in the same clause run: "... and a second woman", ", another man". */
const FIRST_OF_MORE = /^[^;.:]{0,80}?(?:\band|,)\s+(?:a\s+(?:second|third)|another|the\s+other)\s+(?:[\p{Ll}-]+\s+)?(?:man|woman|person|victim|boy|girl|teen|teenager|child|officer|student|infant|baby)\b/iu;

function partOfSentence(s: string, value: number, sum = false): boolean {
  const places = numberAt(s, value);
  // "Three of the victims, two males and a critically injured female, were taken to a hospital": a sum told beside the
  // written part of a set is that part, spelt out.
  if (sum) return places.some((at) => PARTITIVE.test(s.slice(at).replace(/^\S+/, '')) && !/\ball\s+$/i.test(s.slice(0, at)));
  // "Three other people were also struck": people added to those told before are a part of the whole, not its rival.
  if (places.some((at) => OTHERS_AFTER_COUNT.test(s.slice(at).replace(/^\S+/, '')) && /\balso\b/i.test(clauseAround(s, at)[0]))) return true;
  // "Fourteen other people are charged in the case": others held or charged are those besides the accused the story names.
  if (places.some((at) => OTHERS_AFTER_COUNT.test(s.slice(at).replace(/^\S+/, '')) && /\b(?:charged|arrested|indicted|detained|accused|in\s+custody)\b/i.test(clauseAround(s, at)[0]))) return true;
  // "shot his wife and stepdaughter before turning the gun on himself": a count of people listed one by
  // one, its number written nowhere, is a floor of the whole, like victims told one by one.
  if (places.length === 0 && value <= 20 && !/\b(?:dozen|pair|couple|both|double|triple)\b/i.test(s)) return true;
  for (const at of places) {
    const before = s.slice(0, at);
    const after = s.slice(at).replace(/^\S+/, '');
    if (PARTITIVE.test(after) && !/\ball\s+$/i.test(before)) return true;
    // "one woman was dead in the car and a second woman, a man and a baby were taken to a hospital": the first of people
    // told one after another is one of them.
    if (value === 1 && FIRST_OF_MORE.test(after)) return true;
    // "he fired at three of them, injuring one", "shot at four officers, wounding two": those hurt among the people fired at
    // are some of them, and the story's toll may hold others.
    if (FIRED_AT_SOME.test(before)) return true;
    // "Also injured were three 14-year-old boys ...; a 15-year-old boy ...; and a 17-year-old": the first item of a list of
    // the hurt told item by item is some of them.
    if (/\b(?:also|among\s+the)\s+(?:injured|wounded|hurt|shot)\s+(?:were|are)\s+$/i.test(before) && after.includes(';')) return true;
    // "one woman was shot in the neck, a man was shot in the leg, and another man was hit in the foot": the first of
    // people told one by one in the sentence, each with what befell them, is one of them, not their count.
    if (value === 1 && ONE_OF_A_LIST.test(after)) return true;
    // "Authorities say one person was shot in the neck and is in critical condition": one victim told by a wound.
    if (value === 1 && (ONE_WOUNDED_IN.test(after) || ONE_WOUND_SUFFERED.test(after))) return true;
    // "One victim's injuries are considered life-threatening": what befell one of the people counted.
    if (value === 1 && /^\s*(?:[\p{L}-]+\s+)?(?:victim|person|man|woman|boy|girl|teen)['’]s\b/iu.test(after)) return true;
    // "three additional victims had showed up", "six more people have been wounded": people besides those told before
    // (more who died are a rise of the toll, read as such: see the test of "two more people died").
    if (/^\s*additional\b/i.test(after) || (/^\s*more\b/i.test(after) && !DEATH.test(s))) return true;
    // "One man died at the scene and two others who were shot were taken to a hospital": others shot, told after one person
    // with what befell them, are the rest of the people shot, a part of that count ("a woman was killed and three others
    // were hurt" counts all the hurt).
    if (OTHERS_AFTER_COUNT.test(after) && ONE_TOLD_AND.test(before) && OTHERS_SHOT.test(after)) return true;
    // "detectives strongly suspect those two men were killed": people pointed back to are of a set told before, some of
    // it when fewer than its whole.
    if (/\b(?:those|these)\s+$/i.test(before)) return true;
    // "the three others who were shot", "the other two": the rest of a set told before.
    if ((/\bthe\s+$/i.test(before) && /^\s*others?\b/i.test(after)) || /\bthe\s+other\s+$/i.test(before)) return true;
    // "The two people shot were taken to Mount Sinai Hospital" after "shot six people": a set told with "the" names people
    // of a whole told before; below that whole it is some of them (taken somewhere, in a condition), not a rival count.
    if (/(?:^|[^\p{L}])the\s+$/iu.test(before) && DEFINITE_SET_AFTER.test(after) && !DEATH.test(s)) return true;
    if (LISTED_AFTER.test(after) || LISTED_BEFORE.test(before)) return true;
    if (KIND_AFTER.test(after) || KIND_BEFORE.test(before)) return true;
    // "Ronaldo Pizarro, his wife, his 22-year-old son, and two other relatives injured": the others that close a
    // list of people named one by one are the last part of it.
    if (OTHERS_AFTER.test(after) && LIST_BEFORE.test(before)) return true;
    // "shot two officers, Jackson and Gerald, killing one and injuring one": a split of the people shot told in the clause
    // after them, a part of a whole the sentence tells.
    const split = SPLIT_OF_SHOT_BEFORE.exec(before);
    if (split && value < countValue(split[1]!)) return true;
    // "He killed two more people during carjackings": the doer's further victims after one told before, not the toll.
    if (/^\s*more\s/i.test(after) && DOER_VERB_BEFORE.test(before)) return true;
    const [clause, rest] = clauseAround(s, at);
    const here = (clause.match(CONDITION) ?? []).length > 0;
    const elsewhere = (rest.match(CONDITION) ?? []).length > 0;
    if (here && elsewhere) return true;
    if (/\bothers?\b/i.test(clause) && elsewhere && !DEATH.test(rest)) return true;
    // "two police officers wounded and three others injured": the others of a sentence that counts another group of the
    // hurt are the rest of the hurt, a part.
    if (/\bothers?\b/i.test(clause) && HURT_GROUP.test(rest)) return true;
    if (here && /\bothers?\b|\banother\b/i.test(rest) && !DEATH.test(clause)) return true;
  }
  return false;
}

const BOUND = new Set(['at-least', 'more-than', 'up-to', 'less-than']);

/** A count of one kind of people in a sentence: "four men", "two teenage girls", "3 adults". */
const KIND_OF_PEOPLE = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\p{Ll}-]+\s+){0,2}?(${PERSON})\b`, 'giu');

/** The singular of a noun of people as KIND_OF_PEOPLE reads it: "men" and "man", "children" and "child" are one kind. */
function kindOf(noun: string): string {
  const n = noun.toLowerCase();
  return n.endsWith('men') ? `${n.slice(0, -3)}man` : n === 'children' ? 'child' : n.replace(/s$/, '');
}

function kindCounts(sentence: string): { value: number; kind: string }[] {
  return [...sentence.matchAll(KIND_OF_PEOPLE)].map((m) => ({ value: countValue(m[1]!), kind: kindOf(m[2]!) }));
}

/**
 * "injuring four men and two women", then "Four men were injured by bullets": where a count is told as a sum of kinds of
 * people, a telling elsewhere of one of those kinds with its own number ("two teenage girls were also shot" beside "two boys
 * and two girls were shot") is that kind's part of the whole, not a rival of it.
 */
function kindParts(tellings: readonly Telling[]): Telling[] {
  const sums = tellings.filter((t) => typeof t.value === 'number' && SUM_RULE.test(t.rules.measure));
  if (sums.length === 0) return [];
  const kinds = sums.flatMap((t) => kindCounts(t.sentence).filter((k) => k.value < (t.value as number)));
  if (kinds.length === 0) return [];
  return tellings.filter((t) => typeof t.value === 'number' && !sums.includes(t)
    && kindCounts(t.sentence).some((k) => k.value === t.value && kinds.some((w) => w.value === k.value && w.kind === k.kind)));
}

/**
 * The tellings of a count of people that are parts of a whole told beside them: parts (`isPartTelling`)
 * below the largest value the group tells as a firm whole (no bound, no part). Without such a whole a part
 * is kept: it may be all the count the story has. A frame that counts no people (an age: "Reeves, 30, shot
 * ... 2-year-old Jordan Reeves") has no parts, whatever its sentences say.
 */
export function partsBelowWhole(tellings: readonly Telling[], frame: ClaimFrame | undefined): Set<Telling> {
  if (frame === undefined) return new Set();
  // "The other two victims": the rest of a set after some told before, of any count of people or things.
  const rest = hasTrait(frame.measure, 'running') ? isPartTelling : frame.measure.startsWith('other:') ? (t: Telling) => t.rules.subject === 'subject/others-apart' : null;
  if (rest === null) return new Set();
  const parts = new Set(tellings.filter(rest));
  if (rest === isPartTelling) for (const t of kindParts(tellings)) parts.add(t);
  // "Police are searching for men who shot five people. ... Four other men were hit.": of the people shot, those other
  // than one told before are some of them. (Of the hurt, "six other people were wounded" beside the dead is the whole.)
  if (frame.measure === 'shot') for (const t of tellings) if (otherPeopleShot(t)) parts.add(t);
  // "killing at least two people ... One man died when a tree fell on his home": a smaller count an article tells beside
  // its own floor of the toll is some of those it counts, not a rival of it.
  if (rest === isPartTelling) {
    for (const t of tellings) {
      // A value the count moved from ("up from two on Monday") is an earlier value of it, no part.
      if (typeof t.value !== 'number' || t.rules.asOf === 'time/earlier-value') continue;
      if (tellings.some((u) => u !== t && u.articleId === t.articleId && (u.approx === 'at-least' || u.approx === 'more-than') && typeof u.value === 'number' && u.value > (t.value as number))) parts.add(t);
    }
  }
  const wholes = tellings.filter((t) => typeof t.value === 'number' && !parts.has(t) && !BOUND.has(t.approx ?? '')).map((t) => t.value as number);
  const whole = wholes.length ? Math.max(...wholes) : -Infinity;
  return new Set([...parts].filter((t) => (t.value as number) < whole));
}
