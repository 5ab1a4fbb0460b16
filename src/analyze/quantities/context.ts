// Reads the words around a number: approximation cues before and after it, and the change direction governing it.
import type { Approximation, Change } from '../../model/analysis.js';
import type { QuantityOptions } from './options.js';
import { gluedBefore, tokenize, type QToken } from './tokens.js';

export interface Cue<T> {
  value: T;
  /** First token of the cue (for cues before) or one past its last token (for cues after). */
  at: number;
  phrase: string;
}

/** Cue phrases as token lists, longest first. Built per call from the options (no shared state). */
export function compileCues<T>(pairs: Array<[string, T]>): Array<{ words: string[]; value: T; phrase: string }> {
  return pairs
    .map(([phrase, value]) => ({ words: tokenize(phrase).map((t) => t.lower), value, phrase }))
    .sort((a, b) => b.words.length - a.words.length);
}

/** Words before "up to" that make it a movement ("back up to 4.8", "climbed up to"), not a ceiling. */
const MOVED_UP = new Set(['back', 'climbed', 'climbing', 'rose', 'rising', 'jumped', 'inched', 'inching', 'went', 'going', 'moved', 'moving', 'crept', 'ticked', 'edged', 'shot', 'surged', 'soared', 'came', 'coming', 'crawled', 'bounced']);

/** The object of a verb whose particle is "over", right before it ("turned the ball over", "gave it over"). */
const OVER_PARTICLE_OBJECT = new Set(['ball', 'it', 'them', 'puck']);
/** Verbs (or an article after one: "turned the") that take "over" as a particle with such an object. */
const PARTICLE_VERB = /^(?:the|it|them)\s+(?:turn|turned|turns|turning|give|gave|gives|giving|hand|handed|hands|handing|cough|coughed)$|^(?:turn|turned|turns|turning|give|gave|gives|giving|hand|handed|hands|handing|cough|coughed)\b/;

/** Words of telling, asking and caring that take "about" as a preposition ("a story about two young men"). */
const ABOUT_TOPIC = new Set(['story', 'stories', 'article', 'articles', 'report', 'reports', 'news', 'details', 'information', 'questions', 'question', 'documentary', 'film', 'book', 'talk', 'talked', 'talking', 'spoke', 'learned', 'worried', 'concerned', 'concerns', 'complained', 'asked', 'thinking']);

/** The approximation cue ending right before token `s`, if any. */
export function approxBefore(toks: QToken[], s: number, cues: Array<{ words: string[]; value: Approximation; phrase: string }>): Cue<Approximation> | null {
  for (const c of cues) {
    const n = c.words.length;
    const b = s - n;
    if (b < 0) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = toks[b + k].lower === c.words[k];
    if (!ok) continue;
    // "some" and "over" as cues only when the number follows directly (not "some of the 5")
    if (c.phrase === 'sub-' && !gluedBefore(toks, s)) continue;
    // "above", "under", "over", "below" only when not closing a phrase like "the above 5"
    if (b > 0 && (c.phrase === 'some' || c.phrase === 'over' || c.phrase === 'under' || c.phrase === 'above' || c.phrase === 'below')) {
      const p = toks[b - 1].lower;
      if (p === 'the' || p === 'of' || p === 'than' || p === 'and') continue;
    }
    // "turned the ball over 17 times", "handed it over": the particle of a verb, no bound.
    if (c.phrase === 'over' && b > 1 && OVER_PARTICLE_OBJECT.has(toks[b - 1].lower) && PARTICLE_VERB.test(toks[b - 2].lower + ' ' + (toks[b - 3]?.lower ?? ''))) continue;
    // "back up to 4.8", "climbed up to": a movement, not a ceiling
    if (c.phrase === 'up to' && b > 0 && MOVED_UP.has(toks[b - 1].lower)) continue;
    // "a story about two young men", "questions about three officers": "about" after a word of telling or asking is a
    // preposition, no approximation
    if (c.phrase === 'about' && b > 0 && ABOUT_TOPIC.has(toks[b - 1].lower)) continue;
    return { value: c.value, at: b, phrase: c.phrase };
  }
  return null;
}

/** The approximation cue starting at token `e` (right after the quantity), if any. */
export function approxAfter(toks: QToken[], e: number, cues: Array<{ words: string[]; value: Approximation; phrase: string }>): Cue<Approximation> | null {
  for (const c of cues) {
    const n = c.words.length;
    if (e + n > toks.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = toks[e + k].lower === c.words[k];
    if (!ok) continue;
    // "-odd", "-plus" and "+" must touch the quantity; "plus" spaced must not start a new term ("plus 5")
    if ((c.phrase.startsWith('-') || c.phrase === '+') && !gluedBefore(toks, e)) continue;
    if (c.phrase === 'plus' && toks[e + 1] && (toks[e + 1].kind === 'num' || toks[e + 1].text === '$')) continue;
    return { value: c.value, at: e + n, phrase: c.phrase };
  }
  return null;
}

/** Words before "up"/"down" that make them a change of level ("shares were down 2%", "ended up 5%"). */
const UPDOWN_BEFORE = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'ended', 'closed', 'finished', 'edged', 'moved', 'traded', 'trading',
  'opened', 'went', 'go', 'goes', 'going', 'come', 'came', 'now', 'still', 'also', 'and', 'while', 'stood', 'stands', 'remains',
  'remained', 'ticked', 'inched', 'crept', 'nudged', 'revised', 'marked', 'settled', 'broadly', 'sharply', 'slightly', 'year',
  'back', 'inching', 'moving', 'edging', 'ticking', 'creeping',
]);

/**
 * The change direction governing a number whose first token (cue included) is `s`: a change word followed by at most
 * `window` skippable words ("rose 5%", "cut by 10", "increased by about", "fell to"), or "up 5%" / "down 2%".
 */
export function changeBefore(toks: QToken[], s: number, o: QuantityOptions, up: Set<string>, down: Set<string>, skip: Set<string>, weak: Set<string>, strongUnit: boolean): { value: Change; at: number } | null {
  let k = s - 1;
  let skipped = 0;
  let sawByTo = false;
  while (k >= 0 && skipped <= o.changeWindow + 2) {
    if (skipped > o.changeWindow && !(toks[s - 1]?.lower === 'by')) return null;
    const t = toks[k];
    if (t.kind !== 'word') return null;
    const w = t.lower;
    const isUp = up.has(w);
    const isDown = down.has(w);
    if (isUp || isDown) {
      if (weak.has(w) && !sawByTo && !strongUnit) return null;
      if (w === 'up' || w === 'down') {
        const p = toks[k - 1];
        const okBefore = !p || p.kind !== 'word' || UPDOWN_BEFORE.has(p.lower) || (p.lower.endsWith('s') && p.lower.length > 3);
        if (!okBefore) return null;
      }
      return { value: isUp ? 'up' : 'down', at: k };
    }
    // "cut its forecast by 10%": after "by", the verb may sit behind a short object
    if (!skip.has(w) && !(sawByTo && toks[s - 1]?.lower === 'by' && skipped < o.changeWindow + 2 && !/^\p{Lu}/u.test(t.text))) return null;
    if (w === 'by' || w === 'to') sawByTo = true;
    skipped++;
    k--;
  }
  return null;
}
