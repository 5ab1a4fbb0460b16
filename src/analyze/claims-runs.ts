// A run of results told by its ordinal ("won his 16th straight fight", "their fifth consecutive loss"): the run's
// length is a winning or losing streak of its owner, though an ordinal counts nothing elsewhere.
import type { Because, Claim, ClaimScope, Measure, Modality, Quantity } from '../model/analysis.js';
import { attributionFor, because, originFields, findTime, type SentenceIndex } from './claims-context.js';
import type { ClaimInput, ClaimOptions } from './claims.js';
import { findScope } from './claims-frame.js';
import { namedClauseSubject, outsideBrackets, OWNER_RULE, ownerBefore, possessive, sentenceSubject } from './claims-opentail.js';

const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20 };
/** An ordinal in digits or in words from "second" to "twentieth": its digits are the first group, its word the second. */
const ORDINAL = String.raw`(?:(\d{1,3})(?:st|nd|rd|th)|(${Object.keys(ORDINALS).join('|')}))`;
const ANY_ORDINAL = new RegExp(String.raw`\b${ORDINAL}\b`, 'i');
/** "16th straight fight", "fifth consecutive win", "third successive defeat", "10th straight title defense". */
const RUN = new RegExp(String.raw`\b${ORDINAL}\s+(?:straight|consecutive|successive)\s+(?:(?:home|road|regular[\s-]season|league|title|playoff|conference)\s+)?(wins?|victor(?:y|ies)|fights?|bouts?|games?|matches|defen[cs]es?|loss(?:es)?|defeats?)\b`, 'giu');
/** "58th victory ... and his 16th in a row": an ordinal run with no noun of its own, of the result the sentence told before it. */
const ROW_ORDINAL = new RegExp(String.raw`\b(?:his|her|their|its)\s+${ORDINAL}\s+in\s+a\s+row\b`, 'giu');
const WIN_WORD = /\b(?:victory|victories|win|wins|won|triumph)\b/i;
const LOSS_WORD = /\b(?:loss|losses|defeat|lost)\b/i;
/** A run of fights, games or matches is of wins when the verb before says so ("won his 16th straight fight"). */
const LOST_BEFORE = /\b(?:lost|loses|losing|dropped|drops|fell\s+to|suffered)\s+(?:(?:his|her|their|its|the|a)\s+)?$/i;
const WON_BEFORE = /\b(?:won|wins|winning|claimed|earned|notched|recorded|posted|captured|picked\s+up|for|extended|stretched)\s+(?:(?:his|her|their|its|the|a)\s+)?$/i;

/** A clause whose subject is a noun of a side ("the team lost its", "his club won their"), its verb right after. */
const TEAM_NOUN_SUBJECT = /\b(?:the|his|her|their)\s+(?:team|club|side|squad|franchise)\s+(?:\p{Ll}+\s+)?(?:lost|won|dropped|suffered|extended|snapped|stretched|has|had|is|was|have)\b[^,;:]*$/u;


/**
 * "his sixth defense of the IBF belt", "Klitschko's second victory over Thompson", "her third Grand Slam title": an
 * ordinal of a count a competitor or a person owns counts them so far. Not a run ("straight", "in a row": `RUN`), nor a
 * part of a game or a season ("his second season" is a time, not a count told).
 */
const OWNED_ORDINAL = new RegExp(String.raw`\b(?:(\p{Lu}[\p{L}'’-]+)['’]s?|his|her|their|its)\s+${ORDINAL}\s+(?:(?:career|NFL|NBA|NHL|league|major|Grand\s+Slam|world|heavyweight|IBF|WBA|WBC|WBO|title|championship|Super\s+Bowl)\s+){0,2}(title\s+defen[cs]es?|defen[cs]es?|victory|victories|wins?|loss(?:es)?|defeats?|titles?|championships?|crowns?|belts?|medals?|hat\s+tricks?|double-doubles?|triple-doubles?|shutouts?|knockouts?|arrests?|convictions?)\b(?!\s+(?:in\s+a\s+row|straight|consecutive))`, 'giu');
/**
 * "the city's 30th homicide this year", "the second NBA coach fired this season", "the 12th person shot this weekend": the
 * ordinal of an event of its kind in a period is the tally of them in that period so far.
 */
