// The learned same-event decision: named pair features of two event profiles, scored by a logistic regression.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../analyze/attribution/model.js';
import type { BackgroundIdf } from './background.js';
import { compactPairFeatures, compactProfile, idfTable, IndexedProfile, Part, partIds, TERMS, type CompactProfile } from './compact.js';
import type { EventProfile, Vec } from './event-profile.js';

/** Feature names in vector order; the model file names its weights by these. */
export const PAIR_FEATURES = [
  'text', // IDF-weighted cosine of content terms
  'names', // IDF-weighted cosine of proper-noun keys
  'title', // IDF-weighted cosine of titles (0 when either has none)
  'rareName', // the rarest shared name's IDF over the largest IDF
  'numbers', // Jaccard of the figures stated (years left out)
  'yearConflict', // both state years and share none
  'triggers', // Jaccard of event trigger words
  'cityMatch', // a city named by both
  'cityConflict', // both name cities, none shared
  'regionConflict', // both name states or countries, none shared
  'lead', // IDF-weighted cosine of the leads (first 400 characters)
  'dayNear', // event days (publication days when the text gives none) at most 3 days apart
  'dayWeeks', // 4 to 30 days apart
  'dayMonths', // 31 to 365 days apart
  'dayYears', // more than a year apart
  'eventDays', // both event days resolved from the text
  'sameOutlet', // same outlet or site
  'textSameOutlet', // text similarity within one outlet (same-outlet follow-ups vs. same-outlet other incidents)
  'textUndated', // text similarity when either day is unknown (time cannot tell events apart)
  'namesUndated', // name similarity when either day is unknown
  'salientNames', // share of each side's three most salient names found in the other (the smaller side)
  'salientTerms', // share of each side's five most salient terms found in the other (the smaller side)
  'numberConflict', // both state figures and share none
  'dayRecalled', // days more than 3 apart, and one side states a date within a day of the other's day, or names that day by weekday ("Saturday's shooting"): a follow-up recalling the event
  'yearRecalled', // days more than 30 apart, and the later side names the earlier day's year (not its own): "the 2013 double homicide"
  'personShared', // both name one person with an age or as identified ("Darnell Moore, 22"): a victim or suspect named again
] as const;

export type PairFeature = (typeof PAIR_FEATURES)[number];

/** A profile with its IDF-weighted lengths, computed once (the weights are fixed). */
export interface WeightedProfile extends EventProfile {
  norms: { terms: number; names: number; title: number; lead: number };
  /** The most salient names (3) and terms (5) with their weight times IDF, largest first. */
  salient: { names: [string, number][]; terms: [string, number][] };
}

export function weightProfile(p: EventProfile, idf: BackgroundIdf): WeightedProfile {
  // Each entry's weight times its IDF, in the vector's order (the IDF of the names and terms read once for both uses below).
  const weighted = (v: Vec, prefix: string): [string, number][] => {
    const out: [string, number][] = [];
    for (const [t, w] of v) out.push([t, w * idf.idf(prefix + t)]);
    return out;
  };
  const norm = (entries: readonly [string, number][]): number => {
    let s = 0;
    for (const [, x] of entries) s += x * x;
    return Math.sqrt(s);
  };
  const salient = (entries: [string, number][], k: number): [string, number][] =>
    entries.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, k);
  const terms = weighted(p.terms, '');
  const names = weighted(p.names, '@');
  const norms = { terms: norm(terms), names: norm(names), title: norm(weighted(p.title, '')), lead: norm(weighted(p.lead, '')) };
  return { ...p, norms, salient: { names: salient(names, 3), terms: salient(terms, 5) } };
}

const compacted = new WeakMap<WeightedProfile, CompactProfile>();
/** The last profile indexed: pairs are mostly asked for one profile against many. */
let lastIndexed: { p: WeightedProfile; x: IndexedProfile } | null = null;

function compactOf(p: WeightedProfile): CompactProfile {
  let c = compacted.get(p);
  if (c === undefined) {
    c = compactProfile(p);
    compacted.set(p, c);
  }
  return c;
}

