// What tellings say about one another before a verdict counts them: copies of one text, values told side by side, the dates an undated telling borrows.
import type { Telling } from '../model/dossier.js';

/** An origin key: the resolved entity, else the name. */
export const originKey = (t: Telling): string => t.originEntityId ?? t.origin;

/** Whether a telling's origin is only the outlet that printed it (nothing attributed, or a speaker the text does not name). */
export const outletOrigin = (t: Telling): boolean => (t.originEntityId ?? '').startsWith('outlet:') || t.rules.origin === 'origin/outlet-unattributed' || t.rules.origin === 'origin/outlet-for-unnamed-speaker';

/** Words of a sentence as compared for copying: lower case, letters and digits only. */
function words(sentence: string): string[] {
  return sentence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
}

/** Options of copy detection: set by hand on made-up wire copies (a pronoun or a day name swapped, a clause cut), never on a corpus. */
export interface CopyOptions {
  /** Fewest words a sentence needs before its copies are recognised: short sentences ("Two were killed.") are said alike by chance. */
  minWords: number;
  /** Share of the shorter sentence's words the longer one must hold too (a copy cuts the attribution, or swaps a name for a pronoun). */
  minShared: number;
}
export const defaultCopyOptions: CopyOptions = { minWords: 10, minShared: 0.9 };

/** Whether two sentences are one text printed twice: long enough, and nearly all the words of the shorter in the longer. */
export function copiedSentence(a: string, b: string, o: CopyOptions = defaultCopyOptions): boolean {
  return copiedWords(copyWords(a, o), copyWords(b, o), o);
}

/** A sentence's distinct words as compared for copying; null when it has too few words to be recognised as a copy. */
function copyWords(sentence: string, o: CopyOptions): Set<string> | null {
  const x = words(sentence);
  return x.length < o.minWords ? null : new Set(x);
}

function copiedWords(sx: Set<string> | null, sy: Set<string> | null, o: CopyOptions): boolean {
  if (sx === null || sy === null) return false;
  let shared = 0;
  for (const w of sx) if (sy.has(w)) shared++;
  return shared / Math.min(sx.size, sy.size) >= o.minShared;
}

/**
 * The origin each telling counts under. A telling only its outlet stands behind, printed in the words of a
 * named origin's telling in another article (an outlet running a company's statement, a police release, with a
 * pronoun or a day name swapped and the attribution cut), is a copy of that origin's word: it counts under that
 * origin, not as an origin of its own. Two outlets printing one unattributed text stay two origins, as an
 * unattributed statement's origin is its outlet. Named origins keep their own key.
 */
export function countedOrigins(tellings: readonly Telling[], o: CopyOptions = defaultCopyOptions): { key: Map<Telling, string>; copies: number } {
  const key = new Map<Telling, string>();
  let copies = 0;
  // Each sentence's words are read once, and the named tellings, the only ones copied from, listed once.
  const wordsOf = new Map<string, Set<string> | null>();
  const wordSet = (sentence: string) => (wordsOf.has(sentence) ? wordsOf.get(sentence)! : wordsOf.set(sentence, copyWords(sentence, o)).get(sentence)!);
  const named = tellings.filter((p) => !outletOrigin(p));
  for (let i = 0; i < tellings.length; i++) {
    const t = tellings[i];
    key.set(t, originKey(t));
    if (!outletOrigin(t)) continue;
    const own = wordSet(t.sentence);
    const first = own === null ? undefined : named.find((p) => p.articleId !== t.articleId && copiedWords(wordSet(p.sentence), own, o));
    if (first) {
      // The named telling keeps its own key, whether it comes before the copy or after it.
      key.set(t, originKey(first));
      if (originKey(first) !== originKey(t)) copies++;
    }
  }
  return { key, copies };
}

/**
 * Whether one article tells both values side by side, as one origin's or as its own beside an origin's ("six
 * rifles and 12 magazines in this operation ... 31 magazines so far"): the two values are two things of the
 * story the group pools, so no other outlet's telling of one of them disputes the other. An article that sets
 * two named origins against each other ("police said five, the hospital seven") reports a dispute instead.
 */
export function toldSideBySide(tellings: readonly Telling[], a: Telling, b: Telling, agrees: (x: Telling, y: Telling) => boolean): boolean {
  const bySource = new Map<string, Telling[]>();
  for (const t of tellings) {
    if (t.value === null) continue;
    const k = `${t.articleId}`;
    const list = bySource.get(k);
    if (list) list.push(t);
    else bySource.set(k, [t]);
  }
  for (const list of bySource.values()) {
    if (list.length < 2) continue;
    const withA = list.filter((t) => agrees(t, a));
    const withB = list.filter((t) => agrees(t, b));
    // Two named origins the article sets against each other ("police said five, the hospital seven") report a dispute, not two things.
    const twoThings = (x: Telling, y: Telling) => x !== y && (originKey(x) === originKey(y) || outletOrigin(x) || outletOrigin(y));
    if (withA.some((x) => withB.some((y) => twoThings(x, y)))) return true;
  }
  return false;
}

/**
 * The dates a telling's value holds for: its own as-of date, else the dates of the dated tellings that agree
 * with it ("Orozco, 27," undated, holds when the tellings of 27 hold, not when a later trial's "29" does);
 * empty when nothing dates it.
 */
export function heldDates(t: Telling, tellings: readonly Telling[], agrees: (x: Telling, y: Telling) => boolean): string[] {
  if (t.asOf) return [t.asOf];
  return [...new Set(tellings.filter((u) => u !== t && u.asOf && u.value !== null && agrees(u, t)).map((u) => u.asOf as string))];
}
