// The frame of a claim (measure, subject, scope, stance, date of an event) and its key: the one identity of a claim group.
import { BUILDING_NOUNS, defaultClaimLexicon } from '../analyze/claims-lexicon.js';
import { GENERATION } from '../analyze/ranks.js';
import { isDealTerm, moneyFrameSubject } from '../analyze/claims-money.js';
import type { Claim } from '../model/analysis.js';
import type { ClaimFrame } from '../model/dossier.js';
import { entityKey } from './entities.js';
import { hasTrait } from '../model/measures.js';

export interface FrameGroupOptions {
  /** Counted nouns that name the same kind of people in conflict reporting; folded to one head so "troops" and "soldiers" group. */
  personnelHeads: ReadonlySet<string>;
  /** Nouns that name the people a casualty count is of without singling anyone out ("people", "victims"). */
  peopleHeads: ReadonlySet<string>;
}

export const defaultFrameGroupOptions: FrameGroupOptions = {
  // From the example corpus and wire style: the same deployment is told with each of these nouns.
  personnelHeads: new Set(['troops', 'troop', 'soldiers', 'soldier', 'forces', 'force', 'members', 'personnel', 'servicemen', 'fighters', 'units', 'unit', 'commandos']),
  // From shooting and disaster reports (GVA, ECB+): how a toll names its dead and hurt.
  peopleHeads: new Set(['people', 'person', 'persons', 'victims', 'victim', 'others', 'dead', 'injured', 'wounded', 'bodies', 'individuals', 'residents', 'civilians', 'casualties', 'adults', 'men', 'women', 'children', 'students', 'teens', 'teenagers', 'boys', 'girls', 'kids', 'youths', 'juveniles', 'bystanders', 'patrons', 'passengers', 'worshippers', 'shoppers', 'guests', 'deaths', 'fatalities', 'injuries', 'count', 'number', 'toll', 'total']),
};

/**
 * Scope rules that set a whole telling at another date than the story's ("On April 16, ...", "This year,
 * ...", "In April, ..."). Not a year told near the figure ("arrested a 60-year-old woman in the 1967
 * killings"): a person's age is told as of the report, whatever past the sentence speaks of.
 */
export const DATED_BACKGROUND = new Set(['scope/time-before-publication', 'scope/past-opening', 'scope/month-named-alone', 'scope/it-continues-background', 'scope/later-continues-background']);

/**
 * Scope rules that set a person's age in another time too: an earlier year next to the age ("Michalis Kaltezas, 15, killed
 * by police in 1985"), or another shooting named after it ("an 18-year-old man was wounded in another shooting"). A person of the story told so is brought back to the story's time over the whole story (`mergeAges`).
 */
const AGE_BACKGROUND = new Set(['scope/earlier-year-near', 'scope/another-event', 'scope/age-told-then']);

const NEVER_PLANNED = new Set(['age', 'killed', 'injured', 'shot', 'missing', 'charged', 'other:votes', 'other:vote-share', 'other:turnout']);

/** Predicate family of a lemma ("dispatch" and "send" tell the same claim). */
export function predicateFamily(lemma: string): string {
  return defaultClaimLexicon.families.get(lemma) ?? lemma;
}

/**
 * Nouns that name one thing in two ways ("catches" and "receptions", "booths" and "polling stations"): one
 * head, so the tellings group. A batter's home runs are left apart: outlets tell them of a career, a season
 * and a stint with one team in one breath, and nothing yet reads which period a figure is of.
 */
