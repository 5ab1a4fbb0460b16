// Pass 1: capitalised name runs in each sentence, with titles and nationality words peeled off the front.
import type { Token } from '../../model/analysis.js';
import { type Context, type Draft, isCapitalised, lower } from './draft.js';

/** Hyphenated adjectives that start with a capital but are not names ("Washington-based"). */
const ADJ_SUFFIX = /-(?:based|led|backed|born|made|owned|style|era|run|funded|linked|affiliated|bound|controlled|speaking)$/i;

/** Whether a token can be part of a name: capitalised, not a listed non-name, not a positional capital. */
function nameToken(ctx: Context, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  // "Tawfik al-Shukri", "Mohamed el-Sayed": an Arabic article hyphened to a capitalised name, inside a name only.
  if (ARTICLE_NAME.test(t.text)) return i > 0 && isCapitalised(toks[i - 1]!) && toks[i - 1]!.span[1] + 1 === t.span[0];
  if (!isCapitalised(t) || ADJ_SUFFIX.test(t.text)) return false;
  const w = t.text.toLowerCase();
  // "New Orleans", "New Haven", "Great Falls": a word that names nothing alone opens a name before another capitalised word.
  if (ctx.opts.notNames.has(w)) return NAME_OPENERS.has(t.text) && i + 1 < toks.length && isCapitalised(toks[i + 1]!) && !/^Year/.test(toks[i + 1]!.text) && !ctx.opts.notNames.has(lower(toks[i + 1])) && !ADJ_SUFFIX.test(toks[i + 1]!.text);
  const prev = toks[i - 1];
  const initial = i === 0 || /^["\u201c\u2018'(:\-\u2013\u2014]$/u.test(prev?.text ?? '');
  if (initial && ctx.lowerSeen.has(w) && !known(ctx, w)) return false;
  return true;
}

/** Words that name nothing alone but open names of places and bodies: "New York", "Great Falls". */
const NAME_OPENERS: ReadonlySet<string> = new Set(['New', 'NEW', 'Great', 'GREAT']);

/** An Arabic article hyphened to a capitalised name: "al-Shukri", "el-Sayed", "bin-Salman" is not one. */
const ARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|an)-\p{Lu}\p{L}+$/u;

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

/** The office a title names after its "of": "Chief of Police", "Chief of Staff", "Chief of Department". */
const OFFICE_OF_TITLE = /^(?:police|department|staff|detectives|operations|patrol|security|investigations)$/;

