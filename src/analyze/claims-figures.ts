// Figures whose own words name what they are: a count a noun's number reached, a storm's winds, rain and snow, customers
// without power, the mass of a stuff, people made ill or in hospital, goods recalled, people rescued or buried, a
// temperature. Each replaces the generic reading of its quantity in the claims pass.
import type { Measure, Quantity, Sentence } from '../model/analysis.js';

/** What `namedFigure` reads of a quantity: its measure where the words name one, its subject and the rules of each. */
export interface NamedFigure {
  /** The measure, where the words name one (a mass or a wind keeps the measure its unit gave). */
  measure?: Measure;
  rule?: string;
  subject: string;
  subjectRule: string;
  predicateRule: string;
  /** The unit and class a bare number takes from the noun it counts. */
  unit?: string;
  unitClass?: string;
}

/** A count's verb of reaching its value, up to the value: "has risen to about", "stood at", "was revised to". */
const REACHED = String.raw`(?:(?:has|have|had)\s+)?(?:rose|risen|climbed|grew|grown|jumped|increased|reached|hit|stood\s+at|stands\s+at|is|was|now\s+stands\s+at|(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?(?:revised|raised|lowered|updated|corrected)\s+(?:(?:up|down)(?:ward)?\s+)?to)\s+(?:to\s+)?(?:about\s+|nearly\s+|more\s+than\s+|at\s+least\s+|some\s+)?$`;

/**
 * "The number of measles cases in West Texas rose to", "the tally of confirmed infections stood at", "the number of cars
 * that derailed was revised to", "the number of homicides this year is": a count's noun, then its verb of reaching.
 */
const NUMBER_OF_ROSE = new RegExp(String.raw`\b(?:number|count|tally|total)\s+of\s+(?:[\p{Ll}-]+\s+)?(?!(?:has|was|is|as|its|his|this)\b)([\p{Ll}-]+s)\b(?:\s+(?:in|at|across|among|from)\s+[^.;,]{1,40}?|\s+(?:that|which|who)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)?(?:\s+(?:this|last)\s+(?:year|month|week)|\s+so\s+far(?:\s+this\s+year)?)?\s+${REACHED}`, 'u');
/** "the number of people evacuated has risen to", "the number of evacuees stood at": a count of people by what befell them. */
const NUMBER_OF_PEOPLE = new RegExp(String.raw`\b(?:number|count|tally|total)\s+of\s+(?:(?:people|persons|residents|villagers|suspects)\s+(evacuated|displaced|injured|hurt|wounded|missing|rescued|arrested)|(evacuees|arrests))\b(?:\s+(?:in|at|across|from)\s+[^.;,]{1,40}?)?\s+(?:${REACHED}|to\s+(?:about\s+|nearly\s+|more\s+than\s+|at\s+least\s+|some\s+)?$)`, 'iu');
const PEOPLE_MEASURE: Record<string, Measure> = { arrests: 'arrested', evacuated: 'evacuated', evacuees: 'evacuated', displaced: 'displaced', injured: 'injured', hurt: 'injured', wounded: 'injured', missing: 'missing', rescued: 'rescued', arrested: 'arrested' };
/** A plume a height is told of, before it ("a column of ash 5 kilometers", "the ash column reached 8 km"). */
const PLUME_BEFORE = /\b(?:column|plume|cloud)s?\s+(?:of\s+(?:ash|smoke|steam|gas)\s+)?(?:(?:has\s+|had\s+)?(?:reached|rose|risen|soared|towered|climbed)\s+(?:to\s+)?)?(?:about\s+|nearly\s+|some\s+|up\s+to\s+|more\s+than\s+|as\s+high\s+as\s+)?$/i;
/** A height told after a distance: "5 kilometers into the sky", "8 km high", "above the crater". */
const HEIGHT_AFTER = /^\s*(?:high\b|tall\b|into\s+the\s+(?:sky|air|atmosphere)|above\s+(?:the\s+)?(?:crater|summit|peak|volcano|sea\s+level))/i;

