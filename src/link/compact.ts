// Event profiles held compactly for linking: integer term ids from one string table, weights in typed arrays.
//
// A profile kept per linked article was four Map<string, number> (terms, title, lead, names) and
// string arrays; here it is one Int32Array of term ids and one Float64Array of weights. Entries
// keep the order they had in the Maps (largest weight first), and every sum runs in the order the
// Map-based code ran it, so features, scores and decisions are the same to the last bit.
import { grownTo } from './typed-growth.js';
import type { BackgroundIdf } from './background.js';
import { LEGACY_BLOCK_PREFIX, type Vec } from './event-profile.js';
import type { WeightedProfile } from './pair-model.js';
import { TermTable } from './term-table.js';

export { TermTable } from './term-table.js';

/** The table every compact profile's ids refer to. Names are kept as `@name`, as retrieval keys them. */
export const TERMS = new TermTable();

/**
 * IDF of each term id under one background model, computed once per id. A background model gives
 * few distinct values (one per document frequency it holds, and one for every term it lacks), so
 * each id keeps a 16-bit code of its value (0: not computed yet) and the values are kept once:
 * 2 bytes per term instead of 8, for millions of terms. Past 65,535 distinct values the codes
 * widen to 32 bits.
 */
export class IdfTable {
  private codes: Uint16Array | Uint32Array = new Uint16Array(1024);
  /** Distinct values by code minus one. */
  private values = new Float64Array(256);
  private distinct = 0;
  /** Code of each distinct value. */
  private readonly codeOf = new Map<number, number>();

  constructor(readonly idf: BackgroundIdf) {}

  /** Bytes of the arrays (for measurements). */
  get bytes(): number {
    return this.codes.byteLength + this.values.byteLength;
  }

  of(id: number): number {
    if (id >= this.codes.length) {
      let n = this.codes.length;
      // By half: one code per term id, millions of them in a large store.
      while (n <= id) n = Math.ceil(n * 1.5);
      const next = this.codes instanceof Uint16Array ? new Uint16Array(n) : new Uint32Array(n);
      next.set(this.codes);
      this.codes = next;
    }
    const c = this.codes[id]!;
    if (c !== 0) return this.values[c - 1]!;
    const v = this.idf.idf(TERMS.str(id));
    let code = this.codeOf.get(v);
    if (code === undefined) {
      code = ++this.distinct;
      this.codeOf.set(v, code);
      if (code > this.values.length) {
        const values = new Float64Array(this.values.length * 2);
        values.set(this.values);
        this.values = values;
      }
      this.values[code - 1] = v;
      if (code > 0xffff && this.codes instanceof Uint16Array) this.codes = Uint32Array.from(this.codes);
    }
    this.codes[id] = code;
    return v;
  }
}

const idfTables = new WeakMap<BackgroundIdf, IdfTable>();

/** The (shared) id-indexed IDF of a background model. */
export function idfTable(idf: BackgroundIdf): IdfTable {
  let t = idfTables.get(idf);
  if (t === undefined) {
    t = new IdfTable(idf);
    idfTables.set(idf, t);
  }
  return t;
}

// Layout. ints: a header of counts, then the ids of each part in turn, then (four to an int) the
// term counts of the vectors kept as counts. nums: per vector its weights, or its unit norm when
// kept as counts; the four norms, the salient weights, then the event and published days (NaN for none), then
// the days the text states (`statedDays`, as many as the slots left), then the days it names by weekday (`weekdayDays`)
// stored negated (a day since the epoch is positive), so both lists share the slots left and stay apart.
//
// A vector made by `unit` (weights (1 + ln n) / norm of integer counts n) is kept as its counts
// and norm when that gives back every weight to the last bit; any other vector keeps its weights.
const N_TERMS = 0;
const N_TITLE = 1;
const N_LEAD = 2;
const N_NAMES = 3;
const N_NUMBERS = 4;
const N_YEARS = 5;
const N_TRIGGERS = 6;
const N_CITIES = 7;
const N_REGIONS = 8;
const N_SAL_NAMES = 9;
const N_SAL_TERMS = 10;
const N_PERSONS = 11;
const N_BLOCKS = 12;
const OUTLET = 13;
/** Bit p set: vector part p is kept as counts. */
const AS_COUNTS = 14;
const HEADER = 15;

