// Finds the unit after a number: lexicon units (longest match), per-rates, hyphen compounds and counted-noun phrases.
import { CURRENCY_PREFIXES, CURRENCY_WORDS, GLUED_ONLY_PREFIXES, MEASURE_UNITS, NOUN_CLASSES, type UnitClass, type UnitEntry } from './units.js';
import { gluedBefore, keyOf, type QToken } from './tokens.js';
import { SMALL, TENS, SCALES } from './numbers.js';

export interface UnitMatch {
  unit: string;
  cls: UnitClass;
  /** Token index just after the unit. */
  end: number;
  /** First token of the unit as written. */
  start: number;
  /** Whether the unit came from a lexicon (a measure, currency or classed noun), not a guessed noun. */
  known: boolean;
  rule: string;
}

interface Index {
  cs: Map<string, UnitEntry>;
  ci: Map<string, UnitEntry>;
  maxTokens: number;
}

/** Lexicon lookup tables, built once from the static unit data. */
const INDEX: Index = (() => {
  const cs = new Map<string, UnitEntry>();
  const ci = new Map<string, UnitEntry>();
  for (const e of [...MEASURE_UNITS, ...CURRENCY_WORDS]) {
    for (const f of e.forms) {
      const isCs = e.cs === true || /[A-Z]/.test(f);
      if (isCs) { if (!cs.has(f)) cs.set(f, e); } else if (!ci.has(f)) ci.set(f, e);
    }
  }
  return { cs, ci, maxTokens: 5 };
})();

const NOUN_CLASS: Map<string, UnitClass> = new Map(NOUN_CLASSES.flatMap(([cls, words]) => words.map((w) => [w, cls] as [string, UnitClass])));
const PREFIX_MAP: Map<string, string> = new Map(CURRENCY_PREFIXES);

/** Single-character forms that may stand apart from the number ("5 %", "30 °"). */
const SPACED_SYMBOLS = new Set(['%', '°', 'º']);
/** Units whose forms are English words too often to take spaced after a bare number. */
const WORD_CLASH = new Set(['won', 'dong', 'rand', 'cups', 'lira']);

