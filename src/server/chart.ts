// A small hand-written SVG chart of a claim group's values at the dates they hold for, one colour per origin, with labelled axes and a table of the same points.
import type { ClaimGroup, Telling } from '../model/dossier.js';
import { html, SafeHtml } from './html.js';
import { dateText as formatDate, outletName, readableValue, scaledNumber } from './pages/words.js';

/**
 * Drawing sizes in SVG units. The chart is drawn at its natural width on a wide screen and
 * shrinks to fit a phone: at 360 px the plot gets about 310 px, so 14-unit text stays above 12 px.
 */
const WIDTH = 340;
const HEIGHT = 216;
const PAD = { left: 58, right: 14, top: 30, bottom: 48 };
const FONT = 14;
/** Origins get one of this many colour classes (.o0 ... .o5 in the stylesheet). */
const PALETTE = 6;

/** Milliseconds of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date (its first day), or null. */
export function dateMs(date: string | null): number | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1')) : null;
}

/** One plotted telling: where it is drawn, and whether it restates a value its origin had already replaced. */
export interface ChartPoint {
  telling: Telling;
  /** The date plotted: when the value held (for a restated earlier value, the last date it was told as current). */
  at: string;
  low: number;
  high: number;
  origin: number;
  earlier: boolean;
  /** How many tellings this point stands for (same origin, value, date and kind). */
  count: number;
  /** The value as the text says it ("about 3,000 troops"). */
  valueText: string;
}

function valueKey(v: number | [number, number]): string {
  return Array.isArray(v) ? `${v[0]}-${v[1]}` : String(v);
}

/** What one origin told: for each value, when it was first told, and the articles and dates that told it. */
interface ValueRecord {
  first: string;
  articles: Set<string>;
  dates: Set<string>;
  /** Dates it was told on, sorted. */
  sorted: string[];
}

/**
 * The points of a group's chart, one per origin, value, date and kind (repeats are counted). A
 * telling that repeats a value its origin had already replaced (by the same date, or in the same
 * article that tells the newer value: "previously there had been talk of 1,500") is an earlier
 * value: it is plotted at the last date it held as current, and marked.
 */
