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
  small: Map<number, Int32Array>;
  /** ... and the others by their text. */
  index: Map<string, Int32Array>;
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
  const small = new Map<number, Int32Array>();
  const packed = new Map<string, Int32Array>();
  for (const [t, list] of index) {
    const key = t.length === 3 ? smallKey(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2)) : -1;
    if (key >= 0) small.set(key, Int32Array.from(list));
    else packed.set(t, Int32Array.from(list));
  }
  m = { languages, small, index: packed };
  models.set(script, m);
  return m;
}

/** franc's scripts in its order, each with its expression without the global flag (to test one character). */
const SCRIPTS: { name: string; expression: RegExp; one: RegExp }[] = Object.keys(expressions)
  .filter((name) => Object.hasOwn(expressions, name))
  .map((name) => ({ name, expression: expressions[name]!, one: new RegExp(expressions[name]!.source, expressions[name]!.flags.replace('g', '')) }));

/** For a character (UTF-16 code unit, not a surrogate), the indices in SCRIPTS of the expressions it matches. */
const scriptsOfChar = new Map<number, number[]>();

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
    for (const s of scriptsOf(code)) counts[s]!++;
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
  const clean = value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
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
  for (let k = 0; k < table.used; k++) {
    const slot = table.slots[k]!;
    const list = small.get(table.keyAt(slot));
    if (list !== undefined) addDistances(sums, list, table.countAt(slot));
  }
  for (const [t, c] of counts.other) {
    const list = index.get(t);
    if (list !== undefined) addDistances(sums, list, c);
  }
  const distances: [string, number][] = languages.map((l, i) => [l, sums[i]!]);
  if (distances.length === 0) return [['und', 1]];
  distances.sort((a, b) => a[1] - b[1]);
  const min = distances[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const d of distances) d[1] = 1 - (d[1] - min) / max || 0;
  return distances;
}

/** Adds to each language's sum the distance of a trigram seen `c` times from its rank there, less the distance of a missing one. */
function addDistances(sums: Float64Array, list: Int32Array, c: number): void {
  for (let k = 0; k < list.length; k += 2) {
    const d = c - list[k + 1]! - 1;
    sums[list[k]!] += (d < 0 ? -d : d) - MAX_DIFFERENCE;
  }
}

/** The most probable language of `value` (franc's `franc`). */
export function franc(value: string, options: { minLength?: number } = {}): string {
  return francAll(value, options)[0]![0];
}