const TALLY_ORDINAL = new RegExp(String.raw`\b(?:the|(\p{Lu}[\p{L}'’-]+)['’]s?|(?:the\s+)?(?:city|county|state|country|league)['’]s)\s+${ORDINAL}\s+((?:fatal\s+|deadly\s+)?(?:homicides?|murders?|killings?|shootings?|slayings?)|(?:\p{L}+\s+)?coach\s+(?:to\s+be\s+)?(?:fired|dismissed|let\s+go)|(?:person|people)\s+(?:to\s+be\s+)?(?:killed|shot|slain))\s+(?:(?:in|of)\s+(?:the\s+)?(?:city|county|state|area|league)\s+)?(this|so\s+far\s+this|of\s+the|in)\s+(year|season|month|week|weekend|(?:19|20)\d\d)\b`, 'giu');
/**
 * "the fifth Saints running back placed on injured reserve this season", "the fifth Lakewood deputy slain on duty": the
 * ordinal of people of a kind that one thing befell counts them so far (in the period told, when one is). Not one who
 * did it to something ("the second officer fired gunshots", "the third man shot the clerk"): no object follows.
 */
const PEOPLE_TALLY = new RegExp(String.raw`\bthe\s+${ORDINAL}\s+((?:[\p{L}'’.-]+\s+){0,3}?(?:deput(?:y|ies)|officers?|troopers?|players?|backs?|coach(?:es)?|persons?|people|m[ae]n|wom[ae]n|child(?:ren)?|teens?|teenagers?|journalists?|soldiers?|inmates?|students?|victims?|drivers?|pitchers?|quarterbacks?|receivers?|linemen|lineman))\s+(?:to\s+(?:be|have\s+been)\s+|who\s+(?:was|has\s+been)\s+)?((?:slain|killed|shot|fired|dismissed|placed\s+on\s+(?:injured\s+reserve|IR)|arrested|charged|executed|sentenced|injured|hurt|traded|released|suspended)(?:\s+(?:on|in)\s+(?:duty|the\s+line\s+of\s+duty))?)(?:\s+(this|so\s+far\s+this|in)\s+(year|season|month|week|weekend|(?:19|20)\d\d))?\b(?=\s*(?:$|[,.;:)—–-]|(?:in|on|at|since|this|last|so|during|by|while|after|before|and|when|with|within|for|as)\b))`, 'gu');
/** A noun of people in the plural: "deputy" -> "deputies", "running back" -> "running backs", "man" -> "men". */
const plural = (words: string) => words.replace(/(\S+)$/, (w) => (/(?:s|men|people|children)$/i.test(w) ? w : /y$/i.test(w) ? `${w.slice(0, -1)}ies` : /man$/i.test(w) ? `${w.slice(0, -3)}men` : /child$/i.test(w) ? `${w}ren` : /(?:ch|sh)$/i.test(w) ? `${w}es` : w === 'person' ? 'people' : `${w}s`));
/** "the country's fourth parliamentary election", "its second referendum": the edition of a vote or a gathering named in lower case. */
const ELECTION_EDITION = new RegExp(String.raw`\b(?:the|its|their|(?:the\s+)?(?:country|nation|state|city|island)['’]s|\p{Lu}[\p{L}'’-]+['’]s)\s+${ORDINAL}\s+((?:(?:democratic|free|direct|general|national|parliamentary|presidential|legislative|local|municipal|multiparty|multi-party)\s+){0,2}(?:elections?|referendums?|referenda|polls?|congress|summit))\b`, 'giu');
/** "the 81st Academy Awards", "the 50th annual Grammy Awards": the edition of a recurring event. */
const EDITION = new RegExp(String.raw`\bthe\s+${ORDINAL}\s+(?:annual\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:Awards|Oscars|Olympics|Olympic\s+Games|Games|Festival|Congress|Summit|Super\s+Bowl|Grammys|Emmys|Open|Marathon|Biennale|World\s+Cup))\b`, 'gu');

