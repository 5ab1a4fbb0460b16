// Passes 5-8: within-article reference: acronyms, short names, title-only descriptions and speaker pronouns.
import type { Token } from '../../model/analysis.js';
import { type Context, type Draft, draftText, isPossessive, lower, normaliseKey, tokensOf } from './draft.js';
import { GENERATION } from '../ranks.js';

const root = (d: Draft): Draft => (d.ref ? root(d.ref) : d);
const before = (a: Draft, b: Draft): boolean => a.sent < b.sent || (a.sent === b.sent && a.start < b.start);

/** Pass 5: "National Intelligence Service (NIS)" sets an acronym; every "NIS" elsewhere refers to the definition. */
export function resolveAcronyms(ctx: Context, drafts: Draft[]): Draft[] {
  const added: Draft[] = [];
  const defined = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.form !== 'name' || d.type === 'person' || d.end - d.start < 2) continue;
    const toks = ctx.sentences[d.sent]!.tokens;
    let k = d.end;
    if (isPossessive(toks[k])) k++;
    if (toks[k]?.text !== '(' || toks[k + 2]?.text !== ')') continue;
    const acr = toks[k + 1]!;
    if (!/^\p{Lu}[\p{Lu}\p{N}&.\-]{1,9}$/u.test(acr.text)) continue;
    const initials = tokensOf(ctx, d).map((t) => t.text[0]).join('');
    if (acr.text[0] !== initials[0]) continue;
    d.acronym = acr.text;
    if (!d.type) {
      d.type = 'organisation';
      d.evidence.push('acronym-definition');
    }
    defined.set(acr.text, d);
    const inner = drafts.find((o) => o.sent === d.sent && o.start === k + 1);
    const target = inner ?? { sent: d.sent, start: k + 1, end: k + 2, runStart: k + 1, form: 'acronym' as const, type: null, evidence: [] };
    if (!inner) added.push(target);
  }
  for (const d of [...drafts, ...added]) {
    if (d.end - d.start !== 1) continue;
    const def = defined.get(tokensOf(ctx, d)[0]!.text);
    if (!def || def === d) continue;
    d.form = 'acronym';
    d.type = def.type;
    d.ref = def;
    d.evidence = [def.acronym && d.sent === def.sent ? 'acronym-definition' : 'acronym-use'];
  }
  return added;
}

/** Words of kin that introduce a relative by name: "her nephew, Carl Frey", "his son, Michael Voss". */
export const KIN_OF_NAME = 'son|daughter|nephew|niece|brother|sister|husband|wife|father|mother|cousin|grandson|granddaughter|uncle|aunt|stepson|stepdaughter|widow|widower';
const KIN_WORD = new RegExp(`^(?:${KIN_OF_NAME})$`);

