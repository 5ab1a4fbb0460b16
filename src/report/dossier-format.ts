// Shared wording for dossier views: numbers, values with approximation, dates, citation numbers, safe page text.
import type { ArticleJson } from '../model/index.js';
import type { Approximation, DatePrecision } from '../model/analysis.js';
import type { ClaimGroup, Dossier, DossierAttribution, StoryMergeNote, Telling } from '../model/dossier.js';
import { boreInInches, formatNumber } from '../model/measures.js';

export { formatNumber };

const APPROX_WORDS: Record<Approximation, string> = {
  about: 'about',
  'at-least': 'at least',
  'more-than': 'more than',
  'up-to': 'up to',
  'less-than': 'less than',
  nearly: 'nearly',
  estimated: 'an estimated',
};

export function approxWord(approx: Approximation | null): string {
  return approx ? APPROX_WORDS[approx] : '';
}

/** A value as a reader says it: "about 3,000 troops", "1,000–2,000", or "" when there is none. */
export function formatValue(
  value: number | [number, number] | null,
  approx: Approximation | null = null,
  unit: string | null = null,
): string {
  if (value === null) return '';
  // A bore in inches reads as gunsmiths write it: ".38 calibre", ".380 calibre".
  const one = (x: number) => boreInInches(x, unit) ?? formatNumber(x);
  const core = Array.isArray(value) ? `${one(value[0])}–${one(value[1])}` : one(value);
  return [approxWord(approx), core, unitWord(unit, value === 1)].filter((s) => s.length > 0).join(' ');
}

/** A unit as said with its number: "1 person", not "1 persons"; "24 years of age", not "24 year of age". */
function unitWord(unit: string | null, one: boolean): string {
  if (!unit) return '';
  if (one && /^(?:people|persons)$/i.test(unit)) return 'person';
  if (!one && /^(?:year|month|week|day) of age$/.test(unit)) return unit.replace(' of age', 's of age');
  return unit;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date for reading: "Oct 8, 2024", "Oct 2024", "2024"; the year is left out when it equals `omitYear`.
 * Date-times are cut to their day; anything unparseable is returned as written.
 */
export function formatDate(iso: string | null, omitYear?: number): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const year = Number(m[1]);
  const yearPart = omitYear === year ? '' : String(year);
  if (!m[2]) return String(year);
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  if (!m[3]) return `${month} ${year}`;
  const day = `${month} ${Number(m[3])}`;
  return yearPart ? `${day}, ${yearPart}` : day;
}

/** The date cut to the given precision as written in ISO form ("2024-10"), for tables. */
export function isoAtPrecision(date: string, precision: DatePrecision): string {
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return date.slice(0, 7);
  return date.slice(0, 10);
}

/** The year a story's dates mostly fall in, so views can drop it from short dates. */
export function yearOf(iso: string | null): number | undefined {
  const m = iso ? /^(\d{4})/.exec(iso) : null;
  return m ? Number(m[1]) : undefined;
}

/** Citation numbers: each article's 1-based position in the dossier's article list. */
export function citationNumbers(dossier: Dossier): Map<string, number> {
  const numbers = new Map<string, number>();
  dossier.articles.forEach((a, i) => {
    if (!numbers.has(a.id)) numbers.set(a.id, i + 1);
  });
  return numbers;
}

export function articleIndex(articles: readonly ArticleJson[]): Map<string, ArticleJson> {
  return new Map(articles.map((a) => [a.id, a]));
}

/** A cue as a reader sees it: a quote opened by a colon or a dash alone ("Belmar: ...") reads "said". */
export function cueWords(cue: string): string {
  return /\p{L}/u.test(cue) ? cue : 'said';
}

/** Page text made safe for a single line: control characters (ANSI escapes included) removed, whitespace collapsed. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Tellings in the order their values held: by as-of date, then by position in the group. A value its
 * article tells as an earlier one ("previously there had been talk of 1,500") has no date of its own; it
 * held before that article's dated values, so it sorts just before the earliest of them (first when the
 * article dates none). Other undated tellings come last.
 */
export function tellingsByDate(group: ClaimGroup): Telling[] {
  const firstOfArticle = new Map<string, string>();
  for (const t of group.tellings) {
    if (t.asOf === null) continue;
    const seen = firstOfArticle.get(t.articleId);
    if (seen === undefined || t.asOf < seen) firstOfArticle.set(t.articleId, t.asOf);
  }
  // Sort keys: an as-of date, then 0 for a value held before that date's, 1 otherwise.
  const key = (t: Telling): [string, number] => {
    if (t.asOf !== null) return [t.asOf, 1];
    if (t.rules.asOf === 'time/earlier-value') return [firstOfArticle.get(t.articleId) ?? '', 0];
    return ['\uffff', 1];
  };
  return group.tellings
    .map((t, i) => ({ t, i, k: key(t) }))
    .sort((a, b) => (a.k[0] < b.k[0] ? -1 : a.k[0] > b.k[0] ? 1 : a.k[1] - b.k[1] || a.i - b.i))
    .map((x) => x.t);
}

