// The closed measures of claims and how each behaves, in one table read by the claims pass and the linker.
import type { KnownMeasure } from './analysis.js';

/** What a closed measure is, from narrowest to widest, as the rules of claims and linking ask it. */
export interface MeasureTraits {
  /** Harm done by violence (killed, injured, shot): what a shooting's victims told one by one count. */
  harm: boolean;
  /** People the event itself touched: harmed, missing, moved or saved (a story's casualties). */
  victims: boolean;
  /** A count of persons that a count of things can be misread as ("three vehicles" are not three arrested). */
  persons: boolean;
  /** A count of people (victims, arrests, charges): its group is keyed by whom it counts (the people, officers, the shooters, a charge). */
  peopleCount: boolean;
  /** A count that runs over time (a toll that rises, a deployment that grows): a change is an update, whoever tells it; its parts are told beside it. */
  running: boolean;
  /** "12 more" beside a raised total is an increase, not a value of the count. */
  increments: boolean;
  /** A cue of this measure before a number counts it only right before it ("an arrest and conviction ... two officers"). */
  cueAdjacent: boolean;
  /** A measure of the story's own event (tolls, arrests, deployments, a quake's size): one telling is still listed. */
  ofStory: boolean;
  /** A number in a list keeps this measure rather than taking the list head's. */
  keepsOwn: boolean;
  /** Place among a story's key figures, most important first (set by hand: what a reader of a shooting, a disaster or a deployment asks first); null: not a key figure. */
  keyRank: number | null;
}

type Row = Partial<MeasureTraits>;
const harmed: Row = { harm: true, victims: true, persons: true, peopleCount: true, running: true, ofStory: true, keepsOwn: true };
const touched: Row = { victims: true, persons: true, peopleCount: true, running: true, ofStory: true, keepsOwn: true };

const ROWS: Record<KnownMeasure, Row> = {
  killed: { ...harmed, increments: true, keyRank: 0 },
  injured: { ...harmed, increments: true, keyRank: 1 },
  shot: { ...harmed },
  missing: { ...touched, increments: true, keyRank: 2 },
  kidnapped: { ...touched, increments: true, keyRank: 2.5 },
  troops: { running: true, ofStory: true, keepsOwn: true, keyRank: 3 },
  displaced: { ...touched, cueAdjacent: true, keyRank: 4 },
  evacuated: { ...touched, cueAdjacent: true, keyRank: 5 },
  rescued: { ...touched, cueAdjacent: true, keyRank: 6 },
  arrested: { persons: true, peopleCount: true, running: true, increments: true, cueAdjacent: true, ofStory: true, keepsOwn: true, keyRank: 7 },
  charged: { peopleCount: true, running: true, cueAdjacent: true, ofStory: true, keepsOwn: true, keyRank: 8 },
  magnitude: { ofStory: true, keepsOwn: true, keyRank: 9 },
  depth: { ofStory: true, keepsOwn: true, keyRank: 10 },
  age: { keepsOwn: true },
  distance: { keepsOwn: true },
  'poll-share': { keepsOwn: true },
  money: {},
  'shots-fired': {},
  event: {},
};

const NONE: MeasureTraits = { harm: false, victims: false, persons: false, peopleCount: false, running: false, increments: false, cueAdjacent: false, ofStory: false, keepsOwn: false, keyRank: null };
const TRAITS: ReadonlyMap<string, MeasureTraits> = new Map(Object.entries(ROWS).map(([m, row]) => [m, { ...NONE, ...row }]));

/** The traits of a measure; an open-tail measure (`other:…`) or an unknown one has none. */
export function measureTraits(measure: string): MeasureTraits {
  return TRAITS.get(measure) ?? NONE;
}

/** Whether a measure has a trait: `hasTrait('killed', 'running')`. */
export function hasTrait(measure: string, trait: Exclude<keyof MeasureTraits, 'keyRank'>): boolean {
  return (TRAITS.get(measure) ?? NONE)[trait];
}

/** The closed measures that make key figures, most important first. */
export const KEY_FIGURE_MEASURES: readonly KnownMeasure[] = (Object.keys(ROWS) as KnownMeasure[])
  .filter((m) => measureTraits(m).keyRank !== null)
  .sort((a, b) => measureTraits(a).keyRank! - measureTraits(b).keyRank!);

/** A bore in inches: its value is its designation. */
const CALIBRE_UNIT = /^calib(?:er|re)s?$/i;

/** Whether a unit is a gun's bore ("calibre", "caliber", "gauge"): its values read with it. */
export function isBoreUnit(unit: string | null | undefined): boolean {
  return !!unit && (CALIBRE_UNIT.test(unit) || /^gauge$/i.test(unit));
}

/** Formatters made once (toLocaleString builds one per call): two decimals, and three for a value below one. */
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const FRACTION = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** A number with thousands separators as a reader reads it ("12,000", "1.5"); a value below one keeps a third decimal (a batting average of 0.308, not 0.31). */
export function formatNumber(n: number): string {
  return (n !== 0 && Math.abs(n) < 1 ? FRACTION : NUMBER).format(n);
}

/**
 * A bore in inches as gunsmiths write it, from its designation, the digits after the point as written: 38 -> ".38",
 * 380 -> ".380", 357 -> ".357", 40 -> ".40" (".380" is another cartridge than ".38", so the written digits are the value);
 * null for a gauge, a bore in millimetres or no designation.
 */
export function boreInInches(x: number, unit: string | null | undefined): string | null {
  if (!unit || !CALIBRE_UNIT.test(unit)) return null;
  return Number.isInteger(x) && x > 0 && x < 1000 ? `.${x}` : null;
}
