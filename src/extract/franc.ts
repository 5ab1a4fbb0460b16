// franc-min's language ranking, computed from its own trigram data with an inverted index: the same results, several times faster.
//
// franc scores a sample against every language of its script by summing, over the sample's
// trigrams, the distance of the trigram's rank in the language's model (or 300 when the model
// lacks it). Here each trigram is looked up once in an index of the languages that have it, and
// only those languages' sums change; the sums are integers, so they are exactly franc's, and the
// ranking (stable sort, then normalisation) is done as franc does it.
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's own constants. */
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

interface ScriptModel {
  languages: string[];
  /** Trigram -> pairs of (language index, rank in that language's model): trigrams of three code units below 0x400 by `smallKey`, */
  small: SmallIndex;
  /** ... and the others by their text. */
  index: Map<string, Int32Array>;
}

/**
 * The lists of a script's trigrams with a small key (`smallKey`), in an open-addressing table of typed arrays: a key's
 * slot holds where its list of (language index, rank) pairs lies in one array of all lists.
 */
export class SmallIndex {
  private readonly keys: Int32Array;
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  readonly pairs: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(lists: ReadonlyMap<number, readonly number[]>) {
    let capacity = 16;
    while (capacity < 2 * lists.size) capacity *= 2;
    this.keys = new Int32Array(capacity).fill(-1);
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.shift = 32 - Math.log2(capacity);
    this.mask = capacity - 1;
    let total = 0;
    for (const list of lists.values()) total += list.length;
    this.pairs = new Int32Array(total);
    let at = 0;
    for (const [key, list] of lists) {
      let slot = this.slotOf(key);
      while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.from[slot] = at;
      this.pairs.set(list, at);
      at += list.length;
      this.to[slot] = at;
    }
  }

  private slotOf(key: number): number {
    return Math.imul(key ^ (key >>> 15), 0x9e3779b1) >>> this.shift;
  }

  /** The slot of a key's list, or -1 when no language has the trigram. */
  find(key: number): number {
    const keys = this.keys;
    let slot = this.slotOf(key);
    for (;;) {
      const k = keys[slot]!;
      if (k === key) return slot;
      if (k === -1) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Where the list of the slot's key starts and ends in `pairs`. */
  start(slot: number): number {
    return this.from[slot]!;
  }

  end(slot: number): number {
    return this.to[slot]!;
  }
}

const models = new Map<string, ScriptModel>();

function modelOf(script: string): ScriptModel {
  let m = models.get(script);
  if (m !== undefined) return m;
  const languages: string[] = [];
  const index = new Map<string, number[]>();
  for (const name in data[script]) {
    if (!Object.hasOwn(data[script]!, name)) continue;
    const li = languages.length;
    languages.push(name);
    const seen = new Set<string>();
    data[script]![name]!.split('|').forEach((t, rank) => {
      // franc keeps a trigram's first rank.
      if (seen.has(t)) return;
      seen.add(t);
      const list = index.get(t);
      if (list === undefined) index.set(t, [li, rank]);
      else list.push(li, rank);
    });
  }
  const small = new Map<number, number[]>();
  const packed = new Map<string, Int32Array>();
  for (const [t, list] of index) {
    const key = t.length === 3 ? smallKey(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2)) : -1;
    if (key >= 0) small.set(key, list);
    else packed.set(t, Int32Array.from(list));
  }
  m = { languages, small: new SmallIndex(small), index: packed };
  models.set(script, m);
  return m;
}

/** franc's scripts in its order, each with its expression without the global flag (to test one character). */
const SCRIPTS: { name: string; expression: RegExp; one: RegExp }[] = Object.keys(expressions)
  .filter((name) => Object.hasOwn(expressions, name))
  .map((name) => ({ name, expression: expressions[name]!, one: new RegExp(expressions[name]!.source, expressions[name]!.flags.replace('g', '')) }));

/** For a character (UTF-16 code unit, not a surrogate), the indices in SCRIPTS of the expressions it matches. */
const scriptsOfChar = new Map<number, number[]>();

/** For a code unit below the surrogates and above: its one script's index in SCRIPTS, or one of the marks below. */
const SCRIPT_OF_CHAR = new Int16Array(0x10000).fill(-1);
const UNSEEN = -1;
const NO_SCRIPT = -2;
/** A character several expressions match (read from scriptsOf). */
const SEVERAL = -3;

function scriptsOf(code: number): number[] {
  let found = scriptsOfChar.get(code);
  if (found === undefined) {
    const ch = String.fromCharCode(code);
    found = [];
    for (let s = 0; s < SCRIPTS.length; s++) if (SCRIPTS[s]!.one.test(ch)) found.push(s);
    scriptsOfChar.set(code, found);
  }
  return found;
}

/** Matches of each script's expression in the value, as `value.match(expression).length` counts them. */
function scriptCounts(value: string): number[] {
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      // A surrogate: some expressions match pairs; count those texts as franc does.
      return SCRIPTS.map((s) => value.match(s.expression)?.length ?? 0);
    }
    // Outside the surrogates every match is one character, so a count is the characters an expression matches.
    let one = SCRIPT_OF_CHAR[code]!;
    if (one === UNSEEN) {
      const found = scriptsOf(code);
      SCRIPT_OF_CHAR[code] = one = found.length === 0 ? NO_SCRIPT : found.length === 1 ? found[0]! : SEVERAL;
    }
    if (one === NO_SCRIPT) continue;
    if (one !== SEVERAL) counts[one]!++;
    else for (const s of scriptsOf(code)) counts[s]!++;
  }
  return counts;
}

