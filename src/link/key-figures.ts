// Key figures: the few figures a reader needs first (killed, injured, troops planned and deployed...), each taken from one claim group with its history.
import type { ClaimGroup, KeyFigure, KeyFigurePoint, Telling } from '../model/dossier.js';
export { mostToldTelling } from './lead-value.js';
import { seriesInWords, seriesTellings, frameLabel, valueInWords, valuesTold } from './claim-words.js';
import { byTime, mostToldTelling } from './lead-value.js';
import { leadingTelling, toldAsLater } from './verdicts.js';
import { isRunningOpenTail } from './claim-frame.js';
import { isAddedOthers, isPartTelling, numberAt } from './count-parts.js';
import { hasTrait, KEY_FIGURE_MEASURES } from '../model/measures.js';
import { tellsHarm } from '../analyze/victims.js';

const point = (t: Telling): number => (Array.isArray(t.value) ? t.value[1] : (t.value as number));

export interface KeyFigureOptions {
  /** Measures that make key figures, most important first (set by hand: what a reader of a shooting, a disaster or a deployment asks first). */
  measures: readonly string[];
  /** At most this many figures lead a story. */
  max: number;
}

export const defaultKeyFigureOptions: KeyFigureOptions = {
  measures: KEY_FIGURE_MEASURES,
  max: 6,
};

function history(tellings: readonly Telling[]): KeyFigurePoint[] {
  // Consecutive tellings of one value by one origin are one point, dated by the first of them that
  // states a date (as the group's statement tells it).
  const points: KeyFigurePoint[] = [];
  for (const t of tellings) {
    if (t.value === null) continue;
    const last = points.at(-1);
    if (last && JSON.stringify(last.value) === JSON.stringify(t.value) && last.origin === t.origin) {
      if (!last.articleIds.includes(t.articleId)) last.articleIds.push(t.articleId);
      last.asOf ??= t.asOf;
      continue;
    }
    points.push({ value: t.value, asOf: t.asOf, origin: t.origin, articleIds: [t.articleId] });
  }
  return points;
}

// A described hurt count of at most this many, beside a death, is taken for the dead before they died.
const INJURED_DROP_MAX = 1;
const outletsOf = (g: ClaimGroup) => new Set(g.tellings.map((t) => t.outlet ?? t.articleId)).size;

/** Whether the latest value revises an earlier one of the same origin (the NIS: 1,500, later about 3,000). */
function revisedBySameOrigin(tellings: readonly Telling[], latest: Telling): boolean {
  const origin = (t: Telling) => t.originEntityId ?? t.origin;
  return tellings.some((t) => t.value !== null && origin(t) === origin(latest) && JSON.stringify(t.value) !== JSON.stringify(latest.value) && byTime(t, latest) < 0);
}

/** A toll told as having risen or as complete: "bringing the death toll to three", "a fourth victim ... has died", "all four have now died". */
const RISEN = /\b(?:bringing|brings|brought|raising|raises|raised|rose|risen|rises|climbed|climbs|pushing|pushed)\s+(?:the\s+)?(?:total\s+|overall\s+)?(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|fatalities|victims|people\s+killed))\b/i;
// "A man injured in October ... where two teenagers were fatally shot, died Monday": the toll and the one who died since.
const isRise = (t: Telling): boolean => typeof t.value === 'number' && (t.rules.measure === 'measure/ordinal-victim-died' || t.rules.measure === 'measure/all-victims-died' || t.rules.measure.endsWith('+hurt-one-died-after') || RISEN.test(t.sentence));

/**
 * The latest toll told as risen, when it is above the value the figure would lead with: a death
 * told as the last of several ("a fourth victim has died") outdates the earlier count however
 * many outlets repeated it.
 */
export function risenTelling(tellings: readonly Telling[], lead: Telling): Telling | null {
  if (typeof lead.value !== 'number') return null;
  const rises = tellings.filter(isRise).sort(byTime);
  const last = rises.at(-1);
  return last && (last.value as number) > lead.value ? last : null;
}

/** A telling its own article takes back: "Early reports said one person had died, but that proved to be incorrect". */
const TAKEN_BACK = /\b(?:proved|proven|turned\s+out|was|were|is|are)\s+(?:to\s+(?:be|have\s+been)\s+)?(?:incorrect|wrong|false|erroneous|inaccurate|mistaken|untrue)\b/i;

