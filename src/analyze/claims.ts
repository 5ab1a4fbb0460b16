// Pass 06: claims. Each quantity and each dated event becomes a claim with subject, predicate, place, time, origin and modality, every field with its rule.
import type { Attribution, Because, Claim, ClaimScope, DateMention, EntityMention, Measure, Modality, Quantity, Sentence, Token } from '../model/analysis.js';
import {
  attributionFor, because, countTime, findModality, measuredByOrigin, findPlace, findTime, indexSentences, isNegated, mentionName,
  negatesPredicate, reportNounOrigin, sentenceAt, tokensAfter, tokensBefore, type Origin, type SentenceIndex,
} from './claims-context.js';
import { addShootersKilled, eventClaims, victimClaims } from './claims-events.js';
import { ALL_SURVIVING_AFTER, apposedParts, clauseGoesOn, COUNT_WORD, countsPersons, defaultFrameOptions, FEET_AND_INCHES, PERSON_NOUN, boreDesignation, findMeasure, findScope, gunBore, GUNFIRE_STORY, isEarlierValue, isMovedFrom, isYearOrMarker, opensWhereClause, POLL_WORDS, SAID_AGE_WAS, type FrameOptions } from './claims-frame.js';
import { BUILDING_NOUNS, DAMAGE_PARTICIPLES, defaultClaimLexicon, KIN_OF_AGE, OTHER_RELATION_OF_AGE, OTHERS_SUBJECT, type ClaimLexicon } from './claims-lexicon.js';
import { countNamedBefore, namedFigure } from './claims-figures.js';
import { battingStat, electionSide, isIdentifierNumber, madeOfTried, MARGIN_BEFORE, marginKind, moneyNoun, SHOOTING_LINE, namedClauseSubject, oneNameForOwners, openTailNaming, OWNER_RULE, ownerWords, personOfSentenceBefore, possessive, prisonTerm, recordClaims } from './claims-opentail.js';
import { markListItems } from './claims-lists.js';
import { correctedAt, diedOfHurt, GUN_NOUNS, hurtOneDiedAfter, ofThatOtherCase, otherEventLines, tollMayHoldShooter } from './victims.js';
import { runClaims } from './claims-runs.js';
import { scoreClaims } from './claims-scores.js';
import { moneyReading } from './claims-money.js';
import { hasTrait } from '../model/measures.js';
import { defaultEntityOptions } from './entities/lexicon.js';

export { isStatementSentence, mentionName } from './claims-context.js';

export interface ClaimInput {
  text: string;
  sentences: readonly Sentence[];
  entities: readonly EntityMention[];
  dates: readonly DateMention[];
  quantities: readonly Quantity[];
  attributions: readonly Attribution[];
  /** Who published the article: the origin of unattributed claims. */
  outlet: string | null;
  /** The article's publication date, the time of claims that give no other. */
  published: string | null;
}

export interface ClaimOptions {
  lexicon: ClaimLexicon;
  /** Tokens searched left of a quantity for its predicate before searching right (seed sentences put the verb within 6 tokens). */
  predicateWindowLeft: number;
  /** Tokens searched right of a quantity ("About 1,500 have already been deployed"). */
  predicateWindowRight: number;
  /** Tokens after the number in which the unit's head noun is looked for ("12,000 North Korean troops"). */
  subjectWindow: number;
  /** A date starting within this many characters of the sentence start dates the whole sentence ("On Oct 18, "). */
  openingDateChars: number;
  /** Otherwise a date dates a quantity only in the same clause (no comma or conjunction between) and within this many characters. */
  nearDateChars: number;
  frame: FrameOptions;
}

export const defaultClaimOptions: ClaimOptions = {
  lexicon: defaultClaimLexicon,
  predicateWindowLeft: 8,
  predicateWindowRight: 6,
  subjectWindow: 5,
  openingDateChars: 4,
  nearDateChars: 160,
  frame: defaultFrameOptions,
};

/** Words after a size that are no noun it sizes: "the 16-inch weighs", "a 14-inch screen and". */
const NOT_A_NOUN = '(?:and|or|but|with|that|which|who|for|of|in|on|at|to|from|by|as|is|was|are|were|has|had|have|will|can|starts?|starting|costs?|priced|weighs|measures|features|offers|includes|comes|gets|runs|sells|sits|holds)';

/** A plan told right after a count's noun: "500 troops will be sent", "2,000 more are expected to arrive". */
const PLAN_AFTER = /^(?:\s+[\p{Ll}-]+){0,3}\s+(?:will|(?:are|is)\s+(?:expected|set|due|scheduled|to\s+be))\s/u;

/** A participle of damage right after a count ("buildings were badly damaged"), and a counted noun of buildings. */
const PARTICIPLE_AFTER_COUNT = new RegExp(String.raw`^\s*(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+)?(?:(?:badly|completely|partly|partially|heavily|severely)\s+)?(${Object.keys(DAMAGE_PARTICIPLES).join('|')})\b`, 'i');
const COUNTED_BUILDINGS = new RegExp(String.raw`\b(?:${BUILDING_NOUNS.join('|')})s?$`, 'i');
/** The noun a length hyphened before it sizes ("a 480-nautical-mile corridor"), one word or two. */
const SIZED_NOUN = new RegExp(String.raw`^(?:-(?:long|wide|high|tall|deep))?\s+(?!${NOT_A_NOUN}\b)((?:[\p{Ll}-]+\s+(?!${NOT_A_NOUN}\b))?[\p{Ll}]{3,})\b`, 'u');
/** What follows a size whose noun is left out ("for the 16-inch,"). */
const NOUN_LEFT_OUT = new RegExp(String.raw`^\s*(?:[,.;)]|${NOT_A_NOUN}\b|$)`);
/** Unit classes of one kind of figure for a telling that goes on with the one before: counts of people or things, or a class of its own (money, shares). */
const kindOfCount = (unitClass: string): string => (unitClass === 'persons' || unitClass === 'count' || unitClass === 'number' ? 'count' : unitClass);
/** What a vessel, a vehicle or a place holds at most: "licensed to carry", "can seat", "a capacity of". */
const CAPACITY_BEFORE = /\b(?:(?:licensed|designed|built|certified|allowed|permitted|rated|able)\s+to\s+(?:carry|hold|seat|accommodate|take)|(?:can|could)\s+(?:carry|hold|seat|accommodate)|capacity\s+(?:of|for))\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+)?$/i;
const PERCENT_WORDS = /\d\s*(?:%|percent\b|per\s+cent\b)/i;

/** Nouns that name what a bare number measures ("a death toll of 40"). */
const MEASURE_NOUNS = /^(toll|total|number|count|tally|figure|population|turnout|crowd|attendance|audience|budget|deficit|debt|gdp|revenue|profit|loss|losses)$/i;
const DETERMINERS = /^(the|a|an|its|their|his|her|our|of|some|these|those|this|that)$/i;

interface Found { lemma: string; token: Token; rule: string }

/** Words that may open a count's noun phrase before its number: "the other", "another", "all". */
const NOUN_PHRASE_OPENER = /^(?:the|other|another|all|both|its|his|her|their|remaining)$/i;
/** Words that may stand between a preposition and its count: "with more than 40", "with about 300". */
const APPROXIMATOR = /^(?:more|than|less|fewer|about|around|roughly|nearly|almost|some|over|under|at|least|most|up|to|an|estimated|approximately)$/i;
/** Words that open a clause of their own inside a sentence. */
const SUBORDINATOR = /^(?:before|after|when|while|because|since|until|unless|whereas|although|though|whenever)$/i;

/** A dash set between words: "\u2014", "\u2013", "--" (two hyphen tokens) or a hyphen with a space before it. */
function isDash(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (/^[\u2014\u2013]$/.test(t.text)) return true;
  if (t.text !== '-' || i === 0) return false;
  return tokens[i - 1].text === '-' || tokens[i - 1].span[1] < t.span[0];
}

function findPredicate(sentence: Sentence, span: [number, number], opts: ClaimOptions): Found | null {
  const lex = opts.lexicon.predicates;
  // "More than 40 people were injured, and about 2,000 people spent the night in tents": a clause joined by ", and",
  // ", but", a dash and "and" ("were killed -- and four other children ran") or ";" has its own verb; one of the clause
  // before is not the figure's.
  const before = tokensBefore(sentence, span[0]);
  let from = 0;
  for (let i = before.length - 1; i > 0; i--) {
    if (before[i - 1].text === ';' || ((before[i - 1].text === ',' || isDash(before, i - 1)) && /^(?:and|but)$/i.test(before[i].text))) { from = i; break; }
  }
  // "Robinson died at the scene and the other five victims were transported": "and" right before the opening words of the
  // figure's noun phrase opens the figure's clause (not "arrest Cruz-Nazario and three others", one list).
  for (let i = before.length - 1; i >= from; i--) {
    if (/^(?:and|but)$/i.test(before[i].text) && i + 1 < before.length && before.slice(i + 1).every((t) => NOUN_PHRASE_OPENER.test(t.text))) { from = i + 1; break; }
    if (!NOUN_PHRASE_OPENER.test(before[i].text)) break;
  }
  // "homes were destroyed and about 2,000 people spent the night in tents": a count right after "and" that a verb follows
  // opens a clause of its own (not "arrest Cruz-Nazario and three others on Friday", one list).
  if (before.length > 1 && /^(?:and|but)$/i.test(before.at(-1)!.text) && /^(?:were|was|are|is|have|has|had|remain|remained|remains|spent|fled|lost|\p{Ll}{3,}ed)$/u.test(tokensAfter(sentence, span[1])[0]?.text ?? '')) from = Math.max(from, before.length);
  // "four people were shot ... at a party with more than 40 people in attendance": a count told after "with" describes the
  // noun before it; the verb of the clause it hangs on is not its own.
  let w = before.length - 1;
  while (w >= from && APPROXIMATOR.test(before[w].text)) w--;
  if (w >= from && /^with$/i.test(before[w].text)) from = before.length;
  // "Horvat, who visited Kestra on Wednesday, promised 50 million euros": a relative clause set off by commas tells of
  // its noun, and its verb is not the figure's.
  const left: Token[] = [];
  for (let i = from; i < before.length; i++) {
    if (before[i].text === ',' && /^(?:who|which)$/i.test(before[i + 1]?.text ?? '')) {
      const close = before.findIndex((t, j) => j > i + 1 && t.text === ',');
      if (close > 0) { i = close; continue; }
    }
    left.push(before[i]);
  }
  const right = tokensAfter(sentence, span[1]);
  // "four adults were also inside the home at the time of the shooting": a word of the lexicon after the figure with a
  // determiner before it is a noun of the event, no verb of the figure.
  const nounAfter = (t: Token): boolean => t.span[0] > span[1] && /\b(?:the|a|an|this|that)\s+$/i.test(sentence.text.slice(Math.max(0, t.span[0] - sentence.span[0] - 6), t.span[0] - sentence.span[0]));
  // "A total of seven people", "the number of victims": a word of the lexicon after an article and before "of" is a noun of
  // quantity opening the count, no verb of it.
  const nounOfCount = (t: Token): boolean => /^(?:total|number|count|estimate|tally)$/i.test(t.text) && /\b(?:a|an|the)\s+$/i.test(sentence.text.slice(Math.max(0, t.span[0] - sentence.span[0] - 5), t.span[0] - sentence.span[0])) && /^\s+of\b/i.test(sentence.text.slice(t.span[1] - sentence.span[0], t.span[1] - sentence.span[0] + 4));
  const pick = (toks: Token[], rule: string): Found | null => {
    for (const t of toks) {
      if (nounAfter(t) || nounOfCount(t)) continue;
      const lemma = lex.get(t.text.toLowerCase());
      // "1,200 soldiers were taking part in rescue operations": taking part is being there, no capture.
      if (lemma === 'take' && /^\s+part\b/i.test(sentence.text.slice(t.span[1] - sentence.span[0]))) return { lemma: 'deploy', token: t, rule: 'predicate/presence-in-place' };
      if (lemma) return { lemma, token: t, rule };
    }
    return null;
  };
  const clauseRight: Token[] = [];
  // "three of the four victims had been inside the hall before shots were fired": a verb after a subordinating
  // conjunction is its own clause's, not the figure's; "after being injured" goes on with the figure's subject.
  for (let k = 0; k < right.length; k++) {
    const t = right[k];
    if (t.text === ',' || t.text === ';' || (SUBORDINATOR.test(t.text) && !/^(?:being|having|\p{L}+ing)$/iu.test(right[k + 1]?.text ?? '')) || opensWhereClause(right, k)) break;
    clauseRight.push(t);
  }
  const near = pick(left.slice(-opts.predicateWindowLeft).reverse(), 'predicate/nearest-left')
    ?? pick(clauseRight.slice(0, opts.predicateWindowRight), 'predicate/nearest-right')
    ?? pick([...left].reverse(), 'predicate/sentence-left')
    ?? pick(clauseRight, 'predicate/clause-right');
  if (!near) {
    // "1,500 soldiers are already in Vladivostok": presence in a place reads as a deployment.
    const tail = clauseRight.slice(0, 8).map((t) => t.text.toLowerCase());
    const be = tail.findIndex((w) => /^(are|is|were|was)$/.test(w));
    if (be >= 0 && (tail[be + 1] === 'in' || (tail[be + 1] === 'already' && tail[be + 2] === 'in'))) {
      return { lemma: 'deploy', token: clauseRight[be], rule: 'predicate/presence-in-place' };
    }
    return null;
  }
  // "preparing to join", "plans to send": the verb after the plan is the predicate.
  const family = opts.lexicon.families.get(near.lemma);
  if (family === 'plan' || family === 'prepare') {
    const after = tokensAfter(sentence, near.token.span[1]).slice(0, 3);
    if (after[0]?.text.toLowerCase() === 'to' && after[1]) {
      const lemma = lex.get(after[1].text.toLowerCase());
      if (lemma) return { lemma, token: after[1], rule: `${near.rule}+to-infinitive` };
    }
  }
  return near;
}

