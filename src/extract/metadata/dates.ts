// Calendar helpers and date finding in text (chrono-node), and normalising markup date values to ISO.
import * as chrono from 'chrono-node';
import { rereadFromMonth } from '../../model/dates.js';

/** A calendar day; `y` is null when the text gave no year. */
export interface Ymd {
  y: number | null;
  m: number;
  d: number;
}

/** A date expression found in text. */
export interface FoundDate {
  /** The matched text. */
  text: string;
  /** Offset of the match in the searched string. */
  index: number;
  /** Month and day certain; year when the text gave one. */
  date: Ymd;
  /** Hour/minute when the text gave them. */
  time: { h: number; min: number } | null;
}

const PAD = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoOf(y: number, m: number, d: number): string {
  return `${PAD(y, 4)}-${PAD(m)}-${PAD(d)}`;
}

/** Days since 1970-01-01 (UTC) of a full date. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The full date of a day number. */
export function fromDayNumber(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Weekday of a day number, 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** Day number of the Monday starting the week that holds day `n`. */
export function weekStart(n: number): number {
  return n - ((weekdayOf(n) + 6) % 7);
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const f = fromDayNumber(dayNumber(y, m, d));
  return f.y === y && f.m === m && f.d === d;
}

export type Parser = { parse: (text: string, ref?: Date) => chrono.ParsedResult[] };

/** The chrono parser for an ISO 639-1 language code; English when chrono has no locale for it. */
function parserFor(lang: string | null): Parser {
  const table: Record<string, Parser> = {
    de: chrono.de, fr: chrono.fr, es: chrono.es, pt: chrono.pt, nl: chrono.nl, it: chrono.it,
    ja: chrono.ja, zh: chrono.zh, ru: chrono.ru, uk: chrono.uk, sv: chrono.sv, fi: chrono.fi, vi: chrono.vi, id: chrono.id,
  };
  return (lang && table[lang]) || chrono.en;
}

/** Separates a date glued to the next word ("10/23/2024Reading") so the parser sees its end. */
function unglue(text: string): string {
  return text.replace(/(\d)(\p{Lu})/gu, '$1 $2');
}

/** Longest piece of text given to chrono-node in one call: some of its refiners rescan the text before each match, so whole pages would cost quadratic time. */
const CHUNK = 2000;

/**
 * Runs a chrono parser over a text in pieces of at most CHUNK characters, cut at line ends and
 * else at sentence ends (a date never spans either), with indexes into the whole text. Linear in
 * the text's length.
 */
export function parseInChunks(parser: Parser, text: string, ref: Date): chrono.ParsedResult[] {
  const out: chrono.ParsedResult[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const window = text.slice(start, end);
      const line = window.lastIndexOf('\n');
      const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
      const space = window.lastIndexOf(' ');
      const cut = line > CHUNK / 4 ? line + 1 : sentence > CHUNK / 4 ? sentence + 2 : space > CHUNK / 4 ? space + 1 : window.length;
      end = start + cut;
    }
    let results: chrono.ParsedResult[] = [];
    try {
      results = parser.parse(text.slice(start, end), ref);
    } catch {
      results = [];
    }
    for (const r of results) {
      (r as { index: number }).index += start;
      out.push(r);
    }
    start = end;
  }
  return out;
}

/** The first date found in `text` from `from` to `to`, its index within `text`. */
function reread(parser: Parser, text: string, from: number, to: number, ref: Date): chrono.ParsedResult | null {
  const r = parser.parse(text.slice(from, to), ref)[0];
  if (!r) return null;
  (r as { index: number }).index += from;
  return r;
}

/**
 * Dates with a certain month and day in `text` (English always, plus `lang`'s parser when it
 * has one). Weekday-only and relative expressions ("Friday", "last week") are not returned.
 */
export function findDates(text: string, lang: string | null = null): FoundDate[] {
  const src = unglue(text);
  const ref = new Date(Date.UTC(2000, 5, 15, 12));
  const parsers: Parser[] = [chrono.en];
  const extra = parserFor(lang);
  if (extra !== chrono.en) parsers.push(extra);
  const out: FoundDate[] = [];
  for (const p of parsers) {
    for (const found of parseInChunks(p, src, ref)) {
      const again = p === chrono.en ? rereadFromMonth(found.text, src.slice(found.index + found.text.length, found.index + found.text.length + 4)) : null;
      const r = again === null ? found : reread(p, src, found.index + again, found.index + found.text.length + 12, ref);
      if (!r) continue;
      const s = r.start;
      if (!s.isCertain('month') || !s.isCertain('day')) continue;
      if (!/[\d０-９]/.test(r.text) || /\b(ago|weeks?|months?|years?|days?|today|yesterday|tomorrow|tonight|now|past|last|next|this)\b/i.test(r.text)) continue;
      const y = s.isCertain('year') ? (s.get('year') ?? null) : null;
      const m = s.get('month');
      const d = s.get('day');
      if (m === null || d === null) continue;
      if (y !== null && !isValidDate(y, m, d)) continue;
      const time = s.isCertain('hour') ? { h: s.get('hour') ?? 0, min: s.get('minute') ?? 0 } : null;
      if (out.some((o) => o.index === r.index)) continue;
      out.push({ text: r.text.trim(), index: r.index, date: { y, m, d }, time });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Normalises a markup date value (meta content, JSON-LD, `<time datetime>`) to ISO: an ISO
 * date-time is kept with its time and zone; other forms become `YYYY-MM-DD`. Null when unparseable.
 */
export function normaliseMarkupDate(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDate(y, mo, d) || y < 1900) return null;
    if (m[4] === undefined) return isoOf(y, mo, d);
    if (m[4] === '00' && m[5] === '00' && (m[6] === undefined || m[6] === '00') && m[8] === undefined) return isoOf(y, mo, d);
    let zone = m[8] ?? '';
    if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${isoOf(y, mo, d)}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`;
  }
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (m && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  const found = findDates(s).find((f) => f.date.y !== null);
  if (found && found.date.y !== null && found.date.y >= 1900) return isoOf(found.date.y, found.date.m, found.date.d);
  return null;
}

/** The `YYYY-MM-DD` part of an ISO value. */
export function dayPart(iso: string): string {
  return iso.slice(0, 10);
}