/** 1 + ln n for the counts a vector may be kept as (as `unit` computes it). */
const LOG_WEIGHT = new Float64Array(256);
for (let n = 1; n < 256; n++) LOG_WEIGHT[n] = 1 + Math.log(n);

/** Integer counts (1-255) and the norm that give back exactly these weights as `unit` makes them, or null. */
function countsOf(ws: readonly number[]): { counts: number[]; norm: number } | null {
  const n = ws.length;
  if (n === 0) return null;
  for (let least = 1; least <= 4; least++) {
    const guess = LOG_WEIGHT[least]! / ws[n - 1]!;
    const counts = ws.map((w) => Math.round(Math.exp(w * guess - 1)));
    if (counts.some((c) => !(c >= 1 && c <= 255))) continue;
    let sum = 0;
    for (const c of counts) sum += LOG_WEIGHT[c]! * LOG_WEIGHT[c]!;
    const norm = Math.sqrt(sum);
    if (counts.every((c, i) => LOG_WEIGHT[c]! / norm === ws[i])) return { counts, norm };
  }
  return null;
}

/** Slots of vector part p in `nums`: its weights, or one (the norm) when kept as counts. */
function vectorSlots(ints: Int32Array, p: number): number {
  return (ints[AS_COUNTS]! >> p) & 1 ? 1 : ints[p]!;
}

/** The parts of a profile in layout order. */
export const enum Part {
  Terms = 0,
  Title = 1,
  Lead = 2,
  Names = 3,
  Numbers = 4,
  Years = 5,
  Triggers = 6,
  Cities = 7,
  Regions = 8,
  SalientNames = 9,
  SalientTerms = 10,
  Persons = 11,
  Blocks = 12,
}

/** A weighted event profile as two typed arrays (see the layout above). */
export interface CompactProfile {
  ints: Int32Array;
  nums: Float64Array;
}

/** Start of part `p`'s ids in `ints`. */
function idStart(ints: Int32Array, p: number): number {
  let at = HEADER;
  for (let i = 0; i < p; i++) at += ints[i]!;
  return at;
}

/** Start of part `p`'s weights in `nums` (vectors 0-3, salient 9-10). */
function weightStart(ints: Int32Array, p: number): number {
  if (p <= Part.Names) {
    let at = 0;
    for (let i = 0; i < p; i++) at += vectorSlots(ints, i);
    return at;
  }
  let at = normsStart(ints) + 4;
  if (p === Part.SalientTerms) at += ints[N_SAL_NAMES]!;
  return at;
}

function normsStart(ints: Int32Array): number {
  return vectorSlots(ints, 0) + vectorSlots(ints, 1) + vectorSlots(ints, 2) + vectorSlots(ints, 3);
}

/** Entries of a profile's header in `ints` (its parts' counts, outlet and count bits). */
export const PROFILE_HEADER = HEADER;

/** Index in `ints` where the packed counts begin: the header and every part's ids come before (see the layout). */
export function countsStart(ints: Int32Array): number {
  let at = HEADER;
  for (let i = 0; i <= N_BLOCKS; i++) at += ints[i]!;
  return at;
}

/** The weights of vector part `p` (terms, title, lead, names), in order; into `out` when given (and large enough). */
export function vectorWeights(c: CompactProfile, p: Part, out?: Float64Array): Float64Array {
  const { ints, nums } = c;
  const n = ints[p]!;
  const s = weightStart(ints, p);
  if (!((ints[AS_COUNTS]! >> p) & 1)) return nums.subarray(s, s + n);
  const w = out !== undefined && out.length >= n ? out : new Float64Array(n);
  const norm = nums[s]!;
  let byte = 0;
  for (let i = 0; i < p; i++) if ((ints[AS_COUNTS]! >> i) & 1) byte += ints[i]!;
  const base = countsStart(ints);
  for (let i = 0; i < n; i++, byte++) w[i] = LOG_WEIGHT[(ints[base + (byte >> 2)]! >>> ((byte & 3) * 8)) & 255]! / norm;
  return w;
}

