// Walks the tokens once and builds quantities: sign, currency, number, unit, range, approximation and change.
import type { Approximation, Change, Quantity } from '../../model/analysis.js';
import { approxAfter, approxBefore, changeBefore, compileCues } from './context.js';
import { isAbbreviatedYear, isClockOrSlash, isDatePart, isLabel, isListMarker, isMonth, isOrdinalOrDecade, isYear, phoneEnd } from './filters.js';
import { currencyBefore, hyphenUnit, lexiconUnit, nounRun, rateAfter, type UnitMatch } from './attach.js';
import { readNumber, SMALL, type NumberCore } from './numbers.js';
import type { QuantityOptions } from './options.js';
import { gluedBefore, tokenize, type QToken } from './tokens.js';
import type { UnitClass } from './units.js';

/** One side of a quantity: sign and currency mark, number, unit. */
interface Simple {
  /** First token (sign or currency mark included). */
  start: number;
  core: NumberCore;
  value: number | [number, number];
  unit: UnitMatch | null;
  /** Currency from a mark before the number. */
  money: string | null;
  /** One past the last token (unit included). */
  end: number;
  rule: string;
}

interface Ctx {
  text: string;
  toks: QToken[];
  o: QuantityOptions;
  approxB: ReturnType<typeof compileCues<Approximation>>;
  approxA: ReturnType<typeof compileCues<Approximation>>;
  up: Set<string>;
  down: Set<string>;
  skip: Set<string>;
  weak: Set<string>;
}

/** Words before "one" that make it a pronoun ("the one", "each one", "no one"). */
const ONE_PRONOUN = new Set(['the', 'each', 'any', 'every', 'no', 'this', 'that', 'which', 'another', 'only', 'last', 'first', 'other', 'someone', 'anyone', 'a', 'everyone']);
const PARTITIVE_DETS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'these', 'those', 'them', 'us']);
/** Verbs before "one" / a change word that mark a range as a range, not a change ("ranging from 5 to 10"). */
const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'final', 'last', 'other', 'latter', 'former', 'opening', 'closing', 'better', 'bottom', 'top', 'back', 'front']);
const STREET = new Set(['st', 'street', 'road', 'rd', 'ave', 'avenue', 'way', 'blvd', 'boulevard', 'lane', 'ln', 'drive', 'dr', 'place', 'pl', 'court', 'ct', 'terrace', 'crescent', 'square', 'parkway', 'highway', 'hwy']);

/** Up to four capitalised words then a street word: "Zorro Ranch Road", "E 71st St". */
function isAddress(toks: QToken[], j: number): boolean {
  for (let k = j; k < j + 5 && k < toks.length; k++) {
    const t = toks[k];
    if (t.kind === 'num' && gluedBefore(toks, k + 1)) { k++; continue; }
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return false;
    if (k > j && STREET.has(t.lower)) return true;
  }
  return false;
}

/** Nouns of a group of people counted after "of": "a family of five", "a group of four". */
const GROUP_NOUNS = new Set(['family', 'group', 'party', 'household']);
/** Nouns of a toll whose number follows ("the death toll to three", "the number of fatalities at four"). */
/** Participles of people counted right after "the number": "the number recaptured", "the number evacuated". */
const COUNTED_PARTICIPLES = new Set(['arrested', 'recaptured', 'captured', 'detained', 'rescued', 'evacuated', 'killed', 'injured', 'hurt', 'missing', 'dead']);
const TOLL_NOUNS = new Set(['toll', 'fatalities', 'deaths', 'dead', 'victims', 'casualties', 'injured', 'wounded', 'injuries']);
const TOLL_LINKS = new Set(['to', 'at', 'of', 'is', 'was', 'reached', 'hit']);
const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'when']);

/**
 * A number that counts people though no noun follows it: the size of a group ("a family of five",
 * "a group of four") or the value of a toll ("bringing the death toll in the shooting to three",
 * "the number of fatalities rose to four", "a death toll of two"). Returns the rule, or null.
 */
export function peopleBefore(toks: QToken[], at: number): string | null {
  // "rose to at least seven", "a toll of about five": the toll's link stands before the number's approximation.
  let start = at;
  if (/^(?:least|most)$/.test(toks[start - 1]?.lower ?? '') && toks[start - 2]?.lower === 'at') start -= 2;
  else if (/^(?:about|nearly|almost|around|roughly|approximately|some)$/.test(toks[start - 1]?.lower ?? '')) start -= 1;
  else if (toks[start - 1]?.lower === 'than' && /^(?:more|fewer|less)$/.test(toks[start - 2]?.lower ?? '')) start -= 2;
  const link = toks[start - 1];
  if (!link || link.kind !== 'word') return null;
  if (link.lower === 'of' && GROUP_NOUNS.has(toks[start - 2]?.lower ?? '') && /^(?:a|an|the|his|her|their|this|that)$/i.test(toks[start - 3]?.text ?? '')) return 'unit/group-of';
  if (!TOLL_LINKS.has(link.lower)) return null;
  // The toll's noun phrase may run long before its verb ("the death toll from Tuesday's earthquake in western Mirovia
  // has risen to five"); a clause's end, another number or a conjunction ends the search.
  for (let k = start - 2; k >= Math.max(0, start - 16); k--) {
    const t = toks[k];
    if (t.kind === 'sym' && /^[.;:!?,]$/.test(t.text)) return null;
    if (t.kind === 'num') return null;
    // "the toll from floods in Swat and nearby districts climbed to": "and" after a name joins places, not clauses.
    if (t.kind === 'word' && CLAUSE_JOINS.has(t.lower) && !(t.lower === 'and' && /^\p{Lu}/u.test(toks[k - 1]?.text ?? ''))) return null;
    // "a toll of" / "toll to": the toll noun itself, or "the number of dead".
    if (TOLL_NOUNS.has(t.lower) && (t.lower === 'toll' || toks[k - 1]?.lower === 'of' || toks[k - 1]?.lower === 'death')) return 'unit/toll-value';
    // "bringing the number recaptured to five": the number of people a participle tells of.
    if (t.lower === 'number' && COUNTED_PARTICIPLES.has(toks[k + 1]?.lower ?? '')) return 'unit/toll-value';
  }
  return null;
}