const HEAD_SYNONYMS: readonly [RegExp, string][] = [
  [/\b(?:catch(?:es)?|receptions?)$/, 'reception'],
  [/\b(?:polling\s+(?:stations?|booths?|places?)|booths?)$/, 'polling-station'],
  [/\b(?:home\s+runs?|homers?)$/, 'home-run'],
  [/\b(?:rbis?|runs\s+batted\s+in)$/, 'rbi'],
  [/\b(?:grandchild(?:ren)?|grandkids?)$/, 'grandchild'],
  // "two teens" and "two teenagers": one count of the same people.
  [/\bteen(?:ager)?s?$/, 'teenager'],
  // "4 crew" and "four crew members" count one crew; so with a staff.
  [/\bcrew(?:\s+members?)?$/, 'crew'],
  [/\bstaff(?:\s+members?|ers?)?$/, 'staff'],
  // Cases of a disease and infections are one count.
  [/\b(?:cases|infections)$/, 'case'],
  // Each side's pay figure in a bargain is its own.
  [/\bpay\s+demand$/, 'pay-demand'],
  [/\bpay\s+offer$/, 'pay-offer'],
  // Fires counted are one count however named.
  [/\b(?:wild)?(?:fires|blazes)$/, 'fire'],
  // Guns and firearms counted are one count (handguns, rifles and other kinds of them keep their own).
  [/(?:^|\s)(?:guns?|firearms?)$/, 'gun'],
  // A company's revenue and its sales are one figure.
  [/\b(?:revenues?|sales|turnover)$/, 'revenue'],
];

function head(subject: string): string {
  const folded = subject.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, ' ').trim();
  for (const [re, name] of HEAD_SYNONYMS) if (re.test(folded)) return name;
  const words = subject.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, ' ').split(/\s+/).filter(Boolean);
  const h = words[words.length - 1] ?? subject.toLowerCase();
  return h.endsWith('s') && h.length > 3 ? h.slice(0, -1) : h;
}

const MALE = /^(?:man|men|boy|male|father|grandfather|boyfriend|fianc[eé]|gunman)$/i;
const FEMALE = /^(?:woman|women|girl|female|mother|grandmother|girlfriend|fianc[eé]e)$/i;

/** Plural nouns of a group of men or of women, one of whom an age is told of ("two brothers, ages 11 and 16"). */
const MALE_GROUP = /^(?:men|boys|males|brothers|sons|fathers|husbands|boyfriends)$/i;
const FEMALE_GROUP = /^(?:women|girls|females|sisters|daughters|mothers|wives|girlfriends)$/i;

/** What an age's words tell of an unnamed person: `described-male`, `described-female`, else `described`. */
export function describedKind(noun: string): string {
  return MALE.test(noun) ? 'described-male' : FEMALE.test(noun) ? 'described-female' : 'described';
}

/** The key of a charge: its head noun, an attempt apart from the deed ("attempted murder" is not "murder"). */
function chargeKey(subject: string): string {
  const { charge, against } = chargeAgainst(subject);
  return `${/\battempted\b/i.test(charge) ? 'attempted-' : ''}${head(charge)}${against ? `:${against.toLowerCase()}` : ''}`;
}

/** "counts of attempted murder against Oliver": the counts' charge, and whom they are against where the subject says. */
export function chargeAgainst(subject: string): { charge: string; against: string | null } {
  const m = /^(.*?)\s+against\s+(\S+)$/.exec(subject);
  return m ? { charge: m[1]!, against: m[2]! } : { charge: subject, against: null };
}

/** Nouns of the people who make an attack: gunmen, shooters, attackers, assailants, militants, insurgents, terrorists, suspects. */
const ATTACKER_WORDS = /^(?:suspects?|gunm[ae]n|shooters?|attackers?|assailants?|militants?|insurgents?|terrorists?)$/;

/** Nouns a size picks one of several variants by ("the 16-inch model"). */
const VARIANT_NOUN = /^(?:model|version|variant|edition|screen|display)$/;

/** Words for any number: an amount of money told with one of them is an amount, not a thing of its own. */
const GENERIC_AMOUNT = /^(?:figure|total|number|count|tally|sum|amount|estimate)$/i;