export function chartPoints(group: ClaimGroup): ChartPoint[] {
  const origins = [...new Set(group.tellings.map((t) => t.origin))];
  const dated = group.tellings.filter((t): t is Telling & { value: number | [number, number]; asOf: string } => t.value !== null && t.asOf !== null && !t.negated && /^\d{4}/.test(t.asOf));
  const byOrigin = new Map<string, Map<string, ValueRecord>>();
  for (const t of dated) {
    let values = byOrigin.get(t.origin);
    if (!values) byOrigin.set(t.origin, (values = new Map()));
    const key = valueKey(t.value);
    let rec = values.get(key);
    if (!rec) values.set(key, (rec = { first: t.asOf, articles: new Set(), dates: new Set(), sorted: [] }));
    if (t.asOf < rec.first) rec.first = t.asOf;
    rec.articles.add(t.articleId);
    rec.dates.add(t.asOf);
  }
  // For each value, the values of the same origin first told after it (the candidates to have replaced it).
  const later = new Map<ValueRecord, ValueRecord[]>();
  for (const values of byOrigin.values()) {
    for (const rec of values.values()) rec.sorted = [...rec.dates].sort();
    const all = [...values.values()];
    for (const rec of all) later.set(rec, all.filter((r) => r.first > rec.first));
  }
  const points = new Map<string, ChartPoint>();
  for (const t of dated) {
    const key = valueKey(t.value);
    const mine = (byOrigin.get(t.origin) as Map<string, ValueRecord>).get(key) as ValueRecord;
    // Newer values of the same origin: first told after this one first was, and by this telling's date.
    let earlier = false;
    let replacedAt = '\uffff';
    for (const r of later.get(mine) ?? []) {
      if (r.first > t.asOf) continue;
      if (r.articles.has(t.articleId) || r.dates.has(t.asOf)) earlier = true;
      if (r.first < replacedAt) replacedAt = r.first;
    }
    let at = t.asOf;
    if (earlier) at = mine.sorted.filter((d) => d < replacedAt).pop() ?? mine.first;
    const id = `${t.origin}\n${key}\n${at}\n${earlier}`;
    const seen = points.get(id);
    if (seen) {
      seen.count += 1;
      continue;
    }
    const [low, high] = Array.isArray(t.value) ? t.value : [t.value, t.value];
    points.set(id, { telling: t, at, low, high, origin: origins.indexOf(t.origin), earlier, count: 1, valueText: readableValue(t.value, t.approx, t.unit) });
  }
  return [...points.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The chart's table rows: points of one origin, value and kind in a row, with the dates they span and their tellings. */
export function chartRows(points: readonly ChartPoint[]): { point: ChartPoint; from: string; to: string; count: number }[] {
  const rows = new Map<string, { point: ChartPoint; from: string; to: string; count: number }>();
  for (const p of points) {
    const key = `${p.telling.origin}\n${p.low}\n${p.high}\n${p.earlier}`;
    const row = rows.get(key);
    if (!row) rows.set(key, { point: p, from: p.at, to: p.at, count: p.count });
    else {
      row.count += p.count;
      if (p.at < row.from) row.from = p.at;
      if (p.at > row.to) row.to = p.at;
    }
  }
  return [...rows.values()];
}

/** Whether the tellings give more than one value. */
function valuesDiffer(tellings: readonly Telling[]): boolean {
  let lo: number | null = null;
  let hi: number | null = null;
  for (const t of tellings) {
    if (t.value === null) continue;
    const [a, b] = typeof t.value === 'number' ? [t.value, t.value] : t.value;
    if (lo === null) [lo, hi] = [a, b];
    else if (a !== lo || b !== hi) return true;
  }
  return false;
}

/** Round tick values from 0 (or the lowest value) to at least the highest: 0, 1,000, 2,000, 3,000. */
export function yTicks(min: number, max: number, wanted = 4): number[] {
  const lo = Math.min(0, min);
  const span = max - lo || Math.abs(max) || 1;
  const raw = span / wanted;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = Math.floor(lo / step) * step; v < max + step - 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/**
 * The chart with a table of its points, or nothing when all values are the same (a flat line tells
 * nothing the tellings table does not): a chart is drawn when values change or origins differ.
 */
export function valueChart(group: ClaimGroup): SafeHtml | null {
  if (group.tellings.length < 2) return null;
  if (!valuesDiffer(group.tellings)) return null;
  const points = chartPoints(group);
  if (points.length < 2) return null;
  const origins = [...new Set(group.tellings.map((t) => t.origin))];
  const xs = points.map((p) => dateMs(p.at) as number);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const ticks = yTicks(Math.min(...points.map((p) => p.low)), Math.max(...points.map((p) => p.high)));
  const minY = ticks[0];
  const maxY = ticks[ticks.length - 1];
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const sx = (x: number) => PAD.left + (maxX === minX ? plotW / 2 : ((x - minX) / (maxX - minX)) * plotW);
  const sy = (y: number) => PAD.top + plotH - (maxY === minY ? plotH / 2 : ((y - minY) / (maxY - minY)) * plotH);
  const r = (n: number) => n.toFixed(1);
  const base = PAD.top + plotH;
  const lines = origins.map((_, o) => {
    const own = points.filter((p) => p.origin === o && !p.earlier);
    if (own.length < 2) return '';
    const d = own.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(sx(dateMs(p.at) as number))},${r(sy((p.low + p.high) / 2))}`).join(' ');
    return html`<path class="line o${o % PALETTE}" d="${d}" fill="none"/>`;
  });
  const marks = points.map((p) => {
    const x = r(sx(dateMs(p.at) as number));
    const cls = `o${p.origin % PALETTE}${p.earlier ? ' earlier' : ''}`;
    // No per-point tooltip: the table beside the chart gives every value in words.
    return p.high !== p.low
      ? `<line class="range ${cls}" x1="${x}" x2="${x}" y1="${r(sy(p.low))}" y2="${r(sy(p.high))}"/>`
      : `<circle class="dot ${cls}" cx="${x}" cy="${r(sy(p.low))}" r="5"/>`;
  });
  const day = (ms: number) => formatDate(new Date(ms).toISOString().slice(0, 10));
  const unit = group.tellings.find((t) => t.value !== null)?.unit ?? 'value';
  const summary = points.filter((p) => !p.earlier).map((p) => `${scaledNumber(p.low)}${p.high !== p.low ? `–${scaledNumber(p.high)}` : ''} on ${formatDate(p.at)}`);
  return html`<figure class="chart">
<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${`Chart of the values told for “${group.statement}”: ${summary.join(', ')}. The same points are in the table below.`}">
${ticks.map((v) => html`<line class="grid" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${r(sy(v))}" y2="${r(sy(v))}"/><text class="tick" font-size="${FONT}" x="${PAD.left - 6}" y="${r(sy(v) + 5)}" text-anchor="end">${scaledNumber(v)}</text>`)}
<line class="axis" x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${base}"/>
<line class="axis" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${base}" y2="${base}"/>
<text class="tick" font-size="${FONT}" x="${maxX === minX ? r(PAD.left + plotW / 2) : PAD.left}" y="${base + 18}" text-anchor="${maxX === minX ? 'middle' : 'start'}">${day(minX)}</text>
${maxX !== minX ? html`<text class="tick" font-size="${FONT}" x="${WIDTH - PAD.right}" y="${base + 18}" text-anchor="end">${day(maxX)}</text>` : ''}
<text class="label" font-size="${FONT}" x="${r(PAD.left + plotW / 2)}" y="${HEIGHT - 6}" text-anchor="middle">Date the value holds for</text>
<text class="label" font-size="${FONT}" x="4" y="${FONT + 2}" text-anchor="start">${unit.length > 40 ? `${unit.slice(0, 39)}…` : unit}</text>
${lines}${new SafeHtml(marks.join(''))}
</svg>
<figcaption>Values told (${unit}) by date. ${origins.map((o, i) => html`<span class="key o${i % PALETTE}">${o}</span> `)}${points.some((p) => p.earlier) ? html`<span class="key earlier">earlier value, restated later</span>` : ''}</figcaption>
<table class="chart-data cards"><caption>Values of the chart: each origin's value, the dates it holds for, and how many tellings give it</caption>
<thead><tr><th scope="col">Holds for</th><th scope="col">Value</th><th scope="col">Origin</th><th scope="col" class="num">Tellings</th><th scope="col">Note</th></tr></thead>
<tbody>${chartRows(points).map((row) => html`<tr><td>${row.from === row.to ? formatDate(row.from) : `${formatDate(row.from)} – ${formatDate(row.to)}`}</td><td>${row.point.valueText}</td><td>${row.point.telling.origin}${row.count === 1 ? ` via ${outletName(row.point.telling.outlet)}` : ''}</td><td class="num">${row.count}</td><td>${row.point.earlier ? `earlier value, told again on ${formatDate(row.point.telling.asOf)}` : ''}</td></tr>`)}</tbody>
</table>
</figure>`;
}
