// CSV export of one story: tellings, attributions and timeline as RFC 4180 files that spreadsheets cannot execute.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleJson } from '../model/index.js';
import type { Story } from '../model/dossier.js';

/** A cell: text is quoted as needed and neutralised; numbers and booleans are written as they are. */
export type CsvCell = string | number | boolean | null;

/**
 * One RFC 4180 field. Text starting with = + - @ (or a tab or carriage return) gets a leading single quote
 * so spreadsheets show it instead of evaluating it; numbers come from this code, not from pages, and stay numeric.
 */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as RFC 4180 text: comma-separated, CRLF after every record, header first. */
export function formatCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

function valueCell(value: number | [number, number] | null): CsvCell {
  if (value === null) return null;
  return Array.isArray(value) ? `${value[0]}..${value[1]}` : value;
}

export const TELLINGS_HEADER = [
  'story_id', 'claim_group_id', 'statement', 'verdict', 'article_id', 'outlet', 'origin', 'value', 'unit', 'approx',
  'as_of', 'modality', 'sentence', 'negated', 'origin_entity_id', 'syndicated_from', 'span_start', 'span_end',
] as const;

export const ATTRIBUTIONS_HEADER = [
  'story_id', 'article_id', 'outlet', 'speaker', 'speaker_entity_id', 'cue', 'direct', 'content', 'span_start', 'span_end',
] as const;

export const TIMELINE_HEADER = ['story_id', 'date', 'precision', 'event', 'article_ids', 'outlets'] as const;

export function tellingRows(story: Story): CsvCell[][] {
  const rows: CsvCell[][] = [[...TELLINGS_HEADER]];
  for (const g of story.claimGroups) {
    for (const t of g.tellings) {
      rows.push([
        story.id, g.id, g.statement, g.verdict, t.articleId, t.outlet, t.origin, valueCell(t.value), t.unit, t.approx,
        t.asOf, t.modality, t.sentence, t.negated, t.originEntityId, t.syndicatedFrom, t.span[0], t.span[1],
      ]);
    }
  }
  return rows;
}

export function attributionRows(story: Story, articles: readonly ArticleJson[]): CsvCell[][] {
  const outlet = new Map(articles.map((a) => [a.id, a.outlet]));
  const rows: CsvCell[][] = [[...ATTRIBUTIONS_HEADER]];
  for (const a of story.attributions) {
    rows.push([
      story.id, a.articleId, outlet.get(a.articleId) ?? null, a.speaker.name, a.speaker.entityId, a.cue, a.direct,
      a.content, a.span[0], a.span[1],
    ]);
  }
  return rows;
}

export function timelineRows(story: Story, articles: readonly ArticleJson[]): CsvCell[][] {
  const outlet = new Map(articles.map((a) => [a.id, a.outlet]));
  const rows: CsvCell[][] = [[...TIMELINE_HEADER]];
  for (const e of story.timeline) {
    const outlets = [...new Set(e.articleIds.map((id) => outlet.get(id)).filter((o): o is string => !!o))];
    rows.push([story.id, e.date, e.precision, e.event, e.articleIds.join(' '), outlets.join('; ')]);
  }
  return rows;
}

/**
 * Writes `tellings.csv`, `attributions.csv` and `timeline.csv` for one story into `dir` (created when missing)
 * and returns their paths in that order. Ranges are written `low..high`; lists inside a cell are space- or
 * semicolon-separated.
 */
export async function writeDossierCsv(story: Story, articles: ArticleJson[], dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: [string, CsvCell[][]][] = [
    ['tellings.csv', tellingRows(story)],
    ['attributions.csv', attributionRows(story, articles)],
    ['timeline.csv', timelineRows(story, articles)],
  ];
  const paths: string[] = [];
  for (const [name, rows] of files) {
    const path = join(dir, name);
    await writeFile(path, formatCsv(rows), 'utf8');
    paths.push(path);
  }
  return paths;
}
