// The value a group or figure leads with: the one most articles tell, parts and bounds giving way to firm wholes; and the time order of tellings.
import type { ClaimFrame, Telling } from '../model/dossier.js';
import { partsBelowWhole } from './count-parts.js';

/** Orders tellings by the time they hold for, then by publication; an earlier value without a date comes first. */
export function byTime(a: Telling, b: Telling): number {
  return (a.asOf ?? '').localeCompare(b.asOf ?? '') || (a.published ?? '').localeCompare(b.published ?? '') || a.articleId.localeCompare(b.articleId) || a.span[0] - b.span[0];
}

/**
 * The date each telling is put in time order by: its own as-of date; for an earlier value told without a date
 * ("officials said earlier that 57 had died"), the first date another telling gives the same value on or before
 * its article's day, since it tells that step again. With no such telling it has none and comes first.
 */
export function orderDates(tellings: readonly Telling[]): Map<Telling, string | null> {
  const out = new Map<Telling, string | null>();
  // The first date any telling gives each value, found in one pass: the first on or before a day is the first of all
  // when that one is on or before it, else there is none.
  let first: Map<string, string> | undefined;
  const firstDates = () => {
    const m = new Map<string, string>();
    for (const x of tellings) {
      if (x.asOf === null) continue;
      const v = JSON.stringify(x.value);
      const d = m.get(v);
      if (d === undefined || x.asOf < d) m.set(v, x.asOf);
    }
    return m;
  };
  for (const t of tellings) {
    let d = t.asOf;
    if (d === null && t.rules.asOf === 'time/earlier-value' && t.value !== null) {
      const day = t.published?.slice(0, 10) ?? null;
      const earliest = (first ??= firstDates()).get(JSON.stringify(t.value));
      if (earliest !== undefined && (day === null || earliest <= day)) d = earliest;
    }
    out.set(t, d);
  }
  return out;
}

/** Tellings in time order: by `orderDates`, then as `byTime`. */
export function inTimeOrder(tellings: readonly Telling[]): Telling[] {
  const d = orderDates(tellings);
  return [...tellings].sort((a, b) => (d.get(a) ?? '').localeCompare(d.get(b) ?? '') || byTime(a, b));
}

/** Measure rules of a toll that adds the shooters who died (shot by others, or by their own hand). */
const SHOOTER_COUNTED = /\+(?:shooter-killed|shooter-suicide(?:-after)?|suicide-beside)\b/;
/** A toll told as holding the shooter: "including the shooter", "including the gunman". */
const SHOOTER_INCLUDED = /\bincluding\s+the\s+(?:suspected\s+|alleged\s+)?(?:shooter|gunman|suspect|attacker|killer)\b/i;

/**
 * The value a figure leads with: the one most articles tell (each article once per value, bounds
 * such as "at least 1" or "up to 24" only where nothing firmer is told, parts of a whole told beside it never),
 * the later on ties.
 */
export function mostToldTelling(tellings: readonly Telling[], frame: ClaimFrame | undefined): Telling | null {
  // A part of a whole told beside it ("two of them at the bar", "one in critical condition") does not vote against the whole, however often it is told.
  const parts = partsBelowWhole(tellings, frame);
  // A bound either way ("at least 1", "up to two dozen") gives way to a number told as it is.
  const firm = tellings.filter((t) => t.value !== null && t.approx !== 'at-least' && t.approx !== 'more-than' && t.approx !== 'up-to' && t.approx !== 'less-than' && !parts.has(t));
  const pool = firm.length > 0 ? firm : tellings.filter((t) => t.value !== null);
  const votes = new Map<string, { n: Set<string>; last: Telling }>();
  for (const t of pool) {
    const k = JSON.stringify(t.value);
    const v = votes.get(k) ?? { n: new Set<string>(), last: t };
    v.n.add(t.articleId);
    v.last = t;
    votes.set(k, v);
  }
  let best: { n: Set<string>; last: Telling } | null = null;
  // On a tie, a toll that counts the shooters killed is the fuller one ("14 killed" and "16, with the two suspects"; "his
  // wife and four children ... then turned the shotgun on himself" and "his wife and four children"; "Seven people,
  // including the shooter, were killed" and "fatally shot six people").
  // (A sentence's "including the shooter" is read for a toll of the dead only: "two were killed, including the suspect,
  // and six others were injured" says nothing of the hurt.)
  const full = (t: Telling) => Number(SHOOTER_COUNTED.test(t.rules.measure) || (frame?.measure === 'killed' && SHOOTER_INCLUDED.test(t.sentence)));
  // On a tie, a count stated as a number is firmer than one made of victims told one by one, which the reader may miss some of.
  const statedValues = new Set(pool.filter((t) => !t.rules.measure.startsWith('measure/victim-described')).map((t) => JSON.stringify(t.value)));
  const stated = (v: { n: Set<string>; last: Telling }) => Number(statedValues.has(JSON.stringify(v.last.value)));
  for (const v of votes.values()) if (!best || v.n.size > best.n.size || (v.n.size === best.n.size && (full(v.last) - full(best.last) || stated(v) - stated(best) || byTime(v.last, best.last)) > 0)) best = v;
  return best?.last ?? null;
}

