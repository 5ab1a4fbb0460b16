// Tells numbers that are not quantities: dates, times, ordinals, years, labels, identifiers, phone numbers, list markers.
import type { QuantityOptions } from './options.js';
import { gluedBefore, keyOf, type QToken } from './tokens.js';

/** Month names and their abbreviations, lower-case ("september", "sept"). */
export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Month names that are also common words: only capitalised they mean a month. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'dec', 'sep', 'jun', 'jul', 'aug']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun']);
const CLOCK = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', 'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'kst', 'jst', 'hrs', 'et', 'pt', 'ct', 'sgt', 'ist']);
const ORDINAL = new Set(['st', 'nd', 'rd', 'th']);

export function isMonth(t: QToken | undefined): boolean {
  if (!t || t.kind !== 'word' || !MONTHS.has(t.lower)) return false;
  return !AMBIGUOUS_MONTHS.has(t.lower) || /^[A-Z]/.test(t.text);
}

/** Whether the number token at `i` (core ending before `j`) is a day of a month ("Oct 8", "8 October", "Sept. 20-24"). */
export function isDatePart(toks: QToken[], i: number, j: number): boolean {
  let p = i - 1;
  if (toks[p]?.text === '.' && gluedBefore(toks, p)) p--;
  if (isMonth(toks[p])) return true;
  if (toks[p]?.text === ',' && WEEKDAYS.has(toks[p - 1]?.lower ?? '')) return true;
  let n = j;
  if (toks[n]?.lower === 'of') n++;
  if (isMonth(toks[n])) return true;
  // "Sept. 20-24": the second half of a day range
  if (toks[i - 1]?.text === '-' && gluedBefore(toks, i) && toks[i - 2]?.kind === 'num') {
    let q = i - 3;
    if (toks[q]?.text === '.') q--;
    if (isMonth(toks[q])) return true;
  }
  return false;
}