/** Pass 6: surname-only or first-names-only mentions ("Richey", "Sang Hun", "Kim") refer to a fuller person name; a company's first word ("Halden") to its full name. */
export function resolveShortNames(ctx: Context, drafts: Draft[]): void {
  // Full person names grouped by their words (a name told a thousand times is one group, its
  // mentions in text order) and indexed by their first and last word, so each mention looks only
  // at the names it could shorten, and in each at the nearest mention on either side: linear
  // in the mentions however often one name repeats.
  const groups = new Map<string, { full: string[]; at: Draft[]; speaks?: boolean }>();
  const byEdgeWord = new Map<string, { full: string[]; at: Draft[]; speaks?: boolean }[]>();
  for (const p of drafts) {
    if ((p.type !== 'person' && p.type !== 'organisation') || p.form !== 'name' || p.end - p.start < 2) continue;
    const key = normaliseKey(draftText(ctx, p));
    let g = groups.get(key);
    if (!g) {
      g = { full: key.split(' '), at: [] };
      groups.set(key, g);
      for (const w of new Set([g.full[0]!, g.full[g.full.length - 1]!])) {
        const list = byEdgeWord.get(w);
        if (list) list.push(g);
        else byEdgeWord.set(w, [g]);
      }
    }
    g.at.push(p);
  }
  for (const g of groups.values()) g.at.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  // A name right beside a verb of saying ("said Alicia Shannon", "Shannon said") is a speaker's; whether any mention of a
  // full name is, is read once per name.
  const speaking = (p: Draft): boolean => {
    const toks = ctx.sentences[p.sent]!.tokens;
    return ctx.opts.speechVerbs.has(lower(toks[p.start - 1])) || ctx.opts.speechVerbs.has(lower(toks[p.end]));
  };
  for (const g of groups.values()) g.speaks = g.at.some(speaking);
  // "her nephew, Carl Frey": a full name first told as a relative of someone, set off by commas after the kin word.
  const kinIntroduced = (g: { at: Draft[] }): boolean => {
    const first = g.at[0]!;
    const toks = ctx.sentences[first.sent]!.tokens;
    return toks[first.start - 1]?.text === ',' && KIN_WORD.test(lower(toks[first.start - 2])) && /^(?:his|her|their)$/.test(lower(toks[first.start - 3]));
  };
  for (const d of drafts) {
    // A place known as one, by the gazetteer or by its head ("City of Miami" beside "City of Miami Police"), is no short name of a body.
    if (d.form !== 'name' || d.type === 'organisation' || (d.type === 'place' && /^(?:gazetteer|head-of\/place|head\/place)/.test(d.evidence[0] ?? ''))) continue;
    const words = normaliseKey(draftText(ctx, d)).split(' ');
    const candidates = new Set([...(byEdgeWord.get(words[0]!) ?? []), ...(byEdgeWord.get(words[words.length - 1]!) ?? [])]);
    let best: Draft | null = null;
    const consider = (p: Draft): void => {
      // The nearest full name before the mention wins; a later one only when none precedes.
      if (!best || (before(p, d) && (!before(best, d) || before(best, p))) || (!before(best, d) && !before(p, d) && before(p, best))) best = p;
    };
    // "said Shannon" after "said Alicia Shannon" and "Her son, Raheem Shannon, was shot": a speaker's short name is the
    // speaker's, where only one of the fuller names ever speaks.
    const speakers = speaking(d) ? [...candidates].filter((g) => g.full.length > words.length && g.speaks) : [];
    // "Della Frey ... her nephew, Carl Frey ... Frey appeared on 300 covers": of two full names a surname shortens, the one
    // told as the other's relative never takes it (a relative is told by a first name or in full); as a speaker alone it may.
    const pool = speakers.length === 1 ? speakers : [...candidates];
    // (A surname only: a relative told by a first name is the relative.)
    const shortens = (g: { full: string[] }) => g.full.length > words.length && words.every((w, i) => g.full[g.full.length - words.length + i] === w);
    const principal = speakers.length === 1 ? pool : pool.filter((g) => !(shortens(g) && kinIntroduced(g)));
    for (const { full, at } of principal.some(shortens) ? principal : pool) {
      if (full.length <= words.length) continue;
      const prefix = words.every((w, i) => full[i] === w);
      const suffix = words.every((w, i) => full[full.length - words.length + i] === w);
      if (!prefix && !suffix) continue;
      // "Vincent Rizzo" beside "Vincent Rizzo Jr.": a full name that lacks only the other's generation is the father or the
      // son, another person.
      if (prefix && words.length >= 2 && full.length === words.length + 1 && GENERATION.test(full[full.length - 1]!)) continue;
      // "Halden" of "Halden Micro Devices": a company is shortened to its first words, never to its last ("Graphics"); a
      // team named by its place and a plural is told by the plural ("the Bears" of "the Chicago Bears"), a body named by its
      // place and a word by that word ("the Chronicle" of "the Houston Chronicle", "the Wild" of "the Minnesota Wild").
      if (!prefix && at[0]!.type === 'organisation' && at[0]!.evidence[0] !== 'shape/place-and-plural' && at[0]!.evidence[0] !== 'shape/place-and-name') continue;
      // The first mention of the name not before d; the one before it is the last before d.
      let lo = 0;
      let hi = at.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (before(at[mid]!, d)) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0) consider(at[lo - 1]!);
      let k = lo;
      while (k < at.length && at[k] === d) k++;
      if (k < at.length) consider(at[k]!);
    }
    if (best) {
      d.form = 'short';
      d.type = (best as Draft).type === 'organisation' ? 'organisation' : 'person';
      d.ref = best;
      d.evidence.push('short-name');
    }
  }
}

