// A claim group in words: the sentence a journalist would write, with values in the text's scale ("$29 billion") and their dates and origins.
import type { Approximation } from '../model/analysis.js';
import type { ClaimFrame, Telling, Verdict } from '../model/dossier.js';
import { isAddedOthers, partsBelowWhole } from './count-parts.js';
import { articleReadings, isRunningCount } from './verdicts.js';
import { originKey } from './telling-evidence.js';
import { chargeAgainst, isLightVerb, isRunningOpenTail } from './claim-frame.js';
import { DAMAGE_PARTICIPLES, KIN_OF_AGE, OTHER_RELATION_OF_AGE, PART_STATE_PHRASE } from '../analyze/claims-lexicon.js';
import { boreInInches, formatNumber, hasTrait } from '../model/measures.js';
import { digitValue, SMALL } from '../analyze/quantities/numbers.js';

/** A described person's age ("described:m:30"), one of a group's ("group:19"), a kin's ("son:16") or another relation's
 *  ("cousin:1"), labelled "Age of the ..." ("Age of one of the victims", "Age of the cousin"). */
const DESCRIBED_OR_KIN = new RegExp(`^(?:described|group|${KIN_OF_AGE}|${OTHER_RELATION_OF_AGE})(?:-\\w+)?:`);

const APPROX: Record<Approximation, string> = {
  about: 'about', 'at-least': 'at least', 'more-than': 'more than', 'up-to': 'up to', 'less-than': 'less than', nearly: 'nearly', estimated: 'an estimated',
};
const CURRENCY: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', KRW: '₩', INR: '₹' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A number in the scale a reporter writes it: 29,000,000,000 as "29 billion", 1,500 as "1,500". */
export function scaledNumber(n: number): string {
  const fmt = formatNumber;
  for (const [size, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (Math.abs(n) >= size) return `${fmt(n / size)} ${word}`;
  }
  return fmt(n);
}

/** A value with its approximation and unit: "about 3,000", "$29 billion", "5.5 percent". */
/**
 * Units of length, area, volume, mass, speed, temperature and time as a value reads with them: a symbol, or a word's
 * singular and plural. Yards are left out (a player's yards are named by their heading), and so are ages (their heading
 * names them).
 */
const MEASURE_UNIT: Record<string, string | [string, string]> = {
  kilometre: 'km', metre: 'm', centimetre: 'cm', millimetre: 'mm', mile: ['mile', 'miles'], 'nautical mile': ['nautical mile', 'nautical miles'],
  foot: ['foot', 'feet'], inch: ['inch', 'inches'], 'square kilometre': 'km²', 'square metre': 'm²', 'square mile': ['square mile', 'square miles'],
  acre: ['acre', 'acres'], hectare: ['hectare', 'hectares'], litre: ['litre', 'litres'], gallon: ['gallon', 'gallons'], barrel: ['barrel', 'barrels'],
  kilogram: 'kg', gram: 'g', tonne: ['tonne', 'tonnes'], ton: ['ton', 'tons'], 'pound-mass': 'lb', 'mile per hour': 'mph', 'kilometre per hour': 'km/h',
  knot: ['knot', 'knots'], 'degree Celsius': '°C', 'degree Fahrenheit': '°F',
  // Durations make claims only as prison terms ("Prison term: 8 years").
  year: ['year', 'years'], month: ['month', 'months'],
};

export function valueInWords(value: number | [number, number] | null, approx: Approximation | null, unit: string | null, measure?: string): string {
  if (value === null) return '';
  // "Distance to Moon Lake Road: about 100 yards": yards of a distance read with their unit, as a player's never do.
  if (unit === 'yard' && measure === 'distance') return `${valueInWords(value, approx, null)} ${value === 1 ? 'yard' : 'yards'}`;
  // "Offer per share: $38": an amount per share reads with its currency; its heading says it is per share.
  const perShare = unit ? /^([A-Z]{3}) per share$/.exec(unit) : null;
  const symbol = unit ? CURRENCY[perShare ? perShare[1]! : unit] : undefined;
  // "Kenny George's height: 7 feet 7 inches": feet with a fraction of twelfths read as feet and inches, as told.
  const inches = unit === 'foot' && typeof value === 'number' && !Number.isInteger(value) ? Math.round((value - Math.floor(value)) * 12) : null;
  if (inches !== null && inches > 0 && inches < 12 && Math.abs((value as number) - Math.floor(value as number) - inches / 12) < 0.01) {
    const feet = Math.floor(value as number);
    return `${approx ? `${APPROX[approx]} ` : ''}${feet} ${feet === 1 ? 'foot' : 'feet'} ${inches} ${inches === 1 ? 'inch' : 'inches'}`;
  }
  // A bore in inches reads as gunsmiths write it: ".38", ".380", ".40".
  const one = (x: number) => boreInInches(x, unit) ?? `${symbol ?? ''}${scaledNumber(x)}`;
  const core = Array.isArray(value) ? `${one(value[0])}–${one(value[1])}` : one(value);
  // "Age of Miracle Murray: 6 months": an age told in months, weeks or days says so; years go without a word.
  const young = unit ? /^(month|week|day) of age$/.exec(unit) : null;
  // "Depth of the earthquake: 10 km", "Distance to San Francisco: 55 miles": a measure's unit says what the number is.
  const measureUnit = unit ? MEASURE_UNIT[unit] : undefined;
  const unitWord = measureUnit ? ` ${typeof measureUnit === 'string' ? measureUnit : value === 1 ? measureUnit[0] : measureUnit[1]}` : '';
  const tail = perShare && symbol ? '' : unit === 'percent' ? ' percent' : young ? ` ${young[1]}${value === 1 ? '' : 's'}` : unit && !symbol && /^[A-Z]{3}$/.test(unit) ? ` ${unit}` : unitWord;
  return `${approx ? `${APPROX[approx]} ` : ''}${core}${tail}`;
}

export function shortDate(iso: string | null): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  if (!m[2]) return m[1];
  return m[3] ? `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}` : `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

export { isLightVerb };

/** What the frame counts, in words: "People killed", "North Korean troops deployed (planned)". */
/** The participle a running figure of damage is told with ("acres burned", "homes destroyed"); "fire" is the verb a fire's name lends. */
const RUNNING_PARTICIPLE: Readonly<Record<string, string>> = {
  // One participle per lemma (the first listed: "levelled", "burned"); "blow" is the family of "destroy", "fire" the verb of a fire's name.
  ...Object.fromEntries(Object.entries(DAMAGE_PARTICIPLES).reverse().map(([participle, lemma]) => [lemma, participle])),
  blow: 'destroyed', fire: 'burned',
};

/** The past tense and participle of verbs a counted noun is often told with. */
const VERB_FORMS: Readonly<Record<string, readonly [string, string]>> = {
  shoot: ['shot', 'shot'], fire: ['fired', 'fired'], wound: ['wounded', 'wounded'], kill: ['killed', 'killed'], injure: ['injured', 'injured'],
  flee: ['fled', 'fled'], fight: ['fought', 'fought'], take: ['took', 'taken'], transport: ['transported', 'transported'],
  send: ['sent', 'sent'], rush: ['rushed', 'rushed'], hospitalize: ['hospitalized', 'hospitalized'], hospitalise: ['hospitalised', 'hospitalised'],
  airlift: ['airlifted', 'airlifted'], treat: ['treated', 'treated'], release: ['released', 'released'], find: ['found', 'found'],
  recover: ['recovered', 'recovered'], hit: ['hit', 'hit'], strike: ['struck', 'struck'], detain: ['detained', 'detained'],
  identify: ['identified', 'identified'], question: ['questioned', 'questioned'],
};

/** Shots, rounds and times are fired or struck, never firing: the participle of a verb of shooting. */
const THING_SHOT = /^(?:shots?|rounds?|bullets?|gunshots?|times|casings?)$/i;
const SHOT_VERBS: ReadonlySet<string> = new Set(['fire', 'shoot', 'strike', 'hit', 'recover', 'find']);
/** People taken, transported or sent to a hospital undergo the verb: its participle is unambiguous. */
const PEOPLE_MOVED = /^(?:(?:other\s+)?(?:people|persons|victims|others|men|women|boys|girls|teens|children|adults|juveniles|patients))$/i;
const MOVED_VERBS: ReadonlySet<string> = new Set(['take', 'transport', 'send', 'rush', 'hospitalize', 'hospitalise', 'airlift', 'treat', 'release']);

/** Verbs that take no object: only they read as the counted noun's own act. */
const INTRANSITIVE = new Set(['flee', 'fire']);
/** Nouns of people, who act: "Men who fled"; anything else is told by the participle ("Guns fired"). */
const PERSON_HEAD = /^(?:people|persons|men|women|boys|girls|officers|deputies|troopers|agents|gunmen|suspects|victims|individuals|others|teens|teenagers|children|kids|adults|juveniles|males|females|shooters|attackers|assailants|robbers|intruders|co-?workers|employees|students|friends|members|witnesses|youths|soldiers|militants|guards|residents)$/i;

/** A count right before a noun, in digits or in words: "four (people)", "40 (people)". */
const COUNT_BEFORE = /(?:^|\s)(\d[\d,]*|[a-z]+)\s+$/i;

/**
 * Whether a noun the pattern found in a sentence is counted there by a number none of `values` is: "four people were
 * shot" tells nothing of the 40 people at the party.
 */
function countedOtherwise(sentence: string, at: number, values: readonly number[]): boolean {
  if (values.length === 0) return false;
  const m = COUNT_BEFORE.exec(sentence.slice(Math.max(0, at - 20), at));
  if (!m) return false;
  const n = /^\d/.test(m[1]!) ? digitValue(m[1]!) : SMALL[m[1]!.toLowerCase()];
  return n !== undefined && Number.isFinite(n) && !values.includes(n);
}

/**
 * A count of a noun and its verb in words, by how the tellings' sentences tell the verb: "Victims shot" where they say
 * "were shot", "People who opened fire" where "opened fire", "Men who fled" where "fled" (a verb with no object only);
 * null where the verb is not known or the sentences tell it neither way (the label then keeps "Noun: verb").
 */
function voiced(subject: string, predicate: string, sentences: readonly string[], values: readonly number[] = []): string | null {
  const forms = VERB_FORMS[predicate];
  if (!forms || sentences.length === 0) return null;
  const [past, participle] = forms;
  // The noun as the verb's subject, a word or two before it: "two people inside opened fire", "the three victims were
  // shot", not "sought out the three coworkers from her shift and opened fire" nor "Gray was shot" beside "two officers";
  // nor the noun of another count ("four people were shot" beside "more than 40 people in attendance").
  const head = subject.split(/\s+/).at(-1)!.replace(/[^\p{L}'’-]/gu, '');
  if (!head) return null;
  const acts = (verb: string) => new RegExp(String.raw`\b${head}\s+(?:(?!and\b|but\b|or\b)[\p{L}'’-]+\s+){0,2}${verb}\b`, 'giu');
  const tells = (re: RegExp) => sentences.some((s) => [...s.matchAll(re)].some((m) => !countedOtherwise(s, m.index!, values)));
  const passive = acts(String.raw`(?:was|were|been|being|is|are|got|get|gets)\s+(?:(?:\w+ly|also|then|later|all|both)\s+){0,2}${participle}`);
  if (tells(passive)) return `${subject} ${participle}`;
  // The counted noun as the verb's object, right after it: "shot three female co-workers" reads "Female co-workers shot".
  const object = new RegExp(String.raw`\b${past}\s+(?:(?:the|his|her|their|all)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+(?:[\p{L}'’-]+\s+){0,2}${head}\b`, 'giu');
  if (!INTRANSITIVE.has(predicate) && tells(object)) return `${subject} ${participle}`;
  // Only a verb that takes no object reads as the noun's own act ("took two others to the morgue" tells nothing the
  // others did).
  if (!INTRANSITIVE.has(predicate)) return null;
  // Of things that fire ("Guns", "Weapons"), the participle: "Guns fired".
  const who = PERSON_HEAD.test(head) ? 'who ' : '';
  const opened = acts(String.raw`open(?:ed|s)?\s+fire`);
  if (predicate === 'fire' && who && tells(opened)) return `${subject} who opened fire`;
  const did = acts(past);
  return tells(did) ? `${subject} ${who}${past}` : null;
}

/** The participle a counted noun is told with when it can only undergo the verb ("Shots fired", "Victims taken"), or null. */
function passiveOf(subject: string, predicate: string): string | null {
  if (!predicate) return null;
  const verbs = THING_SHOT.test(subject) ? SHOT_VERBS : PEOPLE_MOVED.test(subject) ? MOVED_VERBS : null;
  return verbs?.has(predicate) ? VERB_FORMS[predicate]![1] : null;
}

export function frameLabel(f: ClaimFrame, subject: string, predicate: string, place: string | null, sentences: readonly string[] = [], values: readonly number[] = []): string {
  const cap = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
  // "two police officers wounded": the subject's own casualty word is the label's, not the subject's ("Police officers injured", not "Police officers wounded injured").
  // "Two of the injured": a subject that is only the measure's own word names the people it counts.
  const bare = subject.replace(/(?:\s+(?:wounded|injured|hurt|dead|killed|slain|shot))+$/i, '');
  // "Eight of the injured were in critical condition": some of the people a toll counts read as such, never as the toll.
  const who = f.subject.startsWith('people:part') ? 'Some of the people' : f.subject === 'people' || /^(?:the\s+)?(?:wounded|injured|hurt|dead|killed|slain|shot)$/i.test(subject.trim()) ? 'People' : cap(bare || subject);
  // "Share of voice traffic in Egypt": a subject that already names its place is not told it twice.
  // "Some of the people injured, taken to hospital": a part told by what is said of it (claims.ts `partState`) says so.
  const partOf = f.subject.startsWith('people:part:') ? PART_STATE_PHRASE.exec(subject)?.[1] : undefined;
  const where = `${partOf ? `, ${partOf}` : ''}${place && !subject.toLowerCase().endsWith(` in ${place.toLowerCase()}`) ? ` in ${place}` : ''}`;
  // ("Wins (last season)": a subject that names its earlier season already tells it is background.)
  const when = f.scope === 'background' && !/\((?:last season|season before last)\)/.test(subject) ? ' (background)' : '';
  switch (f.measure) {
    case 'killed': return `${who} killed${where}${when}`;
    case 'injured': return `${who} injured${where}${when}`;
    case 'shot': return `${who} shot${where}${when}`;
    case 'missing': return `${who} missing${where}${when}`;
    // "about 15 people hostage", "all 12 remaining hostages": people held in a siege read as held, not as kidnapped.
    case 'kidnapped': return /\bhostages?\b/i.test(subject) ? `People held hostage${where}${when}` : `${who} kidnapped${where}${when}`;
    case 'displaced': return `${who} displaced${where}${when}`;
    case 'evacuated': return `${who} evacuated${where}${when}`;
    case 'rescued': return `${who} rescued${where}${when}`;
    case 'arrested': return `${who} arrested${where}${when}`;
    // "seven charges": the charges themselves, not people charged.
    // "Counts of attempted murder charged against Oliver": counts against one person name the person after the verb.
    case 'charged': {
      if (f.subject === 'charge:all') return `Charges filed${where}${when}`;
      const { charge, against } = chargeAgainst(subject);
      return against ? `${cap(charge)} charged against ${against}${where}${when}` : `${who} charged${where}${when}`;
    }
    case 'troops': return f.stance === 'planned'
      ? `${cap(subject)} to be sent${place ? ` to ${place}` : ''} (planned)${when}`
      : `${cap(subject)} deployed${place ? ` to ${place}` : ''}${when}`;
    case 'magnitude': return `Magnitude of the ${f.subject === 'aftershocks' ? 'aftershocks' : 'earthquake'}${when}`;
    case 'depth': return `Depth of the earthquake${when}`;
    // "a 30-foot dhow", "the 14-inch screen": a size hyphened to a noun is that thing's size.
    case 'distance': return f.subject.startsWith('size:') && subject ? `Size of the ${subject}${when}` : `Distance${place ? ` to ${place}` : ''}${when}`;
    // "Age of Jordan Reeves", "Age of the boy": an age is always some person's; a bare one ("the 4-year-old") names no one.
    // "Age Teixeira turns: 29 (Apr 11, ...)": an age still to come says so.
    case 'age': if (f.subject.startsWith('to-come:')) return `${f.subject.startsWith('to-come:person:') && subject ? `Age ${subject} turns` : 'Age to come'}${when}`;
      return `${f.subject.startsWith('person:') && subject ? `Age of ${subject}` : DESCRIBED_OR_KIN.test(f.subject) && subject && !/\bage\b/.test(subject) ? `Age of ${/^one of /.test(subject) ? '' : 'the '}${subject}` : 'Age'}${when}`;
    // "Bond: $1 million", "Reward: $2,000": an amount its own noun names reads without its clause's verb ("Bond (dead)" of
    // "left two people dead"); an amount named by no noun keeps the verb that tells what it is ("Amount (raise)").
    case 'money': return `${f.subject === 'amount' ? 'Amount' : cap(subject)}${predicate && !isLightVerb(predicate) && (f.subject === 'amount' || /^[A-Z]{3}\b/.test(subject)) ? ` (${predicate})` : ''}${when}`;
    case 'poll-share': return `Share in a poll: ${subject}${predicate && !isLightVerb(predicate) ? `, ${predicate}` : ''}`;
    default:
      // A disaster's running figure reads as a journalist writes it: "Containment", "Acres burned", "Homes destroyed".
      if (f.subject === 'containment') return `Containment${when}`;
      // "about 160 pounds" told of no thing weighed: a weight ("Weight: about 160 lb", not "Pound-mass").
      if (f.measure === 'other:mass' && MASS_UNIT_NAME.test(subject)) return `Weight${where}${when}`;
      // "Fall in homicides", "Increase in robberies", "Conviction rate": a change or a rate told in percent names its figure
      // whole; the clause's verb ("increase") would only say it again.
      if (/^(?:change|rate):/.test(f.subject)) return `${cap(subject)}${where}${when}`;
      if (f.subject.endsWith(':recovered')) return `${cap(subject)} recovered${where}${when}`;
      if (isRunningOpenTail(f)) return `${cap(subject)}${RUNNING_PARTICIPLE[predicate] ? ` ${RUNNING_PARTICIPLE[predicate]}` : ''}${where}${when}`;
      // "Shots fired", "Times shot", "Victims taken": where the counted noun can only undergo the verb, its participle.
      {
        const done = passiveOf(subject, predicate);
        if (done) return `${cap(subject)} ${done}${f.stance === 'planned' ? ' (planned)' : ''}${where}${when}`;
        const told = STATISTIC_SUBJECT.test(subject) ? null : voiced(cap(subject), predicate, sentences, values);
        if (told) return `${told}${f.stance === 'planned' ? ' (planned)' : ''}${where}${when}`;
      }
      // "Hansbrough's points", "Carries", "Klitschko's punches landed": a statistic's noun names the figure whole; the
      // clause's verb ("help", "total", "shoot") would only blur it.
      // A team named by its city is no place of the figure ("Chicago's field-goal percentage" against Miami is not "in Miami").
      return STATISTIC_SUBJECT.test(subject) ? `${cap(subject)}${f.stance === 'planned' ? ' (planned)' : ''}${when}` : `${cap(subject)}${predicate && !isLightVerb(predicate) ? `: ${predicate}` : ''}${f.stance === 'planned' ? ' (planned)' : ''}${where}${when}`;
  }
}

/** A mass's subject that is only its unit's name: nothing weighed is named. */
const MASS_UNIT_NAME = /^(?:pound-mass|pounds?|kilograms?|grams?|tonnes?|tons?|lbs?|kg)$/i;

/** A subject of a game's statistic (a player's or team's figure, a margin or a lead, or a statistic's own noun) or a place's population: its heading takes no verb of its clause. */
const STATISTIC_SUBJECT = /^(?:[\p{L}\d .'’-]+['’]s?\s+)?(?:(?:rushing|receiving|passing|return|offensive|defensive|special-teams)\s+)?(?:points|point|yards|rebounds|assists|steals|blocks|catches|carries|touchdowns|games(?:\s+(?:played|missed|to\s+miss|in\s+the\s+series|(?:won|lost)(?:\s+of\s+last\s+\d+)?))?|career\s+points|(?:(?:closest|narrowest|smallest|largest|biggest|widest|greatest|halftime)\s+)?(?:margin|lead)|population|home\s+runs|RBIs|hits(?:\s+allowed)?|walks|innings(?:\s+pitched)?|runs(?:\s+allowed)?|strikeouts|doubles|triples|saves|goals(?:\s+allowed)?|sacks|tackles|interceptions|turnovers|passes\s+(?:completed|attempted)|punches(?:\s+(?:landed|thrown|attempted))?|knockouts|wins|losses|draws|field\s+goals(?:\s+(?:made|attempted))?|free\s+throws(?:\s+(?:made|attempted))?|(?:three|3)-pointers(?:\s+(?:made|attempted))?|(?:field-goal|three-point|free-throw)\s+percentage)(?:\s+(?:needed|per\s+\w+))?(?:\s+\([^)]*\))?$/iu;

/**
 * A toll that the claims pass raised by the shooters killed, told in another sentence ("killing at least 40
 * people", "three attackers had been killed": 43), is no number its origin said: the words say what it counts.
 */
function shootersNote(tellings: readonly Telling[]): string {
  if (tellings.length > 0 && tellings.every((t) => t.rules.measure.includes('+shooter-killed'))) return 'counting the shooters killed';
  // A hurt count raised by the others an article tells also hurt in a later sentence (claim-groups.ts).
  return tellings.length > 0 && tellings.every((t) => t.rules.measure.includes('+others-also')) ? 'counting the others also hurt' : '';
}

/** The distinct values of a series in time order, each with its date and origin: "about 1,500 (Oct 18, NIS) → about 3,000 (Oct 23, NIS)". */
export function seriesInWords(tellings: readonly Telling[], maxSteps = 4, measure?: string): string {
  // Consecutive tellings of one value are one step, told with its first date and its words of approximation.
  const runs: Telling[][] = [];
  for (const t of tellings) {
    if (t.value === null) continue;
    const last = runs.at(-1);
    if (last && JSON.stringify(last[0].value) === JSON.stringify(t.value)) last.push(t);
    else runs.push([t]);
  }
  const steps = runs.map((run) => {
    const dated = run.find((t) => t.asOf) ?? run[0];
    const approx = run.find((t) => t.approx)?.approx ?? null;
    const v = valueInWords(dated.value, approx, dated.unit, measure);
    const meta = [shortDate(dated.asOf) || (dated.rules.asOf === 'time/earlier-value' ? 'earlier' : ''), dated.origin, shootersNote(run)].filter(Boolean).join(', ');
    return `${v}${meta ? ` (${meta})` : ''}`;
  });
  return steps.slice(-maxSteps).join(' → ');
}

/**
 * A leading value with its date and origins, and the other values told beside it: as rivals
 * ("rival values: 5 (Jan 2, WPTV)") when the verdict is `contested`, else as "also told"; never with
 * an arrow, which reads as a change over time. A bound the leading value meets ("at least 1" beside 2)
 * is no other value.
 */
export function valuesTold(tellings: readonly Telling[], lead: Telling, verdict: Verdict, frame: ClaimFrame | undefined): string {
  const same = (t: Telling) => JSON.stringify(t.value) === JSON.stringify(lead.value);
  // "No one was injured": a figure of none is dated and credited by the tellings that say so, as any value is.
  const valued = tellings.filter((t) => t.value !== null && (!t.negated || (lead.negated && same(t))));
  // "at least 1" from victims told one by one reads 1 where every article told that one alone and no other value is told.
  const alone = valued.every((t) => same(t) && t.rules.subject === 'subject/victims-described-alone');
  const approx = valued.filter(same).every((t) => t.approx) && !alone ? lead.approx : null;
  // One origin is named once, by the first of its names ("Alaska State Troopers", then "troopers").
  const byKey = new Map<string, string>();
  for (const t of valued) if (same(t) && !byKey.has(originKey(t))) byKey.set(originKey(t), t.origin);
  const origins = [...new Set(byKey.values())];
  // Dated by the first telling of the leading value that states a date, as a series dates its steps.
  const first = valued.filter(same).find((t) => t.asOf) ?? lead;
  const when = shortDate(first.asOf ?? first.published);
  const meta = [when, origins.slice(0, 3).join(', ') + (origins.length > 3 ? ` and ${origins.length - 3} more` : ''), shootersNote(valued.filter(same))].filter(Boolean).join(', ');
  const head = `${valueInWords(lead.value, approx, lead.unit, frame?.measure)}${meta ? ` (${meta})` : ''}`;
  // Each other value once, with the first origin and date that told it.
  const others = new Map<string, Telling>();
  const lv = Array.isArray(lead.value) ? lead.value[1] : (lead.value as number);
  const holds = (t: Telling) => typeof t.value === 'number' && ((t.approx === 'at-least' && t.value <= lv) || (t.approx === 'more-than' && t.value < lv) || (t.approx === 'up-to' && t.value >= lv) || (t.approx === 'less-than' && t.value > lv));
  for (const t of valued) if (!same(t) && !holds(t) && !others.has(JSON.stringify([t.value, t.approx]))) others.set(JSON.stringify([t.value, t.approx]), t);
  if (others.size === 0) return head;
  // A part of the whole says so, so that a reader does not take it for a rival ("1 (a part; Oct 30, Police)").
  const parts = partsBelowWhole(tellings, frame);
  const words = [...others.values()].slice(0, 3).map((t) => `${valueInWords(t.value, t.approx, t.unit, frame?.measure)} (${parts.has(t) ? 'a part; ' : ''}${[shortDate(t.asOf ?? t.published), t.origin].filter(Boolean).join(', ')})`);
  return `${head}; ${verdict === 'contested' ? 'rival values' : 'also told'}: ${words.join('; ')}`;
}

/**
 * A group's statement: the frame in words and its values; an event without a value keeps its own words.
 * Only an `updated` group reads as a series over time with arrows (its parts of a whole left out); any
 * other leads with `lead` and names the other values told (see `valuesTold`).
 */
export function statementOf(f: ClaimFrame, subject: string, predicate: string, place: string | null, tellings: readonly Telling[], verdict?: Verdict, lead?: Telling | null): string {
  if (f.stance === 'denial') {
    const t = tellings[0];
    const said = t ? clip(t.sentence) : '';
    return `${t?.origin ?? 'A party'} denies it: “${said}”`;
  }
  if (f.measure.startsWith('event:')) return `${shortDate(f.when) ? `${shortDate(f.when)}: ` : ''}${clip(tellings[0]?.sentence ?? subject)}`;
  // "Three other people were also shot": a group told only by people added to others is of those others.
  const numbered = tellings.filter((t) => typeof t.value === 'number');
  const others = hasTrait(f.measure, 'peopleCount') && f.subject === 'people' && numbered.length > 0 && numbered.every(isAddedOthers);
  // "four attackers", "four militants", "four terrorists": the attackers' toll told with several nouns is named by the
  // plain one, not by one side's word for them.
  const nouns = new Set(numbered.map((t) => (t.unit ?? '').toLowerCase().replace(/s$/, '')));
  const who = f.subject === 'shooters' && nouns.size > 1 ? 'attackers' : subject;
  const sentences = tellings.map((t) => t.sentence);
  const values = numbered.map((t) => t.value as number);
  const label = others ? frameLabel({ ...f, subject: 'other people' }, 'other people', predicate, place, sentences, values) : frameLabel(f, who, predicate, place, sentences, values);
  if (verdict !== undefined && verdict !== 'updated' && lead && lead.value !== null) return `${label}: ${valuesTold(tellings, lead, verdict, f)}`;
  const series = seriesInWords(verdict === 'updated' ? seriesTellings(tellings, f) : tellings, 4, f.measure);
  return `${label}${series ? `: ${series}` : ''}`;
}

/**
 * The tellings an updated series is told by: its parts of a whole left out and, for a running count,
 * one reading per article (the count it tells, not a part it tells beside it), so that the arrows
 * follow the count ("1 → 4", not "1 → 4 → 1 → 4").
 */
export function seriesTellings(tellings: readonly Telling[], f: ClaimFrame): Telling[] {
  const parts = partsBelowWhole(tellings, f);
  const kept = tellings.filter((t) => !parts.has(t));
  return isRunningCount(f) ? articleReadings(kept.filter((t) => t.value !== null)) : kept;
}

function clip(s: string, max = 140): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