/** Whether the number at `i` is part of a clock time, a date with slashes or a time of day ("9:35 PM", "11 a.m.", "10/23"). */
export function isClockOrSlash(toks: QToken[], i: number, j: number): boolean {
  const next = toks[j];
  const prev = toks[i - 1];
  const sepAfter = next && (next.text === ':' || next.text === '/') && gluedBefore(toks, j) && toks[j + 1]?.kind === 'num' && gluedBefore(toks, j + 1);
  const sepBefore = prev && (prev.text === ':' || prev.text === '/') && gluedBefore(toks, i) && toks[i - 2]?.kind === 'num' && gluedBefore(toks, i - 1);
  if (sepAfter || sepBefore || inDashedDate(toks, i)) return true;
  // "at about 9: 25 in the morning", "2: 18 p. m.": a clock time whose minutes a space parts from the colon.
  const hour = (k: number) => toks[k]?.kind === 'num' && /^\d{1,2}$/.test(toks[k]!.text) && Number(toks[k]!.text) <= 24;
  const minutes = (k: number) => toks[k]?.kind === 'num' && /^[0-5]\d$/.test(toks[k]!.text);
  if (j === i + 1 && hour(i) && next?.text === ':' && gluedBefore(toks, j) && minutes(j + 1) && !gluedBefore(toks, j + 1)) return true;
  if (j === i + 1 && minutes(i) && prev?.text === ':' && !gluedBefore(toks, i) && hour(i - 2) && gluedBefore(toks, i - 1)) return true;
  // "3 o'clock", "at five o’clock": an hour of the clock.
  for (let k = Math.min(toks.length, j + 3); k > j; k--) if (/^o['’]?clock$/.test(keyOf(toks, j, k))) return true;
  // "11 a.m.", "22pm", "2 p.m.", "around 1-am"
  if (next?.text === '-' && gluedBefore(toks, j) && gluedBefore(toks, j + 1) && /^[ap]m$/.test(toks[j + 1]?.lower ?? '')) return true;
  for (let k = Math.min(toks.length, j + 4); k > j; k--) {
    if (CLOCK.has(keyOf(toks, j, k)) && (k === j + 1 || toks[k - 1].text === '.' || /[ap]$/.test(toks[j].lower))) {
      const w = keyOf(toks, j, k);
      if (w === 'et' || w === 'pt' || w === 'ct' || w === 'hrs' || w === 'ist') {
        // short zone codes only in upper case
        if (!/^[A-Z]+$/.test(toks[j].text)) return false;
      }
      return true;
    }
  }
  return false;
}

/** Whether the number at `i` is part of a date written with dashes ("arrested on 1-9-14", "12-25-2016"): month, day and year glued. */
function inDashedDate(toks: QToken[], i: number): boolean {
  for (let first = i - 4; first <= i; first += 2) {
    if (first < 0) continue;
    const at = (k: number, re: RegExp) => toks[first + k]?.kind === 'num' && re.test(toks[first + k]!.text) && (k === 0 || gluedBefore(toks, first + k));
    const dash = (k: number) => toks[first + k]?.text === '-' && gluedBefore(toks, first + k);
    if (at(0, /^(?:0?[1-9]|1[0-2])$/) && dash(1) && at(2, /^(?:0?[1-9]|[12]\d|3[01])$/) && dash(3) && at(4, /^(?:\d{2}|(?:19|20)\d{2})$/) && !(toks[first + 5]?.text === '-' && gluedBefore(toks, first + 5)) && !(toks[first - 1]?.text === '-' && gluedBefore(toks, first))) return true;
  }
  return false;
}

/** Ordinals and decades glued to the digits ("22nd", "96th", "1970s", "90's"). */
export function isOrdinalOrDecade(toks: QToken[], i: number, j: number): boolean {
  const n = toks[j];
  if (!n || !gluedBefore(toks, j)) return false;
  if (n.kind === 'word' && ORDINAL.has(n.lower)) return true;
  if (n.kind === 'word' && n.lower === 's' && /0$/.test(toks[i].text)) return true;
  if ((n.text === "'" || n.text === '’') && toks[j + 1]?.lower === 's' && /0$/.test(toks[i].text)) return true;
  return false;
}

/**
 * A year told by its last two digits after an apostrophe: "NYC ’90 shooting", "the class of '98",
 * "since '01". Only after a name or one of a few year words, so a quoted "'40 dead'" stays a count.
 */
export function isAbbreviatedYear(toks: QToken[], i: number, j: number): boolean {
  const mark = toks[i - 1];
  const word = toks[i - 2];
  if (!mark || (mark.text !== "'" && mark.text !== '’') || !gluedBefore(toks, i) || gluedBefore(toks, i - 1)) return false;
  if (!/^\d\d$/.test(toks[i].text) || j !== i + 1) return false;
  return word !== undefined && word.kind === 'word' && (/^(of|in|since|from|until|class|summer|winter|spring|fall|autumn)$/i.test(word.text) || /^\p{Lu}/u.test(word.text));
}

/** Whether token `i` starts a sentence or clause (nothing or closing punctuation before it). */
export function atSentenceStart(toks: QToken[], i: number): boolean {
  if (i === 0 || toks[i].lineStart) return true;
  const p = toks[i - 1].text;
  return p === '.' || p === '!' || p === '?' || p === ':' || p === ';' || p === '"' || p === '“' || p === '(' || p === '—' || p === '|' || p === '•';
}

/**
 * Labels and model names: "No. 1", "Game 7", "COVID-19", "G70", "S&P 500", "FTSE 100", "Model 3".
 * `hasKnownUnit` keeps "Hits 700 Passengers"-style headlines.
 */
export function isLabel(toks: QToken[], i: number, plainInt: boolean, hasKnownUnit: boolean, o: QuantityOptions): boolean {
  const prev = toks[i - 1];
  if (!prev) return false;
  // glued letters before the digits: "G70", "cac40", "X-Pro3"
  if (prev.kind === 'word' && gluedBefore(toks, i)) return true;
  // "COVID-19", "V-12", "F-16", "TA-35"
  if ((prev.text === '-' || prev.text === '‑') && gluedBefore(toks, i) && toks[i - 2]?.kind === 'word' && gluedBefore(toks, i - 1)) {
    // "went 7-for-14", "completed 20-of-32 passes": the number tried after the number made is no label.
    if ((toks[i - 2].lower === 'for' || toks[i - 2].lower === 'of') && toks[i - 3]?.text === '-' && toks[i - 4]?.kind === 'num' && gluedBefore(toks, i - 2) && gluedBefore(toks, i - 3)) return false;
    // "a magnitude-5.2 quake": a measure word hyphenated to its value is no label.
    return !['minus', 'sub', 'mid', 'pre', 'post', 'over', 'under', 'top', 'nearly', 'almost', 'about', 'around', 'magnitude'].includes(toks[i - 2].lower);
  }
  if (!plainInt) return false;
  let p = i - 1;
  if ((prev.text === '.' || prev.text === '#') && gluedBefore(toks, i - 1) === true) p = i - 2;
  if (prev.text === '#') return true;
  const w = toks[p];
  if (w && w.kind === 'word' && o.labelWords.includes(w.lower) && !(w.lower === 'no' && toks[p + 1]?.text !== '.' && !/^N/.test(w.text))) return true;
  // "5425 U.S. 12", "Canyon Road 7", "SR 70", "Hwy. 9": a road's number names the road, whatever word follows it.
  if (w && w.kind === 'word' && ROAD_WORDS.has(w.text)) return true;
  if (prev.text === '.' && toks[i - 2]?.text === 'S' && toks[i - 3]?.text === '.' && toks[i - 4]?.text === 'U') return true;
  // "the 805 freeway", "the 101 Freeway": a road's number before the kind of road.
  if (ROAD_KINDS_AFTER.has(toks[i + 1]?.lower ?? '') && !gluedBefore(toks, i + 1)) return true;
  if (hasKnownUnit) return false;
  // a capitalised name right before a bare integer: "S&P 500", "FTSE 100", "Nick Hague 44" (headline case aside)
  // (Not the first number of a pair hyphened to it: "outgained Jacksonville 400-310" tells two figures, no label "Jacksonville 400".)
  const pair = (toks[i + 1]?.text === '-' || toks[i + 1]?.text === '–') && toks[i + 2]?.kind === 'num' && gluedBefore(toks, i + 1) && gluedBefore(toks, i + 2);
  if (w && p === i - 1 && w.kind === 'word' && /^\p{Lu}/u.test(w.text) && !atSentenceStart(toks, p) && !CAP_FUNCTION_WORDS.has(w.lower) && !pair) return true;
  if (w && p === i - 1 && w.text === '&') return true;
  return false;
}

/** Capitalised words of a road's name before its number ("Canyon Road 7", "SR 70", "US 1"), told with their capitals. */
const ROAD_WORDS = new Set(['Road', 'Rd', 'Hwy', 'Highway', 'Route', 'Rte', 'Interstate', 'SR', 'CR', 'FM', 'US', 'Loop', 'Spur']);

/** Kinds of road told after a road's number ("the 805 freeway"). */
const ROAD_KINDS_AFTER = new Set(['freeway', 'fwy', 'expressway', 'tollway', 'turnpike']);

/** Capitalised words that may precede a number without naming it ("About 1,500", "Over 10,000"). */
const CAP_FUNCTION_WORDS = new Set([
  'about', 'around', 'over', 'under', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'and', 'or', 'the', 'of', 'in',
  'at', 'by', 'to', 'from', 'with', 'for', 'between', 'only', 'just', 'than', 'up', 'down', 'least', 'more', 'less', 'fewer',
  'estimated', 'as', 'many', 'much', 'top', 'all', 'another', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'those',
]);

/** Whether a four-digit integer reads as a year: no unit, no currency, inside the configured span. */
export function isYear(value: number, text: string, o: QuantityOptions): boolean {
  return /^\d{4}$/.test(text) && value >= o.yearRange[0] && value <= o.yearRange[1];
}

/** Phone numbers: "+44 20 7946 0958", "555-123-4567", "(02) 1234 5678". Returns the end token or -1. */
export function phoneEnd(toks: QToken[], i: number): number {
  if (!/^\d+$/.test(toks[i].text)) return -1;
  const plus = toks[i - 1]?.text === '+' && gluedBefore(toks, i);
  const paren = toks[i - 1]?.text === '(' && toks[i + 1]?.text === ')' && toks[i].text.length <= 4;
  let j = i + 1;
  let groups = 1;
  let digits = toks[i].text.length;
  while (j < toks.length) {
    const t = toks[j];
    if ((t.text === '-' || t.text === '.' || t.text === ')') && gluedBefore(toks, j) && toks[j + 1]?.kind === 'num' && /^\d+$/.test(toks[j + 1].text) && (t.text === ')' || gluedBefore(toks, j + 1))) {
      j += 2;
    } else if ((plus || paren) && t.kind === 'num' && /^\d{2,}$/.test(t.text) && !gluedBefore(toks, j)) {
      j += 1;
    } else break;
    groups++;
    digits += toks[j - 1].text.length;
  }
  if (digits >= 7 && (groups >= 3 || plus || paren || (groups === 2 && toks[i].text.length === 3 && toks[j - 1].text.length === 4))) return j;
  // A number spelled in capitals on the keypad, outside a capitalised headline: "224-STOP", "(210) 224-STOP",
  // "713-222-TIPS", "1-800-GOT-JUNK" (never "100-YARD" in "RUNS 100-YARD DASH"): digits and letters make a
  // number's seven characters, or ten with the area code (eleven after a leading 1).
  const lastGroup = toks[j - 1]!.text;
  let letters = 0;
  let k = j;
  while (toks[k]?.text === '-' && gluedBefore(toks, k) && toks[k + 1]?.kind === 'word' && gluedBefore(toks, k + 1) && /^[A-Z]{3,7}$/.test(toks[k + 1]!.text)) {
    letters += toks[k + 1]!.text.length;
    k += 2;
  }
  const before = toks[i - 1]?.text === '(' ? toks[i - 2] : toks[i - 1];
  const headline = before?.kind === 'word' && /^[A-Z]{2,}$/.test(before.text);
  const keys = digits + letters;
  if (!headline && letters > 0 && lastGroup.length <= 4 && (keys === 7 || keys === 10 || (keys === 11 && toks[i].text === '1'))) return k;
  return -1;
}

/** A list marker: a small integer at the start of a line followed by "." or ")" ("1. ", "2) "). */
export function isListMarker(toks: QToken[], i: number): boolean {
  const t = toks[i];
  const n = toks[i + 1];
  if (!t.lineStart && !(toks[i - 1]?.text === '(' && toks[i - 1].lineStart)) return false;
  return n !== undefined && (n.text === '.' || n.text === ')') && gluedBefore(toks, i + 1) && /^\d{1,2}$/.test(t.text) && (toks[i + 2] === undefined || !gluedBefore(toks, i + 2));
}
