// Page chrome left in article text (footers, copyright lines, newsletter boxes, sidebar headlines) is kept out of linking.
//
// Two rules, each named on every line it removes:
// - `chrome/boilerplate`: a line that reads as site furniture (copyright, rights reserved,
//   newsletter and cookie prompts, share and follow buttons, sign-in and registration widgets,
//   e-mail alert prompts, video players and their playlists of other stories (an entry's running time and title on one
//   line or on two), a newsroom's promise of updates:
//   "Stay with News 6 for updates", "This is a developing story", "2 NEWS is working to bring you new information as it
//   becomes available"), a credit line ("Jane Doe contributed to this report"). Such furniture is
//   often shared by a group of sites (one company's stations or papers), so repetition within one
//   outlet cannot catch it the first time, nor across the group;
// - `chrome/repeated-in-outlet`: a line already seen in `minRepeats` earlier articles of the same
//   outlet (or site), which is the mark of a footer or sidebar rather than reporting.
import { isVideoTitleAfter, VIDEO_DURATION } from '../model/video-entry.js';
import { BoundedCache } from './bounded-cache.js';
import { hash32 } from './text-features.js';

/** Chosen, not swept: a line in two earlier articles of one outlet is furniture, not reporting. */
export interface ChromeOptions {
  /** Earlier articles of one outlet a line must appear in to be chrome. */
  minRepeats: number;
  /** Lines shorter than this (after trimming) are never counted: too short to tell chrome from text. */
  minLineChars: number;
  /** Line hashes kept per outlet; the least seen are dropped first when it is full. */
  maxLinesPerOutlet: number;
}

export const DEFAULT_CHROME_OPTIONS: ChromeOptions = { minRepeats: 2, minLineChars: 12, maxLinesPerOutlet: 4000 };

const BOILERPLATE =
  /(?:©|\(c\)\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4})|all rights reserved|\bsign up (?:for|to|now|today)|^subscribe\b|\bsubscribe (?:now|today|to (?:our|the))|\bnewsletters?\b.*\b(?:sign|subscribe|inbox|email)|\bcookies?\b.*\b(?:accept|policy|consent)|privacy policy|terms of (?:use|service)|^follow us\b|^share (?:this|on)\b|click here|download (?:our|the) app\b|may not be (?:published|broadcast|rewritten|redistributed)|^sponsored\b|^advertisement$|^related (?:stories|articles|content|coverage)\b|^read more\b|comments? (?:are|is) closed|^this is a developing story\b|^stay (?:with|tuned)\b|^(?:please )?(?:check|click) back\b|\brefresh (?:the|this) page\b|^we(?:'ll|’ll| will| expect to| hope to| plan to) (?:continue to (?:follow|update)|have (?:more|the latest|an update|updates)|bring you|update (?:this|you)|get (?:an update|more (?:information|details))|provide (?:more|an update|updates))\b|\b(?:is|are) working to (?:bring you|get you|learn|gather|find out) (?:more|new|the latest)\b|\b(?:information|details|updates)\b[^.;]{0,30}? (?:as|when) (?:it|they) (?:becomes?|is|are) available\b|\bcontributed to this (?:report|article|story)\b|\bjoined forces with the most trusted\b|\bto give you the best\b)/iu;

/**
 * Sign-in, registration and alert widgets, template placeholders left unfilled, video players (their embed code prompt,
 * "autoplay") and a video playlist's entries ("0:43 Homeless man found dead in Parkland; suspect arrested Pause": a duration, then another story's title).
 */
const WIDGET =
  /(?:\{\*[^}]*\*\}|\{\{[^}]*\}\}|^(?:sign|log) in\b|\bplease (?:sign|log) in\b|^already have an account|^why are we asking this|\bby submitting your registration|^thank you for registering|\ba (?:confirmation|verification) e-?mail\b|\bcheck your (?:e-?mail|inbox)\b|\bactivate your\b|\bforgot (?:your )?password|\breturn to the page you were visiting|\[(?:website|site name|email|username)\]|\bsign in to (?:update|access|continue|comment|your)|\bupdate your profile\b|\bemail notifications?\b|\bnotification has been saved|\bsaving your notification|\byou'll get an email\b|\benable javascript\b|^(?:get|receive|sign up for) (?:(?:email|e-mail|breaking news|news|push|text) )+alerts\b|\byour browser does not support|\bcopy this code to your (?:website|blog|site)\b|\bautoplay\b|^\d{1,2}:\d\d\s+(?![ap]\.?m\b|[AP]M\b|[ap]\.m\.)[^\d\s])/iu;

