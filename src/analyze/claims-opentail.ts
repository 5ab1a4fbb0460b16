// Open-tail measures with names of their own: a competitor's record (wins, losses, draws, knockouts),
// an election's turnout, seats, votes and shares of the vote, a share of users or of a market, and the
// owner of such a figure ("Klitschko's wins", "the party's seats"), so that two different open-tail
// things of one story never pool into one claim group.
import type { Claim, ClaimScope, EntityMention, Measure, Modality, Quantity, Sentence } from '../model/analysis.js';
import { attributionFor, because, originFields, findPlace, findTime, mentionName, type SentenceIndex } from './claims-context.js';
import type { ClaimInput, ClaimOptions } from './claims.js';
import { apposedOpeningName, findScope } from './claims-frame.js';
import { hasTrait } from '../model/measures.js';
import { withoutDateline } from '../model/dateline.js';
import { SMALL } from './quantities/numbers.js';

/** The subject rule of an open-tail figure told with its owner: the value reads "<owner>'s <noun>" ("Chargers' wins"). */
export const OWNER_RULE = 'subject/owner-noun';
/** An owner's name in the possessive: "Colts'", "Manning's". */
export const possessive = (owner: string) => (/s$/i.test(owner) ? `${owner}'` : `${owner}'s`);

export interface RecordPart { value: number; noun: 'wins' | 'losses' | 'draws' | 'knockouts'; span: [number, number] }
/** `since`: the run counts from an event ("since knocking out Lewis"), named by its last name or year ("Lewis"), "" when none is told. */
export interface SportRecord { span: [number, number]; parts: RecordPart[]; since: string | null; team?: string; holder?: string }

const MONTH_OR_TIME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last|then|\d{4}|early|late|the\s+(?:start|beginning|end))`;
/** "since that win over Barrett", "since knocking out Lewis in 2001": a tally since an event of the competitor's, not since a date. */
const SINCE_EVENT = new RegExp(String.raw`\bsince\s+(?!${MONTH_OR_TIME}\b)`, 'i');
/** Words before a pair that make it a standing, not a score: "(", "record of", "improved to", "fell to", "is now", "has gone". */
const RECORD_BEFORE = /(?:\brecord\s+(?:of\s+|to\s+|at\s+|is\s+|was\s+|stands\s+at\s+|now\s+)?|\bwith\s+the\s+(?:team|club|squad|side)\s+|\b(?:improv\w*|fell|falls|fallen|dropped|drops|moved|moves|raised|raises|lifted|lifts|slipped|slips|took|takes)\s+(?:(?:him|her|them|us)\s+|(?:his|her|their|its|the|[\p{L}-]+['’]s)\s+(?:[\p{L}-]+\s+){0,2})?to\s+|\b(?:is|are|was|were|went|gone|goes|stands\s+at)\s+(?:now\s+)?|\b(?:finish(?:ed|es)?|end(?:ed|s)?|clos(?:ed|es)|open(?:ed|s)|start(?:ed|s))(?:\s+(?:the|this|last|his|her|their|its)\s+(?:regular\s+)?(?:season|year|campaign))?(?:\s+at)?\s+)$/iu;
/** A game's or a match's own end: "the match ended 2-2", "the game finished 2-1" is a score, not a standing. */
const GAME_ENDED_BEFORE = /\b(?:game|match|contest|final|tie|bout|fight|series|score|it)\s+(?:\p{Ll}+\s+){0,2}(?:finish(?:ed|es)?|end(?:ed|s)?|clos(?:ed|es)|open(?:ed|s)|start(?:ed|s))\s+(?:at\s+)?$/iu;
/** Words after a pair that make it a standing: "52-3, 46 KOs", "52-3 with 46 knockouts", "(43-1)", "13-3 record", "a 3-9 start". */
const RECORD_AFTER = /^(?:\s*,\s*\d{1,3}\s*(?:KO|knockout)|\s+with\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?\d{1,3}\s+(?:KO|knockout|wins?\s+(?:coming\s+)?by\s+(?:way\s+of\s+)?(?:knockout|KO))|\s+(?:(?:regular|career|overall|lifetime|coaching)[\s-]+)?(?:record|overall|mark|season|campaign|start)\b)/iu;
/** Not a standing: a round's score, a formation, a vote count told as a split. */
const NOT_RECORD_AFTER = /^[\s-]*(?:rounds?|formation|system|decision|verdict|vote|split|majority|lead|win|victory|defeat|loss|scorecards?|in\s+favou?r)\b/i;

/**
 * A competitor's record in its sentence: "52-3" (wins, losses), "45-7-2" (wins, losses, draws).
 * A pair is a record only in a record's words ("Bowe (43-1)", "improved to 52-3", "52-3, 46 KOs");
 * a triple always is, but for a formation or a score card. Zero parts are left out: "unbeaten" is no
 * count outlets compare.
 */
export function recordsIn(sentence: Sentence): SportRecord[] {
  const out: SportRecord[] = [];
  // "52-3", and "58 - 3" as a tokenised text writes it.
  const re = /(?<![\d.,:/-])(\d{1,3})\s?-\s?(\d{1,3})(?:\s?-\s?(\d{1,3}))?(?![\d.]*\d|\s?-\s?\w|\s*-\s*\d)/dg;
  for (const m of sentence.text.matchAll(re)) {
    const at = m.index;
    const before = sentence.text.slice(Math.max(0, at - 60), at);
    const after = sentence.text.slice(at + m[0].length, at + m[0].length + 60);
    // "6-30 years in prison", "(07-05) 16:58": a range of a unit or a date.
    if (NOT_RECORD_AFTER.test(after) || /^\s+(?!(?:with|record|and|in|on|overall|this|since|after|before|when|until|entering|at|for|as|to|while|but|or|against|last|lifetime|career|mark|season|campaign|start|regular|coaching|the\s+(?:year|season)\s+before)\b)\p{Ll}/u.test(after) || /(?:^|-)0\d/.test(m[0]) || /^\)\s*\d{1,2}:\d\d/.test(after)) continue;
    // "Joique Bell (5-11, 220)": a player's height in feet and inches and weight in pounds, not a record.
    if (!m[3] && /\(\s*$/.test(before) && /^\s*,\s*[12]\d\d\s*(?:lbs?\.?|pounds)?\s*\)/i.test(after) && Number(m[1]) >= 4 && Number(m[1]) <= 7 && Number(m[2]) <= 11) continue;
    const triple = m[3] !== undefined;
    // "(15-1, 3-0 Big East)": the overall record before a conference's; not a set score among others ("(6-4, 6-3, 7-5)").
    const parenthesised = /\(\s*$/.test(before) && /^\s*[,)]/.test(after) && !/^\s*,\s*\d{1,3}-\d{1,3}\s*,\s*\d{1,3}-\d/.test(after);
    // "beat Nadal (6-4, 6-3)": two games scores of a set in a row are a match's score, not a standing.
    const nextPair = /^\s*,\s*(\d{1,2})-(\d{1,2})\b/.exec(after);
    if (!m[3] && isSetScore(Number(m[1]), Number(m[2])) && ((nextPair && isSetScore(Number(nextPair[1]), Number(nextPair[2]))) || /,\s*$/.test(before) && /(?:^|[\s(])\d{1,2}-\d{1,2}\s*,\s*$/.test(before) && isSetScore(...(/(\d{1,2})-(\d{1,2})\s*,\s*$/.exec(before)!.slice(1).map(Number) as [number, number])))) continue;
    // A triple outside a record's words is a date ("arrested on 1-9-14") or a telephone number ("1-800-222-TIPS").
    const nameComma = /\p{Lu}[\p{L}'’-]+,\s*$/u.test(before) && /^\s*[,)]/.test(after);
    // "Seattle, 10-4, extended its winning streak": a pair set off by commas after the name that opens the sentence is its
    // standing (a game's score is told after a verb of winning: "beat Chicago, 27-17, on Sunday").
    const openingName = nameComma && /^\W*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+,\s*$/u.test(sentence.text.slice(0, at));
    // "the 0-14 Lions", "the 7-7 Saints": a record set before a team's name, as an adjective, is that team's.
    const team = /\bthe\s+$/i.test(before) ? /^\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(\p{Lu}[\p{L}’'-]+))(?=[\s,.;:)]|$)/u.exec(after) : null;
    // "Joe Louis 26 - 1", a row of a table of records: a line that is a name and its record alone.
    const row = at === before.length && /^\W*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(\p{Lu}[\p{L}'’-]+))\s+$/u.exec(before);
    const rowHolder = row && /^\s*$/.test(after) ? row[2]! : null;
    // "went 30-52 last season and 33-49 the year before": a record joined to a record told before it.
    const joined = /(?<![\d.,:/-])\d{1,3}-\d{1,3}(?![\d-])[^.;\d]{0,30}?\s+and\s+$/.test(before) && RECORD_BEFORE.test(before.replace(/\d{1,3}-\d{1,3}(?![\d-])[^.;\d]{0,30}?\s+and\s+$/, ''));
    if (!(parenthesised || (RECORD_BEFORE.test(before) && !GAME_ENDED_BEFORE.test(before)) || RECORD_AFTER.test(after) || (triple && nameComma) || openingName || team || rowHolder || joined)) continue;
    if (/\b(?:on|call|calling|dial|at|number|line|phone|fax)\s*$/i.test(before) && !RECORD_AFTER.test(after)) continue;
    const [w, l, d] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])];
    const start = sentence.span[0] + at;
    const parts: RecordPart[] = [];
    const push = (value: number, k: number, noun: RecordPart['noun']) => {
      const [from, to] = m.indices![k]!;
      if (value > 0) parts.push({ value, noun, span: [sentence.span[0] + from, sentence.span[0] + to] });
    };
    push(w, 1, 'wins');
    push(l, 2, 'losses');
    if (d !== null) push(d, 3, 'draws');
    // "52-3, 46 KOs", "52-3 with 46 knockouts", "58-3 (51 KO)": the knockouts told with the record are part of it.
    const ko = /^(\s*,\s*|\s*\(\s*|\s+with\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?)(\d{1,3})\s*(?:KO['’]?s|KO|knockouts?|wins?\s+(?:coming\s+)?by\s+(?:way\s+of\s+)?(?:knockout|KO))\b/iu.exec(after);
    let end = start + m[0].length;
    if (ko) {
      const from = end + ko[1].length;
      if (Number(ko[2]) > 0) parts.push({ value: Number(ko[2]), noun: 'knockouts', span: [from, from + ko[2].length] });
      end += ko[0].length;
    }
    // "is now 10-5-2 since knocking out Lewis", "Since that win over Barrett, Rahman has gone 4-2-1": a run since an event, not the career record.
    const tail = after.split(/[,;:()]|\d{1,3}-\d/)[0];
    const opening = /^\W*since\b[^,;]*/i.exec(sentence.text)?.[0] ?? '';
    // "The Hawks, who were 14-20 when McMillan took over, are 27-4 since then": a run since a time the sentence told.
    // ("the first team to make the playoffs after a 3-4 start since the 2002 New York Jets": a "since" after another noun
    // than the record's is the comparison's, no run.)
    const phrase = SINCE_EVENT.test(tail) && /^\s*(?:(?:record|mark|overall|in\s+all)\s+|with\s+[^,;]{1,30}?\s+)?since\b/i.test(tail) ? tail.slice(tail.search(/\bsince\b/i)) : /^\s*since\s+then\b/i.test(tail) ? 'since then' : SINCE_EVENT.test(opening.slice(0, 12)) ? opening : null;
    const since = phrase === null ? null : [...phrase.matchAll(/\p{Lu}[\p{L}'’-]+/gu)].at(-1)?.[0] ?? /\b\d{4}\b/.exec(phrase)?.[0] ?? '';
    out.push({ span: [start, end], parts, since, ...(team && !parenthesised && !RECORD_BEFORE.test(before) ? { team: team[2]!.replace(/['’]s?$/, '') } : {}), ...(rowHolder ? { holder: rowHolder } : {}) });
  }
  return out;
}

/** Games of a tennis set: one side took 6 with the other at 4 or less, or 7 against 5 or 6. */
export function isSetScore(a: number, b: number): boolean {
  const [hi, lo] = a >= b ? [a, b] : [b, a];
  return (hi === 6 && lo <= 4) || (hi === 7 && (lo === 5 || lo === 6));
}

/** The last word of the person, team or organisation named nearest before `at` in its sentence ("Klitschko", "Rahman"), else null. */
export function ownerBefore(input: Pick<ClaimInput, 'entities' | 'text'>, candidates: readonly number[], sentence: Sentence, at: number): string | null {
  let best: { e: EntityMention; i: number } | null = null;
  for (const i of candidates) {
    const e = input.entities[i];
    if ((e.type !== 'person' && e.type !== 'organisation') || e.span[1] > at || e.span[0] < sentence.span[0]) continue;
    if (!best || e.span[1] > best.e.span[1]) best = { e, i };
  }
  if (!best) return null;
  const name = mentionName(input.entities, best.i).replace(/['’]s$/, '');
  return ownerWords(name) || null;
}

/** A race won over a named loser: "defeating Republican Greg Hale", "beat Sen. Tom Ruiz", "edged incumbent Jo Park". */
const DEFEATED = /\b(?:defeat(?:s|ed|ing)?|beat(?:s|ing)?|edg(?:ed|es|ing)(?:\s+out)?|top(?:s|ped|ping)|unseat(?:s|ed|ing)?|oust(?:s|ed|ing)?|trounc(?:ed|es|ing))\s+(?:(?:Democrat(?:ic)?|Republican|GOP|Independent|incumbent|challenger|rival|opponent|former|state|Sen\.|Rep\.|Gov\.|Mayor|Councilman|Councilwoman)\s+)*((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)/u;

/**
 * The side of a two-way race a vote count or share belongs to, where the sentence tells the race: after "to" in a pair
 * ("54% to 44%", "53 percent of the vote to his 45 percent", "1,412,000 votes to Hale's 1,201,000") the loser's or the
 * one named; told after the loser's name ("defeating Greg Hale with 53 percent") the winner's, the sentence's subject.
 * The last word of the name, or null where the sentence tells no such race.
 */
export function electionSide(sentence: Sentence, at: number): string | null {
  const left = sentence.text.slice(0, at - sentence.span[0]);
  const named = /\bto\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,2}(\p{Lu}[\p{L}-]+)['’]s?\s+$/u.exec(left);
  if (named) return named[1]!;
  const lost = DEFEATED.exec(left);
  if (!lost) return null;
  const loser = lost[1]!.split(/\s+/).at(-1)!;
  if (/\bto\s+(?:(?:his|her|their)\s+(?:\p{L}+\s+)?)?$/u.test(left) && /\d/.test(left.slice(lost.index + lost[0].length))) return loser;
  return namedClauseSubject(sentence, lost.index + sentence.span[0]) ?? sentenceSubject(sentence);
}

/**
 * "Cheeks, who was in his fourth season, had a 122-128 record": the name that opens the sentence, where a relative
 * clause stands between it and the verb of the figure's clause; its last word, or null.
 */
function subjectBeforeRelative(sentence: Sentence, at: number): string | null {
  const m = /^\W*((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(\p{Lu}[\p{L}'’-]+)),\s+(?:who|whose|which)\b[^;:]*?,\s+(?:had|has|went|was|is|finished|compiled|posted|ended)\b[^,;:]*$/u.exec(sentence.text.slice(0, at - sentence.span[0]));
  if (!m || m[1]!.split(/\s+/).some((w) => NOT_OWNER.test(w))) return null;
  return m[2]!.replace(/['’]s?$/, '');
}

/** A standing told of last season: "40-42 last season", "Last season, the Rams went 7-9", "missed the playoffs last year with a 36-46 mark". */
const LAST_SEASON_AFTER = /^\s*(?:(?:in|during)\s+)?(?:last\s+(?:season|year)|a\s+(?:season|year)\s+(?:ago|earlier|before)|the\s+(?:previous|prior)\s+season)\b/i;
const LAST_SEASON_BEFORE = /^\W*(?:last\s+season|a\s+year\s+ago|the\s+previous\s+season)\b[^;]*$|\blast\s+(?:season|year)\s+(?:with\s+(?:a|an)\s+|at\s+|after\s+going\s+)$/i;

/** Capitalised words that open a clause without naming anyone. */
const NOT_OWNER = /^(?:The|A|An|He|She|It|They|We|I|You|His|Her|Their|Its|Our|My|Your|This|That|Former|Champion|Heavyweight|Saturday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|But|And|Now|Then|After|Since|With|In|On|At|Last|Next|Earlier|Later|Early|Late)$/;
/** The capitalised name that opens a sentence, its last word ("Wladimir Klitschko is ..." -> "Klitschko"), else null. */
export function sentenceSubject(sentence: Sentence): string | null {
  // A dateline opens no subject: "RIVERTON -- The Rivers dismissed ...", "DENVER (AP) — ...", "SACRAMENTO, Calif. (AP) — ...".
  const text = withoutDateline(sentence.text.trimStart());
  const subject = /^\W*(?:The\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*(\p{Lu}[\p{L}'’-]+?)(?:['’]s)?(?=[\s,])/u.exec(text);
  // ("Riverton State is ...": a generic last word keeps the word before it.)
  return subject && !NOT_OWNER.test(subject[1]) && !ADJECTIVE.test(subject[1]) ? withWordBefore(subject[0].slice(0, subject[0].lastIndexOf(subject[1])), subject[1]) : null;
}

/** Capitalised words that describe rather than name: "the Ukrainian-born fighter", "the Russian". */
const ADJECTIVE = /-(?:born|based|bred|raised|trained)$|(?:ian|ese|ish)$/;
/**
 * The owner of a record: a capitalised name right before it ("Pukall (14-13-2)", "Riddick Bowe, 43-1") or
 * the subject of a short clause leading to it ("Doyle improved his record to 41-2", "Reyes dropped to 22-5"),
 * whether or not the name was read as an entity; else the person or team named nearest before it.
 */
export function recordOwner(input: Pick<ClaimInput, 'entities' | 'text'>, candidates: readonly number[], sentence: Sentence, at: number): string | null {
  const lead = input.text.slice(Math.max(sentence.span[0], at - 60), at);
  // "Thompson, who was the mandatory challenger nominated by the IBF, dropped to 36-3", "Thompson, the challenger, fell to
  // 36-3": the verb after an apposition or a relative clause set off by commas has the name that opens the sentence, not a
  // name inside the clause.
  const apposed = APPOSED_SUBJECT.exec(input.text.slice(sentence.span[0], at));
  if (apposed && !NOT_OWNER.test(apposed[1]!) && !ADJECTIVE.test(apposed[1]!)) return apposed[1]!;
  // "This was Klitschko's second victory over Thompson, and with it he improves to 58-3": a pronoun's record is of the one the
  // sentence names first (its topic), not of the name nearest the record (the one beaten).
  if (PRONOUN_TO_RECORD.test(lead)) {
    const first = firstNamed(input, candidates, sentence, at);
    if (first) return first;
  }
  // "Rahman ..., struggled to get inside the taller Klitschko's reach, and dropped to 45-7-2": a verb coordinated with the sentence's own has the sentence's subject.
  if (/[,;]\s*(?:and|but)\s+(?:then\s+)?\p{Ll}+\s+(?:[\p{Ll}'’-]+\s+){0,3}$/u.test(lead)) {
    const subject = sentenceSubject(sentence);
    if (subject) return subject;
  }
  // "a 31-10 loss to the Falcons dropped them to 3-9": a record an object pronoun was taken to is of the sentence's subject;
  // "after the team's 3-9 start": a record of "the team" is of the team the sentence opens with.
  // ("a 5-2 loss to Minnesota dropped the team to 11-19-4": so is a record "the team" was taken to.)
  if (/\b(?:him|her|them|us|the\s+(?:team|club|squad|side))\s+to\s+$/i.test(lead) || /\bthe\s+(?:team|club|squad|side)['’]s\s+$/i.test(lead)) {
    const subject = sentenceSubject(sentence);
    if (subject) return subject;
  }
  // "Miller was fired by the Atlanta Hawks on Monday with the team 11-23": a standing told of "the team" after "with" is of
  // the team the sentence names before it.
  if (/\bwith\s+the\s+(?:team|club|squad|side)\s+$/i.test(lead)) {
    // ("PORTSMOUTH (AP) — The Portsmouth Ravens fired ...": a news agency in a dateline's brackets is no team.)
    const teams = outsideBrackets(input, candidates, sentence.span[0], at).filter((i) => input.entities[i]!.type === 'organisation');
    // ("The Portsmouth Ravens fired Holt ... with the team 14-28": a team told with its article, opening the sentence, is
    // the team, however its name was typed.)
    return ownerBefore(input, teams, sentence, at) ?? (/^\W*The\s+\p{Lu}/u.test(withoutDateline(sentence.text.trimStart())) ? sentenceSubject(sentence) : null);
  }
  // "The Hawks, who were 14-20 when McMillan took over": a record told in a relative clause is of the name it follows.
  const relative = /(\p{Lu}[\p{L}'’-]+),\s+(?:who|which)\s+(?:is|are|was|were|had\s+been|went|stood\s+at)\s+$/u.exec(lead);
  if (relative && !NOT_OWNER.test(relative[1]!)) return relative[1]!;
  const m = /(\p{Lu}[\p{L}'’-]+?)(?:['’]s?)?(?:\s*[(,]\s*|\s+(?:[\p{Ll}'’-]+\s+){0,5}?(?:to|at|now|gone|of|is|was|are|were)\s+)$/u.exec(lead);
  if (m && !NOT_OWNER.test(m[1]) && !ADJECTIVE.test(m[1]) && !/[,;]/.test(m[0].slice(m[1].length + 2)) && !LEAGUE_OR_BODY.test(m[1])) return withWordBefore(lead.slice(0, m.index), m[1]);
  // "his sixth defense of the IBF belt ... improved the fighter to 52-3": a league or a sanctioning body holds no record.
  const before = ownerBefore(input, candidates, sentence, at);
  return before !== null && LEAGUE_OR_BODY.test(before) ? null : before;
}

/** A standing of a tenure or a career, not of this season: "in four seasons", "in his tenure", "career", "overall with the club". */
const TENURE_RECORD = /\b(?:career|tenure|all-time|lifetime|in\s+(?:his|her|their|\w+['’]s)\s+(?:\w+\s+)?(?:seasons|years)|in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:full\s+)?(?:seasons|years)|(?:his|her)\s+(?:\w+\s+)?seasons?\s+(?:with|at|in)\b|season\s+(?:with|at)\s+the\s+(?:club|team))\b/i;

/** Leagues and sanctioning bodies, named in a sentence beside a competitor's record, never its owner. */
const LEAGUE_OR_BODY = /^(?:IBF|WBA|WBC|WBO|IBO|IBA|NBA|WNBA|NFL|AFC|NFC|NHL|MLB|MLS|NCAA|ACC|SEC|UFC|FIFA|UEFA|NASCAR|PGA|LPGA|ATP|WTA)$/;

/** A pronoun as the subject of the short verb phrase that leads to a record ("he improves to", "she fell to"). */
const PRONOUN_TO_RECORD = /\b(?:he|she)\s+(?:[\p{Ll}'’-]+\s+){0,3}?(?:to|at)\s+$/u;

/** The last word of the person named first in a sentence before `at`, else null. */
function firstNamed(input: Pick<ClaimInput, 'entities' | 'text'>, candidates: readonly number[], sentence: Sentence, at: number): string | null {
  let best: { e: EntityMention; i: number } | null = null;
  for (const i of candidates) {
    const e = input.entities[i];
    if (e.type !== 'person' || e.span[1] > at || e.span[0] < sentence.span[0]) continue;
    if (!best || e.span[0] < best.e.span[0]) best = { e, i };
  }
  if (!best) return null;
  return mentionName(input.entities, best.i).replace(/\s*['’]\s*s$/, '').split(/\s+/).filter(Boolean).at(-1) ?? null;
}

/**
 * A sentence opening with a name, an apposition, a relative clause or a participle's clause between commas ("The Wildcats,
 * ranked seventh in the AP poll, improved to"), then a short verb phrase to a record ("improved to", "are"): the name's
 * last word.
 */
const APPOSED_SUBJECT = /^\W*(?:The\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(\p{Lu}[\p{L}'’-]+|\d{2}ers),\s+(?:who|which|the|a|an|now|once|ranked|seeded|picked|coming)\s[^,;()"“”]*,\s+(?:[\p{Ll}'’-]+\s+){0,4}?(?:to|at|is|are|was|were|went|finished|posted|compiled)\s+$/u;

/** A line that is a name and a record alone: a row of a table of records ("Joe Louis 26 - 1"). */
const RECORD_ROW = /^\W*(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\d{1,3}\s?-\s?\d{1,3}(?:\s?-\s?\d{1,3})?\W*$/u;

/**
 * What a table of records is of: its heading, the short line above its first row, lower-cased ("in heavyweight title
 * fights"); "(table)" where the line above is no heading.
 */
function tableOf(sentences: readonly Sentence[], si: number): string {
  let k = si - 1;
  while (k >= 0 && RECORD_ROW.test(sentences[k]!.text)) k--;
  const heading = k >= 0 ? sentences[k]!.text.trim().replace(/[:.]$/, '') : '';
  return heading && heading.split(/\s+/).length <= 6 && !/[.!?]/.test(heading) ? `in ${heading.toLowerCase()}` : '(table)';
}

/** Whether a table row's holder is named in a sentence of the article that is no row: one the story tells of, not another in a list of all-time records. */
function namedOutsideTable(input: ClaimInput, holder: string): boolean {
  const word = new RegExp(String.raw`\b${holder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'u');
  return input.sentences.some((s) => !RECORD_ROW.test(s.text) && word.test(s.text));
}

