// Inferred publication date: the earliest day consistent with the latest date the article mentions and its relative references.
import * as chrono from 'chrono-node';
import type { MetadataInput } from './index.js';
import type { MetadataOptions } from './options.js';
import type { DecidedDate } from './published.js';
import { type FoundDate, dayNumber, findDates, parseInChunks, fromDayNumber, isoOf, weekStart, weekdayOf } from './dates.js';
import { chromeLines } from './names.js';
import { listDates } from './published.js';

/** Words just before a date that make it a future or deadline date, not a reported event. */
const FUTURE_CUE = /\b(will|would|next|scheduled|due|upcoming|expected|planned|plans|plan to|until|deadline|ahead of|set for|starting)\b[^.]*$/i;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const LAST_WEEK = /\b(last week|past week|letzte[nr]? Woche|vergangene[nr]? Woche|la semaine dernière|la semana pasada|semana passada|vorige week|förra veckan|forrige uke)\b/i;
const THIS_WEEK = /\b(this week|earlier this week|diese[rn]? Woche|cette semaine|esta semana|deze week|denna vecka|denne uken)\b/i;

/** What the inference found; `partial` describes a latest date whose year could not be resolved. */
export interface Inference {
  decided: DecidedDate | null;
  partial: string | null;
}

interface Dated {
  found: FoundDate;
  day: number | null;
  source: 'text' | 'chrome';
}

/** Resolves a yearless date to the year that puts it nearest the reference day. */
function nearestYear(m: number, d: number, ref: number): number {
  const y = fromDayNumber(ref).y;
  let best = y;
  let bestDist = Infinity;
  for (const cand of [y - 1, y, y + 1]) {
    const dist = Math.abs(dayNumber(cand, m, d) - ref);
    if (dist < bestDist) [best, bestDist] = [cand, dist];
  }
  return best;
}