/** Peels a business's trade off a run, then leading nationality adjectives, titles and role modifiers unless it ends in an organisation head. */
function peel(ctx: Context, toks: Token[], a: number, b: number): number {
  const { opts } = ctx;
  // "Chipmaker Halden Micro Devices Inc.": a trade told before a company's name is no part of it, whatever its last word.
  let s = a;
  while (s < b - 1 && opts.businessDescriptors.has(lower(toks[s]))) s += 1;
  // "Chief of Department Steven Skrynecki", "Chief of Police John Smith": the office after a title's "of" ends the title.
  if (s === a && b - a >= 3 && lower(toks[a - 1]) === 'of' && opts.titles.has(lower(toks[a - 2]) ?? '') && OFFICE_OF_TITLE.test(lower(toks[a]) ?? '')) s += 1;
  if (opts.orgHeads.has(lower(toks[b - 1])) || opts.placeHeads.has(lower(toks[b - 1]))) return s;
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

/** Heads that news style leaves in lower case after a title's possessive ("the sheriff's office"). */
const OFFICE_WORDS = new Set(['office', 'department']);

const isPossessiveToken = (t: Token | undefined): boolean => !!t && /^['\u2019][sS]$/u.test(t.text);

/**
 * A title or rank inside a run that is followed by a person's name ("Kansas City Police Chief Darryl Forte",
 * "Police Lt. Dan McGrath", "D.C. Mayor Vincent Gray"): the name starts after it; the words before are the role.
 */
/** Head words of places and bodies that are also common surnames. */
export const SURNAME_HEADS = /^(?:hall|street|church|field|fields|park|parks|hill|hills|lane|banks|ford|wood|woods|brooks|castle|rivers|mills|chambers|house|bridges|wells|bell|marsh|moore|lake|lakes|forest|grove|king)$/;

function peelRole(ctx: Context, toks: Token[], a: number, b: number): number {
  const { opts } = ctx;
  for (let k = b - 2; k > a; k--) {
    const w = lower(toks[k]);
    if (!opts.titles.has(w) && !isRank(ctx, toks[k])) continue;
    const rest = toks.slice(k + 1, b);
    // "Deputy Police Chief Renee Hall", "Police Chief John Street": two words after a title whose last is a head word
    // that is also a common surname are a person's name.
    const given = rest.length === 2 && SURNAME_HEADS.test(lower(rest[1])) && !opts.orgHeads.has(lower(rest[0])) && !opts.placeHeads.has(lower(rest[0]));
    if (rest.length > 3 || rest.some((t) => opts.titles.has(lower(t)) || opts.roleModifiers.has(lower(t)) || (!given && (opts.orgHeads.has(lower(t)) || opts.placeHeads.has(lower(t)))) || !/^\p{Lu}/u.test(t.text))) return a;
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

const AND: ReadonlySet<string> = new Set(['and', '&']);

const tight = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.span[1] === b.span[0];
/** Whether `toks[k..k+3)` is one word of capitals around a tight ampersand ("A&M", "AT&T", "S&P"). */
function ampersandWord(toks: Token[], k: number): boolean {
  const caps = /^\p{Lu}+$/u;
  return toks[k + 1]?.text === '&' && caps.test(toks[k]?.text ?? '') && caps.test(toks[k + 2]?.text ?? '') && tight(toks[k], toks[k + 1]) && tight(toks[k + 1], toks[k + 2]);
}
const STREETS: ReadonlySet<string> = new Set(['street', 'avenue', 'road', 'boulevard', 'drive', 'lane', 'parkway', 'highway', 'st.', 'ave.', 'rd.', 'blvd.', 'st', 'ave', 'rd', 'blvd']);

/** Whether a word is a known name of its own: a place, organisation, person, given name or an acronym. */
function knownName(ctx: Context, t: Token | undefined): boolean {
  const w = lower(t);
  return known(ctx, w) || ctx.opts.givenNames.has(w) || /^\p{Lu}[\p{Lu}.&]+$/u.test(t?.text ?? '');
}

/** Length of the run of name tokens starting at `k`. */
function runLength(ctx: Context, toks: Token[], k: number): number {
  let n = 0;
  while (k + n < toks.length && nameToken(ctx, toks, k + n)) n++;
  return n;
}

/** Whether `toks[a..b)` is a known place followed by one or more field words ("Texas Parks", "Dallas Police"). */
function placeThenFields(ctx: Context, toks: Token[], a: number, b: number): boolean {
  for (const n of [2, 1]) {
    if (a + n >= b) continue;
    const place = toks.slice(a, a + n).map((t) => lower(t)).join(' ');
    if (!ctx.opts.places.has(place)) continue;
    return toks.slice(a + n, b).every((t) => ctx.opts.fieldWords.has(lower(t)));
  }
  return false;
}

/** Whether a whole name is a place and its fields joined by "and" ("Texas Parks and Wildlife", "Dallas Police and Fire"). */
export function placeFieldsName(ctx: Context, toks: Token[]): boolean {
  const k = toks.findIndex((t) => AND.has(lower(t)));
  if (k < 2 || k === toks.length - 1 || !placeThenFields(ctx, toks, 0, k)) return false;
  return toks.slice(k + 1).every((t) => ctx.opts.fieldWords.has(lower(t)));
}

/**
 * Where a name run `toks[i..j)` ends when "and" (or a comma of a list ending in "and") stands at `j`: past the
 * joined words when the run is one name with "and" inside, else `j`. The run is one name when it is a listed
 * name ("Procter and Gamble") or one word twice ("Johnson and Johnson"); an organisation head with "of" or "for"
 * before a list of fields ("Department of Health and Human Services", "Bureau of Alcohol, Tobacco, Firearms and
 * Explosives"); two words before an organisation head ("U.S. Fish and Wildlife Service"); or a place with its fields
 * ("Texas Parks and Wildlife"). Two names joined by "and" stay apart ("Smith and Jones", "Texas and Oklahoma",
 * "Bank of America and Wells Fargo").
 */
export function joinAnd(ctx: Context, toks: Token[], i: number, j: number): number {
  const { opts } = ctx;
  let k = j;
  // A list of single words: ", Tobacco, Firearms and".
  while (toks[k]?.text === ',' && runLength(ctx, toks, k + 1) === 1 && (toks[k + 2]?.text === ',' || AND.has(lower(toks[k + 2])))) k += 2;
  if (toks[k]?.text === ',' && AND.has(lower(toks[k + 1]))) k++;
  if (!AND.has(lower(toks[k]))) return j;
  const r = runLength(ctx, toks, k + 1);
  if (r === 0) return j;
  const left = lower(toks[j - 1]);
  const right = toks.slice(k + 1, k + 1 + r);
  const listed = k === j && opts.orgs.has(`${toks.slice(i, j).map((t) => lower(t)).join(' ')} and ${right.map((t) => lower(t)).join(' ')}`);
  if (listed) return k + 1 + r;
  if (k === j && j - i === 1 && r === 1 && toks[j - 1]!.text === right[0]!.text) return k + 2;
  // "Braunfels Avenue and Gibbs Street": two streets name their crossing, one place.
  if (k === j && STREETS.has(left) && STREETS.has(lower(right[r - 1])) && r <= 3) return k + 1 + r;
  if (opts.places.has(left) || knownName(ctx, right[0]) || opts.orgHeads.has(lower(right[0]))) return j;
  const endsInHead = opts.orgHeads.has(lower(right[r - 1]));
  let headOf = false;
  for (let h = i; h + 1 < j; h++) if (opts.orgHeads.has(lower(toks[h])) && ['of', 'for'].includes(lower(toks[h + 1]))) headOf = true;
  if (headOf && (r <= 2 || endsInHead)) return k + 1 + r;
  if (k > j) return j;
  if (!hasHead(ctx, toks, i, j) && j - i <= 3 && endsInHead && r <= 3) return k + 1 + r;
  if (placeThenFields(ctx, toks, i, j) && right.every((t) => opts.fieldWords.has(lower(t)))) return k + 1 + r;
  return j;
}

/** A word with a capital inside, as site and programme names are written ("OnScene", "NewsChannel"); not "McCarthy". */
const CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)\p{Lu}/u;

/** Start of a CamelCase last word of a run after other words that do not open a person's name, else `j`. */
function camelTail(ctx: Context, toks: Token[], i: number, j: number): number {
  if (j - i < 2) return j;
  const last = toks[j - 1]!.text;
  if (!CAMEL.test(last) || NAME_PREFIX.test(last)) return j;
  const first = lower(toks[i]);
  if (ctx.opts.givenNames.has(first) || ctx.opts.people.has(first) || ctx.opts.titles.has(first) || ctx.opts.honorifics.has(first) || isRank(ctx, toks[i])) return j;
  return j - 1;
}

/** Lower-case particles of a surname ("Maria de la Cruz", "Ludwig van Beethoven", "Jose dos Santos"). */
const SURNAME_PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'la', 'le', 'van', 'von', 'da', 'di', 'du', 'dos', 'das', 'ter', 'ten']);

/** After a given name, the index of the capitalised surname that one or two particles lead to, or `j` when there is none. */
function surnameAfterParticles(ctx: Context, toks: Token[], j: number): number {
  let k = j;
  while (k < j + 2 && k < toks.length && toks[k]!.text === lower(toks[k]) && SURNAME_PARTICLES.has(toks[k]!.text)) k++;
  return k > j && k < toks.length && nameToken(ctx, toks, k) ? k : j;
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
      if (!nameToken(ctx, toks, i) && !ampersandWord(toks, i)) {
        i++;
        continue;
      }
      let j = ampersandWord(toks, i) ? i + 3 : i + 1;
      for (;;) {
        if (j < toks.length && nameToken(ctx, toks, j) && !ampersandWord(toks, j)) j++;
        else if (ampersandWord(toks, j)) j += 3;
        // "Stokes County Sheriff's Office": an office's name runs on over the possessive of a title,
        // also where news style writes the office in lower case ("the Bristol County District Attorney's office").
        else if (
          j + 1 < toks.length && isPossessiveToken(toks[j]) && ctx.opts.titles.has(lower(toks[j - 1])) &&
          (nameToken(ctx, toks, j + 1) || OFFICE_WORDS.has(toks[j + 1]!.text)) && ctx.opts.orgHeads.has(lower(toks[j + 1]))
        ) j += 2;
        else if (j < toks.length && (AND.has(lower(toks[j])) || toks[j]!.text === ',')) {
          const to = joinAnd(ctx, toks, i, j);
          if (to <= j) break;
          j = to;
        } else if (
          j + 1 < toks.length && ctx.opts.connectors.has(lower(toks[j])) && hasHead(ctx, toks, i, j) &&
          (nameToken(ctx, toks, j + 1) || (lower(toks[j + 1]) === 'the' && nameToken(ctx, toks, j + 2)))
        ) j += lower(toks[j + 1]) === 'the' ? 3 : 2;
        else if (j > i && j - i <= 3 && ctx.opts.givenNames.has(lower(toks[i])) && surnameAfterParticles(ctx, toks, j) > j) j = surnameAfterParticles(ctx, toks, j);
        else if (nicknameEnd(ctx, toks, i, j) > j) j = nicknameEnd(ctx, toks, i, j);
        else break;
      }
      const cut = camelTail(ctx, toks, i, j);
      if (cut < j) {
        // The site or programme name after a place ("West Adams OnScene") is a run of its own.
        out.push({ sent: si, start: cut, end: j, runStart: cut, form: 'name', type: null, evidence: [] });
        j = cut;
      }
      let s = peelRole(ctx, toks, peel(ctx, toks, i, j), j);
      const end = peelEnd(ctx, toks, s, j);
      // "the WVSP Welch Detachment Michael G. Kennedy": a body's name run on into a person's, told by a given name right
      // after the body's head word, is two names; a head word alone before the name is none ("Office Matthew Cousins").
      const named = personAfterBody(ctx, toks, s, end);
      if (named > s) {
        if (named - s >= 2) out.push({ sent: si, start: s, end: named, runStart: i, form: 'name', type: null, evidence: [] });
        s = named;
      }
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

/** Quote marks that open and close a nickname. */
const NICK_OPEN = /^["“]$/;
const NICK_CLOSE = /^["”]$/;

/**
 * 'Carmine "The Snake" Persico', 'Vincent “Chin” Gigante': a nickname in quote marks between a given name and a surname
 * is part of one person's name; the run goes on to the surname's end. `j` where no such nickname follows.
 */
export function nicknameEnd(ctx: Context, toks: Token[], i: number, j: number): number {
  if (j - i > 2 || !NICK_OPEN.test(toks[j]?.text ?? '')) return j;
  let k = j + 1;
  while (k < toks.length && k - j <= 3 && /^\p{Lu}/u.test(toks[k]!.text)) k++;
  if (k === j + 1 || !NICK_CLOSE.test(toks[k]?.text ?? '') || !nameToken(ctx, toks, k + 1)) return j;
  return k + 2;
}

/**
 * Where a person's name starts inside a run that opens with a body's name: right after the body's head word, where the
 * next word is a given name and one to three words (an initial, a surname) end the run. The run's start where none does.
 */
function personAfterBody(ctx: Context, toks: Token[], s: number, end: number): number {
  // A run opened by a given name is a person's, whatever follows ("Charles Lawson Chicago Police Department Charles Lawson",
  // a caption run into the text).
  if (ctx.opts.givenNames.has(lower(toks[s]))) return s;
  for (let k = s; k < end - 2; k++) {
    if (!ctx.opts.orgHeads.has(lower(toks[k])) || !ctx.opts.givenNames.has(lower(toks[k + 1])) || end - (k + 1) > 3) continue;
    return k + 1;
  }
  return s;
}

/**
 * Whether two words differ by one letter changed, added or dropped, or by two neighbours swapped ("Corley", "Corely"):
 * spellings of one name.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}