/** The script whose characters occur most in the value, with its share (franc's getTopScript). */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  const counts = scriptCounts(value);
  for (let s = 0; s < SCRIPTS.length; s++) {
    const count = counts[s]! / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = SCRIPTS[s]!.name;
    }
  }
  return [top, topCount];
}

/**
 * Trigram counts of the cleaned, padded value (trigram-utils' asDictionary): trigrams of three code units below 0x400
 * (`smallKey`) in `table`, the others by their text in `other`; `distinct` is how many different trigrams the value has.
 */
function trigramCounts(value: string): { table: SmallCounts; other: Map<string, number>; distinct: number } {
  // trigram-utils replaces runs of [\u0021-\u0040] by a blank, then runs of blanks by one: each maximal run of either
  // (mixed or not) becomes one blank, which one pattern does in one pass.
  const clean = value.replace(/[\u0021-\u0040\s]+/g, ' ').trim().toLowerCase();
  const padded = ' ' + clean + ' ';
  const table = smallCounts;
  table.clear();
  const other = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const key = smallKey(padded.charCodeAt(i), padded.charCodeAt(i + 1), padded.charCodeAt(i + 2));
    if (key >= 0) table.add(key);
    else {
      const t = padded.slice(i, i + 3);
      other.set(t, (other.get(t) ?? 0) + 1);
    }
  }
  return { table, other, distinct: table.used + other.size };
}

/**
 * Counts of small trigram keys (non-negative integers below 2^30) in an open-addressing table of typed arrays, made once
 * and cleared between samples: no Map and no entry per trigram. The slots used are listed in the order first seen.
 */
export class SmallCounts {
  private keys: Int32Array;
  private counts: Int32Array;
  /** The slots in use, `used` of them. */
  slots: Int32Array;
  used = 0;
  private mask: number;
  /** Takes a product's top bits as a slot. */
  private shift: number;

  /** `capacity`: a power of two. */
  constructor(capacity: number) {
    this.keys = new Int32Array(capacity).fill(-1);
    this.counts = new Int32Array(capacity);
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
  }

  clear(): void {
    for (let k = 0; k < this.used; k++) this.keys[this.slots[k]!] = -1;
    this.used = 0;
  }

