// Judges a key figure's verdict against an incident's true count, from the values its articles told and when they told them.
//
// The rule of "right" follows CLAIMS.md: a running count that changes over time is one `updated`
// series whose latest value leads; `contested` is for values the story never reconciles; values
// that agree are `corroborated` (several origins) or `single-origin` (one); `denied` needs a denial,
// which no count told with numbers is. Only figures whose history holds two or more distinct values
// are judged. The figure's claim group gives the tellings; a telling's value is firm unless it is a
// bound ("at least 1", "more than 2", "up to 3"). Tellings are placed in time by their article's
// publication day (the time a reader learnt the value; GVA articles carry a day, not an hour).
//
// With T the true count, the other values are the firm values other than T and the bounds that T
// breaks, except those told by an article that also tells T (an article does not dispute itself: its
// other values are parts or earlier steps of T, "five teens were wounded ... two boys"). Each other value is:
// - resolved when it was told on a day before the last day T was told (an earlier value that the
//   story later gave up), or on that same day and below T (a toll told lower the same day is an
//   earlier count of it: the dead and hurt do not come back);
// - unresolved otherwise (told after T, or above T on T's last day).
// Then the figure's class, and the verdicts that are right for it:
// - `agree`: no firm value other than T and every bound holds T -> corroborated, single-origin
//   or updated (a bound made firm later is a rise of what is known, not a change of value);
// - `reconciled`: T is told, every other value is resolved -> updated;
// - `unreconciled`: T is told, some other value is unresolved -> contested;
// - `truth-absent`: no firm telling states T (or none with a bound when there is no firm value) -> not judged.
import type { ClaimGroup, KeyFigure, Telling, Verdict } from '../../src/model/dossier.js';

export type HonestyClass = 'agree' | 'reconciled' | 'unreconciled' | 'truth-absent';

export interface VerdictJudgement {
  cls: HonestyClass;
  /** Whether the verdict is right for its class; null when the class is not judged. */
  right: boolean | null;
}

const BOUNDS = new Set(['at-least', 'more-than', 'up-to', 'less-than']);

const holds = (t: Telling, x: number): boolean => {
  const v = t.value as number | [number, number];
  const [lo, hi] = Array.isArray(v) ? v : [v, v];
  switch (t.approx) {
    case 'at-least': return x >= lo;
    case 'more-than': return x > lo;
    case 'up-to': return x <= hi;
    case 'less-than': return x < hi;
    default: return x >= lo && x <= hi;
  }
};
const point = (t: Telling): number => (Array.isArray(t.value) ? t.value[1] : (t.value as number));
const day = (t: Telling): string => (t.published ?? '').slice(0, 10);

/** Whether a figure's history holds two or more distinct values (the figures this judgement is for). */
export function hasDistinctValues(f: KeyFigure): boolean {
  return new Set(f.history.map((p) => JSON.stringify(p.value))).size >= 2;
}

/** The class of a group's tellings against the true count. */
export function honestyClass(tellings: readonly Telling[], truth: number): HonestyClass {
  const valued = tellings.filter((t) => t.value !== null);
  const firm = valued.filter((t) => !BOUNDS.has(t.approx ?? ''));
  const basis = firm.length > 0 ? firm : valued;
  const told = basis.filter((t) => holds({ ...t, approx: firm.length > 0 ? t.approx : null }, truth));
  if (told.length === 0) return 'truth-absent';
  const lastDay = told.map(day).sort().at(-1) ?? '';
  const tellsTruth = new Set(told.map((t) => t.articleId));
  const others = valued.filter((t) => !holds(t, truth) && !tellsTruth.has(t.articleId));
  if (others.length === 0) return 'agree';
  const resolved = (t: Telling) => day(t) < lastDay || (day(t) === lastDay && point(t) < truth);
  return others.every(resolved) ? 'reconciled' : 'unreconciled';
}

const RIGHT: Record<Exclude<HonestyClass, 'truth-absent'>, readonly Verdict[]> = {
  agree: ['corroborated', 'single-origin', 'updated'],
  reconciled: ['updated'],
  unreconciled: ['contested'],
};

/** Judges a figure's verdict from its group's tellings and the true count. */
export function judgeVerdict(verdict: Verdict, group: Pick<ClaimGroup, 'tellings'>, truth: number): VerdictJudgement {
  const cls = honestyClass(group.tellings, truth);
  return { cls, right: cls === 'truth-absent' ? null : RIGHT[cls].includes(verdict) };
}