/**
 * Words one of which a line matched by BOILERPLATE or by WIDGET holds once lower-cased (each alternative of the two
 * patterns holds one of them, or starts the line with a digit), in one pattern: a line with none is passed over without
 * running them, the same lines as running them. Lower-casing makes every letter the patterns match less case the ASCII
 * letter itself, but for the long s ("ſ", matched as "s"): a line holding it runs the patterns.
 */
const FURNITURE_WORDS = new RegExp([
  // BOILERPLATE's
  /©|\(c\)|copyright|all rights reserved|sign up |subscribe|newsletter|cookie|privacy policy|terms of |follow us|share |click here|download |may not be |sponsored|advertisement|related |read more|comment|developing story|stay |k back|refresh |we will|we'll|we’ll|we expect to |we hope to |we plan to |working to |available|contributed to this |joined forces with the most trusted|to give you the best/.source,
  // WIDGET's
  /\{\*|\{\{|sign in|log in|already have an account|why are we asking this|by submitting your registration|thank you for registering|a confirmation email|a confirmation e-mail|a verification email|a verification e-mail|check your email|check your e-mail|check your inbox|activate your|forgot |return to the page you were visiting|\[|update your profile|email notification|notification has been saved|saving your notification|you'll get an email|enable javascript| alerts|your browser does not support|copy this code to your |autoplay|^\d/.source,
].join('|'));

/** Whether a (trimmed) line reads as site furniture: BOILERPLATE or WIDGET matches it. */
export function isBoilerplate(line: string): boolean {
  if (!line.includes('ſ') && !FURNITURE_WORDS.test(line.toLowerCase())) return false;
  return BOILERPLATE.test(line) || WIDGET.test(line);
}

/**
 * Lines already judged: a story's claims, brief and timeline ask of the same sentences each time it is built again, and
 * the patterns' many alternatives cost more than a lookup.
 */
const furnitureOf = new BoundedCache<string, boolean>(20000);

/**
 * A line that is only a page's time stamp: a clock time, with the day or date it was posted or updated before it
 * ("Sunday 4:45 p.m.", "Updated: 9:30 p.m.", "March 10, 2014 2:18 PM", "Updated Jun 16, 2015 at 6:07 AM",
 * "Previously: Jan. 28, 11 a.m."). It tells when the page changed, no event.
 */
const TIME_STAMP = /^(?:(?:last\s+)?(?:updated|posted|published)\s*:?\s*|previously\s*[:,]\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:\d{4},?\s+)?)?(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:a\.m\.?|p\.m\.?|am|pm)(?:\s+[A-Z]{2,4})?\.?$/i;

/** Whether a short line reads as site furniture (`chrome/boilerplate`): a copyright line, a prompt, a widget, a time stamp. */
export function isFurniture(line: string): boolean {
  const t = line.trim();
  return t.length < 200 && furnitureOf.get(t, furnitureLine);
}

/** A trimmed line's verdict, judged once per line (`furnitureOf`). */
const furnitureLine = (t: string): boolean => isBoilerplate(t) || TIME_STAMP.test(t);

/**
 * Whether a line is a teaser the page cut short: it ends in an ellipsis right after a word, outside any quotation
 * ("David Ray Conley III, 49, is charged with multiple counts of...", a gallery's caption). What follows the cut is
 * missing, so the line tells no whole event and no line of a brief.
 */
export function isCutShort(line: string): boolean {
  return /[\p{L}\p{N},]\s?(?:\.{3}|…)\.?$/u.test(line.trim());
}

/**
 * Whether a line never ends as a sentence does: no full stop, question or exclamation mark at its end, outside any
 * closing quotes or brackets. Such lines are the page's headlines, related links, video lists and captions
 * ("RELATED: Teen boy, 15, shot and killed during robbery", "1:18 Highlights: ..."), or text cut off mid-clause.
 */
export function isUnended(line: string): boolean {
  return !/[.!?…]["'”’»)\]]*$/u.test(line.trim());
}

/**
 * Whether a line is the tail of a quotation opened in a sentence before it ('And Mexican lady with her two children,”
 * says Bill Greenslade.'): its first quotation mark closes one. Cut from its start, it tells no whole statement.
 */
export function isQuoteTail(line: string): boolean {
  const t = line.trim();
  const curly = /[“”]/.exec(t);
  if (curly) return curly[0] === '”';
  // Straight marks: one alone, closing right after a word's punctuation ('... children," she said.').
  return (t.match(/"/g)?.length ?? 0) === 1 && /[\p{L}\p{N}][.,!?]"/u.test(t);
}

/**
 * Whether a line is wholly a quotation ('“Today’s sentence sends a strong message.”'): whose words they are is told in
 * another sentence, so the line does not stand alone.
 */
export function isBareQuote(line: string): boolean {
  const t = line.trim();
  return /^["“]/.test(t) && /[.!?…]["”]$/.test(t) && (t.match(/["“”]/g)?.length ?? 0) === 2;
}

/** A removed line with the rule that removed it. */
export interface RemovedLine {
  text: string;
  rule: 'chrome/boilerplate' | 'chrome/repeated-in-outlet';
}

export interface ChromeState {
  outlets: [string, [number, number][]][];
}

function normalise(line: string): string {
  return line.toLowerCase().replace(/\s+/gu, ' ').replace(/\d+/gu, '0').trim();
}

/**
 * An outlet's counts are saved in this many rows, by the low 12 bits of the line hash, so a batch
 * rewrites only the rows of the lines it counted, not every count of every outlet it touched.
 */
const BUCKETS = 4096;
/** Between the outlet and the bucket in a row's key. */
const SEP = '\t';

/** Per-outlet counts of line hashes, to tell repeated chrome from reporting. */
export class ChromeFilter {
  private readonly outlets = new Map<string, Map<number, number>>();
  /** Outlets whose counts changed since `markSaved`, with the buckets that changed. */
  private readonly changed = new Map<string, Set<number>>();
  /** Outlets restored from a row of all their counts (as kept before rows by bucket). */
  private readonly whole = new Set<string>();

  constructor(readonly options: ChromeOptions = DEFAULT_CHROME_OPTIONS) {}

  /**
   * The text without its chrome lines, and the lines removed. The article's own lines are
   * counted for its outlet afterwards, so a line is judged only on earlier articles.
   */
  clean(text: string, outlet: string | null): { text: string; removed: RemovedLine[] } {
    const o = this.options;
    const seen = outlet === null ? undefined : this.outlets.get(outlet);
    const kept: string[] = [];
    const removed: RemovedLine[] = [];
    const hashes = new Set<number>();
    // A video player's entry told on two lines: its running time alone ("2:25"), then another story's title; not where the
    // page holds nothing else, whose entries are all the text it links by besides its title.
    const lines = text.split('\n');
    const video = new Set<number>();
    let before = '';
    lines.forEach((line, i) => {
      const t = line.trim();
      if (t.length === 0) return;
      if (VIDEO_DURATION.test(t) || isVideoTitleAfter(before, t)) video.add(i);
      before = t;
    });
    if (video.size === lines.filter((l) => l.trim().length > 0).length) video.clear();
    for (const [i, line] of lines.entries()) {
      const t = line.trim();
      if (t.length === 0) {
        kept.push(line);
        continue;
      }
      if (video.has(i) || isFurniture(t)) {
        removed.push({ text: t, rule: 'chrome/boilerplate' });
        continue;
      }
      if (t.length >= o.minLineChars) {
        const h = hash32(normalise(t));
        hashes.add(h);
        if ((seen?.get(h) ?? 0) >= o.minRepeats) {
          removed.push({ text: t, rule: 'chrome/repeated-in-outlet' });
          continue;
        }
      }
      kept.push(line);
    }
    if (outlet !== null && hashes.size > 0) this.count(outlet, hashes);
    return { text: kept.join('\n'), removed };
  }

  private count(outlet: string, hashes: Set<number>): void {
    let m = this.outlets.get(outlet);
    if (m === undefined) {
      m = new Map();
      this.outlets.set(outlet, m);
    }
    let buckets = this.changed.get(outlet);
    if (buckets === undefined) {
      buckets = new Set();
      this.changed.set(outlet, buckets);
    }
    for (const h of hashes) {
      m.set(h, (m.get(h) ?? 0) + 1);
      buckets.add(h & (BUCKETS - 1));
    }
    if (m.size > this.options.maxLinesPerOutlet) {
      // Keep the most repeated half: chrome is what repeats.
      const keep = [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, Math.floor(this.options.maxLinesPerOutlet / 2));
      m.clear();
      for (const [h, n] of keep) m.set(h, n);
      for (let b = 0; b < BUCKETS; b++) buckets.add(b);
    }
  }

  /** The counts by outlet, each outlet's by line hash (the order they are counted in does not matter). */
  toJSON(): ChromeState {
    return { outlets: [...this.outlets].map(([k, m]) => [k, [...m].sort((a, b) => a[0] - b[0])]) };
  }

  /**
   * One row per bucket of an outlet's counts that changed since `markSaved` (every bucket that
   * holds counts when `all`): key the outlet and the bucket, data the bucket's counts (a bucket
   * emptied when the outlet's counts were cut is written empty).
   */
  rows(all = false): { key: string; data: string }[] {
    const out: { key: string; data: string }[] = [];
    const names = all ? [...this.outlets.keys()] : [...this.changed.keys()];
    for (const k of names) {
      const m = this.outlets.get(k)!;
      const wanted = all ? null : this.changed.get(k)!;
      const byBucket = new Map<number, [number[], number[]]>();
      for (const b of wanted ?? []) byBucket.set(b, [[], []]);
      for (const [h, n] of m) {
        const b = h & (BUCKETS - 1);
        let row = byBucket.get(b);
        if (row === undefined) {
          if (wanted !== null) continue;
          row = [[], []];
          byBucket.set(b, row);
        }
        row[0].push(h);
        row[1].push(n);
      }
      for (const b of [...byBucket.keys()].sort((x, y) => x - y)) out.push({ key: `${k}${SEP}${b}`, data: JSON.stringify(byBucket.get(b)) });
    }
    return out;
  }

  /** Forgets which outlets changed: their rows are saved. */
  markSaved(): void {
    this.changed.clear();
  }

  /** Puts back one row written by `rows` (one bucket of an outlet's counts), or an older row of all an outlet's counts. */
  restoreRow(key: string, data: string): void {
    const [hashes, counts] = JSON.parse(data) as [number[], number[]];
    const sep = key.lastIndexOf(SEP);
    if (sep < 0) {
      const m = new Map<number, number>();
      for (let i = 0; i < hashes.length; i++) m.set(hashes[i]!, counts[i]!);
      this.outlets.set(key, m);
      this.whole.add(key);
      return;
    }
    const outlet = key.slice(0, sep);
    const bucket = Number(key.slice(sep + 1));
    let m = this.outlets.get(outlet);
    if (m === undefined) {
      m = new Map();
      this.outlets.set(outlet, m);
    }
    // A bucket written after an older row of all the outlet's counts replaces that bucket's part of it.
    if (this.whole.has(outlet)) for (const h of [...m.keys()]) if ((h & (BUCKETS - 1)) === bucket) m.delete(h);
    for (let i = 0; i < hashes.length; i++) m.set(hashes[i]!, counts[i]!);
  }

  static fromJSON(state: ChromeState | undefined, options: ChromeOptions = DEFAULT_CHROME_OPTIONS): ChromeFilter {
    const out = new ChromeFilter(options);
    for (const [k, list] of state?.outlets ?? []) out.outlets.set(k, new Map(list));
    return out;
  }
}

/** The outlet key of an article: its outlet name, else the host of its URL, else null. */
export function outletKey(outlet: string | null | undefined, url?: string | null): string | null {
  if (outlet) return outlet.toLowerCase().replace(/^www\./u, '');
  if (url) {
    try {
      return new URL(url).hostname.toLowerCase().replace(/^www\./u, '');
    } catch {
      return null;
    }
  }
  return null;
}

export { withoutDateline } from '../model/dateline.js';
