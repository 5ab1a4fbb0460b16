// A game's final score told as a pair ("beat the Colts 20-13", "a 27-24 loss to Chicago", "the Saints' 17-14 victory
// over the Falcons"): each side's points are a figure of that side in that game, never a count, a record or a range.
import type { Because, Claim, Measure, Modality, Quantity, Sentence } from '../model/analysis.js';
import { attributionFor, because, originFields, findTime, type SentenceIndex } from './claims-context.js';
import type { ClaimInput, ClaimOptions } from './claims.js';
import { findScope } from './claims-frame.js';
import { possessive } from './claims-opentail.js';

/** The measure rule of a side's points in a game's score. */
export const SCORE_RULE = 'measure/game-score';

export interface ScoreSide { value: number; team: string | null; span: [number, number] }
export interface GameScore { span: [number, number]; winner: ScoreSide; loser: ScoreSide; /** The moment of the game a score holds at ("at halftime"), where it is no final score. */ moment?: string }

/** A team's name: up to four capitalised words ("the Indianapolis Colts", "New Orleans'", "North Carolina Tar Heels"). */
const TEAM = String.raw`((?:\p{Lu}[\p{L}.&’'-]*\s+){0,3}\p{Lu}[\p{L}&-]*)`;
/** Capitalised words that name no team: a pronoun, an article, a day, a month, a ranking word. */
const NOT_TEAM = /^(?:The|A|An|He|She|It|They|We|His|Her|Their|Its|This|That|But|And|In|On|At|After|Before|Since|With|When|Last|No|Week|Game|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
/** Verbs of a win with its loser as object: "beat", "knocked off", "edged". */
const BEAT = String.raw`(?:beat|beats|beating|defeated|defeats|defeating|downed|downs|edged|edges|edging|routed|routs|topped|tops|blanked|blanks|stunned|stuns|upset|upsets|crushed|crushes|thrashed|thrashes|outlasted|outlasts|whipped|whips|held\s+off|holds\s+off|knocked\s+off|knocks\s+off|overcame|overcomes|outscored|outscores|dumped|dumps|hammered|hammers|pounded|pounds|shut\s+out|shuts\s+out)`;
/** Nouns of a game's result after the score: "a 27-24 overtime loss", "a 52-21 thumping", "a 17-14 victory". */
const RESULT_NOUN = String.raw`(win|victory|triumph|rout|romp|thumping|drubbing|blowout|shutout|loss|defeat)`;
const LOSS_NOUN = /^(loss|losses|defeat|defeats)$/i;

/** Words after a pair that make it the points of a part of a game: "the rest of the half", "in the second quarter". */
const PART_OF_GAME = /^\s*,?\s*(?:(?:in|over|during|for)\s+)?(?:the\s+)?(?:rest\s+of\s+the\s+|final\s+|last\s+|opening\s+|first\s+|second\s+|third\s+|fourth\s+)(?:half|quarter|period|set)\b/i;

/** The moment a score holds at, right after it: "at halftime", "at the break", "after the first quarter", "after three periods", "entering the fourth". */
const MOMENT_AFTER = /^\s*,?\s*(?:(at\s+(?:halftime|half-time|the\s+half|the\s+break|intermission|the\s+interval))|(?:after|through)\s+(?:the\s+)?(first|second|third|one|two|three)\s+(?:quarters?|periods?|halves|half)|(?:going\s+into|entering|heading\s+into)\s+(?:(halftime|the\s+half|the\s+break)|the\s+(second|third|fourth|final)\s+(?:quarter|period)))\b/i;
/** A side leading or trailing right before a score: "The Falcons led", "Eastmoor trailed", "Riverton State was ahead". */
const LEAD_BEFORE = new RegExp(String.raw`${TEAM}\s+(?:(led|was\s+ahead|were\s+ahead|was\s+up|were\s+up)|(trailed|was\s+behind|were\s+behind|was\s+down|were\s+down))\s+$`, 'u');
/** A score's lead told as a noun after it: "a 41-30 halftime lead", "a 20-8 lead after the first quarter". */
const LEAD_NOUN_AFTER = /^\s+(?:(halftime|half-time)\s+)?(lead|edge|advantage|deficit)\b/i;
/** The subject that took or held such a lead: "the Falcons took a", "Riverton State held a". */
const LEAD_HOLDER_BEFORE = new RegExp(String.raw`${TEAM}\s+(?:took|held|had|built|carried|opened|enjoyed|faced)\s+an?\s+$`, 'u');
/** The moments a side's points are told at, as `momentOf` words them and their subjects end ("... at halftime"). */
export const SCORE_MOMENT_WORDS = String.raw`at halftime|after the (?:first|second|third) (?:quarter|period)`;
/** The quarter or period played through, by the words "after the first", "after two", "through three". */
const PLAYED: Record<string, string> = { one: 'first', two: 'second', three: 'third', first: 'first', second: 'second', third: 'third' };
/** The quarter or period played through, by the one entered: "entering the fourth" is after the third. */
const ENTERED: Record<string, string> = { second: 'first', third: 'second', fourth: 'third' };

/**
 * The moment a score after a side's lead holds at, in one wording for all ("at halftime", "after the first quarter"), or
 * null ("entering the final period" names no period: a game of three or of four).
 */
function momentOf(after: string, noun: string | undefined): string | null {
  const m = MOMENT_AFTER.exec(after);
  if (!m) return noun && /half/i.test(noun) ? 'at halftime' : null;
  if (m[1] || m[3]) return 'at halftime';
  const unit = /period/i.test(m[0]) ? 'period' : 'quarter';
  if (m[2]) return /half/i.test(m[0]) ? 'at halftime' : `after the ${PLAYED[m[2].toLowerCase()]} ${unit}`;
  const entered = ENTERED[m[4]!.toLowerCase()];
  return entered ? `after the ${entered} ${unit}` : null;
}

/** A side that outdid another in a count of the game, then both counts: "Quenton State outrebounded Marlow 40-29". */
const OUT_TALLY = new RegExp(String.raw`${TEAM}\s+out(rebounded|shot|gained|hit|rushed|passed)\s+(?:the\s+)?${TEAM}\s*,?\s*(\d{1,4})(\s*-\s*)(\d{1,4})\b`, 'gu');
/** The count each such verb names, and its measure. */
const OUT_KIND: Record<string, { unit: string; measure: Measure }> = {
  rebounded: { unit: 'rebounds', measure: 'other:count' }, shot: { unit: 'shots', measure: 'other:count' }, hit: { unit: 'hits', measure: 'other:count' },
  gained: { unit: 'yards', measure: 'other:yards' }, rushed: { unit: 'rushing yards', measure: 'other:yards' }, passed: { unit: 'passing yards', measure: 'other:yards' },
};

/** The team a name stands for, without its article or possessive; null when the words name no team. */
function team(words: string | undefined): string | null {
  if (!words) return null;
  const parts = words.replace(/['’]s?$/, '').split(/\s+/).filter(Boolean);
  while (parts.length && NOT_TEAM.test(parts[0]!)) parts.shift();
  if (!parts.length || parts.some((p) => NOT_TEAM.test(p))) return null;
  return parts.join(' ');
}

/**
 * The scores of games told in a sentence, each side with its team where the words name it. A pair is a score only
 * in a game's words: a verb of winning or losing before it ("beat the Colts 20-13", "the Giants won 24-17 at
 * Dallas", "lost 31-28 to the Eagles") or a result noun after it ("a 27-24 overtime loss at Chicago", "New Orleans'
 * 30-7 Oct. 19 loss at Carolina"). A jury's split ("deadlocked at 9-3"), a record ("improved to 9-14") or a
 * round's card is no score. The higher number is the winner's; the loser of a loss told with its possessor is that possessor.
 */
export function scoresIn(sentence: Sentence): GameScore[] {
  const out: GameScore[] = [];
  const re = /(?<![\d.,:/-])(\d{1,3})\s*-\s*(\d{1,3})(?![\d.]*\d|-\s*\d)/g;
  for (const m of sentence.text.matchAll(re)) {
    const a = Number(m[1]), b = Number(m[2]);
    if (a === b) continue;
    const at = m.index;
    const before = sentence.text.slice(Math.max(0, at - 90), at);
    const after = sentence.text.slice(at + m[0].length, at + m[0].length + 90);
    let winner: string | null = null, loser: string | null = null;
    let found = false;
    // "San Diego knocked off the Indianapolis Colts, 23-17", "the Colts beat the Titans 20-13".
    // "North Florida, who beat Furman 77-66": the team a relative clause of winning is set off after is the winner.
    const beat = new RegExp(String.raw`${TEAM}\s*(?:,\s*(?:who|which)\s+)?(?:[\p{Ll}]+\s+)?${BEAT}\s+(?:the\s+)?${TEAM}\s*,?\s*(?:by\s+a\s+score\s+of\s+|by\s+)?$`, 'u').exec(before);
    // "The Giants won 24-17 at Dallas", "Dallas lost 31-28 to the Eagles", "the Saints fell 13-10 in overtime to Atlanta".
    // "who were beaten at home by Boston College, 85-78": a win told in the passive names its winner after "by".
    const beaten = beat ? null : new RegExp(String.raw`\b(?:was|were|been|got)\s+(?:beaten|defeated|edged|routed|upset|topped|stunned|crushed|thrashed|blanked|downed|knocked\s+off|shut\s+out)\s+(?:[\p{Ll}]+\s+){0,3}?by\s+(?:the\s+)?${TEAM}\s*,?\s*$`, 'u').exec(before);
    const verb = beat || beaten ? null : new RegExp(String.raw`${TEAM}\s+(?:(?:[\p{Ll}]+ly|have|has|had|then)\s+)?(won|win|wins|lost|lose|loses|fell|falls)\s+(?:(?:the\s+game|their\s+game|on\s+\p{Lu}\p{Ll}+)\s+)?$`, 'u').exec(before);
    if (beat) {
      [winner, loser] = [team(beat[1]), team(beat[2])];
      found = winner !== null || loser !== null;
    } else if (beaten) {
      winner = team(beaten[1]);
      found = winner !== null;
    } else if (verb) {
      const opp = new RegExp(String.raw`^\s*,?\s*(?:in\s+(?:double\s+)?(?:overtime|OT)\s+)?(?:to|at|against|over|versus|vs\.?|in)\s+(?:the\s+)?${TEAM}`, 'u').exec(after);
      const own = team(verb[1]);
      const other = opp ? team(opp[1]) : null;
      const won = /^w/i.test(verb[2]!);
      [winner, loser] = won ? [own, other] : [other, own];
      found = own !== null;
    } else {
      // "a 27-24 overtime loss at Chicago", "the Saints 17-14 victory over the Falcons on Dec. 26", "New Orleans' 30-7 Oct. 19 loss at Carolina",
      // "the third-ranked North Carolina Tar Heels bounced back with a 108-70 rout of the College of Charleston".
      const result = new RegExp(String.raw`^\s+((?:(?:\p{Lu}\p{Ll}{2,3}\.?\s+\d{1,2}|[\p{Ll}-]+|Week\s+\d{1,2})\s+){0,3}?)${RESULT_NOUN}\b(?:\s+(to|at|against|over|in|of|versus|vs\.?)\s+(?:the\s+)?(?:(?:division|conference|rival|visiting|host|hapless|winless|unbeaten)\s+)*(?:rival\s+)?)?`, 'u').exec(after);
      if (result) {
        const opp = result[3] ? new RegExp(`^${TEAM}`, 'u').exec(after.slice(result[0].length)) : null;
        const possessor = new RegExp(String.raw`${TEAM}(?:['’]s?)?\s*$`, 'u').exec(before);
        // "the Atlanta Hawks clinched a playoff berth with a 112-104 victory": a result the clause's subject got "with a" is
        // its own ("Bush was hurt in a 27-24 loss" names no side).
        const subject = new RegExp(String.raw`(?:^|[,;]\s*(?:and\s+)?|\band\s+)(?:the\s+)?(?:(?:[\p{Ll}\d]+-ranked|No\.\s*\d{1,2})\s+)?${TEAM}\s+(?!(?:was|were|is|are|been|had\s+been)\s)(?:[\p{Ll}'’-]+\s+){1,10}?with\s+an?\s+(?:[\p{Ll}-]+\s+)?$`, 'u').exec(before);
        const own = possessor && /\p{Lu}/u.test(possessor[1]!) && !/\b(?:a|an)\s*$/i.test(before) ? team(possessor[1]) : subject ? team(subject[1]) : null;
        const other = opp ? team(opp[1]) : null;
        // "a 108-70 rout of Charleston", "their defeat of the Bears": a result "of" a side is a win over it.
        const lost = LOSS_NOUN.test(result[2]!) && result[3] !== 'of';
        [winner, loser] = lost ? [other, own] : [own, other];
        found = own !== null || other !== null;
      }
    }
    // "The Falcons led 41-30 at halftime", "Eastmoor trailed 41-30 at the break", "took a 41-30 halftime lead": a side's
    // score at a moment of the game, each side's points then, never the final score.
    let moment: string | null = null;
    if (!found) {
      const lead = LEAD_BEFORE.exec(before);
      const noun = lead ? null : LEAD_NOUN_AFTER.exec(after);
      const holder = noun ? LEAD_HOLDER_BEFORE.exec(before) : null;
      const own = lead ? team(lead[1]) : holder ? team(holder[1]) : null;
      moment = own ? momentOf(noun ? after.slice(noun[0].length) : after, noun?.[1]) : null;
      if (own && moment) {
        const trailing = lead ? !!lead[3] : /deficit/i.test(noun![2]!);
        [winner, loser] = trailing ? [null, own] : [own, null];
        found = true;
      }
    }
    // "outscored Evansville 22-10 the rest of the half": the points of a part of the game, no final score.
    if (!found || PART_OF_GAME.test(after)) continue;
    const start = sentence.span[0] + at;
    const first = { value: a, span: [start, start + m[1]!.length] as [number, number] };
    const second = { value: b, span: [start + m[0].length - m[2]!.length, start + m[0].length] as [number, number] };
    const [hi, lo] = a > b ? [first, second] : [second, first];
    out.push({ span: [start, start + m[0].length], winner: { ...hi, team: winner }, loser: { ...lo, team: loser }, ...(moment ? { moment } : {}) });
  }
  return out;
}


/** A side's points keyed by the game: "Saints' points against Falcons", "Chicago's points", "points against Chicago". */
export function sideSubject(own: string | null, other: string | null): string {
  if (own) return `${possessive(own)} points${other ? ` against ${other}` : ''}`;
  return other ? `points against ${other}` : 'points';
}

/** One side's figure of a game (its points, its count of rebounds or yards): asserted, placed by the game alone. */
function sideClaim(measure: Because<Measure>, subject: Because<string>, predicateRule: string, value: number, unit: string, unitClass: string, at: { scope: Claim['scope']; time: Claim['time']; origin: Pick<Claim, 'origin' | 'attribution'>; sentence: Sentence; si: number }): Claim {
  return {
    measure,
    scope: at.scope,
    subject,
    predicate: because('be', predicateRule),
    value,
    unit,
    unitClass,
    approx: null,
    // The sides name the game; a place of the sentence ("division rival Denver") would name another.
    place: because<string | null>(null, 'place/game-score'),
    time: at.time,
    ...at.origin,
    modality: because<Modality>('asserted', 'modality/game-score'),
    negated: false,
    sentence: at.sentence.span,
    sentenceIndex: at.si,
  };
}

/** Claims of each side's points of each game's score in the article. */
export function scoreClaims(input: ClaimInput, idx: SentenceIndex, opts: ClaimOptions, records: readonly [number, number][] = []): { claims: Claim[]; spans: [number, number][] } {
  const claims: Claim[] = [];
  const spans: [number, number][] = [];
  // The sides of the article's final scores: a side unnamed at a moment of the game is the other side of the final that
  // names the one told ("The Falcons led 41-30 at halftime" after "Riverton State beat the Falcons" names Riverton State).
  // (Each sentence's scores are read once, for the finals and for the claims below.)
  const scores = input.sentences.map((sentence, si) => (idx.statement[si] ? scoresIn(sentence) : []));
  const finals = scores.flat().filter((s) => !s.moment && s.winner.team && s.loser.team);
  // ("The Harriers led 10-6 at halftime" after "the Millburg Harriers clinched ... with a 27-20 victory over the Corliss
  // Stags": a side named by the last words of a final's side is that side.)
  const names = (final: string, own: string) => final === own || final.endsWith(` ${own}`) || own.endsWith(` ${final}`);
  const otherSide = (own: string): string | null => {
    const sides = new Set(finals.flatMap((f) => (names(f.winner.team!, own) ? [f.loser.team!] : names(f.loser.team!, own) ? [f.winner.team!] : [])));
    return sides.size === 1 ? [...sides][0]! : null;
  };
  input.sentences.forEach((sentence, si) => {
    if (!idx.statement[si]) return;
    for (const s of scores[si]!) {
      if (s.moment) {
        const own = s.winner.team ?? s.loser.team!;
        const other = otherSide(own);
        if (s.winner.team) s.loser.team = other; else s.winner.team = other;
      }
      if (records.some(([a, b]) => s.span[0] < b && a < s.span[1])) continue;
      spans.push(s.span);
      const origin = attributionFor(s.span, si, input, idx);
      const time = findTime(sentence, s.span[0], input, opts, idx.dates[si]);
      const q: Quantity = { text: input.text.slice(s.span[0], s.span[1]), span: s.span, value: 0, unit: null, unitClass: 'score', approx: null, change: null, rule: 'score' };
      const scope = findScope(sentence, q, time, input.dates, input.published, opts.frame);
      for (const [side, other] of [[s.winner, s.loser], [s.loser, s.winner]] as const) {
        const subject = because(`${sideSubject(side.team, other.team)}${s.moment ? ` ${s.moment}` : ''}`, s.moment ? 'subject/score-side-at-moment' : 'subject/score-side');
        claims.push(sideClaim(because<Measure>('other:points', SCORE_RULE), subject, 'predicate/game-score', side.value, 'points', 'score', { scope, time, origin: originFields(origin, input), sentence, si }));
      }
    }
    // "Quenton State outrebounded Marlow 40-29", "Denver outgained Jacksonville 400-310": each side's count of the kind the
    // verb names, the higher the subject's.
    for (const t of sentence.text.matchAll(OUT_TALLY)) {
      const own = team(t[1]), rival = team(t[3]);
      const kind = OUT_KIND[t[2]!.toLowerCase()];
      if (!own || !rival || !kind) continue;
      const span: [number, number] = [sentence.span[0] + t.index + t[0].length - t[4]!.length - t[5]!.length - t[6]!.length, sentence.span[0] + t.index + t[0].length];
      if (records.some(([a, b]) => span[0] < b && a < span[1])) continue;
      spans.push(span);
      const [hi, lo] = [Math.max(Number(t[4]), Number(t[6])), Math.min(Number(t[4]), Number(t[6]))];
      const origin = attributionFor(span, si, input, idx);
      const time = findTime(sentence, span[0], input, opts, idx.dates[si]);
      const q: Quantity = { text: input.text.slice(span[0], span[1]), span, value: hi, unit: kind.unit, unitClass: 'count', approx: null, change: null, rule: 'side-tally' };
      const scope = findScope(sentence, q, time, input.dates, input.published, opts.frame);
      for (const [name, value] of [[own, hi], [rival, lo]] as const) {
        claims.push(sideClaim(because<Measure>(kind.measure, 'measure/side-tally'), because(`${possessive(name)} ${kind.unit}`, 'subject/owner-noun'), 'predicate/side-tally', value, kind.unit, 'count', { scope, time, origin: originFields(origin, input), sentence, si }));
      }
    }
  });
  return { claims, spans };
}
