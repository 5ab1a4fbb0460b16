// Claims without a quantity: victims told one by one, counts of 0 ("no one was hurt"), dated events and denials.
import type { Claim, EntityMention, Measure, Modality, Sentence } from '../model/analysis.js';
import { earlierMonthNear, findScope } from './claims-frame.js';
import {
  attributionFor, because, findModality, findPlace, findTime, isNegated, isRefusal, isReleaseDateline, isShouted, mentionName, negatesPredicate, speakerName,
  type Origin, type SentenceIndex,
} from './claims-context.js';
import type { ClaimInput, ClaimOptions } from './claims.js';
import { datelineLength } from '../model/dateline.js';
import { allCountOf, allDied, correctedAt, countVictims, ofThatOtherCase, peopleOfAnotherTime, RETRACTED, ordinalDeath, ordinalHurt, pastSentence, sameName, shootersKilled, SUICIDE_ATTEMPTED, SUICIDE_RULE, tellsHarm, tollMayHoldShooter, victimOrdinal, victimsOfSentence, zeroCounts, zeroSpan, type Victim } from './victims.js';

/** A person right after "fired": a role or a name ("coach Lovie Smith", "its chief executive", "Smith on Monday"); not shots, a gun or "at". */
const PERSON_FIRED_AFTER = /^\s+(?:(?:its|their|his|her|the|head|assistant|longtime|embattled)\s+)*(?:coach|manager|employees?|workers?|staff(?:ers)?|chief|CEO|executive|director|president|teacher|editor|aide|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:on|after|as|in|for|and|,|\.))/u;

/**
 * Victims told one by one become a count per article ("a 16-year-old was killed" and "his
 * mother is in serious condition": 1 killed, 1 injured), and "no one was hurt" a count of 0,
 * unless the article states a larger number for the measure itself.
 */
const NEGATION = /\b(?:not|no|never|neither|nor)\b|n't/i;

