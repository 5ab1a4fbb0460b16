// Verdicts on a claim group, each a named rule with one sentence a reader can check: corroborated, single-origin, updated, contested, denied.
import type { Approximation } from '../model/analysis.js';
import type { ClaimFrame, Telling, Verdict } from '../model/dossier.js';
import { partsBelowWhole } from './count-parts.js';
import { orderDates } from './lead-value.js';
import { isRunningOpenTail } from './claim-frame.js';
import { countedOrigins, heldDates, outletOrigin, toldSideBySide } from './telling-evidence.js';
import { CONTRADICTED, REVISED, SO_FAR, toldAsLater, toldAsRise } from './order-words.js';
import { hasTrait } from '../model/measures.js';
import { BoundedCache } from './bounded-cache.js';

export { toldAsLater } from './order-words.js';

export interface VerdictOptions {
  /** Relative width of "about"/"an estimated" values: 15% covers the rounding reporters apply to counts. */
  aboutTolerance: number;
  /** Relative tolerance of exact values (rounding in print). */
  exactTolerance: number;
  /** Days within which two tellings speak of the same time. */
  sameTimeDays: number;
}

export const defaultVerdictOptions: VerdictOptions = { aboutTolerance: 0.15, exactTolerance: 0.01, sameTimeDays: 7 };

/** The named rules a verdict comes from. */
export type VerdictRule = 'verdict/denied-by-party' | 'verdict/running-count' | 'verdict/independent-origins-differ' | 'verdict/same-origin-new-value' | 'verdict/independent-origins-agree' | 'verdict/one-origin' | 'verdict/one-origin-copied' | 'verdict/no-two-confirm' | 'verdict/total-so-far-grows' | 'verdict/state-of-day';

export interface VerdictResult {
  verdict: Verdict;
  rule: VerdictRule;
  explanation: string;
  origins: string[];
  latest: Telling | null;
}

/** The interval a value with its approximation allows. */
export function valueInterval(value: number | [number, number], approx: Approximation | null, o: VerdictOptions = defaultVerdictOptions, unit: string | null = null): [number, number] {
  const [lo, hi] = Array.isArray(value) ? value : [value, value];
  // "about 70 percent", "nearly three-quarters": a share is rounded by points, not by a share of itself
  // (15% of 70 would let "about 70" reach 80); "nearly 75" stays within the points below 75.
  if (unit === 'percent' && (approx === 'about' || approx === 'estimated' || approx === 'nearly')) {
    return approx === 'nearly' ? [lo - PERCENT_POINTS, hi] : [lo - PERCENT_POINTS, hi + PERCENT_POINTS];
  }
  switch (approx) {
    case 'about':
    case 'estimated':
      return [lo * (1 - o.aboutTolerance), hi * (1 + o.aboutTolerance)];
    case 'more-than':
    case 'at-least':
      return [lo, Number.POSITIVE_INFINITY];
    case 'up-to':
    case 'less-than':
      return [0, hi];
    case 'nearly':
      return [lo * (1 - o.aboutTolerance), hi];
    default:
      // Small whole numbers (ages, counts) are printed exactly: 60 and 61 differ.
      if (Number.isInteger(lo) && Number.isInteger(hi) && hi < 100) return [lo, hi];
      return [lo * (1 - o.exactTolerance), hi * (1 + o.exactTolerance)];
  }
}

/** Points of a percentage an approximate share spans either way: a share rounded to the nearest 5 is within 2.5 points, one told "about" within 2. */
const PERCENT_POINTS = 2;

/** Currency codes: amounts in two currencies are not compared (no exchange rate is known). */
const CURRENCY = /^[A-Z]{3}$/;

/** Units of one dimension and their size in its base unit: values told in two of them are compared after conversion. */
const UNIT_SIZE: Readonly<Record<string, [dimension: string, size: number]>> = {
  millimetre: ['length', 0.001], centimetre: ['length', 0.01], metre: ['length', 1], kilometre: ['length', 1000],
  inch: ['length', 0.0254], foot: ['length', 0.3048], yard: ['length', 0.9144], mile: ['length', 1609.344], 'nautical mile': ['length', 1852],
  'square metre': ['area', 1], 'square foot': ['area', 0.092903], 'square kilometre': ['area', 1e6], 'square mile': ['area', 2.589988e6], acre: ['area', 4046.86], hectare: ['area', 1e4],
  'mile per hour': ['speed', 1.609344], 'kilometre per hour': ['speed', 1],
  gram: ['mass', 0.001], kilogram: ['mass', 1], tonne: ['mass', 1000], ton: ['mass', 907.185], 'pound-mass': ['mass', 0.453592], ounce: ['mass', 0.0283495],
  'degree Celsius': ['temperature', 1], litre: ['volume', 1], gallon: ['volume', 3.78541], 'cubic metre': ['volume', 1000],
};
/** Reporters round a converted figure ("15 miles (24 km)", "35 miles", "58 km"): converted values agree within this share. */
const CONVERSION_TOLERANCE = 0.05;

