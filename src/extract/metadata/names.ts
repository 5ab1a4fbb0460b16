// Text helpers for names in page text: chrome lines, trailing name runs, outlet and byline clean-up.
import type { RemovedBlock } from '../../model/index.js';

/** One line of a removed block, with the rule that removed the block and the block's position. */
export interface ChromeLine {
  text: string;
  rule: string;
  block: number;
}

/**
 * The non-empty lines of the removed blocks, in page order: all of them up to `max`, else the
 * first and the last `max / 2` (a page's header and footer, where chrome names its outlet and
 * date; a page of ten thousand repeated lines is not read line by line for dates).
 */
export function chromeLines(removed: readonly RemovedBlock[], max = Number.POSITIVE_INFINITY): ChromeLine[] {
  const out: ChromeLine[] = [];
  removed.forEach((b, i) => {
    for (const raw of b.text.split(/\r?\n/)) {
      const text = raw.replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, rule: b.rule, block: i });
    }
  });
  if (out.length <= max) return out;
  const half = Math.floor(max / 2);
  return [...out.slice(0, half), ...out.slice(out.length - half)];
}

/** Lower-case words that may sit inside an outlet or person name ("Times of India", "Ursula von der Leyen"). */
const CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', '&', 'de', 'del', 'la', 'le', 'les', 'der', 'die', 'das', 'du', 'van', 'von', 'y', 'e', 'di', 'da', 'al', 'el', 'bin',
]);

/** A token that can be part of a name: starts with an upper-case letter, or is an all-caps/abbreviation token. */
export function isNameToken(tok: string): boolean {
  return /^[\p{Lu}][\p{L}\p{M}\d.'’&-]*$/u.test(tok) || /^\d+[\p{Lu}][\p{L}]*$/u.test(tok);
}

/**
 * The run of name tokens that ends the string (trailing punctuation ignored), e.g.
 * "Denne historien er fra October 23, 2024-utgaven av The Straits Times." -> "The Straits Times".
 * Connectors may sit inside the run, not at its start. Null when the run is empty or longer than `maxWords`.
 */
export function trailingNameRun(s: string, maxWords: number): string | null {
  const toks = s.replace(/[\s.,;:!?"”’)\]]+$/u, '').split(/\s+/).filter(Boolean);
  let i = toks.length;
  while (i > 0) {
    const t = toks[i - 1];
    if (isNameToken(t) || (CONNECTORS.has(t) && i < toks.length)) i--;
    else break;
  }
  while (i < toks.length && CONNECTORS.has(toks[i])) i++;
  const run = toks.slice(i);
  if (run.length === 0 || run.length > maxWords) return null;
  return run.join(' ');
}

/** True when the whole string is one name run of at most `maxWords` words. */
export function isNameRun(s: string, maxWords: number): boolean {
  const run = trailingNameRun(s, maxWords);
  return run !== null && run === s.replace(/[\s.,;:!?"”’)\]]+$/u, '').trim();
}

/**
 * Abbreviations outlets use for themselves in page text, mapped to the name the outlet uses in full.
 * Kept to short forms that are unambiguous in news; anything else stays as the page writes it.
 */
export const KNOWN_OUTLET_SHORT_FORMS: Readonly<Record<string, string>> = Object.freeze({
  SCMP: 'South China Morning Post',
  AP: 'Associated Press',
  AFP: 'Agence France-Presse',
  NYT: 'The New York Times',
  WSJ: 'The Wall Street Journal',
  FT: 'Financial Times',
  WaPo: 'The Washington Post',
  DPA: 'Deutsche Presse-Agentur',
  dpa: 'Deutsche Presse-Agentur',
  ANSA: 'ANSA',
  KCNA: 'Korean Central News Agency',
});

/** Cleans an outlet name (handle marks, trailing punctuation) and expands a known short form. */
export function displayOutlet(raw: string): string {
  const s = raw.replace(/^@/, '').replace(/\s+/g, ' ').replace(/[\s.,;:!?"”’)\]-]+$/u, '').replace(/^[\s("“‘[]+/u, '').trim();
  return KNOWN_OUTLET_SHORT_FORMS[s] ?? s;
}

/** Words that mark a credit line as a photo/illustration credit rather than a byline. */
export const PHOTO_CREDIT = /\b(photo|photos|photograph|foto|fotos|bild|image|images|illustration|graphic|video|credit|getty|shutterstock|epa|pool)\b/i;

/** Byline prefixes ("By", "Von", "Par", ...) in the languages the seeds and WCXB carry most. */
export const BYLINE_PREFIX = /^(?:written\s+|words\s+|reported\s+)?(?:by|von|par|por|door|av|af|di|przez|autor(?:in)?:?|author:|reporter:)\s+/i;

/**
 * Cleans a byline value: strips "By", a trailing date/role after a separator, URLs, and
 * rejects photo credits and values that are not name-like. Null when nothing name-like is left.
 */
/** Labels that byline slots hold when no name was filled in. */
const NOT_A_NAME = /^(by|written by|author|authors|the author|about the author|name|role|admin|administrator|webmaster|editor|staff|guest|anonymous|unknown|posted by|published by)$/i;

export function cleanByline(raw: string, maxWords: number): string | null {
  let s = raw.replace(/\s+/g, ' ').trim();
  if (!s || /^https?:\/\//i.test(s) || PHOTO_CREDIT.test(s) || /[*@<>{}]/.test(s) || NOT_A_NAME.test(s)) return null;
  if (/\b(says|said|wrote|reviewed by|fact[- ]checked by|edited by)\b/i.test(s) || /\bby$/i.test(s)) return null;
  s = s.replace(/^(?:article|story|text|words)\s+(?=by\s)/i, '').replace(BYLINE_PREFIX, '');
  s = s.split(/\s+[|•·]\s+|\s+[-–—]\s+(?=\S)/)[0];
  s = s.replace(/[\s.,;:|]+$/, '').trim();
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > maxWords || NOT_A_NAME.test(s)) return null;
  if (!/^[\p{Lu}]/u.test(s)) return null;
  if (/\d{3,}/.test(s)) return null;
  return s;
}
