// Language detection of article text with franc-min, mapped to ISO 639-1, `und` when too short or too close to call.
import { francAll } from '../franc.js';
import { DEFAULT_METADATA_OPTIONS, type MetadataOptions } from './options.js';

/** ISO 639-3 (as franc-min returns) to ISO 639-1; languages without a 639-1 code keep their 639-3 code. */
const ISO639_1: Readonly<Record<string, string>> = Object.freeze({
  eng: 'en', spa: 'es', por: 'pt', ind: 'id', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it', tur: 'tr',
  pol: 'pl', swh: 'sw', sun: 'su', ron: 'ro', hau: 'ha', fuv: 'ff', bos: 'bs', hrv: 'hr', nld: 'nl', srp: 'sr',
  ckb: 'ku', yor: 'yo', uzn: 'uz', zlm: 'ms', ibo: 'ig', tgl: 'tl', hun: 'hu', azj: 'az', ces: 'cs', run: 'rn',
  plt: 'mg', qug: 'qu', nya: 'ny', zyb: 'za', kin: 'rw', zul: 'zu', swe: 'sv', lin: 'ln', som: 'so', rus: 'ru',
  ukr: 'uk', bel: 'be', bul: 'bg', kaz: 'kk', arb: 'ar', urd: 'ur', pes: 'fa', pbu: 'ps', hin: 'hi', mar: 'mr',
  npi: 'ne', cmn: 'zh', jpn: 'ja', kor: 'ko', tha: 'th', ell: 'el', heb: 'he', ben: 'bn', tel: 'te', tam: 'ta',
  guj: 'gu', kan: 'kn', mal: 'ml', mya: 'my', pan: 'pa', amh: 'am', sin: 'si', kat: 'ka', hye: 'hy', khm: 'km',
  lao: 'lo', ori: 'or', bod: 'bo', div: 'dv', iii: 'ii', sat: 'sat',
});

/** One code point of an ideographic or syllabic script, and one letter of any script. */
const DENSE_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]$/u;
const LETTER_CHAR = /^\p{L}$/u;

/** Per code unit below 0x10000 (a lone surrogate is no letter): 0 not yet seen, else 4, plus 1 for a letter and 2 for a dense script's. */
const CHAR_CLASS = new Uint8Array(0x10000);

function classOf(ch: string): number {
  return 4 | (LETTER_CHAR.test(ch) ? 1 : 0) | (DENSE_CHAR.test(ch) ? 2 : 0);
}

/**
 * How many code points of `text` are letters (`/\p{L}/u`) and how many are of a dense script (DENSE_CHAR, letter or not): the
 * characters that the runs `/\p{L}+/gu` and `/[dense scripts]+/gu` hold, read one code point at a time.
 */
export function letterCounts(text: string): { letters: number; dense: number } {
  let letters = 0;
  let dense = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let c: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = classOf(text.slice(i, i + 2));
      i++;
    } else {
      c = CHAR_CLASS[code]!;
      if (c === 0) CHAR_CLASS[code] = c = classOf(text[i]!);
    }
    if (c & 1) letters++;
    if (c & 2) dense++;
  }
  return { letters, dense };
}

/**
 * The language of `text`: an ISO 639-1 code and a confidence in [0, 1]. Confidence grows with
 * the sample's length and with franc's margin over the runner-up (scaled by sqrt(length),
 * since franc's margins shrink as samples grow). `und` with confidence 0 when the sample is
 * too short or the confidence is below the threshold.
 */
export function detectLanguage(text: string, options: Partial<MetadataOptions> = {}): { code: string; confidence: number } {
  const opts = { ...DEFAULT_METADATA_OPTIONS, ...options };
  const sample = text.replace(/https?:\/\/\S+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, opts.languageSampleChars);
  // Ideographic and syllabic scripts carry a word or more per character: weighted as three letters.
  const counted = letterCounts(sample);
  const letters = counted.letters + 2 * counted.dense;
  if (letters < opts.languageMinLetters) return { code: 'und', confidence: 0 };
  const ranked = francAll(sample, { minLength: opts.languageMinLetters });
  const top = ranked[0];
  if (!top || top[0] === 'und') return { code: 'und', confidence: 0 };
  const second = ranked[1]?.[1] ?? 0;
  const margin = (1 - second) * Math.sqrt(sample.length);
  const lengthFactor = Math.min(1, letters / opts.languageFullLetters);
  const marginFactor = Math.min(1, margin / opts.languageFullMargin);
  const confidence = Math.round(lengthFactor * marginFactor * 100) / 100;
  if (confidence < opts.languageMinConfidence) return { code: 'und', confidence };
  return { code: ISO639_1[top[0]] ?? top[0], confidence };
}