/** Whether the number at `i` is the value a count moved from: "up from two", "down from eight". */
function movedFromAt(toks: QToken[], i: number): boolean {
  return toks[i - 1]?.lower === 'from' && /^(?:up|down|rising|falling|risen|fallen|rose|fell)$/.test(toks[i - 2]?.lower ?? '');
}

/** Verbs of killing or hurting whose object a bare number word can be: "killing three", "wounded two". */
const CASUALTY_VERBS = new Set(['killing', 'killed', 'kills', 'wounding', 'wounded', 'wounds', 'injuring', 'injured', 'injures']);
/**
 * "opened fire, killing three and injuring several others": a number word right after a verb of killing or hurting,
 * with nothing after it in its clause, counts the people killed or hurt.
 */
export function victimsOfVerb(toks: QToken[], start: number, end: number): string | null {
  if (!CASUALTY_VERBS.has(toks[start - 1]?.lower ?? '')) return null;
  const next = toks[end];
  return !next || (next.kind === 'sym' && /^[.,;:]$/.test(next.text)) || next.lower === 'and' || next.lower === 'but' || AFTER_VICTIMS.test(next.lower) ? 'unit/victims-of-verb' : null;
}

/**
 * Words that may follow the bare number of people a casualty verb takes and open what comes next, not a noun of the number:
 * "injured three before shooting himself", "killed two in a drive-by", "wounded four Tuesday".
 */