/**
 * What `compatible` reads of a telling (its value, approximation and unit) as one key: tellings of one kind agree with
 * the same tellings, so a value can be held once per kind against another.
 */
export function valueKind(t: Telling): string {
  const v = Array.isArray(t.value) ? `${t.value[0]}~${t.value[1]}` : `${t.value}`;
  return `${v}\u0000${t.approx}\u0000${t.unit}`;
}

/**
 * Whether two values can be one: their intervals (`valueInterval`, or `interval` where the caller keeps them made once
 * per telling) meet, in one unit.
 */
export function compatible(a: Telling, b: Telling, o: VerdictOptions = defaultVerdictOptions, interval?: (t: Telling) => [number, number]): boolean {
  if (a.value === null || b.value === null) return true;
  if (a.unit && b.unit && a.unit !== b.unit && CURRENCY.test(a.unit) && CURRENCY.test(b.unit)) return true;
  const x = interval ? interval(a) : valueInterval(a.value, a.approx, o, a.unit);
  const y = interval ? interval(b) : valueInterval(b.value, b.approx, o, b.unit);
  // "15 miles" and "about 24 km": the same distance in two units, compared in one.
  const ua = a.unit ? UNIT_SIZE[a.unit] : undefined;
  const ub = b.unit ? UNIT_SIZE[b.unit] : undefined;
  if (ua && ub && a.unit !== b.unit) {
    if (ua[0] !== ub[0]) return true;
    const f = ub[1] / ua[1];
    const y2 = [y[0] * f * (1 - CONVERSION_TOLERANCE), y[1] * f * (1 + CONVERSION_TOLERANCE)];
    return x[0] <= y2[1] && y2[0] <= x[1];
  }
  return x[0] <= y[1] && y[0] <= x[1];
}

function days(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  const pa = dayTime(a);
  const pb = dayTime(b);
  if (Number.isNaN(pa) || Number.isNaN(pb)) return 0;
  return Math.abs(pa - pb) / 86_400_000;
}

/** The time of a date as `days` reads it (a month at its middle, a year at its middle); the dates of a story recur, each read once. */
function dayTime(d: string): number {
  return dayTimes.get(d, (x) => Date.parse(x.length === 7 ? `${x}-15` : x.length === 4 ? `${x}-07-01` : x));
}
const dayTimes = new BoundedCache<string, number>(4096);

const fmt = (t: Telling): string => {
  if (t.value === null) return 'it';
  const v = Array.isArray(t.value) ? `${t.value[0].toLocaleString('en-US')}–${t.value[1].toLocaleString('en-US')}` : t.value.toLocaleString('en-US');
  return `${t.approx ? `${t.approx.replace('-', ' ')} ` : ''}${v}`;
};

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

const BOUNDS = new Set(['at-least', 'more-than', 'up-to', 'less-than']);

/** Whether a frame counts something that runs over time in the story's own event. */
export function isRunningCount(frame: ClaimFrame | undefined): boolean {
  return frame !== undefined && frame.scope === 'event' && (hasTrait(frame.measure, 'running') || isRunningOpenTail(frame));
}

/** The telling whose value leads: the latest that states a value, preferring a figure over a bound ("at least 1"). */
export function leadingTelling(tellings: readonly Telling[]): Telling | null {
  const valued = tellings.filter((t) => t.value !== null);
  const bounded = (t: Telling) => t.approx === 'at-least' || t.approx === 'more-than' || t.approx === 'up-to' || t.approx === 'less-than';
  return valued.filter((t) => !bounded(t)).at(-1) ?? valued.at(-1) ?? tellings.at(-1) ?? null;
}

const point = (t: Telling): number => (Array.isArray(t.value) ? t.value[1] : (t.value as number));

/**
 * Decides a group's verdict from its tellings (sorted by as-of date, then publication). Denial beats
 * contest beats update. A running count of the story's event is read once per article (an article
 * does not dispute itself) and is an update when each change is ordered in time, by dates or by words
 * ("has died", "rose to"); independent origins that differ with nothing to order them contest it.
 */