/** Measure rules of a player's or a team's statistics, keyed by their noun and period (see `statisticKey`). */
export const STATISTIC_RULES: ReadonlySet<string> = new Set(['measure/player-statistic', 'measure/game-yards']);
/** "touchdowns (last season)" -> "touchdown:last-season", "home runs" -> "home-run": a statistic's noun and the period told with it. */
export function statisticKey(nounAndPeriod: string): string {
  const m = /^(.*?)(?:\s*\((.+)\))?$/.exec(nounAndPeriod.trim())!;
  // "Thomas' catches" and "Thomas' receptions": one statistic, keyed as an ownerless count of either noun is (`HEAD_SYNONYMS`).
  const noun = m[1]!.toLowerCase().replace(/\s+/g, '-').replace(/s$/, '').replace(/^(?:catche|catch|reception)$/, 'reception');
  return m[2] ? `${noun}:${m[2].toLowerCase().replace(/\s+/g, '-')}` : noun;
}

/** A part told by what is said of it ("victims in critical condition", "victims found"): its words whole. */
function partKey(claim: Claim): string {
  return claim.subject.value.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, ' ').trim().replace(/\s+/g, '-');
}

/** The subject a frame compares: "people" for a toll, "personnel" for troops, a person for an age, else the subject's head noun. */
export function frameSubject(claim: Claim, o: FrameGroupOptions = defaultFrameGroupOptions): string {
  const measure = claim.measure.value;
  // A deal's value, its parts, a value per share, a company's share price, a premium, job cuts (claims-money.ts).
  const money = moneyFrameSubject(claim);
  if (money) return money;
  const words = claim.subject.value.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, ' ').split(/\s+/).filter(Boolean);
  if (hasTrait(measure, 'peopleCount')) {
    // "30 of the 80 wounded remained in hospital": a subset of the toll is its own figure, never a rival of the toll.
    // "Three of the wounded were taken to a hospital", "three of those injured had minor injuries": keyed by what is told of them.
    if (claim.measure.rule === 'measure/partitive-subset') return claim.predicate.rule === 'predicate/part-state' ? `people:part:${partKey(claim)}` : 'people:part';
    // "Among the dead were 5 Indians, 4 Russians": each part listed is of its own people.
    if (claim.measure.rule === 'measure/part-among-toll') return `people:part:${head(claim.subject.value)}`;
    // "six more shot, and nearly 40 injured": people hurt besides those shot are a figure of their own, never the shooting's wounded.
    if (claim.subject.rule === 'subject/hurt-besides-shot') return 'people:besides-shot';
    // "found two men suffering from gunshot wounds ... Four other people were taken to the hospital": some of the people harmed.
    if (claim.subject.rule === 'subject/some-before-others') return 'people:part';
    // "two counts of murder", "one count of kidnapping": counts of different charges are different figures.
    if (measure === 'charged' && claim.subject.rule === 'subject/charge-of-counts') return `charge:${chargeKey(claim.subject.value)}`;
    // "arraigned on seven charges", "faces 12 counts", "charged with two felonies": charges with no charge named are all the charges, never people charged.
    if (measure === 'charged' && claim.subject.rule === 'subject/counted-noun' && /^(?:(?:criminal|felony|federal|state|new|additional|separate|total)\s+)*(?:charges|counts|felonies|misdemeanors|offenses|offences)$/.test(words.join(' '))) return 'charge:all';
    // A toll of combatants ("six officers killed") is not the toll of the event's victims; any other people are.
    // Keyed by the noun that names them, not the subject's last word: "two police officers wounded" and
    // "the three other officers injured" are one toll of officers, not a toll of "wounded" and one of "injured".
    // Members of a family, a club or a congregation killed are the event's victims, not a toll of combatants.
    const named = words.find((w) => (o.personnelHeads.has(w) && !/^members?$/.test(w)) || /^(officers?|agents?)$/.test(w));
    if (named) return head(named);
    // "Two suspects were killed in the exchange", "four attackers were killed", "four militants died", "four terrorists
    // were killed": the attackers' own toll is one subject, never the toll of their victims nor a rival or update of it.
    // Those arrested or charged are suspects whatever noun tells them ("23 pirates", "23 piracy suspects"): one count.
    if (measure !== 'arrested' && measure !== 'charged' && words.some((w) => ATTACKER_WORDS.test(w))) return 'shooters';
    return 'people';
  }
  // "found guilty of two counts of murder": counts a court found, one figure per charge.
  if (measure === 'other:convictions' && claim.subject.rule === 'subject/conviction-of-counts') return `conviction:${chargeKey(claim.subject.value.replace(/\s+convicted$/, ''))}`;
  // "Saints' points against Falcons", "points against Chicago": a side's points in one game, never a rival of another side's or game's.
  if (claim.measure.rule === 'measure/game-score') return `score:${claim.subject.value.toLowerCase().replace(/['’]s?(?=\s)/g, '').replace(/\s+/g, '-')}`;
  // "Klitschko's wins", "the party's seats": an open-tail figure of one competitor or party is never a rival of another's.
  if (measure.startsWith('other:') && claim.subject.rule === 'subject/owner-noun') {
    const m = /^(.*?)['’]s?\s+(.+)$/.exec(claim.subject.value);
    // ("wins (in Colorado)" and "wins (with the Colorado)": a stint told by its place or its team is one part.)
    if (m) return `${STATISTIC_RULES.has(claim.measure.rule) ? statisticKey(m[2]) : m[2].toLowerCase().replace(/\((?:in|with)\s+(?:the\s+)?/, '(at ').replace(/\s+/g, '-')}:${entityKey(m[1])}`;
  }
  if (claim.subject.rule === 'subject/statistic-of-period') return statisticKey(claim.subject.value);
  // "Manning's passes completed", "Garrard's passes completed": a tally's figure of one player is never a rival of another's.
  // ("178 punches to just 30 for Rahman": the other player's side of a tally, told after it, is keyed as a tally too.)
  if (claim.subject.rule === 'subject/made-of-tried' || (claim.subject.rule === 'subject/previous-claim' && /['’]s?\s+.*\b(?:made|landed|completed|attempted|thrown|connected)$/.test(claim.subject.value))) {
    const m = /^(.*?)['’]s?\s+(.+)$/.exec(claim.subject.value);
    // "Reed's shots made", "Reed's free throws made": tallies of two kinds of tries are two figures, keyed by the kind too.
    const words = m ? m[2].toLowerCase().split(/\s+/) : [];
    const done = words.pop();
    // ("made 7 of 14 shots" and "7-for-14 from the field": shots are field goals; "3-pointers" are three-pointers.)
    const kind = words.length ? statisticKey(words.join(' ')).replace(/^shot$/, 'field-goal').replace(/^3-pointer$/, 'three-pointer') : '';
    if (m && done) return `${kind ? `${kind}-` : ''}${done}:${entityKey(m[1])}`;
  }
  // "field-goal percentage", "three-point percentage": shooting shares of two kinds of shot are two figures.
  if (claim.subject.rule === 'subject/shooting-percentage') return claim.subject.value.toLowerCase().replace(/\s+/g, '-');
  // "Kings' games lost of last 8", "games won of last 10": a window's part is keyed by its words whole (owner, verb and window).
  // "fall in crime rate" and "fall in gang-related crime rate", "conviction rate" and "clearance rate": a change or a rate is
  // of the whole figure it names, never of its head noun.
  if (claim.subject.rule === 'subject/change-of-named') return `change:${claim.subject.value.toLowerCase().replace(/\s+/g, '-')}`;
  if (claim.subject.rule === 'subject/rate-named') return `rate:${claim.subject.value.toLowerCase().replace(/\s+/g, '-')}`;
  if (claim.subject.rule === 'subject/part-of-window') return `window:${claim.subject.value.toLowerCase().replace(/['’]s?(?=\s)/g, '').replace(/\s+/g, '-')}`;
  // "the city's 30th homicide this year", "the second coach fired this season": a tally of one kind and period.
  if (claim.subject.rule === 'subject/tally-so-far') return `tally:${claim.subject.value.toLowerCase().replace(/['’]s?(?=\s)/g, '').replace(/\s+/g, '-')}`;
  // "times Crystal did", "times Carson hosted": the times one doer did an act, never a rival of another doer's.
  const doer = claim.subject.rule === 'subject/times-of-doer' ? /^times\s+(.+)\s+(\S+)$/.exec(claim.subject.value) : null;
  if (doer) return `times:${entityKey(doer[1]!)}:${doer[2]!.toLowerCase()}`;
  // A vessel's or a place's capacity, and the people aboard it, are figures of their own whatever noun counts them.
  if (claim.subject.rule === 'subject/capacity') return 'capacity';
  if (claim.subject.rule === 'subject/aboard') return 'aboard';
  // Temperatures in two places are two readings ("44 C in Greece", "46 C in southern Spain"); in one place, a dispute.
  if (measure === 'other:temperature') return claim.place.value ? `temperature@${entityKey(claim.place.value)}` : 'temperature';
  // Crowds in two cities are two figures ("20,000 in Athens", "50,000 in Thessaloniki").
  if (measure === 'other:crowd') return claim.place.value ? `crowd@${entityKey(claim.place.value)}` : claim.subject.value === 'another crowd' ? 'crowd:another' : 'crowd';
  // "52 percent in Egypt, 82 percent in India": an item of a list by place is that place's figure, never a rival of another place's.
  if ((claim.subject.rule === 'subject/list-item-place' || claim.subject.rule === 'subject/share-of-place') && claim.place.value) return `${head(claim.subject.value.slice(0, Math.max(0, claim.subject.value.length - claim.place.value.length - 4)) || claim.subject.value)}@${entityKey(claim.place.value)}`;
  // "winning streak", "losing streak": one head noun, two things.
  if (measure === 'other:streak') return claim.subject.value.toLowerCase().replace(/\s+/g, '-');
  if (measure.startsWith('other:') && claim.subject.rule === 'subject/in-condition') return `${partKey(claim)}:part`;
  if (measure.startsWith('other:') && claim.subject.rule === 'subject/partitive-part') return claim.predicate.rule === 'predicate/part-state' ? `${partKey(claim)}:part` : `${head(claim.subject.value)}:part`;
  // "recovered 600 barrels" after "spilled 1,000 barrels": what is got back is a figure apart from what was lost.
  if (measure.startsWith('other:') && claim.subject.rule === 'subject/recovered') return `${head(claim.subject.value)}:recovered`;
  // "three men lying on the floor", "two men wrote messages": a generic noun of people is keyed by its verb; the verbs a
  // crowd is told with ("attended", "gathered", "turned out") are one.
  if (measure.startsWith('other:') && claim.subject.rule === 'subject/noun-and-verb') {
    const [noun, verb] = claim.subject.value.toLowerCase().split(/\s+/);
    return `${head(noun ?? '')}:${verbKey(verb ?? claim.predicate.value)}`;
  }
  // "three other rifles", "five more officers": the others are a set apart from the ones told before, never a rival count of them.
  if (measure.startsWith('other:') && /^(?:other|more|additional|further|extra)\s/i.test(claim.subject.value)) return `${head(claim.subject.value)}:other`;
  // Troops sent, troops joining and troops fighting are told by different parties at different times.
  if (measure === 'troops') return `personnel:${predicateFamily(claim.predicate.value)}`;
  // Without parsing each answer of a poll, two shares are one answer only when equal: shares never contest.
  if (measure === 'poll-share') return `${predicateFamily(claim.predicate.value)}:${JSON.stringify(claim.value)}`;
  if (measure === 'magnitude' && claim.subject.rule === 'subject/aftershocks') return 'aftershocks';
  if (measure === 'magnitude' || measure === 'depth') return 'quake';
  // A speed is told in miles or kilometres an hour: one subject, whatever the unit.
  // A storm's winds are their own figure, gusts apart from sustained winds ("winds of 130 mph", "gusts up to 150 mph").
  if (measure === 'other:speed') return claim.subject.rule === 'subject/wind-speed' ? (/gust/.test(claim.subject.value) ? 'wind-gust' : 'wind-speed') : 'speed';
  // Ages of different people never compete: a person's age is a measure of that person. A named person's
  // age groups by name; a described one's ("a 2-year-old boy", "the 30-year-old man") by what the words
  // tell of the person (a male, a female, or someone) and the age itself; a bare age ("the 4-year-old") by the age.
  if (measure === 'age') {
    // "Teixeira, who turns 29 in April": an age still to come is a figure beside the age now, neither its rival nor its update.
    if (claim.scope.rule === 'scope/age-to-come') return `to-come:${claim.subject.rule.startsWith('subject/person-of-age') ? entityKey(claim.subject.value) : head(claim.subject.value)}`;
    if (claim.subject.rule.startsWith('subject/person-of-age')) return entityKey(claim.subject.value);
    // "A 17-year-old was arrested": the accused's age, apart from a victim's of the same age and words.
    if (claim.subject.rule === 'subject/accused-of-age') return `${describedKind(claim.subject.value)}:accused:${JSON.stringify(claim.value)}`;
    if (claim.subject.rule === 'subject/described-of-age') return `${describedKind(claim.subject.value)}:${JSON.stringify(claim.value)}`;
    // "Two brothers, ages 11 and 16": one of a group, told by no more than the age and the group's sex where its noun tells
    // it, as one described by words; "two victims, 19 and 22" as a bare age.
    if (claim.subject.rule === 'subject/one-of-group-of-age') {
      const noun = claim.subject.value.split(/\s+/).at(-1) ?? '';
      return `${MALE_GROUP.test(noun) ? 'described-male' : FEMALE_GROUP.test(noun) ? 'described-female' : 'group'}:${JSON.stringify(claim.value)}`;
    }
    return `${head(claim.subject.value)}:${JSON.stringify(claim.value)}`;
  }
  if (measure === 'distance' && claim.subject.rule === 'subject/distance-travelled') return 'route';
  // "a 480-nautical-mile corridor", "a 15-mile radius": the size of a thing, one subject per thing.
  // "the 14-inch model", "the 16-inch version": a size that tells which variant is meant names it; two sizes are two variants.
  if (measure === 'distance' && claim.subject.rule === 'subject/length-of-noun') return `size:${head(claim.subject.value)}${VARIANT_NOUN.test(head(claim.subject.value)) ? `:${JSON.stringify(claim.value)}` : ''}`;
  if (measure === 'distance') return claim.place.value ? entityKey(claim.place.value) : head(claim.subject.value);
  // An amount is of what it buys or costs; a currency alone names nothing ("USD" is the unit).
  if (measure === 'money' && claim.subject.rule === 'subject/additional-amount') return 'amount:additional';
  // "$23 million per season", "a five-year, $70 million contract": a rate and the amount of a deal of another term are figures of their own.
  if (measure === 'money' && (claim.subject.rule === 'subject/amount-per-period' || claim.subject.rule === 'subject/amount-of-term' || claim.subject.rule === 'subject/money-owner' || claim.subject.rule === 'subject/share-of-amount')) return claim.subject.value.toLowerCase().replace(/\s+/g, '-');
  // "a figure of $1 million", "a total of $30,000": a word for any number names no thing the amount is of.
  if (measure === 'money') return /^[A-Z]{3}$/.test(claim.subject.value) || claim.subject.value === claim.unit || GENERIC_AMOUNT.test(head(claim.subject.value)) ? 'amount' : head(claim.subject.value);
  if (words.some((w) => o.personnelHeads.has(w))) return 'personnel';
  // "5 percent contained": a fire's containment is a running count of its own (see `isRunningOpenTail`), never pooled with other shares.
  const family = predicateFamily(claim.predicate.value);
  if (measure === 'other:percent' && (family === 'contain' || claim.subject.rule === 'subject/containment')) return 'containment';
  // "120 homes were damaged and 35 were destroyed": buildings damaged are a running count apart from those destroyed (a
  // count of buildings told with no verb is read with the destroyed, as a disaster's reports mostly mean).
  const noun = head(claim.subject.value);
  if (measure.startsWith('other:') && BUILDING_HEAD.test(noun) && claim.predicate.value.startsWith('damage')) return `${noun}:damaged`;
  return noun;
}

/** Units of land burned, flooded or closed off (not a building's floor space). */
const LAND_AREA = /^(?:acre|hectare|square[ -](?:mile|kilometre|kilometer|km)|km2|sq[ -](?:mile|km))$/;
/** Dwellings and buildings of the event counted: a disaster's damage, counted as it is found. */
const BUILDINGS = new RegExp(`^(?:${BUILDING_NOUNS.join('|')})(?::damaged)?$`);
/** A building's head noun, before what befell it. */
const BUILDING_HEAD = new RegExp(`^(?:${BUILDING_NOUNS.join('|')})$`);

/**
 * Open-tail figures of the story's event that run over time as a toll does: the land a fire has burned (acres,
 * hectares), its containment, the homes and buildings counted (destroyed, damaged), a storm's winds, an outbreak's cases,
 * each side's pay figure in a bargain, what has been recovered of a thing lost (a spill's barrels got back), and the
 * measures of `RUNNING_OPEN_MEASURES`. Values told on later days update
 * them; they never contest one another for differing.
 */
export function isRunningOpenTail(frame: ClaimFrame): boolean {
  if (frame.scope !== 'event' || !frame.measure.startsWith('other:')) return false;
  if (RUNNING_OPEN_MEASURES.has(frame.measure)) return true;
  return (frame.measure === 'other:area' && LAND_AREA.test(frame.subject)) || frame.subject === 'containment' || frame.subject.endsWith(':recovered') || BUILDINGS.test(frame.subject) || (frame.measure === 'other:speed' && frame.subject.startsWith('wind-')) || (frame.measure === 'other:count' && frame.subject === 'case') || (frame.measure === 'other:percent' && /^pay-(?:demand|offer)$/.test(frame.subject));
}

/**
 * Open-tail measures that run over time whatever their subject: the customers a storm left without power, an election's
 * votes, shares and turnout as the count goes on, the people made ill and those in hospital, the goods a recall covers,
 * a ransom demanded, the people an avalanche or a collapse buried, what a spill let out, the height of an eruption's plume,
 * the flights or trains a disruption cancelled or delayed.
 */
const RUNNING_OPEN_MEASURES: ReadonlySet<string> = new Set(['other:outage', 'other:votes', 'other:vote-share', 'other:turnout', 'other:sickened', 'other:hospitalized', 'other:recalled', 'other:ransom-demand', 'other:buried', 'other:spilled', 'other:plume-height', 'other:cancelled', 'other:delayed']);

/**
 * Verbs that name no measure: a copula or auxiliary ("Three other children were in the home"), a verb of
 * saying ("police said three ...") or a verb of motion ("two deceased victims arrived at the hospital",
 * "came back an hour later"): they tell where someone went, not what the figure counts. A group is never
 * labelled by one ("Other children: be: 3", "Deceased victims: arrive: 2").
 */
const LIGHT_VERB = /^(?:be|have|do|get|become|remain|seem|appear|stay|say|tell|report|add|note|state|confirm|arrive|come|go|leave|return|back|head|enter|walk|run|move|travel|drive|show|decline|refuse)$/i;

export function isLightVerb(lemma: string): boolean {
  return LIGHT_VERB.test(lemma.trim());
}


/** Verbs a crowd is told with: one figure whichever a report uses. */
const CROWD_VERB = /^(?:attend|gather|turn|came|come|show|march|rall|join|protest|pack|fill)/;

/** A verb's key: its form less an ending of tense or number ("argued", "arguing": "argu"); a crowd's verbs are one. */
export function verbKey(verb: string): string {
  const stem = verb.length > 5 ? verb.replace(/(?:ing|ed|es|s)$/, '') : verb;
  return CROWD_VERB.test(stem) ? 'crowd' : stem;
}

/** The frame of one claim; `originKey` names a denial's origin (its canonical entity id). */
export function frameOf(claim: Claim, originKey: string, o: FrameGroupOptions = defaultFrameGroupOptions): ClaimFrame {
  const hasValue = claim.value !== undefined;
  const denial = claim.modality.value === 'denied';
  const scope = claim.scope.value;
  if (!hasValue) {
    const fam = predicateFamily(claim.predicate.value);
    if (denial) return { measure: `event:${fam}`, subject: originKey, scope, stance: 'denial', when: null };
    return { measure: `event:${fam}`, subject: head(claim.subject.value), scope, stance: 'actual', when: claim.time.value };
  }
  // A denied count joins the count it denies, so that the group's verdict can say so.
  // A person's age, a toll of dead or hurt and counts of charges are never planned ("Gomes, 35, will face charges after
  // police found the bodies of two women"): the cue is another clause's, not the figure's.
  // A deal's terms and a company's cuts are one figure whether told as a plan ("will pay", "would cut") or as done.
  const stance = claim.modality.value === 'planned' && !NEVER_PLANNED.has(claim.measure.value) && !isDealTerm(claim) ? 'planned' : 'actual';
  // A person's age is background only where its sentence is dated to another time ("In April, a 4-year-old
  // girl ..."); other words of the past ("was previously convicted") leave it the story's. Whether a dated
  // age is still of a person of the story ("the trial of two men accused of killing Zurana Horton, 34, in
  // 2011") is decided over the whole story, where the same person's age is told in the story's own time (`mergeAges`).
  if (claim.measure.value === 'age') return { measure: 'age', subject: frameSubject(claim, o), scope: claim.scope.value === 'background' && (DATED_BACKGROUND.has(claim.scope.rule) || AGE_BACKGROUND.has(claim.scope.rule)) ? 'background' : 'event', stance, when: null };
  return { measure: claim.measure.value, subject: frameSubject(claim, o), scope, stance, when: backgroundWhen(claim) };
}

/**
 * The month a background figure holds for, when the text dates it: figures of earlier events at
 * different times ("a theft in May", "the heist in July") are different events and never compete.
 */
export function backgroundWhen(claim: Claim): string | null {
  if (claim.scope.value !== 'background' || !claim.time.value) return null;
  if (claim.time.rule === 'time/published' || claim.time.rule === 'time/unknown' || claim.time.rule === 'time/paragraph-continuation') return null;
  return claim.time.value.slice(0, 7);
}

const TITLES = /^(?:mr|mrs|ms|miss|dr|sgt|lt|capt|det|officer|trooper|senior|deputy|chief|sheriff|detective|sergeant|lieutenant|captain|inspector|gov|governor|sen|senator|rep|judge|president|the|jr|sr|ii|iii|iv)\.?$/i;

/** The key of a named person in a frame: first and last names of the resolved entity's name, else of the name told ("Sharron Diane Crawford Smith" = "Sharron Smith"). */
/** A nationality told before a name ("32-year-old Englishman Robert Buckley", "Australian Duncan Rait"): no part of it. */
const NATIONALITY = /^(?:english|french|irish|scots|welsh|dutch)(?:man|woman)$|^(?:briton|british|australian|american|canadian|kiwi|new zealander|german|italian|spanish|indian|pakistani|chinese|japanese|russian|israeli|palestinian|iraqi|iranian|afghan|somali|yemeni|greek|turkish|mexican|brazilian)$/i;

export function personKey(name: string, resolvedName: string | null): string {
  const all = entityKey(resolvedName ?? name).split(/\s+/);
  let ws = all.filter((w) => w && !TITLES.test(w));
  if (ws.length >= 3 && NATIONALITY.test(ws[0])) ws = ws.slice(1);
  // "Vincent Rizzo Jr." is not "Vincent Rizzo", his father: the generation stays in the key (`mergeAges` joins a name told
  // without it where the ages agree).
  const generation = ws.length >= 2 ? all.find((w) => GENERATION.test(w))?.replace(/\./g, '').toLowerCase() : undefined;
  return `person:${ws.length > 2 ? `${ws[0]} ${ws[ws.length - 1]}` : ws.join(' ')}${generation ? ` ${generation}` : ''}`;
}


/** The one key of a frame: grouping, group ids, watch events and the web view all use it. */
export function frameKey(f: ClaimFrame): string {
  return [f.measure, f.subject, f.scope, f.stance, f.when ?? ''].join('|');
}
