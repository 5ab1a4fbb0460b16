// A small hand-written SVG chart of a claim group's values over time, one colour and line per origin.
import type { ClaimGroup } from '../model/dossier.js';
import { formatDate, formatNumber } from '../report/index.js';
import { html, type SafeHtml } from './html.js';

const WIDTH = 420;
const HEIGHT = 150;
const PAD = { left: 64, right: 16, top: 12, bottom: 28 };
/** Origins get one of this many colour classes (.o0 ... .o5 in the stylesheet). */
const PALETTE = 6;

/** Milliseconds of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date (its first day), or null. */
export function dateMs(date: string | null): number | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1')) : null;
}

interface Point {
  x: number;
  low: number;
  high: number;
  origin: number;
  label: string;
}

/** The chart, or nothing when fewer than one telling has both a value and a date. */
export function valueChart(group: ClaimGroup): SafeHtml | null {
  const origins = [...new Set(group.tellings.map((t) => t.origin))];
  const points: Point[] = [];
  for (const t of group.tellings) {
    const x = dateMs(t.asOf);
    if (x === null || t.value === null) continue;
    const [low, high] = Array.isArray(t.value) ? t.value : [t.value, t.value];
    points.push({ x, low, high, origin: origins.indexOf(t.origin), label: `${formatNumber(low)}${high !== low ? `–${formatNumber(high)}` : ''} · ${t.origin} via ${t.outlet ?? 'unknown outlet'} · ${formatDate(t.asOf)}` });
  }
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const maxY = Math.max(...points.map((p) => p.high));
  const minY = Math.min(0, ...points.map((p) => p.low));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const sx = (x: number) => PAD.left + (maxX === minX ? plotW / 2 : ((x - minX) / (maxX - minX)) * plotW);
  const sy = (y: number) => PAD.top + plotH - (maxY === minY ? plotH / 2 : ((y - minY) / (maxY - minY)) * plotH);
  const r = (n: number) => n.toFixed(1);
  const lines = origins.map((_, o) => {
    const own = points.filter((p) => p.origin === o).sort((a, b) => a.x - b.x);
    if (own.length < 2) return '';
    const d = own.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(sx(p.x))},${r(sy((p.low + p.high) / 2))}`).join(' ');
    return html`<path class="line o${o % PALETTE}" d="${d}" fill="none"/>`;
  });
  const marks = points.map((p) =>
    p.high !== p.low
      ? html`<line class="range o${p.origin % PALETTE}" x1="${r(sx(p.x))}" x2="${r(sx(p.x))}" y1="${r(sy(p.low))}" y2="${r(sy(p.high))}"><title>${p.label}</title></line>`
      : html`<circle class="dot o${p.origin % PALETTE}" cx="${r(sx(p.x))}" cy="${r(sy(p.low))}" r="4"><title>${p.label}</title></circle>`,
  );
  const fmt = (ms: number) => formatDate(new Date(ms).toISOString().slice(0, 10));
  const base = PAD.top + plotH;
  return html`<figure class="chart">
<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${`Values of “${group.statement}” over time`}">
<line class="axis" x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${base}"/>
<line class="axis" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${base}" y2="${base}"/>
<text class="tick" x="${PAD.left - 6}" y="${r(sy(maxY) + 4)}" text-anchor="end">${formatNumber(maxY)}</text>
<text class="tick" x="${PAD.left - 6}" y="${r(sy(minY) + 4)}" text-anchor="end">${formatNumber(minY)}</text>
<text class="tick" x="${PAD.left}" y="${HEIGHT - 8}" text-anchor="start">${fmt(minX)}</text>
${maxX !== minX ? html`<text class="tick" x="${WIDTH - PAD.right}" y="${HEIGHT - 8}" text-anchor="end">${fmt(maxX)}</text>` : ''}
${lines}${marks}
</svg>
<figcaption>${origins.map((o, i) => html`<span class="key o${i % PALETTE}">${o}</span> `)}</figcaption>
</figure>`;
}