/** Right after an age told by no name: its person held or charged ("(A 17-year-old) was arrested", "(a 16-year-old boy) has been charged"). */
const ACCUSED_AFTER_AGE = /^\s*(?:(?:boy|girl|man|woman|male|female|teen|teenager|juvenile|youth|suspect)\s+)?(?:(?:from|of)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})?(?:was|were|has\s+been|had\s+been|is|is\s+being|was\s+being)\s+(?:(?:also|later|then|since|now)\s+)?(?:arrested|charged|booked|indicted|jailed|detained|apprehended|accused|sentenced|convicted|taken\s+into\s+custody)\b/iu;
/** Right before an age told by no name: a verb of holding or charging its person ("police arrested a", "charged the"). */
const ACCUSED_BEFORE_AGE = /\b(?:arrested|charged|booked|indicted|jailed|detained|apprehended|sentenced|convicted|(?:took|taken)\s+into\s+custody)\s+(?:a|an|the)\s+$/i;
/** A part of a game right after a figure: "(12) in the fourth quarter", "(10) in overtime", "(two) in the first half". */
const GAME_PART_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:in|during)\s+(?:the\s+)?((?:first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(?:quarter|half|period|inning)|overtime|OT)\b/iu;

/** Generic nouns of people: a count of them tells who they are only by what its verb says they did or underwent. */
const GENERIC_PEOPLE = /^(?:men|women|boys|girls|males|females|teens|teenagers|children|kids|adults|juveniles)$/i;
/** Words between a counted noun and its verb: auxiliaries, adverbs, a relative pronoun. */
const COUNT_AUX = /^(?:were|was|are|is|had|have|has|been|being|be|also|all|both|still|then|later|reportedly|allegedly|apparently|who|that|each|later)$/i;
/** Words right after a counted noun that open no verb: a preposition, a conjunction, a determiner. */
const NOT_COUNT_VERB = /^(?:in|on|at|of|from|with|by|for|to|into|inside|outside|near|and|or|but|the|a|an|their|his|her|its|aged|ages|whom|whose|not|never|as|than|when|where|while|after|before|because|if|since|until|whether|between|including|both|each|ages?)$/i;

/**
 * The verb a count of a generic noun of people is told with, as written ("three men lying on the floor": "lying"; "five
 * men were questioned": "questioned"): the first lower-case word after the noun, past auxiliaries and adverbs; null when
 * a preposition, a comma or a capitalised word comes first ("three men in a car").
 */
export function countVerb(after: string, noun: string): string | null {
  const words = after.match(/[\p{L}'’-]+|[^\s\p{L}'’-]/gu) ?? [];
  let i = words[0]?.toLowerCase() === noun.toLowerCase() ? 1 : 0;
  for (; i < words.length && i < 6; i++) {
    const w = words[i]!;
    if (!/^\p{Ll}[\p{Ll}'’-]+$/u.test(w) || NOT_COUNT_VERB.test(w)) return null;
    if (!COUNT_AUX.test(w)) return w;
  }
  return null;
}

/**
 * What a part of a counted set is told as, read right after the part ("Two of the victims are in critical condition": "in
 * critical condition"; "four of the five victims have been released": "released"; "three of the victims are children":
 * "who are children"; "three of the victims were found inside": "found"); null where nothing is told of it.
 */
export function partState(after: string, noun: string | null): string | null {
  let rest = after;
  // "Four of the five victims are ...": the part's own whole, told after it, is skipped to its noun.
  if (/^\s*of\s/i.test(rest) && noun) {
    const at = rest.toLowerCase().indexOf(noun.toLowerCase());
    if (at < 0 || at > 40) return null;
    rest = rest.slice(at + noun.length);
  }
  // "Two of the victims, 21-year-old Cameron Wilkins and 32-year-old Felicia Williams, were pronounced dead": past an apposition.
  rest = rest.replace(/^\s*,[^.;,]{1,80}(?:,[^.;,]{1,40})?,(?=\s+\p{Ll})/u, '');
  // ("three victims who are in serious condition": the same told in a relative clause.)
  const be = String.raw`^\s*(?:(?:who|that)\s+)?(?:(?:is|are|was|were|remains?|remained|have\s+been|has\s+been|had\s+been|appear(?:ed)?\s+to\s+be)\s+)?(?:(?:still|also|now|all|both|each|last|reportedly|initially)\s+)*`;
  const condition = new RegExp(`${be}(?:(?:listed|reported|said|believed|described)\\s+(?:as\\s+|to\\s+be\\s+)?(?:being\\s+)?)?in\\s+(critical|serious|stable|fair|good|grave|guarded|satisfactory)\\b`, 'iu').exec(rest);
  if (condition) return `in ${condition[1]!.toLowerCase()} condition`;
  if (new RegExp(`${be}(?:(?:treated\\s+and\\s+)?(?:released|discharged))\\b`, 'iu').test(rest)) return 'released';
  if (new RegExp(`${be}(?:(?:taken|transported|rushed|airlifted|flown|driven)\\s+(?:by\\s+[^.;]{1,40}?\\s+)?to\\b|hospitali[sz]ed\\b|in\\s+(?:the\\s+)?hospital\\b)`, 'iu').test(rest)) return 'taken to hospital';
  if (new RegExp(`${be}treated\\b`, 'iu').test(rest)) return 'treated';
  if (new RegExp(`${be}(?:pronounced|declared)\\s+(?:dead|deceased)\\b`, 'iu').test(rest)) return 'pronounced dead';
  // "Three of the victims were male adults", "four of the victims appeared to be bystanders": who some of them are.
  const who = /^\s*(?:is|are|was|were|appear(?:ed)?\s+to\s+be)\s+(?:(?:all|both|also)\s+)?(?:an?\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u.exec(rest);
  const words = who ? who[1]!.split(/\s+/) : [];
  const at = words.findIndex((w) => PEOPLE_NOUN_END.test(w));
  if (at >= 0) return `who ${/^\s*(?:is|was)\b/.test(rest) ? 'is' : 'are'} ${words.slice(0, at + 1).join(' ')}`;
  // Else the verb told of them, where it is one by its form ("found", "identified", "ran").
  const verb = countVerb(rest, '')?.toLowerCase() ?? '';
  // (Not the harm the whole is counted by: "four of the people shot, including the child, made it" says "shot" of all.)
  return /^\p{Ll}{3,}(?:ed|en)$|^(?:ran|fled|left|went|came|sat|stood|hid|fell|lay|got|hit)$/u.test(verb) && !/^(?:shot|killed|wounded|injured|hurt|slain|murdered|stabbed)$/.test(verb) ? verb : null;
}

/** A counted noun of people, by its ending: "shooters", "victims", "officers", "students", "residents", "people". */
const PEOPLE_NOUN_END = /(?:ers|ors|ists|ants|ents|ians|people|persons|men|women|children|kids|victims|officers|troops|soldiers|deputies|teens|adults|boys|girls)$/i;

/** Nouns of a measured level or amount, whose bare figure is theirs: "level", "content", "limit", "rate", "reading". */
const MEASURED_NOUN = /^(?:level|content|concentration|limit|rate|reading|index|ratio|average|temperature|pressure|speed|turnout|margin|attendance)$/;

/**
 * A bare number followed by a word of its own that is no verb, state or function word ("a silver 4 door Dodge", "a 2 story
 * house"): that word is what it counts, so it takes no noun from the figure before it.
 */
const NOUN_OF_ITS_OWN = /^\s+(?!(?:were|was|are|is|be|been|being|had|have|has|did|do|does|will|would|could|should|may|might|must|can|of|in|on|at|and|or|but|to|for|from|with|by|as|than|that|who|which|more|less|fewer|others?|dead|hurt|missing|alive|apiece|each|total|so|already|now|then|still|alone|too|times|percent|per|a|an|the|this|these|those|remain|remained|remains|among|out|over|under|up|down|after|before|during|including|against|also|all|both|not|never|just|only|even|again|later|ago|earlier|since|until|till|through|throughout|into|onto|across|around|about|within|without|behind|beside|besides|between|beyond|toward|towards|via|off|yet|overall|combined|altogether|last|next|straight|consecutive|left|inside|outside|near|while|when|where|if|because|instead|there|here|away|back|ahead|today|tonight|yesterday|tomorrow|higher|lower|better|worse|greater|larger|smaller|bigger|shy|short)\b)\p{Ll}+(?<!ed|ing|ly)\b(?![-'’])/u;

function findSubject(q: Quantity, sentence: Sentence, opts: ClaimOptions): string | null {
  // "a GDP of $29 billion", "the death toll of 40": the measured noun before "of".
  const measured = q.unitClass === 'money' || q.unitClass === 'percent';
  if (measured || !q.unit) {
    const left = tokensBefore(sentence, q.span[0]).slice(-4);
    const noun = left[left.length - 2]?.text ?? '';
    // "in lieu of $41,500 bail", "in excess of $2 million", "on behalf of": a noun between a preposition and "of" makes a
    // preposition of its own, and names nothing measured.
    const compound = /^(?:in|on|by)$/i.test(left[left.length - 3]?.text ?? '');
    if (left.length >= 2 && left[left.length - 1].text.toLowerCase() === 'of' && /^[\p{L}-]+$/u.test(noun) && !DETERMINERS.test(noun) && (measured || MEASURE_NOUNS.test(noun)) && !compound) {
      const noun = left[left.length - 2].text;
      const mod = left[left.length - 3];
      return mod && /^[\p{L}-]+$/u.test(mod.text) && !DETERMINERS.test(mod.text) && !/^(a|an|the|of|to|with|in)$/i.test(mod.text) ? `${mod.text} ${noun}` : noun;
    }
  }
  // "Her blood alcohol level was 0.14", "the legal limit of 0.08": a bare figure a measured noun was is that noun's.
  if (!q.unit || q.unitClass === 'percent') {
    const before = sentence.text.slice(0, q.span[0] - sentence.span[0]);
    const was = /\b(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Aa]n?)\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))\s+(?:was|is|were|are|stood\s+at|reached|of)\s+(?:about\s+|nearly\s+|around\s+|at\s+|only\s+|just\s+)?$/u.exec(before);
    if (was && (MEASURED_NOUN.test(was[2]!) || (typeof q.value === 'number' && !Number.isInteger(q.value)))) return was[1]!;
    if (!q.unit) return null;
  }
  // "the death toll ... climbed to 63": people a rule read into a bare number have no noun after it to name them by.
  if (/\|unit\/(?:toll-value|group-of|victims-of-verb|noun-after-age)\b/.test(q.rule)) return q.unit;
  const unitWords = q.unit.toLowerCase().split(/\s+/);
  const head = unitWords[unitWords.length - 1];
  const numberEnd = q.span[0] + (/\d[\d,.]*|\b[a-z]+(?:-[a-z]+)?\b/i.exec(q.text)?.index ?? 0);
  const after = tokensAfter(sentence, numberEnd).slice(0, opts.subjectWindow + 3);
  const words: string[] = [];
  let started = false;
  for (const t of after) {
    if (!started) {
      if (/\d/.test(t.text) || /^(million|billion|thousand|hundred|dozen)$/i.test(t.text)) { started = true; continue; }
      continue;
    }
    // "from 15 to 25 gunshots", "between 15 and 25 shots": the other end of a range and its joining word are no part of the
    // counted noun ("To 25 gunshots" names nothing).
    // "3 1/2 seasons": the fraction of a mixed number is the number's too.
    if (words.length === 0 && /^(?:to|and|or|-|–|—|\/)$/i.test(t.text)) continue;
    if (words.length === 0 && /^\d[\d,.]*$/.test(t.text)) continue;
    // "18.7 million viewers": the scale word is the number's, no part of the counted noun.
    if (words.length === 0 && /^(?:million|billion|trillion|thousand|hundred)$/i.test(t.text)) continue;
    words.push(t.text);
    const w = t.text.toLowerCase();
    if (w === head || w.replace(/s$/, '') === head.replace(/s$/, '')) {
      const cleaned = words.filter((x, i) => !(i === 0 && DETERMINERS.test(x)) && x !== 'of');
      // ("15 sheriff's cars": a possessive ending is joined to its word again.)
      return cleaned.filter((x) => !DETERMINERS.test(x) || /^[A-Z]/.test(x)).join(' ').replace(/\s+(['’]s?)(?=\s|$)/g, '$1');
    }
    if (words.length > opts.subjectWindow) break;
  }
  if (q.unitClass === 'money') return moneyNoun(q, sentence) ?? q.unit;
  return q.unit;
}


/** An adjective or an adverb right after "100 percent": "preventable", "sure", "behind him", "recovered". */
const DEGREE_AFTER_PERCENT = /^\s*(?:percent|per\s*cent|%)?\s*(?:sure|certain|true|accurate|correct|confident|positive|committed|honest|healthy|safe|clear|right|wrong|fine|ready|behind|convinced|focused|responsible|innocent|guilty|recovered|\p{Ll}{3,}(?:able|ible))\b/iu;

/**
 * Whether a quantity states something outlets could repeat or dispute. Durations ("over the past
 * two weeks"), vague distances ("thousands of miles away"), "the two Koreas" and a fraction
 * restated as a percent in brackets are context, not claims.
 */
function isClaimQuantity(q: Quantity, text: string, countsPeople = false): boolean {
  // A duration is context ("over the past two weeks"), but a prison term is a figure outlets compare.
  if (q.unitClass === 'time') return prisonTerm(q, text) !== null;
  if (isNameNumber(q, text)) return false;
  if (isYearOrMarker(q, text)) return false;
  // "it might not have been 100 percent preventable", "I'm 100 percent sure": a degree told of a word, no figure.
  if (q.unitClass === 'percent' && (q.value === 100 || q.value === 110) && DEGREE_AFTER_PERCENT.test(text.slice(q.span[1], q.span[1] + 30))) return false;
  // "rated 3 on a scale of 5", "a 4 out of 5": a rating and its scale are no count or measure (nor the unit of one before).
  if (RATING_AFTER.test(text.slice(q.span[1], q.span[1] + 30)) || /\b(?:scale|out)\s+of\s+(?:\d{1,2}\s+to\s+)?$/i.test(text.slice(Math.max(0, q.span[0] - 16), q.span[0]))) return false;
  // "two people familiar with the talks said", "three sources briefed on the matter": who told it, no figure of the story.
  if (q.unitClass === 'persons' || q.unitClass === 'count') {
    if (UNNAMED_SOURCES_AFTER.test(text.slice(q.span[1], q.span[1] + 40))) return false;
  }
  if (q.rule.includes('vague') && (q.unitClass === 'length' || q.unitClass === 'area')) return false;
  const single = typeof q.value === 'number' ? q.value : null;
  // "the two-storey office building": a building's height is a figure, however small and in words.
  if (q.unit === 'storey') return true;
  if (single !== null && single <= 2 && !/\d/.test(q.text) && (q.unitClass === 'count' || q.unitClass === 'number') && !countsPeople && !(single === 2 && countsNamedThings(q, text))) return false;
  if (q.unitClass === 'fraction' && /^\s*\(\s*[\d.,]+\s*(%|percent|per cent)/.test(text.slice(q.span[1], q.span[1] + 24))) return false;
  return true;
}

/** Those who demand a ransom, or the ransom itself, in a sentence. */
const RANSOM_TAKERS = /\b(?:ransom|hackers?|kidnappers?|abductors?|captors?|hostage-takers?|extort\w*)\b/i;

/** Words of pay in a sentence of a bargain. */
const PAY_WORDS = /\b(?:wages?|pay|raises?|salar(?:y|ies)|increases?|hikes?|contract)\b/i;
/** The last cue of a side of a bargain in a clause: a demand ("seeking", "demands", "asked for") or an offer ("offered", "proposal"). */
const BARGAIN_CUE = /\b(?:(seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|want(?:s|ed)?|call(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for)|(offer(?:s|ed|ing)?|propos(?:ed|es|al|ing)))\b/gi;

/**
 * The side of a bargain a pay figure is of, from the last cue of demand or offer in its clause before it ("pay demand",
 * "pay offer"), or null where the sentence tells of no pay and names no side's own demand or offer.
 */
function bargainSide(lead: string, sentenceText: string): string | null {
  const clause = lastClause(lead);
  // "The union has cut its demand to 22%": a side's own demand or offer, named as such, needs no word of pay.
  if (!PAY_WORDS.test(sentenceText) && !/\b(?:its|their)\s+(?:[\p{L}-]+\s+)?(?:demand|offer)s?\b/iu.test(clause)) return null;
  const side = bargainCue(clause);
  return side ? `pay ${side}` : null;
}

/** The clause a figure ends, of the words before it: after the last ";", ":" or ", but" / ", and". */
function lastClause(lead: string): string {
  return lead.split(/[;:]|,\s*(?:but|while|and|whereas)\b/).at(-1) ?? lead;
}

/** The side the last cue of a bargain in a clause tells: a demand or an offer, or null where none is told. */
function bargainCue(clause: string): 'demand' | 'offer' | null {
  let last: RegExpExecArray | null = null;
  for (const m of clause.matchAll(BARGAIN_CUE)) last = m;
  return last ? (last[1] ? 'demand' : 'offer') : null;
}

/** A rating's scale right after its value: "on a scale of 5", "out of 10" (not "on the Richter scale": a magnitude). */
const RATING_AFTER = /^\s+(?:on\s+(?:a|the)\s+(?:[\p{L}-]+\s+)?scale\s+of\s+(?:\d|one|ten|five)|out\s+of\s+(?:\d|ten|five)\b)/iu;

/** What describes unnamed sources right after their count: "familiar with", "with knowledge of", "briefed on". */
const UNNAMED_SOURCES_AFTER = /^\s*(?:(?:who\s+(?:are|were)\s+)?(?:directly\s+|closely\s+)?(?:familiar\s+with|with\s+(?:direct\s+|first-?hand\s+)?knowledge\s+of|briefed\s+on|close\s+to\s+the\s+(?:talks|negotiations|matter|deal|investigation|discussions|company|family)|involved\s+in\s+the\s+(?:talks|negotiations|discussions|deliberations)))\b/i;

/** Words before a small number that make it a reference back to things already told ("the two jurors", "one of those two boats"), not a count stated anew. */
const BACK_REFERENCE = /\b(?:the|those|these|both|of)\s*$/i;
/** "three of the five victims": the whole a part is told of is a count of its own. */
/** "a total of seven people", "a group of five men": a noun of quantity before "of" opens a count, never a back reference. */
const COUNT_OPENER = /\b(?:total|number|group|crowd|maximum|minimum|average|tally|handful|party|team|family)\s+of\s*$/i;
const PART_OF_WHOLE = /\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|both|some|most|many|several|none)\s+of\s+(?:the|those|these)\s*$/i;
/** Words after "two" that rank or set apart rather than count ("the two largest unions", "two separate demonstrations", "two floors below"). */
const NOT_A_TALLY = /^\s*(?:largest|biggest|main|major|leading|top|best|worst|separate|different|distinct|consecutive|straight|successive|floors?\s+(?:below|above|up|down)|blocks?\s+(?:away|from|north|south|east|west))\b/i;

/**
 * "two fire tenders", "two pirate boats escaped", "two cables were cut": a count in words of two
 * things named by a noun states a figure outlets repeat. Not a reference back to things told
 * before ("the two jurors"), a rank or a distinction ("the two largest unions", "two separate
 * demonstrations"), nor a count that restates a list just named ("Somalia and Yemen, two countries").
 */
export function countsNamedThings(q: Pick<Quantity, 'span' | 'unit' | 'unitClass' | 'text'>, text: string): boolean {
  if (q.unitClass !== 'count' || !q.unit || !/^(?:two|at\s+least\s+two|about\s+two|some\s+two)\b/i.test(q.text.trim())) return false;
  if (BACK_REFERENCE.test(text.slice(Math.max(0, q.span[0] - 12), q.span[0]))) return false;
  const numberEnd = q.span[0] + q.text.search(/\btwo\b/i) + 3;
  if (NOT_A_TALLY.test(text.slice(numberEnd, numberEnd + 30))) return false;
  return !/\p{Lu}[\p{L}'’.-]*\s+and\s+(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*,\s*$/u.test(text.slice(Math.max(0, q.span[0] - 60), q.span[0]));
}

/** "for about 30 miles", "chased him for 48km": a length travelled. */
const TRAVEL_BEFORE = /\bfor\s+(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|roughly\s+|around\s+)?$/i;
/** "fell around 2000ft near the Mount Sefton Bivvy": the length of a fall, whose place is where it happened, no place it is a distance to. */
const FALL_BEFORE = /\b(?:fell|falls?|falling|fallen|plunged|plunging|plummeted|tumbled|tumbling|dropped)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to|an\s+estimated)\s+)?$/i;
/** "a 30-mile pursuit", "a 5km march": a length that names a journey. */
const TRAVEL_AFTER = /^[\s-]*(?:long\s+)?(?:chase|pursuit|drive|journey|trip|walk|march|route|trek|flight|ride|run|stretch)\b/i;

/** Words after a broadcaster's number: "7 Action News", "WBBJ 7 Eyewitness News". */
const STATION_AFTER = /^\d{1,3}\s+(?:Action\s+News|Eyewitness\s+News|News\b|On\s+Your\s+Side|Investigates|First\s+Alert)/;
/** A call sign or network right before a number: "(LEX 18)", "WBBJ 7", "KUTV 2", "CBS 2"; not a headline's word before a colon. */
const STATION_BEFORE = /(?:^|[\s(\[|—–-])(?:[A-Z]{2,5}(?:-(?:TV|DT|FM|AM))?|Channel|NewsChannel)\s$/;

/**
 * Numbers that name something, not a count: a broadcaster ("(LEX 18) - The teen killed...", "7 Action
 * News"), the emergency number ("a 911 call found the mother dead"), a year that opens a line
 * ("January 9, 2017 Man dead after shootout"), a gun's bore ("a 20-gauge shotgun").
 */
export function isNameNumber(q: Quantity, text: string): boolean {
  const raw = text.slice(q.span[0], q.span[1]).trim();
  if (/^911\b/.test(raw) || /^\d{1,2}\s*-?\s*gauge\b/i.test(raw)) return true;
  if (/^(?:19|20)\d\d\b/.test(raw) && typeof q.value === 'number' && q.value >= 1900 && q.value <= 2100) return true;
  if (/^\d{1,3}\b/.test(raw) && (STATION_AFTER.test(raw) || STATION_AFTER.test(`${raw}${text.slice(q.span[1], q.span[1] + 20)}`))) return true;
  return /^\d{1,3}\b/.test(raw) && STATION_BEFORE.test(text.slice(Math.max(0, q.span[0] - 14), q.span[0]));
}

/** Nouns that count people ("two women", "three others", "his father"). */
const JOINED_RIGHT = /^\s*(?:,\s*(?:ages?|aged)\s+\d{1,3}(?:\s*(?:,\s*(?:and\s+)?|and|to|-|–)\s*\d{1,3})*\s*)?(?:,\s*)?(?:and|plus|(?:(?:are|were|was|is|lay|lie)\s+dead\s+)?(?:along\s+with|as\s+well\s+as))\s+/i;
// A person's modifiers may hold digits ("a 10-year-old girl").
const ONE_PERSON = new RegExp(String.raw`^(?:a|an|one|his|her|their|the)\s+(?:[\p{L}\d'’-]+\s+){0,3}?${PERSON_NOUN}\b`, 'iu');
// "his wife and three children", "a man and his two sons", "Lee and her three children" (a name, then the count as hers).
// "The woman and her three children": one person told with "the", whose own ("his", "her") the count is.
const ONE_PERSON_LEFT = new RegExp(String.raw`(?:^|[\s,(—–-])((?:a|an|one|his|her|their)\s+(?:[\p{L}\d'’-]+\s+){0,3}?${PERSON_NOUN}\s+and\s+(?:(?:his|her|their)\s+)?|the\s+(?:[\p{L}\d'’-]+\s+){0,3}?${PERSON_NOUN}\s+and\s+(?:his|her)\s+)$`, 'iu');
/** "All six people", "all of the four victims": a count that takes back every one of a number told before. */
const ALL_OF_BEFORE = /\ball\s+(?:of\s+the\s+|the\s+)?$/i;
/** Words that tell the people counted alive: their hurt is no wound of the dead. */
const TOLD_ALIVE = /\b(?:non-?\s?life[\s-]threatening|minor|stable|fair|good\s+condition|critical|serious|recover\w*|survive\w*|released|treated|hospitali[sz]ed)\b/i;
/** "six more shot, and ", "three people shot and ": a count of people shot closing the words before another count of a list. */
const HURT_BESIDES_SHOT = /\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:more|other|others|people|persons)\s+){0,2}shot\s*,?\s+(?:and\s+)?$/i;
/** "she and 7 family members", "He and two other men": the one the sentence speaks of, and the count with them. */
const PRONOUN_LEFT = /(?:^|[\s,(—–-])((?:he|she)\s+and\s+)$/i;
/** One person of a list, told right before a comma: "Valerie Jackson, ", "a woman, ". */
const LIST_ITEM_LEFT = new RegExp(String.raw`(^|[\s(—–-])((?:[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}\d'’-]+\s+){0,3}?${PERSON_NOUN}|\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}),\s*$`, 'u');
/** Capitalised words that open no name of a person: a day, a month, a preposition or article, a body. */
const NOT_A_PERSON_ITEM = /^(?:On|In|At|The|After|Before|When|While|Since|Police|Officials|Authorities|Investigators|Deputies|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** A name and "and" right before a count of others: "Nathaniel Conley and seven others". */
const NAMED_AND_LEFT = /(?:^|[\s,(—–-])(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}\s+and\s+)$/u;
/** A verb of killing and its object pronoun, opening a list of the dead: "fatally shot her, six children and ...". */
const OBJECT_PRONOUN_LEFT = /\b(?:shot|killed|stabbed|murdered|shooting|killing)\s+((?:him|her),\s*)$/i;
const NAMED_PERSON_LEFT = /(?:^|[\s,(—–-])(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}\s+and\s+(?:his|her|their)\s+)$/u;
/** A casualty verb before a person and a count joined by "and": "killed his wife and three children", "wounded a woman and her two sons". */
const CASUALTY_BEFORE_PARTS = new RegExp(String.raw`\b(?:(killed|killing|murdered|murdering|shot\s+dead|fatally\s+shot|shot\s+and\s+killed)|(wounded|wounding|injured|injuring))\s+(?:(?:(?:a|an|one|his|her|their)\s+(?:[\p{L}\d'’-]+\s+){0,3}?${PERSON_NOUN}|\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})\s+and\s+(?:(?:his|her|their)\s+)?|(?:him|her),\s*)$`, 'iu');

/** The words after a count that tell its people hurt and then dead: "(One person) was critically injured and later died". */
const HURT_THEN_DIED = /^\s*(?:was|were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:injured|wounded|hurt|shot)\b[^.;]{0,60}?\band\s+(?:(?:later|subsequently|eventually|then)\s+)?(?:died|passed\s+away|succumbed)\b/i;
/** "tall" right after a length, past its inches: "6 feet tall", "5 feet, 10 inches tall". */
const TALL_AFTER = /^\s*(?:,?\s*\d{1,2}\s*(?:inches|inch|in\.?)\s*)?tall\b/i;

/** Words of a sentence that sums several shootings: "in 17 shootings", "in two separate shootings", "in South Side shootings", "across the city", "over an eight-hour stretch", "in a five-hour span". */
const ROUND_UP = /\b(?:in|during|from)\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous|\d+)\s+(?:[\w-]+\s+){0,2}?(?:shootings|incidents|attacks)\b|\b(?:two|three|four|five|several|multiple|\d+)\s+separate\s+(?:shootings|incidents|attacks)\b|\b(?:across|around|throughout)\s+the\s+city\b|\bover\s+an?\s+(?:[\w-]+\s+)?stretch\b|\b(?:in|over|during|within)\s+an?\s+[\w-]+-(?:hour|day|week)\s+span\b|\bin\s+(?:[A-Z][\w'’-]*\s+){1,3}shootings\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|hundreds\s+of)\s+(?:such|similar|other)\s+(?:[\w-]+\s+)?(?:shootings|incidents|attacks|cases)\b|\b(?:in|over|during|within)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?:-and-a-half|\s+and\s+a\s+half)?\s+years\b|\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:two|three|four|five|six|seven|eight|nine|ten|few|several|couple\s+of|\d+)\s+(?:weeks|months)\b|\b(?:in|from)\s+(?:separate\s+)?shootings\s+(?:across|around|throughout)\b|\b(?:on|across)\s+the\s+(?:north|south|east|west)(?:west|east)?\s+and\s+(?:north|south|east|west)(?:west|east)?\s+sides\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+shootings\s*,\s*(?:one|two|three|four|five|\d+)\s+(?:of\s+them\s+)?fatal\b|\bover\s+the\s+course\s+of\s+an?\s+[\w-]+-(?:day|week|month)\s+period\b|\bin\s+the\s+span\s+of\s+(?:[\w-]+\s+){1,2}(?:hours|days|weeks)\b|\bin\s+(?:(?:two|three|several|multiple)\s+)?separate\s+(?:shootings|incidents|attacks)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:separate\s+|different\s+|overnight\s+)?shootings\s+(?:in|over|during|within|across|injured|wounded|left|killed)\b|\b(?:spate|string|series|rash|wave)\s+of\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+)?(?:[\w-]+\s+)?(?:shootings|incidents|attacks)\b|\bin\s+what\s+(?:[\w-]+\s+){1,2}(?:call|called|calls|describe|described|describes)\s+(?:[\w-]+\s+){0,2}(?:disputes|incidents|shootings|attacks)\b|\bamong\s+(?:more\s+than\s+|nearly\s+|about\s+)?(?:a\s+dozen|dozens\s+of|two\s+dozen|\d+)\s+people\s+(?:shot|killed|wounded|hurt|injured)\b|\b(?:during|over)\s+an?\s+(?:especially\s+|particularly\s+)?violent\s+(?:[\w-]+\s+){0,2}(?:night|weekend|evening|day|stretch)\b/i;

/**
 * Whether an age stands in a span of ages, by the words before and after it: "between the ages of 27 and 45" (either
 * end), "ages 15 to 19", "aged 15-19". Ages joined by "and" without "between" are a list of people's ages.
 */
function isAgeSpan(before: string, after: string): boolean {
  if (/\bbetween\s+(?:the\s+)?ages?\s+(?:of\s+)?$/i.test(before)) return /^\s*(?:and|to|-|–)\s*\d/.test(after);
  if (/\bbetween\s+(?:the\s+)?ages?\s+(?:of\s+)?\d+\s+and\s+$/i.test(before)) return true;
  if (/\b(?:ages?|aged)\s+(?:of\s+)?$/i.test(before)) return /^\s*(?:to|through|-|–)\s*\d/.test(after);
  return /\b(?:ages?|aged)\s+(?:of\s+)?\d+\s*(?:to|through|-|–)\s*$/i.test(before);
}

/** Words that make the number after them a bound of an age: "under the age of", "over age", "younger than the age of". */
const AGE_BOUND_BEFORE = /\b(?:under|over|below|above|younger\s+than|older\s+than)\s+(?:the\s+)?age\s+(?:of\s+)?$/i;

/** Units of a number that counts no people: places, times, shots, events. */
const NOT_PEOPLE_UNIT = /\b(?:locations?|places?|scenes?|homes?|houses?|residences?|apartments?|vehicles?|cars?|doors?|blocks?|miles?|feet|foot|yards?|met(?:er|re)s?|kilomet(?:er|re)s?|times|shots?|gunshots?|rounds|bullets|casings|calib(?:er|re)s|seconds?|minutes?|hours?|days?|weeks?|months?|years?|shootings?|incidents?|homicides?|slayings?|killings?|murders?|stabbings?|cases?|calls?|counts?|cats?|dogs?|horses?|cattle|cows?|sheep|pigs?|birds?|animals?|pets?|livestock|puppies|kittens|takeaways?|things|questions|reasons|facts|lessons|ways|tips|details|points|mistakes|photos|pictures|videos|images|views|stories|charts|maps|robberies|attacks|crashes|gangs?|groups?|clubs?|factions?)$/i;

/** Words of an earthquake anywhere in an article. */
const QUAKE_WORDS = /\b(?:earthquakes?|quakes?|tremors?|aftershocks?|temblors?|seismic|epicent(?:er|re)|magnitude)\b/i;

/** A verb's link right before a count that makes it the verb's complement: "has risen to", "stood at", "was". */
const COMPLEMENT_BEFORE = /\b(?:to|at|is|was|are|were|reached|hit|totals?|totaled|totalled)\s+(?:(?:at\s+least|about|nearly|almost|some|more\s+than|around|roughly)\s+)?$/i;

/** A verb of harm right before a count, its object: "killed (two people)", "wounding (three)". */
const VERB_OF_HARM_BEFORE = /\b(?:killed|killing|kills|shot|shooting|wounded|wounding|injured|injuring|struck|striking|hit|hitting)\s+(?:(?:at\s+least|about|nearly|almost|some|more\s+than|around|roughly)\s+)?$/i;
/** A verb right after a count that makes it the subject of a clause of its own: "14 miners are still unaccounted for". */
const OWN_VERB_AFTER = /^\s+(?:are|were|is|was|remain|remained|remains|have|had|has)\b/i;

/** A counted noun that tells its people's state: "one deceased male", "two dead men". */
const OWN_STATE = /\b(?:deceased|dead|slain|killed|wounded|injured)\b/i;
const CASUALTY_WORD = /\b(?:dead|deceased|killed|killing|died|injured|injuring|wounded|hurt|shot|fatally)\b/i;


/**
 * People counted in parts joined by "and" are one toll: "two women and a baby are dead" (3), "two
 * adults and three children were found dead" (5), "a man and 3 women were shot" (4), "two boys are
 * dead along with their father" (3). Returns what the other parts add and the next quantity when it
 * is one of them (it makes no claim of its own).
 */
export function conjoinedCount(quantities: readonly Quantity[], qi: number, text: string, sentence: Sentence, leftOnly = false): { add: number; consumed: number | null } {
  const q = quantities[qi];
  if (!countsPersons(q)) return { add: 0, consumed: null };
  let add = 0;
  let consumed: number | null = null;
  const right = text.slice(q.span[1], sentence.span[1]);
  const joined = leftOnly ? null : JOINED_RIGHT.exec(right);
  if (joined) {
    const at = q.span[1] + joined[0].length;
    // The next count, past the ages told between ("Two boys, ages 7 and 10, and two adults").
    let ni = qi + 1;
    while (ni < quantities.length && quantities[ni].span[1] <= at) ni++;
    const next = quantities[ni];
    if (next && next.span[0] === at && countsPersons(next)) {
      // "five people dead and two others with gunshot wounds", "10 injuring others and 2 killing others": parts with their own measure.
      // "one deceased male and one female victim who sustained injuries": so is a first part told in its own state.
      if (CASUALTY_WORD.test(text.slice(next.span[0], next.span[1])) || CASUALTY_WORD.test(text.slice(q.span[0], q.span[1]))) return { add: 0, consumed: null };
      // "The toll has risen to five, and 14 miners are still unaccounted for": after a comma, a count with a verb of its own
      // opens another clause when the first count ends a clause of its own (a verb's complement).
      if (/,\s*and\s+$/i.test(joined[0]) && COMPLEMENT_BEFORE.test(text.slice(sentence.span[0], q.span[0])) && OWN_VERB_AFTER.test(text.slice(next.span[1], sentence.span[1]))) return { add: 0, consumed: null };
      // "The gunman killed two people and three others were wounded": the object of a verb of harm, then a count with a verb
      // of its own, are two clauses' counts.
      if (VERB_OF_HARM_BEFORE.test(text.slice(sentence.span[0], q.span[0])) && OWN_VERB_AFTER.test(text.slice(next.span[1], sentence.span[1]))) return { add: 0, consumed: null };
      add += next.value as number;
      consumed = ni;
    }
    else if (ONE_PERSON.test(text.slice(at, sentence.span[1]))) add += 1;
  }
  const before = text.slice(sentence.span[0], q.span[0]);
  // "Nathaniel Conley and seven others were killed": a name before a count of others is one more of them.
  const others = /^\s*(?:other\s+people\b|others\b)/i.test(text.slice(q.span[0], q.span[1]).replace(/^\S+/, '')) ? NAMED_AND_LEFT.exec(before) : null;
  // "fatally shot her, six children and her husband": the victim named by a pronoun opens the list.
  const object = OBJECT_PRONOUN_LEFT.exec(before);
  const left = ONE_PERSON_LEFT.exec(before) ?? NAMED_PERSON_LEFT.exec(before) ?? PRONOUN_LEFT.exec(before) ?? others ?? object;
  const prev = quantities[qi - 1];
  // Not when a count opens the words before ("three men and a woman and two boys"); a person's age ("a 10-year-old girl and") is no count.
  if (left && !(prev && prev.unitClass !== 'age' && prev.span[1] > sentence.span[0] + left.index && prev.span[1] <= q.span[0])) {
    add += 1;
    // "Valerie Jackson, her husband and six children", "a woman, her mother and two children": each person listed with a comma before is one more.
    let rest = before.slice(0, left.index + left[0].length - left[1].length);
    for (let k = 0; k < 4; k++) {
      const item = LIST_ITEM_LEFT.exec(rest);
      if (!item || NOT_A_PERSON_ITEM.test(item[2]) || (prev && prev.unitClass !== 'age' && prev.span[1] > sentence.span[0] + item.index && prev.span[1] <= q.span[0])) break;
      add += 1;
      rest = rest.slice(0, item.index + item[1].length);
    }
  }
  return { add, consumed };
}

/** "One man is in critical condition and", "two were listed in critical but stable condition, and the": a count of the hurt in a condition, closing the words before another count. */
const IN_CONDITION_BEFORE = new RegExp(String.raw`(?:^|[\s,(;])(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:[\p{L}\d'’-]+\s+){0,3}?${PERSON_NOUN}\s+)?(?:(?:is|are|was|were|remains?|remained)\s+)?(?:(?:listed|reported|hospitali[sz]ed|left|abandoned|found)\s+)?(?:in\s+(?:critical|serious|stable|fair|good|grave|guarded|satisfactory)(?:[\s-]+but[\s-]+stable)?\s+condition|fighting\s+for\s+(?:his|her|their)\s+li(?:fe|ves))(?:\s*,?\s+(?:and|while|as)\s*,?|\s+(?:[\p{L}]+\s+){0,2}?(?:after|in)\s+(?:a|the)\s+(?:[\p{L}-]+\s+)?(?:shooting|attack)\s+(?:that|which)\s+also\s+(?:injured|wounded|hurt|left))\s+(?:(?:according\s+to|police\s+said|officials\s+said)[^,;.]{0,40},\s*)?(?:the\s+)?(other\s+)?$`, 'iu');
/** ", one fatally", ", two of them fatally": the dead among people shot, told right after their count. */
const SOME_FATALLY = /^\s*(?:[^,.;]{0,80}?)?(?:,|\s*--|\s*[—–])\s*(?:with\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+of\s+them)?\s+(?:fatally|mortally)\b/i;

/** "three others", "two other people": a count that opens people besides some told before. */
const OTHERS_RIGHT = /^\s*(?:others?\b|other\s+)/i;

/**
 * The hurt a sentence counts in a condition right before a count of the others ("One man is in critical condition and three
 * others are injured": 1; "Two are listed in critical but stable condition and the other three received non-life threatening
 * injuries": 2), which with the others is the whole count of the hurt; 0 when there is none.
 */
export function hurtInConditionBefore(before: string, after: string): number {
  const m = IN_CONDITION_BEFORE.exec(before);
  if (!m) return 0;
  // The others are named as such, before the count ("the other three") or after it ("three others").
  if (!m[2] && !OTHERS_RIGHT.test(after)) return 0;
  return COUNT_WORD[m[1].toLowerCase()] ?? Number(m[1]);
}

/** The words of a count of others after its number: "two others", "three other people", "four other bystanders". */
const OTHERS_COUNTED = /^\s*(?:others?\b|other\s+(?:people|persons|victims|men|women|residents|bystanders)\b)/i;

/**
 * The count of a harm a sentence shortly before told (the nearest of three), when this sentence opens with a count of
 * others of the same harm ("Two men were wounded ... Two others were wounded": 2); 0 otherwise.
 */
function othersAfterPrevious(q: Quantity, text: string, sentence: Sentence, si: number, claims: readonly Claim[], measure: Measure, time: Because<string | null>): number {
  if (!OTHERS_COUNTED.test(text.slice(q.span[0], q.span[1]).replace(/^\S+/, ''))) return 0;
  if (!/^\W*(?:and\s+|the\s+)?$/i.test(text.slice(sentence.span[0], q.span[0]))) return 0;
  // The nearest of the three sentences before that counts the harm ("Two men were wounded. Both survived surgery. Two others ...").
  const told = claims.filter((c) => c.sentenceIndex >= si - 3 && c.sentenceIndex < si && c.measure.value === measure && c.modality.value === 'asserted' && typeof c.value === 'number');
  const last = Math.max(-1, ...told.map((c) => c.sentenceIndex));
  const prev = told.filter((c) => c.sentenceIndex === last);
  // "Three people were shot there last March. Two others were shot ... in December 2014": others told of another month
  // than the count before are of another event, never the rest of it.
  const dated = (t: Because<string | null>) => t.value !== null && t.rule !== 'time/published' && t.rule !== 'time/unknown';
  if (prev.length === 1 && dated(prev[0]!.time) && dated(time) && prev[0]!.time.value!.slice(0, 7) !== time.value!.slice(0, 7)) return 0;
  // "left one man dead and three others injured. Three other men were also wounded.": a count told as others already (others
  // than the dead) is the one the others told next are.
  if (prev.length === 1 && OTHERS_SUBJECT.test(prev[0]!.subject.value)) return 0;
  return prev.length === 1 ? (prev[0]!.value as number) : 0;
}

/**
 * The count of a harm told right before a count of others of the same harm in one list of the sentence ("two police officers
 * wounded and three others injured": 2), joined by a comma or "and"; 0 otherwise.
 */
function othersInList(q: Quantity, input: ClaimInput, sentence: Sentence, si: number, claims: readonly Claim[], measure: Measure): number {
  if (!OTHERS_COUNTED.test(input.text.slice(q.span[0], q.span[1]).replace(/^\S+/, ''))) return 0;
  const before = claims.filter((c) => c.sentenceIndex === si && c.measure.value === measure && c.modality.value === 'asserted' && typeof c.value === 'number' && c.quantity !== undefined && input.quantities[c.quantity]!.span[1] <= q.span[0]);
  const prev = before.at(-1);
  if (!prev) return 0;
  const between = input.text.slice(input.quantities[prev.quantity!]!.span[1], q.span[0]);
  // One list: the count before, its verb or adjective of harm ("wounded", "were wounded"), then "and" or a comma; no
  // relative or subordinate clause between.
  if (!/^[\s\p{L}'’-]{0,40}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u.test(between) || /\b(?:had|have|has|who|which|while|when|after|before)\b/i.test(between)) return 0;
  return prev.value as number;
}

/** People other than some told before, harmed or taken to hospital: "Four other people were taken to the hospital", "two others were also shot". */
const OTHERS_HARMED = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:other\s+(?:[\p{L}-]+\s+){0,2}?|others\s+)(?:(?:who|that)\s+)?(?:were|was|are|is|had\s+been|have\s+been)\s+(?:also\s+)?(?:shot|wounded|injured|hurt|hit|struck|grazed|taken|transported|rushed|hospitali[sz]ed)\b/iu;

/** Words that set people in other places or events: "across the city", "elsewhere", "in separate shootings". */
const OTHER_PLACES = /\b(?:across|around|throughout)\s+the\s+(?:city|county|state|region|country|area)\b|\belsewhere\b|\bcity-?wide\b|\bseparate\b|\bother\s+(?:shootings|incidents|attacks)\b/i;

/**
 * Whether one of the two body sentences after a count of the shot or the hurt tells as many others or more harmed: a
 * whole never holds as many others besides some of it, so the count is that some ("found two men suffering from gunshot
 * wounds ... Four other people were taken to the hospital"; not "Five people were shot. One died. Four others were
 * taken to hospital").
 */
function othersHarmedNext(input: ClaimInput, si: number, value: number): boolean {
  if (/\bothers?\b/i.test(input.sentences[si]!.text)) return false;
  for (const next of input.sentences.slice(si + 1, si + 3)) {
    if (next.kind !== 'body') break;
    const m = OTHERS_HARMED.exec(next.text);
    // Others "also" hurt after a count of the hurt are added to it where the story's groups are made (claim-groups.ts).
    // "Eight other people were wounded across the city overnight": others of other events are none of these.
    if (m && !/\balso\b/i.test(m[0]) && !OTHER_PLACES.test(next.text) && (COUNT_WORD[m[1]!.toLowerCase()] ?? Number(m[1])) >= value) return true;
  }
  return false;
}

/** "killed four classmates and himself", "killed three people before turning the gun on himself": the shooter is one more of the dead. */
const SHOOTER_TOO = new RegExp(String.raw`^[^.;]{0,80}?\b(?:and\s+(?:then\s+)?(?:himself|herself)\b|(?:before|then|and\s+then),?\s+(?:(?:he|she)\s+)?(?:killing|killed|shooting|shot|turning\s+the\s+${GUN_NOUNS}\s+on|turned\s+the\s+${GUN_NOUNS}\s+on)\s+(?:himself|herself)\b|(?:before|then|and\s+then),?\s+(?:(?:he|she)\s+)?(?:committing|committed|commits)\s+suicide\b|(?:before|then|and\s+then)\s+(?:(?:he|she)\s+)?(?:taking|took)\s+(?:his|her)\s+own\s+life)`, 'i');
const KILLED_OBJECT = /\b(?:killed|killing|kills|murdered|murdering|shot\s+and\s+killed|fatally\s+shot(?:\s+and\s+killed)?|shot\s+dead)\s+(?:(?:at\s+least|all|his|her|their|the)\s+)?$/i;

export function shooterAlsoDead(q: Quantity, text: string, sentence: Sentence): boolean {
  return killedByActor(q, text, sentence) && SHOOTER_TOO.test(text.slice(q.span[1], sentence.span[1]));
}

/**
 * A suicide told after a toll in a clause of its own, with its own subject: "two persons died as a result of homicidal
 * violence and one person committed suicide", "two people were killed before the gunman turned the gun on himself".
 */
const SUICIDE_BESIDE = new RegExp(String.raw`^([^.;]{0,100}?)\b(?:and|before)\s+(?:then\s+)?(?:one\s+(?:person|man|woman)|the\s+(?:gunman|shooter|suspect|man|woman))\s+(?:then\s+|later\s+)?(?:committed\s+suicide|killed\s+(?:himself|herself)|took\s+(?:his|her)\s+own\s+life|turned\s+the\s+${GUN_NOUNS}\s+on\s+(?:himself|herself))\b`, 'i');

/**
 * Whether a toll of the dead told as their own state ("two persons died", "two people were killed") has the shooter's
 * suicide told beside it (`SUICIDE_BESIDE`): the toll counts the victims, the shooter is one more of the dead. Not a toll
 * whose own words may hold the shooter ("three dead in a murder-suicide"), nor one told as a killer's object
 * (`shooterAlsoDead` reads those).
 */
export function suicideBeside(q: Quantity, text: string, sentence: Sentence): boolean {
  if (killedByActor(q, text, sentence)) return false;
  const m = SUICIDE_BESIDE.exec(text.slice(q.span[1], sentence.span[1]));
  return !!m && !tollMayHoldShooter(text.slice(sentence.span[0], q.span[1] + m[1]!.length));
}

/** A count told as the object of a killing verb ("killed his wife and three children"): the one who killed is not among them. */
function killedByActor(q: Quantity, text: string, sentence: Sentence): boolean {
  const before = text.slice(Math.max(sentence.span[0], q.span[0] - 90), q.span[0]);
  // "fatally shot her husband and three sons ... before killing herself": the verb may open a count told in parts.
  return KILLED_OBJECT.test(before.slice(-40)) || !!CASUALTY_BEFORE_PARTS.exec(before)?.[1];
}

/** "He then turned the gun on himself", "Police said the man then shot himself": the one who killed took their own life. */
const SUICIDE_NEXT = new RegExp(String.raw`^[^.;]{0,50}?\b(?:he|she|the\s+(?:gunman|shooter|suspect|man|woman|father|mother|husband|wife|boyfriend|girlfriend))\s+(?:then\s+|later\s+|also\s+)?(?:turned\s+the\s+${GUN_NOUNS}\s+on|shot\s+and\s+killed|fatally\s+shot|killed|shot)\s+(?:himself|herself)\b|^[^.;]{0,50}?\b(?:he|she)\s+(?:then\s+)?(?:committed\s+suicide|took\s+(?:his|her)\s+own\s+life)\b`, 'i');

/**
 * "Smith shot and killed his wife and two daughters on Sunday. He then turned the gun on himself.": the shooter's suicide
 * told in one of the two sentences after a toll of the shooter's doing is one more of the dead. Not where the toll's
 * sentence may hold the shooter already ("murder-suicide", "including"), nor a suicide only tried.
 */
export function shooterDeadAfter(q: Quantity, text: string, sentences: readonly Sentence[], si: number): boolean {
  const sentence = sentences[si];
  if (!killedByActor(q, text, sentence) || tollMayHoldShooter(sentence.text)) return false;
  return sentences.slice(si + 1, si + 3).some((s) => s.kind === 'body' && SUICIDE_NEXT.test(s.text) && !/\b(?:tried|attempted|attempting|trying|may\s+have|might\s+have|could\s+have|planned|threatened)\b/i.test(s.text));
}

/** "Those two children were not injured": a count of people the harm did not touch. */
const UNHARMED_AFTER = /^[^,;.]{0,40}?\b(?:(?:was|were|are|is)\s+(?:not|never)\s+(?:\w+\s+)?(?:injured|hurt|wounded|shot|harmed|struck|hit|killed|hospitali[sz]ed)|(?:was|were|are|is)\s+(?:unharmed|uninjured|unhurt)|escaped\s+(?:unharmed|uninjured|unhurt|injury))\b/i;

/** Words between a negated verb and a count that put them in different clauses: "told the jurors that they would not", "No one was injured, but two children". */
const CLAUSE_BREAK = /[,;:()"“”]|\b(?:but|that|who|which|whom|whose|while|although|though|because|unless|when|where)\b/i;
/** A negation that denies nothing of the counted: "not only repulsed an attack but nabbed 23", "were not able to reach his three companions" (a failure to act), "have not yet found the 12 missing" (not happened yet). */
const NOT_A_DENIAL = /\b(?:not\s+yet|not\s+only|not\s+just|not\s+(?:yet\s+)?(?:been\s+)?able\s+to|unable\s+to|could\s*n[o']t|can\s*n[o']t|cannot|did\s*n[o']t\s+manage\s+to|failed\s+to)\b/i;

/**
 * Whether the negation before a count's verb denies the count: verb and count in one clause (no
 * clause word or comma between them), and the negation not one of mere failure or addition. "North
 * Korea did not send 12,000 troops" denies; "the three holdouts told the jurors that they would not
 * impose death" and "No one was injured, but two children were inside" do not.
 */
export function negationReachesCount(text: string, sentence: Sentence, verb: readonly [number, number], count: readonly [number, number]): boolean {
  const between = verb[1] <= count[0] ? text.slice(verb[1], count[0]) : text.slice(count[1], verb[0]);
  if (CLAUSE_BREAK.test(between)) return false;
  // "will not seek the death penalty against a group of men charged in the fatal shootings of two teens": a count far
  // down the verb's object is no count the negation denies.
  if (between.trim().split(/\s+/).length > 5) return false;
  // "do not plan to release the names of the three injured people", "the three other victims did not suffer
  // life-threatening wounds": a count told by a definite or possessive word is taken as known; the negation is of
  // something else said of those counted.
  if (PRESUPPOSED.test(text.slice(Math.max(sentence.span[0], count[0] - 30), count[0]))) return false;
  const lead = text.slice(Math.max(sentence.span[0], verb[0] - 40), verb[1]);
  return !NOT_A_DENIAL.test(lead);
}
const PRESUPPOSED = /(?:\b(?:the|these|those|his|her|their|its|our|my|your|all)|['’]s?)\s+$/i;

/**
 * A plural noun of people right before a list of ages: "two brothers, ages 11 and", "the victims, aged 19 and", "two men,
 * 22 and", "three men ages 16, 21 and", "the victims — ages 24,"; not someone's kin ("their three sons, ages 10, 8 and
 * 4"), whose ages are told as a relative's (`KIN_OF_AGES`).
 */
const GROUP_OF_AGES = new RegExp(String.raw`(?<!\b(?:his|her|their|its|our|my|your)\s+(?:[\p{L}-]+\s+){0,2})\b(${PERSON_NOUN})(?:\s*(?:,|--|—|–)\s*(?:(?:ages|aged)\s+)?|\s+(?:ages|aged)\s+)(?:\d{1,3}\s*(?:,\s*(?:and\s+)?|and\s+|to\s+|-\s*|–\s*))*$`, 'iu');
/** A noun of people in the plural, the group an age is one of. */
const PLURAL_PEOPLE = /(?:s|men|women|children|people)$/i;
/** Someone's kin before a list of their ages: "their sons, ages 4, 8 and", "her three daughters, aged 2,". */
const KIN_OF_AGES = new RegExp(String.raw`\b(?:his|her|their|our|my|your)\s+(?:[\p{L}-]+\s+){0,2}?(${PERSON_NOUN})\s*,\s*(?:ages|aged)\s+(?:\d{1,3}\s*(?:,\s*(?:and\s+)?|and\s+))*$`, 'iu');

/** Builds the claims of one article. Deterministic; each field names the rule that set it. */
/** An age told as the age at death: "died in her sleep at 91", "died Tuesday at the age of 85". */
const DIED_AT_BEFORE = /\b(?:died|dies|passed\s+away)\b[^.;]{0,60}?\bat\s+(?:the\s+age\s+of\s+|age\s+)?$/i;

/** The scopes an earlier time in a sentence gives its figures, which a person's age told beside the name does not take. */
const AGE_NOW_SCOPES = new Set(['scope/earlier-year-near', 'scope/month-named-alone', 'scope/time-before-publication', 'scope/background-words']);
/** An age told as of an earlier time: "then 23", "then-23-year-old", "was 15 at the time", "in 1996 at the age of 23". */
const AGE_OF_THEN = /\bthen[\s-]+$|\b(?:aged?|was|were)\s+$|\bat\s+(?:the\s+)?age\s+(?:of\s+)?$/i;
/** The person of an age told as the one harmed, before the name: "Police shot Tom Reid, 15, ... in 1985". */
const HARMED_NAME_BEFORE = /\b(?:shot|killed|slew|murdered|stabbed|wounded|injured|struck|ran\s+over)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+\s*,?\s*$/u;
/**
 * What the earlier event did to the person of an age, told after it in the clause: "15, killed by police in 1985", "at
 * the time", "was mauled to death".
 */
const OWN_HARM_AFTER = /^[^.;]{0,12}?\b(?:at\s+the\s+time|then)\b|^[^.;]{0,40}?\b(?:killed|died|dies|slain|murdered|shot|stabbed|wounded|injured|beaten|drowned|found\s+dead|run\s+over|struck|mauled|strangled|suffocated|burned|attacked|bitten|crushed|(?:[\p{L}]+ed)\s+to\s+death)\b/iu;

/**
 * "Former Senator Tom Hale" is Tom Hale: the titles, honorifics and words of standing the names pass knows, and
 * "late" or "reputed", before a name that opens a sentence are no part of the person; at least one word is kept.
 */
function withoutTitles(name: string): string {
  const words = name.split(/\s+/);
  const { titles, honorifics, roleModifiers } = defaultEntityOptions;
  let k = 0;
  while (k < words.length - 1) {
    const w = words[k]!.toLowerCase();
    if (!(titles.has(w) || honorifics.has(w) || roleModifiers.has(w) || titles.has(w.replace(/\.$/, '')) || /^(?:late|reputed|retired|u\.s\.)$/.test(w))) break;
    k++;
  }
  return words.slice(k).join(' ');
}
/** What may stand before the name a sentence opens with: nothing, or a relation of someone told before ("His brother Joseph died in 1999 at 62"). */
const SENTENCE_OPENS_WITH_PERSON = /^\W{0,4}(?:(?:his|her|their)\s+(?:\p{Ll}+\s+){0,2})?$/iu;
/** Nouns of a group whose size an "N-man" or "N-member" word before them tells. */
const GROUP_NOUN = /^(?:roster|squad|team|crew|jury|panel|board|council|committee|commission|delegation|force|unit|staff|band|party|group|cast|field|lineup|rotation|class|caucus|cabinet|senate|house|legislature|assembly|parliament|house)$/i;

/** A play of a game named after its length: "field goal", "touchdown run", "TD pass", "punt return", "scoring strike". */
const PLAY_AFTER = /^\s+(?:(?:touchdown|TD|scoring|go-ahead|game-winning|winning|tying|first-quarter|second-quarter|third-quarter|fourth-quarter|interception|fumble|kickoff|punt|option|reverse)\s+)*(?:field\s+goal|run|runs|pass|passes|catch|reception|return|punt|kick|touchdown|TD|strike|plunge|dash|scamper|sneak|score|throw|toss|hookup)\b/i;
/** A name right before an opening bracket: "Kareem Abdul-Jabbar (", "and Karl Malone (". */
const NAME_BRACKET_BEFORE = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s*\(\s*$/u;
/** A tie told before a bare number: "tied it at 24", "knotted the score at 7", "tied at 2". */
const TIED_AT = /\b(?:tied|ties|tying|knotted|evened)\s+(?:(?:it|things|the\s+(?:game|score|match|contest))\s+)?(?:up\s+)?at\s+$/i;
/** The words that open a window of the last (or first) so many: "of their last", "of its past", "of the first". */
const OF_WINDOW = String.raw`of\s+(?:(?:the|their|its|his|her|our)\s+)?(?:last|past|previous|first|final)\s+`;
/** Numbers in words from two to ten, as a window's or a part's count is told. */
const TWO_TO_TEN = 'two|three|four|five|six|seven|eight|nine|ten';
/** A part won or lost of the last so many games, told right before the window's count: "dropped four of their last". */
const LAST_WINDOW_PART = new RegExp(String.raw`\b(?:(won|wins|win|winning)|lost|loses|lose|losing|dropped|drops|drop|dropping)\s+(\d{1,2}|one|${TWO_TO_TEN})\s+${OF_WINDOW}$`, 'i');
/** Right after a bare number, the window it is a part of, and the window's count: " of their last 15". */
const WINDOW_AFTER = new RegExp(String.raw`^\s+${OF_WINDOW}(\d{1,2}|${TWO_TO_TEN})\b`, 'i');
/** Right before a bare number, a part and the opening of its window: "12 of their last" (the number is the window's count). */
const PART_BEFORE_WINDOW = new RegExp(String.raw`(?:\d|\b(?:one|${TWO_TO_TEN}|eleven|twelve))\s+${OF_WINDOW}$`, 'i');
/** Words that name no counted thing after a number: "11 of 12 against Jacksonville", "three of four in May". */
const FUNCTION_WORD = /^(?:against|at|in|on|for|from|to|with|over|since|this|that|these|those|and|or|but|as|by|of|under|after|before|during)$/i;
/** After a bare number, the whole it is a part of: "of their last 12 games", "of his 20 shots": the whole's noun. */
const PART_OF_COUNTED = /^\s+of\s+(?:(?:the|their|his|her|its|our)\s+)?(?:(?:last|first|past|previous|next|final)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(\p{Ll}[\p{Ll}-]+)/u;

export function findClaims(input: ClaimInput, options: Partial<ClaimOptions> = {}): Claim[] {
  const opts = { ...defaultClaimOptions, ...options };
  const lex = opts.lexicon;
  const claims: Claim[] = [];
  const outletOrigin = (): Origin => ({ name: input.outlet ?? 'the outlet', rule: 'origin/outlet-unattributed', denied: false });
  const idx = indexSentences(input);
  const backgroundSentences = new Set<number>();
  // Where a sentence's tally of many events ends ("13 toddler shooting deaths this year"), by sentence.
  const tallyEnd = new Map<number, number>();
  // "Oct. 16: A man was shot and killed by deputies in ...", another story's headline at the page's end: other events (victims.ts).
  const listed = otherEventLines(input.sentences, input.entities, input.published ?? null);
  let previous: { paragraph: number; origin: Origin; subject: string | null; subjectRule: string; predicate: string; time: Because<string | null>; unitClass: string; unit: string | null; movedFrom: boolean } | null = null;

  const consumed = new Set<number>();
  // "Klitschko (52-3, 46 KOs)": a competitor's record is read whole; the numbers inside it make no claims of their own.
  const records = recordClaims(input, idx, opts);
  // "beat the Colts 20-13", "a 27-24 loss to Chicago": each side's points of a game's score; the pair makes no other claim.
  const scores = scoreClaims(input, idx, opts, records.spans);
  const overlaps = (s: readonly [number, number][], span: readonly [number, number]) => s.some(([a, b]) => span[0] < b && a < span[1]);
  // A run of sentences telling a poll: one with poll words, and each next one that gives a percentage.
  const pollRun: boolean[] = [];
  // Whether the article tells gunfire: people "struck" or "hit" in it are struck by bullets (claims-frame.ts).
  const gunfire = GUNFIRE_STORY.test(input.text);
  input.sentences.forEach((s, i) => { pollRun[i] = POLL_WORDS.test(s.text) || (i > 0 && pollRun[i - 1] && PERCENT_WORDS.test(s.text)); });
  input.quantities.forEach((q, qi) => {
    if (consumed.has(qi)) return;
    if (overlaps(records.spans, q.span) || overlaps(scores.spans, q.span) || isIdentifierNumber(q, input.text)) return;
    const si = sentenceAt(input.sentences, q.span[0]);
    // "a .45-caliber handgun", "a 12-gauge shotgun": a gun's bore is a figure of its own, not a count nor a distance.
    const bore = gunBore(q, input.text);
    if (si < 0 || (!bore && !isClaimQuantity(q, input.text, true))) return;
    // "seven km (4 miles)", "two million euros ($2.6 million)": a conversion in brackets restates the figure before it.
    const prev = qi > 0 ? input.quantities[qi - 1] : undefined;
    if (prev && prev.unitClass === q.unitClass && /^\s*\(\s*$/.test(input.text.slice(prev.span[1], q.span[0]))) return;
    const sentence = input.sentences[si];
    if (!idx.statement[si]) return;
    // "six people, three men and three women, were shot": the parts restate the count; they make no claim of their own.
    // Their people's ages ("two teens, a 15-year-old and a 17-year-old,") are claims of their own.
    const parts = apposedParts(sentence, q);
    for (let k = qi + 1; parts > 0 && k < input.quantities.length && input.quantities[k].span[1] <= q.span[1] + parts; k++) if (input.quantities[k].unitClass !== 'age') consumed.add(k);
    // "dozens of people", "tens of thousands", "hundreds": a vague plural states no figure a reader can check or compare.
    if (VAGUE_PLURAL.test(input.text.slice(q.span[0], q.span[1]))) return;
    // "A child under the age of 10 was killed", "three girls under the age of 18": a bound of someone's age counts no one
    // and measures no one's age.
    if (AGE_BOUND_BEFORE.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 30), q.span[0]))) return;
    // "victims, all between the ages of 27 and 45", "ages 15 to 19": the span of a group's ages is no one's age, and no
    // count. ("Two children, ages 3 and 5," are two people's ages.)
    if (isAgeSpan(input.text.slice(Math.max(sentence.span[0], q.span[0] - 40), q.span[0]), input.text.slice(q.span[1], q.span[1] + 20))) return;
    // "we would have had two other slain deputies", "could have killed 40 more": what would have happened states no figure.
    if (COUNTERFACTUAL.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 60), q.span[0]))) return;
    // "led 60-52 after three quarters", "through three quarters": the quarters of a game played, no fraction of anything.
    if (q.unitClass === 'fraction' && /\bquarters$/i.test(q.text) && /\b(?:after|through|over|in|for|entering|into)\s+(?:the\s+)?$/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 12), q.span[0])) && !/^\s+of\b/i.test(input.text.slice(q.span[1], q.span[1] + 5))) return;
    // "tied it at 24 with 5:59 left": a score passed on the way is no figure of the game, nor of the player told before.
    if (q.unitClass === 'number' && !q.unit && TIED_AT.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 30), q.span[0]))) return;
    // "a 45-yard field goal", "scored on a 2-yard run": one play's length names the play, no figure of the game or the player.
    if (/^\d{1,3}\s*-\s*yards?$/i.test(q.text) && PLAY_AFTER.test(input.text.slice(q.span[1], q.span[1] + 40))) return;
    // "the Blue Demons (8-8, 0-3)": the second standing in a record's brackets is the conference's, no figure of its own,
    // whether or not its pair was read as one number ("(14-12, 6-7 Summit)").
    if (/\(\s*\d{1,3}-\d{1,3}(?:-\d{1,3})?\s*,\s*$/.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 14), q.span[0])) && /^(?:\s?-\s?\d{1,3}(?:\s?-\s?\d{1,3})?)?\s*(?:\p{Lu}[\p{L}-]*\s*){0,3}\)/u.test(input.text.slice(q.span[1], q.span[1] + 30))) return;
    let origin = attributionFor(q.span, si, input, idx) ?? reportNounOrigin(sentence, q.span[0], input, lex, idx.entities[si]) ?? measuredByOrigin(sentence, q.span[0], input);
    const sameParagraph = previous !== null && previous.paragraph === sentence.paragraph;
    // Only a figure of the same kind goes on with the previous one's words ("The ministry said 12 died. Another 40 were
    // hurt."): a share price after a research firm's sales count is the outlet's own.
    // Not after a figure a speaker told in quotation marks ('"I heard 15 to 20 shots," neighbor Kevin Lynn said. Officers
    // found victims, ...'): once the quotation closes, the words are the reporter's.
    const quoted = previous?.origin.attribution !== undefined && input.attributions[previous.origin.attribution]?.direct === true;
    if (!origin && sameParagraph && !quoted && previous!.origin.rule !== 'origin/outlet-unattributed' && kindOfCount(previous!.unitClass) === kindOfCount(q.unitClass)) {
      origin = { ...previous!.origin, rule: 'origin/paragraph-continuation' };
    }
    origin ??= outletOrigin();
    const predicate = findPredicate(sentence, q.span, opts);
    const attribution = origin.attribution !== undefined ? input.attributions[origin.attribution] : undefined;
    const clauseStart = attribution && attribution.cue.span[1] <= q.span[0] && attribution.cue.span[0] >= sentence.span[0] ? attribution.cue.span[1] : sentence.span[0];
    // "A .38-caliber revolver was recovered -- but his family deny that he carried a weapon": a denial in another clause,
    // after a contrast, denies what that clause says, not the figure told before it.
    if (origin.denied && attribution && attribution.cue.span[0] >= q.span[1] && CONTRAST.test(input.text.slice(q.span[1], attribution.cue.span[0]))) origin = outletOrigin();
    // "Officials plan to deploy 500 troops": the cue the speaker was read from can itself be the plan; the clause after it
    // starts past the cue, so the cue is asked here.
    const cueWord = attribution && clauseStart === attribution.cue.span[1] ? input.text.slice(attribution.cue.span[0], attribution.cue.span[1]).toLowerCase() : '';
    const cuePlans = opts.lexicon.modalityCues.get(cueWord) === 'planned' && /^\s+to\s/.test(input.text.slice(attribution!.cue.span[1], attribution!.cue.span[1] + 5));
    let modality = predicate?.rule.endsWith('+to-infinitive') && !origin.denied
      ? because<Modality>('planned', 'modality/plan-verb')
      : cuePlans && !origin.denied
        ? because<Modality>('planned', `modality/cue:${cueWord}`)
        : findModality(sentence, clauseStart, q.span[0], origin.denied, opts);
    // "500 troops will be sent", "2,000 soldiers are expected to arrive": the plan told right after the counted noun.
    // Not "All four people are expected to survive": an outlook for the hurt is no plan (`ALL_SURVIVING_AFTER`).
    if (modality.rule === 'modality/default' && PLAN_AFTER.test(input.text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + 60))) && !ALL_SURVIVING_AFTER.test(input.text.slice(q.span[1], sentence.span[1]))) {
      modality = because<Modality>('planned', 'modality/plan-after');
    }
    // "A three-person anti-crime unit": the hyphen that joins the number to its noun is no part of the noun ("-person").
    let subject = findSubject(q, sentence, opts)?.replace(/^[-–]+\s*/, '') || null;
    let subjectRule = subject ? 'subject/counted-noun' : '';
    // "46 9-mm bullets": a count of rounds of a bore counts the rounds, whatever unit the number was read with.
    const rounds = bore ? null : /^\s+\.?\d[\d.]*\s*-?\s*(?:mm|millimet(?:er|re)s?|calib(?:er|re))\s+((?:[\p{Ll}-]+\s+)?(?:bullets|rounds|shells|casings|cartridges|magazines))\b/iu.exec(input.text.slice(q.span[1], q.span[1] + 60));
    if (rounds) { subject = rounds[1]; subjectRule = 'subject/rounds-of-bore'; }
    let unitClass = q.unitClass;
    let unit = q.unit;
    // An age is told with its person: a bare number after one is no one's age ("Cole, 34, was arrested. Her blood alcohol level was 0.14").
    // "They have won 11 of their last 12 games": a bare number that is a part of a whole counted after "of" counts the
    // whole's noun, never the figure told before it.
    const partOfNoun = subject ? null : PART_OF_COUNTED.exec(input.text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + 50)));
    // "won 11 of their last 12 games", "dropped four of their last five": the part is the games won or lost, never a rival of the whole.
    // ("have lost five straight and 12 of their last 15": a streak told between the verb and the part.)
    // "lost five straight and 12 of their last 15": a window of the last so many told with no noun after it counts games.
    const windowAfter = subject ? null : WINDOW_AFTER.exec(input.text.slice(q.span[1], q.span[1] + 40));
    const partVerb = partOfNoun || windowAfter ? /\b(?:(won|wins|win|winning)|(lost|loses|lose|losing|dropped|drops|drop))\s+(?:(?:\d{1,2}|[a-z]+)\s+(?:straight|in\s+a\s+row|consecutive)\s+and\s+)?$/i.exec(input.text.slice(Math.max(sentence.span[0], q.span[0] - 50), q.span[0])) : null;
    // "won 11 of 12 against Jacksonville": a whole told with no noun of its own, after a verb of games won or lost, counts games.
    const wholeNoun = partOfNoun && FUNCTION_WORD.test(partOfNoun[1]!) ? (partVerb ? 'games' : null) : partOfNoun?.[1]!.toLowerCase();
    if (partOfNoun && wholeNoun) { subject = `${wholeNoun}${partVerb ? (partVerb[1] ? ' won' : ' lost') : ''}`; subjectRule = 'subject/counted-noun'; }
    // "won 11 of their last 12 games": of a window of the last so many, told as "dropped four of their last five" is.
    const lastWindow = partVerb ? windowAfter : null;
    if (lastWindow) { subject = `${wholeNoun ?? 'games'} ${partVerb![1] ? 'won' : 'lost'} of last ${COUNT_WORD[lastWindow[1]!.toLowerCase()] ?? Number(lastWindow[1])}`; subjectRule = 'subject/part-of-window'; }
    // "lost five straight and 12 of their last 15", "has won nine of its last 11": the window's own count, told bare after
    // its part, states nothing (and takes no subject from a figure told before).
    if (!subject && !q.unit && PART_BEFORE_WINDOW.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 30), q.span[0]))) return;
    // "won 11 of 12 against Jacksonville": the bare whole after the part counts the part's noun, not the games won.
    if (!subject && previous && / (?:won|lost)$/.test(previous.subject ?? '') && /\d\s+of\s+(?:(?:the|their|its|his|her)\s+)?(?:(?:last|first|past|previous|next|final)\s+)?$/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 30), q.span[0]))) {
      subject = previous.subject!.replace(/ (?:won|lost)$/, ''); subjectRule = 'subject/whole-of-part';
    }
    // "He joined Kareem Abdul-Jabbar (38,387) and Karl Malone (36,928)": a bare number in brackets after a name is that
    // person's figure, of the kind of the figure told before it of its size (the 30,000 points of the milestone, not the
    // rebounds of the game); with no such figure it states nothing a reader can place.
    let bracketLike: Claim | undefined;
    const bracketed = !subject && !q.unit && typeof q.value === 'number' ? NAME_BRACKET_BEFORE.exec(input.text.slice(Math.max(sentence.span[0], q.span[0] - 60), q.span[0])) : null;
    if (bracketed && /^\s*\)/.test(input.text.slice(q.span[1], q.span[1] + 3))) {
      const v = q.value as number;
      const like = [...claims].reverse().find((c) => typeof c.value === 'number' && c.value > 0 && c.unit && c.measure.value !== 'age' && Math.max(c.value, v) / Math.min(c.value, v) <= 2);
      if (!like) return;
      bracketLike = like;
      const owner = bracketed[1]!.split(/\s+/).at(-1)!;
      subject = `${possessive(owner)} ${like.subject.value.replace(/^.*?['’]s?\s+/, '')}`;
      subjectRule = 'subject/owner-noun';
      unitClass = like.unitClass ?? unitClass; unit = like.unit ?? null;
    }
    // "45 homicides this year, 12 more than last year", "2,521 for his career, 24 more than Moore's old mark": a bare number
    // told as more or fewer than something else is a difference, no rival value of the figure before it.
    if (!subject && !q.unit && /^\s+(?:more|fewer|less)\s+than\b/i.test(input.text.slice(q.span[1], q.span[1] + 14))) return;
    // "Banks scored 21 for Eastmoor, which trailed by 11 at the half": a bare number after a verb of leading, trailing or
    // winning "by" is the margin between the sides, as "by 11 points" is, never more of the player's points.
    if (!subject && !q.unit && previous?.unitClass === 'score' && MARGIN_BEFORE.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 60), q.span[0]))) {
      subject = marginKind(input.text.slice(Math.max(sentence.span[0], q.span[0] - 60), q.span[0]), q.text, input.text.slice(q.span[1], sentence.span[1]));
      subjectRule = 'subject/margin'; unitClass = previous.unitClass; unit = previous.unit;
    }
    // ("outgained Jacksonville 400-310": a pair told high to low is two sides' figures, no range of the figure before.)
    // ("The number of homicides this year is more than 750": a number whose count its own words name takes nothing before.)
    if (!subject && sameParagraph && previous!.subject && previous!.unitClass !== 'age' && !NOUN_OF_ITS_OWN.test(input.text.slice(q.span[1], q.span[1] + 24)) && !(Array.isArray(q.value) && q.value[0] > q.value[1]) && !(!q.unit && countNamedBefore(q, sentence, input.text))) {
      // "Klitschko landed 178 punches to just 30 for Rahman": a tally's figure of another player is that player's; the
      // first player's is never handed on to a number told with no owner ("1-of-16").
      // ("got 20 points from Hansbrough and 15 from Lawson": a figure told from another named player is that player's; so is
      // one told as "scored by" or "set by" another: "passing the 2,497 scored by Jack Moore".)
      const forOwner = previous!.subjectRule === 'subject/made-of-tried' ? /^\s+for\s+(\p{Lu}[\p{L}'’-]+)/u.exec(input.text.slice(q.span[1], q.span[1] + 40))?.[1] : previous!.subjectRule === OWNER_RULE ? /^\s+(?:from|(?:scored|set|held|posted|compiled|gained|totaled|totalled)\s+by)\s+(?:\p{Lu}(?:\.|[\p{L}'’-]+)\s+){0,2}(\p{Lu}[\p{L}'’-]+)/u.exec(input.text.slice(q.span[1], q.span[1] + 40))?.[1] : undefined;
      if (previous!.subjectRule !== 'subject/made-of-tried' || forOwner) {
        // "Moreno had 1,412,000 votes to Hale's 1,201,000", "Hale received about 1.22 million": a figure of one owner's kind
        // told of another named owner is that owner's.
        const otherOwner = !forOwner && previous!.subjectRule === OWNER_RULE ? ownerOfBareFigure(sentence, q.span[0]) : null;
        const owner = forOwner ?? (otherOwner && !previous!.subject.startsWith(`${otherOwner}'`) ? otherOwner : undefined);
        subject = owner ? `${owner}${/s$/.test(owner) ? "'" : "'s"} ${previous!.subject.replace(/^.*?['’]s?\s+/, '')}` : previous!.subject;
        subjectRule = 'subject/previous-claim';
        if (!q.unit) { unitClass = previous!.unitClass; unit = previous!.unit; }
      }
    }
    // "have dropped four of their last five games": the games won or lost of the last so many, a figure of that window;
    // the window's own count states nothing, and a part in digits ("won 11 of their last 12") makes its own claim.
    const window = q.unitClass === 'count' && /^(?:games|matches|contests|starts|outings|fights|bouts)$/i.test(q.unit ?? '') ? LAST_WINDOW_PART.exec(input.text.slice(Math.max(sentence.span[0], q.span[0] - 60), q.span[0])) : null;
    if (window && /\d/.test(window[2]!)) return;
    const windowPart = window ? COUNT_WORD[window[2]!.toLowerCase()] ?? null : null;
    if (window && windowPart !== null && typeof q.value === 'number') { subject = `${q.unit!.toLowerCase()} ${window[1] ? 'won' : 'lost'} of last ${q.value}`; subjectRule = 'subject/part-of-window'; }
    // "have just two wins in their last 12 games": wins or losses counted in a window of the last so many are the games won
    // or lost of it, as "won two of their last 12" is.
    const winsIn = q.unitClass === 'count' && /^(?:wins|victories|losses|defeats)$/i.test(q.unit ?? '') ? /^\s+in\s+(?:their|its|his|her|the)\s+(?:last|past|previous)\s+(\d{1,2}|[a-z]+)\b/i.exec(input.text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + 40))) : null;
    const winsWindow = winsIn ? COUNT_WORD[winsIn[1]!.toLowerCase()] ?? (/^\d+$/.test(winsIn[1]!) ? Number(winsIn[1]) : null) : null;
    if (winsWindow !== null) { subject = `games ${/^(?:wins|victories)$/i.test(q.unit!) ? 'won' : 'lost'} of last ${winsWindow}`; subjectRule = 'subject/part-of-window'; }
    // "with six games left", "three games to play": the games a side has left; "3 1/2 games ahead of New York", "leads by
    // two games", "five games back": a side's margin in the standings. Each a figure of its own, never the games of a window.
    let rivalNamed = false;
    if (q.unitClass === 'count' && /^(?:games|matches)$/i.test(q.unit ?? '')) {
      const after = input.text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + 20));
      const before = input.text.slice(Math.max(sentence.span[0], q.span[0] - 40), q.span[0]);
      if (/^\s+(?:left|remaining|to\s+play|to\s+go)\b/i.test(after)) { subject = 'games left'; subjectRule = 'subject/part-of-window'; }
      else if (/^\s+(?:ahead|clear)\b/i.test(after) || /\b(?:lead|leads|led|leading)\s+(?:[\p{L}.'’-]+\s+){0,4}by\s+(?:(?:just|only)\s+)?$/iu.test(before)) { subject = 'games ahead'; subjectRule = 'subject/part-of-window'; }
      else if (/^\s+(?:behind|back|out)\b/i.test(after) || /\b(?:trail|trails|trailed|trailing)\s+(?:[\p{L}.'’-]+\s+){0,4}by\s+(?:(?:just|only)\s+)?$/iu.test(before)) { subject = 'games behind'; subjectRule = 'subject/part-of-window'; }
      // "winning 201 games", "has won 300 games in his career": the games a side or a coach won or lost, not games played.
      else if (GAMES_WON_BEFORE.test(before)) { subject = /\b(?:won|wins|winning|win)\s/i.test(GAMES_WON_BEFORE.exec(before)![0]) ? 'games won' : 'games lost'; subjectRule = 'subject/part-of-window'; }
      // "two games behind first-place Phoenix", "a game ahead of the Cubs": the side the margin is measured against names
      // it, no place of the figure.
      const rival = subjectRule === 'subject/part-of-window' && /^games (?:ahead|behind)$/.test(subject ?? '') ? standingsRival(input.text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + 60))) : null;
      if (rival) { subject = `games ${rival}`; rivalNamed = true; }
    }
    // "The Summit are 12 points out of a playoff spot", "four points behind Dallas": a margin in the standings told in points.
    if (/^points?$/i.test(q.unit ?? '')) {
      const after = input.text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + 60));
      const out = /^\s+out\s+of\s+(?:a|the)\s+(?:playoff|wild-card|wild\s+card)\s+(?:spot|place|position|berth)\b/i.test(after);
      const rival = out ? null : standingsRival(after);
      if (out || rival) {
        subject = out ? 'points out of a playoff spot' : `points ${rival}`;
        subjectRule = 'subject/part-of-window';
        rivalNamed = rival !== null;
      }
    }
    // "The Kings have lost seven of their last eight games", "the Hawks have won seven of their last 10": a window is of the
    // side that opens its clause, never a rival of another side's.
    if (subjectRule === 'subject/part-of-window' && subject) {
      const side = namedClauseSubject(sentence, q.span[0]);
      if (side) subject = `${possessive(side)} ${subject}`;
    }
    if (!subject) { subject = q.unitClass; subjectRule = 'subject/unit-class'; }
    let predicateField = predicate ? because(predicate.lemma, predicate.rule) : because('be', 'predicate/none-found');
    if (!predicate && subjectRule === 'subject/previous-claim' && previous?.predicate) predicateField = because(previous.predicate, 'predicate/previous-claim');
    let time = findTime(sentence, q.span[0], input, opts, idx.dates[si]);
    // The time of a value a count moved from ("up from 40 homes reported Wednesday") is that value's, not the next sentence's.
    if (time.rule === 'time/published' && origin.rule === 'origin/paragraph-continuation' && previous && !previous.movedFrom) time = { ...previous.time, rule: 'time/paragraph-continuation' };
    const predFrom = predicate ? Math.min(predicate.token.span[0], q.span[0]) : q.span[0];
    let measure = findMeasure({ q, sentence, family: predicate ? lex.families.get(predicate.lemma) ?? predicate.lemma : null, predicateAt: predicate?.token.span[0], lemma: predicate?.lemma, subject, pollBefore: si > 0 && pollRun[si - 1], before: input.sentences[si - 1]?.text, next: input.sentences[si + 1]?.text, gunfire }, opts.frame);
    if (bracketLike && measure.value.startsWith('other:')) measure = because<Measure>(bracketLike.measure.value, 'measure/bracketed-after-name');
    // "about 40 km north of Karsk ... The U.S. Geological Survey put the magnitude at 6.0": a magnitude is a scale of its own,
    // no figure of the unit and noun told before it.
    if (measure.value === 'magnitude' && subjectRule === 'subject/previous-claim' && !q.unit) { subject = 'number'; subjectRule = 'subject/unit-class'; unit = null; unitClass = q.unitClass; }
    // "The shaft is about 1,500 metres deep": a depth in an article of no earthquake is a thing's, not a quake's figure.
    if (measure.value === 'depth' && !QUAKE_WORDS.test(input.text)) measure = because<Measure>('other:depth', 'measure/depth-not-quake');
    // "about 120 homes were damaged and 35 were destroyed": a bare number that takes the noun of the count before it counts
    // the same kind of thing.
    if (measure.rule === 'measure/open-tail' && (subjectRule === 'subject/previous-claim' || subjectRule === 'subject/margin') && q.unitClass === 'number' && !q.unit && unitClass !== 'number' && unitClass !== q.unitClass) measure = because<Measure>(`other:${unitClass}`, 'measure/open-tail');
    // "... 5,000 career points. It was the deadliest attack, killing 12": a count of people a verb of harm tells is of
    // people, never of the unit a figure before it carried.
    // "130 shooters. Of the shooters, ... 73 of died at the scene" still counts the people told before.
    if (subjectRule === 'subject/previous-claim' && !q.unit && hasTrait(measure.value, 'persons') && previous?.unitClass !== 'persons' && !PEOPLE_NOUN_END.test(previous?.unit ?? '')) {
      subject = q.unitClass; subjectRule = 'subject/unit-class'; unitClass = q.unitClass; unit = q.unit;
    }
    // "Two men and two women were found fatally shot": the first part of a count joined by "and" takes the measure of the
    // clause that closes the whole (its own clause stops at "and").
    // Not a part told in its own state ("one deceased male and one female victim who sustained injuries").
    if (measure.value.startsWith('other:') && countsPersons(q) && !OWN_STATE.test(q.unit ?? '')) {
      // The next count, past ages told between ("Two boys, ages 7 and 10, and two adults were found slain").
      const joinedAt = JOINED_RIGHT.exec(input.text.slice(q.span[1], sentence.span[1]));
      const nx = input.quantities.find((x, k) => k > qi && joinedAt !== null && x.span[0] === q.span[1] + joinedAt[0].length) ?? input.quantities[qi + 1];
      const between = nx ? input.text.slice(q.span[1], nx.span[0]) : '';
      if (nx && countsPersons(nx) && nx.span[1] <= sentence.span[1] && JOINED_RIGHT.exec(between)?.[0].length === between.length) {
        const m2 = findMeasure({ q: nx, sentence, family: predicate ? lex.families.get(predicate.lemma) ?? predicate.lemma : null, predicateAt: predicate?.token.span[0], lemma: predicate?.lemma, subject, pollBefore: si > 0 && pollRun[si - 1], before: input.sentences[si - 1]?.text, next: input.sentences[si + 1]?.text, gunfire }, opts.frame);
        if (hasTrait(m2.value, 'harm') && m2.rule !== 'measure/cue-unit') measure = because<Measure>(m2.value, `${m2.rule}+conjoined-measure`);
      }
    }
    // "Bournes had killed his wife and three children": the last part of a count joined by "and" takes the measure of the
    // verb that opens the whole.
    if (measure.value.startsWith('other:') && countsPersons(q)) {
      const opened = CASUALTY_BEFORE_PARTS.exec(input.text.slice(Math.max(sentence.span[0], q.span[0] - 90), q.span[0]));
      if (opened) measure = because<Measure>(opened[1] ? 'killed' : 'injured', 'measure/casualty-verb-before-parts');
    }
    if (bore) {
      measure = because<Measure>('other:calibre', 'measure/gun-bore');
      subject = bore;
      subjectRule = 'subject/gun-bore';
      // A bore reads with its word: ".32 calibre", "12 gauge", never a bare "0.32"; one in millimetres with its unit ("9 mm").
      unit = bore === 'calibre' && q.unit === 'millimetre' ? 'millimetre' : bore;
      // "armed with a .40-caliber handgun and came back an hour later", "a .38 caliber revolver on Seaman Road": a gun's bore
      // is of the gun, whatever the sentence's verb or place says of its holder ("Calibre: back: 0.4").
      predicateField = because('be', 'predicate/gun-bore');
    }
    // "the county added another $20,000": an amount added to one told before is a second amount, not a rival value of the first.
    if (measure.value === 'money' && /\b(?:another|an additional|a further|an extra)\s*$/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 16), q.span[0]))) {
      subject = 'additional amount';
      subjectRule = 'subject/additional-amount';
    }
    // "licensed to carry 150 passengers", "a stadium that can hold 50,000": what a vessel or a place holds at most, not
    // the people in it on the day; "carrying 212 people", "180 passengers had been on board": the people aboard.
    if (measure.value.startsWith('other:') && (q.unitClass === 'persons' || q.unitClass === 'count' || q.unitClass === 'number')) {
      const before = input.text.slice(Math.max(sentence.span[0], q.span[0] - 40), q.span[0]);
      const after = input.text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + 30));
      if (CAPACITY_BEFORE.test(before) || /^\s*(?:seats?|-seat(?:er)?|capacity)\b/i.test(after)) { subject = 'capacity'; subjectRule = 'subject/capacity'; predicateField = because('be', 'predicate/capacity'); }
      // Only people counted by a generic noun: "18 Indian sailors on board" are the sailors, a count of their own.
      // "82 passengers and six crew members": passengers told beside the crew are a part of the people aboard, not all of them.
      else if (/^(?:people|persons|passengers|travell?ers|individuals|souls)$/i.test((q.unit ?? '').split(/\s+/).at(-1) ?? '') && !(/passengers$/i.test(q.unit ?? '') && (/^\s*(?:and|plus|,)\s+(?:[\p{L}\d,-]+\s+){0,2}crew\b/iu.test(after) || /\bcrew(?:\s+members)?\s+and\s+$/i.test(before))) && (/\bcarrying\s+(?:about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+|at\s+least\s+)?$/i.test(before) || /^\s*(?:(?:had|have|has)\s+been\s+|were\s+|was\s+)?(?:on\s+board|aboard)\b/i.test(after))) { subject = 'people aboard'; subjectRule = 'subject/aboard'; predicateField = because('be', 'predicate/aboard'); }
    }
    // "the 53-man roster", "a 12-member jury", "a five-person crew": the size of the group the noun after names, not a count of men.
    // (Hyphened only: "the 7 woman, 5 man jury" counts the men on it.)
    const sizeWord = /^[\p{L}\d,]*-(?:man|member|person|strong)\b/iu.exec(input.text.slice(q.span[0], q.span[1] + 10));
    const sized = measure.value.startsWith('other:') && sizeWord && sizeWord[0].length >= q.span[1] - q.span[0] ? /^\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)/u.exec(input.text.slice(q.span[0] + sizeWord[0].length, q.span[0] + sizeWord[0].length + 30)) : null;
    const groupWords = sized ? sized[1]!.toLowerCase().split(/\s+/) : [];
    const groupAt = groupWords.findIndex((w) => GROUP_NOUN.test(w));
    if (groupAt >= 0) { subject = `${groupWords.slice(0, groupAt + 1).join(' ')} size`; subjectRule = 'subject/size-of-group'; }
    // "The other two victims, a man and a woman": the rest of a set after some told before, a part of a larger count told
    // beside it, never its rival (`partsBelowWhole`); it may still agree with a count of the same people ("the other nine jurors").
    if (measure.value.startsWith('other:') && subjectRule === 'subject/counted-noun' && /\b(?:the|his|her|their)\s+(?:other|additional|remaining)\s+$/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 24), q.span[0]))) subjectRule = 'subject/others-apart';
    // "three men lying on the floor", "two men wrote messages": a count of a generic noun of people says who they are only
    // by its verb; counts with different verbs are of different people, never rivals.
    if (measure.value.startsWith('other:') && subjectRule === 'subject/counted-noun' && subject && GENERIC_PEOPLE.test(subject.split(/\s+/)[0]!)) {
      const noun = subject.split(/\s+/)[0]!;
      // The counted noun may have run on over its verb ("men wrote messages"): the words after the noun are read first.
      const rest = subject.split(/\s+/).slice(1).join(' ');
      const verb = countVerb(rest || input.text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + 80)), noun);
      // A verb the lexicon knows is the claim's predicate already ("2,000 people spent the night": spend); another is
      // told with the noun ("men lying").
      if (verb && predicate && predicate.token.text.toLowerCase() === verb.toLowerCase()) { subject = noun; subjectRule = 'subject/noun-and-verb'; }
      else if (verb) { subject = `${noun} ${verb}`; subjectRule = 'subject/noun-and-verb'; predicateField = because('be', 'predicate/count-verb'); }
    }
    // "More than 600 buildings were damaged and 2,300 people were evacuated": the participle right after the counted
    // buildings is their predicate, not a later clause's verb.
    if (measure.value.startsWith('other:')) {
      const done = PARTICIPLE_AFTER_COUNT.exec(input.text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + 40)));
      // "48 homes were destroyed and about 150 damaged": a bare number that took the buildings' noun before it too.
      if (done && COUNTED_BUILDINGS.test(q.unit ?? (subjectRule === 'subject/previous-claim' ? unit : null) ?? '')) {
        predicateField = because(DAMAGE_PARTICIPLES[done[1].toLowerCase()] ?? 'damage', 'predicate/participle-after-count');
      }
    }
    // "aftershocks of around 4": the strength of the aftershocks, not of the quake.
    if (measure.value === 'magnitude' && /\baftershocks?\b/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 60), q.span[0]))) { subject = 'aftershocks'; subjectRule = 'subject/aftershocks'; }
    if (measure.rule === 'measure/parent-of-children') { subject = 'children'; subjectRule = 'subject/parent-of-children'; }
    // "chased him for 30 miles", "a 30-mile pursuit": the length of a journey, not the distance of a place.
    if (measure.value === 'distance' && (TRAVEL_BEFORE.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 24), q.span[0])) || TRAVEL_AFTER.test(input.text.slice(q.span[1], q.span[1] + 24)))) {
      subject = 'route';
      subjectRule = 'subject/distance-travelled';
    }
    // "a 480-nautical-mile corridor", "a 15-mile radius", "a 30-foot dhow": a length hyphened to a noun is that thing's size, not a distance between places.
    // The noun is one word, or two where the second is no function word ("a 14-inch screen and a new chip": "screen").
    const sizedNoun = SIZED_NOUN.exec(input.text.slice(q.span[1], q.span[1] + 30));
    if (measure.value === 'distance' && subjectRule !== 'subject/distance-travelled' && /\d\s*-\s*\p{L}/u.test(input.text.slice(q.span[0], q.span[1])) && sizedNoun && !/^(?:of|from|to|in|on|at|off|away|long|wide|high|deep|tall|and|or|the|a|an|by|for|with|per|north|south|east|west)$/.test(sizedNoun[1].split(/\s+/)[0])) {
      subject = sizedNoun[1];
      subjectRule = 'subject/length-of-noun';
    } else if (measure.value === 'distance' && subjectRule !== 'subject/distance-travelled' && /^\d[\d.]*\s*-\s*(?:inch|foot|ft|metre|meter|cm|mm)$/i.test(input.text.slice(q.span[0], q.span[1])) && NOUN_LEFT_OUT.test(input.text.slice(q.span[1], q.span[1] + 12))) {
      // "$2,499 for the 16-inch", "22 hours on the 14-inch.": a size whose noun is left out names a variant told before.
      subject = 'variant';
      subjectRule = 'subject/length-of-noun';
    }
    // "Two of those victims were children": a part of a group told before is a figure of its own, never a rival of the group's count.
    // "three of the seven bullets": the same where the number was read alone and its noun after "of".
    // "more than 200,000 of the comments", "at least 208,000 of which were form letters": the same after a bound, and a part of the whole just named.
    // Not "the attack affected 16 of its hospitals": some of an owner's things, their whole not counted, are the count itself.
    if (measure.value.startsWith('other:') && subjectRule !== 'subject/part-of-window' && (/^(?:(?:more|less|fewer)\s+than\s+|at\s+(?:least|most)\s+|about\s+|nearly\s+|almost\s+|some\s+|over\s+|roughly\s+)?\S+\s+of\s+(?:the|those|these|(?:its|their|his|her)\s+\d)\s*/i.test(input.text.slice(q.span[0], q.span[1])) || /^\s+of\s+(?:the|those|these|(?:its|their|his|her)\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozen)\b))\s*|^\s*(?:,\s*)?of\s+(?:which|whom)\b/i.test(input.text.slice(q.span[1], q.span[1] + 20)))) subjectRule = 'subject/partitive-part';
    // "Workers have recovered 600 barrels so far", "2,100 barrels were collected": what is got back of a thing spilled or
    // lost is a figure of its own, never a rival or an update of the amount lost.
    // (A volume or a mass only: "recovered 12 rifles" in a raid is the haul itself.)
    if (measure.value.startsWith('other:') && (q.unitClass === 'volume' || q.unitClass === 'mass') && subjectRule === 'subject/counted-noun' && subject && (RECOVERED_BEFORE.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 40), q.span[0])) || RECOVERED_AFTER.test(input.text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + 50))))) {
      subjectRule = 'subject/recovered';
    }
    // "nearly 235,000 comments ..., at least 208,000 of which": a bare number's part is counted as its whole is.
    if (subjectRule === 'subject/partitive-part' && measure.value === 'other:number' && unitClass !== 'number') measure = because<Measure>(`other:${unitClass}`, measure.rule);
    // "Two of the victims are in critical condition", "four of the five victims have been released": a part of people is
    // told by what is said of it, and parts told of different things are different figures, never one series or rivals.
    if ((subjectRule === 'subject/partitive-part' && unitClass === 'persons') || measure.rule === 'measure/partitive-subset') {
      const state = partState(input.text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + 160)), q.unit);
      // ("two of the teens involved": a verb the count was already told with is not told again.)
      if (state && subject && predicateField.rule !== 'predicate/count-verb') {
        subject = `${subject} ${state}`;
        predicateField = because('be', 'predicate/part-state');
      }
    }
    // "Three victims are in serious condition", "the other two victims were listed in critical condition": people told by a
    // hospital's word for their state are that part of the hurt, keyed by it as a part told by "of the victims" is, never a
    // rival or an update of all the victims' count.
    // (Not the whole of a part told before it: "Two of the other three victims were in serious condition" tells it of two.)
    if (measure.value.startsWith('other:') && unitClass === 'persons' && subject && (subjectRule === 'subject/counted-noun' || subjectRule === 'subject/others-apart') && !/\bof\s+(?:the|those|these)\s+(?:other\s+|remaining\s+)?$/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 30), q.span[0]))) {
      const state = partState(input.text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + 160)), q.unit);
      if (state?.startsWith('in ')) {
        subject = `${subject} ${state}`;
        subjectRule = 'subject/in-condition';
        predicateField = because('be', 'predicate/part-state');
      }
    }
    // Games won or lost of a window count games, whether the part was told in digits or in words.
    if (subjectRule === 'subject/part-of-window' && measure.value.startsWith('other:')) { measure = because<Measure>('other:count', 'measure/part-of-window'); unitClass = 'count'; }
    // "five of its fighters carried out the attack": the attackers, as the side that names them counts them.
    if (measure.rule === 'measure/attackers-of-attack') { subject = 'attackers'; subjectRule = 'subject/attackers-of-attack'; predicateField = because('be', 'predicate/attackers-of-attack'); }
    // "two counts of murder and one count of kidnapping": counts of a charge are charges, one figure per charge.
    // ("Thomas has 24 prior felony charges": charges of a criminal record are no charges of the story's case.)
    const charge = measure.rule === 'measure/criminal-record' ? null : chargeOfCounts(input.text, q);
    if (charge && convictedCounts(input.text, q, sentence.span[0])) {
      // "found guilty of two counts of murder": what a court found is a figure of its own, never a rival of the counts charged.
      measure = because<Measure>('other:convictions', 'measure/counts-convicted');
      subject = `counts of ${charge} convicted`;
      subjectRule = 'subject/conviction-of-counts';
    } else if (charge) {
      if (measure.value !== 'charged') measure = because<Measure>('charged', 'measure/counts-of-charge');
      // "Oliver is also charged with two counts of attempted murder", "Coles was charged with three counts": the counts
      // against one person, never a rival or an update of another's.
      const against = chargedWho(input.text.slice(sentence.span[0], q.span[0]));
      subject = `counts of ${charge}${against ? ` against ${against}` : ''}`;
      subjectRule = 'subject/charge-of-counts';
    }
    // "46 KOs", "turnout was 93.87 percent", "35.2 percent of the vote", "120 seats": open-tail figures named by their own words, with their owner.
    const named = bore || charge ? null : openTailNaming({ q, sentence, si, input, idx, measure: measure.value, subject });
    if (named?.rule === 'measure/window-of-figure') return;
    if (named) {
      // A unit a bare number took with the previous figure's subject goes with that subject ("extending his streak of made
      // kicks to 21" after a kick's yards counts no yards).
      if (subjectRule === 'subject/previous-claim' && named.subject !== subject && q.unitClass === 'number' && !q.unit) { unitClass = q.unitClass; unit = null; }
      measure = because<Measure>(named.measure, named.rule);
      subject = named.subject;
      subjectRule = named.subjectRule;
      // A bare number named as points ("LaVine scored 26") reads in points, never in a unit carried from a figure before.
      if (named.measure === 'other:score' && q.unitClass === 'number' && !q.unit) { unitClass = 'score'; unit = 'point'; }
      // "ran for 88 more": a bare number named as yards reads in yards.
      if (named.measure === 'other:yards' && q.unitClass === 'number' && !q.unit) { unitClass = 'length'; unit = 'yard'; }
      if (named.subjectRule === 'subject/career-total') { unitClass = 'count'; unit = 'career points'; }
      // "employs 2,300 people": a workforce is named by its noun alone, whatever verb the sentence tells besides.
      if (named.subjectRule === 'subject/workforce') predicateField = because('be', 'predicate/named-by-subject');
    }
    // "More than 4,230 people have been shot this year, about 46 percent higher than this time last year": a percent told as
    // higher or lower than before, right after a count of its sentence, is the change of that count.
    if (q.unitClass === 'percent' && measure.value === 'other:percent' && subjectRule !== 'subject/change-of-named') {
      const comparison = /^\s*(?:percent|per\s*cent|%)?\s*(higher|lower|more|fewer|less|above|below)\s+than\b/i.exec(input.text.slice(q.span[1], q.span[1] + 30));
      const counted = comparison ? claims.findLast((c) => c.sentenceIndex === si && typeof c.value === 'number' && c.unitClass !== 'percent' && c.measure.value !== 'age') : undefined;
      if (comparison && counted) {
        const noun = PEOPLE_HARMED_WORDS[counted.measure.value] ?? counted.subject.value.toLowerCase();
        subject = `${/^(?:higher|more|above)$/i.test(comparison[1]!) ? 'rise' : 'fall'} in ${noun}`;
        subjectRule = 'subject/change-of-named';
        measure = because<Measure>('other:percent', 'measure/change-of-named');
      }
    }
    // "about 1,000 marched in Athens and another 1,000 in Salonica": another set of the same things is a figure of its own, never a rival of the first.
    // A player's statistic keyed by how it was gained ("another 201 yards on 29 catches" after rushing yards) is apart by that already.
    // ("another 25-point game": "another" is of the game, not of the points.)
    if (measure.value.startsWith('other:') && !(named && /^measure\/(?:game-yards|player-statistic)$/.test(named.rule) && (/\b(?:rushing|receiving|passing|return|offensive|defensive|special-teams)\b/.test(subject) || /\d-\p{L}/u.test(q.text))) && !/^(?:other|more|additional|further)\s/i.test(subject) && /\b(?:another|an additional|a further|an extra)\s*$/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 16), q.span[0]))) subject = `other ${subject}`;
    // "McNeal was shot four times", "the teen was shot four or five times": the times one victim was hit are that
    // victim's, never pooled with another's.
    if (measure.value.startsWith('other:') && q.unit === 'times' && named?.subjectRule !== OWNER_RULE && !/carries$/.test(subject)) {
      const who = shotTimesWho(input.text.slice(Math.max(sentence.span[0], q.span[0] - 60), q.span[0]));
      if (who) {
        subject = `times ${who} was shot`;
        subjectRule = 'subject/times-shot';
        predicateField = because('be', 'predicate/times-shot');
      } else {
        // "Mourad was sued three times", "having been arrested three times since October": times of one act are keyed by
        // the act, never pooled with times of another.
        const lead40 = input.text.slice(Math.max(sentence.span[0], q.span[0] - 40), q.span[0]);
        const act = /\b(\p{Ll}{2,}ed)\s+(?:(?:at\s+least|more\s+than|about|nearly|some)\s+)?$/u.exec(lead40);
        // "Fields ... was sacked five times" and "sacked Justin Fields five times": the times one named person underwent an
        // act are that person's, told either way, keyed by the surname.
        const passive = act && /\b(?:was|were|has\s+been|had\s+been|got)\s+(?:\p{Ll}+ly\s+)?$/u.test(lead40.slice(0, act.index)) ? namedClauseSubject(sentence, q.span[0]) : null;
        const active = act ? null : /\b(\p{Ll}{2,}ed)\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+(?:(?:at\s+least|more\s+than|about|nearly|some)\s+)?$/u.exec(lead40);
        const underwent = passive ?? (active && input.entities.some((e) => e.type === 'person' && e.text.endsWith(active[2]!.split(/\s+/).at(-1)!)) ? active[2]! : null);
        if (underwent && (act ?? active)) {
          subject = `times ${underwent.split(/\s+/).at(-1)} was ${(act ?? active)![1]}`;
          subjectRule = 'subject/times-of-act';
          predicateField = because('be', 'predicate/times-of-act');
        } else if (act && !/^(?:need|used|ed)$/.test(act[1]!)) {
          subject = `times ${act[1]}`;
          subjectRule = 'subject/times-of-act';
          predicateField = because('be', 'predicate/times-of-act');
        } else {
          // "Billy Crystal did it eight times", "He hosted the ceremony five times": times of an act told with its object
          // are the doer's, the clause's named subject or the one person "he" or "she" stands for; never pooled with
          // another doer's ("Carson hosted five times" is no rival of "Crystal did it eight times").
          const clauseStart = Math.max(sentence.span[0], ...[',', ';', ':'].map((c) => input.text.lastIndexOf(c, q.span[0] - 1) + 1));
          const done = TIMES_ACT.exec(input.text.slice(clauseStart, q.span[0]));
          const pronoun = /^\W*(?:(?:and|but|then)\s+)?(?:he|she)\b/i.test(input.text.slice(clauseStart, q.span[0]));
          // Not where the clause is told by someone ("Investigators say Ryan Recktenwald shot his daughter three times").
          const reported = done !== null && /\b(?:say|says|said|told|tell|tells|according)\b/i.test(input.text.slice(clauseStart, q.span[0]));
          const named = done && !reported ? (pronoun && si > 0 ? personOfSentenceBefore(input, idx, si) : namedClauseSubject(sentence, q.span[0])) : null;
          // Only a name, not a place the article names.
          // (A team told by its place is a doer: "Baltimore sacked Watson four times" beside "the Baltimore Ravens".)
          const team = (n: string) => input.entities.some((e) => e.type === 'organisation' && e.evidence[0] === 'shape/place-and-plural' && e.text.startsWith(`${n} `));
          const doer = named && (!input.entities.some((e) => e.type === 'place' && e.text.split(/\s+/).at(-1) === named) || team(named)) ? named : null;
          if (done && doer) {
            subject = `times ${doer} ${done[1]!.toLowerCase().replace(/^done$/, 'did')}`;
            subjectRule = 'subject/times-of-doer';
            predicateField = because('be', 'predicate/times-of-act');
          }
        }
      }
    }
    // "38 points, including 12 in the fourth quarter", "scored 10 in overtime": a figure of one part of a game is that part's,
    // named so, never a rival of the game's.
    // (Not the whole of a part: "scored 10 of his 20 points in the second half" tells the half of the ten.)
    const part = measure.value.startsWith('other:') && subject && (subjectRule === 'subject/previous-claim' || subjectRule === OWNER_RULE) && !/\b\d{1,3}\s+of\s+(?:his|her|their|its|the)\s+$/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 20), q.span[0])) ? GAME_PART_AFTER.exec(input.text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + 40))) : null;
    if (part && !/\(/.test(subject)) subject = `${subject} (${part[1]!.toLowerCase().replace(/\s+/g, ' ')})`;
    // "sentenced to 25 years in prison", "prosecutors asked for 30 years": a prison term, the one given apart from the one sought.
    const term = prisonTerm(q, input.text);
    if (term) {
      measure = because<Measure>('other:prison-term', 'measure/prison-term');
      // "Andrew Lopez was sentenced to 25 years", "His co-defendant, Jeffrey Ramos, was sentenced to 30 years", "The judge
      // sentenced Ramos to 30 years": the term given is the one sentenced's, never a rival of a co-defendant's (a term
      // sought or faced is read by who seeks it).
      const sentenced = /^prison term$|^minimum prison term$/.test(term.subject) ? sentencedOne(input, idx, sentence, si, q.span[0]) : null;
      subject = sentenced ? `${possessive(sentenced)} ${term.subject}` : term.subject;
      subjectRule = sentenced ? OWNER_RULE : 'subject/prison-term';
      // "was sentenced to", "will spend", "had sought": a term reads by what it is ("Prison term sought"), not the clause's verb.
      predicateField = because('be', 'predicate/prison-term');
    }
    // "pirates captured two Yemeni fishing boats": people are killed, hurt or arrested, things are not; a count of things is its own figure.
    if (hasTrait(measure.value, 'persons') && (q.unitClass === 'equipment' || q.unitClass === 'munitions' || THING_NOUN.test(q.unit ?? ''))) measure = because<Measure>(`other:${q.unitClass}`, 'measure/things-not-people');
    // "hit .358", "a .290 average", ". 919 OPS": a batter's rate, its point kept or lost in the text.
    const stat = bore || charge ? null : battingStat(input.text, q, sentence.span);
    if (stat) {
      measure = because<Measure>('other:batting', 'measure/batting-rate');
      subject = stat.subject;
      subjectRule = 'subject/batting-rate';
      // "He batted .467 ... as the Angels fell to the Red Sox": a rate reads by what it is, not by another clause's verb.
      predicateField = because('be', 'predicate/batting-rate');
    }
    // "landing 178 of 369 punches thrown": the punches landed and the punches thrown are two figures.
    // "a blood-alcohol level of 0.41", "0.41 percent": a blood-alcohol reading is a percentage, whether the unit is written.
    if (measure.value.startsWith('other:') && /\balcohol\b/i.test(subject ?? '') && typeof q.value === 'number' && q.value < 1 && (!q.unit || q.unitClass === 'percent')) {
      measure = because<Measure>('other:percent', 'measure/blood-alcohol');
      subject = 'blood-alcohol level';
      subjectRule = 'subject/blood-alcohol';
      unit = 'percent';
      unitClass = 'percent';
    }
    // "made 14 of 35 shots": shots of a tally are tries, never gunfire.
    // ("Green shot 4-of-7 from 3-point range": a shooting line after "shot" is shots made, no one shot.)
    const madeBefore = measure.value === 'shot' ? /\d{1,2}\s*-?\s*(?:for|of)\s*-?\s*$/.exec(input.text.slice(Math.max(sentence.span[0], q.span[0] - 12), q.span[0])) : null;
    const lineAt = madeBefore ? q.span[0] - madeBefore[0].length : q.span[0];
    const shootingLine = measure.value === 'shot' && SHOOTING_LINE.test(input.text.slice(lineAt, Math.min(sentence.span[1], lineAt + 60)));
    const tally = bore || charge || stat || !(measure.value.startsWith('other:') || measure.value === 'shots-fired' || shootingLine) ? null : madeOfTried(input.text, q, sentence.span);
    if (tally) {
      measure = because<Measure>('other:count', 'measure/made-of-tried');
      subject = tally.subject;
      subjectRule = 'subject/made-of-tried';
      // A bare number of a tally counts its own noun, never a unit carried from a figure before ("48 percent ... 14 of 35").
      if (!q.unit) { unit = null; unitClass = 'count'; }
    }
    // "a $4.2 billion deal", "Halden shares fell 6 percent to $17.80", "will cut as many as 500 jobs": money, deals and markets (claims-money.ts).
    const money = bore || charge || stat || tally || named ? null : moneyReading({ q, input, sentence, measure: measure.value, subject, subjectRule, unit, unitClass, origin });
    if (money) {
      measure = because<Measure>(money.measure, money.rule);
      subject = money.subject;
      subjectRule = money.subjectRule;
      if (money.unit !== undefined) { unit = money.unit; unitClass = money.unitClass ?? unitClass; }
      if (money.origin) origin = money.origin;
      if (money.plainPredicate) predicateField = because('be', 'predicate/named-by-subject');
    }
    // "stealing more than $1.2 million", "ordered restitution of $1.25 million", "was fined $50,000": an amount named by
    // its kind reads as that kind, without the clause's verb ("Amount stolen", not "Amount stolen (spend)").
    const ownKind = measure.value === 'money' && subjectRule === 'subject/counted-noun' ? MONEY_OF_KIND.exec(subject ?? '') : null;
    if (ownKind) {
      subject = ownKind[0]!.toLowerCase();
      predicateField = because('be', 'predicate/named-by-subject');
    }
    // "is owed about $5 million": what is still due to someone (a coach's contract, a debt), named so, not by its currency.
    if (measure.value === 'money' && /^[A-Z]{3}$/.test(subject ?? '') && /\b(?:owed|owes|owe|owing)\s+(?:(?:him|her|them|it)\s+)?(?:(?:about|nearly|roughly|almost|more\s+than|at\s+least|some|an\s+estimated|a\s+reported)\s+)?$/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 40), q.span[0]))) {
      subject = 'amount owed';
      subjectRule = 'subject/amount-owed';
    }
    // "Hargrove will spend eight years in prison for embezzling about $1.2 million", "term-to-serve" above: a theft told is done.
    if (ownKind?.[1] && modality.value === 'planned') modality = because<Modality>('asserted', 'modality/theft-done');
    // "A 6.7-strength quake killed more than 26,000": a count of people or arrests is a whole number; a fraction is something else's.
    if (hasTrait(measure.value, 'running') && typeof q.value === 'number' && !Number.isInteger(q.value)) return;
    // A figure its own words name the kind of: a count a noun's number reached, a storm's winds, rain or snow, customers
    // without power, the mass of a stuff (claims-figures.ts).
    const kind = namedFigure(q, sentence, input.text, measure.value);
    if (kind) {
      if (kind.measure && kind.rule) measure = because<Measure>(kind.measure, kind.rule);
      subject = kind.subject;
      subjectRule = kind.subjectRule;
      predicateField = because('be', kind.predicateRule);
      if (kind.unit !== undefined) { unit = kind.unit; unitClass = kind.unitClass ?? unitClass; }
    }
    // "The cocaine weighed 2.4 tonnes, not 2 tonnes as first reported": a mass told by its unit alone, after a mass of a
    // named stuff in the same sentence, is of that stuff.
    const massBefore = claims.at(-1);
    if (!kind && q.unitClass === 'mass' && subjectRule === 'subject/counted-noun' && massBefore && massBefore.sentenceIndex === si && massBefore.subject.rule === 'subject/mass-of' && massBefore.unit === unit) {
      subject = massBefore.subject.value;
      subjectRule = 'subject/mass-of';
    }
    // "The union is seeking a 25% wage increase; the company has offered 12%": a pay rise each side of a bargain puts on
    // the table is that side's own figure (the demand and the offer move apart, each updated as talks go on).
    const side = q.unitClass === 'percent' && measure.value.startsWith('other:') ? bargainSide(input.text.slice(sentence.span[0], q.span[0]), sentence.text) : null;
    if (side) {
      subject = side;
      subjectRule = 'subject/bargain-side';
      predicateField = because('be', 'predicate/bargain-side');
    }
    // "the hackers are demanding $10 million", "The hackers have lowered their demand to $6 million": a ransom demanded is
    // one running figure, lowered or raised as talks go on, never a rival of itself.
    if (q.unitClass === 'money' && measure.value === 'money' && RANSOM_TAKERS.test(sentence.text) && bargainCue(lastClause(input.text.slice(sentence.span[0], q.span[0]))) === 'demand') {
      measure = because<Measure>('other:ransom-demand', 'measure/ransom-demand');
      subject = 'ransom demanded';
      subjectRule = 'subject/ransom-demand';
      predicateField = because('be', 'predicate/ransom-demand');
    }
    // "150,000 people took part", "Police estimated the crowd at 22,000", "put the figure at 22,000" after a crowd: the
    // size of a crowd, one figure whoever counts it (police and organisers most often disagree).
    if ((q.unitClass === 'persons' || (q.unitClass === 'number' && !q.unit)) && typeof q.value === 'number' && q.value >= 10) {
      const lead = input.text.slice(Math.max(sentence.span[0], q.span[0] - 60), q.span[0]);
      const tail = input.text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + 50));
      const crowd = CROWD_AFTER.test(tail) || CROWD_BEFORE.test(lead) || (subjectRule === 'subject/previous-claim' && subject === 'crowd' && FIGURE_AT.test(lead));
      // Not the people a poll asked ("1,000 people took part in the survey").
      // Nor soldiers taking part in an offensive. "Another 2,000 marched" is a second crowd, never the first told again.
      if (crowd && !hasTrait(measure.value, 'harm') && measure.value !== 'arrested' && measure.value !== 'troops' && !POLL_WORDS.test(sentence.text)) {
        measure = because<Measure>('other:crowd', 'measure/crowd');
        subject = /\b(?:another|other)\s+(?:(?:about|some|nearly|more\s+than)\s+)?$/i.test(lead) ? 'another crowd' : 'crowd';
        subjectRule = 'subject/crowd';
        predicateField = because('be', 'predicate/crowd');
        unitClass = 'persons';
        unit = 'people';
      }
      // "The government delegation put the figure at 22,000": who made the estimate, where no cue of speech names them.
      const estimator = origin.rule === 'origin/outlet-unattributed' || origin.rule === 'origin/paragraph-continuation' ? ESTIMATED_BY.exec(input.text.slice(sentence.span[0], q.span[0])) : null;
      if (estimator && measure.rule === 'measure/crowd') origin = { name: estimator[1]!, rule: 'origin/estimate-verb', denied: false };
      // "Organisers said 60,000 tickets were sold, while police estimated 80,000 people were on the site": the second
      // crowd figure is the estimator's in its own clause, whoever the sentence's speaker is.
      // (The quantity may hold the verb: "estimated 80,000 people".)
      const second = measure.rule === 'measure/crowd' ? ESTIMATED_WHILE.exec(input.text.slice(sentence.span[0], q.span[0] + Math.max(0, q.text.search(/\d/)))) : null;
      if (second) origin = { name: second[1]!, rule: 'origin/estimate-verb', denied: false };
    }
    // "Dutch police put the street value at closer to 180 million euros": who made an estimate of an amount, where no cue
    // of speech names them.
    if (q.unitClass === 'money' && (origin.rule === 'origin/outlet-unattributed' || origin.rule === 'origin/paragraph-continuation')) {
      const valuer = VALUE_PUT_BY.exec(input.text.slice(sentence.span[0], q.span[0] + Math.max(0, q.text.search(/\d/))));
      if (valuer) origin = { name: valuer[1]!, rule: 'origin/estimate-verb', denied: false };
    }
    // "At least 12 people have died, officials said Tuesday, up from 8 on Monday": the value a count moved from is a value
    // of that count, whatever noun it is told with (none).
    let movedFromCount = isMovedFrom(sentence, q) || /\bfrom\s+(?:about\s+|around\s+|nearly\s+)?$/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 16), q.span[0])) ? claims.at(-1) : undefined;
    // "Profit was $1.9 billion, down from $2.8 billion", "fell to $1.9 billion from $2.8 billion": the amount moved from is
    // of the amount's own kind.
    if (movedFromCount && movedFromCount.sentenceIndex === si && movedFromCount.measure.value === 'money' && measure.value === 'money' && /^[A-Z]{3}$/.test(subject ?? '') && !/^[A-Z]{3}$/.test(movedFromCount.subject.value)) {
      subject = movedFromCount.subject.value;
      subjectRule = 'subject/moved-from-amount';
    }
    // "Card details of about 350,000 customers were exposed, up from an earlier estimate of 200,000": a bare number a figure
    // moved from is a value of that figure, whatever it counts.
    // So is "about 6.5 million customers, not the 4 million the retailer first disclosed" ("33 workers, not 31 as the company
    // first said"): the figure it corrects.
    const corrected = /,\s*not\s+(?:the\s+)?$/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 12), q.span[0])) ? claims.at(-1) : undefined;
    const movedBare = (movedFromCount !== undefined && isMovedFrom(sentence, q)) || corrected !== undefined ? q.unitClass === 'number' && !q.unit && (movedFromCount ?? corrected)!.value !== undefined && (movedFromCount ?? corrected)!.unitClass !== 'number' : false;
    movedFromCount ??= movedBare ? corrected : undefined;
    if (movedFromCount && movedFromCount.sentenceIndex === si && ((hasTrait(movedFromCount.measure.value, 'running') && !hasTrait(measure.value, 'running')) || movedBare) && measure.value.startsWith('other:') && (unitClass === 'number' || unitClass === movedFromCount.unitClass)) {
      measure = because<Measure>(movedFromCount.measure.value, 'measure/moved-from-count');
      subject = movedFromCount.subject.value;
      subjectRule = 'subject/moved-from-count';
      unit = movedFromCount.unit ?? null;
      unitClass = movedFromCount.unitClass ?? unitClass;
    }
    // "the two Koreas": a small number in words is a claim only when it counts casualties or people held.
    if (!bore && !isClaimQuantity(q, input.text, (hasTrait(measure.value, 'running') && measure.value !== 'troops') || measure.value === 'other:convictions')) return;
    let bothOf: string[] = [];
    if (measure.value === 'age') {
      // "Capt. Tom Tennant and Senior Trooper William Hakim, both 51": the age of each of the two people named just before.
      if (/\bboth\s*$/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 12), q.span[0]))) {
        bothOf = namesBeforeBoth(input.text.slice(Math.max(sentence.span[0], q.span[0] - 120), q.span[0]));
      }
      // "Eddie Holmes, 13," / "51-year-old Senior Trooper William Hakim": the age is of the person named just before, else just after.
      const people = idx.entities[si].map((i) => ({ e: input.entities[i], i })).filter(({ e }) => e.type === 'person');
      // Only a name told with the age is its person: "Wilson, 15", "Wilson (15)", "51-year-old Senior
      // Trooper William Hakim". Not "Wilson's 14-year-old brother" (the brother's age), nor "a
      // 15-year-old boy traded shoes with Wilson" (a common noun between the age and the name).
      // ("Gavin Long of Kansas City, who turned 29": a home town between the name and the relative clause.)
      const before = people.filter(({ e }) => e.span[1] <= q.span[0] && q.span[0] - e.span[1] <= 60 && (q.span[0] - e.span[1] <= 24 || HOME_TOWN.test(input.text.slice(e.span[1], q.span[0]))) && AGE_AFTER_NAME.test(input.text.slice(e.span[1], q.span[0]).replace(HOME_TOWN, '')) && !/['’]s$/.test(e.text)).at(-1)
        // "Long, a former Marine from Kansas City, Missouri, turned 29": the name that opens the sentence before an
        // apposition, where the verb after it tells the age.
        ?? (TURNED_AFTER_APPOSITION.test(input.text.slice(sentence.span[0], q.span[0])) ? people.find(({ e }) => e.span[0] === sentence.span[0] + (sentence.text.length - sentence.text.trimStart().length) && /^,/.test(input.text.slice(e.span[1], e.span[1] + 1))) : undefined);
      const after = people.find(({ e }) => e.span[0] >= q.span[1] && e.span[0] - q.span[1] <= 40 && AGE_BEFORE_NAME.test(input.text.slice(q.span[1], e.span[0])) && !PERSON_NOUN_AFTER.test(input.text.slice(e.span[1], e.span[1] + 20)));
      // "33-year-old Megan Short, 40-year-old Mark Short": an age written "N-year-old" before a name is that name's, not the one before the comma.
      const prefixed = /years?[\s-]+old$/i.test(input.text.slice(q.span[0], q.span[1])) || /^[\s-]*years?[\s-]+old\b/i.test(input.text.slice(q.span[1], q.span[1] + 12));
      // ("family members said he was 81": a pronoun names no one here; the age is read as "He was 81." is, below.)
      const nearest = after && prefixed ? after : before ?? after;
      const person = nearest && !/^(?:he|she)$/i.test(nearest.e.text) ? nearest : undefined;
      // The name as told next to the age ("Comeaux, 49"): in-article coreference can carry a wrong longer name.
      // "Kevin was 13" after "12-year-old Kevin Pimentel": an age told of a given name alone with a verb is the full name's;
      // one set beside it ("their children Dwayne, 10" after "her husband Dwayne Jackson, 50") is a namesake's.
      const told = person && person.e.span[1] <= q.span[0] && /\b(?:is|was|turned)\b/i.test(input.text.slice(person.e.span[1], q.span[0]));
      if (person) { subject = withGivenName(input.text, person.e.span[0], (told ? givenNameOwner(input.entities, person.e) : null) ?? person.e.text.replace(/['’]s$/, '')); subjectRule = 'subject/person-of-age'; }
      else {
        const named = nameNextToAge(input.text, q.span, sentence.span[0]);
        const nounBefore = named ? null : HEADLINE_PERSON_BEFORE.exec(input.text.slice(Math.max(sentence.span[0], q.span[0] - 12), q.span[0]));
        // "Two brothers, ages 11 and 16,", "The victims, 19 and 22,": each age is one of the people the plural names, not all of theirs.
        const group = named ? null : GROUP_OF_AGES.exec(input.text.slice(Math.max(sentence.span[0], q.span[0] - 60), q.span[0]));
        const groupOfAges = group && PLURAL_PEOPLE.test(group[1]!) ? group : null;
        const kin = named || group ? null : KIN_OF_AGES.exec(input.text.slice(Math.max(sentence.span[0], q.span[0] - 60), q.span[0]));
        const relation = RELATION_AFTER_AGE.exec(input.text.slice(q.span[1], q.span[1] + 30));
        const relationBefore = relation ? null : RELATION_BEFORE_AGE.exec(input.text.slice(Math.max(sentence.span[0], q.span[0] - 40), q.span[0]));
        const described = relation ? null : describedOfAge(input.text, q.span, sentence.span[0]);
        // "their 2-year-old son, Jordan Reeves,", "a 16-year-old boy, Eddie Holmes,": the name set beside the noun is the person's.
        const nounEnd = relation ? q.span[1] + relation.index + relation[0].length : -1;
        // "a 3-year-old daughter Ava": a given name right after the noun, with or without a comma, is the person's too.
        // Not the speaker of the sentence after a comma ("harm his 4-year-old son, Myers said").
        const apposed = relation ? people.find(({ e }) => e.span[0] >= nounEnd && /^\s*,?\s*$/.test(input.text.slice(nounEnd, e.span[0])) && !SAYS_AFTER.test(input.text.slice(e.span[1], e.span[1] + 20))) : undefined;
        const bareName = relation && !apposed ? RELATION_NAME_AFTER.exec(input.text.slice(nounEnd, nounEnd + 40)) : null;
        if (apposed) { subject = apposed.e.text.replace(/['’]s$/, ''); subjectRule = 'subject/person-of-age'; }
        else if (bareName && !NOT_GIVEN_NAME.test(bareName[1]!) && !SAYS_AFTER.test(input.text.slice(nounEnd + bareName.index + bareName[0].length, nounEnd + bareName.index + bareName[0].length + 20))) { subject = bareName[1]!; subjectRule = 'subject/person-of-age'; }
        else if (named) { subject = named; subjectRule = 'subject/person-of-age'; }
        // "The women, ages 46 to 56": a range of their ages is the group's.
        else if (groupOfAges && Array.isArray(q.value)) { subject = `the ${groupOfAges[1]!.toLowerCase()}`; subjectRule = 'subject/group-of-ages'; }
        else if (groupOfAges) { subject = `one of the ${groupOfAges[1]!.toLowerCase()}`; subjectRule = 'subject/one-of-group-of-age'; }
        // "her husband, Israel Alvarez, 33; and their sons, ages 4, 8 and 10": ages of someone's kin are the kin's, never
        // the person named before them (a relative's ages are told as the relative's: `subject/relation-of-age`).
        else if (kin && PLURAL_PEOPLE.test(kin[1]!)) { subject = kin[1]!.toLowerCase(); subjectRule = 'subject/kin-of-ages'; }
        else if (relation) { subject = relation[1].toLowerCase(); subjectRule = 'subject/relation-of-age'; }
        // "Her son, 4, was taken to a hospital", "and a son, 10 — were asleep": kin set before the age with a comma.
        else if (relationBefore) { subject = relationBefore[1]!.toLowerCase(); subjectRule = 'subject/relation-of-age'; }
        else if (described) { subject = described; subjectRule = 'subject/described-of-age'; }
        // "Girl, 15, sole survivor", "Man, 24, fatally shot": a headline's noun of a person before the age is the person described.
        else if (nounBefore) { subject = nounBefore[1]!.toLowerCase(); subjectRule = 'subject/described-of-age'; }
        // "a 7-year-old fatally shot Ty-Ryne Hoskins", "the 18-year-old accidentally pulls trigger", "shot by another
        // 5-year-old": an age told with no noun, of one who fires a gun at someone, is the shooter's.
        else if (/old$/i.test(input.text.slice(q.span[0], q.span[1])) && (SHOOTER_AFTER_AGE.test(input.text.slice(q.span[1], sentence.span[1])) || SHOT_BY_BEFORE.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 30), q.span[0])))) { subject = 'shooter'; subjectRule = 'subject/described-of-age'; }
        // "Esther Williams, who starred in 26 films, died in her sleep at 91": the age at death of the person the sentence opens with.
        else if (people.length > 0 && SENTENCE_OPENS_WITH_PERSON.test(input.text.slice(sentence.span[0], people[0]!.e.span[0])) && DIED_AT_BEFORE.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 80), q.span[0]))) { subject = withGivenName(input.text, people[0]!.e.span[0], people[0]!.e.text.replace(/['’]s$/, '')); subjectRule = 'subject/person-of-age'; }
        // "Then 67, Felt celebrated the decision": an age opening the sentence as of a time before is of the name after it.
        else if (/^\W*then\s+$/i.test(input.text.slice(sentence.span[0], q.span[0])) && /^\s*,/.test(input.text.slice(q.span[1], q.span[1] + 3)) && namedClauseSubject(sentence, sentence.span[1])) { subject = namedClauseSubject(sentence, sentence.span[1])!; subjectRule = 'subject/person-of-age'; }
        // "Persico was first arrested at 17": the age a turn of a life came at is of the clause's named subject.
        else if (q.rule.includes('unit/age-at-event') && namedClauseSubject(sentence, q.span[0])) { subject = namedClauseSubject(sentence, q.span[0])!; subjectRule = 'subject/person-of-age'; }
        else if (measure.rule === 'measure/age-was' && subjectRule === 'subject/previous-claim') { subject = 'year of age'; subjectRule = 'subject/unit-class'; }
        if (measure.rule === 'measure/age-was' && si > 0 && subjectRule !== 'subject/person-of-age') {
          // "Harold Pike ... died Tuesday. He was 88.": the pronoun's person is the one the sentence before opens with (a name
          // the article gives a person elsewhere too: "W. Mark Felt, the former FBI official who ..., has died"), else the
          // first person that sentence names.
          const prev = input.sentences[si - 1]!;
          // A nickname in quote marks inside the name is no part of it ('Vincent "The Hammer" Galli').
          const opening = /^\W*((?:\p{Lu}[\p{L}'’.-]*\s+|["“][^"”]{1,30}["”]\s+){0,4}\p{Lu}[\p{L}'’-]+)(?=\s*,|\s+(?:\p{Ll}|has\b|was\b))/u.exec(prev.text)?.[1]?.replace(/["“][^"”]*["”]\s+/gu, '');
          const last = opening?.split(/\s+/).at(-1);
          const known = last && input.entities.some((e) => e.type === 'person' && e.text.replace(/['’]s$/, '').split(/\s+/).at(-1) === last) ? withoutTitles(opening!) : null;
          const prior = known ?? idx.entities[si - 1].map((i) => input.entities[i]).find((e) => e.type === 'person')?.text.replace(/['’]s$/, '');
          if (prior) { subject = prior; subjectRule = 'subject/person-of-age-before'; }
        }
        // "Police initially said he was 25", after a sentence that names no one: an age told by a saying of a pronoun whose
        // person is not found is no one's.
        if (measure.rule === 'measure/age-was' && subjectRule !== 'subject/person-of-age-before' && SAID_AGE_WAS.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 30), q.span[0]))) return;
      }
      // "A 17-year-old was arrested Saturday night", "police charged a 16-year-old boy": the age of one held or charged, told
      // by no name, is the accused's, never one with a victim's told the same way ("A 17-year-old was found dead").
      if (q.unitClass === 'age' && ((subjectRule === 'subject/described-of-age' && subject !== 'shooter') || (subjectRule === 'subject/counted-noun' && subject === 'year of age')) && (ACCUSED_AFTER_AGE.test(input.text.slice(q.span[1], sentence.span[1])) || ACCUSED_BEFORE_AGE.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 40), q.span[0])))) {
        if (subjectRule === 'subject/counted-noun') subject = 'accused';
        subjectRule = 'subject/accused-of-age';
      }
      // "a 41-year-old double murder case", "a 100-year-old church": the age of a thing is no person's age.
      if (q.unitClass === 'age' && (AGED_THING.test(input.text.slice(q.span[1], q.span[1] + 30)) || AGED_MARK.test(input.text.slice(q.span[1], q.span[1] + 30)) || AGED_THING_MODIFIED.test(input.text.slice(q.span[1], q.span[1] + 50)))) return;
      // "Her mid-sized sedan was only about four years old": the age told of a thing named as the clause's subject.
      if (q.unitClass === 'age' && /\byears?\s+old$/i.test(q.text) && THING_WAS_AGED.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 60), q.span[0]))) return;
      // "Even if it's a 20-year-old, if it's a 30-year-old, ... it affects us all": a supposed person's age is no one's; nor
      // is the age of anyone of that age ("smarter than any two-year-old should be", "what every 16-year-old wants").
      if (q.unitClass === 'age' && (SUPPOSED_PERSON.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 30), q.span[0])) || GENERIC_PERSON.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 30), q.span[0])))) return;
    }
    // "Kyra Street said she was in the yard with her two young children": a count of one person's kin, owned by a pronoun,
    // is that person's (the one named last before it, "Street's young children"), keyed by its owner as any owned figure
    // is, never a count of the children at the scene told elsewhere.
    if (measure.value.startsWith('other:') && subject && subjectRule === 'subject/counted-noun' && /\b(?:his|her)\s+$/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 8), q.span[0])) && OWN_KIN_AFTER.test(input.text.slice(q.span[0], q.span[0] + 50))) {
      const owner = idx.entities[si].map((i) => input.entities[i]!).filter((e) => e.type === 'person' && e.span[1] <= q.span[0] && /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u.test(e.text) && !/^(?:He|She|They|It|His|Her)$/.test(e.text) && !/^['’]s?\b/.test(input.text.slice(e.span[1], e.span[1] + 2)) && !/['’]s?$/.test(e.text)).at(-1);
      if (owner) { subject = `${possessive(owner.text.split(/\s+/).at(-1)!)} ${subject}`; subjectRule = OWNER_RULE; }
    }
    // "Thomas Greer, who held the seat for two terms": a count told in a relative clause of a named person is that person's
    // ("Greer's terms"), never a rival of another person's ("Voss, who served four terms"). (Counts of people and kin, and
    // measures such as a height, keep their own rules.)
    if (measure.value.startsWith('other:') && subject && subjectRule === 'subject/counted-noun' && unitClass === 'count' && !OWN_KIN_AFTER.test(input.text.slice(q.span[0], q.span[0] + 50))) {
      const clause = RELATIVE_OF_NAME.exec(input.text.slice(sentence.span[0], q.span[0]));
      const named = clause ? idx.entities[si].map((i) => input.entities[i]!).find((e) => e.type === 'person' && e.span[1] === sentence.span[0] + clause[1]!.length) : undefined;
      if (named) { subject = `${possessive(ownerWords(named.text))} ${subject}`; subjectRule = OWNER_RULE; }
    }
    // "a double-double in four of his last five games": the window a part is counted within is part of that telling, no
    // figure of its own.
    if (subjectRule !== 'subject/part-of-window' && /\b[\p{L}\d]+\s+of\s+(?:his|her|their|its|the)\s+(?:last|past|previous|first)\s+$/iu.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 40), q.span[0])) && /^(?:games|matches|starts|seasons|outings|appearances|races|fights|bouts)$/i.test(q.unit ?? '')) return;
    // "missed the playoffs for the fifth time in six seasons": the span an ordinal counts times within is part of that
    // telling, no figure of its own.
    if (/\b(?:for\s+the\s+)?[\p{L}\d]+(?:st|nd|rd|th)?\s+time\s+in\s+(?:the\s+)?(?:(?:last|past|previous)\s+)?$/iu.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 40), q.span[0])) && /^(?:seasons?|years?|games?|months?|weeks?|days?|decades?|races?|starts?|matches?|elections?)$/i.test(q.unit ?? '')) return;
    // Parts of one toll joined by "and", and the shooter who killed himself after the count (rules above).
    let value = stat ? stat.value : windowPart ?? q.value;
    // "The number of injured was revised from eight to six": a change told from one value to another states the value it
    // came to, not a range of both.
    if (!stat && q.change !== null && Array.isArray(q.value) && q.rule.startsWith('range/from-to')) value = q.change === 'down' ? q.value[0] : q.value[1];
    if (stat) unit = null;
    // "Police found six people dead. ... All six people suffered gunshot wounds": the wounds of all the dead counted before,
    // no count of the hurt (unless told as surviving: "All four people are expected to survive").
    if (measure.value === 'injured' && typeof value === 'number' && /\ball\s+(?:of\s+the\s+)?$/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 12), q.span[0])) && !ALL_SURVIVING_AFTER.test(input.text.slice(q.span[1], sentence.span[1])) && claims.some((c) => c.measure.value === 'killed' && c.value === value && c.sentenceIndex < si) && !claims.some((c) => c.measure.value === 'injured' && c.value === value)) return;
    // "a .38-caliber handgun" and "13 38-caliber bullets", "a .380 pistol": a bore in inches is its designation, the digits
    // after the point as written, whether or not the point was (a bore in millimetres keeps its number).
    if (bore === 'calibre' && q.unit !== 'millimetre' && typeof q.value === 'number') value = boreDesignation(input.text.slice(q.span[0], q.span[1]), q.value);
    // "nearly three-quarters of the market", "about 70 percent of users": a share told as a fraction is the same share in percent.
    if (named && /[:-]share$/.test(named.measure) && q.unitClass === 'fraction' && typeof q.value === 'number') { value = Math.round(q.value * 10000) / 100; unit = 'percent'; unitClass = 'percent'; }
    let measureField = measure;
    let heightExact = false;
    // "5 foot, 8 inch": one height in feet, the inches its fraction; the inches state nothing of their own.
    if (measure.rule === 'measure/feet-and-inches' && typeof q.value === 'number') {
      // "5 feet 7 inches", "five feet seven inches": the inches in figures or in words.
      const told = FEET_AND_INCHES.exec(input.text.slice(q.span[1], q.span[1] + 16));
      const inches = told ? Number(told[1] ?? COUNT_WORD[told[2]!.toLowerCase()] ?? 0) : 0;
      value = Math.round((q.value + inches / 12) * 100) / 100;
      const next = input.quantities[qi + 1];
      // "6'2 and weighing": the inches told by a bare number right after the feet are of the height too.
      if (next && (next.unit === 'inch' || (told && !next.unit && next.unitClass === 'number')) && next.span[0] - q.span[1] <= 6) consumed.add(qi + 1);
      // "The 6-foot-9 senior": the figure is a height, whatever noun the unit was read with.
      if (subjectRule === 'subject/counted-noun' && /^(?:foot|feet)$/i.test(subject)) { subject = 'height'; subjectRule = 'subject/height'; }
      // "a dunk over 7-foot-7 Kenny George", "the 6-foot-10 center Ali Farokhmanesh": a height joined by hyphens before a
      // person's name is that person's, and exact: "over" before it is a preposition, no bound of the height.
      if (/(?:^|\s)\d+-(?:foot|feet)$/i.test(q.text)) {
        if (q.approx === 'more-than' && /^over\s/i.test(q.text)) heightExact = true;
        const person = idx.entities[si].map((i) => input.entities[i]).find((e) => e.type === 'person' && e.span[0] >= q.span[1] && /^(?:-\d+)?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(input.text.slice(q.span[1], e.span[0])));
        if (person) { subject = `${possessive(person.text.replace(/['’]s$/, ''))} height`; subjectRule = OWNER_RULE; }
        // "Reed, a 6-foot-8 senior, hit ...": a height in an apposition set off after a name is that person's.
        const apposed = person ? null : /(?:^|[\s(])(\p{Lu}[\p{L}'’-]+),\s+(?:a|an|the)\s+$/u.exec(input.text.slice(Math.max(sentence.span[0], q.span[0] - 40), q.span[0]));
        if (apposed && /^(?:-\d+)?\s+(?:\p{Ll}[\p{L}-]*\s*){1,3},/u.test(input.text.slice(q.span[1], q.span[1] + 40)) && idx.entities[si].some((i) => input.entities[i].type === 'person' && input.entities[i].text.split(/\s+/).at(-1) === apposed[1])) {
          subject = `${possessive(apposed[1]!)} height`; subjectRule = OWNER_RULE;
        }
        // "The 6-foot-9 senior needed nine points": a height describing the one a sentence opens with stands for the person
        // named before it, as "he" would (the nearest of three sentences that names one person, or opens with one).
        if (subjectRule === 'subject/height' && /^\W*The\s+$/.test(input.text.slice(sentence.span[0], q.span[0])) && /^(?:-\d+)?\s+\p{Ll}/u.test(input.text.slice(q.span[1], q.span[1] + 8))) {
          for (let j = si; j > Math.max(0, si - 3); j--) {
            const who = personOfSentenceBefore(input, idx, j, 3, true);
            if (who === undefined) continue;
            if (who) { subject = `${possessive(who)} height`; subjectRule = OWNER_RULE; }
            break;
          }
        }
      }
    }
    // "about 6 feet tall", "5 feet 10 inches tall": a length told tall is a person's or a thing's height, never a count of its unit.
    if ((measure.value === 'other:height' || (measure.value === 'distance' && TALL_AFTER.test(input.text.slice(q.span[1], q.span[1] + 24)))) && subjectRule === 'subject/counted-noun') { subject = 'height'; subjectRule = 'subject/height'; }
    // "193km / h": a speed, in the length's unit per hour.
    if (measure.rule === 'measure/length-per-hour' && unit) unit = `${unit} per hour`;
    // "three children: Liana, 8; Mark, 5": an age counts years (or months, weeks, days), never the noun of the list it stands in.
    if (measure.value === 'age' && !/^(?:year|month|week|day) of age$/.test(unit ?? '')) unit = 'year of age';
    // "Two views of his arrest", "two shootings took place weeks before his arrest": an arrest counts people, never the
    // things or events a count near it names.
    if (measure.value === 'arrested' && NOT_PEOPLE_UNIT.test(q.unit ?? '')) return;
    // "Police said three children were unaccounted for ... Police found the man, and three children, ... deceased": people
    // told missing and then found, dead or alive, later in the article are missing no more.
    if (measure.value === 'missing' && foundLater(input.text.slice(sentence.span[1]), q.unit)) measureField = measure = because<Measure>(`other:${q.unitClass}`, 'measure/missing-then-found');
    // "One person was detained after the shooting but later released": people let go are no one held.
    if (measure.value === 'arrested' && RELEASED_AFTER.test(input.text.slice(q.span[1], sentence.span[1]))) measureField = measure = because<Measure>(`other:${q.unitClass}`, 'measure/held-then-released');
    if (hasTrait(measure.value, 'harm') && typeof q.value === 'number') {
      if (UNHARMED_AFTER.test(input.text.slice(q.span[1], sentence.span[1]))) return;
      // "One person was reported injured, but authorities say no one was hit": a count an authority's "but ... not" takes back.
      if (correctedAt(input.text.slice(q.span[1], sentence.span[1])) >= 0) return;
      // "It's a miracle that not one kid is shot": no one of them, no count of one.
      if (q.value === 1 && /\bnot\s+(?:a\s+single\s+)?$/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 16), q.span[0]))) return;
      // "killed three blocks from where he lived", "fired three shots": the number counts no people.
      if (NOT_PEOPLE_UNIT.test(q.unit ?? '')) return;
      // "a 16-year-old boy was shot by two other teens": the shooters, not the shot.
      if (/\bby\s+(?:the\s+|at\s+least\s+)?$/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 16), q.span[0]))) return;
      // "the three victims were found shot to death": killed, not only shot.
      const clauseAfter = measure.value === 'shot' ? input.text.slice(clauseGoesOn(sentence, q), sentence.span[1]) : '';
      if (measure.value === 'shot' && /^[^,;.]{0,40}?\bshot\s+(?:to\s+death|dead|and\s+killed)\b/i.test(clauseAfter)) measureField = measure = because<Measure>('killed', `${measure.rule}+shot-to-death`);
      // "Two others were shot and injured, but survived": hurt, not only shot.
      else if (measure.value === 'shot' && /^[^,;.]{0,40}?\bshot\s+and\s+(?:injured|wounded|hurt)\b/i.test(clauseAfter)) measureField = measure = because<Measure>('injured', `${measure.rule}+shot-and-wounded`);
      // Not "one person dead and four others hurt": a count whose own word names its measure is a part of its own.
      // One person named right before it still joins it ("left a 10-year-old girl and two men wounded").
      const joined = conjoinedCount(input.quantities, qi, input.text, sentence, measure.rule === 'measure/cue-unit');
      if (joined.consumed !== null) consumed.add(joined.consumed);
      let n = q.value + joined.add;
      // "one male and two female victims", "two women and a baby": people of the parts together.
      if (joined.add > 0) unit = 'people';
      let rule = joined.add > 0 ? `${measure.rule}+conjoined-count` : measure.rule;
      // "Five people are dead, six more shot, and nearly 40 injured": the injured told after the shot in one list are hurt
      // besides them (in the rush, by glass), not the shooting's wounded.
      if (measure.value === 'injured' && HURT_BESIDES_SHOT.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 60), q.span[0]))) { subject = 'people hurt besides those shot'; subjectRule = 'subject/hurt-besides-shot'; }
      // "Police say they found two men suffering from gunshot wounds ... Four other people were taken to the hospital":
      // others as many or more, harmed, told in the next sentences are besides those counted, so the count is some of them.
      else if ((measure.value === 'shot' || measure.value === 'injured') && othersHarmedNext(input, si, q.value)) subjectRule = 'subject/some-before-others';
      // "One man is in critical condition and three others are injured": the others are hurt besides those in a condition told before them.
      const inCondition = measure.value === 'injured' ? hurtInConditionBefore(input.text.slice(sentence.span[0], q.span[0]), input.text.slice(q.span[0], sentence.span[1]).replace(/^\S+/, '')) : 0;
      if (inCondition > 0) { n += inCondition; rule = `${rule}+others-after-condition`; }
      // "Two men, ages 28 and 22, were wounded ... Two others, ages 29 and 22, were wounded": others opening the sentence right
      // after a count of the same harm are the rest of it, and with it the whole count.
      const told = inCondition === 0 && joined.add === 0 ? othersAfterPrevious(q, input.text, sentence, si, claims, measure.value, time) : 0;
      if (told > 0) { n += told; rule = `${rule}+others-after-previous`; }
      // "leaving one person dead, two police officers wounded and three others injured": others listed right after a count of
      // the same harm in the sentence are hurt besides them; with them, the whole count (5).
      const listed = inCondition === 0 && joined.add === 0 && told === 0 ? othersInList(q, input, sentence, si, claims, measure.value) : 0;
      if (listed > 0) { n += listed; rule = `${rule}+others-in-list`; }
      if (measure.value === 'killed' && shooterAlsoDead(q, input.text, sentence)) { n += 1; rule = `${rule}+shooter-suicide`; }
      else if (measure.value === 'killed' && shooterDeadAfter(q, input.text, input.sentences, si)) { n += 1; rule = `${rule}+shooter-suicide-after`; }
      else if (measure.value === 'killed' && suicideBeside(q, input.text, sentence)) { n += 1; rule = `${rule}+suicide-beside`; }
      // "A man injured in October at a dice game where two teenagers were fatally shot, died Monday": the dead are one more now (victims.ts).
      if (measure.value === 'killed' && hurtOneDiedAfter(sentence.text, [q.span[0] - sentence.span[0], q.span[1] - sentence.span[0]])) { n += 1; rule = `${rule}+hurt-one-died-after`; }
      // "There they found five people dead and two others with gunshot wounds. ... one of them died": the dead told beside
      // hurt of whom some died since are that many more.
      // Both read the words after the count and the body sentence after it for a death of the hurt (`diedOfHurt`).
      const rest = input.text.slice(q.span[1], sentence.span[1]);
      const next = input.sentences[si + 1]?.kind === 'body' ? input.sentences[si + 1].text : '';
      if (measure.value === 'killed') {
        const hurt = HURT_BESIDE_DEAD.exec(rest);
        const died = hurt ? diedOfHurt(rest.slice(hurt.index + hurt[0].length), next, true) : 0;
        if (died > 0) { n += died; rule = `${rule}+hurt-beside-later-died`; }
      }
      // "One person was critically injured and later died at the hospital": the people counted died since; they are the dead.
      if (measure.value === 'injured' && HURT_THEN_DIED.test(rest)) { measureField = measure = because<Measure>('killed', `${measure.rule}+hurt-then-died`); rule = measure.rule; }
      // "Three people were hospitalized, one of whom later died": the hurt alive are the rest (victims.ts).
      if (measure.value === 'injured') {
        const died = diedOfHurt(rest, next, /\b(?:dead|killed|died)\b/i.test(input.text.slice(sentence.span[0], q.span[0])));
        if (died > 0 && n > died) { n -= died; rule = `${rule}+later-died-of-them`; }
      }
      if (n !== q.value) { value = n; measureField = because(measure.value, rule); }
    } else if ((measure.value === 'arrested' || measure.value === 'charged') && typeof q.value === 'number') {
      // "Four adults and two juveniles were arrested": people held, counted in parts joined by "and", are one count.
      const joined = conjoinedCount(input.quantities, qi, input.text, sentence, true);
      const right = conjoinedCount(input.quantities, qi, input.text, sentence, false);
      if (right.consumed !== null && right.add > joined.add) {
        consumed.add(right.consumed);
        value = q.value + right.add;
        unit = 'people';
        measureField = because(measure.value, `${measure.rule}+conjoined-count`);
      }
    }
    // "the three victims", "the two women she is accused of gunning down": people told again by a definite reference,
    // in words, are those already counted, not a figure of their own; "one man told reporters" is a witness, not a count.
    if (measure.value.startsWith('other:') && countsPersons(q) && !/\d/.test(q.text) && ((BACK_REFERENCE.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 12), q.span[0])) && !COUNT_OPENER.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 20), q.span[0])) && !PART_OF_WHOLE.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 30), q.span[0]))) || (q.value === 1 && /^\s*one\b/i.test(q.text)))) return;
    // A bare number that counts nothing named ("Number: be: 30") is no claim a reader compares.
    if (measure.rule === 'measure/open-tail' && q.unitClass === 'number' && subjectRule === 'subject/unit-class') return;
    // "12 more bodies, bringing the toll to 31": an increase told with its total is no figure of its own.
    if (measure.rule === 'measure/increment') return;
    // "His bond was set at $50,000, and he must post 10 percent": a share with no whole named, in a sentence of an amount of
    // money, is a term of that amount (a bond's cash part, a deposit), never a figure of its own ("Percent (planned): 10 percent").
    if (measure.rule === 'measure/open-tail' && unitClass === 'percent' && !named && subject === q.unit && input.quantities.some((o) => o !== q && o.unitClass === 'money' && o.span[0] >= sentence.span[0] && o.span[1] <= sentence.span[1])) return;
    // An earlier value with no date of its own holds before publication, not at it.
    if ((time.rule === 'time/published' || time.rule === 'time/paragraph-continuation') && isEarlierValue(sentence, q)) time = because<string | null>(null, 'time/earlier-value');
    // "1,200 soldiers now, up from 800 on Wednesday": the value moved from keeps the day it is told of, and is an earlier value.
    else if (time.value !== null && isMovedFrom(sentence, q)) {
      // "by Wednesday evening, up from 15,000 on Tuesday": a day told right after the value moved from is its own.
      const own = input.dates.find((d) => d.span[0] >= q.span[1] && d.span[0] - q.span[1] <= 12 && d.span[1] <= sentence.span[1] && /^\s*(?:on|at|in|as\s+of)?\s*$/i.test(input.text.slice(q.span[1], d.span[0])));
      time = because<string | null>(own?.value.slice(0, 10) ?? time.value, 'time/earlier-value');
    }
    // A person's age is said of them, never denied by a negation of what befell them ("A 19-year-old was not injured").
    const negatedPredicate = predicate && measure.value !== 'age' ? negatesPredicate(sentence, predicate.token, lex) && negationReachesCount(input.text, sentence, predicate.token.span, q.span) : false;
    let scope = findScope(sentence, q, time, input.dates, input.published, opts.frame);
    if (scope.value === 'event' && ofThatOtherCase(sentence.text, input.sentences[si - 1]?.text)) scope = because<ClaimScope>('background', 'scope/that-other-case');
    // The toll with one hurt who died since is the story's toll now, whatever month the shooting is told in.
    if (measureField.rule.endsWith('+hurt-one-died-after')) {
      scope = because<ClaimScope>('event', 'scope/toll-after-later-death');
      time = because<string | null>(input.published ? input.published.slice(0, 10) : null, input.published ? 'time/published' : 'time/unknown');
    }
    // "Cheeks, 52, was hired in 2005", "Teixeira, 28, was acquired by the Angels in July": a person's age told beside the
    // name is the age now, whatever earlier time the rest of the sentence tells; not the age of someone that earlier
    // event harmed ("Michalis Kaltezas, 15, killed by police in 1985") nor one told as of then ("then 23").
    // "Billy Crystal did it eight times", "He hosted the ceremony five times": the times one did an act over a life or a
    // career tell of earlier occasions, the story's background; not the times of a blow or a shot within one event
    // ("the gunman fired 10 times", "stabbed him 20 times", "sacked Watson four times").
    if (subjectRule === 'subject/times-of-doer' && scope.value === 'event' && !/\b(?:fired|shot|struck|hit|beat|stabbed|punched|kicked|slashed|rammed|called|rang|knocked|honked|dialed|dialled|flashed|pulled|sacked|tackled|intercepted|fumbled|scored|blocked|dunked|homered)$/.test(subject)) scope = because<ClaimScope>('background', 'scope/tally-of-occasions');
    // "first arrested at 17", "married at 19": an age a turn of a life came at is an age then, never the age now.
    if (measure.value === 'age' && (q.rule.includes('unit/age-at-event') || /\bthen[\s-]+$/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 12), q.span[0])))) scope = because<ClaimScope>('background', 'scope/age-told-then');
    else if (measure.value === 'age' && scope.value === 'background' && AGE_NOW_SCOPES.has(scope.rule) && (subjectRule === 'subject/person-of-age' || subjectRule === 'subject/described-of-age' || subjectRule === 'subject/accused-of-age')
      && !AGE_OF_THEN.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 20), q.span[0])) && !OWN_HARM_AFTER.test(input.text.slice(q.span[1], sentence.span[1])) && !HARMED_NAME_BEFORE.test(input.text.slice(sentence.span[0], q.span[0]))) {
      scope = because<ClaimScope>('event', 'scope/age-holds-now');
      if (input.published) time = because<string | null>(input.published.slice(0, 10), 'time/age-holds-now');
    }
    // "in 2005, at the age of 91, Felt told Vanity Fair", "then 23": an age told as of an earlier time is the age then,
    // never the person's age in the story's own time (`mergeAges` keeps it apart).
    else if (measure.value === 'age' && scope.value === 'background' && AGE_NOW_SCOPES.has(scope.rule) && AGE_OF_THEN.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 20), q.span[0]))) {
      scope = because<ClaimScope>('background', 'scope/age-told-then');
    }
    // "Sandra Salgado, 14, and Felix Solano, 16, were shot to death in the park on May 3, 2011": the age of one harmed in an
    // event the sentence dates in an earlier year is of that event, the first named as much as the one next to the year.
    else if (measure.value === 'age' && scope.value === 'event' && input.published && OWN_HARM_AFTER.test(input.text.slice(q.span[1], sentence.span[1]))
      && input.dates.some((d) => d.span[0] >= sentence.span[0] && d.span[1] <= sentence.span[1] && d.value.slice(0, 4) < input.published!.slice(0, 4))) {
      scope = because<ClaimScope>('background', 'scope/harmed-in-earlier-year');
    }
    // "Teixeira, who turns 29 in April", "will be 29 on April 11": an age still to come holds from the date told after it,
    // the next such date after publication ("in April" in December is next April), never now.
    if (measure.value === 'age' && q.rule.includes('unit/age-to-come')) {
      scope = because<ClaimScope>('event', 'scope/age-to-come');
      const told = input.dates.find((d) => d.span[0] >= q.span[1] && d.span[1] <= sentence.span[1] && d.precision !== 'year');
      const pub = input.published ? input.published.slice(0, 10) : null;
      const next = told && pub && told.value.slice(0, 10) < pub.slice(0, told.value.slice(0, 10).length) ? `${Number(told.value.slice(0, 4)) + 1}${told.value.slice(4, 10)}` : told?.value.slice(0, 10) ?? null;
      time = because<string | null>(next, next ? 'time/age-to-come' : 'time/unknown');
    }
    // "The Phillies signed Raul Ibanez to a three-year, $31.5 million contract", in an article about another player's deal:
    // a deal of someone the article names only in passing, without its own subject, is background to the story's deal.
    if (measure.value === 'money' && scope.value === 'event' && DEAL_WORDS.test(sentence.text) && otherPartysDeal(input, idx.entities[si])) scope = because<ClaimScope>('background', 'scope/another-party-deal');
    // "taking his unbeaten run to 10 since losing to Brewster in 2004": a run since an earlier year holds now.
    if (named?.rule === 'measure/streak' && (scope.rule === 'scope/earlier-year-near' || scope.rule === 'scope/time-before-publication') && /\bsince\b/i.test(input.text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + 60)))) scope = because<ClaimScope>('event', 'scope/run-since-holds-now');
    // "played in just 10 games this year, rushing for 404 yards": a player's or team's statistic of this year or season
    // is its running total now, never a round-up of many events.
    if ((named?.rule === 'measure/player-statistic' || named?.rule === 'measure/game-yards') && scope.rule === 'scope/aggregate-count') scope = because<ClaimScope>('event', 'scope/statistic-this-season');
    // A player's or a team's statistic: named as one, or told in a line of statistics.
    const statistic = named?.rule === 'measure/player-statistic' || named?.rule === 'measure/game-yards' || (measure.value.startsWith('other:') && STAT_LINE.test(sentence.text));
    // "Jackson had his finest season in 2008 with 59 receptions for 1,098 yards", in an article with no date of its own that
    // names no later year: the latest season it names is its own, as the statistics it tells run up to it.
    // Not a career told ended ("Ford finished his career in 1978 with 2,290 points"): its totals stay in its year.
    if (statistic && scope.rule === 'scope/earlier-year-near' && latestSeason(input, sentence) && !CAREER_ENDED.test(sentence.text)) scope = because<ClaimScope>('event', 'scope/statistic-of-latest-season');
    // "signed Brand in July, but Brand is averaging just 16.3 points": an average told in the present holds now, whatever
    // earlier time another clause of its sentence tells.
    if (statistic && (scope.rule === 'scope/earlier-year-near' || scope.rule === 'scope/month-named-alone') && /\b(?:is|are)\s+averaging\s+|\baverages\s+/i.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 40), q.span[0]))) scope = because<ClaimScope>('event', 'scope/average-holds-now');
    // "Thomas came into 2010 as the leading returning rusher. He had 793 yards": a statistic told with no period of its own
    // right after a sentence that names an earlier season is of that season.
    if (statistic && scope.value === 'event' && seasonBefore(input, si)) scope = because<ClaimScope>('background', 'scope/statistic-of-season-before');
    // "Bush will finish the year with 404 yards rushing and a pair of touchdowns": a player's total that the end of the
    // season (or of the player's) has settled, told ahead of that end, is no plan.
    if (statistic && modality.rule === 'modality/cue:will' && SETTLED_TOTAL.test(input.text.slice(sentence.span[0], q.span[0]))) modality = because<Modality>('asserted', 'modality/settled-total');
    // "Hargrove will spend eight years in federal prison", "he will serve 25 years": the term to be served is the sentence
    // given, not a plan.
    if (measure.rule === 'measure/prison-term' && modality.rule === 'modality/cue:will' && subject === 'prison term' && TERM_TO_SERVE.test(input.text.slice(sentence.span[0], q.span[0]))) modality = because<Modality>('asserted', 'modality/term-to-serve');
    // "estimated the premium at 30 percent based on the average price over the last month": a basis, not an earlier time.
    if (money?.basisIsNoTime && scope.value === 'background') { scope = because<ClaimScope>('event', 'scope/basis-of-figure'); time = findTime(sentence, sentence.span[0], input, opts, []); }
    // "Gomes served 9 months of a 2-1/2 year sentence", "sentenced to 2 1/2 years ... in that case": a term served or of a
    // case told before is the person's record, background to the story's own case.
    if (measure.rule === 'measure/prison-term' && scope.value === 'event' && /\b(?:served|was\s+released|were\s+released|recently\s+released|paroled|in\s+that\s+case|previous(?:ly)?|prior|earlier)\b/i.test(sentence.text)) scope = because<ClaimScope>('background', 'scope/prison-term-served');
    // "jailed for 28 years on Monday": a date after publication is where the term ends ("28 years on"), not when it was told.
    if (measure.rule === 'measure/prison-term' && input.published && time.value && time.value.slice(0, 10) > input.published.slice(0, 10)) time = because<string | null>(input.published.slice(0, 10), 'time/prison-term-ends-later');
    // "a minimum term of 28 years for the murder of Margaret Cole in 2021": the year is the crime's; the term is given now.
    if (measure.rule === 'measure/prison-term' && scope.value === 'background' && /^[^.;]{0,80}?\bfor\s+(?:the\s+|his\s+|her\s+|their\s+)?[\p{L}-]+\b[^.;]*\b(?:in|on)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\d{1,2},?\s+)?\d{4}\b/u.test(input.text.slice(q.span[1], sentence.span[1]))) {
      scope = because<ClaimScope>('event', 'scope/prison-term-for-earlier-crime');
      time = because<string | null>(input.published ? input.published.slice(0, 10) : null, 'time/prison-term-for-earlier-crime');
    }
    // "seven dead and 14 injured in 17 shootings across the city": a round-up's total, not one shooting's toll.
    // "six shootings, one fatal, over the course of a 25-day period in January and February": a round-up too, though its months already set it apart.
    if ((scope.value === 'event' || scope.rule === 'scope/month-named-alone') && hasTrait(measureField.value, 'harm') && ROUND_UP.test(sentence.text)) scope = because<ClaimScope>('background', 'scope/round-up');
    // "13 toddler shooting deaths this year, with 18 more injuring themselves, 10 injuring others and 2 killing others":
    // the counts listed after a tally of many events are parts of that tally, however far from its "this year".
    if (hasTrait(measureField.value, 'harm')) {
      const end = tallyEnd.get(si);
      if (scope.value === 'event' && end !== undefined && end <= q.span[0] && !/[;:]|\b(?:but|while|whereas|although|said|says)\b/i.test(input.text.slice(end, q.span[0]))) scope = because<ClaimScope>('background', 'scope/part-of-tally');
      if (scope.rule === 'scope/aggregate-count' || scope.rule === 'scope/round-up' || scope.rule === 'scope/part-of-tally') tallyEnd.set(si, q.span[1]);
    }
    if (scope.value === 'event' && hasTrait(measureField.value, 'harm') && listed.has(si)) scope = because<ClaimScope>('background', listed.get(si)!);
    // A running count of the event holds when its teller said it, not when the event it counts happened.
    if (scope.value === 'event' && hasTrait(measureField.value, 'running') && measure.rule !== 'measure/moved-from-count') time = countTime(time, sentence, input, idx.dates[si], attribution ? attribution.cue.span : null) ?? time;
    const claim: Claim = {
      measure: measureField,
      scope: itContinuesBackground(sentence, backgroundSentences.has(si - 1)) ?? scope,
      subject: because(subject, subjectRule),
      predicate: predicateField,
      quantity: qi,
      value,
      unit,
      unitClass,
      // "a dozen guns": a dozen told in words is a round figure, about twelve.
      approx: heightExact ? null : q.approx ?? (q.rule.includes('words/a-dozen') ? 'about' : null),
      place: bore ? because<string | null>(null, 'place/gun-bore') : rivalNamed ? because<string | null>(null, 'place/standings-rival') : measure.value === 'distance' && FALL_BEFORE.test(input.text.slice(Math.max(sentence.span[0], q.span[0] - 30), q.span[0])) ? because<string | null>(null, 'place/length-of-fall') : sizedPlace(input.text, sentence, q, input.entities, idx.entities[si]) ?? (measure.value === 'distance' && subjectRule !== 'subject/distance-travelled' && subjectRule !== 'subject/length-of-noun' ? distanceFrom(input.text, q.span[1], sentence.span[1]) : null) ?? findPlace(sentence, q.span[1], q.span, input.entities, idx.entities[si]),
      time,
      origin: because(origin.name, origin.rule),
      ...(origin.attribution !== undefined ? { attribution: origin.attribution } : {}),
      modality: negatedPredicate && modality.value !== 'denied' ? because<Modality>('denied', 'modality/negated-predicate') : modality,
      negated: isNegated(sentence, Math.max(sentence.span[0], predFrom - 20), q.span[0], lex),
      sentence: sentence.span,
      sentenceIndex: si,
    };
    if (bothOf.length === 2) claims.push({ ...claim, subject: because(bothOf[0], 'subject/person-of-age-both') }, { ...claim, subject: because(bothOf[1], 'subject/person-of-age-both') });
    else claims.push(claim);
    // "Four people were shot, one fatally", "three men were shot, two of them fatally": the dead among the people shot, a
    // count the sentence tells with no noun of its own.
    // "Four people were wounded -- two mortally -- in the shooting": the wounded told with their dead are all those harmed,
    // the people shot, and the dead among them are killed.
    if ((measure.value === 'shot' || measure.value === 'injured') && typeof value === 'number') {
      const fatal = SOME_FATALLY.exec(input.text.slice(clauseGoesOn(sentence, q), sentence.span[1]));
      const k = fatal ? COUNT_WORD[fatal[1]!.toLowerCase()] ?? Number(fatal[1]) : 0;
      if (k >= 1 && k < value) {
        const { quantity: _, ...rest } = claim;
        if (measure.value === 'injured' && claims.at(-1) === claim) claims[claims.length - 1] = { ...claim, measure: because<Measure>('shot', `${measureField.rule}+some-fatally-of-wounded`) };
        claims.push({ ...rest, measure: because<Measure>('killed', `${measureField.rule}+some-fatally`), value: k, unit: 'people', approx: null });
      }
    }
    if (claim.scope.value === 'background') backgroundSentences.add(si);
    previous = { paragraph: sentence.paragraph, origin, subject: bore ? null : subject, subjectRule, predicate: predicateField.value, time, unitClass, unit, movedFrom: isMovedFrom(sentence, q) };
  });

  adoptRepeatedOrigins(claims);
  // "55 percent of voice traffic in Saudi Arabia, 52 percent in Egypt": each item of a list is its own place's figure.
  markListItems(claims, input.quantities, input.sentences, input.text);
  // "won his 16th straight fight": a run told by its ordinal.
  claims.push(...records.claims, ...scores.claims, ...runClaims(input, idx, opts));
  oneNameForOwners(claims, input.entities);
  claims.push(...victimClaims(input, claims, idx, listed));
  addShootersKilled(input, claims);
  allOfDeadShot(input, claims);
  claims.push(...eventClaims(input, claims, opts, idx));
  return claims;
}