/** A link to another story in the page ("RELATED: Accident at West Texas oil rig leaves two workers dead"). */
const LINK_LINE = /^\W*(?:related|read\s+more|more|also\s+read|see\s+also|watch|recommended)\s*:/i;

/**
 * The figure in words. Only an `updated` series reads as a change over time ("1,500 (Oct 18, NIS) →
 * about 3,000 (Oct 23, NIS)"); any other figure states its leading value with its date and origins,
 * and the other values told beside it as rivals ("rival values: 5 (Jan 2, WPTV)") when the verdict is
 * `contested`, or as "also told" otherwise, never with an arrow that would read as a change.
 */
export function figureStatement(g: ClaimGroup, lead: Telling): string {
  const label = frameLabel(g.frame, g.subject, g.predicate, g.place, g.tellings.map((t) => t.sentence), g.tellings.flatMap((t) => (typeof t.value === 'number' ? [t.value] : [])));
  if (g.verdict === 'updated') return `${label}: ${seriesInWords(seriesTellings(g.tellings, g.frame))}`;
  return `${label}: ${valuesTold(g.tellings, lead, g.verdict, g.frame)}`;
}

function figureOf(g0: ClaimGroup): KeyFigure | null {
  // A telling taken back in its own sentence states nothing.
  const kept = g0.tellings.filter((t) => !TAKEN_BACK.test(t.sentence) && !LINK_LINE.test(t.sentence));
  if (!kept.some((t) => t.value !== null)) return null;
  const g = kept.length === g0.tellings.length ? g0 : { ...g0, tellings: kept };
  // An update's latest value is its latest reading (an article's count, not a part it tells beside it).
  const reading = g.verdict === 'updated' && g.latestValue !== null ? g.tellings.filter((t) => JSON.stringify(t.value) === JSON.stringify(g.latestValue)).at(-1) : undefined;
  const latest = reading ?? leadingTelling(g.tellings);
  // An origin's own revision leads; otherwise the value most articles tell (outlets that differ
  // without revising one another are more often misreading than updating).
  // A toll of dead told lower later is a part or a slip unless its words correct it (the dead do not come back).
  const most = mostToldTelling(g.tellings, g.frame);
  const fallOfDead = (t: Telling) => g.frame.measure === 'killed' && most !== null && point(t) < point(most) && !toldAsLater(t);
  const told = latest && g.verdict === 'updated' && revisedBySameOrigin(g.tellings, latest) && !fallOfDead(latest) ? latest : most;
  if (!told || told.value === null) return null;
  const risen = g.frame.measure === 'killed' ? risenTelling(g.tellings, told) : null;
  const lead = risen ?? told;
  if (lead.value === null) return null;
  return {
    measure: g.frame.measure,
    stance: g.frame.stance === 'planned' ? 'planned' : 'actual',
    subject: g.subject,
    statement: figureStatement(g, lead),
    rule: `${risen ? 'key-figure/toll-risen' : 'key-figure/most-told-group'}; ${g.verdictRule}`,
    value: lead.value,
    asOf: lead.asOf ?? lead.published,
    verdict: g.verdict,
    origins: g.origins,
    history: history(g.tellings),
    claimGroupId: g.id,
  };
}

/** Groups of the figure a deal, a court or a protest story turns on, in the order they lead (see `keyFigures`). */
const STORY_TERMS: readonly ((g: ClaimGroup) => boolean)[] = [
  (g) => g.frame.measure === 'money' && (g.frame.subject === 'deal' || g.frame.subject.startsWith('deal-of:')),
  (g) => g.frame.measure === 'money' && g.frame.subject === 'per-share:offer',
  (g) => g.frame.measure === 'other:prison-term' && g.subject === 'prison term',
  (g) => g.frame.measure === 'money' && g.frame.subject === 'stolen',
  (g) => g.frame.measure === 'other:crowd',
  (g) => g.frame.measure === 'other:job-cuts',
  (g) => g.frame.measure === 'other:mass' && g.tellings.some((t) => t.rules.subject === 'subject/mass-of'),
];

/** "four counts of murder", "two charges": counts of a charge are no people; a reader of a shooting does not need them first. */
// Charges framed as charges (`frameSubject`: "charge:all", "charge:murder") are never people charged.
const chargeCounts = (g: ClaimGroup): boolean => g.frame.measure === 'charged' && (g.frame.subject.startsWith('charge:') || /\b(?:counts?|charges?)\b/i.test(`${g.frame.subject} ${g.subject}`) || g.tellings.some((t) => /\b(?:counts?|charges?)\b/i.test(t.unit ?? '')));

