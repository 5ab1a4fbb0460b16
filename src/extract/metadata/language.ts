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

const DENSE_RUNS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]+/gu;
const LETTER_RUNS = /\p{L}+/gu;

/** How many characters (code points) of `text` the runs of `runs` hold: `text.match(/x/gu).length` for runs /x+/gu, without a string per character. */
function codePointsIn(text: string, runs: RegExp): number {
  let n = 0;
  for (const m of text.matchAll(runs)) {
    const run = m[0];
    n += run.length;
    // A character beyond the BMP is two code units, the first a high surrogate.
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) n--;
    }
  }
  return n;
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
  const dense = codePointsIn(sample, DENSE_RUNS);
  const letters = codePointsIn(sample, LETTER_RUNS) + 2 * dense;
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