/** Currency mark ending right before token `i`: returns its currency and first token, or null. */
export function currencyBefore(toks: QToken[], i: number): { currency: string; start: number } | null {
  for (let len = 3; len >= 1; len--) {
    const s = i - len;
    if (s < 0) continue;
    // the mark must touch the number, or sit one space before it for letter codes ("USD 5", "US $84")
    const raw = keyOf(toks, s, i, true);
    // marks with a currency symbol may be written in lower case ("hk $", "c $") by lower-cased text
    const key = PREFIX_MAP.has(raw) || !/^(hk|us|nz|au|sg|c) ?\$$/.test(raw) ? raw : raw.toUpperCase();
    const touching = gluedBefore(toks, i);
    const cur = PREFIX_MAP.get(key);
    if (cur === undefined) continue;
    // spaced from the number: symbols ("$ 75") and three-letter codes ("USD 5"), never glued-only marks
    if (!touching && (GLUED_ONLY_PREFIXES.has(key) || !(/^[A-Z]{3}$/.test(key) || /[^\p{L}\s.]$/u.test(key)))) continue;
    // "A $103.1 million sum": a sentence's opening article before a dollar amount, not the Australian dollar.
    if (key === 'A $' && (s === 0 || toks[s].lineStart || /^[.!?"“(:;]$/.test(toks[s - 1]!.text))) continue;
    // a letter prefix must not be the end of a longer word ("APS5")
    if (toks[s].kind === 'word' && gluedBefore(toks, s) && toks[s - 1]?.kind === 'word') continue;
    return { currency: cur, start: s };
  }
  return null;
}

/** The longest lexicon unit starting at token `j` (right after the number ending at token `j - 1`). */
export function lexiconUnit(toks: QToken[], j: number, value: number, scale: number): UnitMatch | null {
  const glued = gluedBefore(toks, j);
  for (let len = Math.min(INDEX.maxTokens, toks.length - j); len >= 1; len--) {
    const end = j + len;
    // a unit ends at a word boundary: not followed by glued letters ("m" in "minutes" is a token of its own)
    if (toks[end] && gluedBefore(toks, end) && toks[end].kind === 'word' && toks[end - 1].kind === 'word') continue;
    const exact = keyOf(toks, j, end, true);
    // short forms keep their case ("G" is not "g", "MM" is not "mm")
    const lower = exact.toLowerCase();
    const e = INDEX.cs.get(exact) ?? (exact.length > 2 || exact === lower ? INDEX.ci.get(lower) : undefined);
    if (!e) continue;
    // a prime or quote followed by "s" is a possessive ("2022′s"), not feet or inches
    if (/^['’′"”″]$/.test(toks[j].text) && toks[j + 1]?.lower === 's' && gluedBefore(toks, j + 1)) continue;
    // two apostrophes close a quotation in plain-text typing ("Ekawat Nava 5''"): not feet
    if (/^['’]$/.test(toks[j].text) && /^['’]/.test(toks[j + 1]?.text ?? '') && gluedBefore(toks, j + 1)) continue;
    if (len === 1 && toks[j].text.length === 1 && !glued && !SPACED_SYMBOLS.has(toks[j].text)) continue;
    if ((toks[j].text === "'" || toks[j].text === '"' || toks[j].text === '’' || toks[j].text === '”') && !glued) continue;
    if (!glued && WORD_CLASH.has(exact.toLowerCase()) && scale === 1 && value < 100) continue;
    let unit = e.unit;
    let cls = e.cls;
    // "pounds" is money with a scale ("5 million pounds") or "sterling"; otherwise mass
    if (unit === 'pound-mass' && scale >= 1e6) { unit = 'GBP'; cls = 'money'; }
    return { unit, cls, start: j, end, known: true, rule: 'unit/lexicon' };
  }
  return null;
}

/** Denominators of rates: "$3500 a month", "$21.25 per square foot", "52,000 barrel-a-day". */
const RATE_DENOMS: Record<string, string> = {
  second: 'second', minute: 'minute', hour: 'hour', day: 'day', night: 'night', week: 'week', month: 'month', year: 'year',
  annum: 'year', share: 'share', gram: 'gram', kilogram: 'kilogram', kg: 'kilogram', ounce: 'ounce', pound: 'pound', barrel: 'barrel',
  gallon: 'gallon', litre: 'litre', liter: 'litre', ton: 'ton', tonne: 'tonne', person: 'person', capita: 'capita', head: 'head',
  game: 'game', unit: 'unit', mile: 'mile', kilometre: 'kilometre', kilometer: 'kilometre', km: 'kilometre', kwh: 'kilowatt hour',
  'square foot': 'square foot', 'square metre': 'square metre', 'square meter': 'square metre', 'sq ft': 'square foot', seat: 'seat',
  household: 'household', student: 'student', employee: 'employee', tablet: 'tablet', dose: 'dose', vehicle: 'vehicle', troop: 'troop',
};
const RATE_CLASSES = new Set<UnitClass>(['money', 'volume', 'mass', 'energy', 'count', 'data', 'persons', 'munitions', 'equipment']);

/** Extends a unit by a rate ("per day", "a month", "/kg", "-a-day"); returns the new end or `k`. */
export function rateAfter(toks: QToken[], k: number, m: UnitMatch): UnitMatch {
  if (!RATE_CLASSES.has(m.cls)) return m;
  let p = k;
  const t = toks[p];
  if (!t) return m;
  if (t.lower === 'per' || t.lower === 'a' || t.lower === 'an' || t.text === '/' || t.lower === 'each') {
    p++;
    if (toks[p]?.text === '-' && gluedBefore(toks, p)) p++;
  } else if (t.text === '-' && toks[p + 1]?.lower === 'a' && toks[p + 2]?.text === '-' && gluedBefore(toks, p + 1)) p += 3;
  else return m;
  for (const len of [2, 1]) {
    if (p + len > toks.length) continue;
    const key = keyOf(toks, p, p + len);
    const d = RATE_DENOMS[key];
    // "a year earlier", "a week ago" date the amount; they are not rates
    if (d && ['earlier', 'ago', 'before', 'later', 'previously', 'prior'].includes(toks[p + len]?.lower ?? '')) return m;
    if (d) return { ...m, unit: `${m.unit} per ${d}`, end: p + len, rule: m.rule + '+rate' };
  }
  return m;
}

/** Words that end a counted-noun phrase after a number. */
const STOP = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'into', 'onto', 'over', 'under', 'than', 'besides', 'towards', 'afterwards', 'always', 'perhaps', 'sometimes', 'whereas', 'unless', 'nearby', 'alongside', 'outside', 'inside', 'beside',
  'and', 'or', 'but', 'nor', 'so', 'as', 'if', 'because', 'while', 'when', 'where', 'which', 'who', 'whom', 'whose', 'that',
  'this', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'i', 'his', 'her', 'their', 'our',
  'my', 'your', 'them', 'us', 'him', 'me', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does',
  'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'ago', 'later', 'earlier',
  'each', 'apiece', 'more', 'less', 'fewer', 'last', 'next', 'said', 'says', 'say', 'told', 'according', 'about', 'around',
  'after', 'before', 'since', 'until', 'during', 'between', 'among', 'against', 'through', 'per', 'via', 'also', 'already',
  'still', 'just', 'only', 'even', 'then', 'now', 'yet', 'all', 'both', 'either', 'neither', 'such', 'what', 'how', 'why',
  'up', 'down', 'out', 'off', 'away', 'back', 'again', 'too', 'very', 'across', 'toward', 'towards', 'plus', 'minus',
  'including', 'like', 'unlike', 'within', 'upon', 'whereas', 'whether', 'though', 'although', 'unless', 'thus', 'hence',
  'respectively', 'versus', 'vs', 'worth', 'old', 'long', 'high', 'wide', 'deep', 'tall', 'away', 'ahead', 'behind', 'there',
  'is', 'percent', 'times', 'since', 'another',
  // common verbs in -s that follow a counted noun ("19 fouls proves")
  'proves', 'shows', 'means', 'makes', 'takes', 'gives', 'comes', 'goes', 'seems', 'remains', 'includes', 'becomes', 'looks',
  'needs', 'wants', 'helps', 'allows', 'requires', 'represents', 'brings', 'puts', 'gets', 'keeps', 'leaves', 'sees', 'knows',
  'thinks', 'costs', 'lasts', 'marks', 'follows', 'suggests', 'accounts', 'amounts', 'equals', 'exceeds', 'stands', 'reflects', 'some', 'any', 'many', 'much', 'most', 'several', 'few',
]);
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'grandchildren', 'stepchildren', 'police', 'personnel', 'staff', 'cattle', 'feet', 'teeth', 'mice', 'geese', 'data', 'media', 'crew', 'infantry', 'aircraft', 'livestock', 'sheep', 'deer', 'fish', 'clergy', 'youth', 'dead', 'wounded', 'injured', 'elderly', 'homeless']);
const NOT_PLURAL = /(ss|us|is|ous|ics|'s|’s)$/;

/** Words that, after a plural of people, tell their state ("three women injured"). */
const CASUALTY_STATE = new Set(['dead', 'wounded', 'injured']);
/** Plural heads of people a state word may follow. */
const PERSON_HEADS = new Set(['people', 'men', 'women', 'children', 'persons', 'adults', 'males', 'females', 'boys', 'girls', 'teens', 'teenagers', 'juveniles', 'victims', 'others', 'officers', 'students', 'civilians', 'soldiers']);

/** Box-score abbreviations written the same for one or many: home runs, runs batted in, touchdowns. */
const STAT_ABBREVIATION = new Set(['HR', 'RBI', 'TD']);

function isPluralWord(t: QToken): boolean {
  if (t.kind !== 'word') return false;
  if (IRREGULAR_PLURALS.has(t.lower) || NOUN_CLASS.has(t.lower)) return true;
  // "RBIs", "DUIs", "IEDs": an acronym's plural takes a lower-case s, whatever letters end the acronym.
  if (/^\p{Lu}{2,}s$/u.test(t.text)) return true;
  // "203 HR, 676 RBI": a box score's abbreviations count in the singular.
  if (STAT_ABBREVIATION.has(t.text)) return true;
  return t.lower.length >= 3 && t.lower.endsWith('s') && !NOT_PLURAL.test(t.lower) && !STOP.has(t.lower);
}

function isNumberWord(w: string): boolean {
  return w in SMALL || w in TENS || w in SCALES || w === 'dozen' || w === 'half';
}

/** Class of a counted noun phrase from its last one or two words. */
export function nounClass(words: string[]): UnitClass {
  const n = words.length;
  const two = n >= 2 ? `${words[n - 2]} ${words[n - 1]}` : '';
  return NOUN_CLASS.get(two) ?? NOUN_CLASS.get(words[n - 1]) ?? NOUN_CLASS.get(words[n - 1] + 's') ?? 'count';
}

/**
 * A counted-noun phrase starting at token `j`: "North Korean soldiers", "special operations forces", "Kia and Hyundai vehicles".
 * The head is the last plural (or classed) word before the phrase ends; `singular` allows a singular head (after "one").
 */
/** Upper-case initials that modify a noun, as tokens from `k`: "U.S." (4 tokens), "U.K.", "US", "UK", "UN", "EU"; else 0. */
function initialsAt(toks: QToken[], k: number): number {
  const t = toks[k];
  if (!t || t.kind !== 'word') return 0;
  if (/^(?:US|UK|UN|EU)$/.test(t.text)) return 1;
  let n = 0;
  while (toks[k + n]?.kind === 'word' && /^\p{Lu}$/u.test(toks[k + n]!.text) && toks[k + n + 1]?.text === '.' && gluedBefore(toks, k + n + 1)) n += 2;
  return n >= 4 ? n : 0;
}

export function nounRun(text: string, toks: QToken[], j: number, max: number, singular: boolean, compound = false): UnitMatch | null {
  let head = -1;
  let k = j;
  let words = 0;
  while (k < toks.length && words < max) {
    const t = toks[k];
    // "made 11 3-pointers", "11 three-pointers": a shot named by its worth is the counted noun.
    if (k === j && /^(?:3|three)$/i.test(t.text) && toks[k + 1]?.text === '-' && gluedBefore(toks, k + 1) && /^pointers$/.test(toks[k + 2]?.lower ?? '') && gluedBefore(toks, k + 2)) { head = k + 2; k += 3; words++; continue; }
    // "six AK-47 rifles", "two F-16 jets", "three Boeing 747 jets": a model's number after its capitalised name is part of the
    // name, and the phrase goes on to the counted noun.
    // `name` is the model's name token, `num` its number's.
    const model = (name: number, num: number) => name >= j && toks[name]?.kind === 'word' && /^\p{Lu}[\p{L}]{0,6}$/u.test(toks[name].text) && toks[num]?.kind === 'num' && /^\d{1,4}$/.test(toks[num].text) && toks[num + 1]?.kind === 'word' && !isNumberWord(toks[num + 1].lower);
    if (t.text === '-' && gluedBefore(toks, k) && gluedBefore(toks, k + 1) && model(k - 1, k + 1)) { k += 2; continue; }
    if (model(k - 1, k)) { k++; continue; }
    // "18.7 million U.S. viewers", "3,000 US troops": a country's or a body's initials before the counted noun.
    const initials = initialsAt(toks, k);
    if (initials > 0 && toks[k + initials]?.kind === 'word') { k += initials; words++; continue; }
    if (t.kind !== 'word') {
      // hyphenated words continue the phrase ("short-range", "anti-tank")
      if (t.text === '-' && gluedBefore(toks, k) && toks[k + 1]?.kind === 'word' && gluedBefore(toks, k + 1)) { k++; continue; }
      break;
    }
    const w = t.lower;
    if (w === 'and' || w === '&') {
      // "Kia and Hyundai vehicles": only before a capitalised word, and only if a plural head follows
      // A phrase never starts with "and" ("killing one and injuring one" counts no "and injuring").
      if (head >= 0 || k === j || toks[k + 1]?.kind !== 'word') break;
      k++;
      continue;
    }
    // "13 fully loaded magazines", "23 heavily armed pirates": an adverb of the participle that describes the counted noun.
    const adverbOfParticiple = /ly$/.test(w) && w.length > 4 && head < 0 && toks[k + 1]?.kind === 'word' && /(?:ed|en)$/.test(toks[k + 1]!.lower) && toks[k + 2]?.kind === 'word' && isPluralWord(toks[k + 2]!);
    // "three other nearby students": "nearby" before a noun describes it.
    const nearbyNoun = w === 'nearby' && toks[k + 1]?.kind === 'word' && !STOP.has(toks[k + 1]!.lower) && !isNumberWord(toks[k + 1]!.lower);
    if ((STOP.has(w) && !nearbyNoun) || isNumberWord(w) || (/ly$/.test(w) && w.length > 4 && !adverbOfParticiple) || w.length < 2) break;
    if (head >= 0 && /(ing|ed)$/.test(w) && !isPluralWord(t)) break;
    // "three women injured", "two men dead": the state of the people counted, not a noun of the phrase.
    if (head >= 0 && CASUALTY_STATE.has(w) && PERSON_HEADS.has(toks[head].lower)) break;
    if (isPluralWord(t)) head = k;
    k++;
    words++;
  }
  // "one male and two female victims": an "and" no plural head followed is no part of the phrase.
  if (head < 0 && k > j + 1 && (toks[k - 1].lower === 'and' || toks[k - 1].text === '&')) k--;
  if (head < 0 && singular && k > j && toks[k - 1].kind === 'word') head = k - 1;
  // "12 page document", "3 cylinder engine": a singular noun used as a measure word before another noun
  if (head < 0 && compound && words >= 2 && /^\p{Ll}/u.test(toks[j].text) && toks[j + 1]?.kind === 'word' && /^\p{Ll}/u.test(toks[j + 1].text) && !/(est|er|ed|ing|al|ic|ive|ous|ful|less|able|ible)$/.test(toks[j].lower) && !gluedBefore(toks, j + 1)) {
    const unit = toks[j].lower;
    return { unit, cls: nounClass([unit]), start: j, end: j + 1, known: NOUN_CLASS.has(unit + 's'), rule: 'unit/noun-modifier' };
  }
  if (head < 0) return null;
  const start = toks[j].start;
  const end = toks[head].end;
  const phrase = text.slice(start, end).replace(/\s+/g, ' ');
  const lowerWords = phrase.toLowerCase().split(/[\s]+/);
  return { unit: phrase, cls: nounClass(lowerWords), start: j, end: head + 1, known: NOUN_CLASS.has(lowerWords[lowerWords.length - 1]), rule: 'unit/noun' };
}

/** "3-inch", "five-year", "12-page", "four-cylinder": a unit joined to the number by a hyphen. */
export function hyphenUnit(toks: QToken[], j: number, value: number, lexiconOnly = false): UnitMatch | null {
  // "16- year-old Shakur Franklin", "a 17 -year-old boy": an age whose hyphen lost its space on one side is still an age.
  if (toks[j]?.text === '-' && toks[j + 1]?.kind === 'word' && (gluedBefore(toks, j) || gluedBefore(toks, j + 1))) {
    const age = lexiconUnit(toks, j + 1, value, 1);
    if (age?.cls === 'age') return { ...age, start: j + 1, rule: 'unit/hyphen-lexicon' };
  }
  if (toks[j]?.text !== '-' || !gluedBefore(toks, j) || !gluedBefore(toks, j + 1) || toks[j + 1]?.kind !== 'word') return null;
  // "a 480-nautical-mile corridor", "a 2,000-square-foot home": a unit of two words hyphenated as one.
  if (toks[j + 2]?.text === '-' && gluedBefore(toks, j + 2) && gluedBefore(toks, j + 3) && toks[j + 3]?.kind === 'word') {
    const two = INDEX.ci.get(`${toks[j + 1].lower} ${toks[j + 3].lower}`) ?? INDEX.ci.get(`${toks[j + 1].lower} ${toks[j + 3].lower}s`);
    if (two) return { unit: two.unit, cls: two.cls, start: j + 1, end: j + 4, known: true, rule: 'unit/hyphen-lexicon' };
  }
  // "a three-story structure", "a two-storey building": the building's height in storeys, in words or digits.
  if (/^(?:story|storey|storied|storeyed)$/.test(toks[j + 1].lower)) return { unit: 'storey', cls: 'count', start: j + 1, end: j + 2, known: true, rule: 'unit/storeys' };
  const lex = lexiconUnit(toks, j + 1, value, 1);
  if (lex) return { ...lex, start: j + 1, rule: 'unit/hyphen-lexicon' };
  const w = toks[j + 1];
  if (lexiconOnly) return null;
  if (STOP.has(w.lower) || isNumberWord(w.lower) || w.lower === 'odd' || w.lower === 'plus') return null;
  // "12-page", "four-cylinder"; the singular noun is the unit
  return { unit: w.lower, cls: nounClass([w.lower]), start: j + 1, end: j + 2, known: NOUN_CLASS.has(w.lower) || NOUN_CLASS.has(w.lower + 's'), rule: 'unit/hyphen-noun' };
}