/** A story article's headline, read for the toll when no sentence of the articles states one. */
export interface Headline { articleId: string; title: string; outlet: string | null; published: string | null }

const SMALL_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// Not an age ("4-Year-Old Critically Wounds 3-Year-Old").
const HEAD_NUMBER = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?!\s*-?\s*(?:years?|months?|weeks?|yr)\b)`;
// "leaves 1 dead, injures five", "2 teens killed", "Three shot, one fatally".
const HEAD_DEAD_N = new RegExp(String.raw`\b${HEAD_NUMBER}\s+(?:[\p{L}-]+\s+){0,2}?(?:dead|killed|slain|die|died)\b`, 'iu');
// "Boyle County man dies after accidental shooting", "Teen Fatally Shot In Head", "Armed suspect dies".
const HEAD_DEAD_ONE = /\b(?:dies|died|killed|fatally\s+shot|shot\s+dead|shot\s+and\s+killed|shot\s+to\s+death|slain|found\s+dead|is\s+dead|pronounced\s+dead)\b/i;
const HEAD_OBITUARY = /\b(?:dies|died|dead|passes\s+away|passed\s+away)(?:\s+(?:in|on)\s+[^,;:|]{1,40}?)?\s+at\s+(?:age\s+)?\d{2,3}\b(?!\s*(?:mph|miles|km|feet|ft|a\.?m|p\.?m))/i;
const HEAD_NOT = /\b(?:no\s+one|nobody|not|nearly|almost|could|would|charged|arrested|sentenced|trial|guilty|plea|pleads|convicted|indicted|years?\s+ago|anniversary|remember|remembered|vigil|funeral)\b/i;
// "3 dead, 5 hurt in South Side shootings", "4 killed, 16 wounded in Wednesday shootings across Chicago", "6 Hurt in 2
// Downtown Minneapolis Shootings", "7 wounded in city shootings": a toll of several shootings, no one
// shooting's toll.
const HEAD_ROUND_UP = /\b(?:separate|multiple|several|pair\s+of|(?:two|three|four|five|\d)\s+(?:[\p{L}-]+\s+){0,2}shootings|weekend\s+shootings|sides?\s+shootings|(?:city|citywide|city-wide|area|county|overnight)\s+shootings)\b|\bshootings\b[^|]{0,40}\b(?:across|around|throughout|sides)\b/iu;
const HEAD_HURT_N = new RegExp(String.raw`\b(?:${HEAD_NUMBER}\s+(?:(?![\p{L}-]+ly\b)[\p{L}-]+\s+){0,2}?(?:injured|hurt|wounded)|(?:injures|injuring|wounds|wounding)\s+${HEAD_NUMBER})\b`, 'iu');
const num = (w: string) => SMALL_NUMBERS[w.toLowerCase()] ?? Number(w);
// "Teen Killed, Another Wounded": one hurt beside the dead.
const HEAD_ANOTHER_HURT = /\b(?:another|a\s+second)\s+(?:[\p{L}-]+\s+)?(?:wounded|injured|hurt|shot)\b/iu;
// "16-Year-Old Accidentally Shot", "Officer shot during pursuit", "Girl shoots herself in the hand", "12-year-old injured by stray bullet".
const HEAD_HURT_ONE = /\b(?:shot|wounded|injured|hurt|shoots?\s+(?:himself|herself)|struck\s+by\s+(?:a\s+)?(?:stray\s+)?(?:bullet|gunfire))\b(?!\s+(?:at|dead|and\s+killed|to\s+death|fired))/i;
const HEAD_MANY = new RegExp(String.raw`\b(?:${HEAD_NUMBER}|several|multiple|many|two|both|dozens?|people|men|women|teens|children|kids|victims|officers|students|others)\b|\bdouble\b|\btriple\b`, 'i');

// "Second body found in burned home": the ordinal of a body found counts the dead found so far.
const ORDINAL_NUMBERS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };
const HEAD_BODY_NTH = /\b(second|third|fourth|fifth|sixth)\s+(?:body|bodies)\s+(?:(?:is|was|has\s+been)\s+)?(?:found|discovered|recovered|located|pulled)\b/i;

/** Whether a headline tells one person hurt, with no count and no death ("16-Year-Old Accidentally Shot"). */
export function headlineOneHurt(title: string): boolean {
  const t = title.split(/\s+[|–-]\s+(?=[^|–-]*$)/)[0];
  return !HEAD_NOT.test(t) && !HEAD_DEAD_N.test(t) && !HEAD_DEAD_ONE.test(t) && HEAD_HURT_ONE.test(t) && !HEAD_MANY.test(t.replace(/\b\d{1,2}-years?-old\b/gi, ''));
}

/** The toll a headline tells ("Shootout ... leaves 1 dead, injures five": 1 killed, 5 injured), or nothing. */
export function headlineToll(title: string): { killed?: number; injured?: number } {
  const t = title.split(/\s+[|–-]\s+(?=[^|–-]*$)/)[0];
  // "Esther Williams dies at 91", "Mark Felt, 'Deep Throat' of Watergate, dead at 95", "dies in federal prison at 81": an age
  // at death is an obituary's, no toll.
  if (HEAD_NOT.test(t) || HEAD_ROUND_UP.test(t) || HEAD_OBITUARY.test(t)) return {};
  const out: { killed?: number; injured?: number } = {};
  const d = HEAD_DEAD_N.exec(t);
  const body = HEAD_BODY_NTH.exec(t);
  if (d) out.killed = num(d[1]);
  else if (body) out.killed = ORDINAL_NUMBERS[body[1].toLowerCase()];
  // "Hollywood's mermaid Esther Williams dies": a death told with no harm at all is an obituary's, no toll.
  // ("Juvenile Dies After Morgantown Man Allegedly Mishandles Handgun": a death told with its cause is a toll; "Mob boss
  // dies; ordered 11 killings": a crime of a record is no cause.)
  else if (HEAD_DEAD_ONE.test(t) && (HEAD_DEAD_ONE.test(t.replace(/\b(?:dies|died)\b/gi, ' ')) || tellsHarm(t) || !/\b(?:dies|died)\s*(?:$|[,:;|–—-])/i.test(t))) out.killed = 1;
  const h = HEAD_HURT_N.exec(t);
  if (h) out.injured = num(h[1] ?? h[2]);
  else if (out.killed !== undefined && HEAD_ANOTHER_HURT.test(t)) out.injured = 1;
  return out;
}

/**
 * A figure from the headlines, where no sentence of the story states one: the value most headlines
 * tell (the larger on a tie), with the headlines as its history.
 */
function headlineFigure(measure: 'killed' | 'injured', headlines: readonly Headline[]): KeyFigure | null {
  const told = headlines.map((h) => ({ h, v: headlineToll(h.title)[measure] })).filter((x): x is { h: Headline; v: number } => x.v !== undefined);
  if (told.length === 0) return null;
  const votes = new Map<number, number>();
  for (const x of told) votes.set(x.v, (votes.get(x.v) ?? 0) + 1);
  const value = [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  const from = told.filter((x) => x.v === value);
  return {
    measure, stance: 'actual', subject: 'people',
    statement: `People ${measure}: ${valueInWords(value, null, null)} (headline: "${from[0].h.title}")`,
    rule: 'key-figure/headline', value, asOf: from[0].h.published, verdict: from.length > 1 ? 'corroborated' : 'single-origin',
    origins: [...new Set(from.map((x) => x.h.outlet ?? 'an unnamed outlet'))],
    history: from.map((x) => ({ value, asOf: x.h.published, origin: x.h.outlet ?? 'an unnamed outlet', articleIds: [x.h.articleId] })),
    claimGroupId: '',
  };
}

const headOf = (title: string): string => title.split(/\s+[|–-]\s+(?=[^|–-]*$)/)[0];

/**
 * The casualty groups as the story's own articles tell them, where the story also holds round-ups of several shootings
 * ("4 killed, 16 wounded in Wednesday shootings across Chicago", or a toll a sentence sets over several shootings): a
 * round-up's counts are of many shootings, most of them not the story's: a casualty group told only by round-ups is
 * left out of the figures. A group the story's other articles also tell keeps all its tellings (the round-up may tell
 * the story's own shooting among the others); where every article is a round-up, nothing is left out.
 */
export function withoutRoundUps(groups: readonly ClaimGroup[], headlines: readonly Headline[]): readonly ClaimGroup[] {
  const roundUps = new Set<string>();
  for (const g of groups) for (const t of g.tellings) if (t.rules.scope === 'scope/round-up' && hasTrait(g.frame.measure, 'victims')) roundUps.add(t.articleId);
  for (const h of headlines) if (HEAD_ROUND_UP.test(headOf(h.title))) roundUps.add(h.articleId);
  if (roundUps.size === 0) return groups;
  const articles = new Set([...headlines.map((h) => h.articleId), ...groups.flatMap((g) => g.tellings.map((t) => t.articleId))]);
  if ([...articles].every((a) => roundUps.has(a))) return groups;
  return groups.filter((g) => !hasTrait(g.frame.measure, 'victims') || g.frame.scope !== 'event' || g.tellings.some((t) => t.value !== null && !roundUps.has(t.articleId)));
}

/** Words that tell a death after the shooting: "has died", "later died", "succumbed", "Man shot on Grand Ave. dies". */
const LATER_DEATH = /\b(?:(?:has|have|had)\s+(?:since\s+|now\s+)?died|(?:later|since|subsequently|eventually)\s+died|died\s+(?:later|overnight|(?:at|in)\s+(?:a|the)\s+(?:[\w'’-]+\s+){0,3}?hospital)|succumbed|passed\s+away|dies|(?:has|have)\s+been\s+pronounced\s+dead)\b/i;
const dayOf = (t: { published: string | null }): string => (t.published ?? '').slice(0, 10);
/** Words that tell a hurt count as it was first told: beside the dead of the scene, or as an earlier report. */
const FIRST_TOLD = /\b(?:dead|killed|fatally)\b|\bhad\s+(?:indicated|said|reported|told)\b|\b(?:initially|at\s+first|originally|earlier\s+reports?)\b/i;

/**
 * A hurt count told before a death told later ("Child among 2 injured in shooting", then days later "Man shot on 22nd
 * and Grand Ave. dies") holds the one who died: the hurt alive are the count less the dead added since. Only where
 * every telling of the hurt is from before the day a death is told as coming later, and the killed figure then is above
 * the killed told by the day of the last hurt telling.
 */
function hurtLessLaterDead(out: KeyFigure[], groups: readonly ClaimGroup[]): void {
  const killed = out.find((f) => f.measure === 'killed' && f.stance === 'actual');
  const injuredAt = out.findIndex((f) => f.measure === 'injured' && f.stance === 'actual');
  if (!killed || injuredAt < 0 || typeof killed.value !== 'number' || typeof out[injuredAt].value !== 'number') return;
  const injured = out[injuredAt];
  const hurt = groups.find((g) => g.id === injured.claimGroupId && g.frame.measure === 'injured');
  if (!hurt || !injured.rule.startsWith('key-figure/most-told-group')) return;
  const dead = groups.find((g) => g.id === killed.claimGroupId);
  // The killed tellings (or the headlines of a figure read from headlines), each with its day, words and article.
  const told: { day: string; value: number; words: string; articleIds: readonly string[] }[] = dead
    ? dead.tellings.filter((t) => typeof t.value === 'number' && t.published).map((t) => ({ day: dayOf(t), value: t.value as number, words: t.rules.measure.endsWith('+hurt-one-died-after') ? 'has died' : t.sentence, articleIds: [t.articleId] }))
    : killed.rule === 'key-figure/headline' ? killed.history.filter((h) => h.asOf).map((h) => ({ day: h.asOf!.slice(0, 10), value: h.value as number, words: killed.statement, articleIds: h.articleIds })) : [];
  // An article that tells the later death may tell, beside it, the hurt count as first told: as an earlier report ("Boy,
  // 17, shot in Claymont has died ... Dispatchers had indicated there was at least one person injured") or with the dead
  // of the scene ("two teenagers were dead at the scene and four others injured"): that count is from before the death.
  // Told alone ("Two other people were injured in the shooting"), it is the count of the living.
  const deathArticles = new Set(told.filter((t) => LATER_DEATH.test(t.words)).flatMap((t) => t.articleIds));
  const firstTold = (t: Telling) => deathArticles.has(t.articleId) && point(t) >= (injured.value as number) && FIRST_TOLD.test(t.sentence);
  const hurtTold = hurt.tellings.filter((t) => t.value !== null && t.published && !firstTold(t));
  const hurtDays = hurtTold.map(dayOf);
  if (hurtDays.length === 0) return;
  const lastHurt = hurtDays.sort().at(-1)!;
  if (!told.some((t) => t.day > lastHurt && LATER_DEATH.test(t.words))) return;
  // The toll beside the hurt count: as the articles that tell the count's value told it ("Two were pronounced dead at the
  // scene and two others are in very serious condition", while another outlet already told a third death); the toll of
  // any article by then where none of them tells one.
  const hurtArticles = new Set(hurtTold.filter((t) => t.value === injured.value).map((t) => t.articleId));
  const beside = told.filter((t) => t.day <= lastHurt && t.articleIds.some((a) => hurtArticles.has(a)));
  const before = Math.max(0, ...(beside.length > 0 ? beside : told.filter((t) => t.day <= lastHurt)).map((t) => t.value));
  const rise = killed.value - before;
  if (rise <= 0) return;
  const alive = (injured.value as number) - rise;
  if (alive <= 0) { out.splice(injuredAt, 1); return; }
  // The hurt fell as the dead rose: an update of the figure, as the toll's own.
  out[injuredAt] = { ...injured, value: alive, verdict: 'updated', rule: `key-figure/hurt-less-later-dead; ${injured.rule}`, statement: `People injured: ${valueInWords(alive, null, null)} (${valueInWords(injured.value as number, null, null)} hurt as first told, ${rise} of them died later)` };
}

/**
 * For each key measure and stance, the story's most-told group of its own event (the toll of
 * "people", not of a named few, when both are told). Injured are derived as the people shot less
 * the killed when only those two are stated ("four people were shot, one fatally").
 */
export function keyFigures(allGroups: readonly ClaimGroup[], o: KeyFigureOptions = defaultKeyFigureOptions, headlines: readonly Headline[] = []): KeyFigure[] {
  const out: KeyFigure[] = [];
  const groups = withoutRoundUps(allGroups, headlines);
  // A toll of a named few ("six officers") leads only when more than one outlet tells it.
  // A toll stated as a number ("five officers were killed", told by two outlets or more) leads before
  // people only told one by one ("an officer had died"), which are a floor of the toll.
  const stated = (g: ClaimGroup) => !hasTrait(g.frame.measure, 'victims') || g.tellings.some((t) => t.value !== null && !t.rules.measure.startsWith('measure/victim-described') && !t.rules.measure.startsWith('measure/no-one'));
  // Parts listed of a toll ("Among the dead were 5 Indians") are never the toll.
  const ofStory = (g: ClaimGroup) => (!hasTrait(g.frame.measure, 'victims') || g.frame.subject === 'people' || outletsOf(g) >= 2) && !chargeCounts(g) && !g.frame.subject.startsWith('people:part:');
  // A toll of the named few told by one outlet ("left four troops including the gunman dead", "16 others injured")
  // leads when the story tells no other toll of that measure but does tell the people hurt or killed in it: then
  // they are the event's victims. In a story of another kind (a deployment) such a toll is an aside.
  const casualtyStory = groups.some((g) => (g.frame.measure === 'killed' || g.frame.measure === 'injured') && g.frame.subject === 'people' && g.frame.scope === 'event' && g.frame.stance === 'actual' && g.tellings.some((t) => t.value !== null));
  const named = (g: ClaimGroup) => casualtyStory && hasTrait(g.frame.measure, 'victims') && g.frame.subject !== 'shooters' && !/:part(?::|$)/.test(g.frame.subject) && !g.frame.subject.endsWith(':besides-shot') && !chargeCounts(g);
  const pick = (measure: string, stance: 'actual' | 'planned'): ClaimGroup | undefined => {
    const base = groups.filter((g) => g.frame.measure === measure && g.frame.stance === stance && g.frame.scope === 'event' && g.tellings.some((t) => t.value !== null));
    const own = base.filter(ofStory);
    return (own.length > 0 ? own : base.filter(named)).sort((a, b) => Number(stated(b)) - Number(stated(a)) || Number(b.frame.subject === 'people') - Number(a.frame.subject === 'people') || outletsOf(b) - outletsOf(a) || b.tellings.length - a.tellings.length)[0];
  };
  for (const measure of o.measures) {
    for (const stance of ['actual', 'planned'] as const) {
      const g = pick(measure, stance);
      const f = g ? figureOf(g) : null;
      if (f) out.push(f);
    }
  }
  // Whether every telling of a figure's group holds to `ok` (a figure of no group holds to nothing).
  const everyTelling = (f: KeyFigure, ok: (t: Telling) => boolean) => groups.find((x) => x.id === f.claimGroupId)?.tellings.every(ok) ?? false;
  const described = (t: Telling) => t.value === null || t.rules.measure.startsWith('measure/victim-described');
  const describedOnly = (f: KeyFigure) => everyTelling(f, described);
  // Victims told one by one are a floor of the toll: a headline that states more ("NOPD: Teenager one of two people
  // injured in shooting", "3 Dead, 1 Critical in Murder-Suicide") tells the count the sentences left out.
  for (const measure of ['killed', 'injured'] as const) {
    const at = out.findIndex((f) => f.measure === measure && f.stance === 'actual');
    if (at < 0 || typeof out[at].value !== 'number' || !describedOnly(out[at])) continue;
    const h = headlineFigure(measure, headlines);
    if (h && typeof h.value === 'number' && h.value > (out[at].value as number)) out[at] = { ...h, rule: 'key-figure/headline-above-described' };
  }
  // Hurt victims told one by one, where the story also tells as many killed, are most often the
  // killed before they died ("was shot", then "died"): such an injured figure is left out.
  const injuredAt = out.findIndex((f) => f.measure === 'injured' && f.stance === 'actual');
  const killedFigure = out.find((f) => f.measure === 'killed' && f.stance === 'actual');
  if (injuredAt >= 0 && killedFigure && typeof killedFigure.value === 'number' && killedFigure.value > 0) {
    const g = groups.find((x) => x.id === out[injuredAt].claimGroupId);
    const described = g?.tellings.every((t) => t.value === null || t.rules.measure.startsWith('measure/victim-described'));
    // Unless an article that tells a death also tells a hurt victim alive ("killing the boy and
    // leaving his brother in critical condition"): the survivor is someone else than the dead.
    const killedArticles = new Set(groups.filter((x) => x.frame.measure === 'killed' && x.frame.scope === 'event')
      .flatMap((x) => x.tellings.filter((t) => typeof t.value === 'number' && t.value > 0).map((t) => t.articleId)));
    const survivorBesideDeath = g?.tellings.some((t) => t.rules.measure === 'measure/victim-described-survivor' && killedArticles.has(t.articleId));
    if (described && !survivorBesideDeath && typeof out[injuredAt].value === 'number' && (out[injuredAt].value as number) <= Math.min(INJURED_DROP_MAX, killedFigure.value)) out.splice(injuredAt, 1);
  }
  // The killed told only by headlines are read before the people shot are split into dead and hurt ("Shootout ... leaves
  // 1 dead, injures five" beside "six people getting shot": 5 hurt, not 6).
  if (!out.some((f) => f.measure === 'killed' && f.stance === 'actual')) {
    const f = headlineFigure('killed', headlines);
    if (f) out.push(f);
  }
  const shot = pick('shot', 'actual');
  const killed = out.find((f) => f.measure === 'killed' && f.stance === 'actual');
  // A hurt count made of victims told one by one is a floor: "five teens were shot" tells more.
  const injuredNow = out.find((f) => f.measure === 'injured' && f.stance === 'actual');
  // So is one whose every telling is a part of the hurt ("Also injured were three 14-year-old boys ...; a 15-year-old ...").
  // (Victims told one by one are parts too, so this holds wherever `describedOnly` does.)
  const partsOnly = (f: KeyFigure) => everyTelling(f, (t) => described(t) || (isPartTelling(t) && numberAt(t.sentence, t.value as number).length > 0));
  const s = shot ? figureOf(shot) : null;
  // "Two men were killed. Three other people were also shot": the others are shot besides the victims told before, not a
  // total that holds the dead.
  const numbered = shot ? shot.tellings.filter((t) => typeof t.value === 'number') : [];
  const othersOnly = numbered.length > 0 && numbered.every(isAddedOthers);
  if (s && typeof s.value === 'number') {
    const k = killed && typeof killed.value === 'number' ? killed.value : 0;
    const floor = injuredNow && typeof injuredNow.value === 'number' ? injuredNow.value : 0;
    const replaceInjured = (f: KeyFigure) => { if (injuredNow) out.splice(out.indexOf(injuredNow), 1); out.push(f); };
    if (othersOnly && injuredNow && !partsOnly(injuredNow) && typeof injuredNow.value === 'number' && s.value > injuredNow.value) {
      // Beside a smaller count of hurt told apart ("two bystanders were struck with graze wounds"), the others shot are the
      // hurt, that count one part of them.
      replaceInjured({ ...s, measure: 'injured', statement: `People injured: ${valueInWords(s.value, null, null)} (others also shot; ${valueInWords(floor, null, null)} told hurt among them)`, rule: 'key-figure/others-also-shot-above-hurt', history: [] });
    } else if (!injuredNow || partsOnly(injuredNow) || injuredNow.rule === 'key-figure/headline-above-described') {
      if (othersOnly) {
        // The hurt are those others and the hurt told one by one.
        const value = s.value + floor;
        replaceInjured({ ...s, measure: 'injured', statement: `People injured: ${valueInWords(value, null, null)} (${floor > 0 ? `${floor} told hurt and ` : ''}${valueInWords(s.value, null, null)} others also shot)`, rule: 'key-figure/others-also-shot', value, history: [] });
      } else if (s.value > k && s.value - k > floor) {
        const value = s.value - k;
        replaceInjured({ ...s, measure: 'injured', statement: `People injured: ${valueInWords(value, null, null)} (${valueInWords(s.value, null, null)} shot, ${k} killed)`, rule: 'key-figure/shot-less-killed', value, history: [] });
      }
    }
  }
  // No sentence states the toll: the headlines may ("Boyle County man dies after accidental shooting").
  for (const measure of ['injured'] as const) {
    if (out.some((f) => f.measure === measure && f.stance === 'actual')) continue;
    const f = headlineFigure(measure, headlines);
    if (f) out.push(f);
  }
  // "16-Year-Old Accidentally Shot": one hurt, where no sentence nor headline states a count, and no one is told killed (the one shot may be the dead).
  const killedNow = out.find((f) => f.measure === 'killed' && f.stance === 'actual');
  if (!out.some((f) => f.measure === 'injured' && f.stance === 'actual') && !(killedNow && killedNow.value !== 0)) {
    const from = headlines.filter((h) => headlineOneHurt(h.title));
    if (from.length > 0) {
      out.push({
        measure: 'injured', stance: 'actual', subject: 'people',
        statement: `People injured: 1 (headline: "${from[0].title}")`,
        rule: 'key-figure/headline-one-hurt', value: 1, asOf: from[0].published, verdict: from.length > 1 ? 'corroborated' : 'single-origin',
        origins: [...new Set(from.map((h) => h.outlet ?? 'an unnamed outlet'))],
        history: from.map((h) => ({ value: 1, asOf: h.published, origin: h.outlet ?? 'an unnamed outlet', articleIds: [h.articleId] })),
        claimGroupId: '',
      });
    }
  }
  hurtLessLaterDead(out, groups);
  // A disaster's running figures of the open tail (acres burned, containment, homes destroyed) follow its tolls, when
  // the story tells them as changing or more than one outlet tells them.
  const running = groups.filter((g) => isRunningOpenTail(g.frame) && g.frame.stance === 'actual' && g.tellings.some((t) => t.value !== null) && (g.verdict === 'updated' || outletsOf(g) >= 2))
    .sort((a, b) => outletsOf(b) - outletsOf(a) || b.tellings.length - a.tellings.length);
  for (const g of running) {
    const f = figureOf(g);
    if (f) out.push(f);
  }
  // The figure a story of a deal, a sentence, a protest or layoffs is about: the deal's value and the price per share
  // offered, the prison term handed down (not one sought or faced), the amount stolen, the crowd, the jobs cut, the mass
  // of a drug seized or a cargo; when more than one outlet tells it.
  for (const which of STORY_TERMS) {
    const g = groups.filter((x) => which(x) && x.frame.scope === 'event' && x.frame.stance === 'actual' && outletsOf(x) >= 2 && x.tellings.some((t) => t.value !== null))
      .sort((a, b) => outletsOf(b) - outletsOf(a) || b.tellings.length - a.tellings.length)[0];
    const f = g ? figureOf(g) : null;
    if (f) out.push(f);
  }
  const rank = (f: KeyFigure) => (o.measures.includes(f.measure) ? o.measures.indexOf(f.measure) : o.measures.length);
  return out.sort((a, b) => rank(a) - rank(b)).slice(0, o.max);
}