/** The stuff a clause opens with, then a verb of weighing: "The cocaine seized at the port weighed", "the drugs weighing". */
const STUFF_WEIGHED = /^\W*(?:[Tt]he\s+)?(?:[\p{Ll}]+ed\s+)?([\p{Ll}][\p{Ll}-]{2,})\b[^.;]{0,60}?\b(?:weighed|weighing|weighs|totall?ed|amounted\s+to)\s+(?:(?:about|nearly|some|more\s+than|roughly|an\s+estimated|almost|over)\s+)?$/u;
/** Services of transport a disruption counts: "flights", "trains", "sailings". */
const TRANSPORT = /^(?:flights?|trains?|services|departures|arrivals|sailings|ferries|ferry\s+crossings|bus\s+routes)$/i;
const CANCEL = String.raw`(?:cancel(?:l)?(?:ed|ing|s)?|scrap(?:ped|ping|s)?|ground(?:ed|ing|s)?|suspend(?:ed|ing|s)?)`;
const DELAY = String.raw`(?:delay(?:ed|ing|s)?|divert(?:ed|ing|s)?)`;
const BOUND = String.raw`(?:(?:another|more\s+than|about|nearly|at\s+least|some|over|almost|roughly|an\s+additional)\s+)*`;

/** Each disruption with its verb right before a count, right after it, and anywhere before services in a sentence. */
const DISRUPTIONS = ([['cancelled', CANCEL], ['delayed', DELAY]] as const).map(([kind, verb]) => ({
  kind,
  before: new RegExp(String.raw`\b${verb}\s+${BOUND}$`, 'i'),
  after: new RegExp(String.raw`^\s*(?:(?:were|was|have\s+been|had\s+been|had\s+to\s+be|are|being)\s+)?${verb}\b`, 'i'),
  inSentence: new RegExp(String.raw`\b${verb}\b[^.;]{0,40}\b(?:flights|trains|services|sailings|departures)\b`, 'i'),
}));
/** A total raised right before a bare number: "bringing the total to about". */
const TOTAL_BROUGHT_TO = /\b(?:bringing|brings|brought|raising|taking)\s+(?:the|its)\s+(?:overall\s+)?total\s+to\s+(?:about\s+|nearly\s+|more\s+than\s+|some\s+|over\s+)?$/i;

/** Whether a count of transport is of services cancelled or delayed, told by the verb right before or after it, or as the total after a cancellation. */
function transportDisrupted(q: Quantity, sentence: Sentence, before: string, after: string): 'cancelled' | 'delayed' | null {
  const noun = (q.unit ?? '').split(/\s+/).at(-1) ?? '';
  if (TRANSPORT.test(noun)) return DISRUPTIONS.find((d) => d.before.test(before) || d.after.test(after))?.kind ?? null;
  // "cancelled another 400 flights ..., bringing the total to about 3,100": the total of the services the sentence cancels.
  if (q.unitClass === 'number' && !q.unit && TOTAL_BROUGHT_TO.test(before)) return DISRUPTIONS.find((d) => d.inSentence.test(sentence.text))?.kind ?? null;
  return null;
}