export function decideVerdict(told: readonly Telling[], frame?: ClaimFrame, o: VerdictOptions = defaultVerdictOptions): VerdictResult {
  let tellings = told;
  // An outlet printing a named origin's words counts under that origin (`countedOrigins`).
  const counted = countedOrigins(tellings);
  const byOrigin = new Map<string, Telling[]>();
  for (const t of tellings) {
    const id = counted.key.get(t)!;
    const list = byOrigin.get(id);
    if (list) list.push(t);
    else byOrigin.set(id, [t]);
  }
  // An origin is named by its own telling, not by an outlet's copy of its words counted under it.
  const origins = [...byOrigin.values()].map((ts) => (ts.find((t) => !outletOrigin(t)) ?? ts[0]).origin);
  const outlets = new Set(tellings.map((t) => t.outlet ?? t.articleId));
  const latest = leadingTelling(tellings);
  const base = { origins, latest };
  const { copies } = counted;

  // A denial is a party's word: an outlet's own sentence with a negation in it ("would not pay more in taxes", "not in
  // shape to fight for more than five rounds") denies nothing of the figure on anyone's behalf.
  // A figure its own sentence takes back ("but that proved to be incorrect") is denied by the text, whoever tells it.
  const denial = tellings.find((t) => t.modality === 'denied' && (!outletOrigin(t) || t.rules.modality === 'modality/taken-back'));
  if (denial) {
    const others = origins.filter((x) => x !== denial.origin);
    const how = denial.rules.modality === 'modality/negated-predicate' ? 'says it is not so' : denial.rules.modality === 'modality/taken-back' ? 'reports it proved wrong' : 'denies it';
    return { ...base, verdict: 'denied', rule: 'verdict/denied-by-party', explanation: `${denial.origin} ${how}${others.length ? `; stated by ${others.join(', ')}` : ''}.` };
  }

  if (isRunningCount(frame)) {
    // A bound at or below a number already told ("2 killed", later "a man was killed": at least 1)
    // agrees with it: it is no fall of the count.
    let highest = -Infinity;
    // Victims told one by one ("his mother and sister", "a man was killed") are a lower bound, never a
    // step of the count, once a number is stated: whenever they were told, they do not make it change.
    const stated = tellings.filter((t) => typeof t.value === 'number' && !t.rules.measure.startsWith('measure/victim-described') && t.approx !== 'up-to' && t.approx !== 'less-than');
    const most = Math.max(...stated.map((t) => t.value as number));
    // So are victims told one by one as an exact number ("shot his wife and stepdaughter": 2) that a stated count meets.
    const described = (t: Telling) => stated.length > 0 && t.rules.measure.startsWith('measure/victim-described') && (t.approx === 'at-least' || t.approx === 'more-than' || point(t) <= most);
    // A part of a whole told beside it ("two of the victims", "one in critical condition and three others") is neither a step nor a rival.
    const parts = partsBelowWhole(tellings, frame);
    const valued = tellings.filter((t) => t.value !== null && !described(t) && !parts.has(t)).filter((t) => {
      const low = (t.approx === 'at-least' || t.approx === 'more-than') && point(t) <= highest;
      highest = Math.max(highest, point(t));
      return !low;
    });
    // Only origins that tell the count confirm it: one that tells only a part ("the other three"), or only victims one by one
    // that make another number than every reading ("killing both" against "the three tenants"), is no second telling of it.
    const oneByOne = (t: Telling) => t.rules.measure.startsWith('measure/victim-described');
    const tells = (t: Telling) => valued.includes(t) || ((oneByOne(t) || !parts.has(t)) && (t.value === null || BOUNDS.has(t.approx ?? '') || valued.some((v) => compatible(v, t, o))));
    const told = [...byOrigin].map(([k, ts]) => [k, ts.filter(tells)] as const).filter(([, ts]) => ts.length > 0);
    // Of those, an origin confirms the count with another only where some values of theirs confirm one another: "fatally shot
    // six people" and, by another origin in the same article, "killed the three tenants inside" are no two tellings of one toll.
    const confirming = told.filter(([k, ts]) => told.some(([k2, us]) => k2 !== k && ts.some((a) => us.some((b) => confirms(a, b, o)))));
    const reading = new Map(confirming.length >= 2 ? confirming : told);
    // With no two confirming, agreement says so ("no two confirm one value"), whatever the origins told.
    // The origins a verdict counts are those that tell the count: one telling only a part of it is no independent origin of its value.
    const readingOrigins = [...reading.values()].map((ts) => (ts.find((t) => !outletOrigin(t)) ?? ts[0]).origin);
    const running = valued.length > 0 ? runningCountVerdict(valued, reading, readingOrigins, outlets, { ...base, origins: readingOrigins }, o, copies, confirming.length < 2, frame?.measure !== 'killed') : null;
    if (running) return running;
    // No series (the readings go back to a value already told): firm values of victims counted, not described one by one, are compared as any group's.
    if (valued.length > 0) tellings = tellings.filter((t) => !described(t));
  }

  const originLists = [...byOrigin.values()];
  // An article does not dispute itself: one that tells two values in a group tells two things the
  // group pools ("two skiffs got away ... three were caught"). Another origin's value that the article
  // also tells agrees with it, whichever of its values it is paired with.
  const byArticle = new Map<string, Telling[]>();
  for (const t of tellings) if (t.value !== null) byArticle.set(t.articleId, [...(byArticle.get(t.articleId) ?? []), t]);
  // Not an article that gives two named origins each their own value ("the USGS said 6.1; the institute put it at 6.4"):
  // it reports their disagreement.
  const named = (t: Telling) => !/^origin\/outlet/.test(t.rules.origin);
  const reportsDispute = (x: Telling, t: Telling) => named(x) && named(t) && (t.originEntityId ?? t.origin) !== (x.originEntityId ?? x.origin);
  // Each telling's interval made once: the tellings are held against one another in pairs.
  const intervals = new Map<Telling, [number, number]>();
  const interval = (t: Telling) => intervals.get(t) ?? intervals.set(t, valueInterval(t.value!, t.approx, o, t.unit)).get(t)!;
  const alsoTells = (x: Telling, y: Telling) => (byArticle.get(x.articleId) ?? []).some((t) => t !== x && compatible(t, y, o, interval) && !reportsDispute(x, t));
  // Only firm values contest: a bound ("at least 3") is no value of its own, and a part of a whole told beside it is no rival of the whole.
  const partsOf = partsBelowWhole(tellings, frame);
  // Of a crowd, a ceiling ("as many as 20,000") is held against the values above it ("about 50,000"): police and
  // organisers who disagree on a crowd disagree however one of them words it. (Elsewhere a ceiling is most often of a
  // part: "up to 70 percent" of some of the traffic against 90 percent of all.)
  const ceiling = (t: Telling) => (t.approx === 'up-to' || t.approx === 'less-than') && frame?.measure === 'other:crowd';
  const firmValue = (t: Telling) => t.value !== null && (!BOUNDS.has(t.approx ?? '') || ceiling(t)) && !partsOf.has(t);
  const agrees = (x: Telling, y: Telling) => compatible(x, y, o, interval);
  const isRest = (t: Telling) => t.rules.subject === 'subject/others-apart';
  // An undated telling holds when the tellings that agree with it hold (`heldDates`); with no date at all it may hold at any time.
  const held = new Map<Telling, string[]>();
  const heldOf = (t: Telling) => held.get(t) ?? held.set(t, heldDates(t, tellings, agrees)).get(t)!;
  const sameTime = (a: Telling, b: Telling) => {
    const [x, y] = [heldOf(a), heldOf(b)];
    return x.length === 0 || y.length === 0 || x.some((p) => y.some((q) => days(p, q) <= o.sameTimeDays));
  };
  // A total told as so far ("has already grossed $459 million", "turnout reached 93.87 percent") grows: a lower value of another origin is an earlier step of it.
  let grown: [Telling, Telling] | null = null;
  let dayChange: [Telling, Telling] | null = null;
  // Only a firm value that some firm value of the group does not agree with can be contested: whether two values agree
  // is a matter of their value, approximation and unit alone, so each such kind of value is held once against each other
  // kind, and a pair of origins is gone through only for the values of the first that may be contested.
  const kinds = new Map<Telling, string>();
  const kindOf = (t: Telling) => kinds.get(t) ?? kinds.set(t, valueKind(t)).get(t)!;
  const firmKinds = new Map<string, Telling>();
  for (const list of originLists) for (const b of list) if (firmValue(b) && !firmKinds.has(kindOf(b))) firmKinds.set(kindOf(b), b);
  // The kinds of firm value a kind does not agree with (held first in `compatible`, as the pairs below hold it).
  const disputed = new Map<string, Set<string>>();
  const against = (a: Telling) => {
    let d = disputed.get(kindOf(a));
    if (d === undefined) disputed.set(kindOf(a), (d = new Set([...firmKinds].filter(([, b]) => !compatible(a, b, o, interval)).map(([k]) => k))));
    return d;
  };
  // A company's share price or move during trading changes by the minute: two outlets' readings at different moments
  // of a day are no dispute. A close is one value of its day and contests as any figure.
  const intraday = frame !== undefined && /^(?:share-price|share-move):/.test(frame.subject) && !frame.subject.endsWith(':close');
  const contestable = originLists.map((list) => (intraday ? [] : list.filter((a) => firmValue(a) && against(a).size > 0)));
  for (let i = 0; i < originLists.length; i++) {
    if (contestable[i].length === 0) continue;
    for (let j = i + 1; j < originLists.length; j++) {
      for (const a of contestable[i]) {
        for (const b of originLists[j]) {
          // Values one article tells side by side are two things of the story, not rivals (`toldSideBySide`).
          // "The other five victims were taken to hospital", "the other four victims have been released": a rest counts what
          // is left after what its own article told before it, so two articles' rests are two sets, never rivals.
          if (isRest(a) && isRest(b)) continue;
          if (firmValue(b) && against(a).has(kindOf(b)) && sameTime(a, b) && !alsoTells(a, b) && !alsoTells(b, a) && !toldSideBySide(tellings, a, b, agrees)) {
            const [low, high] = point(a) < point(b) ? [a, b] : [b, a];
            // "Sixteen people remain in hospital" on Sunday against 17 on Saturday: a state told of its day changes by the day.
            if ((STATE_OF_DAY.test(a.sentence) || STATE_OF_DAY.test(b.sentence)) && apartInDays(heldOf(a), heldOf(b))) {
              const [, after] = byDate(a, b, heldOf);
              if (dayChange === null || byDate(dayChange[1], after, heldOf)[1] === after) dayChange = byDate(a, b, heldOf);
              continue;
            }
            if (canGrow(frame, high) && SO_FAR.test(high.sentence)) {
              if (grown === null || point(high) > point(grown[1])) grown = [low, high];
              continue;
            }
            return { ...base, verdict: 'contested', rule: 'verdict/independent-origins-differ', explanation: `${a.origin} gives ${fmt(a)} and ${b.origin} gives ${fmt(b)} for the same time; independent origins disagree.` };
          }
        }
      }
    }
  }
  if (dayChange) {
    const [before, after] = dayChange;
    return { ...base, latest: after, verdict: 'updated', rule: 'verdict/state-of-day', explanation: `A count of a state on a day: ${fmt(before)} (${before.origin}), then ${fmt(after)} (${after.origin}) on a later day; the later day's count leads.` };
  }
  if (grown) {
    const [low, high] = grown;
    return { ...base, latest: high, verdict: 'updated', rule: 'verdict/total-so-far-grows', explanation: `A total told as so far: ${fmt(low)} (${low.origin}), then ${fmt(high)} (${high.origin}); a total so far only grows, so the larger is the later and leads.` };
  }

  for (const list of originLists) {
    const valued = list.filter((t) => t.value !== null);
    for (let i = 1; i < valued.length; i++) {
      // An update is a new value told later; two values for the same date are different things.
      // Two values of one article are two things, not a change, unless the article tells the first as an earlier value.
      const oneArticle = (p: Telling) => p.articleId === valued[i].articleId && p.rules.asOf !== 'time/earlier-value';
      const changed = valued.slice(0, i).find((p) => !compatible(p, valued[i], o) && (p.asOf ?? '') < (valued[i].asOf ?? '') && !oneArticle(p));
      if (changed) {
        const newest = valued.filter((t) => !compatible(changed, t, o) && (t.asOf ?? '') > (changed.asOf ?? '')).at(-1) as Telling;
        return {
          ...base,
          latest: newest,
          verdict: 'updated',
          rule: 'verdict/same-origin-new-value',
          explanation: `${newest.origin} first gave ${fmt(changed)}${changed.asOf ? ` (as of ${changed.asOf})` : ''}, later ${fmt(newest)}${newest.asOf ? ` (as of ${newest.asOf})` : ''}; the latest value leads.`,
        };
      }
    }
  }

  return agreement(byOrigin, origins, outlets, base, copies, o);
}