/** Pass 7: "the minister", "the spy agency", "South Korea's spy agency" refer to a named person or organisation. */
export function resolveDescriptors(ctx: Context, drafts: Draft[], taken: (si: number, i: number) => boolean): Draft[] {
  const out: Draft[] = [];
  const { opts } = ctx;
  const index = bySentence(drafts);
  ctx.sentences.forEach((sentence, si) => {
    const toks = sentence.tokens;
    for (let i = 0; i < toks.length; i++) {
      const w = lower(toks[i]);
      const det = w === 'the' || isPossessive(toks[i]);
      if (!det) continue;
      const start = w === 'the' ? i : i + 1;
      for (const n of [2, 1]) {
        const words = toks.slice(i + 1, i + 1 + n);
        if (words.length < n || words.some((t, k) => taken(si, i + 1 + k) || !/^\p{Ll}/u.test(t.text))) continue;
        const head = words.map((t) => t.text.toLowerCase()).join(' ');
        const after = lower(toks[i + 1 + n]);
        if (/^\p{Ll}/u.test(toks[i + 1 + n]?.text ?? '') && !opts.speechVerbs.has(after) && !['of', 'in', 'on', 'at', 'has', 'had', 'is', 'was', 'and'].includes(after)) continue;
        const draft: Draft = { sent: si, start, end: i + 1 + n, runStart: start, form: 'descriptor', type: null, evidence: [] };
        const target = opts.orgDescriptors.has(head)
          ? nearest(index, draft, opts.pronounWindow, (d) => d.type === 'organisation' && opts.orgDescriptors.get(head)!.some((k) => normaliseKey(draftText(ctx, d)).split(' ').includes(k)), true)
          : n === 1 && opts.titles.has(head) && !opts.honorifics.has(head)
            ? nearest(index, draft, opts.pronounWindow, (d) => d.type === 'person' && !!root(d).role && new RegExp(`\\b${head}\\b`, 'i').test(root(d).role!.text), false)
            : null;
        if (!target) continue;
        const r = root(target);
        draft.type = r.type;
        draft.ref = r;
        draft.evidence.push(`descriptor/${head.replace(/\s+/g, '-')}`);
        out.push(draft);
        i += n;
        break;
      }
    }
  });
  return out;
}

/** Drafts grouped by sentence, so that a search near a mention looks only at the sentences in its window. */
function bySentence(drafts: readonly Draft[]): Map<number, Draft[]> {
  const out = new Map<number, Draft[]>();
  for (const d of drafts) {
    const list = out.get(d.sent);
    if (list) list.push(d);
    else out.set(d.sent, [d]);
  }
  return out;
}

/** The nearest draft satisfying `ok` before `d` within `window` sentences, or (when `forward`) the nearest after it. */
function nearest(index: Map<number, Draft[]>, d: Draft, window: number, ok: (o: Draft) => boolean, forward: boolean): Draft | null {
  let best: Draft | null = null;
  for (let s = d.sent; s >= d.sent - window && s >= 0; s--) {
    for (const o of index.get(s) ?? []) {
      if (!ok(o) || !before(o, d)) continue;
      if (!best || before(best, o)) best = o;
    }
    if (best) return best;
  }
  if (!forward) return best;
  for (let s = d.sent; s <= d.sent + window; s++) {
    for (const o of index.get(s) ?? []) {
      if (!ok(o) || before(o, d)) continue;
      if (!best || before(o, best)) best = o;
    }
    if (best) return best;
  }
  return best;
}