function parseRef(ref: string | undefined): number | null {
  const m = ref ? /^(\d{4})-(\d{2})-(\d{2})/.exec(ref) : null;
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Month-day dates of reported events: future and deadline dates left out. */
function eventDates(text: string, lang: string | null, opts: MetadataOptions): FoundDate[] {
  return findDates(text, lang).filter((f) => {
    const before = text.slice(Math.max(0, f.index - opts.futureCueWindow), f.index);
    const sentence = before.split(/[.!?]\s/).pop() ?? before;
    return !FUTURE_CUE.test(sentence);
  });
}

/** Weekdays (0-6) the text names as reported days ("said Wednesday", "On Friday"), not "next Friday". */
function weekdayRefs(text: string, lang: string | null): { day: number; text: string }[] {
  const out: { day: number; text: string }[] = [];
  const parsers = [chrono.en];
  const extra = lang ? (chrono as unknown as Record<string, { parse: typeof chrono.en.parse } | undefined>)[lang] : undefined;
  if (extra && extra !== chrono.en && typeof extra.parse === 'function') parsers.push(extra as typeof chrono.en);
  for (const p of parsers) {
    for (const r of parseInChunks(p, text, new Date(Date.UTC(2000, 5, 15, 12)))) {
      const s = r.start;
      if (!s.isCertain('weekday') || s.isCertain('day')) continue;
      if (/\b(next|coming|nächste[nr]?|prochain|próximo|volgende)\b/i.test(r.text)) continue;
      const w = s.get('weekday');
      if (w === null || out.some((o) => o.day === w)) continue;
      out.push({ day: w, text: r.text.trim() });
    }
  }
  return out;
}

/**
 * Infers a publication date when the page states none. The latest event date the article
 * mentions bounds it from below; weekday names ("said Wednesday") and "last week" are read as
 * days after that date (news names recent days by weekday and older ones by date), so the
 * result is the earliest day that satisfies them all. Years come from the date itself, else
 * from the reference date, else from a dated mention in the same article that has a year.
 */
export function inferPublished(input: MetadataInput, lang: string | null, opts: MetadataOptions, referenceDate?: string, readAt?: string): Inference {
  const body = input.paragraphs.join('\n\n').slice(0, opts.maxDateScanChars);
  // Bounds: no later than the day the document was read, no earlier than the earliest plausible year.
  const lastDay = parseRef(readAt);
  const firstDay = dayNumber(opts.inferEarliestYear, 1, 1);
  const inBounds = (day: number) => day >= firstDay && (lastDay === null || day <= lastDay);
  let dated: Dated[] = eventDates(body, lang, opts).map((found) => ({ found, day: null, source: 'text' }));
  if (dated.length === 0) {
    const lines = chromeLines(input.removed, opts.maxChromeLines);
    const lists = listDates(lines, lang, opts);
    for (const l of lines) {
      for (const found of eventDates(l.text, lang, opts)) {
        const y = found.date.y;
        if (y !== null && lists.has(isoOf(y, found.date.m, found.date.d))) continue;
        dated.push({ found, day: null, source: 'chrome' });
      }
    }
  }
  if (dated.length === 0) return { decided: null, partial: null };

  // A stated date outside the bounds (9001-02-27 in word salad, a year before any news archive) says nothing about when the text was written.
  dated = dated.filter((x) => x.found.date.y === null || inBounds(dayNumber(x.found.date.y, x.found.date.m, x.found.date.d)));
  if (dated.length === 0) return { decided: null, partial: null };
  const withYear = dated.filter((x) => x.found.date.y !== null);
  const ref = parseRef(referenceDate);
  const textRef = withYear.length > 0 ? Math.max(...withYear.map((x) => dayNumber(x.found.date.y as number, x.found.date.m, x.found.date.d))) : null;
  let yearBasis = 'stated';
  dated = dated.map((x) => {
    const { y, m, d } = x.found.date;
    if (y !== null) return { ...x, day: dayNumber(y, m, d) };
    const r = ref ?? textRef;
    if (r === null) return x;
    yearBasis = ref !== null ? `year from reference date ${referenceDate}` : 'year from a dated mention in the article';
    const near = nearestYear(m, d, r);
    // A day named without a year lies before the reading day: the year before when the nearest one is later.
    return { ...x, day: lastDay !== null && dayNumber(near, m, d) > lastDay ? dayNumber(near - 1, m, d) : dayNumber(near, m, d) };
  });
  const resolved = dated.filter((x): x is Dated & { day: number } => x.day !== null);
  if (resolved.length < dated.length) {
    const latest = [...dated].sort((a, b) => a.found.date.m - b.found.date.m || a.found.date.d - b.found.date.d).pop();
    return { decided: null, partial: latest ? latest.found.text : null };
  }
  const latest = resolved.reduce((a, b) => (b.day > a.day ? b : a));
  const L = latest.day;

  const weekdays = weekdayRefs(body, lang);
  const lastWeek = LAST_WEEK.exec(body);
  const thisWeek = THIS_WEEK.exec(body);
  const fits = (P: number): boolean => {
    for (const w of weekdays) {
      let ok = false;
      for (let d = Math.max(P - 6, L); d <= P; d++) if (weekdayOf(d) === w.day) ok = true;
      if (!ok) return false;
    }
    if (lastWeek && weekStart(P) - 1 < L) return false;
    return true;
  };
  let P = L;
  let consistent = true;
  while (!fits(P)) {
    P++;
    if (P > L + opts.inferSearchDays || (lastDay !== null && P > lastDay)) {
      P = L;
      consistent = false;
      break;
    }
  }
  const f = fromDayNumber(P);
  const parts = [`latest date "${latest.found.text}"${latest.source === 'chrome' ? ' (in a caption or chrome line)' : ''}${yearBasis === 'stated' ? '' : ` (${yearBasis})`}`];
  for (const w of weekdays) parts.push(`"${w.text}" on or after it`);
  if (lastWeek) parts.push(`"${lastWeek[0]}" after it`);
  if (thisWeek) parts.push(`"${thisWeek[0]}"`);
  if (!consistent) parts.push('relative references not satisfiable; latest date used');
  return {
    decided: { value: isoOf(f.y, f.m, f.d), rule: 'text/inferred-latest-date', basis: 'inferred', evidence: parts.join('; ') },
    partial: null,
  };
}