/** A count told as the state of its day: people who remain in hospital, are still missing, are being treated. */
const STATE_OF_DAY = /\b(?:remain(?:s|ed|ing)?|still|currently|(?:is|are|was|were)\s+being\s+(?:treated|held|cared\s+for))\b/i;

/** Whether every date one telling holds for is at least a day from every date of the other (both dated). */
function apartInDays(x: readonly string[], y: readonly string[]): boolean {
  return x.length > 0 && y.length > 0 && x.every((p) => y.every((q) => days(p, q) >= 1));
}

/** Two tellings, the one that holds earlier first. */
function byDate(a: Telling, b: Telling, held: (t: Telling) => string[]): [Telling, Telling] {
  const [x, y] = [held(a)[0] ?? '', held(b)[0] ?? ''];
  return x <= y ? [a, b] : [b, a];
}

/** Whether a value can be a total that grows: a count, a sum or a share, not a size of something (an age, a distance, a quake's magnitude, a weight). */
const canGrow = (frame: ClaimFrame | undefined, t: Telling): boolean => !['age', 'distance', 'magnitude', 'depth'].includes(frame?.measure ?? '') && !(t.unit !== null && UNIT_SIZE[t.unit] !== undefined);

/**
 * One reading of a running count per article: an article does not dispute itself, so the other values
 * it tells beside its count ("five teens were hospitalized ... three girls and two boys") are parts or
 * earlier steps of it, unless it tells one as an earlier value. The reading is, of the values the article tells, the one most articles of the
 * group tell, then the one the article tells most, then the larger (a whole is no smaller than its parts).
 */