/** Claims of each part of each competitor's record: "Klitschko (52-3)" gives Klitschko's wins, 52, and losses, 3. */
export function recordClaims(input: ClaimInput, idx: SentenceIndex, opts: ClaimOptions): { claims: Claim[]; spans: [number, number][] } {
  const claims: Claim[] = [];
  const spans: [number, number][] = [];
  // "Rahman fell to 45-7-2 and is now 10-5-2": a second record of a sentence without an owner of its own is the first's owner's.
  let previous: { si: number; owner: string | null } | null = null;
  // Each record's owner, games told and claims, to set a start's standing apart from a later one (below).
  const told: { owner: string | null; games: number; start: boolean; tenure: boolean; claims: Claim[] }[] = [];
  input.sentences.forEach((sentence, si) => {
    if (!idx.statement[si]) return;
    for (const r of recordsIn(sentence)) {
      spans.push(r.span);
      // "Bell was in the second year of his deal. He went 119-133 in four seasons": a record "he" went is of the one person the sentence before names.
      // "The Kings have lost seven of their last eight games. They were 2-11 on the road": a record "they" went is of the
      // side the sentence before opens with, in the same paragraph, or of the record "they" went there.
      const lead = input.text.slice(sentence.span[0], r.span[0]);
      const prev = input.sentences[si - 1];
      const byPronoun = si > 0 && PRONOUN_RECORD_OPENING.test(lead) ? personOfSentenceBefore(input, idx, si) : prev && prev.paragraph === sentence.paragraph && THEY_RECORD_OPENING.test(lead) ? sentenceSubject(prev) ?? (previous?.si === si - 1 ? previous.owner : null) : null;
      const owner = r.team ?? r.holder ?? recordOwner(input, idx.entities[si], sentence, r.span[0]) ?? (previous?.si === si ? previous.owner : null) ?? namedClauseSubject(sentence, r.span[0]) ?? subjectBeforeRelative(sentence, r.span[0]) ?? byPronoun;
      previous = { si, owner };
      const origin = attributionFor(r.span, si, input, idx);
      const time = findTime(sentence, r.span[0], input, opts, idx.dates[si]);
      const q: Quantity = { text: input.text.slice(r.span[0], r.span[1]), span: r.span, value: 0, unit: null, unitClass: 'count', approx: null, change: null, rule: 'record' };
      const scope = findScope(sentence, q, time, input.dates, input.published, opts.frame);
      // "who were 14-20 when McMillan took over": a standing told in the past tense at a moment named after it held then, not now.
      const then = /\b(?:was|were|had\s+been|stood\s+at)\s+$/i.test(input.text.slice(Math.max(sentence.span[0], r.span[0] - 20), r.span[0])) && /^\s+(?:when|before|at\s+the\s+time)\b/i.test(input.text.slice(r.span[1], r.span[1] + 20));
      // "went 30-52 last season and 33-49 the year before": the season before the last one told.
      const seasonBeforeLast = /^\s*the\s+(?:year|season)\s+before\b/i.test(sentence.text.slice(r.span[1] - sentence.span[0])) && /\blast\s+(?:season|year)\b/i.test(sentence.text.slice(0, r.span[0] - sentence.span[0]));
      const lastSeason = !then && !seasonBeforeLast && (LAST_SEASON_AFTER.test(sentence.text.slice(r.span[1] - sentence.span[0])) || LAST_SEASON_BEFORE.test(sentence.text.slice(0, r.span[0] - sentence.span[0])));
      const mine: Claim[] = [];
      // A tenure's or a career's record ("had a 121-138 record in four seasons") is no later standing of this season than a start.
      const tenure = TENURE_RECORD.test(sentence.text) || lastSeason || seasonBeforeLast || then;
      told.push({ owner, games: r.parts.reduce((n, p) => n + (p.noun === 'knockouts' ? 0 : p.value), 0), start: /^\s+start\b/i.test(input.text.slice(r.span[1], r.span[1] + 8)), tenure, claims: mine });
      const part = recordPart(input.text.slice(Math.max(sentence.span[0], r.span[0] - 80), r.span[0]), input.text.slice(r.span[1], Math.min(sentence.span[1], r.span[1] + 50)));
      for (const p of r.parts) {
        // "The team was 40-42 last season": a standing of an earlier season is apart from this one's.
        // A row of a table of records is of what the table's heading names ("HEAVYWEIGHT TITLE FIGHTS"), not the career's.
        const table = r.holder ? ` ${tableOf(input.sentences, si)}` : '';
        // "including a 3-3 record in the playoffs", "was 2-4 in the postseason": the playoffs' wins and losses, apart from the whole.
        const playoff = p.noun !== 'knockouts' && PLAYOFF_RECORD_AFTER.test(input.text.slice(r.span[1], r.span[1] + 40)) ? 'playoff ' : '';
        const noun = r.since !== null && p.noun !== 'knockouts' ? `${p.noun} since${r.since ? ` ${r.since}` : ''}` : `${playoff}${p.noun}${lastSeason ? ' (last season)' : seasonBeforeLast ? ' (season before last)' : ''}${p.noun === 'knockouts' ? '' : part}${table}`;
        claims.push({
          measure: because<Measure>(`other:${p.noun}`, 'measure/competitor-record'),
          // A standing holds as of its telling: an earlier year in its sentence names when the run began ("10-5-2 since ... 2001"), not when it held.
          scope: then || lastSeason || seasonBeforeLast ? because<ClaimScope>('background', lastSeason || seasonBeforeLast ? 'scope/record-last-season' : 'scope/record-held-then') : r.holder && !namedOutsideTable(input, r.holder) ? because<ClaimScope>('background', 'scope/record-table-other') : scope.rule === 'scope/time-before-publication' && time.rule === 'time/sentence-opening-date' && r.since === null ? scope : because('event', 'scope/record-holds-now'),
          subject: owner ? because(`${possessive(owner)} ${noun}`, OWNER_RULE) : because(noun, 'subject/record-part'),
          predicate: because('be', 'predicate/record'),
          value: p.value,
          unit: p.noun,
          unitClass: 'count',
          approx: null,
          place: findPlace(sentence, r.span[1], r.span, input.entities, idx.entities[si]),
          time,
          ...originFields(origin, input),
          modality: because<Modality>('asserted', 'modality/record'),
          negated: false,
          sentence: sentence.span,
          sentenceIndex: si,
        });
        mine.push(claims.at(-1)!);
      }
    }
  });
  // "the first team to make the playoffs after a 3-4 start", with "The Colts (11-4)": a start of fewer games than a
  // standing the article tells of the same owner held then, apart from the standing now.
  for (const t of told) {
    if (!t.start || !t.owner || !told.some((o) => o.owner === t.owner && !o.start && !o.tenure && o.games > t.games)) continue;
    for (const c of t.claims) c.scope = because<ClaimScope>('background', 'scope/record-start-before');
  }
  return { claims, spans };
}

export interface OpenTailInput {
  q: Quantity;
  sentence: Sentence;
  si: number;
  input: ClaimInput;
  idx: SentenceIndex;
  measure: Measure;
  subject: string;
}