function daysStart(ints: Int32Array): number {
  return normsStart(ints) + 4 + ints[N_SAL_NAMES]! + ints[N_SAL_TERMS]!;
}

/** The parts of a profile as `compactParts` takes them: each vector as its keys and weights in order. */
export interface ProfileParts {
  vectors: { keys: readonly string[]; weights: ArrayLike<number> }[];
  lists: readonly (readonly string[])[];
  salient: readonly (readonly [string, number][])[];
  norms: { terms: number; names: number; title: number; lead: number };
  eventDay: number | null;
  publishedDay: number | null;
  statedDays: readonly number[];
  weekdayDays: readonly number[];
  persons: readonly string[];
  blocks: readonly string[];
  outlet: string | null;
}

/** A profile's parts in the order `compactParts` reads them, with its four vectors given as keys and weights. */
export function profileParts(
  p: Pick<WeightedProfile, 'numbers' | 'years' | 'triggers' | 'cities' | 'regions' | 'salient' | 'norms' | 'eventDay' | 'publishedDay' | 'outlet'> & {
    statedDays?: readonly number[];
    weekdayDays?: readonly number[];
    persons?: readonly string[];
    blocks?: readonly string[];
  },
  vectors: ProfileParts['vectors'],
): ProfileParts {
  // A profile saved before blocks had a field of their own holds them in its persons list, prefixed.
  let persons = p.persons ?? [];
  let blocks = p.blocks;
  if (blocks === undefined) {
    blocks = persons.filter((k) => k.startsWith(LEGACY_BLOCK_PREFIX)).map((k) => k.slice(LEGACY_BLOCK_PREFIX.length));
    if (blocks.length > 0) persons = persons.filter((k) => !k.startsWith(LEGACY_BLOCK_PREFIX));
  }
  return {
    vectors,
    lists: [p.numbers, p.years, p.triggers, p.cities, p.regions],
    salient: [p.salient.names, p.salient.terms],
    norms: p.norms,
    eventDay: p.eventDay,
    publishedDay: p.publishedDay,
    statedDays: p.statedDays ?? [],
    weekdayDays: p.weekdayDays ?? [],
    persons,
    blocks,
    outlet: p.outlet,
  };
}

/** The compact form of a weighted profile; `table` interns every string. */
export function compactProfile(p: WeightedProfile, table: TermTable = TERMS): CompactProfile {
  return compactParts(profileParts(p, [p.terms, p.title, p.lead, p.names].map((v) => ({ keys: [...v.keys()], weights: [...v.values()] }))), table);
}

/** The compact form of a profile's parts (vectors terms, title, lead, names; lists numbers, years, triggers, cities, regions; salient names, terms; persons; blocks). */
export function compactParts(p: ProfileParts, table: TermTable = TERMS): CompactProfile {
  const vecs = p.vectors;
  const lists = p.lists;
  const sal = p.salient;
  const counts = [...vecs.map((v) => v.keys.length), ...lists.map((l) => l.length), ...sal.map((x) => x.length), p.persons.length, p.blocks.length];
  const nIds = counts.reduce((a, b) => a + b, 0);
  const asCounts = vecs.map((v) => countsOf(Array.from(v.weights)));
  const nCounts = asCounts.reduce((a, x) => a + (x === null ? 0 : x.counts.length), 0);
  const ints = new Int32Array(HEADER + nIds + Math.ceil(nCounts / 4));
  counts.forEach((c, i) => (ints[i] = c));
  ints[OUTLET] = p.outlet === null ? -1 : table.id(p.outlet);
  asCounts.forEach((x, k) => {
    if (x !== null) ints[AS_COUNTS] |= 1 << k;
  });
  const nWeights = vecs.reduce((a, v, k) => a + (asCounts[k] === null ? v.keys.length : 1), 0) + 4 + counts[9]! + counts[10]! + 2 + p.statedDays.length + p.weekdayDays.length;
  const nums = new Float64Array(nWeights);
  let at = HEADER;
  let wt = 0;
  let byte = 0;
  const base = HEADER + nIds;
  vecs.forEach((v, k) => {
    const x = asCounts[k]!;
    if (x !== null) nums[wt++] = x.norm;
    for (let i = 0; i < v.keys.length; i++) {
      ints[at++] = k === Part.Names ? table.nameId(v.keys[i]!) : table.id(v.keys[i]!);
      if (x === null) nums[wt++] = v.weights[i]!;
      else {
        ints[base + (byte >> 2)] |= x.counts[i]! << ((byte & 3) * 8);
        byte++;
      }
    }
  });
  for (const l of lists) for (const x of l) ints[at++] = table.id(x);
  nums[wt++] = p.norms.terms;
  nums[wt++] = p.norms.names;
  nums[wt++] = p.norms.title;
  nums[wt++] = p.norms.lead;
  sal.forEach((list, k) => {
    for (const [t, w] of list) {
      ints[at++] = k === 0 ? table.nameId(t) : table.id(t);
      nums[wt++] = w;
    }
  });
  for (const x of p.persons) ints[at++] = table.id(x);
  for (const x of p.blocks) ints[at++] = table.id(x);
  nums[wt++] = p.eventDay ?? Number.NaN;
  nums[wt++] = p.publishedDay ?? Number.NaN;
  for (const d of p.statedDays) nums[wt++] = d;
  for (const d of p.weekdayDays) nums[wt++] = -d;
  return { ints, nums };
}