export function articleReadings(valued: readonly Telling[]): Telling[] {
  const byArticle = new Map<string, Telling[]>();
  for (const t of valued) {
    // A value the article tells as an earlier one ("previously there had been talk of 1,500") is its own reading.
    const k = t.rules.asOf === 'time/earlier-value' ? `${t.articleId}|${t.asOf ?? ''}` : t.articleId;
    const list = byArticle.get(k);
    if (list) list.push(t);
    else byArticle.set(k, [t]);
  }
  const key = (t: Telling) => JSON.stringify(t.value);
  const articlesTelling = new Map<string, Set<string>>();
  for (const t of valued) articlesTelling.set(key(t), (articlesTelling.get(key(t)) ?? new Set<string>()).add(t.articleId));
  const out: Telling[] = [];
  for (const list of byArticle.values()) {
    const counts = new Map<string, Telling[]>();
    for (const t of list) counts.set(key(t), [...(counts.get(key(t)) ?? []), t]);
    const best = [...counts.values()].sort((a, b) => articlesTelling.get(key(b[0]))!.size - articlesTelling.get(key(a[0]))!.size || b.length - a.length || point(b[0]) - point(a[0]))[0];
    // "A fourth victim ... has died", "bringing the toll to four": a rise the article tells above all its other values is its reading,
    // however many articles told the count before it.
    const top = Math.max(...list.map(point));
    const rise = list.find((t) => point(t) === top && toldAsRise(t) && point(t) > point(best[0]));
    out.push(rise ?? best.find(toldAsLater) ?? best[0]);
  }
  // In time order; of one time, a reading told as the later one comes after the rest.
  const positions = new Map<Telling, number>();
  valued.forEach((t, i) => { if (!positions.has(t)) positions.set(t, i); });
  const at = (t: Telling) => positions.get(t) ?? -1;
  const d = orderDates(valued);
  return out.sort((a, b) => (d.get(a) ?? '').localeCompare(d.get(b) ?? '') || (a.published ?? '').localeCompare(b.published ?? '') || Number(toldAsLater(a)) - Number(toldAsLater(b)) || at(a) - at(b));
}

