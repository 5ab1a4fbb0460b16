// Pass 1: capitalised name runs in each sentence, with titles and nationality words peeled off the front.
import type { Token } from '../../model/analysis.js';
import { type Context, type Draft, isCapitalised, lower } from './draft.js';

/** Hyphenated adjectives that start with a capital but are not names ("Washington-based"). */
const ADJ_SUFFIX = /-(?:based|led|backed|born|made|owned|style|era|run|funded|linked|affiliated|bound|controlled|speaking)$/i;

/** Whether a token can be part of a name: capitalised, not a listed non-name, not a positional capital. */
function nameToken(ctx: Context, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (!isCapitalised(t) || ADJ_SUFFIX.test(t.text)) return false;
  const w = t.text.toLowerCase();
  if (ctx.opts.notNames.has(w)) return false;
  const prev = toks[i - 1];
  const initial = i === 0 || /^["\u201c\u2018'(:\-\u2013\u2014]$/u.test(prev?.text ?? '');
  if (initial && ctx.lowerSeen.has(w) && !known(ctx, w)) return false;
  return true;
}

const known = (ctx: Context, w: string): boolean =>
  ctx.opts.places.has(w) || ctx.opts.orgs.has(w) || ctx.opts.people.has(w) || ctx.opts.nationalities.has(w);

/** Whether any token of `toks[a..b)` is an organisation or place head word. */
function hasHead(ctx: Context, toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = lower(toks[k]);
    if (ctx.opts.orgHeads.has(w) || ctx.opts.placeHeads.has(w)) return true;
  }
  return false;
}

/** Function words that title case may leave in lower case. */
const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'as', 'but', 'from', 'vs']);

/** Whether a sentence is in title case (or capitals): nearly every content word capitalised, so capitals say little. */
function titleCaseSentence(ctx: Context, toks: Token[]): boolean {
  const words = toks.filter((t) => /^\p{L}/u.test(t.text) && !MINOR.has(t.text.toLowerCase()));
  if (words.length < 4) return false;
  const caps = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  return caps / words.length >= ctx.opts.titleCaseRatio;
}

/** Gazetteer look-ups only (places, organisations, people), longest first, for title-case or shouted sentences. */
function gazetteerRuns(ctx: Context, si: number, toks: Token[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < toks.length; i++) {
    for (let n = 3; n >= 1; n--) {
      if (i + n > toks.length) continue;
      const phrase = toks.slice(i, i + n).map((t) => t.text.toLowerCase()).join(' ');
      if (!/^\p{Lu}/u.test(toks[i]!.text)) continue;
      if (ctx.opts.places.has(phrase) || ctx.opts.orgs.has(phrase) || ctx.opts.people.has(phrase)) {
        out.push({ sent: si, start: i, end: i + n, runStart: i, form: 'name', type: null, evidence: [] });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/** Peels leading nationality adjectives, titles and role modifiers off a run unless it ends in an organisation head. */
function peel(ctx: Context, toks: Token[], a: number, b: number): number {
  const { opts } = ctx;
  if (opts.orgHeads.has(lower(toks[b - 1])) || opts.placeHeads.has(lower(toks[b - 1]))) return a;
  let s = a;
  while (s < b - 1) {
    const w = lower(toks[s]);
    const two = `${w} ${lower(toks[s + 1])}`;
    if (opts.nationalities.has(two) && s + 2 < b) s += 2;
    else if (opts.nationalities.has(w) || opts.titles.has(w) || opts.honorifics.has(w) || opts.roleModifiers.has(w) || isRank(ctx, toks[s])) s += 1;
    else break;
  }
  return s;
}

/** An abbreviated rank written with its full stop ("Sgt.", "Off."), a title before a name. */
export function isRank(ctx: Context, t: Token | undefined): boolean {
  return !!t && /^\p{Lu}\p{Ll}*\.$/u.test(t.text) && ctx.opts.rankAbbreviations.has(t.text.slice(0, -1).toLowerCase());
}

const isPossessiveToken = (t: Token | undefined): boolean => !!t && /^['\u2019][sS]$/u.test(t.text);

/**
 * A title or rank inside a run that is followed by a person's name ("Kansas City Police Chief Darryl Forte",
 * "Police Lt. Dan McGrath", "D.C. Mayor Vincent Gray"): the name starts after it; the words before are the role.
 */
function peelRole(ctx: Context, toks: Token[], a: number, b: number): number {
  const { opts } = ctx;
  for (let k = b - 2; k > a; k--) {
    const w = lower(toks[k]);
    if (!opts.titles.has(w) && !isRank(ctx, toks[k])) continue;
    const rest = toks.slice(k + 1, b);
    if (rest.length > 3 || rest.some((t) => opts.titles.has(lower(t)) || opts.roleModifiers.has(lower(t)) || opts.orgHeads.has(lower(t)) || opts.placeHeads.has(lower(t)) || !/^\p{Lu}/u.test(t.text))) return a;
    return k + 1;
  }
  return a;
}

/** Drops trailing titles and role words off a run ("Korea Foundation Fellow" -> "Korea Foundation"). */
function peelEnd(ctx: Context, toks: Token[], a: number, b: number): number {
  const { opts } = ctx;
  if (!opts.titles.has(lower(toks[b - 1])) || b - a < 2) return b;
  let e = b;
  while (e > a && (opts.titles.has(lower(toks[e - 1])) || opts.roleModifiers.has(lower(toks[e - 1])))) e--;
  return e;
}

/** Capitalised runs of every sentence as untyped drafts. */
export function findNameRuns(ctx: Context): Draft[] {
  const out: Draft[] = [];
  ctx.sentences.forEach((sentence, si) => {
    const toks = sentence.tokens;
    if (titleCaseSentence(ctx, toks)) {
      out.push(...gazetteerRuns(ctx, si, toks));
      return;
    }
    let i = 0;
    while (i < toks.length) {
      if (!nameToken(ctx, toks, i)) {
        i++;
        continue;
      }
      let j = i + 1;
      for (;;) {
        if (j < toks.length && nameToken(ctx, toks, j)) j++;
        // "Stokes County Sheriff's Office": an office's name runs on over the possessive of a title.
        else if (
          j + 1 < toks.length && isPossessiveToken(toks[j]) && ctx.opts.titles.has(lower(toks[j - 1])) &&
          nameToken(ctx, toks, j + 1) && ctx.opts.orgHeads.has(lower(toks[j + 1]))
        ) j += 2;
        else if (
          j + 1 < toks.length && ctx.opts.connectors.has(lower(toks[j])) && hasHead(ctx, toks, i, j) &&
          (nameToken(ctx, toks, j + 1) || (lower(toks[j + 1]) === 'the' && nameToken(ctx, toks, j + 2)))
        ) j += lower(toks[j + 1]) === 'the' ? 3 : 2;
        else break;
      }
      const s = peelRole(ctx, toks, peel(ctx, toks, i, j), j);
      const end = peelEnd(ctx, toks, s, j);
      if (end <= s) {
        i = j;
        continue;
      }
      const only = toks.slice(s, end).map((t) => t.text.toLowerCase()).join(' ');
      const nationalityOnly = ctx.opts.nationalities.has(only) || ctx.opts.titles.has(only) || ctx.opts.honorifics.has(only);
      if (!nationalityOnly) out.push({ sent: si, start: s, end, runStart: i, form: 'name', type: null, evidence: [] });
      i = j;
    }
  });
  return out;
}