export interface ValueStep {
  value: number | [number, number];
  approx: Approximation | null;
  unit: string | null;
  asOf: string | null;
  origin: string;
  outlet: string | null;
  /** How many further tellings repeated the same value before it changed. */
  repeats: number;
  /** Told as a value held before its article's present one, with no date of its own. */
  earlier: boolean;
}

function sameValue(a: number | [number, number], b: number | [number, number]): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a[0] === b[0] && a[1] === b[1];
  }
  return a === b;
}

/** The history of a group's value: consecutive tellings of the same value (by date) fold into one step. */
export function valueHistory(group: ClaimGroup): ValueStep[] {
  const steps: ValueStep[] = [];
  for (const t of tellingsByDate(group)) {
    if (t.value === null || t.negated) continue;
    const last = steps[steps.length - 1];
    if (last && sameValue(last.value, t.value)) {
      last.repeats += 1;
      continue;
    }
    steps.push({ value: t.value, approx: t.approx, unit: t.unit, asOf: t.asOf, origin: t.origin, outlet: t.outlet, repeats: 0, earlier: t.asOf === null && t.rules.asOf === 'time/earlier-value' });
  }
  return steps;
}

/** Tellings that deny the group's claim: a party's denial, not a negation of what has not happened ("no arrests have been made"). */
export function denials(group: ClaimGroup): Telling[] {
  return group.tellings.filter((t) => t.modality === 'denied');
}

/** Distinct outlets among the tellings, in first-seen order. */
export function tellingOutlets(group: ClaimGroup): string[] {
  return [...new Set(group.tellings.map((t) => t.outlet ?? 'unknown outlet'))];
}

export interface SpeakerGroup {
  name: string;
  entityId: string | null;
  attributions: DossierAttribution[];
}

/** Attributions grouped by speaker (by entity when resolved, else by name), most quoted first. */
export function bySpeaker(attributions: readonly DossierAttribution[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  // "Police said" opening a sentence and "police said" inside one: a name written in two cases is one speaker, whether
  // or not one of its writings resolved to an entity.
  const byName = new Map<string, SpeakerGroup>();
  for (const a of attributions) {
    const name = `n:${oneLine(a.speaker.name).toLowerCase()}`;
    const key = a.speaker.entityId ? `e:${a.speaker.entityId}` : name;
    let g = groups.get(key) ?? byName.get(name);
    if (!g) {
      g = { name: a.speaker.name, entityId: a.speaker.entityId, attributions: [] };
      groups.set(key, g);
    }
    if (!byName.has(name)) byName.set(name, g);
    g.attributions.push(a);
  }
  return [...new Set(groups.values())].sort(
    (a, b) => b.attributions.length - a.attributions.length || a.name.localeCompare(b.name),
  );
}

/** The group's leading value with the unit its tellings use ("3,000 soldiers"), or null when it counts nothing. */
export function leadingValue(group: ClaimGroup): string | null {
  if (group.latestValue === null) return null;
  // The unit of a telling of that value ("3 others injured"), not of whichever telling came first ("1 deal and").
  const same = group.tellings.find((t) => !t.negated && JSON.stringify(t.value) === JSON.stringify(group.latestValue));
  const unit = (same ?? group.tellings.find((t) => t.value !== null && !t.negated))?.unit ?? null;
  return formatValue(group.latestValue, null, unit);
}

/**
 * One line saying a story was merged into this one and why: the bridging article, the merged
 * story's article it matched, the score and the features that decided. `cite` names an article;
 * `text` makes page text safe for the output (escaping).
 */
export function mergeLine(m: StoryMergeNote, cite: (id: string) => string, text: (s: string) => string = oneLine): string {
  const n = m.articleIds.length;
  const why = m.features.length > 0 ? `; ${m.features.map(text).join(', ')}` : '';
  return `Merged story ${text(m.storyId)} (${n} article${n === 1 ? '' : 's'})${m.at !== null ? ` on ${formatDate(m.at)}` : ''}: ${cite(m.via)} reports the same event as ${cite(m.matched)} (score ${m.score.toFixed(2)}${why})`;
}