const AFTER_VICTIMS = /^(?:before|after|when|while|during|in|at|inside|outside|near|overnight|early|late|last|yesterday|today|tonight|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Verbs a crowd is told with, right after its number ("10,000 gathered", "5,000 marched"). */
const CROWD_VERBS = /^(?:gathered|marched|rallied|protested|demonstrated|assembled|attended|massed|converged|joined|turned)$/;

const DECADE_WORD = /^(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/;

/** Whether the number at `i` (its number ends before `j`) is a word size before a noun: "64-bit Windows", "32- and 64-bit versions". */
function wordSizeLabel(toks: QToken[], i: number, j: number): boolean {
  const sizeAt = (k: number) => toks[k]?.kind === 'num' && toks[k + 1]?.text === '-' && /^bits?$/.test(toks[k + 2]?.lower ?? '') && gluedBefore(toks, k + 2) && toks[k + 3]?.kind === 'word';
  if (j !== i + 1) return false;
  if (sizeAt(i)) return true;
  // "32- and 64-bit": the first size's hyphen waits for the noun of the second.
  return toks[i + 1]?.text === '-' && /^(?:and|or|to)$/.test(toks[i + 2]?.lower ?? '') && sizeAt(i + 3);
}

/** Verbs of dying before "at N" or "at the age of N". */
const DIED = new Set(['died', 'dies', 'die', 'dying', 'dead', 'passed']);
/**
 * Whether a bare number is the age someone died at: "died Thursday at 91", "dies at 91", "died at the age of 95",
 * "died at age 80" (a verb of dying at most three words before "at"); not a clock time ("died at 12:45 p.m.").
 */
/** Verbs that set a count at a number ("put at 30", "stood at 24", "estimated at 100"), no age. */
const TOLL_AT = new Set(['put', 'puts', 'placed', 'places', 'set', 'sets', 'estimated', 'estimates', 'pegged', 'stood', 'stands', 'stand', 'fixed', 'rose', 'risen', 'climbed', 'reached', 'remained', 'remains', 'toll', 'number', 'count', 'tally']);

/** Verbs of a turn in a life that "at" and a bare number after them date by age: "first arrested at 17", "married at 19". */
const LIFE_EVENT = new Set(['arrested', 'married', 'retired', 'enlisted', 'emigrated', 'graduated', 'debuted', 'drafted', 'orphaned', 'widowed', 'convicted', 'elected', 'ordained', 'knighted', 'baptized', 'baptised', 'retiring', 'marrying', 'debuting', 'enlisting', 'emigrating', 'graduating']);

function ageAtDeath(toks: QToken[], start: number, end: number, verbs: ReadonlySet<string> = DIED): boolean {
  let k = start - 1;
  if (toks[k]?.lower === 'of' && toks[k - 1]?.lower === 'age' && toks[k - 2]?.lower === 'the') k -= 3;
  else if (toks[k]?.lower === 'age') k -= 1;
  if (toks[k]?.lower !== 'at') return false;
  const next = toks[end];
  const clock = next && (next.text === ':' || (next.text === '.' && toks[end + 1]?.kind === 'num') || /^(?:am|pm|o['’]clock|hours?|minutes?)$/.test(next.lower) || (/^[ap]$/.test(next.lower) && toks[end + 1]?.text === '.'));
  if (clock) return false;
  for (let j = k - 1, left = 4; j >= 0 && left > 0; j--, left--) {
    // "The number of dead was put at 30", "the toll stood at 24": a count of the dead told by a verb of reckoning.
    if (TOLL_AT.has(toks[j].lower)) return false;
    if (verbs.has(toks[j].lower)) return true;
    // ("before retiring in 1962 at 29": the year of the turn, told before the age, is passed over.)
    if (toks[j].kind === 'num' && /^\d{4}$/.test(toks[j].text) && toks[j - 1]?.lower === 'in') { j--; left++; continue; }
    if (toks[j].kind !== 'word') return false;
  }
  return false;
}

const RANGE_VERBS = new Set(['range', 'ranges', 'ranged', 'ranging', 'vary', 'varies', 'varying', 'varied', 'anywhere', 'somewhere']);

export function scanQuantities(text: string, o: QuantityOptions): Quantity[] {
  const toks = tokenize(text);
  const ctx: Ctx = {
    text, toks, o,
    approxB: compileCues(o.approxBefore),
    approxA: compileCues(o.approxAfter),
    up: new Set(o.changeUp), down: new Set(o.changeDown), skip: new Set(o.changeSkip), weak: new Set(o.changeWeak),
  };
  const out: Array<Quantity & { first: number; last: number }> = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (t.kind === 'num') {
      const pe = phoneEnd(toks, i);
      if (pe > 0) { i = pe; continue; }
      if (isListMarker(toks, i)) { i += 2; continue; }
    }
    if (t.kind === 'sym') { i++; continue; }
    // a score: "2-1", "89-89" (first not below second, both small integers)
    if (t.kind === 'num' && /^\d{1,3}$/.test(t.text) && toks[i + 1]?.text === '-' && toks[i + 2]?.kind === 'num' && gluedBefore(toks, i + 1) && gluedBefore(toks, i + 2) && /^\d{1,3}$/.test(toks[i + 2].text) && Number(t.text) >= Number(toks[i + 2].text) && Number(t.text) < 200 && !(toks[i + 3]?.kind === 'word' && gluedBefore(toks, i + 3))) { i += 3; continue; }
    const q = readQuantity(ctx, i);
    if (q === 'skip' || q === null) { i++; continue; }
    if (q.q) out.push(q.q);
    i = Math.max(q.next, i + 1);
  }
  markFromChanges(ctx, out);
  return out.map(({ first: _f, last: _l, ...q }) => q);
}

/**
 * A capitalised number word inside running text, before another capitalised word, begins a name:
 * "in Albuquerque's Four Hills neighborhood", "near the Five Points station". Running text shows by a
 * lower-case word of four or more letters (not a preposition or conjunction, which headlines write lower-case)
 * among the four words before it, so sentence starts and
 * title-case headlines ("Man Charged with Two Counts of Murder") still count.
 */
const HEADLINE_LOWER = new Set('with from into onto near over upon than that this after about under amid among along across around after before behind during since until while where when against between through toward towards inside outside'.split(' '));

function beginsName(toks: QToken[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  // "Four Hills", "ONE News": a capitalised or all-capital number word.
  if (!/^\p{Lu}(?:\p{Ll}|\p{Lu}+$)/u.test(t.text) || !next || t.lineStart) return false;
  if (next.kind !== 'word' || !/^\p{Lu}/u.test(next.text) || gluedBefore(toks, i + 1)) return false;
  for (let k = i - 1, seen = 0; k >= 0 && seen < 4; k--) {
    const w = toks[k];
    if (w.kind !== 'word') {
      if (w.text === '.' || w.text === '!' || w.text === '?' || w.lineStart) break;
      continue;
    }
    seen++;
    if (/^\p{Ll}{4,}$/u.test(w.text) && !HEADLINE_LOWER.has(w.text)) return true;
    if (w.lineStart) break;
  }
  return false;
}

/** Reads a sign, a currency mark, a number and its unit at number token `i` (or number word). */
function readSimple(c: Ctx, i: number, allowBare: boolean): Simple | 'skip' | null {
  const { toks, o } = c;
  const t = toks[i];
  // A word reads as a number or not whatever precedes it (a currency mark only changes how digits read): most words end here.
  if (t.kind === 'word' && readNumber(toks, i, false) === null) return null;
  if (t.kind === 'word' && beginsName(toks, i)) return 'skip';
  let start = i;
  let neg = false;
  // sign: "-5 yards", "minus 387", "minus-1.4", "$-50.8bn"
  const p = toks[i - 1];
  if (t.kind === 'num' && p && (p.text === '-' || p.text === '−') && gluedBefore(toks, i)) {
    const pp = toks[i - 2];
    if (!pp || !gluedBefore(toks, i - 1) || pp.lower === 'minus' || pp.text === '$' || pp.text === '(') {
      neg = true;
      start = pp?.lower === 'minus' ? i - 2 : i - 1;
    }
  } else if (p?.lower === 'minus' && !gluedBefore(toks, i)) {
    neg = true;
    start = i - 1;
  }
  const cur = currencyBefore(toks, start === i ? i : start);
  const curBeforeSign = cur ?? (neg && toks[start - 1] ? currencyBefore(toks, start) : null);
  const money = curBeforeSign ? (curBeforeSign.currency === 'USD' ? o.dollar : curBeforeSign.currency) : null;
  if (curBeforeSign) start = curBeforeSign.start;
  const core = readNumber(toks, i, money !== null);
  if (!core) return null;
  // "the nineteen seventies": a number word before a decade's word names the decade, not a count.
  if (core.kind === 'words' && DECADE_WORD.test(toks[core.j]?.lower ?? '')) return 'skip';
  // "32- and 64-bit versions", "64-bit Windows": a word size told before a noun names a kind of machine or program, not a figure.
  if (wordSizeLabel(toks, i, core.j)) return 'skip';
  // "14 of 35 3-pointers", "five three-pointers": a shot named by its worth is a kind of shot, no count of three.
  if (toks[core.j]?.text === '-' && gluedBefore(toks, core.j) && /^pointers?$/.test(toks[core.j + 1]?.lower ?? '') && gluedBefore(toks, core.j + 1)) return 'skip';
  if (t.kind === 'num') {
    if (isClockOrSlash(toks, i, core.j) || isOrdinalOrDecade(toks, i, core.j) || isAbbreviatedYear(toks, i, core.j)) return 'skip';
    if (core.plainInt && Number(t.text) <= 31 && isDatePart(toks, i, core.j)) return 'skip';
    // glued letters that are neither unit nor scale: "5G", "3D"
  }
  let value: number | [number, number] = core.value;
  if (neg && typeof value === 'number') value = -value;
  const v1 = typeof value === 'number' ? value : value[0];
  // "one" as a pronoun or in "one of the"
  if (t.lower === 'one' && core.j === i + 1) {
    const nx = toks[i + 1]?.lower;
    if (nx === 'of' && !o.oneOfThe) return 'skip';
    if (nx === 'another' || nx === 'day' || nx === 'time' || nx === 'way' || nx === 'thing' || nx === 'hand' || nx === 'point') return 'skip';
    if (p && ONE_PRONOUN.has(p.lower)) return 'skip';
  }
  let unit: UnitMatch | null = null;
  let end = core.j;
  let rule = core.rule;
  if (money) {
    unit = { unit: money, cls: 'money', start: core.j, end: core.j, known: true, rule: 'unit/currency-mark' };
  } else {
    unit = hyphenUnit(toks, core.j, v1, core.words) ?? lexiconUnit(toks, core.j, v1, core.scale);
    // glued unknown letters after digits make a name, not a quantity ("5G", "3D")
    if (!unit && t.kind === 'num' && toks[core.j]?.kind === 'word' && gluedBefore(toks, core.j)) return 'skip';
    if (!unit && core.kind !== 'fraction') {
      if (core.kind === 'vague' && toks[core.j]?.lower === 'of') {
        // "dozens of people", "hundreds of miles"
        unit = lexiconUnit(toks, core.j + 1, v1, 1) ?? nounRun(c.text, toks, core.j + 1, o.nounRunMax, false);
      } else if (toks[core.j]?.lower === 'of' && toks[core.j + 1]) {
        // partitive: "12,000 of its special forces", "Two of Johnson's deputies"
        const d = toks[core.j + 1];
        const after = PARTITIVE_DETS.has(d.lower) || /['’]s$/.test(d.lower) ? core.j + 2 : -1;
        // "four of them were shot": people of a set told before, counted by the harm that follows.
        if ((d.lower === 'them' || d.lower === 'us') && core.kind === 'words' && HARMED_AFTER.test(c.text.slice(d.end, d.end + 40))) {
          unit = { unit: 'people', cls: 'persons', start: core.j + 2, end: core.j + 2, known: true, rule: 'unit/partitive-of-pronoun' };
        }
        if (after > 0 && !(d.lower === 'them' || d.lower === 'us')) {
          const n = nounRun(c.text, toks, after, o.nounRunMax, false);
          if (n) { unit = { ...n, rule: 'unit/partitive' }; }
          // "four of the five victims were shot to death": a part in words of a whole counted in words is the part's count, of the whole's noun.
          const whole = !n && core.kind === 'words' && d.lower === 'the' ? readNumber(toks, after, false) : null;
          const wn = whole && whole.kind === 'words' && typeof whole.value === 'number' && whole.value > v1 ? nounRun(c.text, toks, whole.j, o.nounRunMax, false) : null;
          if (wn) { unit = { ...wn, rule: 'unit/partitive-of-count' }; }
        }
      } else if (toks[core.j]?.lower === 'more' && toks[core.j + 1]?.kind === 'word') {
        // "three more people were wounded": people counted beside others told before; "more" is no part of the noun.
        const n = nounRun(c.text, toks, core.j + 1, o.nounRunMax, false);
        if (n && n.cls === 'persons') unit = { ...n, rule: 'unit/noun-after-more' };
      } else {
        unit = nounRun(c.text, toks, core.j, o.nounRunMax, v1 === 1, t.kind === 'num');
        // "three 19-year-old men were shot": an age between a number word and its noun of people tells of the people
        // counted; the age is read as a quantity of its own after the count.
        const aged = !unit && core.kind === 'words' ? ageModifierEnd(toks, core.j) : -1;
        const n = aged > 0 ? nounRun(c.text, toks, aged, o.nounRunMax, false) : null;
        if (n && n.cls === 'persons') unit = { ...n, rule: 'unit/noun-after-age' };
      }
    }
  }
  if (unit) {
    unit = rateAfter(toks, unit.end, unit);
    // the part ends before its whole, which is read as a count of its own ("three of the five victims": 3 and 5)
    end = unit.rule === 'unit/partitive-of-count' || unit.rule === 'unit/noun-after-age' ? core.j : unit.end;
    rule += '|' + unit.rule;
  }
  // fractions: "three-quarters (74.2 percent) of South Koreans"; not "the second half"
  if (core.kind === 'fraction' && t.lower === 'half' && ORDINAL_WORDS.has(p?.lower ?? '')) return 'skip';
  if (core.kind === 'fraction') {
    unit = { unit: 'fraction', cls: 'fraction', start: core.j, end: core.j, known: true, rule: 'unit/fraction' };
    end = core.j;
  }
  // appositive age: "Maddon, 66, has"; "aged 18"
  if (!unit && core.plainInt && v1 > 0 && v1 < 120) {
    const a = toks[start - 1];
    const b = toks[start - 2];
    const n = toks[end];
    // "aged 18", "ranged in age from 46 to 73": a number told after the word for age is an age.
    // "Then 67, Felt celebrated", "Smith, then 23, was": an age told as of a time before, set off by a comma.
    // "one age 21 and the other 28": the other's number after one's age is an age too.
    const otherAged = a?.lower === 'other' && b?.lower === 'the' && toks[start - 3]?.lower === 'and' && toks[start - 4]?.kind === 'num' && /^(?:age|aged)$/.test(toks[start - 5]?.lower ?? '');
    if ((a?.text === ',' && b?.kind === 'word' && /^\p{Lu}/u.test(b.text) && (n?.text === ',' || n?.text === '.')) || a?.lower === 'aged' || (a?.lower === 'then' && n?.text === ',') || otherAged || (a?.lower === 'from' && b?.lower === 'age') || peopleAppositiveAge(toks, start, end)) {
      unit = { unit: 'year of age', cls: 'age', start: end, end, known: true, rule: 'unit/age-appositive' };
      rule += '|unit/age-appositive';
    } else if (a?.lower === 'turned' && b?.lower !== 'have' && b?.lower !== '’ve' && b?.lower !== "'ve" && (!n || /^(?:[.,;:)!?]|on|in|at|last|this|that|the|today|yesterday|and|but|when|while|before|after|earlier|during|years?)$/.test(n.lower))) {
      // "He just turned 40 in April", "Long, a former Marine, turned 29 on Sunday": the number a person turned is their age
      // (not "the index turned 3 lower", nor "would have turned 18").
      unit = { unit: 'year of age', cls: 'age', start: end, end, known: true, rule: 'unit/age-turned' };
      rule += '|unit/age-turned';
    } else if ((a?.lower === 'turns' || (a?.lower === 'turn' && b?.lower === 'will') || (a?.lower === 'be' && b?.lower === 'will' && /^(?:on|in)$/.test(n?.lower ?? '') && isMonth(toks[end + 1]))) && (!n || /^(?:[.,;:)!?]|on|in|next|this|later)$/.test(n.lower))) {
      // "Teixeira, who turns 29 in April", "will turn 29 next month", "will be 29 on April 11": an age still to come, told with
      // the time it will hold (claims.ts dates it then, never now).
      unit = { unit: 'year of age', cls: 'age', start: end, end, known: true, rule: 'unit/age-to-come' };
      rule += '|unit/age-to-come';
    } else if (a?.lower === 'than' && /^(?:younger|older)$/.test(b?.lower ?? '')) {
      // "younger than 18", "older than 65": an age bound, not a count.
      unit = { unit: 'year of age', cls: 'age', start: end, end, known: true, rule: 'unit/age-bound' };
      rule += '|unit/age-bound';
    } else if (ageAtDeath(toks, start, end)) {
      // "died Thursday at 91", "died at the age of 95", "dies at 91": the age a person died at, not a count of the dead.
      unit = { unit: 'year of age', cls: 'age', start: end, end, known: true, rule: 'unit/age-at-death' };
      rule += '|unit/age-at-death';
    } else if (!toks[end] || toks[end]!.kind !== 'word' || /^(?:in|on|and|after|before|when|for|while|but|years?)$/.test(toks[end]!.lower) ? ageAtDeath(toks, start, end, LIFE_EVENT) : false) {
      // "Persico was first arrested at 17 in connection with a killing": the age a turn of a life came at, no count.
      unit = { unit: 'year of age', cls: 'age', start: end, end, known: true, rule: 'unit/age-at-event' };
      rule += '|unit/age-at-event';
    }
  }
  // years: "in 2023", "since 1953", "the 2020 Escape"
  if (core.plainInt && t.kind === 'num' && isYear(v1, t.text, o) && !money && !(unit?.known && unit.cls !== 'time')) return 'skip';
  if (t.kind === 'num' && !money && isLabel(toks, start, core.plainInt, unit?.known === true, o)) return 'skip';
  // "our number one priority", "the number two official": a number word after "number" is a rank, not a count.
  if (core.kind === 'words' && !money && toks[start - 1]?.lower === 'number' && toks[start - 2]?.lower !== 'a') return 'skip';
  // addresses: "49 Zorro Ranch Road", "9 E 71st St"; model names: "787 Dreamliner", "90049 ZIP Code"
  if (!unit && core.plainInt && t.kind === 'num' && !money && (isAddress(toks, end) || (toks[end]?.kind === 'word' && /^\p{Lu}/u.test(toks[end].text) && !gluedBefore(toks, end)))) return 'skip';
  // "a home at 308 Bobby Jones Lane": capitalised words read as the unit are a street's name when a street word ends them.
  if (unit && !unit.known && core.plainInt && t.kind === 'num' && !money && isAddress(toks, unit.start)) return 'skip';
  // roads: "near 635 and Plano Rd", "off 95": a bare number after a word of place names a highway, not a count
  if (!unit && core.plainInt && t.kind === 'num' && !money && /^(?:near|off|along|onto|via)$/.test(toks[start - 1]?.lower ?? '')) return 'skip';
  // jersey numbers and footnotes: "(4)"
  if (!unit && core.plainInt && toks[start - 1]?.text === '(' && toks[end]?.text === ')' && v1 < 100) return 'skip';
  // "a family of five", "bringing the death toll to three": a number word after a group or a toll counts people.
  // Not where a range goes on ("a group of six or seven children").
  if (!unit && (core.kind === 'words' || core.plainInt) && typeof value === 'number' && Number.isInteger(value) && !money && !/^(?:or|to|and|-|–)$/.test(toks[end]?.lower ?? '')) {
    const people = peopleBefore(toks, start) ?? (core.kind === 'words' ? victimsOfVerb(toks, start, end) : null);
    if (people) { unit = { unit: 'people', cls: 'persons', start: end, end, known: true, rule: people }; rule += `|${people}`; }
  }
  // "where 10,000 gathered", "some 5,000 marched": a number told as the subject of a verb of a crowd counts people.
  if (!unit && (core.kind === 'words' || t.kind === 'num') && typeof value === 'number' && Number.isInteger(value) && value >= 10 && !money && CROWD_VERBS.test(toks[end]?.lower ?? '') && !/^(?:to|of|in|by|on|at|from|with|for)$/.test(toks[start - 1]?.lower ?? '')) {
    unit = { unit: 'people', cls: 'persons', start: end, end, known: true, rule: 'unit/crowd-of-verb' };
    rule += '|unit/crowd-of-verb';
  }
  // "killing three and injuring several others": "and" then another verb of hurting goes on to another count, not a range.
  if (!unit && core.kind === 'words' && typeof value === 'number' && Number.isInteger(value) && !money && toks[end]?.lower === 'and' && CASUALTY_VERBS.has(toks[end + 1]?.lower ?? '')) {
    const people = victimsOfVerb(toks, start, end);
    if (people) { unit = { unit: 'people', cls: 'persons', start: end, end, known: true, rule: people }; rule += `|${people}`; }
  }
  // number words need a unit to count ("the two were", "one said"), but for the value a count moved from ("rose to
  // four, up from two"), which is a value of that count.
  if (!unit && core.words && core.kind === 'words' && !allowBare && !movedFromAt(toks, start) && !resultsInARow(toks, start, end)) return null;
  return { start, core, value, unit, money, end, rule };
}

/** A bare number word of results in a row, after their verb: "(have won) four in a row", "(lost) three straight". */
function resultsInARow(toks: QToken[], start: number, end: number): boolean {
  if (!/^(?:won|wins|lost|loses|dropped)$/.test(toks[start - 1]?.lower ?? '')) return false;
  const next = toks[end]?.lower;
  return (next === 'in' && toks[end + 1]?.lower === 'a' && toks[end + 2]?.lower === 'row') || ((next === 'straight' || next === 'consecutive') && toks[end + 1]?.kind !== 'word');
}

/** A verb of harm right after a count of people ("four of them were shot", "two of them died"). */
const HARMED_AFTER = /^\s+(?:(?:were|was|are|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:shot|killed|wounded|injured|hurt|hospitali[sz]ed|struck|hit)|died|remain\s+hospitali[sz]ed)\b/i;

/** The token after an age told before a noun ("19-year-old", "19 year old", "19-years-old") at `k`, else -1. */
function ageModifierEnd(toks: QToken[], k: number): number {
  if (toks[k]?.kind !== 'num' || !/^\d{1,3}$/.test(toks[k]!.text)) return -1;
  let j = k + 1;
  if (toks[j]?.text === '-') j++;
  if (!/^years?$/.test(toks[j]?.lower ?? '')) return -1;
  j++;
  if (toks[j]?.text === '-') j++;
  return toks[j]?.lower === 'old' ? j + 1 : -1;
}

type Read = { q: (Quantity & { first: number; last: number }) | null; next: number };

/** Reads the second half of a range at token `k`, allowing a currency mark before its number ("to $15 billion"). */
function readSecond(c: Ctx, k: number): Simple | null {
  for (let d = 0; d <= 3 && k + d < c.toks.length; d++) {
    const t = c.toks[k + d];
    if (t.kind === 'num' || (d === 0 && t.kind === 'word')) {
      const b = readSimple(c, k + d, true);
      if (b && b !== 'skip' && b.start === k) return b;
      return null;
    }
  }
  return null;
}

const STRONG_CHANGE = new Set<UnitClass>(['percent', 'money', 'score']);

/** Reads a whole quantity starting at token `i`: approximation, range, unit and change. */
function readQuantity(c: Ctx, i: number): Read | 'skip' | null {
  const { toks, o, text } = c;
  const a = readSimple(c, i, true);
  if (a === 'skip' || a === null) {
    // "one or two", "one to two years": "one" may open a range
    if (a === null && toks[i].kind === 'word' && toks[i].lower in SMALL) return rangeOfWords(c, i);
    return a;
  }
  let first = a.start;
  let value = a.value;
  let unit = a.unit;
  let end = a.end;
  let rule = a.rule;
  let change: Change | null = null;
  const cueA = approxBefore(toks, first, c.approxB);
  const cueStart = cueA ? cueA.at : first;
  const before = toks[cueStart - 1]?.lower;
  const chg = changeBefore(toks, cueStart, o, c.up, c.down, c.skip, c.weak, a.unit !== null && STRONG_CHANGE.has(a.unit.cls));
  // "N out of M" and "one in five": a fraction
  const frac = fractionOf(c, a);
  if (frac) return frac;
  // ranges: "between 3,000 and 5,000", "3,000-5,000", "10 to 12", "from 240 to 273", "0-to-60", "7- or 8-inch"
  let k = a.end;
  let w = toks[k]?.lower ?? '';
  const suspended = w === '-' && gluedBefore(toks, k) && ['or', 'to', 'and'].includes(toks[k + 1]?.lower ?? '') && !a.unit;
  if (suspended || (w === '-' && toks[k + 1]?.lower === 'to' && toks[k + 2]?.text === '-')) {
    k += suspended ? 1 : 2;
    w = 'to';
    if (suspended) w = toks[k].lower;
  }
  // "$140- $150 million": a hyphen after an amount, then the second amount's own currency mark.
  const markAfter = w === '-' && a.unit?.rule === 'unit/currency-mark' && /^[$€£¥]$/.test(toks[k + 1]?.text ?? '');
  const dash = (w === '-' || w === '–' || w === '—') && (gluedBefore(toks, k) === gluedBefore(toks, k + 1) || w !== '-' || markAfter);
  const fromish = w === 'to' && before === 'from';
  // "from 2-6 PM", "10 to 11 a.m.": a span of clock times, not a count.
  if ((dash || w === 'to') && toks[k + 1]?.kind === 'num' && isClockOrSlash(toks, k + 1, k + 2) && typeof a.value === 'number' && a.core.plainInt && a.value <= 24) return { q: null, next: k + 2 };
  let b: Simple | null = null;
  if (typeof a.value === 'number' && ((w === 'and' && before === 'between') || w === 'to' || dash || (w === 'or' && (a.core.words || suspended || a.core.plainInt)))) {
    b = readSecond(c, k + 1);
    if (b && typeof b.value === 'number') {
      const bv = b.value;
      let av = a.value;
      // "$10 to $15 billion", "33-35 billion euros": the scale of the second number covers the first
      const aPlain = !a.unit || a.unit.rule === 'unit/currency-mark';
      if (a.core.scale === 1 && b.core.scale > 1 && Math.abs(av) < 1000 && aPlain) av *= b.core.scale;
      const unitA = a.unit?.unit ?? null;
      const unitB = b.unit?.unit ?? null;
      // "$2-3 billion", "$140-150 million": the currency mark of the first number covers the second.
      const markCovers = unitB === null && dash && a.unit?.rule === 'unit/currency-mark' && b.core.scale > 1;
      const unitsAgree = unitA === null || unitA === unitB || markCovers || (unitB !== null && unitB.startsWith(unitA + ' per ')) || (unitB === null && (fromish || a.unit?.rule === 'unit/age-appositive'));
      const isDelta = chg !== null && !fromish && a.unit !== null && a.unit.rule !== 'unit/currency-mark';
      let ok = unitsAgree && !isDelta && !(chg !== null && w === 'to' && !fromish && unitA !== null);
      if (w === 'to' && !fromish && av >= bv) ok = false;
      if (dash && !a.unit && !b.unit?.known && av >= bv && Number.isInteger(av) && Number.isInteger(bv) && av < 200) {
        // a score: "2-1", "89-89"
        return { q: null, next: b.end };
      }
      if (suspended && w === 'or') {
        // "7- or 8-inch": two alternatives sharing the second unit
        unit = b.unit;
        end = a.end;
        ok = false;
        rule += '|unit/shared';
      // "two or three men", "10 or 11 shots": two next numbers are one uncertain count; not "911 or 311", nor digits after words.
      // ("about 8 or $9": a second number with a currency mark the first lacks is told apart.)
      } else if (w === 'or' && !(bv - av === 1 && (b.core.words ? a.core.words : b.core.plainInt && !a.core.words && (b.unit?.rule !== 'unit/currency-mark' || a.unit?.rule === 'unit/currency-mark')))) ok = false;
      if (ok) {
        value = fromish ? [Math.min(av, bv), Math.max(av, bv)] : [av, bv];
        unit = b.unit ?? a.unit;
        end = b.end;
        const rangeRule = w === 'and' ? 'range/between' : fromish ? 'range/from-to' : w === 'or' ? 'range/or' : w === 'to' ? 'range/to' : 'range/dash';
        rule = `${rangeRule}(${a.rule};${b.rule})`;
        const verb = toks[cueStart - 2]?.lower ?? '';
        if (fromish && av !== bv && !RANGE_VERBS.has(verb)) change = av < bv ? 'up' : 'down';
      } else b = null;
    } else b = null;
  }
  if (!unit && a.core.words && a.core.kind === 'words' && !b && !movedFromAt(toks, i) && !resultsInARow(toks, i, a.end)) return null;
  if (!unit && a.core.words && a.core.kind === 'words' && toks[i].lower === 'one') return null;
  const cueB = approxAfter(toks, end, c.approxA);
  if (cueB) end = cueB.at;
  const approx: Approximation | null = cueA?.value ?? cueB?.value ?? null;
  if (cueA) first = cueA.at;
  if (chg) change = chg.value;
  if (cueA) rule += `|approx/${cueA.phrase}`;
  if (cueB) rule += `|approx/${cueB.phrase}`;
  if (chg) rule += `|change/${toks[chg.at].lower}`;
  return { q: build(c, first, Math.max(end, a.core.j), value, unit, approx, change, rule), next: end };
}

function build(c: Ctx, first: number, end: number, value: number | [number, number], unit: UnitMatch | null, approx: Approximation | null, change: Change | null, rule: string): Quantity & { first: number; last: number } {
  const sEnd = c.toks[end - 1].end;
  return {
    text: c.text.slice(c.toks[first].start, sEnd),
    span: [c.toks[first].start, sEnd],
    value,
    unit: unit?.unit ?? null,
    unitClass: unit?.cls ?? 'number',
    approx,
    change,
    rule,
    first,
    last: end,
  };
}

/** "One out of three Germans", "one in five South Koreans", "2 in 3 voters": a fraction. */
function fractionOf(c: Ctx, a: Simple): Read | null {
  const { toks } = c;
  if (typeof a.value !== 'number' || a.unit) return null;
  let k = a.core.j;
  const outOf = toks[k]?.lower === 'out' && toks[k + 1]?.lower === 'of';
  const inN = toks[k]?.lower === 'in' && (a.value === 1 || a.core.words);
  if (!outOf && !inN) return null;
  k += outOf ? 2 : 1;
  const d = readNumber(toks, k, false);
  if (!d || typeof d.value !== 'number' || d.value <= a.value || d.value > 1000 || d.kind !== (a.core.kind === 'digits' ? 'digits' : d.kind)) return null;
  if (inN && !(d.kind === 'words' || /^\d+$/.test(toks[k].text))) return null;
  if (inN && isYearLike(toks[k].text)) return null;
  const unit: UnitMatch = { unit: 'fraction', cls: 'fraction', start: d.j, end: d.j, known: true, rule: 'unit/fraction' };
  return { q: build(c, a.start, d.j, a.value / d.value, unit, null, null, `fraction/${outOf ? 'out-of' : 'in'}`), next: d.j };
}

function isYearLike(t: string): boolean {
  return /^\d{4}$/.test(t);
}

/** "one or two", "three or four years": word numbers joined by "or" as a range. */
function rangeOfWords(c: Ctx, i: number): Read | null {
  const { toks } = c;
  const conn = toks[i + 1]?.lower;
  if ((conn !== 'or' && conn !== 'to') || !toks[i + 2] || !(toks[i + 2].lower in SMALL)) return null;
  const av = SMALL[toks[i].lower];
  const bv = SMALL[toks[i + 2].lower];
  if (conn === 'or' ? bv - av !== 1 : bv <= av) return null;
  const b = readSimple(c, i + 2, true);
  if (b === 'skip' || b === null || !b.unit) return null;
  const first = i;
  const end = b.end;
  const sEnd = toks[end - 1].end;
  return {
    q: {
      text: c.text.slice(toks[first].start, sEnd), span: [toks[first].start, sEnd], value: [av, bv], unit: b.unit?.unit ?? null,
      unitClass: b.unit?.cls ?? 'number', approx: null, change: null, rule: `range/${conn}(words;${b.rule})`, first, last: end,
    },
    next: end,
  };
}

const COMPARE = new Set(['from', 'with', 'versus', 'vs', 'against']);

/**
 * "3.9 million headsets, up from 2.4 million": the direction belongs to the quantity before "up/down from", and a
 * unitless number after "from", "compared with", "versus" takes the unit of the quantity it is compared with.
 */
function markFromChanges(c: Ctx, qs: Array<Quantity & { first: number; last: number }>): void {
  const { toks } = c;
  for (let k = 1; k < qs.length; k++) {
    const q = qs[k];
    let f = q.first - 1;
    if (toks[f]?.lower === 'the') f--;
    const prev0 = qs[k - 1];
    if (q.unit === null && COMPARE.has(toks[f]?.lower ?? '') && prev0.unit !== null && prev0.unitClass !== 'fraction' && typeof q.value === 'number' && q.first - prev0.last <= 12) {
      let sameSentence = true;
      for (let m = prev0.last; m < q.first; m++) if (toks[m].text === '.' || toks[m].text === ';') sameSentence = false;
      if (sameSentence) {
        q.unit = prev0.unit;
        q.unitClass = prev0.unitClass;
        q.rule += '|unit/compared-with';
      }
    }
    if (toks[f]?.lower !== 'from') continue;
    const dir = toks[f - 1]?.lower;
    if (dir !== 'up' && dir !== 'down') continue;
    const prev = qs[k - 1];
    let g = f - 2;
    if (toks[g]?.text === ',') g--;
    if (prev.last - 1 === g && prev.change === null) {
      prev.change = dir;
      prev.rule += `|change/${dir}-from`;
    }
  }
}

/** Nouns of people an age is set after with a comma ("the men, 25 and 17,"; "The victims, 31 and 45, were ..."). */
const AGED_PEOPLE = /^(?:men|women|victims?|boys?|girls?|teens?|teenagers?|brothers?|sisters?|cousins?|suspects?|males?|females?|man|woman|twins|sons?|daughters?|child|children|babies|baby|toddlers?|infants?|husband|wife|wives|fathers?|mothers?|nephews?|nieces?|grandsons?|granddaughters?|stepsons?|stepdaughters?|(?:boy|girl)friends?)$/;
/** Marks that close an age set off after a noun of people: "the victim, 19, died", "and a son, 10 — were". */
const AGE_CLOSE = /^(?:,|—|–|--|;|\))$/;

/**
 * Whether the plain number at `start`..`end` is one of the ages set after a noun of people with a comma: "the men, 25
 * and 17, were", "The victims, 31 and 45, were taken": the first before "and" and a number and a comma, the second
 * after them; one alone between two commas ("the victim, 19, died", "her son, 4, was"), or a comma and a dash ("and a
 * son, 10 — were").
 */
function peopleAppositiveAge(toks: readonly QToken[], start: number, end: number): boolean {
  const a = toks[start - 1];
  const n = toks[end];
  const plain = (t: QToken | undefined) => t?.kind === 'num' && /^\d{1,3}$/.test(t.text);
  if (a?.text === ',' && AGED_PEOPLE.test(toks[start - 2]?.lower ?? '')) return AGE_CLOSE.test(n?.text ?? '') || (n?.lower === 'and' && plain(toks[end + 1]) && AGE_CLOSE.test(toks[end + 2]?.text ?? ''));
  return a?.lower === 'and' && plain(toks[start - 2]) && toks[start - 3]?.text === ',' && AGED_PEOPLE.test(toks[start - 4]?.lower ?? '') && AGE_CLOSE.test(n?.text ?? '');
}