/**
 * "Six people have died ... All six people suffered gunshot wounds, she said": a count of the hurt that takes back all of
 * a number the article tells dead is of the dead again, their wounds no hurt of the living; it is a count of the people
 * shot. Not a count told alive ("All four victims suffered non-life threatening injuries").
 */
function allOfDeadShot(input: ClaimInput, claims: Claim[]): void {
  for (const c of claims) {
    if (c.measure.value !== 'injured' || c.scope.value !== 'event' || typeof c.value !== 'number' || c.quantity === undefined) continue;
    const q = input.quantities[c.quantity]!;
    const s = input.sentences[c.sentenceIndex]!;
    if (!ALL_OF_BEFORE.test(input.text.slice(Math.max(s.span[0], q.span[0] - 16), q.span[0])) || TOLD_ALIVE.test(s.text)) continue;
    if (claims.some((k) => k.measure.value === 'killed' && k.scope.value === 'event' && k.value === c.value)) c.measure = because<Measure>('shot', `${c.measure.rule}+all-of-dead`);
  }
}

/**
 * "In February, a quake hit Zarand. It killed 612 people": a sentence whose subject is "It" goes on
 * about the event of the sentence before; when that sentence's figures were background, so are its.
 */
/** A player's line of statistics: "793 yards and six touchdowns on 147 carries", "30 points, 8 rebounds". */
const STAT_LINE = /\b(?:yards|touchdowns|carries|catches|receptions|rebounds|assists|RBIs|homers|home\s+runs|tackles|sacks|interceptions)\b/;
/** Words that give a statistic's sentence a period of its own: "this season", "in 2008", "so far", "his career", "since Week 11", "in six games". */
const OWN_PERIOD = /\b(?:seasons?|years?|so\s+far|career|since|week|weeks|games?|(?:19|20)\d\d)\b/i;
/**
 * An earlier season named: "the previous season", "a year ago", "his rookie season". Not "last season": told in the
 * off-season it is the season just ended, the story's own, as it is when told in the statistic's sentence.
 */