/** Words of a wind right around a speed: "winds of 130 mph", "130-mph winds", "gusts up to 150 mph". */
const WIND = /\b(?:sustained\s+)?(winds?|gusts?)\b/i;
/** The stuff a mass weighs, right after it: "of cocaine", "of crude oil". */
const MASS_OF = /^\s*of\s+(?:(?:the|raw|crude|pure|illegal|illicit|uncut|liquid|refined|marijuana|heroin)\s+)?([\p{Ll}][\p{Ll}-]{2,}(?:\s+oil)?)\b/u;
const NOT_STUFF = /^(?:the|a|an|it|them|which|what|this|that|those|these|about|more|less|up)$/;
/** Rain or snow right after a depth: "inches of rain", "centimetres of fresh snow". */
const FALL = /^\s*(?:of\s+(?:heavy\s+|new\s+|fresh\s+)?(rain|rainfall|snow|snowfall)|(?:of\s+)?(rain|rainfall|snow|snowfall)\b)/i;
/** Nouns that count power customers. */
const POWER_CUSTOMERS = /^(?:(?:\p{L}+\s+){0,2}(?:customers|homes|households|businesses|residences|accounts|meters))$/iu;
/** Words of a power cut: "without power", "knocking out power to", "in the dark", "outages", "restored to all but". */
const POWER_OUT = /\b(?:without\s+(?:power|electricity)|(?:lost|lose|losing|knock(?:ed|ing)?\s+out|cut(?:ting)?\s+off)\s+(?:power|electricity)|power\s+(?:outages?|cuts?|was\s+(?:out|restored))|restored\s+to\s+all\s+but|in\s+the\s+dark|outages?)\b/i;

/** People made ill told after their count: "45 people fell ill", "80 have been sickened", "guests who became sick". */
const SICK_AFTER = /^\s*(?:(?:who|that)\s+)?(?:(?:have|has|had|were|was|are|is|reportedly|also|since|now|later|all)\s+){0,3}(?:(?:fell|fallen|became|become|got|gotten|been)\s+)?(?:ill|sick|sickened)\b/i;
/** The verb of making ill right before a count: "sickening at least 45", "made 30 people ill" is not read. */
const SICK_BEFORE = /\bsicken(?:ed|ing|s)?\s+(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+|some\s+)?$/i;
/** "The number of people sickened after the picnic has climbed to": the count of the ill, then its verb of reaching. */
const NUMBER_SICK = new RegExp(String.raw`\b(?:number|count|tally|total)\s+of\s+(?:[\p{Ll}-]+\s+)?(?:who\s+(?:fell|became|got|have\s+fallen|had\s+fallen|were)\s+)?(?:sickened|ill|sick)\b[^.;]{0,60}?\s${REACHED}`, 'iu');

/** Verbs of bringing people out of rubble, snow or water right before their count ("pulled", "dug out", "freed"). */
const PULLED_BEFORE = /\b(?:pulled|dug|freed|brought|hauled|plucked)\s+(?:out\s+)?(?:(?:at\s+least|about|nearly|some|more\s+than)\s+)?$/i;
/** A recall's verb or noun right before the goods it covers: "recalling about", "recall to", "recall covers". */
const RECALL_BEFORE = /\brecall(?:s|ed|ing)?\s+(?:(?:to|of|covers|covering|affects|affecting|includes|including)\s+)?(?:(?:about|nearly|almost|more\s+than|some|roughly|around|over|another|an\s+additional)\s+)?$/i;
/** Goods told as recalled right after their count: "300,000 cars are being recalled". */
/**
 * What a spill let out, before or after a volume or a mass: "spilled about 1,000 barrels", "1,000 barrels were released",
 * "5,000 barrels of crude leaked", "its estimate of the oil spilled into the river to 4,800 barrels".
 */
const SPILL_VERB = String.raw`(?:spill(?:ed|s|ing)?|spilt|leak(?:ed|s|ing)?|releas(?:ed|es|ing)|discharg(?:ed|es|ing)|dump(?:ed|s|ing)?)`;
const SPILL_BEFORE = new RegExp(String.raw`\b${SPILL_VERB}\s+(?:(?:an?\s+)?(?:estimated|about|nearly|almost|more\s+than|some|roughly|around|over|at\s+least|up\s+to)\s+)?$|\b(?:oil|crude|fuel|diesel|gasoline|chemicals?|sewage|waste(?:water)?|ammonia|chlorine|acid|gas)\s+${SPILL_VERB}\b[^.;]{0,60}?\bto\s+(?:(?:about|nearly|some|roughly|around|over|at\s+least)\s+)?$`, 'i');
const SPILL_AFTER = new RegExp(String.raw`^\s*(?:of\s+(?:[\p{L}-]+\s+){1,3}?)?(?:(?:had|have|has)\s+been\s+|were\s+|was\s+|had\s+|have\s+)?${SPILL_VERB}\b`, 'iu');
/** Words of getting back what was spilled: its figure is the amount recovered, never the spill's. */
const GOT_BACK_BEFORE = /\b(?:recover|retriev|collect|skimm?|clean|vacuum|remov|contain)\w*\s+(?:(?:about|nearly|some|roughly|around|over|at\s+least|more\s+than)\s+)?$/i;

