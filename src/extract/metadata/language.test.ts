// Tests the letter counts of language detection against the runs of letters they stand for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage, letterCounts } from './language.js';

/** The characters (code points) the runs of a pattern hold, counted from the matches themselves. */
const byRuns = (text: string, runs: RegExp): number => [...text.matchAll(runs)].reduce((n, m) => n + [...m[0]].length, 0);
const DENSE_RUNS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]+/gu;
const LETTER_RUNS = /\p{L}+/gu;

test('letterCounts counts the code points of the runs of letters and of dense scripts', () => {
  const samples = [
    '',
    'The police said 2 people were hurt.',
    'Ünïcödé façade — naïve “quotes” ſ K',
    '東京で大きな地震があり、多くの人が避難しました。',
    '서울에서 열린 회의에서 정부는',
    'ภาษาไทย ใช้ ่ ้ วรรณยุกต์',
    'Math 𝐀𝐁𝐂 and 𝔘𝔫𝔦 letters beyond the BMP, an emoji 😀 and a CJK extension 𠀀𠀁',
    'lone \ud800 high and \udc00 low surrogates, a pair at the end \ud835\udc00',
    '・ー〆々 〇',
  ];
  // Random strings over a mix of ranges, surrogates included.
  let x = 7;
  for (let s = 0; s < 200; s++) {
    let t = '';
    for (let i = 0; i < 40; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      const pick = x % 6;
      const code = pick === 0 ? 0x20 + (x >>> 8) % 0x60 : pick === 1 ? 0x3000 + (x >>> 8) % 0x1000 : pick === 2 ? 0xd800 + (x >>> 8) % 0x800 : pick === 3 ? 0x0e00 + (x >>> 8) % 0x80 : pick === 4 ? 0x4e00 + (x >>> 8) % 0x100 : (x >>> 8) % 0x10000;
      t += String.fromCharCode(code);
    }
    samples.push(t);
  }
  for (const text of samples) {
    assert.deepEqual(letterCounts(text), { letters: byRuns(text, LETTER_RUNS), dense: byRuns(text, DENSE_RUNS) }, JSON.stringify(text));
  }
});

test('detectLanguage reads English and leaves a text without enough letters undetermined', () => {
  const english = 'The police said two people were wounded in a shooting on Main Street late on Saturday night, and that a suspect was arrested on Sunday morning after a short chase through the neighbourhood.';
  assert.equal(detectLanguage(english).code, 'en');
  assert.deepEqual(detectLanguage('12 34 56 78 90 -- !!'), { code: 'und', confidence: 0 });
});
