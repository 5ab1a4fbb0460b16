// Compact terminal view of a dossier: story header, cited brief, coloured claim verdicts with value history, timeline, top speakers.
import type { ClaimGroup, Dossier, Story, Telling, Verdict } from '../model/dossier.js';
import {
  articleIndex,
  bySpeaker,
  citationNumbers,
  cueWords,
  denials,
  formatDate,
  formatValue,
  isoAtPrecision,
  leadingValue,
  mergeLine,
  oneLine,
  tellingOutlets,
  tellingsByDate,
  valueHistory,
  yearOf,
} from './dossier-format.js';
import { isBoreUnit } from '../model/measures.js';

export interface TerminalOptions {
  /** Emit ANSI colour and bold; page text never carries escapes of its own either way. */
  color: boolean;
  /** Columns to wrap to (at least 40 are used). */
  width: number;
}

/** How many speakers the view lists, and how much of each one's statement it shows. */
const TOP_SPEAKERS = 5;
const QUOTE_CHARS = 140;

const VERDICT_COLOR: Record<Verdict, string> = {
  corroborated: '32',
  'single-origin': '33',
  updated: '36',
  contested: '31',
  denied: '35',
};

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
// eslint-disable-next-line no-control-regex
const HAS_ANSI = /\u001b\[/;

function visibleLength(s: string): number {
  return [...s.replace(ANSI, '')].length;
}

/** Words wrapped to `width` columns; the first line starts with `first`, the rest with `rest` (both counted). */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let lineWidth = visibleLength(first);
  let empty = true;
  const push = (): void => {
    lines.push(line.replace(/\s+$/, ''));
    line = rest;
    lineWidth = visibleLength(rest);
    empty = true;
  };
  for (const word of text.split(' ').filter((w) => w.length > 0)) {
    let w = word;
    let wWidth = visibleLength(w);
    if (!empty && lineWidth + 1 + wWidth > width) push();
    // A word longer than a whole line is cut; words carrying colour codes are short labels and never are.
    while (empty && lineWidth + wWidth > width && !HAS_ANSI.test(w) && width - lineWidth > 0) {
      const room = width - lineWidth;
      const chars = [...w];
      line += chars.slice(0, room).join('');
      w = chars.slice(room).join('');
      wWidth = chars.length - room;
      empty = false;
      push();
    }
    if (w.length === 0) continue;
    line += (empty ? '' : ' ') + w;
    lineWidth += (empty ? 0 : 1) + wWidth;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line.replace(/\s+$/, ''));
  return lines;
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

interface Ctx {
  color: boolean;
  width: number;
  numbers: Map<string, number>;
  year: number | undefined;
}

function paint(ctx: { color: boolean }, code: string, text: string): string {
  return ctx.color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function cites(ctx: Ctx, ids: readonly string[]): string {
  const nums = [...new Set(ids)].map((id) => ctx.numbers.get(id) ?? Number.POSITIVE_INFINITY);
  const text = nums.sort((a, b) => a - b).map((n) => (Number.isFinite(n) ? `[${n}]` : '[?]')).join('');
  return text ? paint(ctx, '2', text) : '';
}

function badge(ctx: Ctx, verdict: Verdict): string {
  return paint(ctx, `1;${VERDICT_COLOR[verdict] ?? '37'}`, verdict.toUpperCase());
}

function section(ctx: Ctx, title: string): string[] {
  return ['', paint(ctx, '1', title)];
}

function storyHeader(story: Story, dossier: Dossier, ctx: Ctx): string[] {
  const articles = articleIndex(dossier.articles);
  const outlets = new Set(story.coverage.outlets);
  for (const id of story.articleIds) {
    const o = articles.get(id)?.outlet;
    if (o) outlets.add(o);
  }
  const { from, to } = story.dateRange;
  const sameYear = from !== null && to !== null && yearOf(from) === yearOf(to);
  const range = from || to ? `${formatDate(from, sameYear ? yearOf(to) : undefined)} – ${formatDate(to)}` : 'dates unknown';
  const n = story.articleIds.length;
  const counts = `${n} article${n === 1 ? '' : 's'} · ${outlets.size} outlet${outlets.size === 1 ? '' : 's'} · ${range}`;
  return [
    '',
    ...wrap(paint(ctx, '1', oneLine(story.title)), ctx.width, '━━ ', '   '),
    ...wrap(counts, ctx.width, '   '),
    ...(story.merges ?? []).flatMap((m) => wrap(mergeLine(m, (id) => cites(ctx, [id])), ctx.width, '   ↳ ', '     ')),
  ];
}

/** The figures a reader needs first, each with its verdict and the articles it stands on. */
function keyFigures(story: Story, ctx: Ctx): string[] {
  if (story.keyFigures.length === 0) return [];
  const out = section(ctx, 'KEY FIGURES');
  for (const f of story.keyFigures) {
    const ids = [...new Set(f.history.flatMap((p) => p.articleIds))];
    const c = cites(ctx, ids);
    out.push(...wrap(`${badge(ctx, f.verdict)} ${oneLine(f.statement)}${c ? ` ${c}` : ''}`, ctx.width, '  ', '      '));
  }
  return out;
}

function brief(story: Story, ctx: Ctx): string[] {
  const out = section(ctx, 'BRIEF');
  if (story.brief.length === 0) return [...out, '  (no brief)'];
  for (const s of story.brief) {
    const c = cites(ctx, s.articleIds);
    out.push(...wrap(`${oneLine(s.text)}${c ? ` ${c}` : ' (uncited)'}`, ctx.width, '  • ', '    '));
  }
  return out;
}

function historyLine(group: ClaimGroup, ctx: Ctx): string | null {
  const steps = valueHistory(group);
  if (steps.length < 2) return null;
  return steps
    .map((s) => {
      const where = `${oneLine(s.origin)} via ${oneLine(s.outlet ?? 'unknown outlet')}`;
      return `${formatValue(s.value, s.approx)} (${s.earlier ? 'earlier' : formatDate(s.asOf, ctx.year)}, ${where})`;
    })
    .join(' → ');
}

/** Each origin's latest value side by side, so disagreement is shown and never averaged. */
function originsLine(group: ClaimGroup, ctx: Ctx): string | null {
  const latest = new Map<string, Telling>();
  for (const t of tellingsByDate(group)) if (t.value !== null && !t.negated) latest.set(t.origin, t);
  if (latest.size < 2) return null;
  return [...latest.values()]
    .map((t) => `${oneLine(t.origin)}: ${formatValue(t.value, t.approx, isBoreUnit(t.unit) ? t.unit : null)} (${formatDate(t.asOf, ctx.year)})`)
    .join(' · ');
}

function groupLines(group: ClaimGroup, ctx: Ctx): string[] {
  const out = wrap(`${badge(ctx, group.verdict)} ${oneLine(group.statement)}`, ctx.width, '  ', '      ');
  const detail: string[] = [];
  const history = group.verdict === 'updated' ? historyLine(group, ctx) : null;
  const byOrigin = group.verdict === 'contested' || group.verdict === 'corroborated' ? originsLine(group, ctx) : null;
  if (history) detail.push(history);
  else if (byOrigin) detail.push(byOrigin);
  else {
    const lead = leadingValue(group);
    if (lead !== null) detail.push(`value: ${lead}`);
  }
  const origins = group.origins.length > 0 ? `: ${group.origins.map(oneLine).join(', ')}` : '';
  const outlets = tellingOutlets(group);
  detail.push(
    `${group.independentOrigins} independent origin${group.independentOrigins === 1 ? '' : 's'}${origins} · ` +
      `${outlets.length} outlet${outlets.length === 1 ? '' : 's'} ${cites(ctx, group.tellings.map((t) => t.articleId))}`,
  );
  const denied = denials(group);
  if (denied.length > 0) {
    const who = [...new Set(denied.map((t) => oneLine(t.origin)))].join(', ');
    detail.push(`denied by ${who} ${cites(ctx, denied.map((t) => t.articleId))}`);
  }
  detail.push(oneLine(group.explanation));
  for (const d of detail) out.push(...wrap(d, ctx.width, '      '));
  return out;
}

function claims(story: Story, ctx: Ctx): string[] {
  const out = section(ctx, 'CLAIMS');
  if (story.claimGroups.length === 0) return [...out, '  (no claim groups)'];
  // Folded groups (one outlet's asides, one-off figures: `trivial`) are counted, not listed; --json keeps them.
  for (const g of story.claimGroups) if (!g.trivial) out.push(...groupLines(g, ctx));
  const folded = story.claimGroups.filter((g) => g.trivial).length;
  if (folded > 0) out.push(`  + ${folded} minor claim group${folded === 1 ? '' : 's'} folded (one outlet's asides, one-off figures; --json lists them)`);
  return out;
}

function timeline(story: Story, ctx: Ctx): string[] {
  const out = section(ctx, 'TIMELINE');
  if (story.timeline.length === 0) return [...out, '  (no dated events)'];
  const dates = story.timeline.map((e) => formatDate(isoAtPrecision(e.date, e.precision), ctx.year));
  const pad = Math.max(...dates.map((d) => d.length)) + 2;
  story.timeline.forEach((e, i) => {
    const c = cites(ctx, e.articleIds);
    const first = `  ${dates[i].padEnd(pad)}`;
    out.push(...wrap(`${oneLine(e.event)}${c ? ` ${c}` : ''}`, ctx.width, first, ' '.repeat(first.length)));
  });
  return out;
}

function speakers(story: Story, ctx: Ctx): string[] {
  const out = section(ctx, 'TOP SPEAKERS');
  const groups = bySpeaker(story.attributions);
  if (groups.length === 0) return [...out, '  (no attributed statements)'];
  for (const g of groups.slice(0, TOP_SPEAKERS)) {
    const sample = g.attributions.find((a) => a.direct) ?? g.attributions[0];
    const content = truncate(oneLine(sample.content), QUOTE_CHARS);
    const said = sample.direct ? `“${content}”` : content;
    const n = g.attributions.length;
    out.push(...wrap(
      `${paint(ctx, '1', oneLine(g.name))} (${n}) ${oneLine(cueWords(sample.cue))}: ${said} ${cites(ctx, g.attributions.map((a) => a.articleId))}`,
      ctx.width, '  ', '      ',
    ));
  }
  if (groups.length > TOP_SPEAKERS) out.push(`  … and ${groups.length - TOP_SPEAKERS} more`);
  return out;
}

function sources(dossier: Dossier, ctx: Ctx): string[] {
  const out = section(ctx, 'SOURCES');
  dossier.articles.forEach((a, i) => {
    const when = a.published ? ` (${formatDate(a.published)}${a.publishedBasis === 'inferred' ? ', inferred' : ''})` : '';
    const text = `${oneLine(a.outlet ?? 'Unknown outlet')} — ${oneLine(a.title ?? '(untitled)')}${when}`;
    const label = `  [${i + 1}] `;
    out.push(...wrap(text, ctx.width, label, ' '.repeat(label.length)));
  });
  return out;
}

/** The dossier as terminal text: each story's header, brief, claims, timeline and speakers, then the numbered sources. */
export function renderDossierTerminal(dossier: Dossier, options: TerminalOptions): string {
  const numbers = citationNumbers(dossier);
  const width = Math.max(40, Math.floor(options.width) || 80);
  const out: string[] = [];
  const s = dossier.stories.length;
  out.push(paint(options, '1', `Triangulate · ${s} stor${s === 1 ? 'y' : 'ies'} · ${dossier.articles.length} articles`));
  for (const story of dossier.stories) {
    // A story that runs over the turn of a year prints every date's year: "May 12" beside "Nov 8, 2015" reads as 2015.
    const { from, to } = story.dateRange;
    const oneYear = from === null || to === null || yearOf(from) === yearOf(to);
    const ctx: Ctx = { color: options.color, width, numbers, year: oneYear ? yearOf(to ?? from) : undefined };
    out.push(...storyHeader(story, dossier, ctx));
    out.push(...keyFigures(story, ctx));
    out.push(...brief(story, ctx));
    out.push(...claims(story, ctx));
    out.push(...timeline(story, ctx));
    out.push(...speakers(story, ctx));
  }
  if (dossier.articles.length > 0) out.push(...sources(dossier, { color: options.color, width, numbers, year: undefined }));
  return `${out.join('\n')}\n`;
}
