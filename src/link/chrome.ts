// Page chrome left in article text (footers, copyright lines, newsletter boxes, sidebar headlines) is kept out of linking.
//
// Two rules, each named on every line it removes:
// - `chrome/boilerplate`: a line that reads as site furniture (copyright, rights reserved,
//   newsletter and cookie prompts, share and follow buttons);
// - `chrome/repeated-in-outlet`: a line already seen in `minRepeats` earlier articles of the same
//   outlet (or site), which is the mark of a footer or sidebar rather than reporting.
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
  /(?:©|\(c\)\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4})|all rights reserved|\bsign up (?:for|to|now|today)|^subscribe\b|\bsubscribe (?:now|today|to (?:our|the))|\bnewsletters?\b.*\b(?:sign|subscribe|inbox|email)|\bcookies?\b.*\b(?:accept|policy|consent)|privacy policy|terms of (?:use|service)|^follow us\b|^share (?:this|on)\b|click here|download (?:our|the) app\b|may not be (?:published|broadcast|rewritten|redistributed)|^sponsored\b|^advertisement$|^related (?:stories|articles|content|coverage)\b|^read more\b|comments? (?:are|is) closed)/iu;

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

/** Per-outlet counts of line hashes, to tell repeated chrome from reporting. */
export class ChromeFilter {
  private readonly outlets = new Map<string, Map<number, number>>();
  /** Outlets whose counts changed since `markSaved`. */
  private readonly changed = new Set<string>();

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
    for (const line of text.split('\n')) {
      const t = line.trim();
      if (t.length === 0) {
        kept.push(line);
        continue;
      }
      const short = t.length < 200;
      if (short && BOILERPLATE.test(t)) {
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
    this.changed.add(outlet);
    for (const h of hashes) m.set(h, (m.get(h) ?? 0) + 1);
    if (m.size > this.options.maxLinesPerOutlet) {
      // Keep the most repeated half: chrome is what repeats.
      const keep = [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, Math.floor(this.options.maxLinesPerOutlet / 2));
      m.clear();
      for (const [h, n] of keep) m.set(h, n);
    }
  }

  toJSON(): ChromeState {
    return { outlets: [...this.outlets].map(([k, m]) => [k, [...m]]) };
  }

  /** One row per outlet whose counts changed since `markSaved` (every outlet when `all`): key the outlet, data its counts. */
  rows(all = false): { key: string; data: string }[] {
    const names = all ? [...this.outlets.keys()] : [...this.changed];
    return names.map((k) => {
      const m = this.outlets.get(k)!;
      return { key: k, data: JSON.stringify([[...m.keys()], [...m.values()]]) };
    });
  }

  /** Forgets which outlets changed: their rows are saved. */
  markSaved(): void {
    this.changed.clear();
  }

  /** Puts back one outlet's row written by `rows`. */
  restoreRow(key: string, data: string): void {
    const [hashes, counts] = JSON.parse(data) as [number[], number[]];
    const m = new Map<number, number>();
    for (let i = 0; i < hashes.length; i++) m.set(hashes[i]!, counts[i]!);
    this.outlets.set(key, m);
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