/** A weighted profile's compact, indexed form (its compact form made once per profile object). */
export function indexedProfile(p: WeightedProfile): IndexedProfile {
  if (lastIndexed?.p !== p) lastIndexed = { p, x: new IndexedProfile(compactOf(p)) };
  return lastIndexed.x;
}

/** The named features of a pair, in `PAIR_FEATURES` order (computed on the compact profiles, see compact.ts). */
export function pairFeatures(a: WeightedProfile, b: WeightedProfile, idf: BackgroundIdf): number[] {
  return compactPairFeatures(indexedProfile(a), compactOf(b), idfTable(idf));
}

const at = (name: PairFeature): number => PAIR_FEATURES.indexOf(name);
const DAY_NEAR = at('dayNear');
const DAY_WEEKS = at('dayWeeks');
const DAY_MONTHS = at('dayMonths');
const DAY_YEARS = at('dayYears');
const EVENT_DAYS = at('eventDays');
const DAY_RECALLED = at('dayRecalled');
const YEAR_RECALLED = at('yearRecalled');
const PERSON_SHARED = at('personShared');

/** Whether either side's day is unknown (no text date and no publication date), from the pair's features. */
export function undatedPair(x: readonly number[]): boolean {
  return x[DAY_NEAR]! + x[DAY_WEEKS]! + x[DAY_MONTHS]! + x[DAY_YEARS]! === 0;
}

/** The streets of a compact profile's street blocks (see `streetBlocks`). */
function blockStreets(c: CompactProfile): string[] {
  const out: string[] = [];
  for (const id of partIds(c, Part.Blocks)) {
    const key = TERMS.str(id);
    out.push(key.slice(0, key.lastIndexOf(':')));
  }
  return out;
}

/**
 * Two scenes apart (`link/apart-scenes`): both texts give their event's day, more than 3 days apart, neither recalls the
 * other's day or year, they name no person or street block alike, and both place their event on street blocks of which
 * no street is shared ("the 3200 block of West Congress" on a Monday in June, "the 2700 block of West Lexington" on a
 * Thursday in October): two shootings one outlet reports in one neighbourhood, not one story. Such a pair never links.
 */
export function apartScenes(a: CompactProfile, b: CompactProfile, x: readonly number[]): boolean {
  if (x[EVENT_DAYS] !== 1 || x[DAY_NEAR] !== 0 || undatedPair(x) || x[DAY_RECALLED] !== 0 || x[YEAR_RECALLED] !== 0 || x[PERSON_SHARED] !== 0) return false;
  const sa = blockStreets(a);
  if (sa.length === 0) return false;
  const sb = blockStreets(b);
  return sb.length > 0 && !sa.some((s) => sb.includes(s));
}

/** The probability a join compares with the threshold: the model's, 0 for scenes apart, and lowered by `undatedOffset`
 *  in log-odds for an undated pair. */
export function decisionScore(model: PairModel, x: readonly number[], a: CompactProfile, b: CompactProfile, undatedOffset: number): number {
  if (apartScenes(a, b, x)) return 0;
  const p = predict(model, x);
  return undatedOffset > 0 && undatedPair(x) ? offsetScore(p, undatedOffset) : p;
}

/** A probability lowered by `offset` in log-odds. */
export function offsetScore(p: number, offset: number): number {
  if (offset === 0 || p <= 0 || p >= 1) return p;
  return 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) - offset)));
}

/** The decision score of two weighted profiles (as the index computes it). */
export function pairScore(model: PairModel, a: WeightedProfile, b: WeightedProfile, idf: BackgroundIdf, undatedOffset = model.decision?.undatedOffset ?? 0): number {
  const x = pairFeatures(a, b, idf);
  return decisionScore(model, x, compactOf(a), compactOf(b), undatedOffset);
}