/** The weighted profile a compact one was made from (fields in the order `weightProfile` gives them). */
export function expandProfile(c: CompactProfile, table: TermTable = TERMS): WeightedProfile {
  const { ints, nums } = c;
  const vec = (p: Part): Vec => {
    const out: Vec = new Map();
    const s = idStart(ints, p);
    const w = vectorWeights(c, p);
    const strip = p === Part.Names ? 1 : 0;
    for (let i = 0; i < ints[p]!; i++) out.set(table.str(ints[s + i]!).slice(strip), w[i]!);
    return out;
  };
  const list = (p: Part): string[] => {
    const s = idStart(ints, p);
    const out: string[] = [];
    for (let i = 0; i < ints[p]!; i++) out.push(table.str(ints[s + i]!));
    return out;
  };
  const ranked = (p: Part): [string, number][] => {
    const s = idStart(ints, p);
    const w = weightStart(ints, p);
    const strip = p === Part.SalientNames ? 1 : 0;
    const out: [string, number][] = [];
    for (let i = 0; i < ints[p]!; i++) out.push([table.str(ints[s + i]!).slice(strip), nums[w + i]!]);
    return out;
  };
  const n = normsStart(ints);
  const d = daysStart(ints);
  const day = (x: number): number | null => (Number.isNaN(x) ? null : x);
  return {
    terms: vec(Part.Terms),
    title: vec(Part.Title),
    lead: vec(Part.Lead),
    names: vec(Part.Names),
    numbers: list(Part.Numbers),
    years: list(Part.Years),
    triggers: list(Part.Triggers),
    cities: list(Part.Cities),
    regions: list(Part.Regions),
    eventDay: day(nums[d]!),
    publishedDay: day(nums[d + 1]!),
    statedDays: Array.from(nums.subarray(d + 2)).filter((x) => x >= 0),
    weekdayDays: Array.from(nums.subarray(d + 2)).filter((x) => x < 0).map((x) => -x),
    persons: list(Part.Persons),
    blocks: list(Part.Blocks),
    outlet: ints[OUTLET]! < 0 ? null : table.str(ints[OUTLET]!),
    norms: { terms: nums[n]!, names: nums[n + 1]!, title: nums[n + 2]!, lead: nums[n + 3]! },
    salient: { names: ranked(Part.SalientNames), terms: ranked(Part.SalientTerms) },
  };
}

/** The ids of one part of a profile, in order. */
export function partIds(c: CompactProfile, p: Part): Int32Array {
  const s = idStart(c.ints, p);
  return c.ints.subarray(s, s + c.ints[p]!);
}