const AUXILIARY = /^(?:has|have|had|is|was|will|would|could|did|does|not|\p{L}+n['’]t|also|later|then|again|previously|earlier|repeatedly|once|further|recently)$/u;
const FINITE_OPENER = /^(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|and|but)$/;
const OBLIQUE = new Set(['of', 'in', 'to', 'with', 'by', 'for', 'at', 'from', 'on', 'about', 'against', 'near', 'after', 'before', 'like', 'including', 'into', 'toward', 'towards', 'than', 'as', 'and', 'or']);

/**
 * How likely a person named in a sentence is to be who a later "he said" means: 2 when the sentence makes them speak
 * ("Brady said", "said Brady", "Davis, 40, a neighbour, told ..."), 1 when they open the sentence as its subject (the first
 * person named, within its first words, not after a preposition, not a possessor: "Perez's mother" is the mother's), 0 for
 * anyone else (an object, a person spoken of).
 */
function salience(ctx: Context, o: Draft, first: boolean): { rank: number; verb: number } {
  const toks = ctx.sentences[o.sent]!.tokens;
  const verbs = ctx.opts.speechVerbs;
  // "said Brady", "said school spokeswoman Ebony Pugh", "according to police Lt. Andrew Schurman": a verb of saying a few
  // words of role before the name.
  for (let k = o.start - 1; k >= 0 && k >= o.start - 5; k--) {
    const w = lower(toks[k]);
    if (verbs.has(w) || (w === 'to' && lower(toks[k - 1]) === 'according')) return { rank: 2, verb: k };
    if (!/^[\p{L}.]+$/u.test(toks[k]!.text)) break;
  }
  // "Brady said", "Davis, 40, of Hudson, told ...": the verb after the name, past asides set off by commas.
  let k = o.end;
  // An aside opens with no verb of its own (", are at Harborview Medical Center, Susan Gregg said" is a clause, not an aside).
  while (lower(toks[k]) === ',' && k - o.end < 16 && !verbs.has(lower(toks[k + 1])) && !FINITE_OPENER.test(lower(toks[k + 1]))) {
    const close = toks.findIndex((t, j) => j > k && j <= k + 10 && t.text === ',');
    if (close < 0) break;
    k = close;
  }
  if (lower(toks[k]) === ',') k++;
  // "Clinton has told", "Smith also said", "Jones later told": a helping verb or an adverb of time before the verb.
  for (let n = 0; n < 3 && AUXILIARY.test(lower(toks[k])); n++) k++;
  if (verbs.has(lower(toks[k]))) return { rank: 2, verb: k };
  // A subject comes early, or right after an opening phrase set off by a comma ("Speaking in Salem, Trump went ..."): a
  // first name told deep in the sentence ("... when he denied a Nichols offer") is no subject.
  const early = o.start <= 8 || toks[o.start - 1]?.text === ',';
  return { rank: first && early && !isPossessive(toks[o.end]) && !OBLIQUE.has(lower(toks[o.start - 1])) ? 1 : 0, verb: -1 };
}

/**
 * The person a speaking pronoun means, among those satisfying `ok` within `window` sentences before it: in the nearest
 * sentence that names one, the most salient (a speaker before a subject before anyone else), the later one on a tie. A
 * trailing "..., he said" sees in its own sentence only a person made to speak: one told before it is what is said, not who
 * says it ("Officers found Moore in the street, he said."); a pronoun opening a clause sees them all ("When we spoke to
 * Patel he said", "Hite did not say whether ..., but he said").
 */
function speakerFor(ctx: Context, index: Map<number, Draft[]>, d: Draft, window: number, ok: (o: Draft) => boolean, trailing: boolean, openQuoted: readonly boolean[], minRank = 0): Draft | null {
  for (let s = d.sent; s >= d.sent - window && s >= 0; s--) {
    const here = (index.get(s) ?? []).filter((o) => before(o, d)).sort((a, b) => (before(a, b) ? -1 : 1));
    let best: Draft | null = null;
    let bestRank = -1;
    let bestVerb = -1;
    here.forEach((o, i) => {
      // A person named inside a quotation is in the quoted voice, no speaker of the narration.
      if (!ok(o) || quoted(ctx.sentences[s]!.tokens, o.start, openQuoted[s]!)) return;
      const { rank, verb } = salience(ctx, o, i === 0);
      if (s === d.sent ? trailing && rank < 2 : rank < minRank) return;
      // "Stacey Straughn, the mother of Destacia, said": a person named inside a speaker's aside shares the verb, not the saying.
      if (rank > bestRank || (rank === bestRank && (rank < 2 || verb !== bestVerb))) {
        best = o;
        bestRank = rank;
        bestVerb = verb;
      }
    });
    if (best) return best;
  }
  return null;
}

/** Whether a straight quote mark at `k` closes a quotation: it is written against the word before it (`know".`, not `, "after`). */
const closes = (toks: readonly Token[], k: number): boolean => k > 0 && toks[k - 1]!.span[1] === toks[k]!.span[0];

/** Whether token `i` of a sentence sits inside a quotation, the sentence opening inside one when `open`. */
function quoted(toks: readonly Token[], i: number, open: boolean): boolean {
  for (let k = 0; k < i; k++) {
    const t = toks[k]!.text;
    if (t === '“') open = true;
    else if (t === '”') open = false;
    else if (t === '"') open = open ? false : !closes(toks, k);
  }
  return open;
}

/**
 * Whether each sentence opens inside a quotation, told by its own first quote mark closing one ("“I saw a man. He said his
 * son had been shot,” Maloney said." splits in two, the second opening inside). A quotation left open is not carried on to
 * the next sentences: one unclosed mark would put the rest of the page inside.
 */
function opensQuoted(sentences: Context['sentences']): boolean[] {
  return sentences.map(({ tokens: toks }) => {
    const first = toks.findIndex((t) => t.text === '“' || t.text === '”' || t.text === '"');
    return first >= 0 && (toks[first]!.text === '”' || (toks[first]!.text === '"' && closes(toks, first)));
  });
}

/** Words told right beside a name that give the person's sex ("Aubrey's father, DeAngelo Mansion", "Mrs. Davis"). */
const MALE_WORD = /^(?:mr|spokesman|chairman|councilman|congressman|father|dad|husband|son|brother|boyfriend|grandfather|uncle|nephew|man|boy|stepfather|fiancé)$/;
const FEMALE_WORD = /^(?:mrs|ms|miss|spokeswoman|chairwoman|councilwoman|congresswoman|mother|mom|mum|wife|daughter|sister|girlfriend|grandmother|aunt|niece|woman|girl|stepmother|fiancée)$/;

/**
 * The sex each person named in the text is told with, by its root: a role word right before or after a mention, a given
 * name mostly given to one sex, or "he" or "she" (or "his", "her") right after the mention's speech verb ("Davis says she
 * ...", "Astudillo said her nephew ...").
 * A person told both ways, or neither, has none.
 */
function sexesOf(ctx: Context, drafts: readonly Draft[]): Map<Draft, 'male' | 'female'> {
  const votes = new Map<Draft, { m: number; f: number }>();
  const persons = drafts.filter((d) => d.type === 'person' && d.form !== 'pronoun');
  for (const d of persons) {
    const toks = ctx.sentences[d.sent]!.tokens;
    const v = votes.get(root(d)) ?? { m: 0, f: 0 };
    // "the mother of Ana Diaz" and "Hambrick's mother" tell the mother's sex, not Ana Diaz's or Hambrick's.
    const owned = /^['’]s?$/.test(toks[d.end]?.text ?? '');
    const near = [lower(toks[d.start - 1]), lower(toks[d.start - 1]) === 'of' ? '' : lower(toks[d.start - 2]), owned ? '' : lower(toks[d.end]), owned ? '' : lower(toks[d.end + 1])].map((w) => (w ?? '').replace(/\.$/, ''));
    if (near.some((w) => MALE_WORD.test(w))) v.m++;
    if (near.some((w) => FEMALE_WORD.test(w))) v.f++;
    // A full name whose given name is mostly given to one sex ("Maria Lopez", "Tom Brady").
    if (d.form === 'name' && d.end - d.start >= 2) {
      const given = lower(toks[d.start]);
      if (ctx.opts.maleGivenNames.has(given)) v.m++;
      if (ctx.opts.femaleGivenNames.has(given)) v.f++;
    }
    // "Davis says she ...", "Smith said that he ...", "Hale, 58, said in a statement that he ...": the person reports of
    // themself (past an aside set off by commas and a few words of how it was said, before "that").
    let k = d.end;
    if (lower(toks[k]) === ',') {
      const close = toks.findIndex((t, j) => j > k && j <= k + 6 && t.text === ',');
      if (close > 0) k = close + 1;
    }
    // "The mother of 4-year-old Tegan White tells ... that her son": the verb is the phrase's head's, not the name's after "of".
    if (ofBefore(toks, d.start) < 0 && ctx.opts.speechVerbs.has(lower(toks[k]))) {
      k++;
      const that = toks.findIndex((t, j) => j >= k && j <= k + 4 && lower(t) === 'that');
      if (that >= 0) k = that + 1;
      const w = lower(toks[k]);
      // "Astudillo said her nephew was hanging out with friends": a possessive right after the verb is the speaker's own.
      if (w === 'he' || w === 'his') v.m++;
      if (w === 'she' || w === 'her') v.f++;
    }
    votes.set(root(d), v);
  }
  const out = new Map<Draft, 'male' | 'female'>();
  for (const [d, v] of votes) if (v.m > 0 && v.f === 0) out.set(d, 'male'); else if (v.f > 0 && v.m === 0) out.set(d, 'female');
  return out;
}

/**
 * Who says what a "said he" tells, in its own sentence: a person the verb right before the pronoun makes speak, or the
 * pronoun just resolved before that verb ("He said he couldn't comment").
 */
function sayerOf(ctx: Context, here: readonly Draft[], resolved: readonly Draft[], d: Draft, fits: (o: Draft) => boolean): Draft | null {
  const verb = d.start - 1;
  const prior = resolved.find((p) => p.sent === d.sent && p.end === verb);
  if (prior?.ref) return fits(prior.ref) ? prior.ref : null;
  let best: Draft | null = null;
  for (const o of here) {
    if (o.end > verb || !fits(o)) continue;
    const s = salience(ctx, o, false);
    if (s.rank === 2 && s.verb === verb && (!best || before(o, best))) best = o;
  }
  return best;
}

/**
 * Pass 8: "he said", "she told Newsweek": a speaking pronoun refers to a person named before it whose sex, where the text
 * tells it (a role word, a given name, "said she"), agrees with the pronoun: in the nearest sentence that names one, who
 * spoke or led it (`speakerFor`); a "said he" to the one who says it (`sayerOf`); never a person its own clause spoke of,
 * and none inside a quotation ("Mansion is no longer with Davis, but he's angry. 'Where is the gun?' he said." is
 * Mansion's, Davis being told as "she").
 */
/** A sentence that opens with a person it does not name: "A 20-year-old woman was shot ...", "The boy's father told ...". */
const UNNAMED_SUBJECT = /^\W*(?:an?|the|one|another)\s+(?:[\w'’-]+\s+){0,3}?(woman|girl|lady|mother|daughter|sister|wife|grandmother|aunt|man|boy|father|son|brother|husband|grandfather|uncle|teen|teenager|victim|witness|neighbou?r|resident)\b/i;
const FEMALE_PERSON = /^(?:woman|girl|lady|mother|daughter|sister|wife|grandmother|aunt)$/i;
const NEUTRAL_PERSON = /^(?:teen|teenager|victim|witness|neighbou?r|resident)$/i;

/** Whether a mention is followed by a possessive and a role word of the given sex: "Hambrick's mother", "Diaz' son". */
function ownsRelativeOf(ctx: Context, d: Draft, sex: 'male' | 'female'): boolean {
  const toks = ctx.sentences[d.sent]!.tokens;
  if (!/^['’]s?$/.test(toks[d.end]?.text ?? '')) return false;
  const role = (lower(toks[d.end + 1]) ?? '').replace(/\.$/, '');
  return (sex === 'male' ? MALE_WORD : FEMALE_WORD).test(role);
}

/** Whether a mention is told as the relative of a role word of the given sex before it: "the mother of 4-year-old Tegan White". */
function relativeOfRole(ctx: Context, d: Draft, sex: 'male' | 'female'): boolean {
  const toks = ctx.sentences[d.sent]!.tokens;
  const of = ofBefore(toks, d.start);
  return of > 0 && (sex === 'male' ? MALE_WORD : FEMALE_WORD).test((lower(toks[of - 1]) ?? '').replace(/\.$/, ''));
}

/** The index of an "of" at most four tokens before token `start` with no comma, semicolon or colon between ("the mother of 4-year-old Tegan White"), or -1. */
function ofBefore(toks: readonly Token[], start: number): number {
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    if (/^[,;:]$/.test(toks[k]!.text)) return -1;
    if (lower(toks[k]) === 'of') return k;
  }
  return -1;
}

/** People a sentence may tell as the subject without naming them, by the sex of the pronoun that may mean them. */
const UNNAMED_ACTOR: Record<'male' | 'female', RegExp> = {
  male: /^(?:boy|man|teen|teenager|suspect|gunman|shooter|father|son|brother|husband|stepfather|grandfather|uncle|\d+-year-old|year-old)$/,
  female: /^(?:girl|woman|teen|teenager|suspect|mother|daughter|sister|wife|stepmother|grandmother|aunt|\d+-year-old|year-old)$/,
};

/** Whether a sentence tells an unnamed person ("the 15-year-old", "a man") right before a verb, ahead of token `before`. */
function unnamedSubjectBefore(toks: readonly Token[], before: number, sex: 'male' | 'female'): boolean {
  for (let k = 1; k < before - 1; k++) {
    if (!UNNAMED_ACTOR[sex].test(lower(toks[k]))) continue;
    const det = [1, 2, 3].map((j) => lower(toks[k - j])).find((w) => /^(?:the|a|an)$/.test(w ?? ''));
    if (det && /^\p{Ll}+ed$/u.test(toks[k + 1]?.text ?? '')) return true;
  }
  return false;
}

/**
 * Whether a mention is who speaks in its sentence: a verb of saying after it ("Manning said") or before it where the
 * name closes the clause ("..., said Manning."); "Investigators say Watford was trying ..." tells of Watford.
 */
function saysHere(ctx: Context, d: Draft): boolean {
  const { rank, verb } = salience(ctx, d, false);
  return rank === 2 && (verb > d.start || /^[,.;:!?]?$/.test(ctx.sentences[d.sent]!.tokens[d.end]?.text ?? ''));
}

/** Whether a word names a person of one sex (`MALE_WORD`, `FEMALE_WORD`, or "male", "female"): "the woman", "his girlfriend". */
const ofSex = (w: string, sex: 'male' | 'female'): boolean => w === sex || (sex === 'male' ? MALE_WORD : FEMALE_WORD).test(w);

/**
 * Whether the text after mention `from`, up to sentence `to` (not included), tells an unnamed person of the given sex
 * after a determiner or possessive ("Watford was trying to surprise the woman"), other than the mention's own apposition.
 */
function unnamedOfSexBetween(ctx: Context, from: Draft, to: number, sex: 'male' | 'female'): boolean {
  for (let s = from.sent; s < to; s++) {
    const toks = ctx.sentences[s]!.tokens;
    for (let k = s === from.sent ? from.end : 1; k < toks.length; k++) {
      if (!ofSex(lower(toks[k]) ?? '', sex)) continue;
      // Not a possessor ("the boy's mother" is the mother) nor the mention's own apposition ("Barber, the man accused").
      if (/^['’]s?$/.test(toks[k + 1]?.text ?? '') || (s === from.sent && k - from.end <= 4 && toks[from.end]?.text === ',')) continue;
      if ([1, 2].some((j) => /^(?:the|a|an|his|her|their|['’]s?)$/.test(lower(toks[k - j]) ?? ''))) return true;
    }
  }
  return false;
}

export function resolvePronouns(ctx: Context, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const persons = bySentence(drafts.filter((d) => d.type === 'person' && d.form !== 'pronoun'));
  const sexes = sexesOf(ctx, drafts);
  // The last trailing speaking pronoun resolved, by its word: "..., she said. She said the teens were ..." goes on with the same speaker.
  const lastSpeaker = new Map<string, { sent: number; ref: Draft }>();
  const openQuoted = opensQuoted(ctx.sentences);
  ctx.sentences.forEach((sentence, si) => {
    const toks: Token[] = sentence.tokens;
    for (let i = 0; i < toks.length; i++) {
      const w = lower(toks[i]);
      if (w !== 'he' && w !== 'she') continue;
      const speaking = ctx.opts.speechVerbs.has(lower(toks[i + 1])) || ctx.opts.speechVerbs.has(lower(toks[i - 1]));
      if (!speaking) continue;
      // "“I saw a man. He said his son had been shot,” Maloney said.": a pronoun inside a quotation is in the quoted voice,
      // whose people the narration does not name; it is left unresolved.
      if (quoted(toks, i, openQuoted[si]!)) continue;
      const draft: Draft = { sent: si, start: i, end: i + 1, runStart: i, form: 'pronoun', type: 'person', evidence: ['pronoun/speaker'] };
      const sex = w === 'he' ? 'male' : 'female';
      // A person told with the pronoun's sex ("Hale said that he had called Moreno to concede. 'The voters have spoken,' he
      // said.") is meant before a nearer one whose sex the text never tells, after who spoke or led the sentence before.
      const known = (o: Draft) => sexes.get(root(o)) === sex;
      const chained = lastSpeaker.get(w);
      // "he said": who speaks is looked for by salience; "said he" is content told of someone: the one who says it where
      // that is a person of the pronoun's sex or of none told ("Orozco, who lives on the block, said he", "He said he"),
      // else the nearest person as ever.
      const speaks = ctx.opts.speechVerbs.has(lower(toks[i + 1]));
      const trailing = /^[,"”’']$/.test(toks[i - 1]?.text ?? '');
      const find = (window: number, ok: (o: Draft) => boolean): Draft | null =>
        speaks ? speakerFor(ctx, persons, draft, window, ok, trailing, openQuoted) : nearest(persons, draft, window, ok, false);
      const fits = (o: Draft) => (sexes.get(root(o)) ?? sex) === sex;
      const sayer = speaks ? null : sayerOf(ctx, persons.get(si) ?? [], out, draft, fits);
      // Who spoke or led the sentence before, of the pronoun's sex or of none told, comes first; then a person told with
      // the pronoun's sex there, the speaker a trailing "she said" carried on, and the nearest salient one further back.
      // "A 20-year-old woman was shot in the hand ... She said she had heard five shots.": a sentence right before that
      // opens with a person of the pronoun's sex whom it does not name is who the pronoun means; no one named further back.
      const unnamedBefore = chained && si - chained.sent <= 1 ? null : UNNAMED_SUBJECT.exec(ctx.sentences[si - 1]?.text ?? '');
      const unnamed = unnamedBefore !== null && (NEUTRAL_PERSON.test(unnamedBefore[1]!) || (sex === 'female') === FEMALE_PERSON.test(unnamedBefore[1]!));
      let target =
        sayer ??
        (speaks ? speakerFor(ctx, persons, draft, 1, fits, trailing, openQuoted, 1) : null) ??
        find(1, known) ??
        (chained && si - chained.sent <= 1 ? chained.ref : null);
      // "A female friend of Watford's called 911 ... Investigators say Watford was trying to surprise the woman ... She told
      // investigators that ...": a person further back whose sex the text never tells is not meant when a sentence between
      // tells an unnamed person of the pronoun's sex; the pronoun means that person, whom no mention names.
      if (!target && !unnamed) {
        const far = find(ctx.opts.pronounWindow, fits);
        if (far && speaks && !sexes.has(root(far)) && !saysHere(ctx, far) && unnamedOfSexBetween(ctx, far, si, sex)) continue;
        target = far;
      }
      // "She's sad about the death of Jayden Redden. '...,' she said.", "Johnson said she didn't know Curtis", "... when he
      // denied a Nichols offer. He said ...": a person told after the same pronoun in its sentence is what that pronoun's
      // person speaks of, not who speaks now; only a person told with the pronoun's sex, and not so told, is meant then, or none.
      // A person whose sex is told is passed over only when the pronoun stands a few words before, in the same clause.
      const afterSame = (o: Draft) => ctx.sentences[o.sent]!.tokens.slice(known(o) ? Math.max(0, o.start - 5) : 0, o.start).some((t) => lower(t) === w);
      if (target && target !== sayer && afterSame(target)) {
        const passed = root(target);
        target = find(ctx.opts.pronounWindow, (o) => known(o) && !afterSame(o) && root(o) !== passed);
      }
      // "News 2 spoke with Hambrick's mother, Courtney. She said ...": where the person found is told as the owner of a
      // relative of the pronoun's sex, the pronoun means that relative, whom no mention names; it is left unresolved.
      // So too "The mother of 4-year-old Tegan White tells ... On Saturday she said": the mother, not her son.
      if (target && !known(target) && (ownsRelativeOf(ctx, target, sex) || relativeOfRole(ctx, target, sex))) continue;
      // "the 15-year-old admitted to shooting Izabella, although he said ...": a person the pronoun's own sentence tells
      // after an unnamed subject of the pronoun's sex is what that subject acted on; the pronoun means the subject.
      if (target && target.sent === si && !known(target) && unnamedSubjectBefore(toks, target.start, sex)) continue;
      if (!target) continue;
      draft.ref = root(target);
      // Only a trailing "..., she said." carries on to the next sentence's speaker, not a pronoun inside a clause ("when he denied").
      if (trailing) lastSpeaker.set(w, { sent: si, ref: draft.ref });
      out.push(draft);
    }
  });
  return out;
}