/** A logistic regression over the pair features, with the threshold a join needs. */
export interface PairModel {
  features: string[];
  weights: number[];
  bias: number;
  /** Probability a pair needs for the article to join (or bridge) a story. */
  threshold: number;
  /** The story-level settings of the decision chosen with the threshold (see `StoryOptions`); 0 each when absent. */
  decision?: { supportShare: number; bridgeShare: number; undatedOffset?: number };
  /** What it was trained on and how the threshold was set. */
  trainedOn: string;
}

/** Throws unless the model's features are the ones `pairFeatures` computes, in order. */
export function checkPairModel(model: PairModel): void {
  if (model.features.length !== PAIR_FEATURES.length || model.features.some((f, i) => f !== PAIR_FEATURES[i]) || model.weights.length !== PAIR_FEATURES.length) {
    throw new Error(`story-linking model features [${model.features.join(', ')}] differ from the code's [${PAIR_FEATURES.join(', ')}]: train it again (npm run train:link)`);
  }
}

export function predict(model: PairModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** The features that moved the score most, as "name +contribution" (largest first). */
export function explain(model: PairModel, x: readonly number[], max = 4): string[] {
  return x
    .map((v, i) => ({ name: model.features[i]!, c: model.weights[i]! * v }))
    .filter((e) => e.c !== 0)
    .sort((p, q) => Math.abs(q.c) - Math.abs(p.c))
    .slice(0, max)
    .map((e) => `${e.name} ${e.c >= 0 ? '+' : ''}${e.c.toFixed(2)}`);
}

/** Trains a logistic regression by full-batch gradient descent with L2 (deterministic). */
export function trainPairModel(
  xs: readonly number[][],
  ys: readonly number[],
  options: { l2?: number; epochs?: number; rate?: number; positiveWeight?: number; rowWeights?: readonly number[] } = {},
): { weights: number[]; bias: number } {
  const l2 = options.l2 ?? 1e-3;
  const epochs = options.epochs ?? 400;
  const rate = options.rate ?? 0.5;
  const n = PAIR_FEATURES.length;
  const pos = ys.reduce((a, y) => a + y, 0);
  const posW = options.positiveWeight ?? (pos > 0 ? Math.min(10, (ys.length - pos) / pos) : 1);
  const w = new Array<number>(n).fill(0);
  let b = 0;
  // Adam keeps the step size sane across features of different scales.
  const m = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const rw = (k: number): number => options.rowWeights?.[k] ?? 1;
  const total = ys.reduce((a, y, k) => a + (y === 1 ? posW : 1) * rw(k), 0);
  for (let e = 1; e <= epochs; e++) {
    const g = new Array<number>(n + 1).fill(0);
    for (let k = 0; k < xs.length; k++) {
      const x = xs[k]!;
      let z = b;
      for (let i = 0; i < n; i++) z += w[i]! * x[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const weight = (ys[k] === 1 ? posW : 1) * rw(k);
      const d = (p - ys[k]!) * weight;
      for (let i = 0; i < n; i++) g[i]! += d * x[i]!;
      g[n]! += d;
    }
    for (let i = 0; i <= n; i++) {
      const grad = g[i]! / total + (i < n ? l2 * w[i]! : 0);
      m[i] = 0.9 * m[i]! + 0.1 * grad;
      v[i] = 0.999 * v[i]! + 0.001 * grad * grad;
      const step = (rate * 0.1 * (m[i]! / (1 - 0.9 ** e))) / (Math.sqrt(v[i]! / (1 - 0.999 ** e)) + 1e-8);
      if (i < n) w[i]! -= step;
      else b -= step;
    }
  }
  return { weights: w, bias: b };
}

export const PAIR_MODEL_PATH = join('models', 'link', 'pair-model.json');

let cached: PairModel | null = null;

/** The shipped pair model (loaded once). */
export function defaultPairModel(): PairModel {
  if (cached !== null) return cached;
  const path = join(packageRoot(), PAIR_MODEL_PATH);
  if (!existsSync(path)) throw new Error(`story-linking model missing: ${path}`);
  const model = JSON.parse(readFileSync(path, 'utf8')) as PairModel;
  checkPairModel(model);
  cached = model;
  return cached;
}