/** Claims of the ordinals that count something told ("his sixth defense", "the 81st Academy Awards"). */
function ordinalClaims(input: ClaimInput, idx: SentenceIndex, opts: ClaimOptions, sentence: ClaimInput['sentences'][number], si: number): Claim[] {
  const out: Claim[] = [];
  // Most sentences hold no ordinal: one quick look before the patterns that need one.
  if (!ANY_ORDINAL.test(sentence.text)) return out;
  const found: { m: RegExpMatchArray; subject: string; rule: string; value: number | undefined; setting?: boolean }[] = [];
  const ordinal = (digits: string | undefined, word: string | undefined) => (digits ? Number(digits) : ORDINALS[(word ?? '').toLowerCase()]);
  for (const m of sentence.text.matchAll(OWNED_ORDINAL)) {
    const noun = m[4]!.toLowerCase().replace(/\s+/g, ' ').replace(/defen[cs]es?$/, 'defences').replace(/^(?:victory|victories|wins?)$/, 'victories').replace(/^(?:loss(?:es)?|defeats?)$/, 'losses');
    const nouns = plural(noun);
    const span0 = sentence.span[0] + m.index!;
    // The name in the possessive, else the clause's named subject or the name nearest before ("It was Klitschko's second victory").
    const owner = m[1] && !/^(?:It|This|That|The)$/.test(m[1]) ? m[1].replace(/['’]s?$/, '') : namedClauseSubject(sentence, span0) ?? ownerBefore(input, idx.entities[si], sentence, span0);
    // "over Thompson": a victory over someone is one of a pair's meetings.
    const over = /^\s+(?:over|against)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)/u.exec(sentence.text.slice(m.index! + m[0].length, m.index! + m[0].length + 40))?.[1]?.split(/\s+/).at(-1);
    const what = `${nouns}${over ? ` over ${over}` : ''}`;
    found.push({ m, value: ordinal(m[2], m[3]), subject: owner ? `${possessive(owner)} ${what}` : what, rule: owner ? OWNER_RULE : 'subject/ordinal-count' });
  }
  for (const m of sentence.text.matchAll(TALLY_ORDINAL)) {
    const kind = m[4]!.split(/\s+/).map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w.toLowerCase())).join(' ').replace(/\s+/g, ' ').replace(/\s+to\s+be\s+/, ' ').replace(/^person /, 'people ').replace(/^(?:fatal |deadly )?(homicide|murder|killing|shooting|slaying)s?$/, (_w, k: string, ...rest) => `${String(rest[0] ?? '').startsWith('fatal') ? 'fatal ' : ''}${k}s`).replace(/^(.*?)coach /, '$1coaches ');
    const period = /^\d{4}$/.test(m[6]!) ? `in ${m[6]}` : `this ${m[6]!.toLowerCase()}`;
    const owner = m[1] && !/^(?:It|This|That|The)$/.test(m[1]) ? m[1].replace(/['’]s?$/, '') : null;
    found.push({ m, value: ordinal(m[2], m[3]), subject: `${owner ? `${possessive(owner)} ` : ''}${kind} ${period}`, rule: 'subject/tally-so-far', setting: true });
  }
  for (const m of sentence.text.matchAll(PEOPLE_TALLY)) {
    // Not a tally already read by its kind and period ("the 12th person shot this weekend").
    if (found.some((f) => f.m.index === m.index)) continue;
    const period = m[6] ? (/^\d{4}$/.test(m[6]) ? ` in ${m[6]}` : ` this ${m[6].toLowerCase()}`) : '';
    found.push({ m, value: ordinal(m[1], m[2]), subject: `${plural(m[3]!.trim())} ${m[4]!.replace(/\s+/g, ' ')}${period}`, rule: 'subject/tally-so-far' });
  }
  for (const m of sentence.text.matchAll(EDITION)) found.push({ m, value: ordinal(m[1], m[2]), subject: `edition of the ${m[3]!.trim().replace(/^(?:Academy\s+Awards|Oscars)$/, 'Academy Awards')}`, rule: 'subject/edition' });
  for (const m of sentence.text.matchAll(ELECTION_EDITION)) found.push({ m, value: ordinal(m[1], m[2]), subject: `edition of the ${m[3]!.trim().toLowerCase()}`, rule: 'subject/edition' });
  for (const { m, subject, rule, value, setting } of found) {
    if (!value) continue;
    const span: [number, number] = [sentence.span[0] + m.index!, sentence.span[0] + m.index! + m[0].length];
    const measure = rule === 'subject/edition' ? because<Measure>('other:edition', 'measure/edition') : because<Measure>('other:count', rule === 'subject/tally-so-far' ? 'measure/ordinal-tally' : 'measure/ordinal-count');
    // A tally of crimes in a period is the story's setting, told beside its own event ("the city's 30th homicide this year").
    out.push(ordinalClaim(input, idx, opts, sentence, si, { span, text: m[0], value, measure, subject: because(subject, rule), unit: null, kind: 'ordinal', scope: setting ? because<ClaimScope>('background', 'scope/tally-of-period') : null }));
  }
  return out;
}

/** Claims of each run of results told by its ordinal in the article. */
export function runClaims(input: ClaimInput, idx: SentenceIndex, opts: ClaimOptions): Claim[] {
  const claims: Claim[] = [];
  input.sentences.forEach((sentence, si) => {
    if (!idx.statement[si]) return;
    claims.push(...ordinalClaims(input, idx, opts, sentence, si));
    const rows = [...sentence.text.matchAll(ROW_ORDINAL)].flatMap((m) => {
      // The result the sentence told before the run: "It was Klitschko's 58th victory ... and his 16th in a row"; none where it told both or neither.
      const told = sentence.text.slice(Math.max(0, m.index - 90), m.index);
      const [won, lost] = [WIN_WORD.test(told), LOSS_WORD.test(told)];
      if (won === lost) return [];
      // Its owner is the one whose result it goes on from: "Klitschko's 58th victory".
      const owner = /(\p{Lu}[\p{L}’'-]+)['’]s?\s+\d{1,3}(?:st|nd|rd|th)\s+(?:victory|win|loss|defeat|triumph)\b/u.exec(told)?.[1]?.replace(/['’]$/, '');
      return [Object.assign([m[0], m[1], m[2], won ? 'wins' : 'losses'] as unknown as RegExpExecArray, { index: m.index, owner }) as RegExpExecArray];
    });
    for (const m of [...sentence.text.matchAll(RUN), ...rows]) {
      const value = m[1] ? Number(m[1]) : ORDINALS[m[2]!.toLowerCase()]!;
      const noun = m[3]!.toLowerCase();
      const before = sentence.text.slice(Math.max(0, m.index - 40), m.index);
      const losing = /^(?:loss|defeat)/.test(noun) || (!rows.includes(m) && LOST_BEFORE.test(before));
      // "his 16th straight fight" with no verb of winning or losing tells no result.
      if (!losing && !/^(?:win|victor|defen)/.test(noun) && !WON_BEFORE.test(before)) continue;
      const span: [number, number] = [sentence.span[0] + m.index, sentence.span[0] + m.index + m[0].length];
      // The clause's named subject, else the person or team named nearest before ("The 32-year-old Klitschko (52-3) won his 10th consecutive bout").
      // "fired coach Tom Reyes, one day after the team lost its sixth straight game": a run whose clause names its owner
      // by a noun ("the team") is of no person named before it.
      const lead = sentence.text.slice(0, m.index);
      const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1);
      const byNoun = TEAM_NOUN_SUBJECT.test(clause);
      // "Carter scored 38 points and the Falcons beat the Rangers for their fifth consecutive victory": "their" run is of the
      // team its clause opens with, named in the plural, not of a player named before.
      const theirs = /\btheir\s+$/i.test(lead) ? /^\s*the\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]*s)\b/u.exec(clause.split(/\s+and\s+/).at(-1) ?? '')?.[1] : undefined;
      // ("Kentucky (22-4, 10-3 Southeastern Conference) won its fifth straight game": a name in brackets is an aside's; where
      // only such names stand before the run, it is of the name that opens the sentence.)
      const mentionedBefore = idx.entities[si].filter((i) => input.entities[i]!.span[1] <= span[0]);
      const named = outsideBrackets(input, mentionedBefore, sentence.span[0], span[0]);
      const owner = (m as { owner?: string }).owner ?? theirs ?? namedClauseSubject(sentence, span[0]) ?? (byNoun ? null : ownerBefore(input, named, sentence, span[0]) ?? (named.length < mentionedBefore.length ? sentenceSubject(sentence) : null));
      const kind = losing ? 'losing streak' : 'winning streak';
      claims.push(ordinalClaim(input, idx, opts, sentence, si, { span, text: m[0], value, measure: because<Measure>('other:streak', 'measure/streak-ordinal'), subject: owner ? because(`${possessive(owner)} ${kind}`, OWNER_RULE) : because(kind, 'subject/streak'), unit: noun, kind: 'streak', scope: null }));
    }
  });
  return claims;
}

/** A claim of a figure told by an ordinal at `span`: its time, scope (unless given) and origin read as any figure's. */
function ordinalClaim(input: ClaimInput, idx: SentenceIndex, opts: ClaimOptions, sentence: ClaimInput['sentences'][number], si: number, f: { span: [number, number]; text: string; value: number; measure: Because<Measure>; subject: Because<string>; unit: string | null; kind: 'ordinal' | 'streak'; scope: Because<ClaimScope> | null }): Claim {
  const time = findTime(sentence, f.span[0], input, opts, idx.dates[si]);
  const q: Quantity = { text: f.text, span: f.span, value: f.value, unit: null, unitClass: 'count', approx: null, change: null, rule: f.kind === 'streak' ? 'ordinal-run' : 'ordinal' };
  return {
    measure: f.measure,
    scope: f.scope ?? findScope(sentence, q, time, input.dates, input.published, opts.frame),
    subject: f.subject,
    predicate: because('be', `predicate/${f.kind}`),
    value: f.value,
    unit: f.unit,
    unitClass: 'count',
    approx: null,
    place: because<string | null>(null, `place/${f.kind}`),
    time,
    ...originFields(attributionFor(f.span, si, input, idx), input),
    modality: because<Modality>('asserted', `modality/${f.kind}`),
    negated: false,
    sentence: sentence.span,
    sentenceIndex: si,
  };
}