/** Knockouts counted: "46 KOs", "46 knockouts", "46 wins by knockout". */
const KNOCKOUT_UNIT = /^(?:KO|KOs|KO's|knockouts?|stoppages?)$/i;
const KNOCKOUT_AFTER = /^\s*(?:(?:wins?|victories)\s+)?(?:by|via|by\s+way\s+of)\s+(?:knockout|KO|stoppage)/i;
/** "turnout was 93.87 percent", "a turnout of 60 percent", "93 percent of voters cast ballots". */
const TURNOUT_NEAR = /\bturnout\b|^\s*(?:per\s*cent\s+|percent\s+|%\s*)?of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:voters|electorate)\s*,?\s+(?:had\s+|have\s+)?(?:cast|voted|turned\s+out|took\s+part|participated)\b/iu;
/** "valid with a turnout of more than 50 percent", "a turnout of at least half is required": the threshold, not the turnout. */
const TURNOUT_THRESHOLD = /\b(?:valid|validity|needed|required|requires?|requirement|minimum|threshold|must|at\s+least\s+half)\b/i;
/** "35.2 percent of the vote", "won 52 percent of votes cast", "with 40 percent support". */
const VOTE_SHARE_AFTER = /^\s*(?:of\s+(?:the\s+)?(?:popular\s+|total\s+|national\s+)?(?:vote|votes|ballots)\b|of\s+(?:all\s+)?(?:votes|ballots)\s+cast\b)/i;
/** "nearly 70 percent of the browser market", "a 90 percent market share", "0.2 percent of users". */
const MARKET_SHARE_NEAR = /^\s*(?:percent\s+|per\s*cent\s+|%\s*)?(?:(?:global\s+|worldwide\s+|overall\s+)?market\s+share|share\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}market|of\s+(?:the\s+)?(?:world['’]s\s+)?(?:[\p{L}-]+\s+){0,2}(?:market(?:\s+share)?|sales|shipments))\b/iu;
/** "-fight winning streak", "straight wins", "consecutive victories" after the number. */
const STREAK_AFTER = /^\s*-?\s*(?:(?:fight|game|match|bout|race|win)s?\s+)?(win(?:ning)?|unbeaten|undefeated|los(?:ing)?|winless)\s+(?:streak|run|stretch)\b/i;
/** "unbeaten in", "winning streak to", "unbeaten run of", "losing streak stretched to" before the number. */
const STREAK_BEFORE = /\b(unbeaten|undefeated|winless|winning|losing)\s+(?:(?:streak|run|record|stretch)\s+(?:\w+\s+)?)?(?:in|of|to|at)\s+(?:(?:his|her|their|its|the|last|past)\s+)?$/i;
/** The counted noun itself names a run: "9 straight games", "five consecutive wins". */
const STREAK_UNIT = /^(?:straight|consecutive|successive)\s+(?:wins|victories|games|fights|bouts|matches|titles|defen[cs]es)$/i;
/** "won 16 fights in a row", "lost five games in a row": results counted, then "in a row". */
const ROW_UNIT = /^(?:(title|home|road|league|playoff)\s+)?(wins|victories|fights|bouts|games|matches|losses|defeats)$/i;
const IN_A_ROW = /^\s*in\s+a\s+row\b/i;
/** The whole a share is of: up to three words after "of (the)", before a preposition, a verb or punctuation. */
const SHARE_OF = /^\s*(?:percent|per\s*cent|%)?\s*of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+|this\s+|these\s+|those\s+)?(?:[\p{L}-]+['’]s\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=\s*(?:$|[,.;:()]|\s(?:in|at|on|of|from|to|for|with|by|between|was|were|is|are|had|has|have|who|which|that|and|or|produced|shipped|passes|pass|damaged|destroyed)\b))/iu;
/** Words after "of" that name no whole: "of them", "of whom", a number. */
const STOP_NOUN = /^(?:them|whom|which|it|those|these|us|you|\d.*)$/i;
const USED_BY_BEFORE = /\b(?:used|run|installed|found)\s+(?:by|on|in)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|over\s+|less\s+than\s+)?$/i;
const USER_SHARE_AFTER = /^\s*(?:percent\s+|per\s*cent\s+|%\s*)?of\s+(?:all\s+|the\s+)?(?:world['’]s\s+|[\p{L}-]+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}(?:users|customers|subscribers|computers|pcs|devices|machines|visitors|players|viewers|listeners|households|surfers|browsers|phones|smartphones)\b/iu;
/** Seats won or held: "120 seats", "won 120 of the 450 seats", "a 125-seat parliament" (the size of the house). */
const SEATS_AFTER = /^\s*(?:of\s+(?:the\s+)?(?:\d[\d,]*\s+)?)?(?:[\p{L}-]+\s+)?seats?\b/iu;
/** Yards of a game: "1,098 receiving yards", "for 25 yards", "156.9 yards per game", "a 40-yard touchdown". */
const GAME_YARDS_NEAR = /\b(?:yards?\s+(?:allowed|surrendered|given\s+up)|receiving|rushing|rush(?:ed|es)?|passing|passed\s+for|threw|throws|throwing|caught|total|offensive|kick-?off|punt|return|yards?\s+(?:per|a)\s+(?:game|carry|catch|reception|attempt|run|rush)|touchdowns?|TDs?|catch(?:es)?|receptions?|carries|passes|quarterback|interception|field\s+goal)\b/i;

/** Verbs of watching a broadcast right after a count of people: "tuned in", "tuning in", "watched", "watching". */
const VIEWING_AFTER = /^\s*(?:(?:had|have|has)\s+)?(?:tun(?:ed|ing|e)[\s-]+in|watch(?:ed|ing)\s+(?:the\s+)?(?:telecast|broadcast|show|ceremony|game|final|debate|program(?:me)?)|watched\b(?!\s+(?:as|from|in\s+horror)))/i;

/** A verb of catching right before a count of passes: "caught 29 passes", "hauled in just six passes". */
const PASSES_CAUGHT_LEFT = /\b(?:caught|catches|catching|hauled\s+in|grabbed)\s+(?:(?:only|just|a\s+(?:team|career|season)[\s-]+(?:high|best))\s+)?$/i;

/** Nouns of a player's or a team's statistics in a game or a season: "touchdowns", "rebounds", "free throws". */
const STAT_WORDS = String.raw`touchdown\s+passes|touchdowns?|TDs?|rebounds|boards|assists|steals|blocked\s+shots|RBIs?|homers?|home\s+runs?|HRs?|strikeouts|saves|goals|sacks|tackles|interceptions|carries|catches|receptions|completions|field\s+goals|(?:three|3)-pointers|free\s+throws|hits|doubles|triples|walks|innings|stolen\s+bases|shutouts`;
const STAT_NOUN = new RegExp(String.raw`^(?:(?:rushing|receiving|passing)\s+)?(${STAT_WORDS})$`, 'i');

/**
 * How yards or touchdowns were gained, where the words tell it: "rushing", "receiving" or "passing", "return" for a
 * punt's or a kick's; "" when they do not. The unit's own word first ("189 rushing yards"), then a word right after
 * ("404 yards rushing"), then the nearest verb before in its clause ("rushed for", "caught 52 passes for", "threw
 * for"), then the clause after ("on 106 carries", "and four touchdowns receiving").
 */
export function playKind(unit: string, left: string, right: string): string {
  const kind = (w: string): string => {
    const x = w.toLowerCase();
    if (/^(?:rush|ran$|run|carr)/.test(x)) return 'rushing';
    if (/^(?:receiv|caught|catch|recept)/.test(x)) return 'receiving';
    if (/^(?:pass|threw|throw|complet)/.test(x)) return 'passing';
    return /^(?:punt|kick|return|runback)/.test(x) ? 'return' : '';
  };
  const own = /\b(rushing|receiving|passing)\b/i.exec(unit);
  if (own) return own[1]!.toLowerCase();
  const BOUND = /[;,.:(]|\bwhile\b|\bas\s+well\s+as\b|\band\s+(?:also|then)\b|\bbut\b/i;
  const l = left.split(BOUND).at(-1) ?? '';
  const r = right.split(BOUND)[0] ?? '';
  const after = /^\s*(rushing|receiving|passing)\b/i.exec(r);
  if (after) return after[1]!.toLowerCase();
  // "201 yards on 29 catches", "269 yards on 83 carries": what the yards came on tells how they were gained, before a verb further back.
  const on = /^\s*(?:\p{L}+\s+)?on\s+(?:\d[\d,]*|[a-z]+)\s+(carries|rushes|runs|catches|receptions|completions|punt\s+returns|kick(?:-?off)?\s+returns|returns)\b/iu.exec(r);
  if (on) return kind(on[1]!);
  // "six touchdowns on offense and three more on punt returns": the side of the ball told right after, before any later play.
  const side = /^\s*(?:\p{L}+\s+)?on\s+(offense|defense|defence|special\s+teams)\b/iu.exec(r);
  if (side) return /^off/i.test(side[1]!) ? 'offensive' : /^def/i.test(side[1]!) ? 'defensive' : 'special-teams';
  const verbs = [...l.matchAll(/\b(rush(?:ed|es|ing)?|ran|carried|carries|caught|catch(?:es|ing)?|receptions?|receiving|threw|throw(?:s|ing)?|passing|passed(?=\s+for\b)|completed|completions?|punts?|kick-?offs?|returns?|returned|runbacks?)\b/gi)];
  // "caught 52 passes for 440 yards": "passes" after a catch are the catches.
  if (verbs.length) return kind(verbs.at(-1)![1]!);
  const later = /\b(rushing|receiving|passing|carries|punt|kick-?off|runbacks?)\b/i.exec(r);
  return later ? kind(later[1]!) : '';
}

/** Role nouns right after a name that then only modifies them: "Heisman Trophy winner", "Saints running back". */
const ROLE_AFTER = /^\s+(?:winners?|champions?|running\s+backs?|backs?|quarterbacks?|receivers?|coach(?:es)?|players?|stars?|rookies?|veterans?|teammates?|owners?|fans?|officials?|spokes(?:man|woman|person))\b/i;
/** "missed eight games", "will miss the final two games", "sat out four games". */
const GAMES_MISSED_LEFT = /\b(?:miss(?:ed|es|ing)?|sat\s+out|sit\s+out|sitting\s+out|sidelined\s+(?:for\s+)?)\s+(?:(?:the|his|her|their|its|a|an|another|final|last|next|first|past|remaining|only|just|all|of|[\p{L}]+['’]s)\s+)*$/iu;
/** A verb of the future or of a plan right before "miss": "will miss", "is expected to miss", "to miss". */
const WILL_BEFORE = /\b(?:will|would|could|may|might|shall|to|going\s+to)\s+(?:\p{Ll}+ly\s+)?$/u;
/** "played in 10 games", "in 12 games", "limited him to only six games", "appeared in 54 games", "through 14 games". */
/** A series won or lost told before "in N games": "lost to Detroit in", "swept the Nets in". */
const SERIES_LEFT = /\b(?:lost|won|beat|beaten|swept|eliminated|ousted|fell|defeated|falling|losing|winning|bowed\s+out)\b[^,;.]{0,40}\bin\s+(?:just\s+|only\s+)?$/i;
const GAMES_PLAYED_LEFT = /\b(?:play(?:ed|s|ing)?(?:\s+in)?|appear(?:ed|s|ing)?\s+in|start(?:ed|s)|limited\s+(?:him|her|them)\s+to|in|through)\s+(?:(?:the|his|her|their|just|only|a\s+combined|all|first|last|past)\s+)*$/i;

/** Words before a player's points: a verb of scoring, a game's or a career's best. */
/** A name's possessive right before a figure, with a best or a high between: "Hansbrough's 20", "Bush's career-high 30". */
/** A name right before an opening bracket: "Danny Green (". */
const NAME_OPENING_BRACKET = /(?:^|[\s,;])(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}(\p{Lu}[\p{L}'’-]+)\s*\(\s*$/u;
/** "Drake was led by Tim Rourke with 22 points": the player a side was led by, right before the figure "with" tells. */
const LED_BY_WITH = /\bled\s+by\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}(\p{Lu}[\p{L}'’-]+)\s*,?\s+(?:who\s+had\s+|with\s+)(?:a\s+)?(?:(?:career|season|game|team)[\s-]+(?:high|best)\s+(?:of\s+)?)?$/u;
/** A name a relative clause right before the figure is set off after: "Bob Hartley, who had held the record with", "Reed, who averages". */
const RELATIVE_OWNER = /(?:^|[\s(])(\p{Lu}[\p{L}'’-]+),\s+who\s+[^,;()]*$/u;
const OWNER_RIGHT_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{L}'’-]*?)['’]s?\s+(?:(?:career|season|game|team)[\s-]+(?:high|best)\s+)?$/u;
/** A player's average told before the figure: "averaged 22.8", "averaging a team-high 22.8", "an average of 22.8". */
const AVERAGED_LEFT = /\b(?:averag(?:ed|es|ing)\s+(?:a\s+|an\s+)?(?:(?:career|season|team|league)[\s-]+(?:high|best)\s+)?(?:of\s+)?|an\s+average\s+of\s+)(?:(?:more\s+than|nearly|almost|about|over|at\s+least|just\s+under|just\s+over|just|only)\s+)?$/i;
/** A player's average told after the figure: "20.2 points per game", "20 points a game", "... in 31 minutes an outing". */
const PER_GAME_RIGHT = /^\s*(?:[\p{L}-]+\s+)?(?:per|a|an)\s+(?:game|outing|contest|night|match)\b|^[^.;]{0,60}?\b(?:an|per)\s+outing\b/iu;
/** An average told over seasons or years, not games: "averaged 30 home runs ... in his six seasons", "a season"; not "this
 *  season", the games an average per game is of. */
const AVERAGE_OF_SEASONS = /\b(?:(?:a|per|each|every)\s+(?:season|year|campaign)|seasons|years|campaigns)\b/i;
/** Statistics counted whole in one game, told with a fraction only as an average. */
const COUNTED_IN_GAME = /^(?:points|rebounds|assists|steals|blocked\s+shots|touchdowns|goals|tackles|sacks|carries|catches|receptions)$/;
const POINTS_LEFT = /\b(?:scored|scores|scoring|got|gets|getting|received|had|has|added|adds|adding|finished\s+with|poured\s+in|pouring\s+in|tallied|tallying|totall?ed|totall?ing|contributed|contributing|chipped\s+in(?:\s+with)?|netted|nets|netting|notched|notching|posted|posting|racked\s+up|racking\s+up|pumped\s+in|pumping\s+in|(?:led|leads?|leading|holds?|held|entered|enters|entering|ended|closed|finished|finishing)\s+(?:[\p{L}\d'’-]+\s+){0,4}with)\s+(?:a\s+|an\s+)?(?:(?:career|season|game|team)[\s-]+(?:high|best)\s+)?(?:of\s+)?$|\b(?:scored|scores|had|has|added|poured\s+in|tallied)\s+\d{1,3}\s+of\s+(?:his|her|their)\s+$|\b(?:career|season|game|team)[\s-]+(?:high|best)\s+$/iu;
/** What may follow a bare number of points: the sentence's end, a comma, "for Chicago", "to lead", "off the bench", "and". */
/** A verb of gaining yards right before a bare number: "ran for", "threw for another". */
const YARDS_FOR_LEFT = /\b(?:ran|runs|rushed|rushes|threw|throws|passed|passes)\s+for\s+(?:(?:another|an?\s+additional)\s+)?$/i;

/** A streak of a named thing taken to a number: "his streak of made kicks to 21", "a run of games with a hit at 25". */
const STREAK_OF_TO = /\b(?:streak|run)\s+of\s+((?:(?:consecutive|straight|successive|made|[\p{Ll}-]+)\s+){0,5}?(?:[\p{Ll}-]+s))\s+(?:to|at)\s+$/u;

/**
 * A bare number after the statistic a league or a team is ranked in: "finished 30th in the NFL in rushing attempts this
 * season, with 380", "leads the league in sacks with 12", "ranks second in rebounds, with 11.2 per game", "27th in points allowed, giving up 118.4 per game".
 */
const RANKED_IN_STAT = new RegExp(String.raw`\b(?:led|leads?|leading|ranks?|ranked|ranking|finished|finishes|tied|tops?|topped|(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\b)[^.;]{0,60}?\bin\s+((?:(?:rushing|receiving|passing)\s+)?(?:attempts|yards|points|${STAT_WORDS})(?:\s+allowed)?)(?:\s+(?:this|last)\s+(?:season|year))?\s*,?\s+(?:with|giving\s+up|allowing|averaging|surrendering)\s+(?:(?:a\s+)?(?:career|season|league|team)[\s-]+(?:high|best)\s+(?:of\s+)?)?$`, 'i');
const BARE_POINTS_AFTER = /^\s*(?:$|[,.;]|(?:for|to\s+lead|off\s+the\s+bench|and|as)\b)/i;
/** A box score's line after the points: "30 points, 8 rebounds and 7 assists". */
const POINTS_RIGHT = /^\s*(?:,|and)\s*(?:\d{1,2}|[a-z]+)\s+(?:rebounds|assists|steals|blocks)\b/i;

/** A margin told before its points: "led by", "won by as many as", "margin of victory being by". */
export const MARGIN_BEFORE = /\b(?:led|lead|leading|leads|won|win|wins|winning|lost|lose|loses|losing|trailed|trailing|trails|beat|beating|outscored|victory|margin)\b[^.;,]{0,40}?\bby\s+(?:as\s+many\s+as\s+|up\s+to\s+|nearly\s+|more\s+than\s+|just\s+|only\s+|a\s+)?$/i;
/** A margin told after an "N-point" word: "an 18-point halftime lead", "a 20-point win". */
const MARGIN_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:lead|leads|margin|win|victory|deficit|loss|defeat|cushion|advantage|blowout|rout)\b/iu;

/**
 * Which gap between two sides a margin is: a lead held during the game ("led by 18 points", "an 18-point halftime
 * lead", the largest one "led by as many as 20") is apart from the final margin of a win or a loss ("won by 15", "a
 * 20-point win"), and a season's closest or widest margin apart from this game's: moments of one game never contest
 * each other, nor this game's margin a season's.
 */
export function marginKind(left: string, quantity: string, right: string): string {
  const clause = `${left.split(/[;.]/).at(-1) ?? ''} # ${right.split(/[;.]/)[0] ?? ''}`;
  const extreme = /\b(closest|narrowest|smallest|largest|biggest|widest|greatest)\s+(?:[\p{L}-]+\s+)?(?:margin|lead|win|victory|deficit|loss|defeat)\b/iu.exec(clause)?.[1]?.toLowerCase();
  const lead = /\b(?:led|lead|leading|leads|trailed|trailing|trails)\b[^.;,]{0,40}?\bby\s+(?:as\s+many\s+as\s+|up\s+to\s+|nearly\s+|more\s+than\s+|just\s+|only\s+|a\s+)?$/i.test(left) || /^\s+(?:[\p{L}-]+\s+)?(?:lead|leads|deficit|cushion|advantage)\b/iu.test(right);
  if (!lead) return extreme ? `${extreme} margin` : 'margin';
  if (/\bby\s+(?:as\s+many\s+as|up\s+to)\s/i.test(`${left.slice(-24)}${quantity} `)) return 'largest lead';
  if (extreme) return `${extreme} lead`;
  return /\b(?:halftime|half-time|at\s+the\s+(?:half|break|interval))\b/i.test(clause) ? 'halftime lead' : 'lead';
}

/** A percentage shot, before the figure ("shot", "shooting") and the kind of shot after it ("from the field", "from 3-point range"). */
const SHOOTING_PERCENT = /\b(?:shot|shoots|shooting|shooting\s+just)\s+(?:just\s+|only\s+|a\s+(?:season|career)[\s-]+(?:high|best|low)\s+)?#(?:\s*percent)?(?:\s+(?:from\s+(?:the\s+)?(field|floor|line|free-throw\s+line|3-point\s+range|three-point\s+range|beyond\s+the\s+arc|long\s+range|outside)|on\s+(?:3-pointers|three-pointers|free\s+throws))\b|\s*$|\s+(?=and\b|for\s+the\s+(?:game|night)\b))/i;

/** A place told as having so many people, right before the number: "a town of", "the city of about", "a village of some". */
const TOWN_OF_LEFT = /\b(?:town|city|village|community|hamlet|borough|township|county|island|country|nation|suburb|municipality)\s+of\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|around\s+|more\s+than\s+|fewer\s+than\s+|less\s+than\s+|just\s+|only\s+)?$/i;
/** A figure still to be reached told right before its number: "needed nine", "needs just 12". */
const NEEDED_LEFT = /\b(?:needed|needs|need|needing)\s+(?:just\s+|only\s+|another\s+)?$/i;

/** A statistic's noun joined to its number by a hyphen ("20-point", "9-rebound"). */
const HYPHENED_STAT = /^(point|rebound|assist|steal|block|goal|save|strikeout|sack|tackle|touchdown)$/i;
/** What follows such a figure: more of them, then a game's or a showing's noun ("performance", "game", "double-double"). */
const HYPHENED_STAT_AFTER = /^(?:\s*,\s*(?:and\s+)?[\d.]+-\p{L}+)*\s+(?:performance|game|effort|night|outing|showing|afternoon|evening|half|double-double|triple-double)\b/u;

/**
 * Of the entity mentions (indices into `input.entities`) that end before `at`, those not inside brackets closed between the
 * sentence's start `from` and `at` ("Kentucky (22-4, 10-3 Southeastern Conference) won": not the conference).
 */
export function outsideBrackets(input: Pick<ClaimInput, 'entities' | 'text'>, candidates: readonly number[], from: number, at: number): number[] {
  return candidates.filter((i) => {
    const [a, b] = input.entities[i]!.span;
    if (b > at) return false;
    const open = input.text.lastIndexOf('(', a);
    const close = input.text.indexOf(')', b);
    return !(open >= from && close >= 0 && close < at && !input.text.slice(open + 1, a).includes(')'));
  });
}

/** The player or team a statistic is of: the person or team named nearest before it in its clause, else the sentence's subject. */
function statOwner(m: OpenTailInput): string | null {
  const { q, sentence, input, idx, si } = m;
  // A player before a team: "Bush, the Saints' back, has 106 carries" are Bush's.
  // A name after a preposition is a place, an opponent or a former team ("his third season in New Orleans", "against the Bears"), not who gained the figure.
  // "the Heisman Trophy winner", "USC running back": a name that modifies a role noun names no owner.
  // ("The Owls (15-1, 3-0 Big East) shot 40 percent": a conference named inside a standing's brackets owns nothing.)
  const owners = outsideBrackets(input, idx.entities[si], sentence.span[0], q.span[0]).filter((i) => !ROLE_AFTER.test(input.text.slice(input.entities[i].span[1], input.entities[i].span[1] + 24))).filter((i) => !/\b(?:in|at|from|to|against|over|versus|vs\.?|for|with|by|of|on|into)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+)?$/iu.test(input.text.slice(Math.max(sentence.span[0], input.entities[i].span[0] - 24), input.entities[i].span[0])));
  const people = owners.filter((i) => input.entities[i].type === 'person');
  // "Marco Reyes is the NBA's all-time leading scorer. The Suns star scored 35 points": a team's role noun opening the
  // sentence stands for the person the sentence before names, as "he" would.
  const byRole = ROLE_OPENING.test(sentence.text) ? pronounOwner(m, true) : null;
  // "Hansbrough passed Ford ... while posting 20 points", "Smith led the Hawks, adding 12 rebounds": a figure told by a
  // participle set after its clause is of that clause's subject, not of the name nearest before (the one passed).
  const lead = sentence.text.slice(0, listStart(sentence, q.span[0]) - sentence.span[0]);
  // "The Rangers got 18 points from Tony Reyes": the player a side got a figure from gained it.
  const from = /\b(?:got|gets|getting|received|receiving)\s*$/i.test(lead.split(/[;,]/).at(-1)?.replace(/\s*$/, ' ') ?? '') ? FROM_PLAYER_AFTER.exec(sentence.text.slice(q.span[1] - sentence.span[0], q.span[1] - sentence.span[0] + 60))?.[1] : undefined;
  if (from) return from.split(/\s+/).at(-1)!;
  // "held Chicago to 71 yards rushing", "limited the Bears to 241 yards": the side held to a figure gained it.
  const heldTo = HELD_TO.exec(lead)?.[1];
  if (heldTo && !LEAGUE_OR_BODY.test(heldTo)) return heldTo;
  const participle = PARTICIPLE_BEFORE.exec(lead);
  const bySubject = participle ? namedClauseSubject(sentence, sentence.span[0] + participle.index) : null;
  if (bySubject && !LEAGUE_OR_BODY.test(bySubject)) return bySubject;
  // "to pass Bob Hartley, who had held the record with 2,398 points", "Reed, who averages 21.6 points": a figure inside a
  // relative clause is of the name the clause is set off after.
  const relative = RELATIVE_OWNER.exec(lead)?.[1];
  if (relative && !NOT_OWNER.test(relative) && !ADJECTIVE.test(relative) && !LEAGUE_OR_BODY.test(relative)) return relative;
  // "Ford, now an assistant coach with the Charlotte Bobcats, finished his career with 2,290 points": the verb after an
  // apposition set off by commas has the name that opens the sentence, not a name inside the apposition.
  const apposed = apposedOpeningName(lead);
  if (apposed && !NOT_OWNER.test(apposed) && !ADJECTIVE.test(apposed) && !LEAGUE_OR_BODY.test(apposed)) return apposed;
  // "the NFL's top-ranked pass defense": a league holds no player's or team's figure.
  const notLeague = (x: string | null) => (x !== null && LEAGUE_OR_BODY.test(x) ? null : x);
  return notLeague(ownerBefore(input, people, sentence, q.span[0]) ?? byRole ?? namedClauseSubject(sentence, listStart(sentence, q.span[0])) ?? ownerBefore(input, owners, sentence, q.span[0])) ?? notLeague(pronounOwner(m)) ?? theyOwner(m);
}

/**
 * A named figure's change told right before a percent: "crime rate is down over", "homicides were down", "the number of
 * aggravated assaults has risen by". The noun phrase (up to five words, a year or a time after it left out) and the verb.
 */
const CHANGE_OF_NAMED = /(?:^|\s)((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+?)\s+(?:(?:this|last)\s+(?:year|month|week)\s+|in\s+(?:19|20)\d\d\s+|so\s+far\s+)?(?:(?:is|was|are|were|has|have|had|closed|ended|finished|opened|traded|trading)\s+)?(?:been\s+)?(down|up|risen|rose|fell|fallen|dropped|increased|decreased|declined|jumped|climbed|grew|grown)\s+(?:by\s+)?(?:over|about|nearly|almost|more\s+than|roughly|some|around|just)?\s*$/u;

/** The player a figure came from, right after it: "(18 points) from Tony Reyes", "(11 rebounds) off the bench from Hall". */
const FROM_PLAYER_AFTER = /^\s+(?:[\p{L}-]+\s+){0,4}?from\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)/u;

/** A side held to a figure, right before it: "held Chicago to", "limited the Bears to just". */
const HELD_TO = /\b(?:held|holding|holds|limited|limiting|limits)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+to\s+(?:just\s+|only\s+|a\s+season-low\s+)?$/u;

/** A participle of a player's figure opening a phrase after a comma or a joining word, right before the figure: ", adding", "while posting a career-high". */
const PARTICIPLE_BEFORE = /(?:,\s*(?:and\s+)?|\s(?:while|after|before|by|when|in)\s+)(?:also\s+|just\s+)?(?:scoring|posting|adding|grabbing|pulling\s+down|recording|finishing\s+with|tallying|totall?ing|netting|notching|pouring\s+in|pumping\s+in|racking\s+up|chipping\s+in(?:\s+with)?|collecting|dishing\s+out|handing\s+out|contributing)\s+(?:a\s+|an\s+)?(?:(?:career|season|game|team)[\s-]+(?:high|best)\s+)?(?:of\s+)?$/iu;

/** A verb of letting the other side score, right before a figure or its list: "allowing", "gave up", "yielded". */
// ("allowing four runs and seven hits": the verb may open a list of figures.)
const ALLOWED_LEFT = /\b(?:allow(?:s|ed|ing)?|gave\s+up|give\s+up|gives\s+up|giving\s+up|yield(?:s|ed|ing)?|surrender(?:s|ed|ing)?)\s+(?:(?:just|only|a\s+season-high|a\s+career-high)\s+)?(?:(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$/iu;

/** A sentence opened by a team's role noun: "The Suns star", "The Broncos quarterback", "The Chelsea striker". */
// "The 6-foot-9 senior needed nine points", "The 23-year-old finished his third season with 404 yards": a player told by
// height, age or class year alone stands for that person too, as does one told by an honour ("The reigning national
// player of the year finished with nine rebounds", "The league MVP scored 30").
// ("The undrafted rookie averaged 5.2 yards", "The strong safety, who ranks fifth on the team with 86 tackles": words in
// lower case may tell the player too, and a relative clause may follow the role.)
// ("In 113 career games prior to Thursday, the forward has logged 20.2 points": after an opening phrase set off by a comma,
// and with no word before the role.)
const ROLE_OPENING = /^\W*(?:[^,;:]{1,60},\s*)?[Tt]he\s+(?:(?:\p{Lu}[\p{L}.'’-]*|\d+-foot(?:-\d+)?|\d+-year-old|(?:19|20)\d\d|[\p{Ll}-]+)\s+){0,3}(?:star|guard|forward|center|centre|quarterback|rookie|veteran|striker|midfielder|defender|goalkeeper|pitcher|slugger|receiver|running\s+back|(?:tight\s+)?end|pick|linebacker|cornerback|safety|kicker|punter|fullback|halfback|shortstop|catcher|outfielder|infielder|baseman|winger|captain|senior|junior|sophomore|freshman)(?:\s+\p{Ll}|,\s*who\s)|^\W*The\s+\d+-year-old\s+\p{Ll}+ed\b|^\W*The\s+(?:[\p{L}-]+\s+){0,3}?(?:player\s+of\s+the\s+(?:year|week|month|game|tournament)|MVP)\s+\p{Ll}/u;

/**
 * "Thomas was placed on injured reserve. He had 793 yards ...": a statistic of a clause whose subject is "he" or "she"
 * is of the one person the sentence before names, else of the name that opens it.
 */
function pronounOwner(m: OpenTailInput, roleOpening = false): string | null {
  const { q, sentence, input, idx, si } = m;
  const lead = sentence.text.slice(0, listStart(sentence, q.span[0]) - sentence.span[0]);
  const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1);
  // "Of his 11 touchdowns this year": "his" or "her" right before the figure is its owner too.
  const possessed = /\b(?:his|her)\s+$/i.test(lead) || roleOpening;
  if (si === 0 || (!possessed && !/^\W*(?:(?:and|but|then|also)\s+)?(?:he|she)\s+(?:\p{Ll}+ly\s+|now\s+|still\s+|also\s+)?(?:has|had|have|was|is|finished|ran|rushed|caught|threw|scored|added|totaled|totalled|posted|played|missed|appeared|started|averaged|hit|batted|drove|collected|recorded|made|gained|needed|needs)\b/iu.test(clause))) return null;
  const prev = input.sentences[si - 1]!;
  // ("Of his 11 touchdowns this year": "his" right before the figure goes on about the one told before, as "he" does.)
  if (prev.paragraph !== sentence.paragraph && !roleOpening && !possessed && !/^\W*(?:he|she)\b/i.test(sentence.text)) return null;
  // "Bush was hurt ... The Saints are 7-7 ... The third-year star from Southern California was the team's second-leading
  // rusher": a player's role stands for the nearest person named before (within three sentences), never a team.
  if (roleOpening) {
    for (let j = si; j > Math.max(0, si - 3); j--) {
      const who = personOfSentenceBefore(input, idx, j, 3, true);
      if (who !== undefined) return who;
    }
    return null;
  }
  return personOfSentenceBefore(input, idx, si);
}

/**
 * "The Ravens have won 10 of their last 12 games. They lead the AFC in rushing with 2,410 yards": a figure of a clause
 * that "they" opens is of the side the sentence before opens with, in the same paragraph.
 */
function theyOwner(m: OpenTailInput): string | null {
  const { q, sentence, input, si } = m;
  const prev = input.sentences[si - 1];
  if (!prev || prev.paragraph !== sentence.paragraph) return null;
  const lead = sentence.text.slice(0, listStart(sentence, q.span[0]) - sentence.span[0]);
  if (!/^\W*(?:(?:and|but|also)\s+)?they\s+(?:\p{Ll}+ly\s+|also\s+|now\s+|still\s+)?(?:have|had|has|lead|led|rank|ranked|are|were|finished|ran|rushed|threw|scored|posted|allowed|gave\s+up|averaged?|outgained|totaled|totalled|collected|recorded|made|gained)\b[^,;]*$/iu.test(lead)) return null;
  return sentenceSubject(prev);
}

/** The one person the sentence before `si` names (the last word of the name), else the name that opens it; null if several. */
export function personOfSentenceBefore(input: Pick<ClaimInput, 'entities' | 'sentences'>, idx: SentenceIndex, si: number, depth?: number): string | null;
/** With `peopleOnly`: undefined where the sentence before names no person, so that the caller may look further back. */
export function personOfSentenceBefore(input: Pick<ClaimInput, 'entities' | 'sentences'>, idx: SentenceIndex, si: number, depth: number, peopleOnly: true): string | null | undefined;
export function personOfSentenceBefore(input: Pick<ClaimInput, 'entities' | 'sentences'>, idx: SentenceIndex, si: number, depth = 0, peopleOnly = false): string | null | undefined {
  const prev = input.sentences[si - 1]!;
  const people = new Set(idx.entities[si - 1].filter((i) => input.entities[i].type === 'person').map((i) => mentionName(input.entities, i).split(/\s+/).at(-1)));
  if (people.size === 1) return [...people][0]!.replace(/['’]s$/, '');
  if (peopleOnly && people.size === 0) return undefined;
  const opening = namedClauseSubject(prev, prev.span[0] + Math.min(prev.text.length, (/[,;]/.exec(prev.text)?.index ?? prev.text.length)));
  // "Thomas ... He has 189 rushing yards ... He has also caught eight passes ... Of his 11 touchdowns": a sentence that
  // opens with "he" or "she" and names no one hands the pronoun on to the one the sentence before it stands for.
  // (So does one whose first clause goes on about "his" or "her": "Of his 11 touchdowns this year, eight have come ...".)
  if (people.size === 0 && opening === null && depth < 3 && si >= 2 && (/^\W*(?:(?:and|but|then|also)\s+)?(?:he|she)\b/i.test(prev.text) || /^[^,;]{0,40}\b(?:his|her)\b/i.test(prev.text))) return personOfSentenceBefore(input, idx, si - 1, depth + 1);
  if (people.size === 0) return opening;
  // "Tyler Hansbrough scored 20 points ... the Tar Heels remain unbeaten. The reigning player of the year had nine
  // rebounds": of several people named before, the one whose name opens that sentence as its subject is the one the
  // next sentence goes on about.
  const first = idx.entities[si - 1].map((i) => input.entities[i]).find((e) => e.type === 'person');
  if (opening && first && first.span[0] === prev.span[0] + (prev.text.length - prev.text.trimStart().length) && people.has(opening)) return opening;
  // "In Bush's absence this year, running back Pierre Thomas has established himself ... He has 189 rushing yards": else
  // the one person told as the subject of a verb (a name right before "has", "was" or a past tense), no possessor or object.
  const subjects = new Set(idx.entities[si - 1].filter((i) => input.entities[i].type === 'person' && !/['’]s?$/.test(input.entities[i].text) && PERSON_SUBJECT_AFTER.test(prev.text.slice(input.entities[i].span[1] - prev.span[0], input.entities[i].span[1] - prev.span[0] + 24)) && !/\b(?:to|of|for|with|by|against|over|past|beat|and)\s+$/i.test(prev.text.slice(Math.max(0, input.entities[i].span[0] - prev.span[0] - 12), input.entities[i].span[0] - prev.span[0]))).map((i) => mentionName(input.entities, i).split(/\s+/).at(-1)!));
  return subjects.size === 1 ? [...subjects][0]!.replace(/['’]s$/, '') : null;
}

/** A verb right after a person's name that makes the name its subject: "has established", "was", "scored". */
const PERSON_SUBJECT_AFTER = /^\s+(?:(?:also|now|then|still|has|have|had|was|is|will|would)\s+)*(?:has|had|was|is|\p{Ll}{3,}ed|ran|threw|caught|hit|won|led|made|got|went|took|became|scored|leads|finished)\b/u;

/**
 * The part of a whole a record is of, where its words tell one, as a label of its nouns: " (road)" for "2-11 on the road",
 * " (home)", " (career)" for "His career record is 269-328", " (with the Hornets)" for "coached the Hornets ..., compiling a
 * 198-212 record", " (in Sacramento)" for "went 71-116 in Sacramento"; "" for none. Parts of one owner never pool.
 */
function recordPart(lead: string, after: string): string {
  const split = /^\s*(?:(?:record|mark)\s+)?(?:(on\s+the\s+road|away\s+from\s+home|in\s+road\s+games|away)|(at\s+home|in\s+home\s+games))\b/i.exec(after);
  if (split) return split[1] ? ' (road)' : ' (home)';
  // "a career record of 98-111-27 with Colorado": a stint told after the record is the part, whatever word names it.
  const stint = /^\s*(?:(?:record|mark)\s+)?(in|with)\s+(the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u.exec(after);
  if (stint && !/^(?:Week|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Game|Round)\b/.test(stint[3]!)) return ` (${stint[1]!.toLowerCase()} ${stint[1]!.toLowerCase() === 'with' && stint[2] ? 'the ' : ''}${stint[3]})`;
  if (/\b(?:career|lifetime)\s+(?:(?:coaching|overall)\s+)?(?:record|mark)\s+(?:is|was|stands\s+at|stood\s+at|of)\s+(?:a\s+)?$/i.test(lead) || /^\s*(?:(?:record|mark)\s+)?(?:for|in|over)\s+(?:his|her)\s+career\b/i.test(after)) return ' (career)';
  const coached = /\bcoach(?:ed|es|ing)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\b[^.;]{0,60}?\b(?:compiling|going|posting|with|to)\s+(?:a\s+|an\s+)?$/u.exec(lead);
  if (coached) return ` (with the ${coached[1]})`;
  return '';
}

/** A record told of the playoffs right after it: "3-3 record in the playoffs", "2-4 in the postseason", "5-5 playoff record". */
const PLAYOFF_RECORD_AFTER = /^\s*(?:(?:record|mark)\s+)?(?:in\s+(?:the\s+)?(?:playoffs|postseason|post-season)|(?:playoff|postseason|post-season)\s+(?:record|mark))\b/i;

/** A record told as what "he" or "she" went, had or finished, opening its sentence: "He went 119-133 in four seasons". */
const PRONOUN_RECORD_OPENING = /^\W*(?:(?:and|but|overall|in\s+all)\s*,?\s+)?(?:(?:he|she)\s+(?:\p{Ll}+ly\s+)?(?:went|was|is|has\s+gone|had|has|finished|compiled|posted|ended)\s+(?:(?:a|an|with\s+a|with\s+an)\s+)?|(?:his|her)\s+(?:(?:career|overall|all-time|lifetime|coaching)\s+)?(?:record|mark)\s+(?:is|was|stands\s+at|stood\s+at)\s+)$/iu;
/** A record told as what "they" went or were, opening its sentence: "They were 2-11 on the road". */
const THEY_RECORD_OPENING = /^\W*(?:(?:and|but|overall)\s*,?\s+)?they\s+(?:\p{Ll}+ly\s+)?(?:went|were|are|have\s+gone|finished|ended|fell\s+to|dropped\s+to|improved\s+to|moved\s+to)\s+$/iu;

/** Where a box score's list that ends at `at` begins: "had 30 points, 8 rebounds and 7 assists" -> before "30". */
function listStart(sentence: Sentence, at: number): number {
  const lead = sentence.text.slice(0, at - sentence.span[0]);
  const list = /(?:\d[\d,.]*(?:\s+|-)(?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+))+$/u.exec(lead);
  return list ? sentence.span[0] + list.index : at;
}

/**
 * The name that opens the clause of a figure as its subject, whether or not it was read as an entity: "Teixeira hit
 * .358 with 13 homers", "Mike Smith had 23 points" -> "Teixeira", "Smith". A name followed by a comma or a
 * preposition ("Overall, he ...", "In Boston ...") is no subject; nor is one past another clause's comma.
 */
/** Capitalised words that open a clause without naming anyone: "There's", "Having never hit ...", "Overall". */
const NOT_NAME = /^(?:There|There['’]s|Here|Here['’]s|Overall|Also|Still|Meanwhile|However|Yet|So|Thus|Today|Tonight|Yesterday|Of|For|From|To|By|Through|During|Under|Over|Among|Against|Without|Despite|As|If|While|Although|Though|Because|\p{Lu}\p{Ll}+ing)$/u;
export function namedClauseSubject(sentence: Sentence, at: number): string | null {
  const lead = sentence.text.slice(0, at - sentence.span[0]);
  // The clause the figure stands in: after the last comma, semicolon or colon before it ("After ... the Braves, Teixeira hit ...").
  // (A comma inside brackets sets off no clause: "The Owls (15-1, 3-0 Big East) shot".)
  const flat = lead.replace(/\([^()]*\)/g, (x) => ' '.repeat(x.length));
  const clause = lead.slice(Math.max(flat.lastIndexOf(','), flat.lastIndexOf(';'), flat.lastIndexOf(':')) + 1);
  // "Hansbrough, who also grabbed nine rebounds, had ...": a relative clause's figure is of the name the clause is set off
  // after, where that name opens the sentence or a clause of it.
  if (/^\s*who\s/.test(clause)) {
    return ownerNamed(/(?:^|[;]\s*|\b(?:and|but|when|as|after|before|while|because|since|until|once)\s+)\W*(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(\p{Lu}[\p{L}'’-]+))\s*,$/u.exec(lead.slice(0, lead.length - clause.length)));
  }
  // The name and its verb: not a plural noun after a capitalised word ("Approval ratings have dropped").
  // "and the Colts (10-5) won their seventh straight game": a clause joined by "and" or "but", its record in brackets after
  // the name; a team named by its number ("the 76ers") is a name too.
  const m = /^\W*(?:(?:and|but|while|then)\s+)?(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(\p{Lu}[\p{L}'’-]+|\d{2}ers))(?:\s+\([^()]{1,40}\))?\s+(?!(?:of|in|on|at|for|to|from|with|by|and|or|said|says|told)\b|\p{Ll}+(?:ings|ers|ors|ists|ments|tions)\b)\p{Ll}+\b[^,;:]*$/u.exec(clause);
  return ownerNamed(m);
}

/** The last word of a name a pattern read (its second group, of the words of its first), or null where a word names no owner. */
function ownerNamed(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  // "Manning scored", "Fleming has": a capitalised word in "-ing" before a verb of the past or "has" is a surname, no
  // opening participle ("Having never hit ...").
  const verbAfter = /^\s+(?:\p{Ll}+ed|has|had|was|is|threw|ran|hit|won|led|made|got|went|caught|took|gave|did|said|says|scores|leads|throws|runs|finished|became)\b/u.test(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length));
  // ("That's": a word in the possessive is tested as the word.)
  if (m[1]!.split(/\s+/).map((w) => w.replace(/['’]s$/, '')).some((w) => NOT_OWNER.test(w) || ADJECTIVE.test(w) || (NOT_NAME.test(w) && !(verbAfter && /ing$/.test(w) && !/^(?:Having|Being|Getting|Coming|Going|Playing|Trailing|Leading|Needing|Facing|Starting|Making|Taking|Hitting|Scoring|Winning|Losing|Following|According|Including|During)$/.test(w))))) return null;
  return ownerWords(m[1]!);
}

/** The last word of a name that stands for it as an owner; "Riverton State", "Kansas City": with the word before a generic last word. */
export function ownerWords(name: string): string {
  const words = name.replace(/['’]s?$/, '').split(/\s+/).filter(Boolean);
  const last = words.at(-1) ?? '';
  return GENERIC_LAST.test(last) && words.length >= 2 ? words.slice(-2).join(' ') : last;
}
/** An owner's word with the capitalised word before it where the owner's word is a generic last word ("Riverton" + "State"). */
function withWordBefore(before: string, word: string): string {
  if (!GENERIC_LAST.test(word)) return word;
  const prev = /(\p{Lu}[\p{L}'’-]+)\s+$/u.exec(before)?.[1];
  return prev && !NOT_OWNER.test(prev) ? `${prev} ${word}` : word;
}
/** Last words of a name that name no one alone: "State" of "Riverton State", "City" of "Kansas City". */
const GENERIC_LAST = /^(?:State|City|Tech|College|University|United|County|A&M|Poly|St\.?)$/;

/** After a number joined to a noun by a hyphen ("30-homer"): more of them, then "season(s)". */
const SEASON_LABEL_AFTER = /^(?:\s*,\s*(?:and\s+)?[\d,.]+-\p{L}+)*\s+seasons?\b/u;
/** What makes such a label a bar cleared, not one season's count: an ordinal or a run before it ("fifth straight", "another", "third"). */
const SEASON_LABEL_BEFORE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|straight|consecutive|successive|another|several|multiple)\s+(?:(?:straight|consecutive|successive)\s+)?(?:[\d,.]+-\p{L}+\s*,\s*(?:and\s+)?)*$/iu;

/** Whether the quantity at `span` is a bar in a label of seasons ("the fifth straight 30-homer, 100-RBI season"): a bar cleared in each of them, not one season's count. */
export function isSeasonLabel(text: string, span: readonly [number, number]): boolean {
  const raw = text.slice(span[0], span[1]);
  const tail = text.slice(span[1], span[1] + 80);
  // The number's noun is inside the quantity ("30-homer") or right after it ("-homer").
  const rest = /^[\d,.]+-\p{L}+$/u.test(raw) ? tail : /^[\d,.]+$/.test(raw) && /^-\p{L}/u.test(tail) ? tail.replace(/^-\p{L}+/u, '') : null;
  return rest !== null && SEASON_LABEL_AFTER.test(rest) && SEASON_LABEL_BEFORE.test(text.slice(Math.max(0, span[0] - 80), span[0]));
}

/** "at least 30 homers and 105 RBIs in each of the past five seasons": a bar cleared in every season, not one season's count. */
const EACH_SEASON = /^[^;,.]*?\bin\s+each\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:past|last|previous|first)\s+(?:\w+\s+)?seasons\b/i;

/** The period a statistic is of where its clause tells it: a career's or last season's, apart from this season's or this game's. */
/** The words that open a statistic's window of games: "in his last", "in their past", "in the previous". */
const IN_LAST = String.raw`in\s+(?:his|her|their|its|the)\s+(?:last|past|previous)\s+`;
/** A statistic's window of games: "in his last two games", with its count and noun. */
const STAT_WINDOW = new RegExp(String.raw`\b${IN_LAST}(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(games|outings|starts|contests|matches)\b`, 'i');
/** A figure, then the opening of its window, right before the window's count: "189 rushing yards in his last". */
const FIGURE_BEFORE_WINDOW = new RegExp(String.raw`(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))[\d,.]*\s+(?:[\p{L}-]+\s+){0,3}?${IN_LAST}$`, 'iu');

function statPeriod(left: string, right: string, lead = ''): string {
  const leftPart = (left.split(/[;,]/).at(-1) ?? '').slice(-40);
  const rightPart = right.split(/[;,.]/)[0] ?? '';
  const clause = `${leftPart} ${rightPart.slice(0, 45)}`;
  // The words after a "career" near the figure are read whole, past the window.
  const careerAt = /\bcareer\b/i.exec(clause)?.index;
  const careerWords = careerAt === undefined ? '' : `${leftPart} ${rightPart}`.slice(careerAt);
  // "a career-high 23 points", "a career-best .308": a best of one game or season, not the career's total; nor "scored 20
  // points to break the career scoring record", a record of careers the game's points helped break.
  if (/^career\b(?![\s-]*(?:high|best|low|worst|(?:[\p{L}-]+\s+)?(?:record|mark|leader|list|title)s?\b))/iu.test(careerWords)) return ' (career)';
  if (/\blast\s+(?:season|year)\b|\ba\s+(?:season|year)\s+(?:ago|earlier|before)\b/i.test(clause)) return ' (last season)';
  // "Last season it was Thomas that led the Saints, posting 793 yards": a sentence opened by the season before is of that
  // season, up to a turn to this one ("Last year he had 793 yards; this season he has 269").
  if (/^\W*last\s+(?:season|year)\b/i.test(lead) && !/\b(?:this|so\s+far|now|but)\b/i.test(lead.replace(/^\W*last\s+(?:season|year)\b/i, ''))) return ' (last season)';
  // "189 rushing yards and two touchdowns in his last two games", "Since Week 11, Thomas has eight touchdowns": a window of
  // the last games, or a span since a week, is a figure apart from the season's.
  const window = STAT_WINDOW.exec(`${leftPart} ${rightPart}`);
  if (window) return ` (last ${SMALL[window[1]!.toLowerCase()] ?? window[1]} ${window[2]!.toLowerCase()})`;
  const since = /\bsince\s+(?:the\s+start\s+of\s+)?week\s+(\d{1,2})\b/i.exec(`${lead} ${rightPart}`);
  if (since) return ` (since Week ${since[1]})`;
  return '';
}

/**
 * The open-tail measure and owner a quantity's own words name, where its measure was left open or read
 * as a distance or a poll's share by default: knockouts, turnout, a share of the vote, a market or users,
 * seats, and yards gained in a game. Null when no rule applies.
 */
export function openTailNaming(m: OpenTailInput): { measure: Measure; subject: string; subjectRule: string; rule: string } | null {
  const { q, sentence, input, idx, si } = m;
  const rel = (x: number) => x - sentence.span[0];
  const left = sentence.text.slice(Math.max(0, rel(q.span[0]) - 60), rel(q.span[0]));
  const right = sentence.text.slice(rel(q.span[1]), rel(q.span[1]) + 60);
  const own = (noun: string, measure: Measure, rule: string) => {
    // Votes and shares of the vote of a race's two sides go to the side the sentence gives them (`electionSide`).
    const side = measure === 'other:vote-share' || measure === 'other:votes' ? electionSide(sentence, q.span[0]) : null;
    const owner = side ?? ownerBefore(input, idx.entities[si], sentence, q.span[0]);
    return owner ? { measure, subject: `${possessive(owner)} ${noun}`, subjectRule: OWNER_RULE, rule } : { measure, subject: noun, subjectRule: `subject/${measure.slice(6)}`, rule };
  };
  const open = m.measure.startsWith('other:');
  // The sentence up to the figure, for the period its opening words tell.
  const lead = sentence.text.slice(0, rel(q.span[0]));
  // "a town of 1,200", "the city of about 40,000 people", "a village of 300 residents": a place's population.
  if (open && (q.unitClass === 'number' || q.unitClass === 'persons') && (!q.unit || /^(?:people|residents|inhabitants|souls)$/i.test(q.unit)) && TOWN_OF_LEFT.test(left)) {
    return { measure: 'other:population', subject: 'population', subjectRule: 'subject/population', rule: 'measure/population' };
  }
  // "Over 2.5 million people were eligible to vote", "Some 2.44 million people ... cast their ballots": the electorate and
  // those who voted are two figures, never rivals.
  if (open && (q.unitClass === 'persons' || q.unitClass === 'count' || q.unitClass === 'number') && (!q.unit || /^(?:people|voters|citizens|\p{Lu}\p{L}+s)$/u.test(q.unit))) {
    const clause = sentence.text.slice(rel(q.span[1])).replace(/^\s*,[^,;]{0,80},/, '').split(/[;.]/)[0] ?? '';
    if (/^\s*(?:(?:people|voters|citizens)\s+)?(?:(?:are|were|is|was)\s+)?eligible\b|^\s*eligible\s+voters\b/i.test(clause) || /\beligible\s+voters?\s*$/i.test(left)) return { measure: 'other:persons', subject: 'eligible voters', subjectRule: 'subject/electorate', rule: 'measure/electorate' };
    if (/^[^;]{0,30}?\b(?:cast\s+(?:their\s+)?(?:ballots?|votes?)|voted|went\s+to\s+the\s+polls)\b/i.test(clause)) return { measure: 'other:persons', subject: 'voters who voted', subjectRule: 'subject/voters', rule: 'measure/voters' };
  }
  // "Caltrin employs 2,300 people", "the plant employed about 400 workers": a workforce, as "has 2,300 employees" counts it.
  if (open && q.unitClass === 'persons' && /\bemploy(?:s|ed|ing)?\s+(?:(?:about|around|roughly|nearly|some|more\s+than|over|approximately)\s+)?$/i.test(left)) return { measure: 'other:persons', subject: 'employees', subjectRule: 'subject/workforce', rule: 'measure/workforce' };
  // "his team turned the ball over 17 times", "Portland turned it over 20 times": the turnovers, as "committed 17 turnovers" counts them.
  if (open && q.unit === 'times' && /\b(?:turn(?:ed|s|ing)?|coughed|gave|giving)\s+(?:the\s+ball|it|the\s+puck)\s+over\s+$/i.test(left)) return { measure: 'other:count', subject: 'turnovers', subjectRule: 'subject/turnovers', rule: 'measure/turnovers' };
  // "Sandvik has a .891 save percentage", "a .308 on-base percentage": a percentage named right after its figure, of the one
  // the clause names.
  // (The noun may have been read as the figure's unit: ".891 save" then "percentage".)
  const namedShare = open && (q.unitClass === 'number' || q.unitClass === 'count') && typeof q.value === 'number' && q.value < 1 ? (q.unit && /^\s*percentage\b/.test(right) ? [right, q.unit] : /^\s*((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+percentage\b/u.exec(right)) : null;
  if (namedShare && !/^(?:a|an|the|of|and|or)$/.test(namedShare[1]!)) return own(`${namedShare[1]!.toLowerCase()} percentage`, 'other:percent', 'measure/named-percentage');
  // "Chicago shot 48 percent from the field", "Green shot 40 percent from 3-point range": a shooting percentage of the team or
  // player that shot, by the kind of shot.
  const shooting = q.unitClass === 'percent' || /^percent|%/.test(q.unit ?? '') ? SHOOTING_PERCENT.exec(`${left.split(/[;,]/).at(-1) ?? ''}#${right.split(/[;,.]/)[0] ?? ''}`) : null;
  if (open && shooting) {
    const kind = /line|free/i.test(shooting[1] ?? '') ? 'free-throw percentage' : /3|three|arc/i.test(shooting[1] ?? '') ? 'three-point percentage' : 'field-goal percentage';
    const owner = statOwner(m);
    return { measure: m.measure, subject: owner ? `${possessive(owner)} ${kind}` : kind, subjectRule: owner ? OWNER_RULE : 'subject/shooting-percentage', rule: 'measure/shooting-percentage' };
  }
  // "led by 18 points", "his team led by as many as 15", "an 18-point halftime lead": a margin between two sides, no one's points.
  if (open && (q.unitClass === 'score' || q.unitClass === 'count') && /^points?$/.test(q.unit ?? '') && ((MARGIN_BEFORE.test(left) && !/\b(?:was|were|is|are|been|being)\s+led\s+by\s+$/i.test(left)) || (/-\s*points?$/i.test(q.text) && MARGIN_AFTER.test(right)))) return { measure: m.measure, subject: marginKind(left, q.text, right), subjectRule: 'subject/margin', rule: 'measure/margin' };
  // "needed nine points to pass Ford", "needs 12 more wins": a figure still to reach, never one gained; apart from the gains.
  // "17 of his team's first 24 points": points of a stretch of the game a part is told of, no total of anyone's.
  // (The whole a part is told of: "scored the first eight points" is a run of the scorer's, told as before.)
  const stretch = open && (q.unitClass === 'score' || q.unitClass === 'count') && /^points?$/.test(q.unit ?? '') ? /\bof\s+(?:his|her|their|its|the)\s+(?:team['’]s\s+)?(first|last|final|opening|closing)\s+$/i.exec(left) : null;
  if (stretch) return { measure: m.measure, subject: `${stretch[1]!.toLowerCase()} points of the game`, subjectRule: 'subject/stretch-of-game', rule: 'measure/stretch-of-game' };
  // "He needed just nine points", "The 6-foot-9 senior needed nine points": the figure still to be reached is the player's
  // the clause or the sentence before names.
  if (open && (q.unitClass === 'score' || q.unitClass === 'count') && q.unit && NEEDED_LEFT.test(left)) {
    const noun = `${q.unit === 'point' ? 'points' : q.unit} needed`;
    const owner = statOwner(m);
    return owner ? { measure: m.measure, subject: `${possessive(owner)} ${noun}`, subjectRule: OWNER_RULE, rule: 'measure/figure-needed' } : own(noun, m.measure, 'measure/figure-needed');
  }
  if (open && (KNOCKOUT_UNIT.test(q.unit ?? '') || (q.unitClass === 'count' && /^wins?$/i.test(q.unit ?? '') && KNOCKOUT_AFTER.test(right)) || (q.unitClass === 'number' && /^\s*(?:KO|KOs|KO's|knockouts)\b/.test(right)))) return own('knockouts', 'other:knockouts', 'measure/knockouts');
  if ((q.unitClass === 'percent' || q.unitClass === 'fraction') && (open || m.measure === 'poll-share')) {
    const clause = `${left.split(/[;]/).at(-1) ?? ''} ${right.split(/[;,]/)[0] ?? ''}`;
    if (TURNOUT_NEAR.test(clause) || TURNOUT_NEAR.test(right)) {
      const threshold = TURNOUT_THRESHOLD.test(clause);
      return { measure: 'other:turnout', subject: threshold ? 'turnout needed' : 'turnout', subjectRule: threshold ? 'subject/turnout-threshold' : 'subject/turnout', rule: 'measure/turnout' };
    }
    if (VOTE_SHARE_AFTER.test(right)) return own('share of the vote', 'other:vote-share', 'measure/vote-share');
    // "beating Greg Hale 54% to 44%", "53 percent of the vote to his 45 percent": the two sides' shares of a race won.
    if (DEFEATED.test(sentence.text.slice(0, rel(q.span[0]))) && (/^\s*(?:%|percent|per\s*cent)?\s*to\s+(?:(?:his|her|their)\s+)?\d/i.test(right) || /\d\s*(?:%|percent|per\s*cent)(?:\s+of\s+the\s+(?:popular\s+)?vote)?\s+to\s+(?:(?:his|her|their|\p{Lu}[\p{L}'’-]*['’]s?)\s+)?$/iu.test(left))) return own('share of the vote', 'other:vote-share', 'measure/vote-share');
    // "was 5 percent contained", "containment rose to 15 percent": how much of a fire's edge is held.
    if (open && (/^\s*(?:percent\s+|per\s*cent\s+|%\s*)?contained\b/i.test(right) || /\bcontainment\s+(?:(?:has|had)\s+)?(?:rose|risen|grew|grown|increased|climbed|jumped|reached|stood|stands|was|is|at|of|to)\s+(?:at\s+|to\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?$/i.test(left))) return { measure: 'other:percent', subject: 'containment', subjectRule: 'subject/containment', rule: 'measure/containment' };
    // "IE is used on nearly three-quarters of the world's computers", "used by about 70 percent of Web surfers": a product's share of use is its market share.
    if ((USED_BY_BEFORE.test(left) && USER_SHARE_AFTER.test(right)) || MARKET_SHARE_NEAR.test(right) || /\bmarket\s+with\s+a\s+share\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|over\s+)?$/i.test(left) || /\bmarket\s+share\s+(?:of|at|to|was|is|stood\s+at|reached)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|over\s+)?$/i.test(left)) return { measure: 'other:market-share', subject: 'market share', subjectRule: 'subject/market-share', rule: 'measure/market-share' };
    const users = USER_SHARE_AFTER.exec(right);
    if (users) return { measure: 'other:user-share', subject: `share of ${users[0].trim().replace(/^(?:percent|per\s*cent|%)?\s*of\s+/i, '')}`, subjectRule: 'subject/user-share', rule: 'measure/user-share' };
    // "80 percent of the haul", "half of the roof", "40 percent to 70 percent of the buildings": a share is of the thing named after "of"; shares of two things never pool.
    const whole = SHARE_OF.exec(right)?.[1].toLowerCase().split(/\s+/).filter((w) => /\p{L}/u.test(w) && !/^(?:the|all|its|their|a|an)$/.test(w)) ?? [];
    // "half of the settlers gave up": the whole ends before its clause's verb.
    const verb = whole.findIndex((w, i) => i > 0 && (/ed$/.test(w) || /^(?:gave|went|left|took|came|fled|got|made|ran|say|said|saw)$/.test(w)));
    const noun = (verb > 0 ? whole.slice(0, verb) : whole).join(' ');
    if (open && noun && !STOP_NOUN.test(whole[0])) return { measure: 'other:share', subject: `share of ${noun}`, subjectRule: 'subject/share-of', rule: 'measure/share-of' };
    // "a 14 percent reduction", "about a 10% increase in robberies": the change the percent is of, named after it.
    const changeNoun = open && q.unitClass === 'percent' ? /^\s*(?:percent|per\s*cent|%)?\s*(increase|reduction|decrease|drop|decline|rise|jump|cut|gain|hike|spike|surge|fall)\b(?:\s+in\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)(?=\s*(?:$|[,.;:)]|\s+(?:from|over|since|compared|this|last|in|at|for|and)\b)))?/iu.exec(right) : null;
    // ("a 12 percent increase in the downtown area": a place the change was in is no figure it is of.)
    const changeOf = changeNoun?.[2] && !/\p{Lu}|\b(?:area|city|county|district|region|neighbou?rhood|state|country|town|part|parts)$/u.test(changeNoun[2]) ? ` in ${changeNoun[2].toLowerCase().replace(/\s+(?:year-over-year|year-to-date|year-on-year)$/, '')}` : '';
    if (changeNoun) return { measure: 'other:percent', subject: `${changeNoun[1]!.toLowerCase()}${changeOf}`, subjectRule: 'subject/change-of-named', rule: 'measure/change-of-named' };
    // "an overall conviction rate of 81 percent", "the clearance rate stood at 33 percent": a rate named before its figure.
    const rate = open && q.unitClass === 'percent' ? /\b((?:[\p{L}-]+\s+){0,2}rate)\s+(?:of|at|was|is|stood\s+at|stands\s+at|reached|hit|fell\s+to|rose\s+to)\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|over\s+|just\s+)?$/iu.exec(left) : null;
    const rateNoun = rate?.[1]!.toLowerCase().replace(/^(?:(?:the|an?|its|their|our|his|her|this|that|overall|at|of|in|with|by)\s+)+/, '');
    if (rateNoun && rateNoun !== 'rate') return { measure: 'other:percent', subject: rateNoun, subjectRule: 'subject/rate-named', rule: 'measure/rate-named' };
    // "our gang-related crime rate is down over 30 percent", "homicides were down 17 percent", "the number of aggravated
    // assaults has risen by 31 percent": a change of the figure the clause names, up or down.
    // (An aside set off by dashes, "— considered a key measure of how safe a city is —", is left out.)
    const changed = open && q.unitClass === 'percent' ? CHANGE_OF_NAMED.exec(sentence.text.slice(Math.max(0, rel(q.span[0]) - 180), rel(q.span[0])).replace(/\s[—–]\s[^—–;]{1,100}?\s[—–]\s/g, ' ').split(/[,;:()—–]|\s-\s|\b(?:and|while|but|that|which|as|when|after|before|since|because|if|said|says|say|reported|reports|told|show|shows|showed)\s/).at(-1) ?? '') : null;
    const changedNoun = changed?.[1]?.toLowerCase().replace(/^(?:the|our|their|its|his|her|a|an|this|that|total)\s+/, '').replace(/^total\s+/, '');
    if (changed && changedNoun && !STOP_NOUN.test(changedNoun.split(/\s+/)[0]!) && !/^(?:it|they|he|she|we|this|that|which|who)$|\b(?:prices?|shares?|stocks?|index|indices|indexes)\b/i.test(changedNoun) && !/^(?:has|have|had|is|was|were|are|been)\b/i.test(changedNoun)) {
      const up = /^(?:up|risen|rose|increased|jumped|climbed|grew|grown|higher)$/i.test(changed[2]!);
      return { measure: 'other:percent', subject: `${up ? 'rise' : 'fall'} in ${changedNoun}`, subjectRule: 'subject/change-of-named', rule: 'measure/change-of-named' };
    }
  }
  // "Manning was 24 of 32 for 278 yards": the yards of a passing line are the passer's passing yards.
  if ((m.measure === 'distance' || open) && /(?:^|\s)yards?$/i.test(q.unit ?? '') && /\b\d{1,2}\s*-?\s*(?:for|of)\s*-?\s*\d{1,2}\s+for\s+$/i.test(left)) {
    const owner = statOwner(m);
    return { measure: 'other:yards', subject: owner ? `${possessive(owner)} passing yards` : 'passing yards', subjectRule: owner ? OWNER_RULE : 'subject/statistic-of-period', rule: 'measure/game-yards' };
  }
  if (m.measure === 'distance' || open) {
    if (/(?:^|\s)yards?$/i.test(q.unit ?? '') && GAME_YARDS_NEAR.test(`${left.split(/[;]/).at(-1)} ${q.unit} ${right.split(/[;,]/)[0]}`)) {
      const perWord = (/^\s*(?:[\p{L}-]+\s+)?(?:per|a)\s+(game|carry|run|rush|attempt|catch|reception|completion)\b/iu.exec(right) ?? /^\D*?\byards\s+(?:(?:allowed|surrendered|given\s+up)\s+)?(?:per|a)\s+(game|carry|run|rush|attempt|catch|reception|completion)\b/i.exec(right))?.[1]?.toLowerCase();
      const per = perWord !== undefined;
      // "a pass defense that allows 156.9 yards per game": yards a defence gives up, apart from yards gained.
      const allowed = /^\D*?\byards\s+(?:allowed|surrendered|given\s+up)\b|^\s*(?:allowed|surrendered|given\s+up)\b/i.test(right) || /\b(?:allow(?:s|ed|ing)?|surrender(?:s|ed|ing)?|gives?\s+up|giving\s+up|gave\s+up)\s+(?:just\s+|only\s+)?$/i.test(left);
      // Yards per game or per carry apart from a total; rushing, receiving and passing yards apart; a player's or a team's yards
      // apart from another's where the clause names who gained them.
      const play = per ? '' : playKind(q.unit ?? '', left, right);
      const noun = `${per ? `yards per ${perWord === 'run' || perWord === 'rush' ? 'carry' : perWord === 'catch' ? 'reception' : perWord}` : play ? `${play} yards` : 'yards'}`.replace(/^yards/, allowed ? 'yards allowed' : 'yards');
      const owner = statOwner(m);
      return owner ? { measure: 'other:yards', subject: `${possessive(owner)} ${noun}${statPeriod(left, right, lead)}`, subjectRule: OWNER_RULE, rule: 'measure/game-yards' } : { measure: 'other:yards', subject: `${noun}${statPeriod(left, right, lead)}`, subjectRule: per || play ? 'subject/statistic-of-period' : 'subject/yards', rule: 'measure/game-yards' };
    }
  }
  // "threw for 241 yards and ran for 88 more", "rushed for another 40": a bare number a verb of gaining yards is "for" counts
  // yards, gained the verb's way, of the player who gained them.
  if (open && q.unitClass === 'number' && !q.unit && typeof q.value === 'number' && YARDS_FOR_LEFT.test(left) && (/^\s*(?:more|additional)\b/i.test(right) || /\b(?:another|an?\s+additional)\s+$/i.test(left))) {
    const play = playKind('', left, '');
    const owner = statOwner(m);
    const noun = `${play ? `${play} ` : ''}yards${statPeriod(left, right, lead)}`;
    return owner ? { measure: 'other:yards', subject: `${possessive(owner)} ${noun}`, subjectRule: OWNER_RULE, rule: 'measure/game-yards' } : { measure: 'other:yards', subject: noun, subjectRule: 'subject/statistic-of-period', rule: 'measure/game-yards' };
  }
  // "extending his streak of made kicks to 21": a bare number a streak is taken to is the run's length, of the one whose
  // streak it is.
  const streakOf = open && q.unitClass === 'number' && !q.unit ? STREAK_OF_TO.exec(left) : null;
  if (streakOf) {
    const owner = statOwner(m);
    const noun = `streak of ${streakOf[1]!.trim().toLowerCase()}`;
    return owner ? { measure: 'other:streak', subject: `${possessive(owner)} ${noun}`, subjectRule: OWNER_RULE, rule: 'measure/streak-of' } : { measure: 'other:streak', subject: noun, subjectRule: 'subject/streak-of', rule: 'measure/streak-of' };
  }
  // "33 homers and 121 RBIs", "20 points and 10 rebounds", "two touchdowns": a player's statistic is of that player and period.
  // "scored 23 points", "had a career-high 30 points", "30 points, 8 rebounds": a player's points are a statistic of the player.
  // "Hansbrough's 20 points": a name's possessive right before the figure names whose points they are ("his 2,521 points":
  // so does a pronoun's, of the person it stands for).
  // "Danny Green (14 points) became ...", "Lawson (16 points, seven assists)": a statistic opening brackets right after a
  // name is that player's.
  const possessor = OWNER_RIGHT_BEFORE.exec(left)?.[1] ?? NAME_OPENING_BRACKET.exec(left)?.[1] ?? LED_BY_WITH.exec(left)?.[1];
  const ownedBefore = possessor !== undefined && !NOT_OWNER.test(possessor) ? possessor : undefined;
  // ("21.6 points per game": the unit may hold the game it is per.)
  // ("leads the team with 14 goals and 27 points": points last in a list of statistics take the verb that opens the list.)
  const listLeft = sentence.text.slice(0, rel(listStart(sentence, q.span[0])));
  const points = open && q.unitClass === 'score' && (q.unit === 'point' || q.unit === 'point per game') && (POINTS_LEFT.test(left) || POINTS_RIGHT.test(right) || AVERAGED_LEFT.test(left) || /\blogged\s+$/i.test(left) || ownedBefore !== undefined || /\b(?:his|her)\s+$/i.test(left) || (listLeft.length < rel(q.span[0]) && POINTS_LEFT.test(listLeft))) ? ['points', 'points'] : null;
  // "caught 29 passes": passes caught are the player's catches, one figure with "29 catches" or "29 receptions" (passes thrown stay passes).
  const caught = open && q.unitClass === 'count' && /^passes$/i.test(q.unit ?? '') && PASSES_CAUGHT_LEFT.test(left) ? ['catches', 'catches'] : null;
  // "rushed 106 times", "carried the ball 20 times": a runner's carries, one figure with "106 carries".
  const rushed = open && /^times$/i.test(q.unit ?? '') && /\b(?:rushed|carried(?:\s+the\s+ball)?)\s+$/i.test(left) ? ['carries', 'carries'] : null;
  // "driven in at least 105 runs": runs a batter drove in are his RBIs.
  const drivenIn = open && q.unitClass === 'count' && /^runs$/i.test(q.unit ?? '') && /\b(?:drove|driven|drives|drive|driving)\s+in\s+(?:(?:at\s+least|more\s+than|over|about|nearly|almost|only|just)\s+)?$/i.test(left) ? ['RBIs', 'RBIs'] : null;
  // "52 catches for 440 yards and four scores": scores told after a player's yards are touchdowns.
  const scores = open && q.unitClass === 'count' && /^scores$/i.test(q.unit ?? '') && /\byards\s+(?:(?:rushing|receiving|passing)\s+)?and\s+$/i.test(left) ? ['touchdowns', 'touchdowns'] : null;
  // "LaVine scored 26 for Chicago", "Collins had 12 and Hunter added 10", in a story that counts points: a bare number a
  // player scored is the player's points.
  const ofPoints = () => /\bpoints\b/i.test(input.text.slice(Math.max(0, q.span[0] - 600), q.span[0]));
  const barePoints = open && !points && q.unitClass === 'number' && !q.unit && POINTS_LEFT.test(left) && BARE_POINTS_AFTER.test(right) && ofPoints() ? ['points', 'points'] : null;
  // "giving him 38,401 for his career", "bringing his career total to 38,401": a bare number told as a player's career
  // total of points, in a story that counts points.
  const career = open && q.unitClass === 'number' && !q.unit && (/^\s+(?:points\s+)?(?:for|in)\s+(?:his|her|their)\s+career\b/i.test(right) || /\bcareer\s+total\s+(?:to|of)\s+$/i.test(left)) && ofPoints();
  // "Hansbrough now has 2,301 career points": the points a player holds for a career, told as a noun of the unit.
  const careerUnit = open && (q.unitClass === 'count' || q.unitClass === 'score') && /^career\s+points?$/i.test(q.unit ?? '');
  // "Hansbrough, who now has 2,302 points": a player's points in the thousands are no game's; they are the career's.
  // (Told of no one, they stay points: "the all-time scoring record (2,769 points)".)
  const sized = (points !== null || barePoints !== null) && typeof q.value === 'number' && q.value >= 1000;
  // "Phil Ford's school mark of 2,290 points": the points of a named holder's scoring mark are that holder's career points.
  const markOf = open && (points !== null || (q.unitClass === 'score' && /^points?$/i.test(q.unit ?? ''))) ? /(\p{Lu}[\p{L}'’-]+)['’]s?\s+(?:[\p{L}-]+\s+){0,3}(?:mark|record)\s+of\s+$/u.exec(left) : null;
  if (markOf && !NOT_OWNER.test(markOf[1]!)) return { measure: 'other:count', subject: `${possessive(markOf[1]!)} career points`, subjectRule: OWNER_RULE, rule: 'measure/player-statistic' };
  // "He scored 1,000 points faster than any player in school history": a round mark reached, no total of the career.
  if ((career || careerUnit || sized) && /^\s+(?:points?\s+)?(?:faster|quicker|sooner|earlier)\s+than\b/i.test(right)) {
    const owner = statOwner(m);
    return { measure: 'other:score', subject: owner ? `${possessive(owner)} points mark reached` : 'points mark reached', subjectRule: owner ? OWNER_RULE : 'subject/statistic-of-period', rule: 'measure/player-statistic' };
  }
  const careerOwner = career || careerUnit || sized ? statOwner(m) : null;
  if (career || careerUnit || (sized && careerOwner !== null)) {
    // The player's, where the clause names one: "Hansbrough's career points", one figure however it is told.
    const owner = careerOwner;
    return { measure: 'other:count', subject: owner ? `${possessive(owner)} career points` : 'career points', subjectRule: owner ? OWNER_RULE : 'subject/career-total', rule: 'measure/player-statistic' };
  }
  // "a 20-point, 9-rebound performance", "another 25-point game": a number joined to a statistic's noun by a hyphen, before
  // the noun of a game or a showing, is that statistic of the clause's player.
  const joined = open && /-/.test(q.text) ? HYPHENED_STAT.exec(q.unit ?? '') : null;
  const hyphened = joined && HYPHENED_STAT_AFTER.test(right) ? [`${joined[1]!.toLowerCase()}s`, `${joined[1]!.toLowerCase()}s`] : null;
  // "led the league in sacks with 12": the statistic named before "with" is what the bare number counts.
  const ranked = open && q.unitClass === 'number' && !q.unit ? RANKED_IN_STAT.exec(sentence.text.slice(Math.max(0, rel(q.span[0]) - 160), rel(q.span[0]))) : null;
  const rankedIn = ranked ? [ranked[1]!, ranked[1]!] : null;
  const stat = hyphened ?? points ?? barePoints ?? caught ?? rushed ?? drivenIn ?? scores ?? rankedIn ?? (open && (q.unitClass === 'count' || q.unitClass === 'number') ? STAT_NOUN.exec(q.unit ?? '') : null);
  if (stat) {
    const owner = ownedBefore ?? statOwner(m);
    const base = stat[1]!.toLowerCase().replace(/^homers?$|^home\s+runs?$|^hrs?$/, 'home runs').replace(/^tds?$/, 'touchdowns').replace(/^rbis?$/, 'RBIs').replace(/^boards$/, 'rebounds');
    // "two rushing touchdowns", "rushed for 404 yards and two touchdowns", "caught 52 passes for 440 yards and four TDs".
    const play = base === 'touchdowns' ? playKind(q.unit ?? '', left, right) : '';
    // "allowing four runs and seven hits", "gave up two goals": what a pitcher, a goalie or a defence let the other side get
    // is a figure apart from what a player got.
    const allowed = ALLOWED_LEFT.test(left) || ALLOWED_LEFT.test(listLeft);
    const noun = `${play ? `${play} ${base}` : base}${allowed && !/\ballowed$/i.test(base) ? ' allowed' : ''}`;
    // "averaged 22.8 points", "20.2 points ... an outing", "22.8 points per game": a player's average is a figure apart from
    // any one game's; a count of a game told with a fraction can only be an average.
    const average = q.unit === 'point per game' || AVERAGED_LEFT.test(left) || AVERAGED_LEFT.test(sentence.text.slice(Math.max(0, rel(listStart(sentence, q.span[0])) - 60), rel(listStart(sentence, q.span[0])))) || PER_GAME_RIGHT.test(right) || (typeof q.value === 'number' && !Number.isInteger(q.value) && COUNTED_IN_GAME.test(base));
    const period = isSeasonLabel(input.text, q.span) || EACH_SEASON.test(sentence.text.slice(rel(q.span[1]))) ? ' (each season)' : `${average ? (q.unit !== 'point per game' && AVERAGE_OF_SEASONS.test(right.split(/[;.]/)[0] ?? '') ? ' per season' : ' per game') : ''}${statPeriod(left, right, lead)}`;
    const measure: Measure = barePoints || hyphened?.[0] === 'points' || (rankedIn && /points/i.test(noun)) ? 'other:score' : rankedIn && /yards/i.test(noun) ? 'other:yards' : rushed || hyphened || rankedIn ? 'other:count' : m.measure;
    if (owner) return { measure, subject: `${possessive(owner)} ${noun}${period}`, subjectRule: OWNER_RULE, rule: 'measure/player-statistic' };
    if (period || play || rankedIn) return { measure, subject: `${noun}${period}`, subjectRule: 'subject/statistic-of-period', rule: 'measure/player-statistic' };
    if (caught) return { measure: m.measure, subject: 'catches', subjectRule: 'subject/passes-caught', rule: 'measure/passes-caught' };
  }
  // "Smith went 81-63 in nine seasons": the seasons of a tenure's record are the record holder's.
  if (open && /^(?:seasons|years)$/i.test(q.unit ?? '') && /\b\d{1,3}-\d{1,3}(?:-\d{1,3})?\s+(?:(?:record|mark)\s+)?(?:in|over)\s+(?:(?:his|her|their|its)\s+)?$/i.test(left)) {
    const owner = statOwner(m);
    if (owner) return { measure: m.measure, subject: `${possessive(owner)} ${q.unit!.toLowerCase()}`, subjectRule: OWNER_RULE, rule: 'measure/tenure-of-record' };
  }
  // "missed eight games", "played in 10 games", "limited him to six games": games a player missed or played are the player's, apart.
  if ((open || hasTrait(m.measure, 'persons')) && q.unitClass === 'count' && /(?:^|\s)(?:games|matches|starts|contests)$/i.test(q.unit ?? '')) {
    // "189 rushing yards in his last two games": the games of a figure's window count nothing of their own (`statPeriod`
    // labels the figure with them).
    if (FIGURE_BEFORE_WINDOW.test(left.split(/[;,]/).at(-1) ?? '')) return { measure: 'other:count', subject: 'games of a window', subjectRule: 'subject/window-of-figure', rule: 'measure/window-of-figure' };
    const missed = GAMES_MISSED_LEFT.exec(left);
    // "lost to Detroit in five games", "swept the Nets in four games": the length of a series, no one's games played.
    if (!missed && SERIES_LEFT.test(left)) return { measure: 'other:count', subject: 'games in the series', subjectRule: 'subject/series-length', rule: 'measure/series-length' };
    if (missed || GAMES_PLAYED_LEFT.test(left)) {
      // "will miss the final two games": games still to be missed are not games missed so far.
      const noun = missed ? (WILL_BEFORE.test(left.slice(0, missed.index)) ? 'games to miss' : 'games missed') : 'games played';
      const owner = statOwner(m);
      const period = statPeriod(left, right, lead);
      const measure: Measure = open ? m.measure : 'other:count';
      return owner ? { measure, subject: `${possessive(owner)} ${noun}${period}`, subjectRule: OWNER_RULE, rule: 'measure/player-statistic' } : { measure, subject: `${noun}${period}`, subjectRule: 'subject/statistic-of-period', rule: 'measure/player-statistic' };
    }
  }
  if (m.measure === 'money') {
    // "the country's share of the bailout -- 22 billion euros": a part of a named sum is that part, never the sum nor another sum.
    const share = SHARE_OF_MONEY.exec(sentence.text.slice(Math.max(0, rel(q.span[0]) - 80), rel(q.span[0])));
    if (share) {
      const noun = share[1]!.toLowerCase().replace(/^bail-out$|^rescue$/, 'bailout');
      return { measure: 'money', subject: `share of ${noun}`, subjectRule: 'subject/share-of-amount', rule: 'measure/money-unit' };
    }
    const naming = moneyNaming(q, left, right);
    // "the Nationals have offered an eight-year, $160 million contract", "the Orioles (seven years, $140-150 million)": offers of two bidders never pool.
    const owner = moneyOwner(sentence.text.slice(Math.max(0, rel(q.span[0]) - 140), rel(q.span[0])));
    if (!owner) return naming;
    return { measure: 'money', subject: `${possessive(owner)} ${naming?.subject ?? moneyNoun(q, sentence) ?? 'amount'}`, subjectRule: MONEY_OWNER_RULE, rule: naming?.rule ?? 'measure/money-unit' };
  }
  if (!open) return null;
  if ((q.unitClass === 'count' || q.unitClass === 'number') && (/(?:^|\s)seats?$/i.test(q.unit ?? '') || (!q.unit && SEATS_AFTER.test(right)))) {
    // "a 450-seat parliament", "the 125 seats of the Mejlis": the size of the house, not seats won.
    const size = /\d\s*-\s*seats?\b/i.test(input.text.slice(q.span[0], q.span[1] + 6)) || /^\s*(?:-\s*)?seats?\s+(?:in|of)\s+(?:the\s+)?(?:parliament|house|assembly|chamber|legislature|senate|council|mejlis|duma|bundestag|congress)\b/i.test(right) || /\bthe\s*$/i.test(left);
    return size ? { measure: 'other:seats', subject: 'seats', subjectRule: 'subject/house-size', rule: 'measure/seats' } : own('seats', 'other:seats', 'measure/seats');
  }
  if (q.unitClass === 'count' || q.unitClass === 'number') {
    // "a 10-fight winning streak", "unbeaten in 16 fights", "took his unbeaten run to 10", "nine straight games": a run of results, not a count of events.
    // "has won 16 fights in a row": results in a row after a verb of winning or losing, or wins or losses themselves.
    const row = q.unit && IN_A_ROW.test(right) ? ROW_UNIT.exec(q.unit) : null;
    const rowResult = row && (/^(?:wins|victories|losses|defeats)$/i.test(row[2]!) || /\b(?:won|wins|lost|loses|dropped)\s+(?:\w+\s+)?$/i.test(left)) ? ['', /^(?:losses|defeats)$/i.test(row[2]!) ? 'los' : 'win'] : null;
    // "The Hawks have won four in a row", "have lost three straight": a bare count of results in a row after their verb.
    const bareVerb = !q.unit && /^\s+(?:in\s+a\s+row|straight|consecutive)\b(?!\s+\p{L}+s\b)/iu.test(right) ? /\b(?:(won|wins)|(lost|loses|dropped))\s+$/i.exec(left) : null;
    const bareRow = bareVerb ? ['', bareVerb[1] ? 'win' : 'los'] : null;
    const streak = STREAK_AFTER.exec(right) ?? STREAK_BEFORE.exec(left) ?? (q.unit && STREAK_UNIT.test(q.unit) ? ['', 'win'] : null) ?? rowResult ?? bareRow;
    if (streak) {
      const losing = /^(?:los|winless|defeat)/i.test(streak[1] ?? '') || (streak[0] === '' && /\b(?:lost|losing|dropped)\s+(?:\w+\s+)?$/i.test(left));
      // "13 title fights in a row": a run of title fights is a run of its own, beside the run of all fights.
      const noun = `${streak === rowResult && row?.[1] ? `${row[1].toLowerCase()}-${row[2]!.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y')} ` : ''}${losing ? 'losing streak' : 'winning streak'}`;
      // "Klitschko is now on a 10-fight winning streak": the sentence's subject runs the streak, whether or not it was read as a name.
      // "Even still, Klitschko has won 16 fights in a row": a run told by its verb is the clause's named subject's.
      // ("Kentucky (22-4, 10-3 Southeastern Conference) won its fifth straight game": a name in brackets closed before the
      // figure is an aside's, no owner.)
      const owner = (streak === rowResult || streak === bareRow ? namedClauseSubject(sentence, q.span[0]) : null) ?? ownerBefore(input, outsideBrackets(input, idx.entities[si], sentence.span[0], q.span[0]), sentence, q.span[0]) ?? sentenceSubject(sentence);
      return owner ? { measure: 'other:streak', subject: `${possessive(owner)} ${noun}`, subjectRule: OWNER_RULE, rule: 'measure/streak' } : { measure: 'other:streak', subject: noun, subjectRule: 'subject/streak', rule: 'measure/streak' };
    }
  }
  if ((q.unitClass === 'count' || q.unitClass === 'number') && /^(?:(?:million|thousand)\s+)?votes$/i.test(q.unit ?? '')) return own('votes', 'other:votes', 'measure/votes');
  // "about 32 million people tuning in", "55 million Americans watched": people counted as they watch a broadcast are its viewers, one figure with "32 million total viewers".
  if (/^(?:(?:million|thousand)\s+)?(?:people|persons|Americans|Britons|households)$/i.test(q.unit ?? '') && VIEWING_AFTER.test(right)) return { measure: 'other:count', subject: 'viewers', subjectRule: 'subject/viewers', rule: 'measure/viewers' };
  return null;
}

/**
 * What an amount of money is, in news's own nouns: the amount's subject when the text names it. A closed vocabulary,
 * because the noun keys the claim group: a reward and a bail bond told in one story never pool, nor two shares of one
 * bailout told in different words.
 */
const MONEY_NOUN = String.raw`(reward|bail|bond|fine|penalty|restitution|settlement|net\s+income|bailout|bail-out|rescue|loan|grant|subsidy|contract|deal|offer|bid|salary|fee|budget|damage|damages|losses|loss|debt|deficit|ransom|payment|payout|fund|package|aid|donation|investment|cost|costs|price|prize|purse|compensation|bill|tax|revenue|revenues|profit|profits|sales|spending|savings|cuts|pension|pay|income|wages|haul|jackpot|stimulus|award|verdict|judgment|judgement|valuation|transfer fee|buyout|takeover)`;
/** "share of the bailout -- ", "portion of the loan, ", "its contribution to the rescue package of": a part named right before the amount. */
const SHARE_OF_MONEY = new RegExp(String.raw`\b(?:share|part|portion|slice|contribution)\s+(?:of|to)\s+(?:the\s+|this\s+|that\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?${MONEY_NOUN}(?:\s+package)?\s*(?:[-–—:,]+\s*)*(?:(?:is|was|will\s+be|would\s+be|of|at|comes\s+to|amounts\s+to|totals?)\s+)?(?:(?:about|around|roughly|nearly|almost|some|more\s+than|up\s+to|at\s+least|an\s+estimated)\s+)?(?:euro|EUR|USD|US)?$`, 'iu');
/** "a $35,000 reward", "a 110 billion euro bailout", "$2 million in damage", "$5 million worth of aid". */
// "$41,500 secured bond", "a $100,000 court appearance bond": up to two words of a kind of bail or fund before the noun.
const MONEY_NOUN_AFTER = new RegExp(String.raw`^\s*(?:-\s*)?(?:(?:in|of|worth\s+of)\s+)?(?:(?:cash|total|initial|federal|state|emergency|annual|yearly|cost|reported|estimated|international|financial|signing|secured|unsecured|cash-only|surety|property|court|appearance)\s+){0,2}${MONEY_NOUN}\b`, 'i');
/** "bail was set at", "damage was estimated at about", "the cost is put at", "losses totalled", "the settlement came to", "The reward for information leading to an arrest is now up to". */
const MONEY_NOUN_BEFORE = new RegExp(String.raw`\b${MONEY_NOUN}\s+(?:for\s+the\s+(?:quarter|year|period|month|half)\s+|for\s+information(?:\s+(?:that\s+leads?|leading)\s+to\s+(?:an?\s+|the\s+)?(?:arrest|conviction|indictment)(?:\s+(?:and|or)\s+(?:an?\s+|the\s+)?(?:arrest|conviction|indictment))?)?(?:\s+in\s+(?:the|this)\s+(?:case|killing|shooting|death))?\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|could\s+be|may\s+be|of\s+up\s+to)\s+(?:now\s+)?)?(?:(?:set|estimated|valued|put|pegged|placed|capped|fixed|priced|worth|totall?ing|totall?ed|amounting\s+to|amounted\s+to|came\s+to|reached|stood\s+at|topped|exceeded|of|at|to|(?:raised|increased|doubled|boosted|lowered|reduced|cut)\s+to)\s+|(?:rose|fell|climbed|jumped|dropped|declined|increased|decreased|grew|slipped|surged|plunged|slumped)\s+(?:(?:about|nearly|almost|some)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent)\s+)?to\s+|(?<=\b(?:was|were|is|are)\s(?:now\s)?))+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than|over|under|up\s+to|at\s+least|as\s+much\s+as|an\s+estimated|approximately)\s+)?$`, 'i');

/**
 * An amount taken by theft or fraud, told by its verb right before it: "stealing more than", "embezzled about",
 * "defrauded investors of" (not "stole jewels worth", where the amount is the value of the things taken).
 */
const STOLEN_LEAD = /(?:\b(?:steal|steals|stealing|stole|stolen|embezzl(?:e|es|ed|ing)|misappropriat(?:e|es|ed|ing)|siphon(?:s|ed|ing)?(?:\s+off)?|loot(?:s|ed|ing)?)|\b(?:swindl(?:e|es|ed|ing)|defraud(?:s|ed|ing)?|bilk(?:s|ed|ing)?|cheat(?:s|ed|ing)?)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:out\s+)?of)\s+(?:(?:more\s+than|about|nearly|almost|roughly|over|some|at\s+least|an\s+estimated|approximately|up\s+to)\s+)?$/iu;
/** A fine told by its verb: "was fined", "fined the company". */
/** "paid him $1 million", "paid Reed about $2 million": an amount paid, told right after its verb and whom it went to. */
const PAID_LEAD = /\b(?:paid|pays|paying|pay)\s+(?:him|her|them|us|me|\p{Lu}[\p{L}'’-]+)\s+(?:(?:more\s+than|about|nearly|almost|roughly|over|some|at\s+least|up\s+to)\s+)?$/iu;
const FINED_LEAD = /\bfined\s+(?:[\p{L}'’-]+\s+){0,3}?(?:(?:more\s+than|about|nearly|almost|roughly|over|some|at\s+least|up\s+to)\s+)?$/iu;

/** The noun that names an amount of money in its sentence (see `MONEY_NOUN`), or what its verb makes it (an amount stolen, a fine), or null. */
export function moneyNoun(q: Pick<Quantity, 'span'>, sentence: Pick<Sentence, 'text' | 'span'>): string | null {
  const rel = (i: number): number => i - sentence.span[0];
  const after = MONEY_NOUN_AFTER.exec(sentence.text.slice(rel(q.span[1]), rel(q.span[1]) + 40));
  const lead = sentence.text.slice(Math.max(0, rel(q.span[0]) - 80), rel(q.span[0]));
  const before = after ? null : MONEY_NOUN_BEFORE.exec(lead);
  const noun = (after ?? before)?.[1].toLowerCase();
  if (!noun) return STOLEN_LEAD.test(lead) ? 'amount stolen' : FINED_LEAD.test(lead) ? 'fine' : PAID_LEAD.test(lead) ? 'amount paid' : null;
  return noun === 'bail-out' || noun === 'rescue' ? 'bailout' : noun === 'costs' ? 'cost' : noun === 'revenues' ? 'revenue' : noun === 'profits' || /^net\s+income$/.test(noun) ? 'profit' : noun === 'judgement' ? 'judgment' : noun;
}

/** The subject rule of an amount told with the party that offers or bids it ("the Nationals' amount over 8 years"). */
export const MONEY_OWNER_RULE = 'subject/money-owner';
const TEAM_NAME = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+?)(?:['’]s?)?`;
/** Words that open a clause or a sentence without naming a bidder. */
const NOT_BIDDER = /^(?:The|A|An|He|She|It|They|We|His|Her|Their|Its|This|That|If|But|And|Report|Reports|Sources|ESPN|Last|On|In|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** "<name> (seven years, $140-150 million)", "<name> have offered ... $160 million", ", the Orioles between $140 million", "the Yankees' initial $140-million bid". */
const BIDDER_BEFORE = [
  new RegExp(String.raw`${TEAM_NAME}\s*\((?:[^()]*?,\s*)?$`, 'u'),
  new RegExp(String.raw`${TEAM_NAME}(?:\s*,[^,]{1,30},)?\s+(?:(?:reportedly|also|already|initially|then|have|has|had|are|is|were|was|believed\s+to\s+have|said\s+to\s+have|been)\s+){0,3}(?:offered|bid|bidding|made|proposed|upgraded|raised|bumped|countered|committed)\b[^;:()]*$`, 'u'),
  new RegExp(String.raw`${TEAM_NAME}\s+(?:offer|bid|proposal)\s+(?:was|is|of|to\s+be|at)\b[^;:()]*$`, 'u'),
  new RegExp(String.raw`(?:^|[,;]\s*)(?:the\s+)?${TEAM_NAME}\s+(?:(?:are|is|were|was|reportedly)\s+){0,2}(?:at|around|between)\s+[^;:()]*$`, 'u'),
  new RegExp(String.raw`${TEAM_NAME}['’]s?\s+(?:initial\s+|first\s+|latest\s+|new\s+|reported\s+)?$`, 'u'),
];

/**
 * The party that offers, bids or commits an amount, named in the amount's clause: the team of a contract offer
 * ("the Nationals have offered an eight-year, $160 million contract"), its last word ("Nationals"); else null.
 */
export function moneyOwner(lead: string): string | null {
  const clause = lead.split(/[;]|--|\s[—–]\s/).at(-1) ?? lead;
  // Of the bidders named, the one nearest the amount: "the Nationals have bid $160 million, the Orioles between $140 million and ...".
  let best: { at: number; name: string } | null = null;
  for (const re of BIDDER_BEFORE) {
    for (let from = 0; from < clause.length;) {
      const m = re.exec(clause.slice(from));
      if (!m) break;
      const at = from + m.index + m[0].indexOf(m[1]);
      from = at + m[1].length;
      // The possessive form needs its apostrophe: "the Yankees' initial $140-million bid".
      if (re === BIDDER_BEFORE[4] && !/['’]s?\s+(?:\p{Ll}+\s+)?$/u.test(m[0])) continue;
      const last = m[1].split(/\s+/).filter((w) => !NOT_BIDDER.test(w)).at(-1)?.replace(/['’]s?$/, '');
      if (last && /^\p{Lu}/u.test(last) && !NOT_BIDDER.test(last) && (!best || at > best.at)) best = { at, name: last };
    }
  }
  return best?.name ?? null;
}

/** "$20 million per season", "$10 million a year", "$5 million annually", "a $23 million average annual value". */
const PER_PERIOD_AFTER = /^\s*(?:(?:a|per|each|every)\s+(year|season|month|week|game|day)\b(?!\s+(?:earlier|ago|before|later|prior|after))|(annually|yearly|monthly|weekly)\b|(?:in\s+)?(?:average\s+)?(annual)\s+(?:average|value|salary|pay)\b)/i;
/** "an average annual value of more than $21 million", "an annual salary of $5 million". */
const PER_PERIOD_BEFORE = /\b(?:(annual|yearly|monthly|weekly)\s+(?:average|value|salary|pay|wage|income|earnings)|per\s+(year|season))\s+(?:of\s+)?(?:(?:more|less)\s+than\s+|about\s+|around\s+|roughly\s+|nearly\s+|at\s+least\s+|up\s+to\s+|over\s+)?(?:the\s+)?$/i;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };
/** "a five-year, $70 million contract", "eight years and $184 million": the term of the deal told before the amount. */
const TERM_BEFORE = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s*-?\s*(?:years?|seasons?)\s*(?:,|and)?\s*(?:(?:deal|contract|offer|extension|pact|proposal)\s+)?(?:(?:worth|of|for|at|valued\s+at|totaling|totalling)\s+)?(?:between\s+|about\s+|around\s+|roughly\s+|(?:more|less)\s+than\s+|up\s+to\s+|at\s+least\s+|over\s+|in\s+excess\s+of\s+)?$/i;
/** "$140 million over seven years", "$161 million (over seven years)", "$75 million for five years". */
const TERM_AFTER = /^\s*\(?\s*(?:over|for)\s+(?:the\s+(?:next\s+)?|the\s+same\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:years|seasons)\b/i;

/**
 * An amount paid per period is a rate, never a rival of a total ("$184 million or $23 million per
 * season"); an amount told with a deal's term is that deal's ("a five-year, $70 million contract" is
 * not the eight-year offer). The term is a season or a year alike; the length of a deal is no claim.
 */
export function moneyNaming(q: Pick<Quantity, 'unit'>, left: string, right: string): { measure: Measure; subject: string; subjectRule: string; rule: string } | null {
  const per = PER_PERIOD_AFTER.exec(right) ?? PER_PERIOD_BEFORE.exec(left);
  const unitPer = / per (year|season|month|week|day)$/i.exec(q.unit ?? '');
  if (per || unitPer) {
    const word = (per ? per.slice(1).find(Boolean) : unitPer![1])!.toLowerCase();
    const period = /^(?:year|season|annual|annually|yearly)$/.test(word) ? 'year' : word.replace(/ly$/, '').replace(/^dai$/, 'day');
    return { measure: 'money', subject: `amount per ${period}`, subjectRule: 'subject/amount-per-period', rule: 'measure/money-unit' };
  }
  const term = TERM_BEFORE.exec(left) ?? TERM_AFTER.exec(right);
  if (term) {
    const n = NUMBER_WORDS[term[1].toLowerCase()] ?? Number(term[1]);
    return { measure: 'money', subject: `amount over ${n} years`, subjectRule: 'subject/amount-of-term', rule: 'measure/money-unit' };
  }
  return null;
}

/**
 * A number that names a model, a version or a document rather than counting anything: "MS08-078", "AK-47",
 * "F-16", "IE version 5", "Firefox 3.0.5", "v2". Such numbers yield no claims.
 */
export function isIdentifierNumber(q: Pick<Quantity, 'span'>, text: string): boolean {
  const before = text.slice(Math.max(0, q.span[0] - 16), q.span[0]);
  const after = text.slice(q.span[1], q.span[1] + 4);
  // "MS08-078", "AK-47", "F-16": a code of capitals (or letters and digits) hyphened to the number.
  const code = /(?:^|[^\p{L}\d])([\p{L}\d]+)-$/u.exec(before)?.[1];
  if (code && (/^\p{Lu}{1,4}$/u.test(code) || (/\p{L}/u.test(code) && /\d/.test(code)))) return true;
  if (/\bversions?\s+$|\bv\.?$/i.test(before)) return true;
  // "from 3-point range", "a three-point shot", "the 2-point conversion": a kind of score, no figure.
  if (/^(?:[23]|two|three)-point$/i.test(text.slice(q.span[0], q.span[1])) && /^\s*(?:range|shots?|attempts?|line|plays?|baskets?|field\s+goals?|shooting|arc|goals?|conversions?|tries|try)\b/i.test(text.slice(q.span[1], q.span[1] + 20))) return true;
  // "Joique Bell (5-11, 220)": a player's height and weight in brackets after the name, no figure of the story.
  if (inHeightWeight(q, text)) return true;
  // "a 9-1-1 call": the last digit of an emergency number, no count.
  if (/\b9-1-$/.test(before) && text.slice(q.span[0], q.span[0] + 1) === '1') return true;
  // "41.68006 -83.56046": a map's coordinates, a degree told to four places or more, no figure of the story.
  if (/^-?\d{1,3}\.\d{4,}$/.test(text.slice(q.span[0], q.span[1]).replace(/^[−–]/, '-'))) return true;
  // "1-800-SPEAK-UP": a number glued by a hyphen to capitals after it is a telephone's or a code's.
  if (/^-\p{Lu}{2,}/u.test(after)) return true;
  // "20 Stars Deli", "21 Club": a number that opens a shop's or a bar's capitalised name is part of the name.
  if (SHOP_NAME_AFTER.test(text.slice(q.span[1], q.span[1] + 60))) return true;
  // "3.0.5": a number of three dotted parts is a version.
  return /^\.\d/.test(after) || /\d\.$/.test(before);
}

/** Capitalised words after a number that end on a shop's, a bar's or an inn's noun: the name the number opens. */
const SHOP_NAME_AFTER = /^\s+(?:\p{Lu}[\p{L}'’&-]*\s+){0,3}(?:Deli|Grocery|Market|Mart|Club|Bar|Lounge|Cafe|Café|Restaurant|Store|Shop|Motel|Inn|Hotel|Liquors?|Pizza|Diner|Grill|Tavern|Pub|Saloon)\b/u;

/** A bracket of a height in feet and inches and a weight in pounds: "(5-11, 220)", "(6-foot-4, 235 pounds)". */
const HEIGHT_WEIGHT = /\(\s*\d\s*-\s*(?:foot\s*-\s*)?\d{1,2}\s*,\s*\d{3}(?:\s*(?:pounds|lbs?\.?))?\s*\)/giu;

/** Whether the quantity at `q` stands inside a bracket of height and weight. */
function inHeightWeight(q: Pick<Quantity, 'span'>, text: string): boolean {
  const from = Math.max(0, q.span[0] - 14);
  HEIGHT_WEIGHT.lastIndex = 0;
  for (let m = HEIGHT_WEIGHT.exec(text.slice(from, q.span[1] + 20)); m; m = HEIGHT_WEIGHT.exec(text.slice(from, q.span[1] + 20))) {
    if (from + m.index <= q.span[0] && from + m.index + m[0].length >= q.span[1]) return true;
  }
  return false;
}

/** The rate named right after a batter's figure: "a .290 average", ".919 OPS", ".632 slugging percentage". */
const RATE_AFTER: readonly [RegExp, string][] = [
  [/^\s*(?:batting\s+)?(?:average|avg)\b/i, 'batting average'],
  [/^\s*OPS\b/, 'OPS'],
  [/^\s*(?:slugging\s+(?:percentage|average)|SLG)\b/i, 'slugging percentage'],
  [/^\s*(?:on-base\s+percentage|OBP)\b/i, 'on-base percentage'],
];
/** The rate named before it: "hit .358", "batted .308", "a slugging percentage of .632", "a batting average of .290". */
const RATE_BEFORE: readonly [RegExp, string][] = [
  [/\b(?:slugging\s+(?:percentage|average))\s+(?:of\s+|was\s+|is\s+|at\s+)?[.\s]*$/i, 'slugging percentage'],
  [/\bon-base\s+percentage\s+(?:of\s+|was\s+|is\s+|at\s+)?[.\s]*$/i, 'on-base percentage'],
  [/\bOPS\s+(?:of\s+|was\s+|is\s+|at\s+)[.\s]*$/, 'OPS'],
  [/\b(?:(?:batting\s+)?average\s+(?:of\s+|was\s+|is\s+|at\s+)|(?:hit|hits|hitting|batted|bats|batting)\s+)[.\s]*$/i, 'batting average'],
];

/**
 * A batter's rate (batting average, OPS, slugging or on-base percentage) is a decimal below one told in
 * thousandths: ".358". Where the text lost its point ("a career. 290 average", "hit 308 with 33 home runs"
 * after tokenising), three digits right after a point and named as a rate are read back as thousandths.
 * The period of the rate is part of its subject: a career rate, one with a team ("with the Angels"), else the season's.
 */
export function battingStat(text: string, q: Pick<Quantity, 'span' | 'text' | 'value'>, sentence: [number, number]): { value: number; subject: string } | null {
  if (typeof q.value !== 'number') return null;
  const before = text.slice(Math.max(0, sentence[0] - 12, q.span[0] - 60), q.span[0]);
  // After the digits, the unit read with them included: ". 919 OPS".
  const digitsEnd = q.span[0] + (/^\s*\.?\d+/.exec(text.slice(q.span[0], q.span[1]))?.[0].length ?? q.span[1] - q.span[0]);
  // The figure first (a number is rarely one), then the rate named beside it: either missing, there is none.
  let value: number;
  const digits = text.slice(q.span[0], digitsEnd).trim();
  if (q.value > 0 && q.value < 1 && /^0?\.\d{3}$/.test(digits)) value = q.value;
  // The point lost: "a career. 290 average", ". 919 OPS" (a point and a space right before three digits).
  else if (/^\d{3}$/.test(digits) && /[\p{L},]\s*\.\s*$/u.test(before)) value = q.value / 1000;
  else return null;
  const after = text.slice(digitsEnd, Math.min(sentence[1], digitsEnd + 80));
  const noun = RATE_AFTER.find(([re]) => re.test(after))?.[1] ?? RATE_BEFORE.find(([re]) => re.test(before))?.[1];
  if (!noun) return null;
  const clause = after.split(/[;.]/)[0];
  // "hit .358 ... with the Angels", "In 54 games with the Angels he hit .358": the team told after the rate, or before its
  // batter and verb.
  const team = /^[^,]*?\bwith\s+the\s+((?:\p{Lu}[\p{L}'’-]+\s+)*\p{Lu}[\p{L}'’-]+)/u.exec(clause)?.[1]
    ?? /\bwith\s+the\s+((?:\p{Lu}[\p{L}'’-]+\s+)*\p{Lu}[\p{L}'’-]+),?\s+(?:he|she|\p{Lu}[\p{L}'’-]+)\s+(?:hit|batted)\s+$/u.exec(before)?.[1];
  const career = /\bcareer(?![\s-]*(?:best|high|low|worst))\b[^.]{0,16}$/i.test(before.replace(/[.\s]+$/, '')) || /^\s*(?:[\p{L}]+\s+){0,2}(?:for\s+(?:his|her)\s+career|career)\b/iu.test(after.replace(/^\s*(?:batting\s+)?average|^\s*OPS/i, ''));
  // "hit .467 in the Division Series", "batted .308 last season": a series or a season the rate is of.
  const series = /^[^,]*?\bin\s+the\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}Series|(?:\p{Lu}[\p{L}'’-]*\s+)?(?:playoffs|postseason|Playoffs|Postseason))\b/u.exec(clause)?.[1];
  const season = /^[^,]*?\b(last|this)\s+season\b/i.exec(clause)?.[1]?.toLowerCase();
  const period = team ? ` with the ${team.split(/\s+/).at(-1)}` : series ? ` (${series})` : career ? ' (career)' : season ? ` (${season} season)` : '';
  return { value, subject: `${noun}${period}` };
}

/** Words just before a term of years that make it a prison term: "sentenced to", "jailed for", "gave him", "a minimum term of". */
const PRISON_TERM_BEFORE = /\b(?:sentenced\s+(?:[\p{L}'’-]+\s+){0,2}to|(?:jailed|imprisoned|locked\s+up)\s+(?:[\p{L}'’-]+\s+){0,2}for|(?:gave|give|given|giving|handed|hand|hands|received?|receiving|serve|serving|faces?|facing|get|gets|got)(?:\s+(?:him|her|them|each|a\s+further|another))?|(?:minimum|prison|jail|custodial|maximum)\s+(?:term|sentence)\s+of|sentence\s+of|term\s+of|(?:asked|asking|asks)\s+for|(?:sought|seeking|seeks|requested|recommended|demanded|demanding))\s+(?:(?:up\s+to|at\s+least|a\s+minimum\s+of|a\s+maximum\s+of|more\s+than|nearly|almost|about|an?\s+additional|another|a\s+further|an?)\s+)?$/iu;
/** Words just after it: "25 years in prison", "a 10-year sentence", "12 years' imprisonment". */
const PRISON_TERM_AFTER = /^['’]?\s*(?:in\s+(?:a\s+)?(?:state\s+|federal\s+)?(?:prison|jail|custody)|behind\s+bars|(?:of\s+)?(?:imprisonment|jail|prison)\b|(?:prison\s+|jail\s+|custodial\s+)?(?:sentence|term)\b)/i;
/** The end of a sentence before a term: a full stop after a word of two letters or more, then a capital. */
const SENTENCE_END = /(?<=[\p{L}\p{N}]{2}|[)"”’])[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu;
/** A request or a ceiling, not the sentence given: "prosecutors asked for 30 years", "faces up to 20 years". */
const PRISON_TERM_SOUGHT = /\b(?:asked|asking|asks|sought|seeking|seeks|requested|recommended|demanded|demanding)\b/i;

/**
 * A prison term in years or months, with what it is a term of: the sentence given, its minimum, or the term sought;
 * "for arson" names the charge it is for. Null when the duration is no prison term ("lived there for 30 years").
 */
export function prisonTerm(q: Pick<Quantity, 'span' | 'unit' | 'unitClass'>, text: string): { subject: string } | null {
  if (q.unitClass !== 'time' || !/^(?:year|month|week|day)$/.test(q.unit ?? '')) return null;
  const window = text.slice(Math.max(0, q.span[0] - 80), q.span[0]);
  // The sentence's words before the term: from the last full stop that is no initial's ("U.S. Attorney").
  const left = window.slice([...window.matchAll(SENTENCE_END)].at(-1)?.index ?? 0);
  const right = text.slice(q.span[1], q.span[1] + 60);
  // "sentenced to 90 days in jail", "ordered to serve 90 days in a locked facility": a term of days or weeks only where
  // the place of custody follows it ("gets 30 days to respond" is no term).
  const inFacility = /^\s*in\s+(?:a\s+|an\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}(?:facility|center|centre|institution)\b/iu.test(right);
  if (/^(?:week|day)$/.test(q.unit ?? '') && !PRISON_TERM_AFTER.test(right) && !inFacility) return null;
  const before = PRISON_TERM_BEFORE.exec(left);
  if (!before && !PRISON_TERM_AFTER.test(right)) return null;
  // "nearly 30 of his last 34 years in prison": a span of a life some of which was spent inside is no term given.
  if (!before && /\b(?:of\s+)?(?:his|her|their|the)\s+(?:last|past|first|final)\s+$/i.test(left)) return null;
  // "asked for a four-year sentence": with an article the term is told by its noun ("seeking an eight-year contract" is no term).
  if (before && /\ban?\s+$/i.test(before[0]) && !PRISON_TERM_AFTER.test(right)) return null;
  const cue = before?.[0] ?? '';
  const minimum = /\bminimum\b/i.test(cue) || /^\s*minimum\b/i.test(right) ? 'minimum ' : '';
  // "A sentence of 30 years was sought (by prosecutors)": the request told after the term.
  const soughtAfter = /^['’]?\s*(?:in\s+(?:state\s+|federal\s+)?prison\s+)?(?:was|were|is|had\s+been|has\s+been)\s+(?:sought|requested|recommended|demanded)\b(\s+by\s+[^.;,]{1,40})?/i.exec(right);
  const sought = PRISON_TERM_SOUGHT.test(cue) || soughtAfter || /\b(?:asked|sought|requested|recommended|demanded)\s+(?:for\s+)?(?:a\s+|the\s+)?(?:minimum\s+)?(?:term|sentence)\s+of\s*$/i.test(left) ? ' sought' : '';
  const charge = /^[^.;]{0,40}?\bfor\s+(?:the\s+)?(murder|manslaughter|arson|robbery|rape|assault|kidnapping|fraud|burglary|theft|attempted\s+murder)\b/i.exec(right);
  const faced = /\b(?:faces?|facing)\b/i.test(cue) ? ' faced' : '';
  const party = sought ? requester(soughtAfter?.[1] ? soughtAfter[1] : left) : '';
  // "to serve 90 days in a locked rehab facility": a term ordered in a place of care, not a prison.
  const kind = inFacility && !/\b(?:prison|jail|correctional|detention)\b/i.test(right.slice(0, 50)) ? 'term in a facility' : 'prison term';
  return { subject: `${minimum}${kind}${sought}${party}${faced}${charge ? ` for ${charge[1].toLowerCase()}` : ''}` };
}

/** Who asks for a term: the prosecution ("Prosecutors", "the state", "U.S. Attorney Dana Cole") or the defence ("her attorney", "the defense"). */
const PROSECUTION = /\b(?:prosecut(?:or|ors|ion|ing)|the\s+(?:state|government|Crown|commonwealth)|(?:U\.S\.|United\s+States|district|state['’]s|county|commonwealth['’]s)\s+attorney(?:['’]s\s+office)?|DA)\b/giu;
const DEFENCE = /\b(?:defen[cs]e(?:\s+(?:attorneys?|lawyers?|counsel|team))?|attorneys?|lawyers?|counsel|public\s+defender)\b/giu;

/**
 * The party a term sought is asked by, named last before the request in its sentence (" by prosecutors", " by the
 * defense"), or '' where none is: a term the prosecution seeks and one the defence seeks are two figures, never rivals.
 */
function requester(left: string): string {
  const last = (re: RegExp): number => {
    let at = -1;
    for (const m of left.matchAll(re)) at = m.index + m[0].length;
    return at;
  };
  const prosecution = last(PROSECUTION);
  // "U.S. Attorney Dana Cole" is the prosecution, not an attorney of the defence.
  const defence = [...left.matchAll(DEFENCE)].filter((m) => !/(?:U\.S\.|States|district|state['’]s|county|commonwealth['’]s)\s+$/iu.test(left.slice(0, m.index))).map((m) => m.index + m[0].length).at(-1) ?? -1;
  if (prosecution < 0 && defence < 0) return '';
  return prosecution > defence ? ' by prosecutors' : ' by the defense';
}

/** "landing 178 of 369 punches thrown", "completed 20 of 31 passes", "completed 20-of-32 passes", "hit 7 of 12 shots": what was made out of what was tried, a noun in the plural ("1-of-16 over those three minutes" names none). */
const MADE_OF_TRIED = /^(\d[\d,]*)(?:\s+of\s+|\s*-\s*of\s*-\s*)(?:(?:his|her|their|its)\s+)?(\d[\d,]*)\s+((?:field[\s-]goal|free[\s-]throw|(?:3|three)-point(?:er)?|shot)\s+attempts|(?:[23]-)?(?:field\s+goals|free\s+throws|[\p{Ll}-]+s))(?:\s+(thrown|attempted|taken|tried|fired))?\b/u;
/** The shots a tally's noun counts: "field goal attempts" are field goals, "3-point attempts" three-pointers, "shot attempts" shots. */
function triedNoun(noun: string): string {
  const m = /^(field[\s-]goal|free[\s-]throw|(?:3|three)-point(?:er)?|shot)\s+attempts$/i.exec(noun);
  if (!m) return noun;
  return /^field/i.test(m[1]!) ? 'field goals' : /^free/i.test(m[1]!) ? 'free throws' : /^shot$/i.test(m[1]!) ? 'shots' : 'three-pointers';
}
/** Things a player lands, throws or completes, counted alone: "landed 178 punches", "threw 369 punches", "completed 20 passes". */
const TALLIED = /^(?:punches|jabs|passes|shots|field\s+goals|free\s+throws|(?:three|3)-pointers)$/i;
const THROWN_VERB = /\b(threw|throwing|attempted|attempting)\s*$/i;
/** Nouns of what is gained, never tried: a part of them is a part of a total ("10 of his 20 points"). */
const GAINED_NOT_TRIED = /^(?:points|rebounds|assists|steals|blocks|yards|touchdowns|runs|goals|games|wins|losses|hits|strikeouts|tackles|sacks)$/;
/** A tally with its verb, then "and" right before the next: "made 12 of 18 shots from the field and ". */
const JOINED_TALLY = /\b(landed|connected|completed|made|hit|converted|scored)\s+(?:just\s+|only\s+)?\d[\d,]*\s+of\s+(?:(?:his|her|their|its)\s+)?\d[\d,]*\s+[^,;.]{1,50}?\s+and\s+$/i;
const MADE_VERB = /\b(landed|landing|connected|connecting|completed|completing|made|making|hit|hitting|converted|converting|scored|scoring)\b(?:\s+on)?(?:\s+(?:just|only|a\s+mere))?\s*$/i;

/**
 * The two figures of a tally of attempts: the number made ("178 punches landed") and the number tried ("369 punches
 * thrown"), each its own figure. Null when the quantity is neither side of such a tally.
 */
export function madeOfTried(text: string, q: Pick<Quantity, 'span' | 'unit'>, sentence: [number, number]): { subject: string } | null {
  const lead = text.slice(Math.max(sentence[0], q.span[0] - 40), q.span[0]);
  // "Hansbrough finished 7-for-14 from the field", "Green was 4-of-7 from 3-point range": a shooting line, the shots made.
  const line = SHOOTING_LINE.exec(text.slice(q.span[0], Math.min(sentence[1], q.span[0] + 60)));
  if (line) {
    // "on 4-of-14 shooting": shots from the field.
    const kind = line[2] || /^(?:field|floor)$/i.test(line[1]!) ? 'field goals' : /line$/i.test(line[1]!) ? 'free throws' : 'three-pointers';
    // "Rose, the league's MVP a year ago, went 10 for 19": the name before an apposition set off by commas.
    const name = /(\p{Lu}[\p{L}'’-]+)\s+(?:was|went|finished|shot|ended|is|were|went\s+just)\s+$/u.exec(lead)?.[1] ?? apposedOpeningName(text.slice(sentence[0], q.span[0]));
    return { subject: `${name && !/^(?:He|She|They|It|The)$/.test(name) ? `${possessive(name)} ` : ''}${kind} made` };
  }
  // "Manning was 24 of 32 for 278 yards", "went 24-for-32 for 278 yards": a passing line, the passes completed.
  if (PASSING_LINE.test(text.slice(q.span[0], Math.min(sentence[1], q.span[0] + 40)))) {
    const name = /(\p{Lu}[\p{L}'’-]+)\s+(?:was|went|finished|ended|is|were)\s+(?:just\s+|only\s+)?$/u.exec(lead)?.[1];
    return { subject: `${name && !/^(?:He|She|They|It|The)$/.test(name) ? `${possessive(name)} ` : ''}passes completed` };
  }
  // "Manning was 24 of 32 for 278 yards", "went 7-for-14 from the field": the number tried of a passing or a shooting line,
  // told after the number made, is the passes or the shots attempted.
  const tried = /(\d{1,2})\s*-?\s*(?:for|of)\s*-?\s*$/.exec(lead);
  if (tried) {
    const from = q.span[0] - tried[0].length;
    const whole = text.slice(from, Math.min(sentence[1], from + 60));
    const before = text.slice(Math.max(sentence[0], from - 40), from);
    const shots = SHOOTING_LINE.exec(whole);
    if (shots || PASSING_LINE.test(whole)) {
      const name = /(\p{Lu}[\p{L}'’-]+)\s+(?:was|went|finished|shot|ended|is|were)\s+(?:just\s+|only\s+)?$/u.exec(before)?.[1] ?? (shots ? apposedOpeningName(text.slice(sentence[0], from)) : undefined);
      const kind = !shots ? 'passes' : shots[2] || /^(?:field|floor)$/i.test(shots[1]!) ? 'field goals' : /line$/i.test(shots[1]!) ? 'free throws' : 'three-pointers';
      return { subject: `${name && !/^(?:He|She|They|It|The)$/.test(name) ? `${possessive(name)} ` : ''}${kind} attempted` };
    }
  }
  // The number made, told first: its noun comes after "of N".
  const asMade = MADE_OF_TRIED.exec(text.slice(q.span[0], Math.min(sentence[1], q.span[0] + 80)));
  const verb = MADE_VERB.exec(lead);
  // "scored 10 of his 20 points", "had 3 of the team's 5 goals": a part of a total gained, not a tally of tries.
  if (asMade && GAINED_NOT_TRIED.test(asMade[3]!)) return null;
  if (asMade && verb) return { subject: `${ownerOfTally(lead, verb.index, text, sentence[0])}${triedNoun(asMade[3]!)} ${madeWord(verb[1]!)}` };
  // "Reed made 12 of 18 shots from the field and 6 of 7 free throws": a second tally joined by "and" has the first's verb.
  const clause = text.slice(sentence[0], q.span[0]);
  const joined = asMade ? JOINED_TALLY.exec(clause) : null;
  if (asMade && joined && !GAINED_NOT_TRIED.test(asMade[3]!)) return { subject: `${ownerOfTally(clause, joined.index, text, sentence[0])}${triedNoun(asMade[3]!)} ${madeWord(joined[1]!)}` };
  // "landed 178 punches", "threw 369 punches": one side of the tally told alone.
  const unit = q.unit ?? '';
  if (TALLIED.test(unit) && !/\bof\s+(?:(?:his|her|their|its)\s+)?$/i.test(lead)) {
    const thrown = THROWN_VERB.exec(lead);
    if (thrown) return { subject: `${ownerOfTally(lead, thrown.index, text, sentence[0])}${unit.toLowerCase()} ${/^throw|^threw/i.test(thrown[1]!) ? 'thrown' : 'attempted'}` };
    if (verb && verb.index + verb[0].length >= lead.length) return { subject: `${ownerOfTally(lead, verb.index, text, sentence[0])}${unit.toLowerCase()} ${madeWord(verb[1]!)}` };
  }
  // The number tried, told after "N of".
  const before = /(\d[\d,]*)(?:\s+of\s+|\s*-\s*of\s*-\s*)(?:(?:his|her|their|its)\s+)?$/.exec(lead);
  if (before) {
    const tally = MADE_OF_TRIED.exec(text.slice(q.span[0] - before[0].length, Math.min(sentence[1], q.span[0] + 80)));
    const madeLead = text.slice(Math.max(sentence[0], q.span[0] - before[0].length - 40), q.span[0] - before[0].length);
    const made = MADE_VERB.exec(madeLead);
    if (tally && made && !GAINED_NOT_TRIED.test(tally[3]!)) return { subject: `${ownerOfTally(madeLead, made.index, text, sentence[0])}${triedNoun(tally[3]!)} ${tally[4] ?? 'attempted'}` };
    const madeClause = text.slice(sentence[0], q.span[0] - before[0].length);
    const joinedMade = tally && !made ? JOINED_TALLY.exec(madeClause) : null;
    if (tally && joinedMade && !GAINED_NOT_TRIED.test(tally[3]!)) return { subject: `${ownerOfTally(madeClause, joinedMade.index, text, sentence[0])}${triedNoun(tally[3]!)} ${tally[4] ?? 'attempted'}` };
  }
  return null;
}

/** A passing line after its first number: " of 32 for 278 yards", "-for-32 for 278 yards". */
const PASSING_LINE = /^\d{1,2}\s*-?\s*(?:for|of)\s*-?\s*\d{1,2}\s+for\s+-?\d[\d,]*\s+yards\b/i;
/** A shooting line after its first number: "-for-14 from the field", " of 7 from 3-point range", "-for-8 from the line", "-of-14 shooting". */
export const SHOOTING_LINE = /^\d{1,2}\s*-?\s*(?:for|of)\s*-?\s*\d{1,2}\s+(?:(?:from|on|at)\s+(?:the\s+)?(field|floor|(?:3|three)-point\s+range|beyond\s+the\s+arc|long\s+range|(?:free-throw\s+|foul\s+)?line)\b|(shooting)\b)/i;

/** "Klitschko landing", "Rahman connected on just": the name right before the verb, as a possessive ("Klitschko's "). */
function ownerOfTally(lead: string, verbAt: number, text: string, sentenceStart: number): string {
  const ok = (n: string | undefined): n is string => n !== undefined && !/^(?:He|She|They|It|The|A|An|In|But|And)$/.test(n);
  const name = /(\p{Lu}[\p{L}'’-]+)\s+(?:(?:also|just|only)\s+)?$/u.exec(lead.slice(0, verbAt))?.[1];
  if (ok(name)) return `${possessive(name)} `;
  // "Klitschko, who was coming off a knockout, landed 178 punches": the name that opens the sentence before a comma.
  const opening = /^\W*(\p{Lu}[\p{L}'’-]+),/u.exec(text.slice(sentenceStart, sentenceStart + 40))?.[1];
  return ok(opening) ? `${possessive(opening)} ` : '';
}

function madeWord(verb: string): string {
  const v = verb.toLowerCase();
  if (/^(?:landed|landing|connected|connecting)$/.test(v)) return 'landed';
  if (/^(?:completed|completing)$/.test(v)) return 'completed';
  if (/^(?:converted|converting)$/.test(v)) return 'converted';
  return 'made';
}


/**
 * "Indianapolis (11-4) has won eight straight", in an article that names "the Indianapolis Colts" (read as a person or
 * a body, never a place): an owner named by the words before the last of a side's longer name is the side its last
 * word names, so one side's figures never split between its city and its nickname. Rewrites owned subjects in place.
 */
export function oneNameForOwners(claims: Claim[], entities: readonly EntityMention[]): void {
  const ownerOf = (c: Claim) => (c.subject.rule === OWNER_RULE ? /^(.+?)['’]s?\s/.exec(c.subject.value)?.[1] ?? null : null);
  const alias = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.type === 'place') continue;
    const words = e.text.replace(/['’]s?$/, '').split(/\s+/);
    if (words.length < 2) continue;
    const last = words.at(-1)!;
    for (let k = 1; k < words.length; k++) (alias.get(words.slice(0, k).join(' ')) ?? alias.set(words.slice(0, k).join(' '), new Set()).get(words.slice(0, k).join(' '))!).add(last);
  }
  for (const c of claims) {
    const o = ownerOf(c);
    const to = o ? alias.get(o) : undefined;
    if (to?.size === 1) c.subject = because(`${possessive([...to][0]!)} ${c.subject.value.replace(/^.+?['’]s?\s/, '')}`, OWNER_RULE);
  }
}