/** A floor of victims described one by one ("at least 2" from "a man ... his friend"), no count any sentence states. */
const describedFloor = (t: Telling): boolean => t.rules.measure.startsWith('measure/victim-described') && (t.approx === 'at-least' || t.approx === 'more-than');

/** A lower bound in a running count ("at least 4") is the count so far: compared as its number. */
const firm = (t: Telling): Telling => (t.approx === 'at-least' || t.approx === 'more-than' ? { ...t, approx: null } : t);

function runningCountVerdict(valued: readonly Telling[], byOrigin: ReadonlyMap<string, Telling[]>, origins: string[], outlets: ReadonlySet<string>, base: Base, o: VerdictOptions, copies: number, noneConfirm = false, mayFall = true): VerdictResult | null {
  const readings = articleReadings(valued);
  const originOf = (t: Telling) => t.originEntityId ?? t.origin;
  // "the death toll ... rose to 10" in one article: the count of 10 is a later value than a lower one wherever it is told,
  // so an outlet's "3 killed" against another's "10 killed" is an earlier step, not a dispute.
  const risen = valued.filter((t) => toldAsRise(t));
  const toldLater = (t: Telling) => toldAsLater(t) || risen.some((r) => compatible(firm(r), firm(t), o));
  let changed = false;
  for (let i = 1; i < readings.length; i++) {
    const a = readings[i - 1];
    const b = readings[i];
    if (compatible(firm(a), firm(b), o)) continue;
    // "A man was shot ... his friend was also hit" (at least 2), later "four people were hurt, among them ..." told one by one
    // (at least 4): floors of victims described one by one are no count of their own; a higher floor tells more of them,
    // no change.
    if (describedFloor(a) && describedFloor(b)) continue;
    const later = timeOf(a) !== null && timeOf(b) !== null && timeOf(a) !== timeOf(b);
    // "0 injured", "at least 1 injured", "0 injured": a count that goes back to a value told before the
    // change, with no as-of dates to order the change, is no series but tellings of different things or times.
    const dated = a.asOf !== null && b.asOf !== null && a.asOf !== b.asOf;
    if (!dated && readings.slice(i + 1).some((c) => compatible(firm(c), firm(a), o) && !compatible(firm(c), firm(b), o) && !(c.asOf !== null && b.asOf !== null && c.asOf > b.asOf))) return null;
    // Values of different times are steps of the series, whichever way they go (a hurt count falls as
    // the hurt die or are recounted); of one time, a rise told as the later value, a fall told as a
    // correction, or any change by the origin itself.
    // A fall told only as an authority's word against another's ("..., but authorities say no one was hurt") is a dispute of
    // the earlier value, not a step of the count, unless the words tell a revision ("initially reported", "corrected").
    const disputed = point(b) < point(a) && originOf(a) !== originOf(b) && CONTRADICTED.test(b.sentence) && !REVISED.test(b.sentence);
    // The dead do not come back: a toll of the killed another origin tells lower later, with no words of a revision, is
    // a rival count or a part of it ("killed the three tenants inside"), never the count's next step.
    const fallOfDead = !mayFall && point(b) < point(a) && originOf(a) !== originOf(b) && !REVISED.test(b.sentence);
    const step = !disputed && !fallOfDead && (later || originOf(a) === originOf(b) || (point(b) > point(a) ? toldLater(b) : REVISED.test(b.sentence)));
    // "At least 70", then "about 100" from another origin, with nothing to order them: no step, no dispute.
    if (!step && compatible(a, b, o)) continue;
    changed = true;
    // Only two firm values dispute a count: a bound beside a value it breaks ("at least 6", "5") is a count so far.
    if (!step && !BOUNDS.has(a.approx ?? '') && !BOUNDS.has(b.approx ?? '')) {
      return { ...base, verdict: 'contested', rule: 'verdict/independent-origins-differ', explanation: `${a.origin} gives ${fmt(a)} and ${b.origin} gives ${fmt(b)}, with nothing to tell which is the later; independent origins disagree.` };
    }
  }
  if (!changed) return agreement(byOrigin, origins, outlets, base, copies, noneConfirm ? o : undefined);
  const first = readings[0];
  const last = readings.at(-1)!;
  return {
    ...base,
    latest: last,
    verdict: 'updated',
    rule: 'verdict/running-count',
    explanation: `A running count: ${fmt(first)}${first.asOf ? ` (as of ${first.asOf}, ${first.origin})` : ` (${first.origin})`}, later ${fmt(last)}${last.asOf ? ` (as of ${last.asOf}, ${last.origin})` : ` (${last.origin})`}; the latest value leads.`,
  };
}