  add(key: number): void {
    // Kept at most half full, so a free slot is always found.
    if (2 * (this.used + 1) > this.keys.length) this.grow();
    const keys = this.keys;
    let at = Math.imul(key ^ (key >>> 15), 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = keys[at]!;
      if (k === key) {
        this.counts[at]++;
        return;
      }
      if (k === -1) {
        keys[at] = key;
        this.counts[at] = 1;
        this.slots[this.used++] = at;
        return;
      }
      at = (at + 1) & this.mask;
    }
  }

  keyAt(slot: number): number {
    return this.keys[slot]!;
  }

  countAt(slot: number): number {
    return this.counts[slot]!;
  }

  private grow(): void {
    const { keys, counts, slots, used } = this;
    const n = keys.length * 2;
    this.keys = new Int32Array(n).fill(-1);
    this.counts = new Int32Array(n);
    this.slots = new Int32Array(n);
    this.mask = n - 1;
    this.shift = 32 - Math.log2(n);
    this.used = 0;
    for (let k = 0; k < used; k++) {
      const s = slots[k]!;
      const key = keys[s]!;
      for (let c = counts[s]!; c > 0; c--) this.add(key);
    }
  }
}

/** Room for the trigrams of a sample of MAX_LENGTH characters (and more when a caller's value is longer). */
const smallCounts = new SmallCounts(8192);

/** Three code units below 0x400 (Latin, Greek and the like) as one small integer, else -1: a trigram's key without making its text. */
function smallKey(a: number, b: number, c: number): number {
  return a < 0x400 && b < 0x400 && c < 0x400 ? (a << 20) | (b << 10) | c : -1;
}

/** Languages ranked for `value`, each with franc's normalised score (1 for the best): what `francAll(value, { minLength })` returns. */
export function francAll(value: string, options: { minLength?: number } = {}): [string, number][] {
  const minLength = options.minLength ?? MIN_LENGTH;
  if (!value || value.length < minLength) return [['und', 1]];
  value = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (script === undefined || !Object.hasOwn(data, script)) {
    if (script === undefined || share === 0) return [['und', 1]];
    return [[script, 1]];
  }
  const { languages, small, index } = modelOf(script);
  const counts = trigramCounts(value);
  // Integer sums (exact in doubles), so the order trigrams are added in changes nothing.
  const sums = new Float64Array(languages.length).fill(counts.distinct * MAX_DIFFERENCE);
  const table = counts.table;
  const pairs = small.pairs;
  for (let k = 0; k < table.used; k++) {
    const slot = table.slots[k]!;
    const found = small.find(table.keyAt(slot));
    if (found >= 0) addDistances(sums, pairs, small.start(found), small.end(found), table.countAt(slot));
  }
  for (const [t, c] of counts.other) {
    const list = index.get(t);
    if (list !== undefined) addDistances(sums, list, 0, list.length, c);
  }
  const distances: [string, number][] = languages.map((l, i) => [l, sums[i]!]);
  if (distances.length === 0) return [['und', 1]];
  distances.sort((a, b) => a[1] - b[1]);
  const min = distances[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const d of distances) d[1] = 1 - (d[1] - min) / max || 0;
  return distances;
}

/**
 * Adds to each language's sum the distance of a trigram seen `c` times from its rank there, less the distance of a missing
 * one: the trigram's (language index, rank) pairs are `list[from..to)`.
 */
function addDistances(sums: Float64Array, list: Int32Array, from: number, to: number, c: number): void {
  for (let k = from; k < to; k += 2) {
    const d = c - list[k + 1]! - 1;
    sums[list[k]!] += (d < 0 ? -d : d) - MAX_DIFFERENCE;
  }
}

/** The most probable language of `value` (franc's `franc`). */
export function franc(value: string, options: { minLength?: number } = {}): string {
  return francAll(value, options)[0]![0];
}