const RECALL_AFTER = /^\s*(?:(?:are|were|is|was|being|been|have|has|will\s+be)\s+){0,2}recalled\b/i;
/** A count's people told in hospital right after it: "were hospitalized", "remain in hospital". */
const IN_HOSPITAL = /^\s*(?:(?:who|that)\s+)?(?:(?:have|has|had|were|was|are|is|been|remain|remained|remains|still|also|later|now)\s+){1,3}(?:hospitali[sz]ed|in\s+(?:the\s+)?hospital)\b/i;
/** Words of harm done by violence or an accident in a sentence. */
const HARM_WORDS = /\b(?:shot|shooting|gunfire|stabb\w*|wounded|injur\w*|hurt|crash\w*|collision|blast|explosion|attack\w*|burn\w*|struck)\b/i;
/** Words of an illness anywhere in an article. */
const ILLNESS = /\b(?:fell\s+ill|illness(?:es)?|sickened|sickness|food\s+poisoning|poisoning|salmonella|e\.\s?coli|listeria|norovirus|botulism|outbreak)\b/i;

/** Whether the words before a bare number name the count it is ("the number of homicides this year is more than"). */
export function countNamedBefore(q: Quantity, sentence: Sentence, text: string): boolean {
  const lead = text.slice(sentence.span[0], q.span[0]);
  return NUMBER_OF_ROSE.test(lead) || NUMBER_OF_PEOPLE.test(lead);
}

/**
 * The figure a quantity's own words name, or null to keep its generic reading (`measure` is that reading's). Rules:
 * a bare number a count of a noun reached is a count of that noun (only where no closed measure read it); a speed
 * with winds or gusts around it is the storm's; a mass is of the stuff after it; a depth of rain or snow is rainfall or
 * snowfall; customers, homes or businesses in a clause of a power cut are customers without power; people made ill are
 * the people sickened, and those in hospital in an article of an illness its patients; goods a recall covers are the
 * units recalled; people pulled out alive are rescued, and people buried a figure of their own; a temperature is the
 * weather's, whatever its scale.
 */