/** The time a telling's value holds for, then its publication time (which orders tellings of one day); null when neither is known. */
function timeOf(t: Telling): string | null {
  return t.asOf === null && t.published === null ? null : `${t.asOf ?? ''}|${t.published ?? ''}`;
}

/**
 * Whether each change of value in a running count follows a known order in time: the later value
 * holds for, or was published at, a later time. Without dates, two values are not an update.
 */
export function knownTimeOrder(valued: readonly Telling[], o: VerdictOptions = defaultVerdictOptions): boolean {
  for (let i = 1; i < valued.length; i++) {
    if (compatible(valued[i - 1], valued[i], o)) continue;
    const a = timeOf(valued[i - 1]);
    const b = timeOf(valued[i]);
    if (!a || !b || a === b) return false;
  }
  return true;
}

interface Base { origins: string[]; latest: Telling | null }

const CEILINGS = new Set(['up-to', 'less-than']);

/**
 * Whether two values confirm one another. Two values confirm when compatible. A bound confirms a value whose
 * number is near its own, on either side of it, as reporters round ("over $142 million" and "$140 million",
 * "at least 7" and "at least 6"); a floor also confirms what it allows ("at least two" and three, "more than
 * two dozen" and 31: the count is at least that); a ceiling far above a value allows it without confirming
 * it ("less than 1,000 euros a month" and 345 euros, "up to 70 percent" and 59 percent, "fewer than 26" and 13).
 */