/** The weights of a salient part, in order. */
export function partWeights(c: CompactProfile, p: Part): Float64Array {
  const s = weightStart(c.ints, p);
  return c.nums.subarray(s, s + c.ints[p]!);
}

/**
 * Positions of the ids of one vector, by id (the last position of an id written twice, as a Map filled in order
 * gives): open addressing over typed arrays, looked up for every id of every candidate compared with the profile.
 */
export class PositionIndex {
  private readonly keys: Int32Array;
  private readonly positions: Int32Array;
  private readonly shift: number;

  constructor(ids: Int32Array) {
    let bits = 3;
    while (1 << bits < ids.length * 2) bits++;
    this.shift = 32 - bits;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.positions = new Int32Array(1 << bits);
    const mask = (1 << bits) - 1;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      let k = Math.imul(id, 0x9e3779b1) >>> this.shift;
      while (this.keys[k] !== -1 && this.keys[k] !== id) k = (k + 1) & mask;
      this.keys[k] = id;
      this.positions[k] = i;
    }
  }

  /** The position of `id`, or -1 when the vector lacks it (ids are never negative). */
  get(id: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    let k = Math.imul(id, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const e = keys[k]!;
      if (e === id) return this.positions[k]!;
      if (e === -1) return -1;
      k = (k + 1) & mask;
    }
  }

  has(id: number): boolean {
    return this.get(id) >= 0;
  }
}

/**
 * A profile ready to be compared with many others: each vector's id -> position, so looking up a
 * term of the other side costs one hash probe; and each part's ids, read out once.
 */
export class IndexedProfile {
  readonly at: PositionIndex[];
  /** Each vector's weights, in order. */
  readonly weights: Float64Array[];
  /** Each part's ids (`partIds`), by part. */
  readonly ids: Int32Array[];

  constructor(readonly profile: CompactProfile) {
    this.ids = [];
    for (let p = Part.Terms; p <= Part.Blocks; p++) this.ids.push(partIds(profile, p));
    this.weights = [Part.Terms, Part.Title, Part.Lead, Part.Names].map((p) => vectorWeights(profile, p));
    this.at = [Part.Terms, Part.Title, Part.Lead, Part.Names].map((p) => new PositionIndex(this.ids[p]!));
  }
}

/** Scratch for the other side's decoded weights. */
const otherW = new Float64Array(256);

/** Scratch for the matches of one vector pair, indexed by the indexed side's positions. */
let matchW = new Float64Array(256);
let matchMark = new Uint32Array(256);
let matchStamp = 0;

function scratch(n: number): void {
  if (n > matchW.length) {
    let m = matchW.length;
    while (m < n) m *= 2;
    matchW = new Float64Array(m);
    matchMark = new Uint32Array(m);
    matchStamp = 0;
  }
  matchStamp++;
  if (matchStamp === 0xffffffff) {
    matchMark.fill(0);
    matchStamp = 1;
  }
}

/**
 * The IDF-weighted cosine of vector part `p` of `a` (indexed) and `b`, summed in the order the
 * Map-based cosine summed it: over the smaller side's entries (`a`'s when the sizes are equal).
 * Also returns, through `rare`, the largest shared-key IDF (for names).
 */
function cosine(a: IndexedProfile, b: CompactProfile, p: Part, na: number, nb: number, idf: IdfTable): number {
  if (na === 0 || nb === 0) return 0;
  const aIds = a.ids[p]!;
  const aW = a.weights[p]!;
  const bIds = partIds(b, p);
  const bW = vectorWeights(b, p, otherW);
  const at = a.at[p]!;
  let dot = 0;
  if (aIds.length <= bIds.length) {
    // Over a's entries in order: find b's weight of each through the scratch.
    scratch(aIds.length);
    for (let j = 0; j < bIds.length; j++) {
      const i = at.get(bIds[j]!);
      if (i < 0) continue;
      matchW[i] = bW[j]!;
      matchMark[i] = matchStamp;
    }
    for (let i = 0; i < aIds.length; i++) {
      if (matchMark[i] !== matchStamp) continue;
      const x = idf.of(aIds[i]!);
      dot += aW[i]! * matchW[i]! * x * x;
    }
  } else {
    for (let j = 0; j < bIds.length; j++) {
      const i = at.get(bIds[j]!);
      if (i < 0) continue;
      const x = idf.of(bIds[j]!);
      dot += bW[j]! * aW[i]! * x * x;
    }
  }
  return dot / (na * nb);
}

