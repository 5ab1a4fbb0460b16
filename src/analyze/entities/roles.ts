// Pass 2: roles attached to a name, from a title run before it or an appositive after it.
import type { TextSpan, Token } from '../../model/analysis.js';
import { type Context, type Draft, isCapitalised, isPossessive, isPunct, lower } from './draft.js';
import { isRank } from './names.js';

export interface RoleFound {
  role: TextSpan;
  rule: 'title-before' | 'apposition' | 'honorific';
}

function span(ctx: Context, toks: Token[], a: number, b: number): TextSpan {
  const s = toks[a]!.span[0];
  const e = toks[b - 1]!.span[1];
  return { text: ctx.text.slice(s, e), span: [s, e] };
}

/** Whether a token may sit inside a role phrase before its title word. */
function roleWord(ctx: Context, t: Token | undefined): boolean {
  if (!t) return false;
  const w = t.text.toLowerCase();
  const { opts } = ctx;
  if (isPossessive(t)) return true;
  if (isPunct(t) || opts.notNames.has(w) || opts.speechVerbs.has(w)) return false;
  return opts.titles.has(w) || opts.roleModifiers.has(w) || opts.nationalities.has(w) || isCapitalised(t) || /-/.test(w);
}

/** The title run ending right before the name: "South Korean defense minister" Kim Yong-hyun. */
export function titleBefore(ctx: Context, d: Draft): RoleFound | null {
  const toks = ctx.sentences[d.sent]!.tokens;
  const last = toks[d.start - 1];
  if (!last) return null;
  const w = lower(last).replace(/\.$/, '');
  const honorific = ctx.opts.honorifics.has(w) || ctx.opts.honorifics.has(`${w}.`);
  if (!ctx.opts.titles.has(lower(last)) && !honorific && !isRank(ctx, last)) return null;
  let a = d.start - 1;
  while (a - 1 >= 0 && d.start - (a - 1) <= 8 && roleWord(ctx, toks[a - 1])) a--;
  while (a < d.start - 1 && isPossessive(toks[a])) a++;
  if (honorific && a === d.start - 1) return { role: span(ctx, toks, a, d.start), rule: 'honorific' };
  return { role: span(ctx, toks, a, d.start), rule: 'title-before' };
}

/** An appositive after the name: ", a professor at the Hankuk University of Foreign Studies". */
export function apposition(ctx: Context, d: Draft): RoleFound | null {
  const toks = ctx.sentences[d.sent]!.tokens;
  if (toks[d.end]?.text !== ',') return null;
  let a = d.end + 1;
  if (['a', 'an', 'the'].includes(lower(toks[a]))) a++;
  // The title must come within a few role words (or up to two other lower-case adjectives).
  let k = a;
  let loose = 0;
  while (k < toks.length && k - a < 6 && !ctx.opts.titles.has(lower(toks[k]))) {
    const t = toks[k]!;
    if (roleWord(ctx, t)) k++;
    else if (/^\p{Ll}+$/u.test(t.text) && loose < 2 && !ctx.opts.notNames.has(t.text) && !ctx.opts.speechVerbs.has(t.text)) {
      loose++;
      k++;
    } else return null;
  }
  if (k >= toks.length || !ctx.opts.titles.has(lower(toks[k]))) return null;
  let e = k + 1;
  let depth = 0;
  while (e < toks.length && e - a < 30) {
    const t = toks[e]!.text;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /^[,.;:!?"\u201c\u201d]$/u.test(t)) break;
    e++;
  }
  return { role: span(ctx, toks, a, e), rule: 'apposition' };
}

/** Chooses the role for a person: an appositive beats a title run, which beats a bare honorific. */
export function pickRole(before: RoleFound | null, after: RoleFound | null): RoleFound | null {
  if (after && (!before || before.rule === 'honorific' || after.role.text.length > before.role.text.length)) return after;
  return before ?? after;
}