const SEASON_BEFORE = /\b(?:(?:the\s+)?previous\s+(?:season|year)|(?:a|one)\s+(?:season|year)\s+(?:ago|earlier|before)|(?:his|her|their)\s+rookie\s+(?:season|year))\b/i;
/**
 * Whether the sentence before a statistic's sentence sets it in an earlier season: the statistic's sentence names no period
 * of its own, and the one before names an earlier season or a year before publication ("came into 2010" in 2011).
 */
export function seasonBefore(input: ClaimInput, si: number): boolean {
  const sentence = input.sentences[si];
  const prev = input.sentences[si - 1];
  // "Through 14 games in the 2008 season, Bush had 404 yards. He also had 440 yards receiving": a line of statistics
  // before goes on in this one, in whatever period its own sentence sets.
  if (!sentence || !prev || OWN_PERIOD.test(sentence.text) || STAT_LINE.test(prev.text)) return false;
  if (SEASON_BEFORE.test(prev.text)) return true;
  const pubYear = input.published?.slice(0, 4);
  // "headed to the postseason for the first time since the 2015 season": a year a span runs from names no season told.
  return !!pubYear && [...prev.text.matchAll(/\b(?:19|20)\d\d\b/g)].some((m) => m[0] < pubYear && !/\bsince\s+(?:the\s+)?$/i.test(prev.text.slice(Math.max(0, m.index - 10), m.index)));
}