function distinctCount(a: Int32Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    let seen = false;
    for (let k = 0; k < i; k++) if (a[k] === a[i]) {
      seen = true;
      break;
    }
    if (!seen) n++;
  }
  return n;
}

function contains(a: Int32Array, x: number): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] === x) return true;
  return false;
}

function jaccard(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let both = 0;
  for (let j = 0; j < b.length; j++) if (contains(a, b[j]!)) both++;
  return both / (distinctCount(a) + b.length - both);
}

function shares(a: Int32Array, b: Int32Array): boolean {
  for (let i = 0; i < a.length; i++) if (contains(b, a[i]!)) return true;
  return false;
}

/** Weighted share of `from`'s salient part `sal` that `to` holds in vector part `p` (0 when none). */
function cover(from: CompactProfile, sal: Part, has: (id: number) => boolean): number {
  const ids = partIds(from, sal);
  const ws = partWeights(from, sal);
  let all = 0;
  let found = 0;
  for (let i = 0; i < ids.length; i++) {
    all += ws[i]!;
    if (has(ids[i]!)) found += ws[i]!;
  }
  return all === 0 ? 0 : found / all;
}

/** Whether a profile states a date within a day of `day`, or names `day` itself by weekday (its stated days, then its
 *  weekday days negated, follow its two days at `days`). */
function statesDay(c: CompactProfile, days: number, day: number): boolean {
  const nums = c.nums;
  for (let i = days + 2; i < nums.length; i++) {
    const x = nums[i]!;
    if (x >= 0 ? Math.abs(x - day) <= 1 : -x === day) return true;
  }
  return false;
}

const DAY_MS = 86_400_000;

/** Whether the later of two days' profile names the earlier day's year as a year (and that is not its own year). */
function namesEarlierYear(later: CompactProfile, laterDay: number, earlierDay: number): boolean {
  const year = new Date(earlierDay * DAY_MS).getUTCFullYear();
  if (new Date(laterDay * DAY_MS).getUTCFullYear() === year) return false;
  const id = TERMS.find('#' + String(year));
  return id >= 0 && contains(partIds(later, Part.Years), id);
}