export function confirms(a: Telling, b: Telling, o: VerdictOptions = defaultVerdictOptions): boolean {
  if (a.value === null || b.value === null) return true;
  if (!BOUNDS.has(a.approx ?? '') && !BOUNDS.has(b.approx ?? '')) return compatible(a, b, o);
  const [x, y] = [Math.abs(point(a)), Math.abs(point(b))];
  if (Math.abs(x - y) <= o.aboutTolerance * Math.max(x, y)) return true;
  return !CEILINGS.has(a.approx ?? '') && !CEILINGS.has(b.approx ?? '') && compatible(a, b, o);
}

function agreement(byOrigin: ReadonlyMap<string, Telling[]>, origins: string[], outlets: ReadonlySet<string>, rest: Base, copies: number, o?: VerdictOptions): VerdictResult {
  const copied = copies > 0 ? `; ${plural(copies, 'copy', 'copies')} of one text counted once` : '';
  // Outside a running count (whose bounds are counts so far), two origins corroborate only where some values of theirs confirm one another.
  const lists = [...byOrigin.values()];
  const confirmed = o === undefined || lists.some((x, i) => lists.slice(i + 1).some((y) => x.some((a) => y.some((b) => confirms(a, b, o)))));
  if (byOrigin.size >= 2 && !confirmed) {
    const bound = lists.flat().find((t) => CEILINGS.has(t.approx ?? '') && t.value !== null && lists.flat().some((u) => u !== t && compatible(t, u, o) && !confirms(t, u, o)));
    return { ...rest, verdict: 'single-origin', rule: 'verdict/no-two-confirm', explanation: `${plural(byOrigin.size, 'origin')} tell it, but no two confirm one value${bound ? ` (${bound.origin}'s ${fmt(bound)} is a ceiling far above the values it allows)` : ''}; each value stands on one origin.` };
  }
  if (byOrigin.size >= 2) {
    // Origins whose values differ at other times ("Melendrez, 21" in 2013, "23" a year on) are no part of the agreement:
    // the explanation names who agrees on the leading value and what the others told.
    // A running count's agreement (no options passed) names its agreeing origins by the default tolerance too, about the
    // value most of them tell: an origin that told only another value ("one person was pronounced dead on the scene"
    // beside "two men dead") is told apart.
    const tol = o ?? defaultVerdictOptions;
    const agreeing = (t: Telling) => lists.filter((ts) => ts.some((u) => u.value === null || compatible(u, t, tol)));
    const lead = o !== undefined || rest.latest === null || rest.latest.value === null ? rest.latest
      : lists.flat().filter((t) => t.value !== null).reduce((best, t) => (agreeing(t).length > agreeing(best).length ? t : best), rest.latest);
    const withLead = lead !== null && lead.value !== null ? agreeing(lead) : lists;
    const apart = lists.filter((ts) => !withLead.includes(ts)).map((ts) => ts.find((t) => t.value !== null)!);
    if (apart.length === 0 || lead === null) return { ...rest, verdict: 'corroborated', rule: 'verdict/independent-origins-agree', explanation: `${plural(byOrigin.size, 'independent origin')} agree (${origins.join(', ')}), told by ${plural(outlets.size, 'outlet')}${copied}.` };
    const others = apart.map((t) => `${fmt(t)} (${t.origin}${t.asOf ? `, as of ${t.asOf}` : ''})`).join('; ');
    const names = withLead.map((ts) => ts[0].origin);
    const head = withLead.length >= 2
      ? `${plural(withLead.length, 'independent origin')} agree on ${fmt(lead)} (${names.join(', ')})`
      : `${plural(byOrigin.size, 'independent origin')} confirm values at different times; the latest, ${fmt(lead)}, is ${lead.origin}'s`;
    const told = withLead.length >= 2 ? new Set(withLead.flat().map((t) => t.outlet ?? t.articleId)).size : outlets.size;
    return { ...rest, verdict: 'corroborated', rule: 'verdict/independent-origins-agree', explanation: `${head}, told by ${plural(told, 'outlet')}${copied}; also told: ${others}.` };
  }
  if (copies > 0) {
    return { ...rest, verdict: 'single-origin', rule: 'verdict/one-origin-copied', explanation: `Reported by ${plural(outlets.size, 'outlet')} in words copied from one text (${origins[0] ?? 'one origin'}; 1 independent origin).` };
  }
  return {
    ...rest,
    verdict: 'single-origin',
    rule: 'verdict/one-origin',
    explanation: outlets.size === 1
      ? `Reported by 1 outlet, citing ${origins[0] ?? 'one origin'} (1 independent origin).`
      : `Reported by ${plural(outlets.size, 'outlet')}, all citing ${origins[0] ?? 'one origin'} (1 independent origin).`,
  };
}