/** A verb of getting back right before a figure, in its clause: "have recovered 600", "crews skimmed about 2,100". */
const RECOVERED_BEFORE = /\b(?:recover(?:ed|s|ing)?|retriev(?:ed|es|ing|e)|collect(?:ed|s|ing)?|skimm(?:ed|ing)|skims?|clean(?:ed|s|ing)?\s+up|vacuum(?:ed|ing)?\s+up)\s+(?:(?:about|around|nearly|some|more\s+than|at\s+least|roughly|only|just|almost|over)\s+)?$/i;
/** A verb of getting back right after a figure's noun: "2,100 barrels have been recovered". */
const RECOVERED_AFTER = /^\s+(?:(?:of\s+)?[\p{L}-]+\s+){0,3}?(?:(?:have|has|had)\s+been|were|was|are|is)\s+(?:(?:now|since|later|so\s+far)\s+)?(?:recovered|retrieved|collected|skimmed|cleaned\s+up)\b/iu;

/** Someone's record right before its figure: "Granger's mark of", "Moore's old school record of". */
const MARK_OF_OWNER = /\b(\p{Lu}[\p{L}-]+?)['’]s?\s+(?:(?:old|previous|former|school|career|all-time|scoring|single-season|state|league)\s+){0,2}(?:mark|record|total)\s+of\s+$/u;

/**
 * The owner a bare figure's own words name: the race side it is given to (`electionSide`), a possessive right before it
 * ("to Hale's 1,201,000"), or the named subject of its clause ("Hale received about 1.22 million"); else null.
 */
function ownerOfBareFigure(sentence: Sentence, at: number): string | null {
  const lead = sentence.text.slice(0, at - sentence.span[0]);
  // ("passed Granger's mark of 2,114": a record told as someone's mark of a figure is that person's.)
  return electionSide(sentence, at) ?? /\b(\p{Lu}[\p{L}-]+)['’]s\s+$/u.exec(lead)?.[1] ?? MARK_OF_OWNER.exec(lead)?.[1] ?? (/\b(?:received|got|had|won|took|polled|garnered|drew|collected)\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|just\s+over|just\s+under)\s+)?$/i.test(lead) ? namedClauseSubject(sentence, at) : null);
}

/** A crowd told by its verb after the count: "people took part", "took to the streets", "marched", "rallied". */
const CROWD_AFTER = /^\s*(?:(?:people|protesters|demonstrators|marchers|supporters|fans|concertgoers|festivalgoers|spectators)\s+)?(?:(?:have|had)\s+)?(?:took\s+part|take\s+part|taking\s+part|took\s+to\s+the\s+streets|marched|rallied|demonstrated|protested|joined\s+the\s+(?:march|protest|rally|demonstration)|(?:were|was)\s+(?:at|in|on|inside)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:festival|concert|rally|march|protest|stadium|arena|site|venue|show|match|parade|ceremony|vigil)\b)/iu;
/** A crowd named before its size: "estimated the crowd at", "a crowd of", "the number of protesters at". */
const CROWD_BEFORE = /\b(?:crowd|number\s+of\s+(?:protesters|demonstrators|marchers|participants))\s+(?:was\s+|were\s+|is\s+)?(?:estimated\s+)?(?:at|of|to)\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|up\s+to\s+|roughly\s+|(?:closer|close)\s+to\s+|as\s+many\s+as\s+)?$/i;
/** The figure told again by its estimate: "put the figure at", "estimated the number at". */
const FIGURE_AT = /\b(?:put|puts|putting|estimated|estimates|placed|pegged)\s+(?:the\s+)?(?:figure|number|total|crowd|attendance|count)\s+at\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|roughly\s+)?$/i;
/** Who put a figure at a number, told as the clause's subject: "The government delegation put the figure at". */
/** "Dutch police put the street value at closer to", "insurers estimated the damage at": who valued an amount. */
const VALUE_PUT_BY = /(?:^|[,;]\s+|\b(?:while|whereas|but)\s+)((?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:put|puts|estimated|estimates|placed|pegged|valued|values)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+)?(?:value|cost|damage|damages|losses|loss|bill|price|worth)\s+at\s+(?:(?:about|some|around|nearly|more\s+than|roughly|as\s+much\s+as|up\s+to|(?:closer|close)\s+to|over)\s+)?$/iu;
/** "..., while police estimated 80,000 people were on the site": the estimator of a second figure in a clause of its own. */
const ESTIMATED_WHILE = /\b(?:while|whereas|but)\s+((?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:estimated|estimates|put|puts|counted|counts)\s+(?:that\s+)?(?:(?:about|some|around|nearly|more\s+than|roughly|as\s+many\s+as|up\s+to|(?:closer|close)\s+to|over)\s+)?$/iu;
const ESTIMATED_BY = /(?:^|[,;]\s+|\bwhile\s+)((?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:put|puts|estimated|estimates|placed|pegged)\s+(?:the\s+)?(?:figure|number|total|crowd|attendance|count)\s+at\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|roughly\s+)?$/iu;

/** Amounts of money that their own words name the kind of: the theft's (group 1), a restitution, a fine. */
const MONEY_OF_KIND = /(amount stolen)$|\b(?:restitution|fine)$/i;

/** A term the person will serve: "will spend", "will serve", "will remain behind bars for". */
const TERM_TO_SERVE = /\bwill\s+(?:(?:now|have\s+to|likely)\s+)?(?:spend|serve|remain\s+(?:in\s+prison|behind\s+bars)\s+for)\s+(?:(?:at\s+least|up\s+to|another|the\s+next)\s+)?$/iu;

const SETTLED_TOTAL = /\bwill\s+(?:finish|end|close)\s+(?:the|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:year|season|campaign)\s+with\b/iu;

/** Whether an undated article's statistic sentence names only the latest year the article names ("in the 2008 season" where no later year is told). */

/** A career told ended: "finished his career in 1978", "ended her college career", "retired in 1992". */
const CAREER_ENDED = /\b(?:finished|ended|closed|completed|wrapped\s+up)\s+(?:his|her|their)\s+(?:\p{L}+\s+)?career\b|\bretired\b/iu;

export function latestSeason(input: ClaimInput, sentence: Sentence): boolean {
  if (input.published) return false;
  const years = (text: string) => [...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  const own = years(sentence.text);
  const latest = Math.max(...years(input.text));
  return own.length > 0 && own.every((y) => y === latest);
}

export function itContinuesBackground(sentence: Sentence, previousIsBackground: boolean): Because<ClaimScope> | null {
  if (!previousIsBackground) return null;
  if (/^\W*It\s+(?:killed|injured|wounded|left|destroyed|damaged|caused|struck|hit|measured|had|was)\b/.test(sentence.text)) return because<ClaimScope>('background', 'scope/it-continues-background');
  // "In May, thieves stole a necklace. Days later, a $2.5 million ring was taken": "later" goes on from the earlier event just told.
  return /^\W*(?:(?:a\s+few|several|two|three|four|five|some)\s+)?(?:days?|weeks?|months?|years?|a\s+(?:day|week|month|year))\s+later\b/i.test(sentence.text) ? because<ClaimScope>('background', 'scope/later-continues-background') : null;
}

/**
 * A given name told right after a relation noun ("a 3-year-old daughter Ava", "son, Oscar,", "brother, C.J.
 * Mikula-Conrad,"): one or two capitalised words (initials, a double surname), then no more of a name.
 */
const RELATION_NAME_AFTER = /^\s*,?\s*((?:(?:\p{Lu}\.){1,3}(?=\s+\p{Lu})|\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?)(?![\p{L}'’-])(?!\s+\p{Lu})/u;
/** The kin or friend right after an age ("his 16-year-old sibling", "a 3-year-old daughter"): whose the age is. */
const RELATION_AFTER_AGE = new RegExp(`^[\\s-]*(?:year-old\\s+)?(${KIN_OF_AGE}|${OTHER_RELATION_OF_AGE})\\b`, 'i');
/** Kin set before an age with a comma: "her son, 4,", "and a son, 10", "the woman's husband, 45,". */
const RELATION_BEFORE_AGE = new RegExp(String.raw`\b(?:his|her|their|our|my|whose|a|an|the|['’]s)\s+(?:[\p{Ll}-]+\s+)?(${KIN_OF_AGE}|${OTHER_RELATION_OF_AGE})\s*(?:,|\()\s*(?:aged?\s+)?$`, 'iu');
/** A headline's capitalised noun of a person right before an age: "Girl, 15,", "Man, 24,". */
const HEADLINE_PERSON_BEFORE = /\b(Girl|Boy|Man|Woman|Baby|Teen|Toddler|Infant|Mom|Dad|Mother|Father)\s*,\s*$/u;
/** Capitalised words that stand for people told elsewhere or described, never a name: "Another, 25,", "Both, 19,", "Mom, 11-month-old son". */
const NO_NAME_WORD = /^(?:Another|One|Both|Each|All|Some|Neither|Either|Other|Others|Two|Three|Four|Five|The other|This|That|These|Those|He|She|They|It|Police|Officials?|Authorities|Mom|Mother|Dad|Father|Son|Daughter|Brother|Sister|Wife|Husband|Grand(?:ma|pa|mother|father)|Baby|Man|Woman|Boy|Girl|Teen)$/;
/** Capitalised words after a relation noun that name no one: a weekday, a month, a word opening a clause. */
const NOT_GIVEN_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|He|She|They|It|In|On|At|And|But|Police|Officials?)\b/;
/**
 * The full name a given name alone stands for in the article ("Earlier, the sheriff said Kevin was 13" after "12-year-old
 * Kevin Pimentel"): a short name read as the first word of a fuller one. A surname alone keeps its own words, since a
 * family's members share it.
 */
function givenNameOwner(entities: readonly EntityMention[], e: EntityMention): string | null {
  const full = e.refersTo !== undefined && e.evidence?.includes('short-name') ? entities[e.refersTo] : undefined;
  return full && !/\s/.test(e.text) && full.text.startsWith(`${e.text} `) ? full.text.replace(/['’]s$/, '') : null;
}

/**
 * A surname told after a quoted nickname gets its given names back: 'Javarrie "JoJo" Robertson, 13' and 'Joe "Duke"
 * Robertson, 37' are two people, where the name read ends at the quote ("Robertson").
 */
function withGivenName(text: string, start: number, name: string): string {
  if (/\s/.test(name)) return name;
  const m = NICKNAMED_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  return m ? `${m[1]!.trim().replace(/\s+/g, ' ')} ${name}` : name;
}
const NICKNAMED_BEFORE = /((?:\p{Lu}[\p{Ll}'’-]+\s+){1,3})["“][^"“”\n]{1,30}["”]\s+$/u;

/** What may stand between a name and the age told after it: "Wilson, 15", "Wilson (15)", "Wilson, aged 15", "Wilson, a 15-year-old", "Wilson, who was 15". */
// ("Vincent Holt, Jr., 27": a generation after the name, with or without its comma, is of the name.)
/** A sentence that opens with a name and an apposition or a relative clause, then "turned" right before the age: "Long, a former Marine from Kansas City, Missouri, turned", "Long, who's from Kansas City, Missouri, turned". */
const TURNED_AFTER_APPOSITION = /^\W*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+,\s+(?:a|an|the|who['’]s|who\s+(?:is|was))\s+[^;]{1,90}?,\s+(?:who\s+)?turned\s+$/u;
/** A home town told after a name, before what tells the age: " of Kansas City", " of Hope Mills, N.C.". */
const HOME_TOWN = /^\s+of\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}(?:,\s*(?:\p{Lu}[\p{L}.]*\s*){1,2})?(?=,)/u;
const AGE_AFTER_NAME = /^(?:\s*,?\s*(?:Jr|Sr)\.?|\s*,?\s*(?:II|III|IV))?\s*(?:,|\()?\s*(?:(?:who\s+)?(?:is|was|turned)\s+)?(?:also\s+|only\s+|just\s+)?(?:an?\s+|aged?\s+)?$/;
/** What may stand between an age and the name told after it: "-year-old" and capitalised titles ("Senior Trooper"). */
const AGE_BEFORE_NAME = /^(?:[\s-]*years?[\s-]+old)?[\s,]*(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/** The charge a count of charges is of: "two counts of second-degree murder" -> "murder"; null when the number counts no charges. */
export function chargeOfCounts(text: string, q: Pick<Quantity, 'span' | 'unit'>): string | null {
  const unitIsCount = /^counts?$/i.test(q.unit ?? '');
  // "one count each of first- and second-degree manslaughter": the suspended degree is no charge.
  const after = text.slice(q.span[1], q.span[1] + 100).replace(/\b(?:first|second|third)-\s+(?:and|or)\s+/gi, '');
  // "three counts of criminal vehicular homicide", "one count of attempted willful, deliberate, premeditated murder": every word that
  // qualifies a charge is passed over, commas between them too, to the charge's own noun.
  const m = /^\s*(counts?\s+)?(?:each\s+)?of\s+(?:(?:(?:first|second|third)[\s-]+degree|attempted|aggravated|felony|capital|criminal|involuntary|voluntary|vehicular|sexual|first|second|third|willful|wilful|deliberate|premeditated|reckless|negligent|simple|armed|grand|petty|unlawful|illegal|domestic|indecent|felonious|malicious|forcible|lewd|wanton|carnal)(?:\s*,)?[\s-]+)*(\p{Ll}[\p{Ll}-]+)/u.exec(after);
  // "two murder charges and one kidnapping charge": the charge named before "charges".
  // "five attempted murder charges": the words before "charges" name the charge, less words that name none.
  const before = /^((?:\p{Ll}[\p{Ll}-]+\s+){0,2}?\p{Ll}[\p{Ll}-]+)\s+charges?$/u.exec(q.unit ?? '') ?? (q.unit ? null : /^\s*(\p{Ll}[\p{Ll}-]+)\s+charges?\b/u.exec(after));
  const named = before?.[1]?.split(/\s+/).filter((w) => !/^(?:the|new|more|other|further|federal|state|criminal|additional|similar|those|these)$/.test(w)).join(' ');
  if (named) return named;
  if (!m || (!unitIsCount && !m[1])) return null;
  // "intent to murder", "possession of a firearm": a charge named by a noun and its complement is the whole phrase (its last word tells it apart).
  const rest = /^\s+(to\s+\p{Ll}[\p{Ll}-]+|of\s+(?:an?\s+)?(?:(?:stolen|loaded|illegal|controlled|concealed|deadly)\s+)?\p{Ll}[\p{Ll}-]+)/u.exec(after.slice(m.index + m[0].length));
  // "one count of attempted murder": an attempt is a charge of its own, never a count of the deed's charge.
  const attempted = /\battempted\b/i.test(m[0]) ? 'attempted ' : '';
  // "one count of terroristic threats", "one count of child endangerment": a word that only qualifies the charge's noun after it.
  const noun = CHARGE_NOUN_AFTER.exec(after.slice(m.index + m[0].length));
  return `${attempted}${rest ? `${m[2]} ${rest[1].replace(/\s+/g, ' ')}` : noun ? `${m[2]} ${noun[1]}` : m[2]}`;
}

/** The noun of a charge right after a word that qualifies it ("terroristic threats", "child endangerment", "animal cruelty"). */
const CHARGE_NOUN_AFTER = /^\s+(threats?|endangerment|abuse|neglect|cruelty|assault|battery|homicide|murder|manslaughter|molestation|pornography|trafficking|conduct|mischief|trespass(?:ing)?|robbery|burglary|theft|fraud|possession|harassment|stalking|intimidation|imprisonment|restraint|kidnapping|arson|rape)\b/u;

/** "found guilty of", "was convicted of", "pleaded guilty to" before counts in their clause, with no charge word after it: counts of a verdict, not of charges. */
const CONVICTED_BEFORE = /\b(?:convicted(?!\s+(?:murderer|felon|killer|sex|rapist|criminal|offender|drug))|guilty|acquitted)\b(?![^;:]*\b(?:charged|charges|indicted|accused|faces|facing)\b)[^;:.]*$/i;

/** Whether counts of a charge are counts a court found (convicted of, found guilty of), not counts charged. */
export function convictedCounts(text: string, q: Pick<Quantity, 'span'>, sentenceStart: number): boolean {
  const lead = text.slice(Math.max(sentenceStart, q.span[0] - 120), q.span[0]);
  // "pleaded not guilty to two counts": a plea of not guilty names the charges.
  return CONVICTED_BEFORE.test(lead) && !/\bnot\s+guilty\b[^;:.]*$/i.test(lead);
}

/** Measures that count people only. */
/** Whether the rest of an article tells the people a missing count names (by its noun's last word) found, dead or alive. */
function foundLater(rest: string, unit: string | null): boolean {
  const head = (unit ?? '').trim().split(/\s+/).at(-1)?.replace(/[^\p{L}]/gu, '');
  if (!head) return false;
  return new RegExp(String.raw`\b(?:found|located|recovered|discovered)\b[^.;]{0,60}\b${head}\b[^.;]{0,60}\b(?:dead|deceased|bodies|alive|safe|unharmed)\b|\b${head}\b[^.;]{0,40}\b(?:were|was|have\s+been|had\s+been)\s+(?:later\s+)?found\b`, 'iu').test(rest);
}

/** Right after a bare age ("a 7-year-old"): the verb of one who fires a gun, at someone or by pulling the trigger. */
const SHOOTER_AFTER_AGE = /^\s+(?:(?:\p{Ll}+ly|then|also)\s+)?(?:shot|shoots|fired|fires)\s+(?:\p{Lu}|(?:his|her|their|the|a|an|that|this)\s|(?:him|her|them)\b)|^\s+(?:(?:\p{Ll}+ly|then|also)\s+)?(?:pulled|pulls)\s+(?:the\s+)?trigger\b|^\s+used\s+(?:his|her|their|a|the)\s+(?:\p{Ll}+\s+)?(?:gun|rifle|pistol|handgun|shotgun|weapon)\s+to\s+shoot\b/u;
/** Right before a bare age: the one a shot came from ("shot by another 5-year-old"). */
const SHOT_BY_BEFORE = /\b(?:shot|killed|wounded)\s+by\s+(?:another|an?|the)\s+$/i;

/** After an arrest's count, in its sentence: those held let go ("but later released", "and were released without charges"). */
const RELEASED_AFTER = /^[^;]*?\b(?:but|and)\s+(?:(?:was|were|has|have|had|been|later|since|then|all|both|each|subsequently)\s+)*released\b/i;

/** Counted nouns that name things, never people: a count of them takes no casualty or arrest measure. */
const THING_NOUN = /\b(?:boats?|ships?|vessels?|skiffs?|trawlers?|tankers?|vehicles?|cars?|trucks?|buses|planes?|aircraft|buildings?|houses?|homes?|shops?|weapons?|rifles?|guns?|tons?|tonnes?|games|matches|fights|bouts|starts|seasons|races|innings)$/i;

/** A clause boundary that sets what follows against what came before: "but", "however", a dash, a semicolon. */
const CONTRAST = /\b(?:but|however|yet|although|though|while|whereas)\b|[;—–]|\s-\s/i;

const COMPASS = String.raw`(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?`;
/** "64 kilometres north of Anchorage", "15 miles (24 km) outside Detroit", "about 25 miles from Houston": the place a distance is told from, named right after it. */
const DISTANCE_FROM = new RegExp(String.raw`^[\s-]*(?:\([^()]{0,30}\)\s*)?(?:(?:${COMPASS}\s+(?:of|from)|${COMPASS}|from|outside(?:\s+of)?|away\s+from|off)\s+)(the\s+)?(?:(?:town|city|village|port|island|capital|state|county)\s+of\s+)?((?:(?:St|Ft|Mt)\. )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})(?=( \p{Ll})?)`, 'u');

/**
 * The place a distance is told from, read from the words right after it, whether or not the name was
 * read as a place: distances from one place told in miles and in kilometres are one subject.
 */
export function distanceFrom(text: string, at: number, end: number): Because<string | null> | null {
  const m = DISTANCE_FROM.exec(text.slice(at, Math.min(end, at + 90)));
  // "13 nautical miles from the Indian warship": a name that qualifies a noun after "the" names no place.
  if (!m || (m[1] && m[3])) return null;
  const name = m[2].replace(/['’]s$/, '');
  return /^(?:The|A|An|His|Her|Their|Its)$/.test(name) ? null : because<string | null>(name, 'place/distance-from');
}

/** A quantity told by a vague plural alone, with no digit: "dozens of", "tens of thousands", "hundreds". */
/** A counterfactual perfect right before a figure: "would have had", "could have killed", "wouldn't have been"; not an age a person would have reached ("would have turned 21"). */
const COUNTERFACTUAL = /\b(?:would|could)(?:\s+not|n['’]t)?\s+(?:have|['’]ve)\s+(?!turned\b|celebrated\b|been\s+\d)(?:[\p{L}-]+\s+){1,3}(?:(?:an?|the|some|about|around|nearly|at\s+least|more\s+than|another)\s+)*$/iu;
const VAGUE_PLURAL = /^\W*(?:(?:tens|hundreds|thousands|dozens|scores)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions|billions)\b(?![^\d]*\d)/i;

/** The two names before "both" ("Capt. Tom Tennant and Senior Trooper William Hakim, both"), each as its last two words. */
export function namesBeforeBoth(lead: string): string[] {
  const name = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}'’-]+`;
  const m = new RegExp(`(${name})\\s+and\\s+(?:\\p{Ll}+\\s+){0,2}(${name}),?\\s*both\\s*$`, 'u').exec(lead);
  if (!m) return [];
  return [m[1], m[2]].map((n) => n.split(/\s+/).filter((w) => !/\.$/.test(w)).slice(-2).join(' '));
}

/** A common noun of a person right after capitalised words: the words are a place or a team, not the person's name ("a 35-year-old New Bedford man"). */
/** A verb of saying right after a name: the name is a speaker ("..., Myers said"), no apposition of a person before it. */
/** A clause's verb of an act, its object, then the times it was done: "hosted the ceremony", "did it", "has won the title". */
// The verb nearest the figure, told by its doer (not "being shot", not "who punched him").
const TIMES_ACT = /^(?:(?!\b(?:who|which|that)\b).)*?\b(?<!\b(?:be|being|been|was|were|is|are|get|got|gotten)\s)(\p{Ll}{2,}ed|did|done|won|ran|led|held|took|made|hit|beat|shot|struck)\s+(?:(?!and\b|but\b|or\b|who\b|which\b|that\b)[\p{L}'’.-]+\s+){1,6}(?:(?:at\s+least|more\s+than|about|nearly|some|already)\s+)?$/su;

/**
 * The one sentenced to a term told at `at`: the object of "sentenced" ("sentenced Ramos to"), else the name that opens the
 * clause or its apposition ("His co-defendant, Jeffrey Ramos, was sentenced"), as its last word; null where none is named.
 */
function sentencedOne(input: ClaimInput, idx: SentenceIndex, sentence: Sentence, si: number, at: number): string | null {
  const lead = input.text.slice(sentence.span[0], at);
  // Only a person the sentence names ("sentenced Wednesday to", "Maximum penalty ... is" name no one).
  const person = (name: string | null | undefined) => (name && idx.entities[si].some((i) => input.entities[i]!.type === 'person' && input.entities[i]!.text.replace(/['’]s$/, '').split(/\s+/).at(-1) === name) ? name : null);
  const object = person(/\bsentenc(?:ed|es|ing)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(\p{Lu}[\p{L}'’-]+)\s+to\s+(?:serve\s+)?(?:a\s+|an\s+)?$/u.exec(lead)?.[1]);
  if (object) return object;
  if (!/\b(?:was|were|is|are|be|been|being|get|gets|got|received|receives|receive|serve|serves|serving|given)\b/i.test(lead)) return null;
  const named = person(namedClauseSubject(sentence, at));
  if (named) return named;
  // A name set off by commas right before the clause's verb: "His co-defendant, Jeffrey Ramos, was sentenced".
  return person(/,\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(\p{Lu}[\p{L}'’-]+)\s*,\s*(?:who\s+[^,]*,\s*)?(?:was|were|is|has\s+been|had\s+been)\b[^,;]*$/u.exec(lead)?.[1]);
}

const SAYS_AFTER = /^['’]?\s*(?:said|says|told|tells|added|adds|stated|explained|noted|confirmed|reported|wrote)\b/i;
const PERSON_NOUN_AFTER = /^\s+(?:man|woman|men|women|boy|girl|resident|native|teen|teenager|youth|mother|father|driver|student|worker|employee|officer|player)\b/i;

/** Nouns that describe an unnamed person of a story by what they are ("a 2-year-old boy", "the 30-year-old driver", "a man, 30,"). */
const DESCRIBED_PERSON = String.raw`(man|woman|men|women|children|boy|girl|male|female|child|toddler|baby|infant|teen|teenager|juvenile|youth|student|driver|passenger|motorist|pedestrian|cyclist|suspect|victim|gunman|shooter|mother|father|resident|neighbou?r|officer|deputy|trooper|worker|employee|customer|clerk|cashier|homeowner|veteran|grandmother|grandfather|girlfriend|boyfriend|fianc[eé]e?|roommate|passer-?by|bystander|patient|inmate|security\s+guard|guard|actress|actor|singer|rapper|comedian|model|star|player|coach|pitcher|quarterback|receiver|forward|striker|boxer|fighter|champion|senior|junior|freshman|sophomore|rookie|official|executive|lawmaker|senator|politician|doctor|surgeon|neurosurgeon|nurse|teacher|pastor|priest|author|writer|journalist|reporter|correspondent|host|director|producer|musician|mobster|boss|businessman|businesswoman)`;
const DESCRIBED_AFTER_AGE = new RegExp(String.raw`^[\s-]*(?:years?[\s-]*old)?\s+(?:(?!(?:was|were|is|are|who|and|or|by|with|to|in|at|of|on|had|has|from|for|said)\b)[\p{Ll}-]+\s+){0,2}?${DESCRIBED_PERSON}s?\b`, 'iu');
const DESCRIBED_BEFORE_AGE = new RegExp(String.raw`\b(?:a|an|the|another)\s+(?:[\p{Ll}-]+\s+)?${DESCRIBED_PERSON}(?:\s*(?:,|\()\s*(?:aged?\s+)?|\s+(?:is|was)\s+(?:only\s+|just\s+)?)$`, 'iu');

/**
 * The unnamed person an age describes ("a 2-year-old boy" -> "boy", "the 30-year-old man" -> "man",
 * "a woman, 62," -> "woman"): the age is that person's, not a rival of another person's. Null when the
 * age is told bare ("the 4-year-old").
 */
export function describedOfAge(text: string, span: readonly [number, number], sentenceStart = 0): string | null {
  const after = DESCRIBED_AFTER_AGE.exec(text.slice(span[1], span[1] + 40));
  if (after && /year|old/i.test(text.slice(span[0], span[1] + 12))) return after[1].toLowerCase().replace(/\s+/g, ' ');
  const before = DESCRIBED_BEFORE_AGE.exec(text.slice(Math.max(sentenceStart, span[0] - 40), span[0]));
  return before ? before[1].toLowerCase().replace(/\s+/g, ' ') : null;
}

/** Words before an age that make its person anyone of that age: "any", "every", "no", "the average", "like any other". */
const GENERIC_PERSON = /\b(?:any|every|no|the\s+(?:average|typical)|your\s+(?:average|typical)|a\s+(?:normal|typical))(?:\s+other)?\s+$/i;
/** Kin counted by a number: "two young children", "three older sisters", "6 grandchildren". */
/**
 * A named person and the relative clause told of them up to a figure of their own tally: "Thomas Greer, who held the seat
 * for " (group 1 ends at the name); a verb of serving, holding, winning, having or making, not one of overseeing others'
 * work ("Bradlee, who oversaw almost 400 stories").
 */
const RELATIVE_OF_NAME = /^(.*\p{Lu}[\p{L}'’-]+),\s+who\s+(?:(?:also|had|has|have|once|previously|already|only|never)\s+)*(?:served|serves|held|holds|won|wins|had|has|spent|played|plays|coached|scored|started|appeared|made|wrote|earned|recorded|posted|compiled|logged|missed|lost)\s+(?:[\p{Ll}'’-]+\s+){0,4}$/u;
const OWN_KIN_AFTER = /^[\p{L}\d]+\s+(?:(?:other|older|younger|young|little|small|adult|grown|beautiful)\s+){0,2}(?:children|kids|sons|daughters|brothers|sisters|siblings|grandchildren|grandsons|granddaughters|nephews|nieces|cousins|stepchildren|boys|girls)\b/iu;
/** The side a margin in the standings is measured against: "behind first-place Phoenix", "ahead of the Cubs". */
const STANDINGS_RIVAL = /^\s+(behind|back\s+of|ahead\s+of|clear\s+of)\s+(?:(?:the|first-place|second-place|third-place|division-leading|league-leading|conference-leading)\s+)*((?:\p{Lu}[\p{L}.'’-]*\s*){1,3})/u;
/** The words after a margin told as "behind" or "ahead of" the side named right after it ("behind Phoenix"), or null. */
function standingsRival(after: string): string | null {
  const m = STANDINGS_RIVAL.exec(after);
  return m ? `${/^ahead|^clear/i.test(m[1]!) ? 'ahead of' : 'behind'} ${m[2]!.trim().replace(/\.$/, '')}` : null;
}
/** The words of a count of people by what befell them, for a change of that count ("rise in people shot"). */
const PEOPLE_HARMED_WORDS: Record<string, string> = { killed: 'people killed', injured: 'people injured', shot: 'people shot', arrested: 'arrests', missing: 'people missing', displaced: 'people displaced', evacuated: 'people evacuated' };
/** A thing as the subject of an age told after "was": "Her mid-sized sedan was only about", "the house is nearly". */
const THING_WAS_AGED = /\b(?:car|sedan|SUV|truck|van|vehicle|minivan|pickup|motorcycle|bike|boat|plane|house|home|building|church|bridge|tree|gun|rifle|pistol|handgun|shotgun|weapon|company|business|store|restaurant|law|tradition|dog|cat|horse)\s+(?:was|is|had\s+been|has\s+been)\s+(?:(?:only|just|about|nearly|almost|roughly|around|more\s+than|less\s+than|over|under)\s+)*$/i;
/** "if it's a", "whether he is an": an age told of a person only supposed. */
/** A verb of winning or losing right before a count of games: "winning", "has won", "lost just". */
const GAMES_WON_BEFORE = /\b(?:won|wins|winning|win|lost|losing|loses|lose)\s+(?:(?:just|only|about|nearly|more\s+than|over|at\s+least|almost)\s+)?$/i;
const SUPPOSED_PERSON = /\b(?:if|whether|unless)\s+(?:it|he|she|they|you)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were|\s+be)\s+an?\s+$/i;

/** "Ford's 30-year-old mark", "his 30-year hold on the record": a record's age, in lower case only (not "40-year-old Mark Short"). */
const AGED_MARK = /^[\s-]*(?:year-old\s+|years?\s+)?(?:mark|hold)\b/;
/**
 * "a 33-year-old school record", "a 40-year-old family business": a thing's age told with a word or two before its noun,
 * where the noun ends its phrase (not "a 30-year-old school bus driver", whose last noun is a person).
 */
const AGED_THING_MODIFIED = /^[\s-]*(?:year-old\s+)?(?:[\p{Ll}-]+\s+){1,2}(?:record|mark|case|law|building|house|tradition|company|business|franchise|rivalry|feud|dispute|ban|streak|drought|restaurant|church|bridge)(?=\s*(?:[,.;:)!?]|$)|\s+(?:of|in|at|for|that|which|was|is|has|had|and|on|by|with|set|held|from|to|when|after|before)\b)/u;
const AGED_THING = /^[\s-]*(?:year-old\s+)?(?:(?:double|triple|unsolved|cold|old)\s+)*(?:case|murder|murders|mystery|law|building|house|home|record|tradition|company|business|car|vehicle|tree|church|bridge|crime|killing|killings|slaying|slayings|homicide|investigation|feud|dispute|war|conflict|rivalry)\b/i;

/**
 * The capitalised name an age is told with when the entity pass found none: "61-year-old Sharron
 * Diane Crawford Smith", "Sharron Diane Crawford Smith, age 61". Two to five capitalised words.
 */
export function nameNextToAge(text: string, span: readonly [number, number], sentenceStart = 0): string | null {
  const after = /^(?:-year-old|\s*-\s*year\s*-\s*old)?[ ]+((?:\p{Lu}[\p{L}'’.-]*[ ]+){1,4}\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(span[1], span[1] + 60));
  if (after && !/year-old|-year/.test(text.slice(span[0], span[1])) && !/^-?year-old|^\s*-\s*year/.test(text.slice(span[1], span[1] + 12))) return null;
  // "a 35-year-old New Bedford man": capitalised words before a common noun of a person are a place, not a name.
  if (after) return PERSON_NOUN_AFTER.test(text.slice(span[1] + after[0].length, span[1] + after[0].length + 20)) ? null : after[1].trim();
  const lead = text.slice(Math.max(sentenceStart, span[0] - 60), span[0]);
  // ("Rodney Patrick Jr., 22": the generation is part of the name.)
  // ("Teixeira, who turns 29 in April", "Teixeira -- who will turn 29", "Teixeira will be 29 in April": an age still to come.)
  const before = /((?:\p{Lu}[\p{L}'’.-]*[ ]+){0,4}\p{Lu}[\p{L}'’-]+(?:,?[ ]+(?:Jr|Sr)\.?|[ ]+(?:II|III|IV))?)(?:(?:,|[ ]+(?:-[ ]*)+|[ ]*[—–])[ ]*(?:aged?[ ]+|then[ ]+|who[ ]+(?:(?:just[ ]+)?turned|turns|will[ ]+turn)[ ]+)?|[ ]+(?:(?:just|had|has)[ ]+)?turned[ ]+|[ ]+(?:turns|will[ ]+(?:turn|be))[ ]+)$/u.exec(lead);
  // "Orozco of Hawaiian Gardens, 29", "a resident of East Flatbush, 46": a place told after a preposition is where the person is from, not the person.
  if (before && /\b(?:of|from|in|at|near|on)\s+(?:the\s+)?$/i.test(lead.slice(0, before.index))) return null;
  // "Another, 25, was transported ...", "One, 19, was shot": a word that stands for someone told before opens no name.
  if (before && NO_NAME_WORD.test(before[1]!.trim())) return null;
  return before ? withGivenName(text, Math.max(sentenceStart, span[0] - 60) + before.index + (before[1].length - before[1].trimStart().length), before[1].trim()) : null;
}

/**
 * An unattributed figure that the same article attributes elsewhere takes that origin: the same value of the same
 * measure ("Two teenagers have been charged" takes no speaker from "leaving the boy with his two brothers, Davis said").
 */
function adoptRepeatedOrigins(claims: Claim[]): void {
  const attributed = new Map<string, Claim>();
  // An open-tail measure says little of what is counted: "lost five of their last seven games" and "at least five
  // candidates, Emery said" are two figures; its subject is part of the figure too.
  const keyOf = (c: Claim) => `${c.measure.value}|${c.unitClass}|${JSON.stringify(c.value)}${c.measure.value.startsWith('other:') ? `|${c.subject.value.toLowerCase()}` : ''}`;
  for (const c of claims) if (c.attribution !== undefined && c.value !== undefined && !attributed.has(keyOf(c))) attributed.set(keyOf(c), c);
  for (const c of claims) {
    if (c.origin.rule !== 'origin/outlet-unattributed' || c.value === undefined) continue;
    const source = attributed.get(keyOf(c));
    // An age is one person's: "30-year-old Harrison Marshman Jr." takes no speaker from "if it's a 30-year-old" in a quote.
    if (source && c.measure.value === 'age' && source.subject.value.toLowerCase() !== c.subject.value.toLowerCase()) continue;
    if (source) {
      c.origin = because(source.origin.value, 'origin/repeated-in-article');
      c.attribution = source.attribution;
    }
  }
}

/** Words of a signing or a contract. */
const DEAL_WORDS = /\b(?:contract|deal|signed|signing|signs|agreed|extension)\b/i;

/**
 * Whether a sentence's people are only others than the article's main person (the person it names most, at least three
 * times): "The Phillies signed Raul Ibanez ..." in an article about Teixeira. Counted by each person's last name.
 */
function otherPartysDeal(input: ClaimInput, sentenceEntities: readonly number[]): boolean {
  const last = (i: number) => mentionName(input.entities, i).split(/\s+/).at(-1)!.toLowerCase();
  const people = sentenceEntities.filter((i) => input.entities[i].type === 'person');
  if (people.length === 0) return false;
  const counts = new Map<string, number>();
  for (let i = 0; i < input.entities.length; i++) if (input.entities[i].type === 'person') counts.set(last(i), (counts.get(last(i)) ?? 0) + 1);
  const [main, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (n < 3) return false;
  return people.every((i) => last(i) !== main && (counts.get(last(i)) ?? 0) <= 2);
}

/**
 * The one hit, told right before "was shot": a name ("McNeal was shot", "Kevin Richardson was shot") or a noun phrase
 * from its article ("the teen was shot", "a 19-year-old man was shot"); null for a pronoun or anything else.
 */
/** "Platte, a community of around 1,200 residents": the size of a place told in apposition to it. */
const SIZED_APPOSITION = /,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:community|town|city|village|county|borough|suburb|township|hamlet|parish|island|nation|country)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|fewer\s+than|less\s+than|over|just\s+over|just\s+under|under)\s+)?$/u;

/** The place a size is of when told in apposition to it ("Platte, a community of around 1,200 residents about 110 miles west of Sioux Falls"), or null. */
function sizedPlace(text: string, sentence: Sentence, q: Quantity, entities: readonly EntityMention[], candidates: readonly number[]): Because<string | null> | null {
  const before = text.slice(sentence.span[0], q.span[0]);
  const m = SIZED_APPOSITION.exec(before);
  if (!m) return null;
  const at = sentence.span[0] + m.index;
  const place = candidates.map((i) => ({ e: entities[i], i })).find(({ e }) => e.type === 'place' && e.span[1] === at);
  if (place) return because<string | null>(mentionName(entities, place.i), 'place/sized-in-apposition');
  // A small town the entity pass does not know: the capitalised words right before the comma.
  const words = /(?:^|\s)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})$/u.exec(text.slice(sentence.span[0], at));
  return words && !/^(?:The|A|An|It|This|That|He|She|They)$/.test(words[1]!) ? because<string | null>(words[1]!, 'place/sized-in-apposition') : null;
}

/**
 * A person named right before the verb that charges them (a home town, or a relative clause set off by commas, may
 * follow the name), with the count to come: "Oliver is also charged with", "Hasmeek Coles, was charged with murder,",
 * "Anthony LaSalle of Bloomington was charged", "Burke, who was taken to Grant Medical Center, has been charged",
 * "Nelven Salas, 18, of the 100 block of Rugby Street in Pemberton Township, was charged".
 */
const CHARGED_NAME = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:,?\s+(?:of|from)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:\s+in\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?)?(?:,\s+(?:who|whose)\s[^,;]{1,80},)?,?(?:\s+\d{1,3},)?(?:\s+(?:of|from)\s+[^,;]{1,80},)?\s+(?:(?:is|was|were|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+)?(?:also\s+)?(?:being\s+)?(?:charged|indicted|arraigned)(?:\s+\p{L}+)?\s+(?:with|on)\b[^.;]*$/u;

/** The surname of the person a count of a charge is against, told before it in its sentence, or null ("Stanley Greene of Hazelwood Drive in Charleston is charged with": Greene). */
export function chargedWho(before: string): string | null {
  const m = CHARGED_NAME.exec(before);
  if (!m) return null;
  // "He's charged with": a pronoun, with its verb's contraction, names no one.
  const words = m[1]!.split(/\s+/).map((w) => w.replace(/['’]s$/, '').replace(/-\p{Ll}.*$/u, '')).filter((w) => !/^(?:The|A|An|He|She|They|It|We|Both|Police|Prosecutors|Authorities)$/.test(w));
  return words.length > 0 ? words.at(-1)! : null;
}

function shotTimesWho(before: string): string | null {
  const m = /\s(?:was|were|had\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?shot\s+$/u.exec(before);
  if (!m) return null;
  const words = before.slice(0, m.index).split(/\s+/).filter(Boolean);
  let k = words.length;
  while (k > 0 && words.length - k < 3 && /^\p{Lu}[\p{L}'’-]*$/u.test(words[k - 1]!) && !/^(?:He|She|They|It|The|A|An)$/.test(words[k - 1]!)) k--;
  if (k < words.length) return words.slice(k).join(' ');
  for (let j = words.length - 1; j >= Math.max(0, words.length - 4); j--) {
    if (/^(?:the|a|an)$/i.test(words[j]!)) return words.slice(j).join(' ').replace(/^(?:The|A|An)\b/, (d) => d.toLowerCase());
  }
  return null;
}

/** Hurt people told right after the dead in one sentence: "and two others with gunshot wounds", "and three people wounded". */
const HURT_BESIDE_DEAD = /^[^;]*?\band\s+(?:(?:\w+|\d+)\s+)?(?:others?|people|victims|men|women|persons)\b[^;.]*?\b(?:wounds?|wounded|injur\w*|hurt)\b/i;