/** The named pair features (see `PAIR_FEATURES`) of `a` and `b`, exactly as `pairFeatures` of their weighted profiles. */
export function compactPairFeatures(a: IndexedProfile, b: CompactProfile, idf: IdfTable): number[] {
  const A = a.profile;
  const na = normsStart(A.ints);
  const nb = normsStart(b.ints);
  const text = cosine(a, b, Part.Terms, A.nums[na]!, b.nums[nb]!, idf);
  let rare = 0;
  {
    const bIds = partIds(b, Part.Names);
    const at = a.at[Part.Names]!;
    const maxIdf = idf.idf.maxIdf;
    for (let j = 0; j < bIds.length; j++) if (at.has(bIds[j]!)) rare = Math.max(rare, idf.of(bIds[j]!) / maxIdf);
  }
  const da = daysStart(A.ints);
  const db = daysStart(b.ints);
  const eventA = A.nums[da]!;
  const eventB = b.nums[db]!;
  const dayA = Number.isNaN(eventA) ? A.nums[da + 1]! : eventA;
  const dayB = Number.isNaN(eventB) ? b.nums[db + 1]! : eventB;
  const dayKnown = !Number.isNaN(dayA) && !Number.isNaN(dayB);
  const gap = dayKnown ? Math.abs(dayA - dayB) : 0;
  const sameOutlet = A.ints[OUTLET]! >= 0 && A.ints[OUTLET] === b.ints[OUTLET] ? 1 : 0;
  const names = cosine(a, b, Part.Names, A.nums[na + 1]!, b.nums[nb + 1]!, idf);
  const aNumbers = a.ids[Part.Numbers]!;
  const bNumbers = partIds(b, Part.Numbers);
  const aYears = a.ids[Part.Years]!;
  const bYears = partIds(b, Part.Years);
  const aCities = a.ids[Part.Cities]!;
  const bCities = partIds(b, Part.Cities);
  const aRegions = a.ids[Part.Regions]!;
  const bRegions = partIds(b, Part.Regions);
  const bNames = partIds(b, Part.Names);
  const bTerms = partIds(b, Part.Terms);
  const aNameAt = a.at[Part.Names]!;
  const aTermAt = a.at[Part.Terms]!;
  const recalled = dayKnown && gap > 3 && (statesDay(A, da, dayB) || statesDay(b, db, dayA));
  return [
    text,
    names,
    cosine(a, b, Part.Title, A.nums[na + 2]!, b.nums[nb + 2]!, idf),
    rare,
    jaccard(aNumbers, bNumbers),
    aYears.length > 0 && bYears.length > 0 && !shares(aYears, bYears) ? 1 : 0,
    jaccard(a.ids[Part.Triggers]!, partIds(b, Part.Triggers)),
    shares(aCities, bCities) ? 1 : 0,
    aCities.length > 0 && bCities.length > 0 && !shares(aCities, bCities) ? 1 : 0,
    aRegions.length > 0 && bRegions.length > 0 && !shares(aRegions, bRegions) ? 1 : 0,
    cosine(a, b, Part.Lead, A.nums[na + 3]!, b.nums[nb + 3]!, idf),
    dayKnown && gap <= 3 ? 1 : 0,
    dayKnown && gap > 3 && gap <= 30 ? 1 : 0,
    dayKnown && gap > 30 && gap <= 365 ? 1 : 0,
    dayKnown && gap > 365 ? 1 : 0,
    !Number.isNaN(eventA) && !Number.isNaN(eventB) ? 1 : 0,
    sameOutlet,
    sameOutlet * text,
    dayKnown ? 0 : text,
    dayKnown ? 0 : names,
    Math.min(
      cover(A, Part.SalientNames, (id) => contains(bNames, id)),
      cover(b, Part.SalientNames, (id) => aNameAt.has(id)),
    ),
    Math.min(
      cover(A, Part.SalientTerms, (id) => contains(bTerms, id)),
      cover(b, Part.SalientTerms, (id) => aTermAt.has(id)),
    ),
    aNumbers.length > 0 && bNumbers.length > 0 && !shares(aNumbers, bNumbers) ? 1 : 0,
    recalled ? 1 : 0,
    dayKnown && gap > 30 && (dayA > dayB ? namesEarlierYear(A, dayA, dayB) : namesEarlierYear(b, dayB, dayA)) ? 1 : 0,
    shares(a.ids[Part.Persons]!, partIds(b, Part.Persons)) ? 1 : 0,
  ];
}

/**
 * The `max` entries of vector part `p` with the largest weight times IDF (positive only), largest
 * first, ties by the term's string: ids with their scores.
 */
export function topEntries(c: CompactProfile, p: Part, max: number, idf: IdfTable, table: TermTable = TERMS): [number, number][] {
  const ids = partIds(c, p);
  const ws = vectorWeights(c, p);
  const ranked: [number, number][] = [];
  for (let i = 0; i < ids.length; i++) {
    const s = ws[i]! * idf.of(ids[i]!);
    if (s > 0) ranked.push([ids[i]!, s]);
  }
  ranked.sort((x, y) => y[1] - x[1] || (table.str(x[0]) < table.str(y[0]) ? -1 : 1));
  return ranked.slice(0, max);
}

/**
 * Posting lists by term id in typed arrays: each list a chain of entries (document, next), read
 * oldest first; entries dropped when a list is cut are reused. Per term only where its list
 * begins is kept: a list is short (cut at a bound), so its end and length are found by walking it.
 * A list of one document (most terms of a large store are seen once) keeps it there, as minus the
 * document minus one, and takes no entry.
 */
