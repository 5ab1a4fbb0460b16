// Pass 4: groups of people named by nationality and a group noun ("North Korean special forces"), and a place's
// public body named by the place and a body noun ("Little Rock police", "Harris County sheriff's deputies").
import { type Context, type Draft, lower } from './draft.js';

/** Longest nationality (one or two capitalised words) starting at token `i`, as a token count. */
function nationalityAt(ctx: Context, si: number, i: number): number {
  const toks = ctx.sentences[si]!.tokens;
  if (!/^\p{Lu}/u.test(toks[i]?.text ?? '')) return 0;
  const two = `${lower(toks[i])} ${lower(toks[i + 1])}`;
  if (ctx.opts.nationalities.has(two) && /^\p{Lu}/u.test(toks[i + 1]?.text ?? '')) return 2;
  return ctx.opts.nationalities.has(lower(toks[i])) ? 1 : 0;
}

/** Group drafts: nationality, up to two lower-case modifiers, then a group head noun in lower case. */
export function findGroups(ctx: Context, taken: (si: number, i: number) => boolean): Draft[] {
  const out: Draft[] = [];
  ctx.sentences.forEach((sentence, si) => {
    const toks = sentence.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (taken(si, i)) continue;
      const n = nationalityAt(ctx, si, i);
      if (!n) continue;
      let found = 0;
      for (let k = i + n; k < Math.min(toks.length, i + n + 3); k++) {
        const w = lower(toks[k]);
        const t = toks[k]!.text;
        if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t)) break;
        const two = `${w} ${lower(toks[k + 1])}`;
        if (ctx.opts.groupHeads.has(two) && /^\p{Ll}/u.test(toks[k + 1]?.text ?? '')) {
          found = k + 2;
          break;
        }
        if (ctx.opts.groupHeads.has(w)) {
          found = k + 1;
          break;
        }
        if (ctx.opts.notNames.has(w) || ctx.opts.speechVerbs.has(w) || ctx.opts.titles.has(w)) break;
      }
      if (found) {
        out.push({ sent: si, start: i, end: found, runStart: i, form: 'group', type: 'group', evidence: ['group/nationality+head'] });
        i = found - 1;
      }
    }
  });
  return out;
}

/**
 * The end (exclusive token index) of a body noun phrase right after a name: lower-case modifiers ("fire",
 * "sheriff's") and a body noun ("police", "officials"), as in "Little Rock police"; 0 when none follows.
 */
export function bodyAfter(ctx: Context, d: Draft): number {
  const toks = ctx.sentences[d.sent]!.tokens;
  let end = 0;
  for (let k = d.end; k < toks.length && k - d.end < 4; k++) {
    const t = toks[k]!.text;
    const w = t.toLowerCase();
    const possessive = /^['\u2019]s$/u.test(t) && k > d.end;
    if (!possessive && !/^\p{Ll}/u.test(t)) break;
    if (ctx.opts.bodyNouns.has(w)) end = k + 1;
    else if (!possessive && !ctx.opts.bodyModifiers.has(w)) break;
  }
  return end;
}

/** Body drafts over places with a body noun: "Little Rock police" and "Police in Lexington" are organisations, the places stay places. */
export function findBodies(ctx: Context, names: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of names) {
    if (d.type !== 'place' || d.form !== 'name') continue;
    const end = bodyAfter(ctx, d);
    if (end) out.push({ sent: d.sent, start: d.start, end, runStart: d.start, form: 'body', type: 'organisation', evidence: ['body/place+body-noun'] });
    // "Police in Lexington", "investigators in Statesville": the body named before its place.
    const toks = ctx.sentences[d.sent]!.tokens;
    if (d.start >= 2 && ['in', 'of'].includes(lower(toks[d.start - 1])) && ctx.opts.bodyNouns.has(lower(toks[d.start - 2])) && !end) {
      out.push({ sent: d.sent, start: d.start - 2, end: d.end, runStart: d.start - 2, form: 'body', type: 'organisation', evidence: ['body/body-noun+in+place'] });
    }
  }
  return out;
}
