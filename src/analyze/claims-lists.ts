// Lists of figures that share one noun and differ by place or party: "55 percent of voice traffic in Saudi Arabia, 52 percent in Egypt and 82 percent in India".
import type { Because, Claim, Quantity, Sentence } from '../model/analysis.js';
import { hasTrait } from '../model/measures.js';

const because = <T>(value: T, rule: string): Because<T> => ({ value, rule });

/** A name: capitalised words, "of" allowed inside ("Bank of America"), hyphens kept ("Turkmenistan-Ashgabat"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,3}`;
/**
 * The place or party an item of a list is of, told after its number and before the item ends: "in Egypt", "with Malaysia",
 * "to India", "registered in the capital city of Ashgabat", "in Akhal region". Lower-case words may stand between the
 * preposition and the name ("in the capital city of").
 */
const ITEM_OWNER = new RegExp(String.raw`\b(?:in|with|to|for|at)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,3}?(?:of\s+)?(${NAME})`, 'u');
/** An item that repeats no noun: its number, perhaps a percent sign, then straight the preposition ("52 percent in Egypt", "46 in Akhal region"). */
const BARE_ITEM = /^\s*(?:%|percent\b|per\s+cent\b)?\s*(?:in|with|to|for|at)\s/i;
/** Measures a list item may take from the first item: open-tail ones, and an age read from "Ashgabat, 46" (a name, a comma, a number). */
const TAKES_FIRST = (c: Claim) => (c.measure.value.startsWith('other:') && !OWN_PERIOD(c)) || c.measure.rule === 'measure/age-after-name';
/** A batter's rate names its own team, series or season ("batting average with the Angels"): no item of a list of places. */
const OWN_PERIOD = (c: Claim) => c.subject.rule === 'subject/batting-rate';
/** Unit classes told alike in a list: "37 candidates ..., 46 in Akhal region" counts with a bare number. */
const CLASS_OF = (q: Quantity) => (q.unitClass === 'number' || q.unitClass === 'persons' ? 'count' : q.unitClass);

/** The owner named in an item of a list: the words from its number to the next number of the sentence, cut at the item's end (a comma, "and", a semicolon). */
/** Names of months and days, which a list's items may be told "in" without being of another owner. */
const WHEN_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

function itemOwner(text: string, q: Quantity, nextStart: number): string | null {
  const seg = text.slice(q.span[1], nextStart);
  const m = ITEM_OWNER.exec(seg);
  if (!m) return null;
  // The owner is told before the item ends: no comma, semicolon or "and" between the number and the preposition.
  if (/[,;]|\band\b/.test(seg.slice(0, m.index))) return null;
  const owner = m[1].replace(/[.’']+$/, '').trim();
  // "3.2% in March, up from 2.9% in February": a month or a day is when, not whose, a figure is.
  return WHEN_NAME.test(owner) ? null : owner;
}

/**
 * Marks the items of lists of figures that share a noun, each item of another place or party: every item takes the
 * first item's measure and noun, its own owner as place ("share of voice traffic in Egypt"), and the subject rule `subject/list-item-place`, so that
 * the figures of Egypt and of India are two figures, never rivals of one another.
 */
export function markListItems(claims: Claim[], quantities: readonly Quantity[], sentences: readonly Sentence[], text: string): void {
  const byQuantity = new Map<number, Claim[]>();
  for (const c of claims) if (c.quantity !== undefined) (byQuantity.get(c.quantity) ?? byQuantity.set(c.quantity, []).get(c.quantity)!).push(c);
  sentences.forEach((s) => {
    const qs = quantities.map((q, qi) => ({ q, qi })).filter(({ q, qi }) => q.span[0] >= s.span[0] && q.span[1] <= s.span[1] && byQuantity.has(qi));
    let i = 0;
    while (i < qs.length) {
      // A run: a first item with an owner, then bare items of the same unit class, each with an owner.
      const owner = (k: number) => itemOwner(text, qs[k].q, k + 1 < qs.length ? qs[k + 1].q.span[0] : s.span[1]);
      const first = owner(i);
      if (!first) { i++; continue; }
      const run = [{ ...qs[i], owner: first }];
      let k = i + 1;
      while (k < qs.length && CLASS_OF(qs[k].q) === CLASS_OF(qs[i].q) && BARE_ITEM.test(text.slice(qs[k].q.span[1], qs[k].q.span[1] + 20))) {
        const o = owner(k);
        if (!o) break;
        run.push({ ...qs[k], owner: o });
        k++;
      }
      const owners = new Set(run.map((r) => r.owner.toLowerCase()));
      const head = byQuantity.get(run[0].qi)!.find((c) => !hasTrait(c.measure.value, 'keepsOwn') && !OWN_PERIOD(c));
      if (run.length >= 2 && owners.size === run.length && head) {
        const noun = head.subject.value;
        for (const r of run) {
          for (const c of byQuantity.get(r.qi)!) {
            if (c !== head && !TAKES_FIRST(c)) continue;
            c.measure = c === head ? c.measure : because(head.measure.value, 'measure/list-item');
            c.subject = because(`${noun} in ${r.owner}`, 'subject/list-item-place');
            c.place = because<string | null>(r.owner, 'place/list-item');
          }
        }
      }
      i = Math.max(k, i + 1);
    }
    // "About 70 percent of data traffic in Iceland": a share of a place's thing told alone is that place's share too,
    // so that it joins the same place's item of a list.
    qs.forEach(({ q, qi }, k) => {
      for (const c of byQuantity.get(qi)!) {
        if (c.measure.value !== 'other:share' || c.subject.rule !== 'subject/share-of') continue;
        const owner = itemOwner(text, q, k + 1 < qs.length ? qs[k + 1].q.span[0] : s.span[1]);
        if (!owner) continue;
        c.subject = because(`${c.subject.value} in ${owner}`, 'subject/share-of-place');
        c.place = because<string | null>(owner, 'place/share-of-place');
      }
    });
  });
}