export class PostingLists {
  /** Per term id: the first entry plus one (0: no list; below 0: the list's one document, negated, minus one). */
  private head: Int32Array = new Int32Array(0);
  /** Term ids in the order their lists began. */
  private order: Int32Array = new Int32Array(0);
  private terms = 0;
  private doc: Int32Array = new Int32Array(0);
  private next: Int32Array = new Int32Array(0);
  private entries = 0;
  /** Reusable entries, chained through `next` (plus one; 0: none). */
  private free = 0;

  /** Bytes of the arrays (for measurements). */
  get bytes(): number {
    return this.head.byteLength + this.order.byteLength + this.doc.byteLength + this.next.byteLength;
  }

  size(term: number): number {
    const h = term < this.head.length ? this.head[term]! : 0;
    if (h < 0) return 1;
    let n = 0;
    for (let e = h; e !== 0; e = this.next[e - 1]!) n++;
    return n;
  }

  /** A chain entry for `doc`, last of its chain (reused when one is free). */
  private entry(doc: number): number {
    let e: number;
    if (this.free !== 0) {
      e = this.free;
      this.free = this.next[e - 1]!;
    } else {
      this.doc = grownTo(this.doc, this.entries + 1);
      this.next = grownTo(this.next, this.entries + 1);
      e = ++this.entries;
    }
    this.doc[e - 1] = doc;
    this.next[e - 1] = 0;
    return e;
  }

  /** Appends a document to a term's list; a list reaching `cutAt` keeps its last `keep` entries. */
  append(term: number, doc: number, cutAt: number, keep: number): void {
    if (term >= this.head.length) this.head = grownTo(this.head, term + 1);
    if (this.head[term] === 0) {
      this.order = grownTo(this.order, this.terms + 1);
      this.order[this.terms++] = term;
      if (cutAt > 1) {
        this.head[term] = -(doc + 1);
        return;
      }
      this.head[term] = this.entry(doc);
    } else {
      // A second document: the list's first moves to a chain.
      if (this.head[term]! < 0) this.head[term] = this.entry(-this.head[term]! - 1);
      const e = this.entry(doc);
      let last = this.head[term]!;
      for (; this.next[last - 1] !== 0; last = this.next[last - 1]!);
      this.next[last - 1] = e;
    }
    const n = this.size(term);
    if (n >= cutAt) {
      // The oldest n - keep entries go to the free chain.
      const first = this.head[term]!;
      let last = first;
      for (let i = 1; i < n - keep; i++) last = this.next[last - 1]!;
      this.head[term] = this.next[last - 1]!;
      this.next[last - 1] = this.free;
      this.free = first;
    }
  }

  /** Calls `fn` with each of the last `max` documents of a term's list, oldest first. */
  forEachLast(term: number, max: number, fn: (doc: number) => void): void {
    const n = this.size(term);
    if (n === 0) return;
    let e = this.head[term]!;
    if (e < 0) {
      if (max >= 1) fn(-e - 1);
      return;
    }
    for (let skip = n - max; skip > 0; skip--) e = this.next[e - 1]!;
    for (; e !== 0; e = this.next[e - 1]!) fn(this.doc[e - 1]!);
  }

  /** Every list, in the order the lists began. */
  *lists(): IterableIterator<[number, number[]]> {
    for (let i = 0; i < this.terms; i++) {
      const t = this.order[i]!;
      if (this.size(t) === 0) continue;
      const docs: number[] = [];
      this.forEachLast(t, Infinity, (d) => docs.push(d));
      yield [t, docs];
    }
  }
}

/**
 * Per-article values kept in memory while they can be read back from the store (a linker's
 * profiles and shingle sets): the `limit` most recently used stay, the others are dropped.
 */
export class RecentlyUsed {
  private readonly order = new Map<number, true>();

  constructor(readonly limit: number) {}

  get size(): number {
    return this.order.size;
  }

  /** Marks `i` as used now, and drops (calls `drop` with) the least recently used past the limit. */
  touch(i: number, drop: (j: number) => void): void {
    this.order.delete(i);
    this.order.set(i, true);
    while (this.order.size > this.limit) {
      const j = this.order.keys().next().value as number;
      this.order.delete(j);
      drop(j);
    }
  }
}

/** Reads one saved row of a linker table by its key, at once (null when there is none). */
export type RowReader = (key: string) => string | null;
