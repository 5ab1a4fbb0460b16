// A spokesperson speaks for a body: "police spokesman Frank Preciado" and "police" are one origin, never two that agree;
// so do a body's head and officers where the text ties them to it ("Police Chief John Smith", "Sheriff Ed Gonzalez").
import { POLICE_RANKS } from '../analyze/ranks.js';
import { matchesIn, runsHolding, runsOf } from './text-runs.js';

/** Role words of a person who speaks for a body rather than on their own word. */
const ROLE = String.raw`(?:spokes(?:wo)?man|spokesperson|public\s+information\s+officer|public\s+affairs\s+officer|PIO)`;
/** A rank written between the role and the name ("police spokesman Sgt. Joe Lee"). */
const POLICE_RANK = POLICE_RANKS.join('|');
const RANK = String.raw`(?:(?:${POLICE_RANK})\.?\s+|(?:Sergeant|Lieutenant|Detective|Captain|Corporal|Officer|Deputy|Commander|Inspector|Trooper|Agent)\s+)?`;
const NAME = String.raw`(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})`;
/** The body before the role: "police", "Houston Police Department", "the sheriff's office", "LAPD". */
const BODY_BEFORE = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}(?:police|sheriff(?:['’]s)?(?:\s+(?:office|department))?|department|office|patrol|PD)|(?:\p{Lu}[\p{L}'’.-]*\s+){0,5}(?:Police|Sheriff(?:['’]s)?(?:\s+(?:Office|Department))?|Department|Office|Patrol)|\p{Lu}{2,6})`;
/** The body after "a spokesman for": "the Los Angeles Police Department", "police", "the sheriff's office". */
const BODY_AFTER = String.raw`((?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,6}(?:Police|Sheriff(?:['’]s)?|Department|Office|Patrol|Bureau|Agency)(?:\s+(?:Department|Office|Bureau))?|police(?:\s+department)?|(?:the\s+)?sheriff['’]s\s+(?:office|department)|\p{Lu}{2,6})`;

const ROLE_BEFORE_NAME = new RegExp(String.raw`\b${BODY_BEFORE}\s+${ROLE}\s*,?\s+${RANK}${NAME}`, 'gu');
const NAME_THEN_ROLE_OF = new RegExp(String.raw`${NAME},\s+(?:a|an|the)\s+${ROLE}\s+(?:for|with|of|at)\s+${BODY_AFTER}`, 'gu');
const NAME_THEN_BODY_ROLE = new RegExp(String.raw`${NAME},\s+(?:a|an|the)\s+${BODY_BEFORE}\s+${ROLE}\b`, 'gu');

/**
 * A body's head or officer speaks for it as a spokesperson does, where the text ties them to it: "Police Chief John Smith",
 * "Springfield police Sgt. Joe Lee", "Harris County Sheriff Ed Gonzalez", "Chief John Smith of the Springfield Police
 * Department", "John Smith, the Springfield police chief". A chief or an officer named alone ("Chief Smith") is tied to no body.
 */
const HEAD = String.raw`(?:Chief|Assistant\s+Chief|Deputy\s+Chief|Commissioner|Superintendent|Director)`;
const HEAD_RANK = String.raw`(?:(?:${POLICE_RANK})\.?|Sergeant|Lieutenant|Detective|Captain|Corporal|Officer|Deputy|Commander|Inspector|Trooper|Agent|Chief|Assistant\s+Chief|Deputy\s+Chief|Commissioner|Superintendent)`;
/** "Springfield Police Chief John Smith", "police Sgt. Joe Lee", "LAPD Officer Ann Bell": the body, a head's title or a rank, the name. */
const BODY_RANK_NAME = new RegExp(String.raw`\b${BODY_BEFORE}\s+${HEAD_RANK}\s+${NAME}`, 'gu');
/** "Harris County Sheriff Ed Gonzalez", "Sheriff Ed Gonzalez": a sheriff speaks for the sheriff's office. */
const SHERIFF_NAME = new RegExp(String.raw`\b((?:\p{Lu}[\p{L}'’.-]*\s+){0,4})(?:Sheriff|Undersheriff)\s+(?!['’]s\b|Office|Department|Dept)${NAME}`, 'gu');
/** "Chief John Smith of the Springfield Police Department", "Sgt. Joe Lee with the sheriff's office". */
const RANK_NAME_OF = new RegExp(String.raw`\b${HEAD_RANK}\s+${NAME}\s+(?:of|with|from)\s+${BODY_AFTER}`, 'gu');
/** "John Smith, the Springfield police chief", "Ed Gonzalez, the county sheriff". */
const NAME_THEN_HEAD = new RegExp(String.raw`${NAME},\s+(?:the|a|an)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}(?:police|Police)\s+(?:chief|Chief|commissioner|Commissioner|superintendent|Superintendent)|(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}(?:county\s+|County\s+|parish\s+|Parish\s+)?(?:sheriff|Sheriff))\b(?!['’]s)`, 'gu');

/** A role word as ROLE or the heads' patterns write it, found without the patterns around it. */
const ROLE_WORD = /spokes|PIO|public\s+(?:information|affairs)\s+officer|[Cc]hief|[Ss]heriff|Sgt|Lt\.|Capt|Det\.|Cpl|Ofc|Officer|Sergeant|Lieutenant|Captain|Detective|Deputy|Commander|Trooper|Commissioner|Superintendent/u;

const lastWord = (name: string): string => name.trim().split(/\s+/).at(-1)!.toLowerCase().replace(/[.'’]+$/, '');

/**
 * The bodies a story's spokespeople speak for, keyed by the last word of their names ("preciado" ->
 * "police"): every writing of the role with a name in the texts ("police spokesman Frank Preciado",
 * "Frank Preciado, a spokesman for the Los Angeles Police Department", "Joe Lee, a police spokesman").
 */
export function spokespeople(texts: readonly string[], everyRun = false): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string, body: string) => {
    const b = body.trim().replace(/^the\s+/i, '');
    if (!b) return;
    const key = lastWord(name);
    if (key.length > 1 && !out.has(key)) out.set(key, b);
  };
  for (const text of texts) {
    // Every pattern needs a role word: texts without one are skipped unread.
    if (!ROLE_WORD.test(text)) continue;
    const runs = runsOf(text);
    const roles = runsHolding(text, runs, ROLE_LITERAL);
    const holdingRanks = runsHolding(text, runs, RANK_LITERAL);
    // (`everyRun`: in every run that holds a rank's letters, to check the reading of `rankBeforeName` against.)
    const ranks = everyRun ? holdingRanks : holdingRanks.filter(([start, end]) => rankBeforeName(text, start, end));
    for (const m of matchesIn(text, roles, ROLE_BEFORE_NAME)) add(m[2], m[1]);
    for (const m of matchesIn(text, roles, NAME_THEN_ROLE_OF)) add(m[1], m[2]);
    for (const m of matchesIn(text, roles, NAME_THEN_BODY_ROLE)) add(m[1], m[2]);
    for (const m of matchesIn(text, ranks, BODY_RANK_NAME)) add(m[2], m[1]);
    for (const m of matchesIn(text, ranks, RANK_NAME_OF)) add(m[1], m[2]);
    for (const m of matchesIn(text, runsHolding(text, runs, SHERIFF_LITERAL), SHERIFF_NAME)) add(m[2], `${m[1]}sheriff's office`);
    for (const m of matchesIn(text, runsHolding(text, runs, HEAD_LITERAL), NAME_THEN_HEAD)) add(m[1], /sheriff/i.test(m[2]) ? `${m[2].replace(/\s*sheriff$/i, '')} sheriff's office` : m[2].replace(/\s+(?:chief|commissioner|superintendent)$/i, ''));
  }
  return out;
}

/*
 * Every match of the patterns above lies within one run of text-runs.ts and holds a word its pattern cannot match
 * without: a pattern is tried in the runs that hold such a word only, which gives the same matches in the same order.
 */
/** Words without which ROLE_BEFORE_NAME, NAME_THEN_ROLE_OF and NAME_THEN_BODY_ROLE match nothing (ROLE). */
const ROLE_LITERAL = /spokes|public|PIO/g;
/** Words without which BODY_RANK_NAME and RANK_NAME_OF match nothing (HEAD_RANK). */
const RANK_LITERAL = new RegExp(`${POLICE_RANK}|Sergeant|Lieutenant|Detective|Captain|Corporal|Officer|Deputy|Commander|Inspector|Trooper|Agent|Chief|Commissioner|Superintendent`, 'g');
/** Words without which SHERIFF_NAME matches nothing. */
const SHERIFF_LITERAL = /Sheriff|Undersheriff/g;
/** Words without which NAME_THEN_HEAD matches nothing. */
const HEAD_LITERAL = /police|Police|sheriff|Sheriff/g;

/** A rank or head's title (HEAD_RANK's last word) at a place, then blanks and a capital: tried where RANK_LITERAL finds letters of one. */
const RANK_THEN_CAPITAL = new RegExp(String.raw`(?:${POLICE_RANK}|Sergeant|Lieutenant|Detective|Captain|Corporal|Officer|Deputy|Commander|Inspector|Trooper|Agent|Chief|Commissioner|Superintendent)\.?\s+\p{Lu}`, 'uy');

/**
 * Whether the run [start, end) writes a rank or a head's title as BODY_RANK_NAME and RANK_NAME_OF write it: its last word
 * (HEAD_RANK's "Chief" of "Deputy Chief") after a character that is no ASCII word character (a blank or a word boundary
 * before it), then a full stop or not, blanks and a name's capital. Every match of the two patterns holds such a writing.
 */
function rankBeforeName(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    RANK_LITERAL.lastIndex = at;
    const m = RANK_LITERAL.exec(text);
    if (m === null || m.index >= end) break;
    at = m.index;
    if (at > 0 && isAsciiWordCode(text.charCodeAt(at - 1))) continue;
    RANK_THEN_CAPITAL.lastIndex = at;
    if (RANK_THEN_CAPITAL.test(text)) return true;
  }
  return false;
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** The body a person origin speaks for, if the story names them as its spokesperson. */
export function bodyOfSpokesperson(origin: string, bodies: ReadonlyMap<string, string>): string | null {
  if (!/^\p{Lu}/u.test(origin.trim()) || /\s(?:and|or)\s/i.test(origin)) return null;
  return bodies.get(lastWord(origin)) ?? null;
}