export function namedFigure(q: Quantity, sentence: Sentence, text: string, measure: Measure): NamedFigure | null {
  const before = (n: number) => text.slice(Math.max(sentence.span[0], q.span[0] - n), q.span[0]);
  const after = (n: number) => text.slice(q.span[1], Math.min(sentence.span[1], q.span[1] + n));
  if (q.unitClass === 'number' && !q.unit && measure.startsWith('other:')) {
    const people = NUMBER_OF_PEOPLE.exec(text.slice(sentence.span[0], q.span[0]));
    if (people) return { measure: PEOPLE_MEASURE[(people[1] ?? people[2])!.toLowerCase()]!, rule: 'measure/number-of-people', subject: 'people', subjectRule: 'subject/number-of', predicateRule: 'predicate/number-of', unit: 'people', unitClass: 'persons' };
    const counted = NUMBER_OF_ROSE.exec(text.slice(sentence.span[0], q.span[0]));
    if (counted) {
      const noun = counted[1]!.toLowerCase();
      return { measure: 'other:count', rule: 'measure/number-of', subject: noun, subjectRule: 'subject/number-of', predicateRule: 'predicate/number-of', unit: noun, unitClass: 'count' };
    }
  }
  // "sending a column of ash 5 kilometers into the sky", "the ash column reached 8 kilometers": the height of a plume, one
  // running figure as an eruption or a fire goes on, never a distance between places.
  if (q.unitClass === 'length' && (PLUME_BEFORE.test(before(60)) || HEIGHT_AFTER.test(after(30))) && /\b(?:ash|smoke|plume|column|eruption|volcano|erupt)/i.test(sentence.text)) {
    return { measure: 'other:plume-height', rule: 'measure/plume-height', subject: 'height of the plume', subjectRule: 'subject/plume-height', predicateRule: 'predicate/plume-height' };
  }
  if (q.unitClass === 'speed') {
    const wind = WIND.exec(`${before(40)}${text.slice(q.span[0], q.span[1])}${after(12)}`);
    if (wind) return { subject: /gust/i.test(wind[1]!) ? 'wind gusts' : 'wind speed', subjectRule: 'subject/wind-speed', predicateRule: 'predicate/wind-speed' };
  }
  if (q.unitClass === 'mass') {
    const stuff = MASS_OF.exec(after(40));
    if (stuff && !NOT_STUFF.test(stuff[1]!)) return { subject: stuff[1]!, subjectRule: 'subject/mass-of', predicateRule: 'predicate/mass-of' };
    // "The cocaine seized at the port weighed 2.4 tonnes": the stuff the clause opens with, weighed.
    const weighed = STUFF_WEIGHED.exec(text.slice(sentence.span[0], q.span[0]).split(/[;:]/).at(-1) ?? '');
    if (weighed && !NOT_STUFF.test(weighed[1]!)) return { subject: weighed[1]!.toLowerCase(), subjectRule: 'subject/mass-of', predicateRule: 'predicate/mass-of' };
  }
  // "cancel more than 1,200 flights", "Another 2,300 flights were delayed", "bringing the total to about 3,100" after
  // flights cancelled: transport cancelled and transport delayed are two running figures, never one count of flights.
  const disrupted = transportDisrupted(q, sentence, before(50), after(50));
  if (disrupted) return { measure: `other:${disrupted}`, rule: `measure/transport-${disrupted}`, subject: `${disrupted === 'cancelled' ? 'services cancelled' : 'services delayed'}`, subjectRule: 'subject/transport-disrupted', predicateRule: 'predicate/transport-disrupted' };
  if (/^(?:inch|foot|millimetre|centimetre|metre)$/.test(q.unit ?? '')) {
    // "250 millimeters (nearly 10 inches) of rain": a conversion in brackets stands between the depth and its stuff.
    const fall = FALL.exec(after(60).replace(/^\s*\([^()]{0,30}\)/, ''));
    if (fall) return { measure: 'other:precipitation', rule: 'measure/precipitation', subject: /snow/i.test(fall[1] ?? fall[2] ?? '') ? 'snowfall' : 'rainfall', subjectRule: 'subject/precipitation', predicateRule: 'predicate/precipitation' };
  }
  // People made ill by food, water or fumes: one running count however told ("45 people fell ill", "sickening 45", "the
  // number of people sickened has climbed to 80"), never a count of those at the event.
  const bare = q.unitClass === 'number' && !q.unit;
  // Only the living fall ill: a noun the quantities count as things ("diners") is of people here.
  const counted = q.unitClass === 'persons' || q.unitClass === 'count';
  if (measure.startsWith('other:') && ((counted && SICK_AFTER.test(after(40))) || ((counted || bare) && SICK_BEFORE.test(before(30))) || (bare && NUMBER_SICK.test(text.slice(sentence.span[0], q.span[0]))))) {
    return { measure: 'other:sickened', rule: 'measure/sickened', subject: 'people sickened', subjectRule: 'subject/sickened', predicateRule: 'predicate/sickened', unit: 'people', unitClass: 'persons' };
  }
  // "Temperatures reached 46 degrees Celsius", "temperatures reached 103 degrees": the weather's temperature, one figure
  // whatever its scale (a bare "degrees" in a sentence of temperatures or heat is no angle).
  if (q.unitClass === 'temperature' || (q.unitClass === 'angle' && /^degrees?$/i.test(q.unit ?? '') && /\b(?:temperatures?|heat|hottest|coldest|fahrenheit|celsius)\b/i.test(sentence.text))) {
    return { measure: 'other:temperature', rule: 'measure/temperature', subject: 'temperature', subjectRule: 'subject/temperature', predicateRule: 'predicate/temperature', ...(q.unitClass === 'angle' ? { unit: 'degrees', unitClass: 'temperature' } : {}) };
  }
  // "Rescuers pulled four people from the snow alive": people brought out alive are rescued; "burying at least six people":
  // those an avalanche or a collapse buried are a figure of their own.
  if (q.unitClass === 'persons' && measure.startsWith('other:')) {
    if (PULLED_BEFORE.test(before(30)) && /^[^.;]{0,40}?\balive\b/i.test(after(50))) return { measure: 'rescued', rule: 'measure/pulled-alive', subject: q.unit ?? 'people', subjectRule: 'subject/counted-noun', predicateRule: 'predicate/pulled-alive' };
    if (/\bbur(?:ying|ied)\s+(?:(?:at\s+least|about|nearly|some|more\s+than)\s+)?$/i.test(before(30)) || /^\s*(?:(?:were|was|had\s+been|have\s+been|are|remain)\s+)?buried\b/i.test(after(30))) return { measure: 'other:buried', rule: 'measure/buried', subject: 'people buried', subjectRule: 'subject/buried', predicateRule: 'predicate/buried' };
  }
  // "is recalling about 1.2 million SUVs", "expanded its recall to 1.6 million vehicles", "300,000 cars are being recalled":
  // the goods a recall covers, one running count whatever they are called.
  if (q.unitClass !== 'money' && q.unitClass !== 'percent' && q.unitClass !== 'persons' && q.unitClass !== 'time' && (RECALL_BEFORE.test(before(40)) || RECALL_AFTER.test(after(40)))) {
    return { measure: 'other:recalled', rule: 'measure/recalled', subject: 'units recalled', subjectRule: 'subject/recalled', predicateRule: 'predicate/recalled' };
  }
  // "Seven people were hospitalized", "Twelve people remain in hospital" in an article of an illness: patients, not people
  // hurt (a shooting's or a crash's hospitalized are its injured).
  if (q.unitClass === 'persons' && (measure === 'injured' || measure.startsWith('other:')) && IN_HOSPITAL.test(after(40)) && !HARM_WORDS.test(sentence.text) && ILLNESS.test(text)) {
    return { measure: 'other:hospitalized', rule: 'measure/hospitalized-ill', subject: 'people in hospital', subjectRule: 'subject/hospitalized-ill', predicateRule: 'predicate/hospitalized-ill' };
  }
  // "spilled about 1,000 barrels", later "about 5,000 barrels of crude leaked": what a spill let out is one running
  // figure however its verb tells it, estimated and revised as the story goes on.
  if ((q.unitClass === 'volume' || q.unitClass === 'mass') && !GOT_BACK_BEFORE.test(before(40)) && (SPILL_BEFORE.test(before(90)) || SPILL_AFTER.test(after(50)))) {
    return { measure: 'other:spilled', rule: 'measure/spilled', subject: 'amount spilled', subjectRule: 'subject/spilled', predicateRule: 'predicate/spilled' };
  }
  if (POWER_CUSTOMERS.test(q.unit ?? '') && POWER_OUT.test(`${before(50)}${text.slice(q.span[0], q.span[1])}${after(50)}`)) {
    return { measure: 'other:outage', rule: 'measure/power-outage', subject: 'customers without power', subjectRule: 'subject/power-outage', predicateRule: 'predicate/power-outage' };
  }
  return null;
}