/** Words of harm, for a sentence that may tell other people harmed. */
const HARM_WORDS = /\b(?:shot|shooting|shootings|wounded|wounds?|injur\w*|hurt|kill\w*|dead|died|deaths?|hospitali[sz]ed|victims?|fatal\w*|gunfire)\b/i;
/** People beyond one: plural people, "another", "both", a count of people ("two were shot", "three young men"); not a name's possessive ("Children's Hospital"). */
const OTHERS_HARMED = /\b(?:victims|others|people|persons|men|women|teens|teenagers|children|kids|boys|girls|adults|brothers|sisters|siblings|both|another|(?:second|third)\s+(?:victim|person|man|woman|boy|girl|teen)|(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+(?:[\w-]+\s+)?(?:were|are|have|had|victims|people|persons|men|women|others|teens|children|kids|boys|girls|adults))\b(?!['’]s\b)/i;

const HARM_WORDS_ALL = new RegExp(HARM_WORDS.source, 'gi');
const OTHERS_HARMED_ALL = new RegExp(OTHERS_HARMED.source, 'gi');

/** The event named by its noun after a determiner: "the shooting", "that shooting". */
const THE_EVENT = /\b(?:the|this|that|a)\s+shooting\b(?!\s+(?:victims?|deaths?))/gi;

/** A word of harm of what might be and was not ("could still get those weapons and hurt somebody"). */
const MIGHT_HARM = /\b(?:could|would|might|can)\s+(?:(?:still|also|easily)\s+)?(?:(?!have\b|been\b)[\w-]+\s+){0,5}?(?:hurt|kill|shoot|injure)\b/gi;

/**
 * Whether a sentence tells of other people harmed: people beyond one told near a word of harm, within 60 characters
 * of one another ("two others were wounded", "killing two people"); not people who only heard, found or were called
 * ("other people in the area heard something that was likely gunfire", "called several people to go check on him and
 * they found the teenager with a gunshot wound"), nor harm that might be.
 */
function othersHarmedIn(text: string): boolean {
  // "home alone when the shooting happened": the event named by its noun harms no one the sentence names.
  const t = text.replace(MIGHT_HARM, ' ').replace(THE_EVENT, ' ');
  if (!HARM_WORDS.test(t)) return false;
  const harms = [...t.matchAll(HARM_WORDS_ALL)].map((m) => [m.index!, m.index! + m[0].length, m[0]] as const);
  for (const m of t.matchAll(OTHERS_HARMED_ALL)) {
    const [a, b] = [m.index!, m.index! + m[0].length];
    // Before the people, only a verb harms them ("killed two others"); "The victim and another teen" names a bystander.
    if (/^victims?$/i.test(m[0]) || harms.some(([x, y, w]) => (x >= b && x - b <= 60 && !/\b(?:heard|found|called|saw|told)\b/i.test(t.slice(b, x))) || (y <= a && a - y <= 30 && !/^(?:victims?|deaths?|shootings?)$/i.test(w)))) return true;
  }
  return false;
}

/** "one of the victims", "one of the initial victims": one of a set of people told before. */
const ONE_OF_SET = /\bone\s+of\s+(?:the\s+|those\s+|these\s+)?(?:[\w-]+\s+)?(?:victims|dead|people|men|women)\b/i;

/**
 * Claims of the victims an article tells one by one. `listed`: the lines of other events (`otherEventLines`), as the
 * claims pass found them for the same article.
 */
export function victimClaims(input: ClaimInput, quantityClaims: readonly Claim[], idx: SentenceIndex, listed: ReadonlyMap<number, string>): Claim[] {
  const victims: Victim[] = [];
  const zeros = new Map<'killed' | 'injured', number>();
  const ordinal = { n: 0, si: -1, rule: '' };
  // The people shot counted by the ordinal of one hurt ("A fifth victim ... was struck by gunfire").
  const ordinalShot = { n: 0, si: -1 };
  // The sentence that tells all of a number of people died ("Paramedics pronounced all three dead"), and the number.
  const allDead = { n: 0, si: -1 };
  const elsewhere = new Set<string>();
  // Entries of a dated list of other events and other stories' headlines tell none of the story's victims (victims.ts).
  // Harm told only in sentences of an earlier time ("arrested at 17 in connection with a killing" in 1933, "the 1999
  // killing of an underboss") is a life story's, no harm of the article's own.
  const harmTold = tellsHarm(input.text) && input.sentences.some((s) => tellsHarm(s.text) && !pastSentence(s.text, input.published));
  // "Journi Johnson, 2, was shot and killed in December": a month told right after the victim's words, not the month of
  // publication, is another shooting's.
  const ofAnotherMonth = new Set<string>();
  const monthAfter = (v: Victim) => { const text = input.sentences[v.sentenceIndex].text; const at = text.indexOf(v.words); return at >= 0 && earlierMonthNear(text.slice(at, at + v.words.length + 45), input.published); };
  input.sentences.forEach((s, si) => {
    if (!idx.statement[si] || RETRACTED.test(s.text) || listed.has(si) || ofThatOtherCase(s.text, input.sentences[si - 1]?.text)) return;
    // Victims told before an authority's "but ... not" in the same sentence are taken back by it.
    const cut = correctedAt(s.text);
    const told = victimsOfSentence(s, si, input.entities, idx.entities[si], input.published ?? null, harmTold).filter((v) => cut < 0 || !(s.text.indexOf(v.words) >= 0 && s.text.indexOf(v.words) < cut));
    victims.push(...told);
    // Only a sentence that tells no victim of its own names people of another time.
    if (told.length === 0) for (const n of peopleOfAnotherTime(s, input.entities, idx.entities[si], input.published ?? null, earlierMonthNear(s.text, input.published))) elsewhere.add(n);
    else if (told.every(monthAfter)) for (const v of told) if (v.name) ofAnotherMonth.add(v.name);
    for (const z of zeroCounts(s)) if (!zeros.has(z)) zeros.set(z, si);
    const all = allDied(s);
    const ownDays = !earlierMonthNear(s.text.slice(0, 40), input.published);
    for (const [n, rule] of [[ordinalDeath(s), 'measure/ordinal-victim-died'], [all, 'measure/all-victims-died']] as const) {
      if (n !== null && n > ordinal.n && ownDays) Object.assign(ordinal, { n, si, rule });
    }
    if (all !== null && all > allDead.n && ownDays) Object.assign(allDead, { n: all, si });
    const hurt = ordinalHurt(s);
    if (hurt !== null && hurt > ordinalShot.n && ownDays) Object.assign(ordinalShot, { n: hurt, si });
  });
  // "In March Michael DiMattia was shot to death": a month named alone, not the month of publication, is another shooting.
  const dated = (v: Victim) => { const sp = input.sentences[v.sentenceIndex].span; return input.dates.some((d) => d.span[0] >= sp[0] && d.span[1] <= sp[1]); };
  // A round-up of many shootings ("four teens were wounded in two separate shootings"): victims told one by one in it are of
  // several shootings, never one toll to sum.
  // Those told before the round-up's first sentence are the article's own event ("A 7-year-old boy was killed ... The woman was
  // also shot ... He was one of three people killed and 27 wounded over an eight-hour stretch").
  const roundUpAt = Math.min(...quantityClaims.filter((c) => c.scope.rule === 'scope/round-up').map((c) => c.sentenceIndex));
  // A person told shot on an earlier day ("On Friday night, one-year-old Antonio Rucker Jr. was ... killed") is of another
  // shooting wherever the article names them again ("Antonio was pronounced dead").
  const onEarlierDay = toldOnEarlierDay(victims, input);
  const earlier = new Set([...onEarlierDay].flatMap(nameWords));
  const ofEarlierDay = (v: Victim) => onEarlierDay.has(v) || nameWords(v).some((w) => earlier.has(w));
  // "Police say a man shot his girlfriend before turning the shotgun on himself ... wounded in the attempted murder-suicide":
  // the shooter told turning the gun on himself is none of the dead where the article calls the suicide attempted.
  const suicideTried = SUICIDE_ATTEMPTED.test(input.text);
  // A victim told at another time: in a sentence that opens on another month, or named where another time's people were.
  const anotherTime = (v: Victim) => earlierMonthNear(input.sentences[v.sentenceIndex].text.slice(0, 40), input.published) || (v.name !== null && [...elsewhere].some((n) => sameName(n, v.name!)) && !dated(v));
  // Only where the article tells victims of its own (not counting one "accidentally shot", who may be any of the dead): a
  // follow-up ("Fryberg ... seriously wounded another in October") tells those of its story's month.
  const ownMonth = victims.some((v) => v.rule !== 'measure/victim-described-shot-object' && !monthAfter(v) && !(v.name && ofAnotherMonth.has(v.name)) && !anotherTime(v));
  const ofMonthBefore = (v: Victim) => ownMonth && (monthAfter(v) || (v.name !== null && [...ofAnotherMonth].some((n) => sameName(n, v.name!)) && !dated(v)));
  const counted = countVictims(victimsOfTheEvent(victims.filter((v) => v.sentenceIndex < roundUpAt && !(suicideTried && v.rule === SUICIDE_RULE)), input).filter((v) => !anotherTime(v) && !ofMonthBefore(v) && !ofEarlierDay(v)));
  const out: Claim[] = [];
  const published = input.published ? input.published.slice(0, 10) : null;
  const statedOf = (m: string) => quantityClaims.filter((c) => c.measure.value === m && c.scope.value === 'event' && typeof c.value === 'number');
  const most = (cs: readonly Claim[]) => Math.max(0, ...cs.map((c) => c.value as number));
  // "A man was shot on Elm Street ... He is in stable condition": an article that tells one person harmed and no word of
  // any other (no plural people, no count, no "another") tells one alone; a figure all of whose tellings are such reads
  // as exactly one (claim-words.ts).
  // "Three people were found dead ... Neighbors said a fourth person was also shot" where the article counts four dead:
  // a victim named by an ordinal no higher than the dead told is one of them, not someone hurt beside them.
  const deadTold = Math.max(most(statedOf('killed')), ordinal.n);
  // "one of the initial victims was shot inside the house and another was shot outside": "another" of the victims just named.
  const anotherOfSet = (v: Victim) => {
    const text = input.sentences[v.sentenceIndex].text;
    const at = text.indexOf(v.words);
    return /^another\b/i.test(v.words) && at > 0 && ONE_OF_SET.test(text.slice(0, at));
  };
  // "Police found three people dead ... All three suffered gunshot wounds": all of the dead told, by their wounds, where the
  // article counts no hurt of that number.
  const allTheDead = (v: Victim) => !v.alive && deadTold > 0 && allCountOf(v) === deadTold && !statedOf('injured').some((c) => c.value === deadTold);
  // "Solomon and Kenney were shot ... Paramedics pronounced all three dead": the people told shot before all of them are
  // told dead, no more of them than that number, are of the dead.
  const diedSince = (v: Victim) => !v.alive && v.sentenceIndex < allDead.si && counted.killed.length + counted.injured.length <= allDead.n;
  counted.injured = counted.injured.filter((v) => { const o = victimOrdinal(v.words); return (o === null || o > deadTold) && !(deadTold > 0 && anotherOfSet(v)) && !allTheDead(v) && !diedSince(v); });
  // "accidentally shot himself and his two daughters ... seriously injured one of his daughters and killed the other": the
  // dead of such a shot are among the others it hit, who are hurt only less them.
  // Those of them already told dead one by one ("his 2-year-old daughter died") were merged with the dead (`countVictims`).
  const ownShotOthers = (v: Victim) => v.rule === 'measure/victim-described-self-shot' ? Number(/\((\d+)\)$/.exec(v.words)?.[1] ?? 0) : 0;
  const hitByOwnShot = counted.injured.filter((v) => ownShotOthers(v) > 0);
  const ownShotListed = Math.max(0, ...victims.map(ownShotOthers));
  const unmerged = counted.killed.length - (ownShotListed - hitByOwnShot.length);
  if (unmerged > 0 && hitByOwnShot.length > 0) {
    const dead = new Set(hitByOwnShot.slice(0, unmerged));
    counted.injured = counted.injured.filter((v) => !dead.has(v));
  }
  const alone = counted.killed.length + counted.injured.length === 1 && !input.sentences.some((s, si) => idx.statement[si] && !listed.has(si) && othersHarmedIn(s.text));
  for (const status of ['killed', 'injured'] as const) {
    const list = counted[status];
    const stated = statedOf(status);
    const max = most(stated);
    // "Four people were shot ... Allen, Daniels and Williams were injured": victims told one by one, fewer than the people the
    // article says were shot less those of the other status, are some of them: a floor.
    const other = status === 'killed' ? 'injured' : 'killed';
    const fewerThanShot = list.length > 0 && list.length + Math.max(most(statedOf(other)), counted[other].length) < most(statedOf('shot'));
    const zeroAt = zeros.get(status);
    const n = list.length;
    if (n === 0 && (zeroAt === undefined || stated.length > 0)) continue;
    // Victims told one by one count only where the article states no number of its own.
    if (n > 0 && stated.length > 0) continue;
    const si = n > 0 ? list[0].sentenceIndex : (zeroAt as number);
    const sentence = input.sentences[si];
    // "..., but authorities say no one was hurt": a count of 0 is the word of whoever the sentence says told it, as any
    // figure is; so are victims all told in one sentence ("A 16-year-old girl died early Saturday ..., according to the
    // Wichita Police Dept."). Victims told one by one over several sentences stay the outlet's count.
    const zero = n === 0 ? zeroSpan(sentence.text, status) : null;
    const told = zero ?? (n > 0 && list.every((v) => v.sentenceIndex === si) ? wordsIn(sentence.text, list[0].words) : null);
    const said = told ? attributionFor([sentence.span[0] + told[0], sentence.span[0] + told[1]], si, input, idx) : null;
    const origin = said && !said.denied ? because(said.name, said.rule) : because(input.outlet ?? 'the outlet', 'origin/outlet-unattributed');
    out.push({
      // A hurt victim told alive ("is in stable condition") is no killed victim before death: the rule says so for key figures.
      measure: because(status, n > 0 ? (list.some((v) => v.alive || (status === 'injured' && v.other)) || (status === 'injured' && counted.killed.some((v) => v.other)) ? 'measure/victim-described-survivor' : list[0].rule) : `measure/no-one-${status}`),
      scope: because('event', 'scope/default-event'),
      // A lone victim stays a floor for the verdicts (others may be told elsewhere); the rule says the article told one alone.
      subject: because('victims', n === 1 && alone ? 'subject/victims-described-alone' : n > 0 ? 'subject/victims-described' : 'subject/victims-none'),
      predicate: because(status === 'killed' ? 'kill' : 'injure', 'predicate/victim-cue'),
      value: n,
      unit: 'persons',
      unitClass: 'persons',
      approx: n > 0 && (n < Math.max(2, max) || fewerThanShot || list.some((v) => v.some)) ? 'at-least' : null,
      place: because<string | null>(null, 'place/none-after-quantity'),
      time: because<string | null>(published, published ? 'time/published' : 'time/unknown'),
      origin,
      ...(said && !said.denied && said.attribution !== undefined ? { attribution: said.attribution } : {}),
      modality: because<Modality>('asserted', n > 0 ? 'modality/victims-counted' : 'modality/no-one'),
      negated: n === 0,
      sentence: sentence.span,
      sentenceIndex: si,
    });
  }
  // "A fourth victim ... has died", "all four ... have now died": the dead counted by the last one's ordinal or as all of them, a count of its own.
  if (ordinal.si >= 0) out.push(countClaim(input, ordinal.si, ordinal.n, ordinal.rule, published));
  // "Four victims were struck by gunfire ... A fifth victim who was struck by gunfire was found later": the people shot at
  // least the ordinal of the last one told hurt, where the article states no more shot than that.
  if (ordinalShot.si >= 0 && most(statedOf('shot')) < ordinalShot.n && most(statedOf('injured')) + most(statedOf('killed')) < ordinalShot.n) {
    out.push({ ...countClaim(input, ordinalShot.si, ordinalShot.n, 'measure/ordinal-victim-hurt', published), measure: because('shot', 'measure/ordinal-victim-hurt'), predicate: because('shoot', 'predicate/victim-cue'), approx: 'at-least' });
  }
  // "No one remains missing", "all have been accounted for": the missing down to none, where the article counts no missing of its own.
  const noneMissing = input.sentences.findIndex((s, si) => idx.statement[si] && !listed.has(si) && ZERO_MISSING.test(s.text));
  if (noneMissing >= 0 && !quantityClaims.some((c) => c.measure.value === 'missing' && c.scope.value === 'event')) {
    const zero = ZERO_MISSING.exec(input.sentences[noneMissing].text)!;
    const at = input.sentences[noneMissing].span[0] + zero.index;
    const said = attributionFor([at, at + zero[0].length], noneMissing, input, idx);
    out.push({
      ...countClaim(input, noneMissing, 0, 'measure/no-one-missing', published),
      measure: because('missing', 'measure/no-one-missing'),
      subject: because('victims', 'subject/victims-none'),
      predicate: because('miss', 'predicate/victim-cue'),
      origin: said && !said.denied ? because(said.name, said.rule) : because(input.outlet ?? 'the outlet', 'origin/outlet-unattributed'),
      modality: because<Modality>('asserted', 'modality/no-one'),
      negated: true,
    });
  }
  // "a quadruple shooting": the people shot, dead and hurt together, once per article, from the first sentence that names it.
  const multiple = input.sentences.findIndex((s, si) => idx.statement[si] && !listed.has(si) && !RETRACTED.test(s.text) && multipleShooting(s.text) !== null);
  if (multiple >= 0 && !quantityClaims.some((c) => c.measure.value === 'shot' && c.scope.value === 'event')) {
    out.push({ ...countClaim(input, multiple, multipleShooting(input.sentences[multiple].text)!, 'measure/multiple-shooting', published), measure: because('shot', 'measure/multiple-shooting'), predicate: because('shoot', 'predicate/victim-cue') });
  }
  return out;
}

const TUPLE: Record<string, number> = { double: 2, triple: 3, quadruple: 4, quintuple: 5 };
/** "a quadruple shooting", "the triple shooting": one shooting that hit so many people. Not one of an earlier time ("a triple shooting last year"). */
const MULTIPLE_SHOOTING = /\b(double|triple|quadruple|quintuple)[-\s]shootings?\b/i;
const OTHER_TIME = /\b(?:last|previous|earlier|prior|another|years?\s+ago|months?\s+ago|in\s+(?:19|20)\d\d|since)\b/i;

/** The people a sentence tells shot as a multiple shooting ("a quadruple shooting": 4), or null. */
export function multipleShooting(text: string): number | null {
  const m = MULTIPLE_SHOOTING.exec(text);
  if (!m) return null;
  // Words of another time right around the name make it an earlier shooting, not the story's.
  if (OTHER_TIME.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40))) return null;
  return TUPLE[m[1].toLowerCase()];
}

const KILLER_BEFORE = /\b(?:killed|killing|kills|murdered|murdering|shot\s+and\s+killed|fatally\s+shot|gunned\s+down)\s+(?:at\s+least\s+|all\s+|the\s+)?$/i;
const KILLER_AFTER = /^[^.;]{0,80}?\bby\s+(?:an?\s+|the\s+|two\s+)?(?:[\w-]+\s+)?(?:gunm[ae]n|shooters?|assailants?|attackers?|suspects?)\b/i;

/**
 * A toll of the victims, stated where the article also tells the shooters killed by others ("14
 * people were killed"; "two suspects were killed in the exchange"), counts them too: 16. Not a toll
 * whose sentence names the shooter or a suicide (it may hold them already), nor a count of the shooters.
 */
export function addShootersKilled(input: Pick<ClaimInput, 'sentences' | 'text' | 'quantities'>, claims: Claim[]): void {
  // Only an article that states a toll of its own is read for shooters killed.
  if (!claims.some((c) => c.measure.value === 'killed' && c.quantity !== undefined && c.scope.value === 'event')) return;
  const shooters = shootersKilled(input.sentences);
  if (!shooters) return;
  for (const c of claims) {
    if (c.measure.value !== 'killed' || c.scope.value !== 'event' || typeof c.value !== 'number' || c.value <= 0 || c.quantity === undefined) continue;
    if (c.measure.rule.startsWith('measure/victim-described') || c.measure.rule.startsWith('measure/no-one') || c.measure.rule.includes('shooter')) continue;
    if (tollMayHoldShooter(c.subject.value) || tollMayHoldShooter(input.sentences[c.sentenceIndex].text)) continue;
    // Only a toll told as the shooters' doing ("a gunman killed three", "killed by assailants") leaves them out of it.
    const q = input.quantities[c.quantity];
    const s = input.sentences[c.sentenceIndex];
    if (!KILLER_BEFORE.test(input.text.slice(Math.max(s.span[0], q.span[0] - 40), q.span[0])) && !KILLER_AFTER.test(input.text.slice(q.span[1], s.span[1]))) continue;
    c.value += shooters.n;
    c.measure = because(c.measure.value, `${c.measure.rule}+shooter-killed`);
    // "three officers" and the gunman are four people, not four officers.
    c.subject = because('people', 'subject/toll-with-shooters');
  }
}

/** "No one remains missing", "nobody is unaccounted for", "all 40 passengers have been accounted for": none missing. Not "no one else". */
const ZERO_MISSING = /\b(?:no[ -]one|nobody)\s+(?:(?:is|was|are|were|remains?|remained)\s+)?(?:still\s+)?(?:missing|unaccounted\s+for)\b|\b(?:everyone|all\s+(?:[\p{L}\d-]+\s+){0,3}?)(?:has|have)\s+(?:now\s+)?been\s+accounted\s+for\b/iu;

function countClaim(input: ClaimInput, si: number, n: number, rule: string, published: string | null): Claim {
  return {
    measure: because('killed', rule),
    scope: because('event', 'scope/default-event'),
    subject: because('victims', 'subject/victims-described'),
    predicate: because('kill', 'predicate/victim-cue'),
    value: n,
    unit: 'persons',
    unitClass: 'persons',
    approx: null,
    place: because<string | null>(null, 'place/none-after-quantity'),
    time: because<string | null>(published, published ? 'time/published' : 'time/unknown'),
    origin: because(input.outlet ?? 'the outlet', 'origin/outlet-unattributed'),
    modality: because<Modality>('asserted', 'modality/victims-counted'),
    negated: false,
    sentence: input.sentences[si].span,
    sentenceIndex: si,
  };
}

const dayOf = (d: string): number => Date.parse(d.length === 7 ? `${d}-15` : d.length === 4 ? `${d}-07-01` : d.slice(0, 10)) / 86_400_000;

/**
 * Victims of the article's own shooting: the first victim sentence that names a date sets the
 * event's day; a victim told in a sentence dated a month or more before it ("In March, a man was
 * shot to death a block away") is of an earlier shooting.
 */
export function victimsOfTheEvent(victims: readonly Victim[], input: Pick<ClaimInput, 'sentences' | 'dates'>, days = 30): Victim[] {
  const datesOf = (si: number): number[] => {
    const sp = input.sentences[si].span;
    return input.dates.filter((d) => d.span[0] >= sp[0] && d.span[1] <= sp[1] && d.precision !== 'year').map((d) => dayOf(d.value)).filter((n) => !Number.isNaN(n));
  };
  let ref: number | null = null;
  const out: Victim[] = [];
  for (const v of victims) {
    const ds = datesOf(v.sentenceIndex);
    if (ds.length === 0) { out.push(v); continue; }
    if (ref === null) { ref = Math.min(...ds); out.push(v); continue; }
    if (Math.max(...ds) < ref - days) continue;
    out.push(v);
  }
  return out;
}

/** "North Korea denies doing so": a sentence whose subject, a named entity, is followed by a denial verb. */
export function denialBySubject(sentence: Sentence, entities: readonly EntityMention[], candidates: readonly number[]): { mention: number } | null {
  const toks = sentence.tokens;
  for (let i = 0; i < Math.min(toks.length, 8); i++) {
    if (!/^den(y|ies|ied)$/i.test(toks[i].text)) continue;
    // "Judge Mary Poe denied the motion", "The board denied his request": a refusal of a thing asked, no denial of a claim.
    if (isRefusal(sentence.text, [toks[i].span[0] - sentence.span[0], toks[i].span[1] - sentence.span[0]])) continue;
    const before = toks[i - 1]?.text.toLowerCase() === 'has' || toks[i - 1]?.text.toLowerCase() === 'have' ? i - 1 : i;
    const subject = candidates.find((i) => toks[before - 1] && entities[i].span[1] === toks[before - 1].span[1]);
    if (subject !== undefined) return { mention: subject };
  }
  return null;
}

const OWN_NEGATION = /\b(?:we|i)(?:['’](?:re|m|ve|ll|d)|\s+(?:are|am|was|were|do|did|have|had|will|would|shall|should|can|must))?\s*(?:n['’]t|\s+not|\s+never)\s+(?:(?:be|been|being|going\s+to|ever|[a-z]+ing)\s+)?$/i;
const COPULA_NEGATION = /(?:['’](?:re|m)|\b(?:are|am|was|were))\s+(?:not|never)\s+$/i;

/**
 * Whether the words before a predicate deny the speaker's own act: a first-person subject, the negation, then the
 * predicate ("we are not considering", "I didn't shoot", "we will never send"). After a bare copula the predicate must
 * be a verb ("we're not holding"), not a noun or an adjective ("we're not numbers"). Not "not yet": what has not
 * happened yet is told, not denied.
 */
export function ownActDenied(before: string, predicate: string): boolean {
  if (/\bnot\s+yet\b|\byet\s+to\b/i.test(before.slice(-30))) return false;
  if (!OWN_NEGATION.test(before)) return false;
  return !COPULA_NEGATION.test(before) || /(?:ing|ed|en)$/i.test(predicate);
}

/**
 * A negated verb's object that makes the words a stance, not an act denied: "we are not taking any chances", "we're not
 * taking sides", "we won't take anything for granted", "we are not giving up".
 */
const STANCE_AFTER = /^\s*(?:any\s+|no\s+)?(?:chances?|risks?|sides|anything\s+for\s+granted|(?:this|it)\s+lightly|up|no\s+for\s+an\s+answer)\b/i;

/** Dated events without a quantity ("North Korea blowing up sections of roads on Oct 15"), and denials. */
/** A sentence that ends as a question, inside quote marks or not, with or without its speaker after ('..?" he asked.'). */
/** A sentence that opens by saying something is not known ("It's not clear whether ...", "It is unclear what ..."). */
const OPEN_QUESTION = /^\W*it(?:'s|’s|\s+is|\s+was|\s+remains|\s+remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?(?:immediately\s+)?(?:clear|known)|unclear|unknown)\b/i;
const QUESTION_END = /\?\s*(?:["”’']\s*(?:,?\s*[^"“”.?!]{0,60}?\b(?:said|says|asked|asks|wondered|wonders)\b[^"“”.?!]{0,40})?)?[.!]?\s*$/;

export function eventClaims(input: ClaimInput, quantityClaims: readonly Claim[], opts: ClaimOptions, idx: SentenceIndex): Claim[] {
  const out: Claim[] = [];
  const lex = opts.lexicon;
  const withQuantity = new Set(quantityClaims.map((c) => c.sentenceIndex));
  input.sentences.forEach((sentence, si) => {
    // A caption may date an event for the timeline ("..., Oct. 17, in this photo"); grouping leaves it out.
    if (withQuantity.has(si) || idx.chrome[si] || isShouted(sentence.text)) return;
    const dates = idx.dates[si].map((i) => input.dates[i]).filter((d) => d.span[1] <= sentence.span[1] && d.precision !== 'year');
    // "Both were denied bond", "a letter denying his request": a refusal, not a denial (`isRefusal`).
    const denial = idx.cues[si].find((i) => /^den(y|ies|ied|ying)/i.test(input.attributions[i].cue.text) && input.attributions[i].cue.span[1] <= sentence.span[1] && !isRefusal(input.text, input.attributions[i].cue.span)) ?? -1;
    const denier = denial < 0 ? denialBySubject(sentence, input.entities, idx.entities[si]) : null;
    if (dates.length === 0 && denial < 0 && !denier && !NEGATION.test(sentence.text)) return;
    // "Where are the people that were lined up last Sunday?": a question asks; it tells no event of its day.
    if (QUESTION_END.test(sentence.text) && denial < 0 && !denier) return;
    // "It's not clear what Gaines' relationship with the baby is, or whether ... during the March traffic stop": what is
    // not known is no event of its day either.
    if (OPEN_QUESTION.test(sentence.text) && denial < 0 && !denier) return;
    // A negated predicate ("we are not considering sending troops") is what the sentence says, before any other.
    const predicates = sentence.tokens.map((t) => ({ t, lemma: lex.predicates.get(t.text.toLowerCase()) })).filter((x) => x.lemma);
    const predicate = predicates.find((x) => negatesPredicate(sentence, x.t, lex)) ?? predicates[0];
    // A negation denies only when a party says it of its own act, in its own words ("'We are not
    // considering sending troops,' Kim said"), not when a sentence tells what did not happen ("she
    // recounts not being able to hold her baby", "police had not yet arrested a suspect", "'He would
    // not hurt his child,' Thompson said") or what a thing is not ("'We're not numbers'").
    const said = attributionFor(sentence.span, si, input, idx);
    const ownWords = said?.attribution !== undefined && predicate !== undefined && ownActDenied(input.text.slice(sentence.span[0], predicate.t.span[0]), predicate.t.text) && !STANCE_AFTER.test(input.text.slice(predicate.t.span[1], sentence.span[1]));
    const negatedEvent = predicate !== undefined && negatesPredicate(sentence, predicate.t, lex) && ownWords;
    if (dates.length === 0 && denial < 0 && !denier && !negatedEvent) return;
    const predStart = predicate?.t.span[0] ?? sentence.span[1];
    // A dateline's place or agency ("LOS ANGELES (Reuters) -") is no actor of the event.
    const opening = sentence.span[0] + datelineLength(sentence.text);
    const inSentence = idx.entities[si].map((i) => ({ e: input.entities[i], i })).filter(({ e }) => e.span[1] <= sentence.span[1] && e.span[0] >= opening);
    const actorIdx = (inSentence.find(({ e }) => e.span[1] <= predStart) ?? inSentence[0])?.i ?? -1;
    let origin: Origin = attributionFor(sentence.span, si, input, idx) ?? { name: input.outlet ?? 'the outlet', rule: 'origin/outlet-unattributed', denied: false };
    let predicateLemma = predicate?.lemma ?? null;
    let predicateRule = predicate ? 'predicate/first-in-sentence' : 'predicate/none-found';
    // "The Bears fired coach Lovie Smith", "fired its chief executive": fired a person is dismissed, no shot.
    if (predicate?.lemma === 'fire' && PERSON_FIRED_AFTER.test(input.text.slice(predicate.t.span[1], predicate.t.span[1] + 40))) { predicateLemma = 'dismiss'; predicateRule = 'predicate/fired-a-person'; }
    if (denial >= 0) {
      const a = input.attributions[denial];
      origin = { name: speakerName(a, input.entities, input.text, idx.entities[si]) ?? a.speaker?.text ?? origin.name, rule: 'origin/denial-speaker', attribution: denial, denied: true };
      // "North Korea denies doing so": the denied act is the previous sentence's predicate.
      if (!predicateLemma && si > 0) {
        const prev = input.sentences[si - 1].tokens.map((t) => lex.predicates.get(t.text.toLowerCase())).find(Boolean);
        if (prev) { predicateLemma = prev; predicateRule = 'predicate/denied-previous-sentence'; }
      }
    }
    if (denier) {
      origin = { name: mentionName(input.entities, denier.mention), rule: 'origin/denial-subject', denied: true };
      if (!predicateLemma && si > 0) {
        const prev = input.sentences[si - 1].tokens.map((t) => lex.predicates.get(t.text.toLowerCase())).find(Boolean);
        if (prev) { predicateLemma = prev; predicateRule = 'predicate/denied-previous-sentence'; }
      }
    }
    const negated = predicate ? negatesPredicate(sentence, predicate.t, lex) : false;
    const isDenial = denial >= 0 || denier !== null || (negated && ownWords);
    // A release's dateline dates the release, not the event the sentence tells after it.
    const date = dates.find((d) => !isReleaseDateline(input.text, sentence, d)) ?? dates[0];
    const time = date ? because<string | null>(date.value, 'time/sentence-date') : findTime(sentence, sentence.span[0], input, opts, idx.dates[si]);
    out.push({
      measure: because<Measure>('event', 'measure/dated-event'),
      scope: findScope(sentence, null, time, input.dates, input.published, opts.frame),
      subject: actorIdx >= 0 ? because(mentionName(input.entities, actorIdx), 'subject/first-entity') : because(sentence.text.slice(0, 40), 'subject/sentence-start'),
      predicate: because(predicateLemma ?? 'be', predicateRule),
      place: findPlace(sentence, sentence.span[0], [0, 0], input.entities, idx.entities[si]),
      time,
      origin: because(origin.name, origin.rule),
      ...(origin.attribution !== undefined ? { attribution: origin.attribution } : {}),
      modality: isDenial ? because<Modality>('denied', negated && denial < 0 && !denier ? 'modality/negated-predicate' : 'modality/denial-cue') : findModality(sentence, sentence.span[0], sentence.span[1], false, opts),
      negated: isNegated(sentence, sentence.span[0], sentence.span[1], lex),
      sentence: sentence.span,
      sentenceIndex: si,
    });
  });
  return out;
}


/**
 * "A little girl is recovering after she was shot Sunday night. ... On Friday night, one-year-old Antonio Rucker Jr. was
 * accidentally shot and killed": a victim told in a sentence that opens with a day before the earliest day the article's
 * first victim is told with is of another, earlier shooting.
 */
function toldOnEarlierDay(victims: readonly Victim[], input: ClaimInput): Set<Victim> {
  if (victims.length === 0) return new Set();
  const first = Math.min(...victims.map((x) => x.sentenceIndex));
  const daysIn = (si: number, opening: boolean) => {
    const sp = input.sentences[si]!.span;
    return input.dates.filter((d) => d.precision === 'day' && d.span[0] >= sp[0] && d.span[1] <= sp[1] && (!opening || d.span[0] - sp[0] <= 12)).map((d) => d.value).sort();
  };
  const lead = daysIn(first, false)[0];
  if (lead === undefined) return new Set();
  return new Set(victims.filter((v) => {
    if (v.sentenceIndex === first) return false;
    const opens = daysIn(v.sentenceIndex, true)[0];
    return opens !== undefined && opens < lead;
  }));
}

/** The words of a victim's name that tell them apart, lower-cased: its resolved name's, else the capitalised words it is told with (not suffixes). */
function nameWords(v: Victim): string[] {
  const words = v.name ?? v.words.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).join(' ');
  return words.split(/\s+/).filter((w) => w.length > 2 && !/^(?:Jr|Sr|III|II|IV|The|His|Her|Their)\.?$/i.test(w)).map((w) => w.toLowerCase());
}

/** Where a victim's words stand in their sentence, spaced as the sentence spaces them ("A 16 - year-old girl" in "A 16-year-old girl"); null when they are not there. */
function wordsIn(text: string, words: string): [number, number] | null {
  const tokens = words.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return null;
  const m = new RegExp(tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*')).exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}
