// The frame of a quantity claim: its measure (closed vocabulary, open tail), its scope (this event or background) and whether its time is an earlier value.
import type { Because, ClaimScope, DateMention, Measure, Quantity, Sentence, Token } from '../model/analysis.js';
import { CARE_NOT_HURT, FOLLOWS_ANOTHER, pastSentence } from './victims.js';
import { ADDRESS_NUMBER_AFTER } from './dates.js';
import { hasTrait } from '../model/measures.js';

/** Nouns of people a count can be told in ("two men", "three officers", "others"). */
export const PERSON_NOUN = String.raw`(?:m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|kids?|teens?|teenagers?|infants?|bab(?:y|ies)|toddlers?|adults?|persons?|people|individuals|officers?|deput(?:y|ies)|troopers?|civilians?|students?|classmates|victims?|juveniles?|males?|females?|brothers?|sisters?|sons?|daughters?|fathers?|mothers?|husbands?|wives|wife|relatives?|bystanders?|friends?|others|gunman|shooter|suspects?|grandmother|grandfather|grandchildren|grandsons?|granddaughters?|(?:ex-)?(?:girl|boy)friends?|fianc[eé]e?s?|stepsons?|stepdaughters?|nephews?|nieces?|uncles?|aunts?|cousins?|neighbou?rs?|customers?|employees?|family members|members)`;
const PERSON_WORD = new RegExp(String.raw`\b${PERSON_NOUN}$`, 'i');

/** Whether a quantity counts people: a persons unit, or a count whose noun is one of people ("two men wounded"). */
export function countsPersons(q: Quantity): boolean {
  // "two men wounded": a unit read with its casualty word still counts the people.
  return typeof q.value === 'number' && (q.unitClass === 'persons' || (q.unitClass === 'count' && PERSON_WORD.test((q.unit ?? '').replace(/\s+(?:dead|killed|injured|wounded|hurt|shot)$/i, ''))));
}

export interface FrameOptions {
  /** Characters either side of a quantity read for measure cues, cut at clause boundaries ("3 killed and 5 injured"). */
  cueWindow: number;
  /** A claim whose time lies more than this many days before publication is background (an earlier event). */
  backgroundDays: number;
  /** Characters either side of a quantity in which an earlier year or past-setting words make it background. */
  backgroundWindow: number;
}

// Set by hand on the example corpus and ECB+ train stories (earthquakes, shootings, a heist): a toll
// is stated within a clause of its number; a week-old figure is still this story's, a month-old one
// (last July's heist in a September story) is not; an earlier year sets in the past only the
// figures near it ("a 60-year-old woman charged ... in the 1967 killings of two women").
export const defaultFrameOptions: FrameOptions = { cueWindow: 48, backgroundDays: 30, backgroundWindow: 60 };

const because = <T>(value: T, rule: string): Because<T> => ({ value, rule });

/** Cue words of each closed measure, matched as whole words in the quantity's clause. */
const MEASURE_CUES: [Measure, RegExp][] = [
  ['killed', /^(killed|killing|kills|dead|died|dies|die|deaths?|death toll|toll|fatalities|fatally|fatal|slain|murdered|bodies|perished|massacred|martyred|killings|slayings)$/],
  // "Forty-two people were treated at hospitals": those treated for their injuries are the hurt.
  // "four remain in the hospital": people still kept in hospital are the hurt.
  ['injured', /^(injured|injuring|injuries|injury|wounded|wounding|wounds|winged|hurt|hospitali[sz]ed|casualties|treated at hospitals?|treated in hospitals?|treated for injuries|(?:remain|remains|remained) in (?:the )?hospital)$/],
  ['shot', /^(shot|shooting victims|(?:struck|hit) by (?:gunfire|bullets?|buckshot|pellets|birdshot))$/],
  ['missing', /^(missing|unaccounted)$/],
  // "Gunmen abducted at least 30 students", "42 students remain in the hands of kidnappers", "held hostage".
  ['kidnapped', /^(kidnapped|kidnapping|kidnaps|abducted|abducting|abduction|abducts|hostages?|held hostage|taken hostage|captives|held captive)$/],
  // "about 1,200 people have now been ordered to leave": those told to leave are evacuated.
  ['evacuated', /^(evacuated|evacuees|evacuation|evacuate|ushered|ordered to leave|told to leave|ordered to evacuate)$/],
  // "41 people were rescued", "rescued 12 miners": not "rescue workers" nor "rescuers", who count no one saved.
  ['rescued', /^(rescued|saved alive|pulled alive)$/],
  // "forcing about 3,000 people to flee": those who fled are displaced, however they are told.
  // "About 28,000 people are living in relief camps": people in camps have lost their homes.
  ['displaced', /^(displaced|homeless|fled|flee|fleeing|refugees|shelters?|relief camps|displacement camps)$/],
  ['arrested', /^(arrested|arrests?|detained|detentions?|in custody|in police custody|taken into custody|apprehended)$/],
  ['charged', /^(charged|charges|indicted)$/],
];

/**
 * A finding of people with wounds: "found 3 victims with gunshot wounds", "discovered two men suffering from gunshot
 * wounds", "they found a bullet-ridden car and four women suffering from gunshot wounds".
 */
const FOUND_BEFORE = /\b(?:found|find|discovered|located)\s+(?:((?:[\p{L}-]+\s+){1,5})and\s+)?$/iu;

/** Whether the people right before a count are found with wounds: not those set against others found dead ("five people dead and two others with gunshot wounds"). */
function foundBefore(lead: string): boolean {
  const m = FOUND_BEFORE.exec(lead);
  if (!m) return false;
  const between = words(m[1] ?? '');
  return !between.some((w) => NUMBER_WORD.test(w)) && !matchCue(between);
}
const WOUNDS_AFTER = /^\s*(?:(?:adult|other|more)\s+)?(?:[\p{L}-]+\s+)?(?:with|suffering(?:\s+from)?)\s+(?:apparent\s+|multiple\s+)?(?:gunshot|gun\s+shot|bullet)\s+wounds?\b/iu;

/** People taken to hospital with injuries or wounds, right after their count: "(other people) were taken to the hospital for non-life threatening injuries". */
const HOSPITAL_HURT_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:were|was|are|is|have\s+been|had\s+been)\s+(?:(?:also|all|later|each|then)\s+)?(?:taken|transported|rushed|driven|brought|airlifted|flown)\s+to\s+(?:[\p{L}'’.-]+\s+){0,5}?hospitals?\b[^.;]{0,40}?\b(?:with|for)\s+(?:[\p{L}-]+\s+){0,4}?(?:injuries|wounds|injury|wound)\b/iu;

/** A count of two or more people, or of others ("three others"), that people taken to hospital may be. */
function peopleOrOthers(q: Quantity): boolean {
  return (q.unitClass === 'persons' || /^others?$/i.test(q.unit ?? '')) && typeof q.value === 'number' && q.value >= 2;
}

/** A death told: "died", "was killed", "pronounced dead". */
const DEATH_TOLD = /\b(?:died|dead|killed|pronounced|fatally|deceased)\b/i;

/** A verb that takes lives, right before their count: "claimed", "took", "cost", "ended". */
const LIVES_TAKEN_BEFORE = /\b(?:claim(?:ed|s|ing)?|took|tak(?:en|es|ing)|cost(?:s|ing)?|end(?:ed|s|ing)?)\s+(?:the\s+|at\s+least\s+|a\s+total\s+of\s+)?$/i;
/** People taken to hospital right after their count, up to the words after the verb: "(three men) were taken". */
const TAKEN_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:were|was|are|is|have\s+been|had\s+been)\s+(?:(?:also|all|later|each|then|both)\s+)?(?:taken|transported|rushed|driven|brought|airlifted|flown)\b/iu;
/** People taken to a hospital or a medical centre right after their count: "(the other five victims) were transported to local hospitals". */
const TAKEN_TO_HOSPITAL_AFTER = new RegExp(String.raw`${TAKEN_AFTER.source}\s+(?:by\s+(?:[\p{L}-]+\s+){1,3}?)?to\s+(?:[\p{L}'’.-]+\s+){0,6}?(?:hospitals?|medical\s+cent(?:er|re)s?)\b`, 'iu');
/** A harm that sends its count to hospital, right before the count: "a shooting at a bar that sent", "the crash, which put"; one harm, not several ("shootings that sent three people"). */
const HARM_SENT_BEFORE = /\b(?:shooting|shootout|gunfire|attack|stabbing|crash|collision|explosion|blast|fire|fight|brawl)\b[^.;!?]{0,60}?\b(?:sent|sends|sending|put|puts|putting|landed|lands|landing)\s+(?:at\s+least\s+|a\s+total\s+of\s+)?$/i;
/** Right after a count a harm sent somewhere: to or in a hospital ("(4 people) to the hospital", "(four people) in the hospital"). */
const SENT_TO_HOSPITAL_AFTER = /^\s+(?:(?!others?\b|more\b)[\p{L}-]+\s+){0,2}?(?:to|in|into)\s+(?:the\s+|a\s+|an\s+)?(?:(?:area|local|nearby|several|different|two|three)\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}?(?:hospitals?|medical\s+cent(?:er|re)s?|trauma\s+cent(?:er|re)s?|emergency\s+rooms?)\b/iu;
/** A hospital's word for a patient's state: "in stable condition", "in serious-to-critical condition". */
const IN_CONDITION = /\bin\s+(?:(?:extremely|very|stable\s+but|critical\s+but)\s+)?(?:critical|serious|stable|fair|good|grave|guarded|satisfactory)(?:[\s-]+(?:to|but|and)[\s-]+(?:critical|serious|stable|fair|good|grave|guarded))?\s+condition\b/i;
/** Words after the verb that tell of some of those taken, not all: "where the older was in serious condition", "one of them died". */
const SOME_OF_TAKEN = /\b(?:where\s+(?:the\s+)?(?:older|younger|first|second|other|one)|one\s+of\s+(?:them|whom)|died|dead|pronounced)\b/i;

/** A hospital told by no name, where all the hurt may be taken: "the hospital", "a local hospital", "area hospitals"; a named one may hold only some of them. */
const GENERIC_HOSPITAL = /\bto\s+(?:the|a|an|area|local|nearby|several|different|various|two|three|separate)\s+(?:(?:area|local|nearby|regional|trauma)\s+)?hospitals?\b/i;
/** Others told after a count in its sentence, some besides it: "and two more to a hospital in Memphis", ", one was taken to ...", "while the 4th victim ...", "and another man later arrived". */
const OTHERS_TOLD_AFTER = /\b(?:another|other|more|others|while|one|two|three|four|five|six|\d+(?:st|nd|rd|th)?)\b/i;

/** Others told as dead, not taken: "Two others died", "The other two were killed"; besides those taken, no part of them. */
const OTHERS_DIED = /^\W*(?:the\s+)?(?:other\s+)?(?:one|two|three|four|five|six|\d+)?\s*(?:others?\s+)?(?:\p{Ll}+\s+)?(?:died|were\s+killed|was\s+killed|are\s+dead|were\s+pronounced\s+dead)\b/iu;

/** The sentence after tells some of the people just counted died: "One of them later died", "Two died at the hospital"; not others ("Two others died"). */
function someDiedNext(next: string): boolean {
  const head = /^[^.;,]{0,48}?\b(?:died|succumbed|pronounced\s+dead|did\s+not\s+survive|didn't\s+survive)\b/i.exec(next);
  return head !== null && !/\b(?:others?|another)\b/i.test(head[0]);
}

/** People in a hospital's condition, told as the clause right after their count: "(three other people) are in serious condition". */
const IN_CONDITION_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,2}?(?:is|are|were|was|remain|remained)\s+(?:(?:also|all|both|each|now|still)\s+)?(?:(?:listed|reported|hospitali[sz]ed)\s+)?${IN_CONDITION.source.slice(2)}`, 'iu');

/**
 * Whether a count of others ("the other five victims", "two other men", "four others") is taken to hospital, or told in a
 * hospital's condition, after a death told before it in its sentence, and nothing after says one of them died.
 */
function othersHurtAfterDeath(sentence: Sentence, q: Quantity): boolean {
  const at = q.span[0] - sentence.span[0];
  const lead = sentence.text.slice(0, at);
  const own = sentence.text.slice(at, q.span[1] - sentence.span[0]);
  if (!/\bother\s+$/i.test(lead) && !/^\S+\s+others?\b/i.test(own) && !/^others?\b/i.test(q.unit ?? '')) return false;
  const after = sentence.text.slice(q.span[1] - sentence.span[0]);
  const taken = TAKEN_TO_HOSPITAL_AFTER.exec(after) ?? IN_CONDITION_AFTER.exec(after);
  if (!taken || SOME_OF_TAKEN.test(after.slice(taken[0].length))) return false;
  return DEATH_TOLD.test(lead);
}

/**
 * Others taken besides those counted, told next: "two were taken to ...", "The other person was transported", "A fifth
 * person was taken", "Two more men were taken".
 */
const OTHERS_TAKEN_NEXT = /^\W*(?:(?:and|while|with)\s+)?(?:the\s+other|another|the\s+remaining|an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|(?:one|two|three|four|five|six|\d+)\s+(?:others?\b|more\b|(?:[\p{L}-]+\s+)?(?:was|were)\s+(?:taken|transported|rushed|driven|brought|treated)))/iu;

/**
 * Whether the words after a count tell its people taken to hospital in a condition, all of them, in the same clause;
 * not some of those taken, others told after them in the sentence or at the opening of the next (`next`).
 */
function takenInCondition(after: string, next: string): boolean {
  const taken = TAKEN_AFTER.exec(after);
  if (!taken) return false;
  const rest = after.slice(taken[0].length).split(/[.;]/)[0]!;
  const cond = IN_CONDITION.exec(rest.slice(0, 110));
  if (cond === null || SOME_OF_TAKEN.test(rest.slice(0, cond.index + cond[0].length))) return false;
  const tail = rest.slice(cond.index + cond[0].length);
  return !tail.split(',').slice(1).some((part) => OTHERS_TAKEN_NEXT.test(part)) && !OTHERS_TAKEN_NEXT.test(next);
}

/** People fleeing told right after their count: "(people) flee the area", "(patrons) fled", "(people) fleeing"; not those forced "to flee". */
const CROWD_FLED = /^\s+(?:(?!to\b)[\p{L}-]+\s+){0,2}?(?:flee|fled|fleeing|flees|scatter|scattered|scattering|ran|running|run)\b/iu;

/** A scene fled, right after "flee": "the scene", "the building", "on foot" (not "the area", which people are moved from). */
const FLED_SCENE = /^(?:the\s+(?:scene|building|store|house|club|bar|party|restaurant|parking)|on\s+foot)\b/;

/** Words that make the people counted the accused of a crime, not its victims. */
const ACCUSED = /^(?:accused|suspected|convicted|alleged|acquitted|blamed|implicated|wanted|sought)$/;
/** A verb right before a count of its own: "killing at least two people", "injuring 12". */
const VERB_THEN_COUNT = /^\S+\s+(?:(?:at\s+least|about|around|more\s+than|nearly|almost|some|an\s+estimated|up\s+to)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores)\b)/i;
/** A toll named before a list of its parts: "Among the dead were", "Among those killed are", "The injured included". */
const AMONG_TOLL = /^\s*(?:among\s+(?:the|those)\s+(dead|killed|injured|wounded|hurt|fatalities)\s+(?:were|are|was|is)|the\s+(dead|injured|wounded)\s+(?:included?|includes|were))\s+[^.;]*$/iu;
/** "a mother of 12", "father of three": the number counts a parent's children. */
const PARENT_OF = /\b(?:mother|father|mom|mum|dad|parent|grandmother|grandfather)\s+(?:of|to)\s*$/i;

/** Jurors and their panel: "11 jurors", "the jury of seven women and five men", "two alternate jurors". */
const JURORS = /\b(?:jurors?|jury|juries|jurymen|jurywomen)\b/i;
const JURY_OF_BEFORE = /\b(?:jury|panel)\s+(?:made\s+up\s+)?of\s+(?:[\p{L}\d-]+\s+){0,4}?(?:and\s+)?$/iu;

const NUMBER_WORD = /^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|several|some|many|most|all|both|half)$/;

/** Right after a count: the people recorded by a camera ("were captured by security cameras", "caught on surveillance video"). */
const ON_CAMERA_AFTER = /^[^.;]{0,40}?\b(?:captured|caught)\s+(?:on|by)\s+(?:[\p{L}-]+\s+){0,3}?(?:cameras?|video|videos|footage|surveillance|tape|film)\b/iu;
const ARREST_LEMMAS = new Set(['arrest', 'detain', 'capture', 'apprehend', 'nab']);

/** Whether an arrest verb and a count sit together: the verb at most three words before the number, or after it in the same clause within 40 characters. */
function captureNear(sentence: Sentence, q: Quantity, at: number): boolean {
  const rel = (i: number) => i - sentence.span[0];
  if (at < q.span[0]) return /^\S+(?:\s+\S+){0,3}\s*$/.test(sentence.text.slice(rel(at), rel(q.span[0]))) && !/[,;]/.test(sentence.text.slice(rel(at), rel(q.span[0])));
  const between = sentence.text.slice(rel(q.span[1]), rel(at));
  return between.length <= 40 && !/[,;]/.test(between);
}

/** Words of gunfire in an article: a shooting, shots, a gunman, bullets, people shot. */
export const GUNFIRE_STORY = /\b(?:gunfire|gunshots?|gunm[ae]n|shooters?|opened\s+fire|shootings?|shootout|bullets?|(?:was|were)\s+(?:fatally\s+)?shot)\b/i;
/**
 * Right after a count of people: struck or hit as the clause's own verb ("were also struck", "other people were hit"), not
 * by a vehicle nor with a thing, nor in a relative clause that tells who the count's own verb is of ("Four men who were hit
 * were taken to a hospital").
 */
const AGES_OF_PEOPLE_BEFORE = /\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\p{L}-]+\s+)?(?:males|females|men|women|boys|girls|victims|teens|teenagers|people|others|adults|children|kids|students|brothers|sisters|siblings|sons|daughters|cousins|friends|officers|juveniles|youths)\s*[,(–—]\s*(?:ages?\s+|aged\s+)?(?:\d{1,3}\s*,\s*)*(?:\d{1,3}\s*,?\s*(?:and|&)\s*)?$/iu;
/** A list of ages opened by "ages" or "aged", up to the number next in it: "ages 4, 8 and", "aged 10, 8,". */
const AGES_LIST_BEFORE = /\b(?:ages|aged)\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,\s*(?:and\s+|&\s*)?|(?:and|&)\s*)$/i;
const HIT_BY_SHOTS_BEFORE = /,\s+(?:hitting|striking)\s+(?:at\s+least\s+|as\s+many\s+as\s+|all\s+)?$/i;
const STRUCK_AFTER = /^\s+(?:(?!who\b|that\b)[\p{L}-]+\s+){0,2}?(?:were|was|had\s+been|have\s+been|has\s+been|got)\s+(?:(?:also|later|then|\p{L}+ly)\s+){0,2}(?:struck|hit)\b(?!\s+(?:by|with)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:car|cars|vehicle|truck|van|suv|train|bus|driver|motorist|pickup|bat|bottle|object|rock|stone|brick|debris|tree|wave|lightning)\b)/iu;

/** What follows a number of feet in a height: "5 foot, 8 inch", "5-foot-8", "6 feet 2 inches", "five feet seven inches". */
export const FEET_AND_INCHES = /^\s*,?\s*-?\s*(?:(\d{1,2})(?:\s*-?\s*(?:inch(?:es)?|in\b|"|”|″)|(?![\d.,]))|(one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s*-?\s*inch(?:es)?\b)/i;
/** A length per hour is a speed: "193km / h", "120 miles an hour", "80 km per hour". */
const SPEED_AFTER = /^\s*(?:\/\s*h(?:r|our)?\b|(?:an|per|a)\s+hour\b)/i;

/** A quake's strength told right before its number: "aftershocks of around", "a tremor measuring", "quakes ranging from". */
const QUAKE_STRENGTH_BEFORE = /\b(?:quakes?|earthquakes?|aftershocks?|tremors?|temblors?|shocks?)\s+(?:(?:of|measuring|registering|with\s+a\s+strength\s+of)|(?:varying|ranging)\s+(?:from|between))\s+(?:about\s+|around\s+|nearly\s+|up\s+to\s+)?$/i;

/** A quake named before a verb of measuring right before the number: "the quake, which the institute measured at". */
const QUAKE_MEASURED_AT = /\b(?:quakes?|earthquakes?|aftershocks?|tremors?|temblors?)\b[^.;]{0,80}\b(?:measured|registered|rated|put|estimated|recorded)\s+(?:it\s+)?at\s+(?:about\s+|around\s+|magnitude\s+)?$/i;
/** A number with a decimal point, or one told in degrees or as a strength, right before a quake's noun: "6.7-strength quake", "6.7 degree quake", "6.1 earthquake" (not "two quakes", a count). */
const QUAKE_OF_STRENGTH = /^\d(?:\.\d+\s*-?\s*(?:(?:degrees?|strength|point|richter)\s*-?\s*)?|\s*-?\s*(?:degrees?|strength|point|richter)\s*-?\s*)(?:quakes?|earthquakes?|tremors?|temblors?|aftershocks?)\b/i;

/** Words that make a percentage a share of a poll's answers. */
export const POLL_WORDS = /\b(?:poll|polls|polled|pollsters?|survey|surveys|surveyed|respondents|voters|approval)\b/i;
/** "poll of", "survey of", "surveyed", "interviewed" right before a count of people: the poll's sample. */
const POLL_SAMPLE_BEFORE = /\b(?:(?:poll|survey|sample|canvass)\s+of|polled|surveyed|interviewed|questioned)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i;
/** "1,200 voters polled", "520 respondents": the count of a poll's sample. */
const POLL_SAMPLE_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:polled|surveyed|interviewed\s+(?:for|by|in)\s+the\s+(?:poll|survey)|questioned\s+(?:for|by|in)\s+the\s+(?:poll|survey)|respondents)\b/iu;

/** Firing right before "N times", at most three words between: "fired two or three times", "fired at him five times" (not "shot five times": a victim's wounds, told of each victim; not "to fire Felt five times": a dismissal). */
const SHOTS_TIMES_BEFORE = /\b(?:[Ff]ired|[Ff]iring)\s+(?:[\p{Ll}'’.-]+\s+){0,3}?(?:(?:about|around|some|at\s+least|more\s+than|as\s+many\s+as|up\s+to|nearly|almost)\s+)?$/u;

/** Predicate families whose verb names the measure of the people it counts. */
const VERB_MEASURES: ReadonlyMap<string, Measure> = new Map<string, Measure>([['kill', 'killed'], ['injure', 'injured']]);

/** Members that are no military personnel: of a gang, a family, a club, a jury, a board, a crew, a team, a congregation. */
/**
 * After a count: a group's own members ("of its fighters", "militants", "gunmen") who made an attack ("carried out the
 * attack", "took part in the assault"), with no clause boundary between.
 */
const ATTACKERS_AFTER = /^\s*(?:of\s+(?:its|their|the\s+group['’]s)\s+)?(?:(?:[\p{L}-]+\s+)?(?:fighters|militants|members|men|gunmen|operatives|commandos|soldiers|attackers|assailants|insurgents)\s+)?(?:(?:had|have|has|who)\s+)?(?:carried\s+out|carry\s+out|took\s+part\s+in|take\s+part\s+in|taking\s+part\s+in|participated\s+in|staged|launched|conducted|executed|mounted)\s+(?:the|this|that|an?|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:attacks?|assaults?|raids?|ambush(?:es)?|bombings?|massacre)\b/iu;
/** A count of a group's own people: "five of its fighters", "three of their men". */
const GROUP_OWN = /\bof\s+(?:its|their|the\s+group['’]s)\s/i;
/** Nouns of those who make an attack, whoever counts them. */
const ATTACKER_NOUN = /\b(?:militants|gunmen|attackers|assailants|insurgents|operatives)\b/i;
/** Right after a count of people: a relative clause whose verb is the shooting itself ("who shot", "who police say opened fire"). */
const SHOOTERS_WHO = /^\s*,?\s*(?:who|that)\s+(?:(?:police|authorities|investigators|officials|detectives)\s+(?:say|said|believe|believed|allege)\s+)?(?:allegedly\s+|reportedly\s+|had\s+|have\s+)?(?:shot|opened\s+fire|fired|gunned)\b/i;
/** Groups whose members are no troops, and "joined forces" (worked together: "CBS 3 joined forces with local radio stations"). */
const NOT_TROOPS = /\b(?:gang|gangs|family|club|jury|board|crew|team|church|congregation|council|parliament|band)\b|\bjoin(?:ed|s|ing)?\s+forces\b/i;
const PERSONNEL = /\b(troops?|soldiers?|forces?|personnel|servicemen|fighters|commandos|units?|special forces|members)\b/i;
/** Personnel nouns that name troops of themselves; "members" and "units" are of anything (a council, a union, fire crews) and name troops only in a sentence that speaks of armed forces. */
const TROOP_NOUN = /\b(troops?|soldiers?|forces?|personnel|servicemen|fighters|commandos)\b/i;
const ARMED_FORCES = /\b(?:troops?|soldiers?|army|armies|military|armed|forces|navy|naval|marines?|national guard|brigades?|battalions?|regiments?|militias?|infantry|peacekeep\w*|servicemen|service\s*members|commandos|defen[cs]e)\b/i;
/** A toll as a clause's subject and its verb of level right before the number ("the death toll ... has risen to"). */
const TOLL_SUBJECT = /\b((?:death\s+)?toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|injured|wounded|injuries|missing|people\s+(?:killed|injured|wounded|missing|dead))|deaths|fatalities)\b(?:(?!\b(?:and|but|while|who|which|that)\b)[^,;:.])*?\b(?:(?:has|have|had)\s+)?(?:now\s+)?(?:rose|risen|climbed|jumped|increased|grew|grown|reached|hit|stood|stands|stand|was|is)\s+(?:to\s+|at\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|over\s+)?$/i;
/** A running total told as raised to a new level in the same sentence ("bringing the death toll to 31"). */
const TOTAL_RAISED = /\b(?:bringing|brings|brought|raising|raises|raised|pushing|pushed|taking|took|lifting|lifted)\s+(?:the\s+)?(?:(?:overall|total|official|confirmed|death|casualty)\s+)*(?:toll|total|tally|count|number)\b/i;
/** Places and bodies told with their size ("a town of 3,400", "a school of 275", "an enrollment of 270"). */
const SIZED_PLACE = /^(?:school|town|city|village|community|county|district|campus|population|neighbou?rhood|suburb|enrollment|enrolment|hamlet|borough|township|congregation|parish|island|nation|country|state|province|region|municipality|metropolis)$/;
/**
 * "two bundles of balloons ... outside the home where the boy was killed": "where" before a subject of its own opens a
 * clause of a place with its own verb (not "where shot", a misspelt "were", nor "a hospital where he was pronounced dead",
 * whose pronoun is the one counted).
 */
export function opensWhereClause(tokens: readonly Token[], i: number): boolean {
  return /^where$/i.test(tokens[i]?.text ?? '') && /^(?:the|a|an|police|officers|\p{Lu}[\p{L}'’.-]*)$/u.test(tokens[i + 1]?.text ?? '');
}
const CLAUSE_STOP = /^(,|;|:|and|but|while|whereas|after|before|when|as|including|plus|—|–)$/i;

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
}

/** One part of a count's people: "three men", "a 25-year-old man", "a 15-year-old" (an age alone names a person). */
const AGE_WORD = String.raw`[\p{L}\d]+(?:-[\p{L}\d]+)?[\s-]years?[\s-]old`;
const PART_HEAD = String.raw`(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})`;
const PART_REST = String.raw`(?:(?:${AGE_WORD}\s+)?(?:[\p{L}-]+\s+)?${PERSON_NOUN}|${AGE_WORD}(?![\p{L}\d-]))`;
const PART = String.raw`${PART_HEAD}\s+${PART_REST}`;

/**
 * Right after a count of people, its parts told between commas or dashes: "six people, three men and three women, were
 * shot", "four adult victims — two men and two women — suffering from gunshot wounds", "two teens, a 15-year-old and a
 * 17-year-old, were". The count's clause goes on after them.
 */
const APPOSED_PARTS = new RegExp(String.raw`^\s*(,|—|–|--)\s*(?:${PART}(?:\s*,\s*(?:and\s+)?|\s+and\s+)){1,4}${PART}\s*\1`, 'iu');
/** Each part's own count in the parts matched: "a" of "a 15-year-old", "three" of "three men". */
const PART_COUNT = new RegExp(String.raw`(?:^|[\s,—–-])(${PART_HEAD})\s+(?=${PART_REST})`, 'giu');

/** An aside of some of a count, closed by a comma right before the count's verb: ", including a 9-year-old boy, were". */
const INCLUDING_ASIDE = /^\s*,\s*including\s+[^,;:.()]{1,60}?,(?=\s*(?:were|was|are|is|have|has|had)\b)/i;
/** The same aside told with no commas: "four others including a police officer were injured". */
const INCLUDING_BARE = /^\s+including\s+(?:(?!(?:were|was|are|is|and|or|who|that|which)\b)[\p{L}'’.-]+\s+){1,5}(?=(?:were|was|are|is|have|has|had)\s)/iu;
/** The ages of a count's people told in an aside closed right before its verb: ", 11 and 14, were", ", ages 25 and 31, were" (one person's age is no aside of a count: "One victim, 23, was"). */
const AGES_ASIDE = /^\s*,\s*(?:ages?\s+|aged\s+)?\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s*(?:and|&)\s*\d{1,3}\s*,(?=\s*(?:were|was|are|is|have|has|had)\b)/i;
/** Small counts written as words, "a" and "an" among them. */
export const COUNT_WORD: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** Nouns of people of any kind, which parts may make up: not "two women, a man and an infant" (a list). */
const WHOLE_NOUN = /\b(?:people|persons|individuals|victims|adults|others|teens|teenagers|juveniles|youths|children|kids|students|family members)$/i;

/**
 * The length of the parts told right after a count of people that they add up to ("six people, three men and three women,"),
 * 0 when none.
 */
export function apposedParts(sentence: Sentence, q: Quantity): number {
  if (q.unitClass !== 'persons' || typeof q.value !== 'number' || !WHOLE_NOUN.test(q.unit ?? '')) return 0;
  const m = APPOSED_PARTS.exec(sentence.text.slice(q.span[1] - sentence.span[0]));
  if (!m) return 0;
  let sum = 0;
  for (const p of m[0].matchAll(PART_COUNT)) sum += COUNT_WORD[p[1].toLowerCase()] ?? Number(p[1]);
  return sum === q.value ? m[0].length : 0;
}

/**
 * Where a count's clause goes on past an aside right after it: its parts ("six people, three men and three women, were
 * shot"), some of it ("three people, including a 9-year-old boy, were shot") or its people's ages ("two children, 11 and
 * 14, were shot"); the count's end when there is none.
 */
export function clauseGoesOn(sentence: Sentence, q: Quantity): number {
  const parts = apposedParts(sentence, q);
  const after = sentence.text.slice(q.span[1] - sentence.span[0]);
  // "three teens, 15, 16 and 17, were": people whose noun the quantities count as things.
  const ages = q.unitClass === 'persons' || q.unitClass === 'count' ? AGES_ASIDE.exec(after) : null;
  if (parts === 0 && ages) return q.span[1] + ages[0].length;
  // "four others": people too, though the word names no kind of person.
  if (parts > 0 || (q.unitClass !== 'persons' && !/^others$/i.test(q.unit ?? ''))) return q.span[1] + parts;
  const including = INCLUDING_ASIDE.exec(after) ?? INCLUDING_BARE.exec(after);
  return q.span[1] + (including ? including[0].length : 0);
}

/** After a count of people: all of them told as expected to survive or recover, in a hospital's condition, or recovering. */
export const ALL_SURVIVING_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:is|are|were|was|remain|remained)\s+(?:(?:all\s+)?expected\s+to\s+(?:survive|recover|be\s+ok(?:ay)?)|(?:listed\s+)?in\s+(?:critical|serious|stable|fair|good|guarded|satisfactory)(?:[\s-]+but[\s-]+stable)?\s+condition|recovering)\b/iu;

/** A participle of harm that may follow a counted whole as a reduced relative ("the people shot", "the victims killed"). */
const HARM_PARTICIPLE = /^(?:shot|killed|injured|wounded|hurt|slain|stabbed)$/;

/** The nearest measure cue in the quantity's clause: right of it first when it directly follows ("5 dead"), else the nearest either side. */
function cueMeasure(sentence: Sentence, q: Quantity, o: FrameOptions, next = ''): { measure: Measure; rule: string } | null {
  // "two shootings that wounded at least four people each": a count of each of several events is no event's toll.
  if (q.unitClass === 'persons' && /^\s+each\s*(?:[.,;:)]|$)/i.test(sentence.text.slice(q.span[1] - sentence.span[0], q.span[1] - sentence.span[0] + 8))) return { measure: `other:${q.unitClass}`, rule: 'measure/count-of-each' };
  const left = sentence.tokens.filter((t) => t.span[1] <= q.span[0] && t.span[0] >= q.span[0] - o.cueWindow);
  const from = clauseGoesOn(sentence, q);
  const right = sentence.tokens.filter((t) => t.span[0] >= from && t.span[1] <= from + o.cueWindow);
  const clauseLeft: string[] = [];
  for (let i = left.length - 1; i >= 0; i--) {
    const w = left[i].text.toLowerCase();
    if (CLAUSE_STOP.test(w)) break;
    clauseLeft.push(w);
  }
  const clauseRight: string[] = [];
  for (const [i, t] of right.entries()) {
    const w = t.text.toLowerCase();
    if (CLAUSE_STOP.test(w) || opensWhereClause(right, i)) break;
    clauseRight.push(w);
  }
  // The words right of the number up to a comma, "and" and "or" kept (the clause stops at them).
  const rawRight = clauseRight.concat(right.slice(clauseRight.length).map((t) => t.text.toLowerCase()).slice(0, 3));
  // "two of the four victims had died": a part's measure is its clause's verb, the last cue.
  if (clauseRight[0] === 'of') {
    for (let i = clauseRight.length; i > 1; i--) {
      const last = matchCue(clauseRight.slice(i - 1, i));
      // "30 of the 80 wounded remained in hospital": the whole already counts the measure, so the part is a subset of it, not its count.
      // So is "30 of the 80 wounded remained in hospital": the cue is the whole's own noun, and another verb follows.
      if (last && i > 2 && (matchCue(clauseRight.slice(1, i - 1))?.measure === last.measure || (i < clauseRight.length && clauseRight.slice(1, i - 1).every((w) => /^(?:the|those|these|all|\d[\d,]*)$/.test(w))))) return { measure: last.measure, rule: 'measure/partitive-subset' };
      if (last) return { measure: last.measure, rule: 'measure/partitive-verb' };
    }
  }
  // "two of the three victims died": the whole of a part takes no measure from the part's verb;
  // "four of the five people who died were identified": a relative clause's verb is the whole's own.
  // "one of the three men shot and killed last week was an associate": a participle right after the whole, with no
  // object after it, is a reduced relative of the whole ("the three men who were shot and killed"), its own measure.
  const reduced = /^(?:shot|killed|wounded|injured|hurt|slain)$/.test(clauseRight[0] ?? '') && !/^(?:the|a|an|him|her|them|themselves|himself|herself|his|their|its|at|into|up|back|down|dead|to)$/.test(clauseRight[1] ?? '');
  const relative = reduced || clauseRight.slice(0, 4).some((w) => /^(?:who|that|which|whom)$/.test(w));
  if (!relative && /^(?:the|those|these|all|his|her|their|its)$/.test(clauseLeft[0] ?? '') && clauseLeft[1] === 'of' && NUMBER_WORD.test(clauseLeft[2] ?? '')) return { measure: `other:${q.unitClass}`, rule: 'measure/partitive-whole' };
  // "students at the high school of roughly 275", "a town of 5,000 mourned": the size of a place or body, whatever
  // casualty word follows, counts no one harmed.
  if (clauseLeft[0] === 'of' && SIZED_PLACE.test(clauseLeft[1] ?? '')) return { measure: `other:${q.unitClass}`, rule: 'measure/size-of-place' };
  // "the identities of three victims killed by a gunman were released": the victims named so far, not the toll.
  if (clauseLeft[0] === 'of' && /^(?:identities|names)$/.test(clauseLeft[1] ?? '')) return { measure: `other:${q.unitClass}`, rule: 'measure/identified-not-toll' };
  // "suspected of shooting three people": the gerund right before the count counts the people shot.
  if (clauseLeft[0] === 'shooting' && q.unitClass === 'persons') return { measure: 'shot', rule: 'measure/shooting-gerund' };
  // "two men accused of killing Horton", "three teens suspected in the slaying": the count is of the accused, the casualty cue is their alleged act.
  const accused = clauseRight.findIndex((w) => ACCUSED.test(w));
  const cueRight = matchCue(clauseRight);
  // "death" as the last word of the window: the noun after it, cut off by the window, may still make it a punishment ("the death penalty").
  // "about a dozen coworkers had just fled", "shoppers fled the store": people who ran from a scene; only those who fled
  // their homes, an area or a country ("5,000 fled their homes", "fled to neighbouring Chad") are displaced.
  // "Four suspects were seen fleeing the site": those who did the deed flee the law, not their homes.
  // "witnesses who described seeing four people flee the scene": any form of fleeing a scene names one.
  const fledScene = cueRight?.measure === 'displaced' && ((clauseRight[cueRight.at] === 'fled' && !FLED_HOMES.test(rawRight.slice(cueRight.at + 1, cueRight.at + 3).join(' ')))
    || (/^(?:flee|flees|fleeing)$/.test(clauseRight[cueRight.at] ?? '') && FLED_SCENE.test(rawRight.slice(cueRight.at + 1, cueRight.at + 3).join(' ')))
    || (/^(?:fled|flee|flees|fleeing)$/.test(clauseRight[cueRight.at] ?? '') && FLEEING_DOERS.test(words(q.unit ?? '').at(-1) ?? '')));
  const r = fledScene || verbOfAnotherSubject(q, sentence) ? null : cueRight && clauseRight[cueRight.at] === 'death' && cueRight.at === clauseRight.length - 1 && DEATH_NOT_TOLL_AFTER.test(sentence.text.slice(q.span[1] - sentence.span[0])) ? null : cueRight;
  const accusedUnit = words(q.unit ?? '').some((w) => ACCUSED.test(w));
  if (r && (accusedUnit || (accused >= 0 && accused < r.at && clauseRight.slice(0, accused).every((w) => !/^(?:were|was|are|is|have|has|had)$/.test(w))))) {
    // "Two men wanted in the killing were arrested", "two teens accused of the shooting were charged": what befell the
    // accused, told by their own verb, counts them.
    return accusedFate(q, sentence, 100) ?? { measure: `other:${q.unitClass}`, rule: 'measure/accused-of' };
  }
  // "Four people wanted in connection with last Wednesday's shooting outside a Walmart are now in police custody": the
  // same where no casualty word stands near the count.
  const fate = !r && accused >= 0 && accused <= 1 ? accusedFate(q, sentence, 130) : null;
  if (fate) return fate;
  // "the two other victims killed and injured", "50 killed or wounded": one count of two measures is neither's.
  if (r && (r.measure === 'killed' || r.measure === 'injured') && /^(?:and|or)$/.test(rawRight[r.at + 1] ?? '') && matchCue(rawRight.slice(r.at + 2, r.at + 3))?.measure === (r.measure === 'killed' ? 'injured' : 'killed')) return { measure: `other:${q.unitClass}`, rule: 'measure/killed-and-injured' };
  // "shot his girlfriend and her three teenage daughters": a count that ends a verb's list of objects is of its victims.
  const objects = q.unitClass === 'persons' ? OBJECT_LIST_BEFORE.exec(sentence.text.slice(Math.max(0, q.span[0] - sentence.span[0] - 70), q.span[0] - sentence.span[0])) : null;
  if (objects) return { measure: objects[1] ? 'killed' : OBJECT_VERB_MEASURE[objects[2]!.toLowerCase()]!, rule: 'measure/verb-of-object-list' };
  // "Three juveniles are recovering after being hit by buckshot": people who recover are the hurt.
  if (q.unitClass === 'persons' && /^(?:is|are|was|were)$/.test(clauseRight[0] ?? '') && clauseRight[1] === 'recovering' && !/^(?:the|their|his|her|bodies|remains)$/.test(clauseRight[2] ?? '')) return { measure: 'injured', rule: 'measure/recovering' };
  // "All four people are expected to survive", "all seven are in stable condition": all the people counted, told as
  // surviving or in a hospital's condition, are the hurt. (One of several in a condition may be a part: only "all" here.)
  if (q.unitClass === 'persons' && /\ball\s+(?:of\s+the\s+)?$/i.test(sentence.text.slice(0, q.span[0] - sentence.span[0])) && ALL_SURVIVING_AFTER.test(sentence.text.slice(q.span[1] - sentence.span[0]))) return { measure: 'injured', rule: 'measure/all-surviving' };
  // "shooting into a crowd and hitting four adults", "opened fire, striking two people": those a shooter's bullets hit are shot.
  if (/^(?:hitting|striking|hit|struck)$/.test(clauseLeft[0] ?? '') && q.unitClass === 'persons' && GUNFIRE.test(sentence.text)) return { measure: 'shot', rule: 'measure/hit-by-gunfire' };
  const found = matchCue(clauseLeft, true);
  // "they will be missing two of their best players", "is missing three starters": "missing" as the verb to lack, its object counted, no one missing.
  const lacking = found && found.measure === 'missing' && found.at === 0 && /^(?:be|is|are|was|were|been|being|am)$/.test(clauseLeft[1] ?? '');
  // "he was shot during a confrontation with two plainclothes officers": people met "with", words after the cue, are not
  // its victims; "killed along with two others", "injured with three others" count co-victims.
  const metWith = found && clauseLeft[0] === 'with' && found.at >= 2 && !/^(?:along|together)$/.test(clauseLeft[1] ?? '');
  // "He shot 7-for-14 from the field", "shot 5 of 9": a shooting line of a game, no one shot.
  const shootingLine = found !== null && found.measure === 'shot' && found.at === 0 && /^\s*(?:-\s*for\s*-|for|of)\s*\d/i.test(sentence.text.slice(q.span[1] - sentence.span[0], q.span[1] - sentence.span[0] + 12));
  const l = lacking || metWith || shootingLine ? null : found;
  // "Rescuers recovered 12 more bodies, bringing the toll to 31": a count told as
  // added to an earlier one is the increase, never a value of the toll it raises.
  // Only where the sentence tells the total it raises: "two killed and two more wounded" counts others, not an increase.
  const more = clauseRight[0] === 'more' || clauseRight[0] === 'additional' || /^\S+\s+(?:more|additional)\s/i.test(q.text);
  if (more && TOTAL_RAISED.test(sentence.text) && ((r && hasTrait(r.measure, 'increments')) || (!r && l && hasTrait(l.measure, 'increments')))) return { measure: `other:${q.unitClass}`, rule: 'measure/increment' };
  // "Police say two more men were also arrested today": arrests added to those told before, no count of all arrested.
  // (Of the harmed, "two killed and two more wounded" counts others of their own.)
  if (more && r?.measure === 'arrested' && !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(sentence.text.slice(0, q.span[0] - sentence.span[0]))) return { measure: `other:${q.unitClass}`, rule: 'measure/increment' };
  // "two plainclothes officers fatally shot 16-year-old Kimani Gray", "three men shot a clerk": people counted before a
  // casualty verb that takes an object are its doers, not its victims ("two people shot dead", "three shot Sunday" have none).
  let verbAt = r && /^(?:fatally|mortally|critically|seriously)$/.test(rawRight[r.at] ?? '') ? r.at + 1 : r?.at ?? 0;
  // "shot and killed a 16-year-old": the object follows the second verb.
  if (DOER_VERB.test(rawRight[verbAt] ?? '') && rawRight[verbAt + 1] === 'and' && DOER_VERB.test(rawRight[verbAt + 2] ?? '')) verbAt += 2;
  // "the two males shot at them": those who shot at someone are doers too.
  // "the four suspects killed Vergen and Sanchez": a person named after the verb is its object too.
  const namedObject = /^\p{Lu}\p{Ll}/u.test(right[verbAt + 1]?.text ?? '') && !WHEN_WORD.test(right[verbAt + 1]?.text ?? '');
  // "Officers found two men shot at a home": people found shot are its victims, shot where they were found, not those
  // who shot at it.
  const foundShot = rawRight[verbAt] === 'shot' && rawRight[verbAt + 1] === 'at' && FOUND_BEFORE.test(sentence.text.slice(0, q.span[0] - sentence.span[0]));
  if (r && (!l || r.at <= l.at) && !foundShot && DOER_VERB.test(rawRight[verbAt] ?? '') && (OBJECT_START.test(rawRight[verbAt + 1] ?? '') || namedObject || (rawRight[verbAt] === 'shot' && rawRight[verbAt + 1] === 'at')) && !/^(?:was|were|is|are|been|be|being|got|get|had|has|have)$/.test(rawRight[r.at - 1] ?? '')) return { measure: `other:${q.unitClass}`, rule: 'measure/doers-of-casualty' };
  // "a six-officer SWAT team to rescue the hostages", "hired two men to kill his wife": people counted before an infinitive
  // that acts on an object are those sent to act, not its victims ("forced 3,000 people to flee their homes" moves the
  // people counted themselves).
  const sentTo = r ? clauseRight.slice(0, r.at).findIndex((w, k) => w === 'to' && PURPOSE_VERB.test(clauseRight[k + 1] ?? '')) : -1;
  if (r && (!l || r.at <= l.at) && ACTS_ON_OTHERS.has(r.measure) && sentTo >= 0 && (sentTo < r.at - 1 || OBJECT_START.test(clauseRight[r.at + 1] ?? ''))) return { measure: `other:${q.unitClass}`, rule: 'measure/doers-of-purpose' };
  // "Two of the people shot died at a hospital": a part read with its whole's noun and the whole's participle of harm right
  // after it, then told dead, is the part's own death, not a count of the shot. (Any other part stays with the whole's
  // measure, told as a part of it: "Three of the victims killed were shot in the head" is 3 of the 4 killed. "the children
  // shot or killed": both participles are the whole's.)
  if (r && r.at === 0 && HARM_PARTICIPLE.test(clauseRight[0] ?? '') && r.measure !== 'killed' && /\bof\s+(?:the|those|these)\s+\S+$/i.test(q.text)) {
    const k = /^(?:or|and)$/.test(clauseRight[1] ?? '') && HARM_PARTICIPLE.test(clauseRight[2] ?? '') ? 3 : 1;
    const own = matchCue(clauseRight.slice(k));
    if (own?.measure === 'killed') return { measure: own.measure, rule: 'measure/partitive-verb' };
  }
  if (r && (!l || r.at <= l.at)) return { measure: r.measure, rule: 'measure/cue-after-number' };
  // "The woman and her three children were taken to an area hospital with minor injuries": people taken to hospital with
  // injuries or wounds are the hurt, however far the words of their hurt stand from the count.
  // Not "Three other victims were transported to area hospitals": others besides some told before may be a rest or the whole, which
  // the words of their hurt do not tell.
  // One person so taken is one victim told by what befell them, counted as victims told one by one are (victims.ts).
  if (!r && q.unitClass === 'persons' && typeof q.value === 'number' && q.value >= 2 && !/\bothers?\b/i.test(`${q.text} ${q.unit ?? ''}`) && HOSPITAL_HURT_AFTER.test(sentence.text.slice(q.span[1] - sentence.span[0]))) return { measure: 'injured', rule: 'measure/taken-to-hospital-hurt' };
  // "Robinson died at the scene and the other five victims were transported to local hospitals", "One was pronounced dead
  // at the scene, and two other men were taken to Hennepin County Medical Center": the others taken to hospital after a
  // death told first in their sentence are the hurt, the rest of the people harmed; not when the sentence says one of them
  // died. Told in a sentence of their own ("A man died at the scene. Three other victims were transported ...") they may be
  // the rest of hurt people told before as much as all of them, and stay a count of people.
  if (!r && peopleOrOthers(q) && othersHurtAfterDeath(sentence, q)) return { measure: 'injured', rule: 'measure/others-hurt-after-death' };
  // "Three men were taken to the hospital in stable condition", "three others were transported to local hospitals in
  // critical condition", "All four victims were taken to the hospital and listed in stable condition": people taken to
  // hospital in a condition are the hurt, others too (their condition tells them alive and hurt); not "Two more men were
  // taken in good condition", some besides those told before.
  if (!r && peopleOrOthers(q) && !/^\S+\s+(?:more|additional)\b/i.test(sentence.text.slice(q.span[0] - sentence.span[0], q.span[1] - sentence.span[0] + 12)) && takenInCondition(sentence.text.slice(q.span[1] - sentence.span[0]), next)) return { measure: 'injured', rule: 'measure/taken-in-condition' };
  // "a shooting at a bar that sent 4 people to the hospital", "a shooting outside a nightclub, that put four people in the
  // hospital": the people a harm sent to hospital are its hurt; not others or more besides some told before, nor where the
  // words after or the next sentence tell a death ("sent a total of nine people to area hospitals. Two are still battling
  // serious injuries and one person died"): some of those sent may be the dead.
  if (!r && q.unitClass === 'persons' && typeof q.value === 'number' && !/\b(?:others?|more|additional|remaining|rest)\b/i.test(`${q.text} ${q.unit ?? ''}`) && HARM_SENT_BEFORE.test(sentence.text.slice(Math.max(0, q.span[0] - sentence.span[0] - 90), q.span[0] - sentence.span[0]))) {
    const sent = SENT_TO_HOSPITAL_AFTER.exec(sentence.text.slice(q.span[1] - sentence.span[0]));
    if (sent && !SOME_OF_TAKEN.test(sentence.text.slice(q.span[1] - sentence.span[0] + sent[0].length)) && !/\b(?:died|succumbed|pronounced\s+dead|did\s+not\s+survive|didn't\s+survive)\b/i.test(next.slice(0, 160))) return { measure: 'injured', rule: 'measure/sent-to-hospital' };
  }
  // "At least five people were taken to the hospital", "Four victims were rushed to area hospitals": people counted as
  // taken to a hospital told by no name are the hurt, told by their care alone; not others or more besides some told
  // before (a rest or the whole), not a stay that tells no hurt ("for evaluation"), nor where the sentence or the next
  // says some of them died ("One of them later died").
  if (!r && !l && q.unitClass === 'persons' && typeof q.value === 'number' && q.value >= 2 && !/\b(?:others?|more|additional|remaining|rest)\b/i.test(`${sentence.text.slice(Math.max(0, q.span[0] - sentence.span[0] - 12), q.span[0] - sentence.span[0])} ${q.text} ${q.unit ?? ''}`)) {
    const after = sentence.text.slice(q.span[1] - sentence.span[0]);
    const taken = TAKEN_TO_HOSPITAL_AFTER.exec(after);
    const rest = taken ? after.slice(taken[0].length) : '';
    if (taken && GENERIC_HOSPITAL.test(taken[0]) && !/\b(?:among|of)\s+(?:the\s+|those\s+)?$/i.test(sentence.text.slice(0, q.span[0] - sentence.span[0])) && !/^\S+\s+of\b/i.test(sentence.text.slice(q.span[0] - sentence.span[0])) && !SOME_OF_TAKEN.test(rest) && !OTHERS_TOLD_AFTER.test(rest) && !CARE_NOT_HURT.test(rest) && !(OTHERS_TAKEN_NEXT.test(next) && !OTHERS_DIED.test(next)) && !someDiedNext(next)) return { measure: 'injured', rule: 'measure/taken-to-hospital' };
  }
  // "left four troops including the gunman dead", "left three people, including the shooter, dead": the
  // casualty word after an "including" aside is the count's own; the aside names a member of the count.
  // Not when the count already has its verb ("four people were struck, including the boy killed").
  const ownVerb = clauseRight.some((w) => /^(?:was|were|is|are|been|be|had|has|have|got|get)$/.test(w) || /ed$/.test(w));
  const aside = r || ownVerb ? null : casualtyAfterAside(right.slice(clauseRight.length).map((t) => t.text.toLowerCase()));
  if (aside) return { measure: aside, rule: 'measure/cue-after-including' };
  // "taken into custody on one charge", "arrested on two warrants": what someone is held on is no count of the held.
  if (l?.measure === 'arrested' && /^(?:[\p{L}-]+\s+)?(?:charges?|counts?|warrants?)\b/iu.test(q.unit ?? '')) return { measure: `other:${q.unitClass}`, rule: 'measure/held-on-charge' };
  // "The dead man had two young sons", "the slain woman is survived by four daughters": people a verb of having sets
  // between a casualty word and their count are the kin or belongings of the one harmed, not the harmed.
  if (l && q.unitClass === 'persons' && clauseLeft.slice(0, l.at).some((w) => /^(?:had|has|have|leaves|left|survived|raised|fathered|mothered)$/.test(w))) return null;
  // "leading to an arrest and conviction ... two officers": an arrest or evacuation cue counts only right before its number.
  if (l && (!hasTrait(l.measure, 'cueAdjacent') || l.at <= 1)) return { measure: l.measure, rule: 'measure/cue-before-number' };
  return null;
}

/** The casualty measure of a word told right after an "including ..." aside of up to five words, if any. */
function casualtyAfterAside(after: readonly string[]): Measure | null {
  let k = after[0] === ',' ? 1 : 0;
  if (after[k] !== 'including') return null;
  k++;
  for (let n = 0; n < 6 && k < after.length; n++, k++) {
    const w = after[k];
    if (/^(?:dead|killed)$/.test(w)) return n > 0 ? 'killed' : null;
    if (/^(?:injured|wounded|hurt)$/.test(w)) return n > 0 ? 'injured' : null;
    // One comma may close the aside, right before the casualty word.
    if (w === ',' && /^(?:dead|killed|injured|wounded|hurt)$/.test(after[k + 1] ?? '')) continue;
    if (!/^[\p{L}'’.-]+$/u.test(w) || /^(?:was|were|is|are|had|has|have|who|which|that|and|or|but)$/.test(w)) return null;
  }
  return null;
}

/**
 * Words before "shot" that make it a noun, a single discharge ("nine pellets in each shot", "fired a shot"), or a throw or
 * kick of a game ("a bank shot over two defenders", "his jump shot"), not people shot.
 */
const SHOT_NOUN_BEFORE = /^(?:a|each|every|one|per|single|first|second|third|warning|fatal|another|the|his|her|their|its|bank|jump|turnaround|hook|layup|putback|buzzer-beating|game-winning|go-ahead|three-point|3-point|long-range|mid-range|slap|wrist|penalty)$/;

/** Casualty verbs that take an object when their subject did the deed ("shot a clerk", "killed his wife"). */
/** A verb of harm, its first object (a person told by a possessive or an article and a noun or two, or the doer: "shot
 * himself and his two daughters") and "and" before a count. */
const OBJECT_LIST_BEFORE = /\b(?:(fatally|mortally)\s+)?(shot|wounded|injured|killed|stabbed)\s+(?:(?:his|her|their|a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:girlfriend|boyfriend|wife|husband|mother|father|son|daughter|brother|sister|friend|neighbou?r|man|woman|boy|girl|child|cousin|uncle|aunt|grandmother|grandfather|fianc[eé]e?|ex-wife|ex-girlfriend|stepfather|stepmother)|himself|herself|themselves)\s+and\s+(?:(?:his|her|their|the)\s+)?$/u;
const OBJECT_VERB_MEASURE: Record<string, Measure> = { shot: 'shot', wounded: 'injured', injured: 'injured', killed: 'killed', stabbed: 'injured' };

/** Words of gunfire in a sentence: what hit someone there was a bullet. */
const GUNFIRE = /\b(?:shooting|shot|shots|fired|firing|opened\s+fire|gunfire|gunman|gunmen|bullets?|rounds)\b/i;

/** Measures whose verb acts on someone else: the people it counts are its objects, not the ones sent to do it. */
const ACTS_ON_OTHERS = new Set<Measure>(['kidnapped', 'arrested', 'killed', 'injured', 'shot', 'rescued']);
/** Verbs of a purpose the people counted are sent to carry out ("a team to rescue the hostages", "officers to arrest the men"). */
const PURPOSE_VERB = /^(?:rescue|free|save|arrest|capture|catch|apprehend|find|locate|search|help|protect|guard|negotiate|kill|shoot|attack|hunt|track|treat|evacuate)$/;

/** Capitalised words after a casualty verb that tell when or where, not whom: "three shot Sunday", "two killed Friday". */

const WHEN_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Today|Tonight|Yesterday|Early|Late|Last|This|In|On|At|Near|Outside|Inside|During|After|Before|When|While|And|But|Police)$/;
const DOER_VERB = /^(?:shot|killed|stabbed|wounded|injured|murdered|slew)$/;
/** Words that open a verb's object: a determiner, a possessive or a number ("shot the suspect", "killed his wife", "shot 16-year-old Kimani"). */
const OBJECT_START = /^(?:a|an|the|his|her|their|its|him|them|two|three|four|five|\d[\d-]*(?:-year-old)?)$/;

/** Those who flee a deed they are said to have done: suspects, gunmen, robbers. */
const FLEEING_DOERS = /^(?:suspects?|gunm[ae]n|shooters?|robbers?|attackers?|assailants?|thieves|thief|burglars?|carjackers?|perpetrators?|culprits?)$/;

/** People kept out of their homes, told right after their count: "have been forced from their homes", "are still unable to return home". */
const OUT_OF_HOMES_AFTER = /^\s+(?:(?:have|has|had|were|was|are|is|been|still|now|already)\s+){0,3}(?:forced\s+(?:from|out\s+of|to\s+(?:leave|flee|abandon))\s+(?:their|his|her)\s+homes?|unable\s+to\s+return\s+(?:to\s+(?:their|his|her)\s+)?homes?|left\s+homeless)\b/i;

/** What people flee when they are displaced: their homes, an area, a country, the fighting. */
const FLED_HOMES = /^(?:their homes?|homes?|(?:the|their) (?:area|region|country|city|town|village|villages|island|province|district|fighting|violence|flood|floods|floodwaters|fire|fires|war|conflict|border)|(?:to|into|across|abroad)\b|the quake|the storm)/;

/** Nouns after "death" that make it a punishment, a threat or a record, not a toll. */
const DEATH_NOT_TOLL_WORDS = 'penalty|penalties|sentence|sentences|row|threats?|certificates?|warrant';
const DEATH_NOT_TOLL = new RegExp(`^(?:${DEATH_NOT_TOLL_WORDS})$`);
const DEATH_NOT_TOLL_AFTER = new RegExp(String.raw`\bdeath\s+(?:${DEATH_NOT_TOLL_WORDS})\b`, 'i');

/** The accused counted, then their own verb of arrest or charge: "(two men) wanted in the killing were arrested". */
const ACCUSED_THEN = /^[^,;.]{0,100}?\b(?:were|are|have\s+been|had\s+been)\s+(?:(?:also|later|since|now|all|both)\s+)?(arrested|charged|indicted|detained|booked|taken\s+into\s+custody|in\s+(?:police\s+)?custody)\b/i;

/** What befell the accused a count tells of, by their own verb after it ("were arrested", "are now in custody"), if told. */
function accusedFate(q: Quantity, sentence: Sentence, reach: number): { measure: Measure; rule: string } | null {
  const own = ACCUSED_THEN.exec(sentence.text.slice(q.span[1] - sentence.span[0], q.span[1] - sentence.span[0] + reach));
  return own ? { measure: /^charged|^indicted/i.test(own[1]!) ? 'charged' : 'arrested', rule: 'measure/accused-arrested' } : null;
}

/**
 * "sitting in a car with her two children was wounded", "one of the two men was killed": a verb in the singular right after
 * a count of two or more has another subject; its casualty word is not the count's.
 */
function verbOfAnotherSubject(q: Quantity, sentence: Sentence): boolean {
  return typeof q.value === 'number' && q.value >= 2 && /^\s*(?:was|is|has)\b/i.test(sentence.text.slice(q.span[1] - sentence.span[0]));
}

/** `ws` reads left to right, or right to left (`reversed`, the clause before a number read from the number out). */
function matchCue(ws: readonly string[], reversed = false): { measure: Measure; at: number } | null {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    // "fatally shot six people", "mortally wounded two men": the word before the verb makes it a killing.
    if (reversed && /^(?:shot|wounded|injured|stabbed)$/.test(w) && /^(?:fatally|mortally)$/.test(ws[i + 1] ?? '')) return { measure: 'killed', at: i };
    if (w === 'shot' && SHOT_NOUN_BEFORE.test((reversed ? ws[i + 1] : ws[i - 1]) ?? '')) continue;
    // "Gun shot residue kits were completed on the three males": a test for firing, nobody shot.
    if (w === 'shot' && (reversed ? ws[i - 1] : ws[i + 1]) === 'residue') continue;
    // "eligible for the death penalty", "a death threat": a punishment or a threat, no one dead.
    if (w === 'death' && DEATH_NOT_TOLL.test((reversed ? ws[i - 1] : ws[i + 1]) ?? '')) continue;
    // Words read leftwards from the count are put back in the text's order ("the number of people in custody to four").
    const two = i + 1 < ws.length ? (reversed ? `${ws[i + 1]} ${w}` : `${w} ${ws[i + 1]}`) : '';
    // "hit by gunfire": a cue of three words.
    const three = i + 2 < ws.length ? (reversed ? `${ws[i + 2]} ${two}` : `${two} ${ws[i + 2]}`) : '';
    // "remain in the hospital": one of four, read in the order of the text only.
    const four = !reversed && i + 3 < ws.length ? `${three} ${ws[i + 3]}` : '';
    for (const [measure, re] of MEASURE_CUES) if (re.test(w) || (two && re.test(two)) || (three && re.test(three)) || (four && re.test(four))) return { measure, at: i };
  }
  return null;
}

export interface MeasureInput {
  q: Quantity;
  sentence: Sentence;
  /** Predicate family of the claim ("kill", "send"), when one was found. */
  family: string | null;
  /** Where the claim's predicate verb starts in the text, when one was found. */
  predicateAt?: number;
  /** The predicate's lemma ("arrest", "take"), when one was found. */
  lemma?: string;
  subject: string;
  /** Whether the sentence before, in the same article, speaks of a poll ("The poll of 520 people ..."). */
  pollBefore?: boolean;
  /** The text of the sentence before in the same article, where a count's noun is carried from it ("About 1,500 have already been deployed"). */
  before?: string;
  /** The text of the sentence after in the same article, where others told next make a count some of a whole ("The other person was transported"). */
  next?: string;
  /** Whether the article tells gunfire (a shooting, shots, a gunman): people "struck" or "hit" in it are struck by bullets. */
  gunfire?: boolean;
}

/** The measure a quantity claim counts; each branch names its rule. */
export function findMeasure(m: MeasureInput, o: FrameOptions = defaultFrameOptions): Because<Measure> {
  const { q, sentence } = m;
  // The quantity's own clause, at most 24 characters either side ("at a depth of 10 km, about 55 km south").
  const before = sentence.text.slice(Math.max(0, q.span[0] - sentence.span[0] - 24), q.span[0] - sentence.span[0]).split(/[,;]/).at(-1) ?? '';
  const after = sentence.text.slice(q.span[1] - sentence.span[0], q.span[1] - sentence.span[0] + 24).split(/[,;]/)[0] ?? '';
  const near = `${before}${sentence.text.slice(q.span[0] - sentence.span[0], q.span[1] - sentence.span[0])}${after}`.toLowerCase();
  if (q.unitClass === 'age') return because<Measure>('age', 'measure/age-unit');
  // "The death toll from floods in Swat and nearby districts climbed to 63": the toll's own noun names its measure, however
  // far before the number (the quantities read the number as the toll's value).
  if (/\|unit\/toll-value\b/.test(q.rule)) {
    const toll = [...sentence.text.slice(0, q.span[0] - sentence.span[0]).matchAll(TOLL_NOUN)].at(-1);
    if (toll) return because<Measure>(toll[1] ? 'injured' : toll[2] ? 'arrested' : toll[3] ? 'rescued' : toll[4] ? 'evacuated' : toll[5] ? 'missing' : 'killed', 'measure/toll-noun');
  }
  // "had two felonies on his arrest record", "three prior arrests": a person's record, no arrest of the story.
  if (CRIMINAL_RECORD.test(q.unit ?? '') || /^\s*(?:[\p{L}-]+\s+){0,3}?on\s+(?:his|her|their)\s+(?:arrest|criminal|police)\s+record\b/iu.test(after)) return because<Measure>(`other:${q.unitClass}`, 'measure/criminal-record');
  const small = (typeof q.value === 'number' ? q.value : q.value[1]) < 10;
  if (/\bmagnitudes?\b|\brichter\b/.test(near) && small) return because<Measure>('magnitude', 'measure/magnitude-word');
  // "a 6.7-strength quake", "a 6.7 degree quake", "a 6.1 quake": a quake's strength told by its number before the quake's noun.
  if (small && QUAKE_OF_STRENGTH.test(sentence.text.slice(q.span[0] - sentence.span[0], q.span[1] - sentence.span[0] + 30))) return because<Measure>('magnitude', 'measure/quake-of-strength');
  // "aftershocks of around 4", "aftershocks varying from 2.8 to 3.8", "a tremor measuring 3.8": a quake's strength told without the word "magnitude".
  // "The quake, which the national institute measured at 6.4": a quake's strength as a body measured it.
  if (small && q.unitClass === 'number' && QUAKE_MEASURED_AT.test(sentence.text.slice(0, q.span[0] - sentence.span[0]))) return because<Measure>('magnitude', 'measure/quake-measured-at');
  if (small && q.unitClass === 'number' && QUAKE_STRENGTH_BEFORE.test(sentence.text.slice(Math.max(0, q.span[0] - sentence.span[0] - 40), q.span[0] - sentence.span[0]))) return because<Measure>('magnitude', 'measure/quake-strength');
  if (q.unitClass === 'length') {
    // "6-feet tall": a person's height, not a distance.
    // "a 6-foot, 200-pound man": a height told with a weight.
    const right = sentence.text.slice(q.span[1] - sentence.span[0], q.span[1] - sentence.span[0] + 16);
    if (/^\s*(?:tall|in height)\b/i.test(right) || (typeof q.value === 'number' && q.value <= 8 && /^\s*,?\s*\d+\s*-\s*pounds?\b/i.test(right))) return because<Measure>('other:height', 'measure/height-word');
    // "5 foot, 8 inch", "5-foot-8", "6 feet 2 inches": feet and inches together are a person's height.
    if (q.unit === 'foot' && typeof q.value === 'number' && q.value <= 8 && FEET_AND_INCHES.test(right)) return because<Measure>('other:height', 'measure/feet-and-inches');
    // "193km / h", "120 miles an hour": a length per hour is a speed.
    if (SPEED_AFTER.test(right)) return because<Measure>('other:speed', 'measure/length-per-hour');
    if (/\b(deep|depth|below the surface|underground)\b/.test(near)) return because<Measure>('depth', 'measure/depth-word');
    return because<Measure>('distance', 'measure/length-unit');
  }
  if (q.unitClass === 'money') return because<Measure>('money', 'measure/money-unit');
  if (q.unitClass === 'percent') {
    const left = sentence.text.slice(Math.max(0, q.span[0] - sentence.span[0] - 40), q.span[0] - sentence.span[0]);
    const right = sentence.text.slice(q.span[1] - sentence.span[0], q.span[1] - sentence.span[0] + 40);
    // "a 4.5 percent margin of error", "a margin of error of 3 percent": how precise a poll is, not a share of its answers.
    if (/^\s*(?:points?\s+)?margin\s+of\s+(?:sampling\s+)?error\b/i.test(right) || /\bmargin\s+of\s+(?:sampling\s+)?error\s+(?:of|was|is|at)?\s*(?:plus\s+or\s+minus\s+|\+\/-\s*)?$/i.test(left)) return because<Measure>('other:margin-of-error', 'measure/margin-of-error');
    // "Some 64 percent considered police unprepared" right after "The poll of 520 people ...": a poll told over two sentences.
    // Poll words in the figure's own clause: not "The county is 43 percent black, and numerous polls have found ...".
    const clauses = sentence.text.split(/;|,\s*(?:and|but|while|whereas)\b/i);
    let at = 0;
    const clause = clauses.find((c) => (at += c.length + 1) > q.span[0] - sentence.span[0]) ?? sentence.text;
    const poll = POLL_WORDS.test(clause) ? 'measure/poll-words' : m.pollBefore ? 'measure/poll-previous-sentence' : null;
    // "20.6 percent, 5.6 percent below the main opposition": the gap between two shares, not a share.
    if (poll && /^\s*(?:points?\s+)?(?:below|behind|ahead\s+of|above|lower\s+than|higher\s+than)\b/i.test(right)) return because<Measure>('other:poll-gap', 'measure/poll-gap');
    if (poll) return because<Measure>('poll-share', poll);
  }
  // "fired two or three times in the air": times a gun was fired are shots fired.
  if (q.unitClass === 'ratio' && q.unit === 'times' && SHOTS_TIMES_BEFORE.test(sentence.text.slice(Math.max(0, q.span[0] - sentence.span[0] - 40), q.span[0] - sentence.span[0]))) return because<Measure>('shots-fired', 'measure/times-fired');
  // "a shooting that claimed two lives", "the crash took three lives": lives taken are the dead.
  if (/^lives?$/i.test(q.unit ?? '') && LIVES_TAKEN_BEFORE.test(sentence.text.slice(Math.max(0, q.span[0] - sentence.span[0] - 24), q.span[0] - sentence.span[0]))) return because<Measure>('killed', 'measure/lives-taken');
  if (q.unitClass === 'persons' || q.unitClass === 'count' || q.unitClass === 'number') {
    // "The poll of 1,000 people", "a survey of 520 adults", "1,200 voters polled": the size of a poll's sample, not people of the story.
    if (POLL_SAMPLE_BEFORE.test(sentence.text.slice(Math.max(0, q.span[0] - sentence.span[0] - 30), q.span[0] - sentence.span[0])) || POLL_SAMPLE_AFTER.test(sentence.text.slice(q.span[1] - sentence.span[0], q.span[1] - sentence.span[0] + 30))) return because<Measure>('other:poll-sample', 'measure/poll-sample');
    // "Calvin Williams, 24, was shot", "both 22", "Davon Coleman, also 18": a bare number after a name is the person's age.
    const lead = sentence.text.slice(0, q.span[0] - sentence.span[0]);
    const raw = sentence.text.slice(q.span[0] - sentence.span[0], q.span[1] - sentence.span[0]);
    // Not "In East Flatbush, 46 were arrested": a number a plural verb follows counts people ("Smith, 46, was" is told with a comma).
    const pluralVerbAfter = /^\s+(?:were|are|have|had)\b/i.test(sentence.text.slice(q.span[1] - sentence.span[0], q.span[1] - sentence.span[0] + 8));
    if (q.unitClass === 'number' && /^\d{1,3}$/.test(raw.trim()) && !pluralVerbAfter && /(?:\p{Lu}[\p{L}'’-]+,(?:\s*also)?|\b(?:Jr|Sr)\.,|\bboth|\baged?|\bages)\s*$/u.test(lead)) return because<Measure>('age', 'measure/age-after-name');
    // "Emanuel Steward, who turned 68 on Saturday", "Smith turned 40": the number a named person turned is the person's age ("who turns 29 in April"
    // is an age still to come, never a rival of the age told now).
    if (q.unitClass === 'number' && /^\d{1,3}$/.test(raw.trim()) && Number(raw.trim()) <= 120 && /(?:\p{Lu}[\p{L}'’-]+,?\s+(?:who\s+)?|,\s*who\s+)turned\s*$/u.test(lead)) return because<Measure>('age', 'measure/age-turned');
    // "He was 88.", "She was 47 when she died", "He was 82, according to prison records", "family members said he was 81",
    // "died Tuesday at 88": a bare number a person was, or died at, is that person's age.
    if (q.unitClass === 'number' && /^\d{1,3}$/.test(raw.trim()) && Number(raw.trim()) <= 120 && ((AGE_WAS.test(lead) || SAID_AGE_WAS.test(lead)) && /^\s*(?:[.;]|,?\s+(?:when|at\s+the\s+time)\b|,\s+according\s+to\b)/i.test(sentence.text.slice(q.span[1] - sentence.span[0])) || DIED_AT.test(lead))) return because<Measure>('age', 'measure/age-was');
    // "six men, ages 17 to 28", "between the ages of 24 and 30": a range of ages counts nobody.
    if (/\b(?:aged?(?:\s+between)?|ages(?:\s+of)?|between\s+the\s+ages\s+of)\s*$/i.test(lead) && /^\d{1,3}(?:\s*(?:to|-|–|and|through)\s*\d{1,3})?$/.test(raw.trim())) return because<Measure>('age', 'measure/age-range');
    // "between the ages of 18 and 23", "ages 17 to 28": the range's upper end is an age too, not the people the sentence counts.
    if (/\b(?:aged?(?:\s+between)?|ages(?:\s+of)?|between\s+the\s+ages\s+of)\s*\d{1,3}\s*(?:to|-|–|and|through)\s*$/i.test(lead) && /^\d{1,3}$/.test(raw.trim())) return because<Measure>('age', 'measure/age-range');
    // "suffered three gunshot wounds": wounds of one victim are no victims.
    if (q.unit && /^(?:(?:(?:gunshot|gun\s+shot|bullet|stab|knife|entry|exit)\s+)?wounds?)$/i.test(q.unit.trim())) return because<Measure>('other:wounds', 'measure/wounds-not-people');
    // "two women -- 68 and 48-years-old", "who were 61 and 48 years old": a number coordinated with an age is an age.
    const right = sentence.text.slice(q.span[1] - sentence.span[0], q.span[1] - sentence.span[0] + 30);
    // "Three females, ages 21, 32, and 49, and two males, 30 and 42": numbers told right after a count of people and a comma
    // are their ages.
    if (/^\d{1,3}$/.test(raw.trim()) && AGES_OF_PEOPLE_BEFORE.test(lead)) return because<Measure>('age', 'measure/age-coordinated');
    // "their sons, ages 4, 8 and 10": every number of a list opened by "ages" is an age, with or without a count before.
    if (/^\d{1,3}$/.test(raw.trim()) && AGES_LIST_BEFORE.test(lead)) return because<Measure>('age', 'measure/age-coordinated');
    // "Slayings of 14- and 18-Year-Olds": the hyphen of a shared "-year-old" follows the first age.
    if (/^\d{1,3}$/.test(raw.trim()) && /^-?\s*(?:and|or|,)\s*\d{1,3}\s*-?\s*years?\s*-?\s*olds?\b/i.test(right)) return because<Measure>('age', 'measure/age-coordinated');
    // "Eleven jurors voted for death", "a jury of seven women and five men": a count of jurors is of the court, never a toll.
    if (JURORS.test(q.unit ?? '') || JURORS.test(m.subject) || JURY_OF_BEFORE.test(lead)) return because<Measure>('other:jurors', 'measure/jurors');
    // "a Brooklyn mother of 12 was killed": the number counts her children, whatever the clause's verb.
    if (PARENT_OF.test(lead)) return because<Measure>('other:count', 'measure/parent-of-children');
    // "Among the dead were 5 Indians, 4 Russians and 2 South Koreans", "The injured included two children": counts listed
    // of a toll named before them are parts of it, each of its own people, never the toll nor rivals of one another.
    const among = AMONG_TOLL.exec(sentence.text.slice(0, q.span[0] - sentence.span[0]));
    const amongCue = among ? matchCue(words(among[1] ?? among[2] ?? '')) : null;
    if (amongCue && (amongCue.measure === 'killed' || amongCue.measure === 'injured')) return because(amongCue.measure, 'measure/part-among-toll');
    // "an officer fired one shot and missed", "a single shot was fired", "one shot hit the man": a shot told with its firing
    // or with what it hit is one fired, no one shot.
    const shotNoun = `${q.unit ?? ''} ${right}`;
    if (/^shots?\b/i.test(q.unit ?? '') && (/^shots?\s+(?:(?:that|which)\s+)?(?:hit|hits|struck|strikes|went|rang|missed|grazed|pierced|entered|ricocheted)\b/i.test(shotNoun.trim()) || /\b(?:fired|fire|fires|firing|heard|hears|let\s+off|got\s+off|squeezed\s+off)\s+(?:(?:a|an|the|only|just|at\s+least|about|more\s+than|some)\s+)*$/i.test(lead) || /^\s*(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:fired|heard)\b/i.test(right))) return because<Measure>('shots-fired', 'measure/shots-noun');
    // "three injured", "five dead": the counted word itself names the measure.
    const own = q.unit ? matchCue(words(q.unit)) : null;
    // "two of those wounded are known", "three of the dead were children": a part of a whole named by the measure's own
    // word is a subset of the count, not the count; "two of the wounded died" tells another measure of the part.
    if (own && (own.measure === 'killed' || own.measure === 'injured') && /^\S+\s+of\s+(?:the|those|these)\s/i.test(raw.trim()) && !/^(?:all|both)\b/i.test(raw.trim()) && !/\b(?:all|both)\s*$/i.test(lead) && (cueMeasure(sentence, q, o, m.next)?.measure ?? own.measure) === own.measure) return because(own.measure, 'measure/partitive-subset');
    // "Four hostages were freed": those held, set free, are rescued.
    if (own?.measure === 'kidnapped' && /^\s*(?:(?:were|have\s+been|had\s+been|was)\s+)?(?:freed|released|rescued|set\s+free)\b/i.test(right)) return because<Measure>('rescued', 'measure/hostages-freed');
    // "the three surviving shooting victims": those shot who lived are the hurt.
    if (own?.measure === 'shot' && /\bsurviving\b/i.test(q.unit ?? '')) return because<Measure>('injured', 'measure/surviving-shot');
    if (own) return because(own.measure, 'measure/cue-unit');
    // "Forty-two students remain in the hands of kidnappers", "held by their abductors": those held are the kidnapped.
    if (q.unitClass === 'persons' && /^[^.;]{0,40}?\b(?:in\s+the\s+hands\s+of|held\s+by)\s+(?:their\s+|the\s+)?(?:kidnappers|abductors|captors)\b/i.test(sentence.text.slice(q.span[1] - sentence.span[0], q.span[1] - sentence.span[0] + 90))) return because<Measure>('kidnapped', 'measure/held-by-kidnappers');
    // "the two men who shot up a busy street": people told as the ones who shot are the shooters, not people shot.
    if (q.unitClass === 'persons' && SHOOTERS_WHO.test(right)) return because<Measure>('other:attackers', 'measure/shooters-who-shot');
    // "Deputies found three victims with gunshot wounds": the people found shot, the dead among them.
    if (foundBefore(lead) && WOUNDS_AFTER.test(right)) return because<Measure>('shot', 'measure/found-with-wounds');
    // "More than 2,000 people have been forced from their homes", "2,300 people are still unable to return home": people
    // kept out of their homes are displaced.
    if (q.unitClass === 'persons' && OUT_OF_HOMES_AFTER.test(sentence.text.slice(q.span[1] - sentence.span[0], q.span[1] - sentence.span[0] + 70))) return because<Measure>('displaced', 'measure/out-of-homes');
    const cue = cueMeasure(sentence, q, o, m.next);
    // "deputies detained as many as nine potential witnesses": witnesses held for questioning are no one arrested.
    if (cue && (cue.measure === 'arrested' || cue.measure === 'charged') && /\bwitness(?:es)?\b/i.test(q.unit ?? '')) return because<Measure>(`other:${q.unitClass}`, 'measure/witnesses-not-arrested');
    // "an officer reported seeing around 300 people flee the area" in a story of gunfire: a crowd that scattered from
    // shots is no one displaced; people who fled their homes or to shelters are.
    if (cue && cue.measure === 'displaced' && m.gunfire && CROWD_FLED.test(right) && !/\b(?:homes?|shelters?|evacuat\w*)\b/i.test(right)) return because<Measure>(`other:${q.unitClass}`, 'measure/crowd-fled-gunfire');
    // "the five survivors were shot inside the lodge": survivors shot or wounded lived; they are the hurt, not all the shot.
    if (cue && (cue.measure === 'shot' || cue.measure === 'killed') && /^survivors$/i.test(q.unit ?? '')) return because<Measure>(cue.measure === 'shot' ? 'injured' : `other:${q.unitClass}`, 'measure/survivors-of-harm');
    if (cue) return because(cue.measure, cue.rule);
    // "Three other people were also struck", "two bystanders were hit" in a story of gunfire: struck by bullets, people
    // shot as "shot" tells them. Not one struck by a car or with an object.
    if (m.gunfire && q.unitClass === 'persons' && STRUCK_AFTER.test(right)) return because<Measure>('shot', 'measure/struck-in-gunfire');
    // "fired about 18 rounds, hitting six people", "opened fire, striking four" in a story of gunfire: the people the
    // shots hit are people shot.
    if (m.gunfire && q.unitClass === 'persons' && HIT_BY_SHOTS_BEFORE.test(lead)) return because<Measure>('shot', 'measure/struck-in-gunfire');
    // "The death toll from Tuesday's earthquake in western Mirovia has risen to five", "the number of injured in the
    // quake climbed to 45": a toll that is its clause's subject names the measure of the level its verb gives, however
    // far the subject's noun phrase runs from the number.
    const clause = sentence.text.slice(0, q.span[0] - sentence.span[0]).split(/[;:]|,\s+(?:and|but|while|as)\b/i).at(-1) ?? '';
    const toll = TOLL_SUBJECT.exec(clause);
    if (toll) return because<Measure>(/injur|wound/i.test(toll[1]) ? 'injured' : /missing/i.test(toll[1]) ? 'missing' : 'killed', 'measure/toll-subject');
    // "police arrested two men", "two men were detained": an arrest verb next to the number; not "took two officers hostage" nor "arrested her in the slayings of two women".
    if (m.family === 'capture' && ARREST_LEMMAS.has(m.lemma ?? '') && m.predicateAt !== undefined && captureNear(sentence, q, m.predicateAt)) {
    // "Six men were captured by security cameras", "two men captured on video": people a camera recorded are no one arrested.
    // ("Two men were captured on video and later arrested" are arrested all the same.)
    const after = sentence.text.slice(q.span[1] - sentence.span[0]);
    if (ON_CAMERA_AFTER.test(after) && !/\b(?:arrested|detained|apprehended|custody|jailed|booked)\b/i.test(after)) return because<Measure>(`other:${q.unitClass}`, 'measure/on-camera');
      // "Three more men were captured, bringing the number recaptured to five": those added to a total the sentence gives.
      if ((/^\S+\s+more\b/i.test(q.text) || /^\s*more\b/i.test(right)) && TOTAL_RAISED.test(sentence.text)) return because<Measure>(`other:${q.unitClass}`, 'measure/increment');
      return because<Measure>('arrested', 'measure/predicate-capture');
    }
    // "two gang members", "members of the Avenues gang": members of a gang, club or family are no troops.
    // "2,507 members of the council", "two dozen units" of fire engines: members and units are troops only where the sentence speaks of armed forces.
    const counted = `${m.subject} ${q.unit ?? ''}`;
    // "five of its fighters carried out the attack": the people who made an attack, as the group that made it counts them,
    // are its attackers, no troops sent anywhere.
    const farRight = sentence.text.slice(q.span[1] - sentence.span[0], q.span[1] - sentence.span[0] + 90);
    if ((GROUP_OWN.test(`${q.text}${farRight.slice(0, 20)}`) || ATTACKER_NOUN.test(counted)) && ATTACKERS_AFTER.test(farRight)) return because<Measure>('other:attackers', 'measure/attackers-of-attack');
    if (PERSONNEL.test(counted) && (TROOP_NOUN.test(counted) || ARMED_FORCES.test(sentence.text) || (!q.unit && ARMED_FORCES.test(m.before ?? ''))) && !NOT_TROOPS.test(`${m.subject} ${sentence.text.slice(q.span[1] - sentence.span[0], q.span[1] - sentence.span[0] + 40)}`)) return because<Measure>('troops', 'measure/personnel-noun');
    // "four loud pops", "three gunshots", "several bangs": shots heard are shots fired.
    if (/\b(shots|rounds|bullets|gunshots|pops|bangs)\b/i.test(q.unit ?? '')) return because<Measure>('shots-fired', 'measure/shots-noun');
    // "injuring five", "five people were hurt" with the verb out of the cue window: people counted by a casualty verb.
    // Only a verb after the number counts ("five people had received treatment after being injured"): one before it may be another clause's ("pronounced dead, while four other men ...").
    // Not a verb with a count of its own ("knocking out power to 800,000 customers and killing at least two people").
    const verbHasOwnCount = m.predicateAt !== undefined && VERB_THEN_COUNT.test(sentence.text.slice(m.predicateAt - sentence.span[0], m.predicateAt - sentence.span[0] + 60));
    // "two men being sought in connection with a shooting that left a girl injured": people sought, accused or charged
    // over the harm are its doers, not its victims.
    const doers = m.predicateAt !== undefined && m.predicateAt >= q.span[1] && /\b(?:accused|suspected|wanted|sought|charged|arrested|in\s+connection\s+with)\b/i.test(sentence.text.slice(q.span[1] - sentence.span[0], m.predicateAt - sentence.span[0]));
    const byVerb = q.unitClass === 'persons' && m.family && m.predicateAt !== undefined && m.predicateAt >= q.span[1] && !verbHasOwnCount && !doers && !verbOfAnotherSubject(q, sentence) ? VERB_MEASURES.get(m.family) : undefined;
    if (byVerb) return because<Measure>(byVerb, 'measure/predicate-family');
  }
  return because<Measure>(`other:${q.unitClass}`, 'measure/open-tail');
}

/** Nouns of a person's criminal record, counted: convictions, prior arrests (felonies only with a record named after them). */
// ("24 prior felony charges", "three previous drug arrests": a word of the kind may stand between.)
const CRIMINAL_RECORD = /\b(?:convictions?|priors|(?:prior|previous|past|earlier)\s+(?:[\p{L}-]+\s+)?(?:arrests?|convictions?|charges|felon(?:y|ies)))$/iu;

/** The story's event told as coming a span of time after or before another: "came just weeks after", "comes little over a month after", "came weeks before". A
 * span of hours or days is left alone: a series of one story ("Mr Buckley's death came a day after ... Rait died") reads so too. */
const COMES_AFTER = /\b(?:comes?|came|coming)\s+(?:just\s+|only\s+|little\s+over\s+|a\s+little\s+over\s+|less\s+than\s+|more\s+than\s+|about\s+|nearly\s+|barely\s+)?(?:a\s+|an\s+|two\s+|three\s+|four\s+|several\s+|a\s+few\s+|\d+\s+)?(?:weeks?|months?|years?)\s+(?:after|before)\b|\b(?:comes?|came|coming)\s+(?:just\s+|only\s+|about\s+|less\s+than\s+)?(?:a\s+few\s+|several\s+|two\s+|three\s+|\d+\s+)?(?:hours?|days?)\s+before\b/i;
/** A person's age told as what they were: "He was", "She was", "The victim was". */
const AGE_WAS = /^\W*(?:He|She|The\s+(?:victim|man|woman|boy|girl|suspect|shooter|gunman|driver|teen|teenager|child|officer|deputy|trooper|pilot|passenger|actress|actor|singer))\s+(?:was|is)\s+$/;
/** "He was 82, though family members said he was 81": an age told by a saying of the same pronoun's person. */
export const SAID_AGE_WAS = /\b(?:said|says|say)\s+(?:he|she)\s+was\s+$/;
/** An age at death: "died at 88", "died Tuesday at 88", "dies at 88", "dead at 95". */
// "died on Thursday in Beverly Hills at the age of 91", "dead at 95", "at age 88": the age at death (or any "at the age of").
const DIED_AT = /\b(?:died|dies|dead|passed\s+away)\s+(?:[^.;:,]{0,60}?\s)?at\s+(?:the\s+age\s+of\s+|age\s+)?$|\bat\s+the\s+age\s+of\s+$/i;
// ("likely the most expensive in state history": a superlative measures the story's own figure against history.)
const BACKGROUND_WORDS = /\b(years? ago|last year|(?<!\bfrom\s)a year earlier|decades? ago|(?:in|since|of|from) (?:19|20)\d\d|previous(?:ly)? (?:record|shooting|quake|earthquake|attack|fire|disaster)|a similar|another (?:shooting|attack|quake|earthquake|fire)|(?<!\b(?:franchise|team|club|school|league|program|tournament|series|NBA|NFL|NHL|MLB|WNBA)\s)(?<!\b(?:most|least)\s+[a-z-]+\s+in\s+(?:[a-z'’-]+\s+)?)history|historically|deadliest|worst since|since records began|(?<!\b(?:discovered|detected|uncovered|noticed|disclosed)\s)last month|earlier this year|last (?:spring|summer|autumn|fall|winter))\b/i;

/** A sentence opened by a time before the story's days or spanning many events: "This year,", "Last month,", "In recent weeks,", "So far this year,". */
const PAST_OPENING = /^\W*(?:(?:and|but|meanwhile|also|yet),?\s+)?(?:(?:so\s+far\s+|earlier\s+|already\s+)?this\s+year|last\s+(?:month|year|spring|summer|autumn|fall|winter)|earlier\s+this\s+(?:year|month)|in\s+recent\s+(?:weeks|months|years)|in\s+the\s+(?:past|last)\s+(?:few\s+|several\s+)?(?:months|years)|over\s+the\s+(?:past|last)\s+(?:few\s+|several\s+)?(?:months|years)|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)(?:\s*,|\s+\w)/i;
/** "recently seized", "in recent months": an event told as recent, before the story's own. */
const RECENTLY = /\b(?:recently|in\s+recent\s+(?:weeks|months|years))\b/gi;

/**
 * Whether the clause leading to a figure tells a recent event: "pirates recently seized a supertanker
 * loaded with $100 million". Not across a comma, and not a relative clause about someone ("the
 * gunman, who had been recently laid off, ..."; "a former employee recently let go").
 */
export function recentlyBefore(lead: string): boolean {
  for (const m of lead.matchAll(RECENTLY)) {
    const before = lead.slice(0, m.index);
    const after = lead.slice(m.index + m[0].length);
    if (/[,;:]/.test(after)) continue;
    if (/\b(?:who|which|that)\s+(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?$/i.test(before)) continue;
    // "an employee recently let go": a participle right after names who someone is.
    if (/^\s+(?:let\s+go|laid\s+off|fired|released|hired|promoted|divorced|married|retired)\b/i.test(after)) continue;
    return true;
  }
  return false;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "in September", "last April", "at the end of July": a month named without a day sets a figure before the story's own days. */
const MONTH_ALONE = /\b(?:in|last|since|during|this past|earlier this|at the (?:end|start|beginning) of|early|late|mid-?)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/i;
/** An event named by its month: "the January incident", "the March quake" (another month than the story's is an earlier event). */
const MONTH_EVENT = /\bthe\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:incident|attack|outage|quake|earthquake|shooting|fire|blast|bombing|raid|storm|flood|crash|disruption|cuts?|break)\b/i;

/** Counts over many events, not this one: "injured in those shootings", "in South Side shootings", "killed in shootings this year", "citywide", "74 people shot since Wednesday", "70 people wounded in gun violence", "killed in a violent weekend" (not "in a weekend shooting", nor "A little over a week later, Clark was one of four injured"). */
const AGGREGATE_WORDS = /\b(?:(?:in|to|by|from) gun violence\b|(?:in|from|of|by) (?:those |these |all |such |the city's |the )?(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:shootings|homicides|murders|killings|attacks|incidents|crashes|fires)\b|(?:so far )?this (?:year|winter)\b|year to date|year-to-date|(?:city|state|nation|county)-?wide|since (?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?:in|over|during|across) (?:a|an|another|one) (?:[\p{L}-]+ )?(?:weekend|week|month)\b(?! (?:shooting|shootout|attack|incident|crash|fire|stabbing|robbery|raid|standoff|later|ago|earlier|after|before|prior|since|old|long)\b))/giu;

/** The noun of a toll before its value: the dead ("death toll", "toll", "the number of dead"), the hurt ("the number of injured"), or the people a participle after "the number" counts ("the number recaptured"). */
const TOLL_NOUN = /\b(?:(injured|wounded|injuries|hurt)|number\s+(?:(arrested|recaptured|captured|detained)|(rescued)|(evacuated)|(missing))|toll|fatalities|deaths|dead)\b/gi;

/** A disaster that goes on for days: floods, storms, fires, a heat wave, an outbreak. */
const ONGOING_DISASTER = /\b(?:floods?|flooding|flash\s+floods|(?:monsoon\s+)?rains|rainfall|storms?|hurricanes?|typhoons?|cyclones?|wildfires?|blazes|heat\s*waves?|landslides?|mudslides?|outbreak|epidemic|blizzards?|snowstorms?|avalanches?|aftershocks)\b/i;

/** A count over many events, unless the events are named as this story's: "in the shootings of Riva and Steinberg", "the shootings at Gordon Advisors". */
export function aggregateNear(near: string): boolean {
  for (const m of near.matchAll(AGGREGATE_WORDS)) {
    if (/^\s+(?:of|at)\s+\p{Lu}/u.test(near.slice(m.index + m[0].length))) continue;
    // "Floods have killed at least 40 people since Friday": a disaster that goes on for days counts its own toll since a day.
    if (/^since\b/i.test(m[0]) && ONGOING_DISASTER.test(near)) continue;
    return true;
  }
  return false;
}

/** Words that set a sentence in the story's own days. */
const CURRENT_TIME = /\b(today|tonight|yesterday|already|currently|at present|this (?:morning|afternoon|evening|week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
/** "That temblor killed at least six": a sentence opened by "that" and an event noun goes back to the earlier event just named. */
const THAT_EVENT = /^\s*(?:that|the earlier|the previous|the last) (?:quake|earthquake|temblor|tremor|attack|shooting|fire|blaze|blast|bombing|heist|robbery|raid|storm|flood)\b/i;

/**
 * "the deadliest since the January attack on the Qasra market, which killed 9 people", "the worst since the 2019
 * flood, when 14 died": a figure in the clause of the earlier event the story is measured against is that event's.
 */
const EARLIER_EVENT_CLAUSE = /\b(?:(?:deadliest|worst|bloodiest|biggest|largest|strongest|heaviest)\b[^;.]{0,40}?\bsince|since\s+(?:the\s+|a\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|previous|earlier|last))\b[^;]{0,100}?,\s*(?:which|that|when|in\s+which)\b[^;]*$/i;

// "the attack, which came just 10 days after a gunman killed five police officers in Dallas", "the shooting happened two
// weeks after": the story's event told as coming some days or weeks after another one. Only with a verb of an event's
// coming ("came", "happened", "followed"): "died three days after he and two others were shot" tells the story's own.
const DAYS_AFTER = /\b(?:came|comes|coming|happened|happens|occurred|occurs|took\s+place|takes\s+place|followed|follows|following)\s+(?:(?:just|only|barely|less\s+than|more\s+than|about|nearly|almost|some|exactly|mere)\s+)?(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several|a\s+few|a\s+couple\s+of)\s+)?(?:days?|weeks?|months?)\s+(?:after|since)\s+[^;:]*$/i;

/** Whether a figure is told of another event the story's is said to come days, weeks or months after (`DAYS_AFTER`). */
export function afterDaysBefore(text: string, at: number): boolean {
  return DAYS_AFTER.test(text.slice(0, at));
}

// "days after five Dallas officers were shot and killed by another man", "in a separate shooting that left two dead": a
// toll of another doer or another shooting; up to three words may name it ("in another Chicago Lawn shooting").
const ANOTHER_EVENT = /^[^;:,]{0,60}?\b(?:(?:shot|killed|wounded|injured|slain|murdered|gunned\s+down)\s+by\s+(?:an?other|a\s+different|a\s+separate)\s+(?:man|woman|gunman|gunmen|shooter|attacker|suspect|person)|in\s+(?:an?other|a\s+separate|an\s+unrelated|a\s+different)\s+(?:[\w'’-]+\s+){0,3}?(?:shooting|attack|incident|rampage|ambush))\b/i;
const ANOTHER_BEFORE = /\b(?:in|during|from)\s+(?:an?other|a\s+separate|an\s+unrelated|a\s+different)\s+(?:[\w'’-]+\s+){0,3}?(?:shooting|attack|incident|rampage|ambush)\b[^;:.]{0,40}$/i;

/** A sentence opened as another case than the story's: "In a separate case, ...", "In an unrelated incident Friday, ...", "Separately, ...". */
const OTHER_CASE_OPENING = /^\W*(?:separately,|in\s+other\s+news\b|in\s+(?:a\s+separate|an\s+unrelated|a\s+different|another)\s+(?:[\w'’-]+\s+){0,2}?(?:case|cases|incident|matter|shooting|attack|investigation|arrest|crash|complaint|lawsuit|development)\b)/i;

/** Whether a figure's clause tells it of another doer or another shooting (`ANOTHER_EVENT`); `at` is where the figure ends. */
export function anotherEvent(text: string, at: number): boolean {
  return ANOTHER_EVENT.test(text.slice(at)) || ANOTHER_BEFORE.test(text.slice(0, at));
}

/** "nearly five years after", "two decades since": the story's event told against an earlier one. Not a term served ("sentenced to 25 years after"). */
const YEARS_AFTER = /\b(?<!\b(?:to|for|serve|serving|served|spent|spend|spending|faces?|facing|got|gets|of|additional|more)\s+(?:(?:nearly|almost|about|roughly|some|more\s+than|less\s+than|just|over|exactly|up\s+to)\s+)?)(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\d{1,2}|several|a\s+few|many)\s+(?:years?|decades?)\s+(?:after|since)\s+/gi;

/**
 * Whether a figure is told of the earlier event a sentence sets the story's against: "The shooting came nearly
 * five years after an Army psychiatrist killed 13 people and wounded more than 30". Not a sentence opened by the phrase.
 */
export function afterYearsBefore(text: string, at: number): boolean {
  for (const m of text.slice(0, at).matchAll(YEARS_AFTER)) {
    // "Two years after three people were shot dead ..., a man has been charged": a sentence opened so is most often a
    // later telling of the story's own event.
    if (/^\W*(?:(?:nearly|almost|about|roughly|some|more\s+than|less\s+than|just|over|exactly)\s+)?$/i.test(text.slice(0, m.index))) continue;
    return true;
  }
  return false;
}

/** A month named alone near a figure, other than the month of publication: the figure belongs to an earlier event. */
export function earlierMonthNear(near: string, published: string | null): boolean {
  const m = MONTH_ALONE.exec(near) ?? MONTH_EVENT.exec(near);
  if (!m) return false;
  if (!published) return true;
  return MONTHS.indexOf(m[1].toLowerCase()) + 1 !== Number(published.slice(5, 7));
}

/** A figure then "a year earlier" or "a year ago" (its comparison's time), as `findScope` reads the words near another figure. */
const YEAR_EARLIER_AFTER_FIGURE = /(\d[\d,.]*(?:\s+(?:million|billion|trillion))?\s+)a\s+year\s+(?:earlier|ago|before)\b/gi;
/** A year in the possessive: "2018's 64 percent", "last year's". */
const YEAR_POSSESSIVE = /\b(?:19|20)\d\d(?=['’]s\b)/g;
/** A body's founding year in an aside set off by commas: ", founded in 2009,", ", established in 1998 ,". */
/** A year that names a model of goods: "2023 models", "2019 through 2022 Vega Ridge models". */
// "a 2006 silver-colored, four-door Honda vehicle", "a 2012 Chevrolet Impala": a year before a vehicle's words names the model.
const MODEL_YEAR = /\b(?:19|20)\d\d(?=(?:\s*(?:-|–|through|to|and)\s*(?:19|20)\d\d)?\s+(?:\p{Lu}[\p{L}-]*\s+|and\s+){0,5}(?:models?|model[\s-]years?)\b|\s+(?:[\p{L}-]+,?\s+){0,4}?(?:vehicle|car|sedan|SUV|truck|pickup|van|minivan|coupe|hatchback|motorcycle|Honda|Toyota|Ford|Chevrolet|Chevy|Nissan|Dodge|Jeep|Hyundai|Kia|Buick|Cadillac|Chrysler|GMC|Lexus|Mazda|Mercedes|BMW|Volkswagen|Subaru|Pontiac|Lincoln|Acura|Infiniti|Mitsubishi|Volvo|Audi|Saturn|Mercury|Oldsmobile)\b)/gu;
const FOUNDED_YEAR = /(?<=,\s*)(?:founded|established|formed|incorporated|set\s+up|created)\s+in\s+(?:19|20)\d\d(?=\s*,)/gi;

/** A year before a draft's words names a player's draft class: "2006 second-overall pick", "2004 NFL draft", "a 2008 first-round draft choice". */
const DRAFT_YEAR = /\b(?:19|20)\d\d(?=\s+(?:NFL\s+|NBA\s+|MLB\s+|NHL\s+)?(?:draft\b|(?:[\w.-]+\s+){0,2}(?:draft\s+)?(?:pick|choice|selection)\b))/g;

/** A first or a best told before "since": "their first playoff spot since", "the most points since" (its clause only). */
const FIRST_SINCE = /\b(?:first|most|best|highest|lowest|fewest|longest|biggest|largest)\b[^,;.]*\bsince\s+(?:(?:the\s+)?(?:early|late|mid)[\s-]+)?$/i;
/** A year that opens a span up to now: "since 2017", "since the early 2000s". */
const SINCE_YEAR = /(?<=\bsince\s+(?:(?:the\s+)?(?:early|late|mid)[\s-]+)?)(?:19|20)\d\d\b/gi;
/** "since records began", "since record-keeping began in 1951". */
const RECORDS_BEGAN = /\bsince\s+(?:records\s+began|record[\s-]keeping\s+began|records\s+were\s+first\s+kept)(?:\s+in\s+(?:18|19|20)\d\d)?\b/gi;

/** The spans, within the sentence, of a "since records began" told after the figure with a first or a most before it. */
function recordsBeganAfter(sentence: Sentence, q: Quantity): [number, number][] {
  const out: [number, number][] = [];
  for (const m of sentence.text.matchAll(RECORDS_BEGAN)) {
    if (sentence.span[0] + m.index >= q.span[1] && FIRST_SINCE.test(sentence.text.slice(Math.max(q.span[1] - sentence.span[0], m.index - 80), m.index) + 'since ')) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

function dayNumber(d: string): number {
  return Date.parse(d.length === 7 ? `${d}-15` : d.length === 4 ? `${d}-07-01` : d.slice(0, 10)) / 86_400_000;
}

/** A relative clause between commas (", who was coming off a win in July,"), as offsets in its sentence. */
const RELATIVE_CLAUSE = /,\s+(?:who|whose|which)\b[^,;:()]*,/g;
/** The relative clauses of a sentence that hold no part of a figure (offsets in the sentence's text). */
export function relativeClausesApart(sentence: Sentence, q: Quantity): [number, number][] {
  const [from, to] = [q.span[0] - sentence.span[0], q.span[1] - sentence.span[0]];
  return asidesOf(sentence).filter(([a, b]) => b <= from || a >= to);
}

/** Each sentence's asides, read once however many figures it holds. */
const ASIDES = new WeakMap<Sentence, [number, number][]>();
function asidesOf(sentence: Sentence): [number, number][] {
  let asides = ASIDES.get(sentence);
  if (asides) return asides;
  asides = [...sentence.text.matchAll(RELATIVE_CLAUSE)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  // "Rose, the league's MVP a year ago, went 10 for 19": an apposition after the name that opens the sentence, set off by
  // commas, tells of the name too.
  const apposed = OPENING_APPOSITION.exec(sentence.text);
  if (apposed) asides.push([apposed.index + apposed[1]!.length, apposed.index + apposed[0].length]);
  ASIDES.set(sentence, asides);
  return asides;
}

/** A name opening a sentence, then an apposition set off by commas and the clause's verb: "Rose, the league's MVP a year ago, went". */
const OPENING_APPOSITION = /^(\W*(?:The\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(\p{Lu}[\p{L}'’-]+)),\s+(?:who|which|the|a|an|now|once|then|still|also)\s[^,;:()"“”]*,(?=\s+\p{Ll})/u;

/**
 * The last word of the name that opens `lead` before an apposition, where the clause after the apposition runs on to the
 * end of `lead` ("Ford, now an assistant coach with the Bobcats, finished his career with" -> "Ford"); else null.
 */
export function apposedOpeningName(lead: string): string | null {
  const m = OPENING_APPOSITION.exec(lead);
  return m && /^\s+\p{Ll}[^,;:]*$/u.test(lead.slice(m[0].length)) ? m[2]! : null;
}

/** The relative clause set off by commas that holds a figure, when one does. */
function clauseHolding(sentence: Sentence, q: Quantity): string | null {
  const [from, to] = [q.span[0] - sentence.span[0], q.span[1] - sentence.span[0]];
  const m = [...sentence.text.matchAll(RELATIVE_CLAUSE)].find((c) => c.index <= from && to <= c.index + c[0].length);
  if (m) return m[0];
  // "Danny Green (14 points) became the 61st player in UNC history to score 1,000": a figure in brackets is an aside of
  // its own, read by its own words.
  const open = sentence.text.lastIndexOf('(', from);
  const close = open >= 0 ? sentence.text.indexOf(')', to) : -1;
  return open >= 0 && close >= 0 && close - open <= 60 && !sentence.text.slice(open + 1, from).includes(')') ? sentence.text.slice(open, close + 1) : null;
}

/** A clause of the present joined by "and" or "but": "... and is owed", "but still has". */
const PRESENT_CLAUSE_AFTER = /\b(?:and|but)\s+(?:now\s+|still\s+)?(?:is|are|has|have|remains?)\b/gi;

/**
 * Whether a claim is about the story's event or background: its own time well before publication,
 * another year named in its sentence, or words that set it in the past ("the 2004 tsunami").
 */
export function findScope(told: Sentence, q: Quantity | null, time: Because<string | null>, allDates: readonly DateMention[], published: string | null, o: FrameOptions = defaultFrameOptions): Because<ClaimScope> {
  // "Klitschko, who was coming off a knockout of Thompson in July, landed 178 punches": a relative clause set off by commas
  // tells of the noun it follows, not of a figure outside it; its words and dates set no time of the figure.
  // "More than 200 millimetres of rain fell, the most since records began in 1951": a best or a most since records began,
  // told after the figure, measures it against all the years kept and sets no earlier time; it is set apart as such a clause is.
  const clauses = q ? [...relativeClausesApart(told, q), ...recordsBeganAfter(told, q)] : [];
  const sentence = clauses.length ? { ...told, text: clauses.reduce((t, [a, b]) => t.slice(0, a) + ' '.repeat(b - a) + t.slice(b), told.text) } : told;
  const dates = clauses.length ? allDates.filter((d) => !clauses.some(([a, b]) => d.span[0] >= told.span[0] + a && d.span[1] <= told.span[0] + b)) : allDates;
  // "this year" (a year's date, the year of publication) holds up to publication, never before it.
  const yearOfPublication = !!published && time.value?.length === 4 && time.value === published.slice(0, 4);
  if (published && time.value && time.rule !== 'time/published' && !yearOfPublication && !Number.isNaN(dayNumber(time.value)) && dayNumber(published) - dayNumber(time.value) > o.backgroundDays) {
    return because<ClaimScope>('background', 'scope/time-before-publication');
  }
  const pubYear = published?.slice(0, 4) ?? null;
  // Near the quantity (its clause and the next): the whole sentence when the claim has no quantity.
  const from = q ? Math.max(sentence.span[0], q.span[0] - o.backgroundWindow) : sentence.span[0];
  const to = q ? Math.min(sentence.span[1], q.span[1] + o.backgroundWindow) : sentence.span[1];
  const near = sentence.text.slice(from - sentence.span[0], to - sentence.span[0]);
  // "the 2006 second-overall pick", "a 2004 draft choice": a year that names who a player is sets no figure's time.
  const labels = [...near.matchAll(DRAFT_YEAR)].map((m) => from + m.index);
  // "DataPeak, founded in 2009, has about 1,200 employees": the year a body was founded, set off by commas, names it.
  for (const m of near.matchAll(FOUNDED_YEAR)) labels.push(from + m.index + m[0].length - 4);
  // "in the 1900 block of Main Street", "at 2010 Elm Street": a street number names a place, not a year.
  for (const m of near.matchAll(/\b(?:19|20)\d\d\b/g)) if (ADDRESS_NUMBER_AFTER.test(near.slice(m.index + 4))) labels.push(from + m.index);
  // "adding 2023 models", "2019 through 2022 Vega Ridge models": a model year names the goods, not a time.
  for (const m of near.matchAll(MODEL_YEAR)) labels.push(from + m.index);
  // "Turnout was 63 percent, slightly below 2018's 64 percent": a year's possessive names the figure it owns, no other.
  if (q) for (const m of sentence.text.matchAll(YEAR_POSSESSIVE)) { const at = sentence.span[0] + m.index; if (at + m[0].length + 3 < q.span[0] || at > q.span[1]) labels.push(at); }
  // "had 34 points as the Hawks clinched their first playoff spot since 2017": a first or a best since a year, told after the
  // figure, measures the figure against the years up to now and sets no earlier time ("since 2004, when 12 were killed",
  // before the figure, and "300 similar robberies since 1999", a tally of those years, still do).
  const sinceAfter = q ? [...near.matchAll(SINCE_YEAR)].map((m) => from + m.index).filter((at) => at >= q.span[1] && FIRST_SINCE.test(sentence.text.slice(Math.max(q.span[1], at - 80) - sentence.span[0], at - sentence.span[0]))) : [];
  labels.push(...sinceAfter);
  // "He signed an extension in 2023 and is owed about $7 million": a year in a clause before the figure's, when the figure's
  // clause is told in the present after "and", sets no time of the figure.
  const presentAt = q ? [...near.slice(0, Math.max(0, q.span[0] - from)).matchAll(PRESENT_CLAUSE_AFTER)].at(-1)?.index ?? -1 : -1;
  if (presentAt > 0) for (const m of near.slice(0, presentAt).matchAll(/\b(?:19|20)\d\d\b/g)) labels.push(from + m.index);
  // "fell to $1.9 billion from $2.8 billion a year earlier": a comparison's time is the figure's right before it, not another's.
  const yearBefore = q ? YEAR_EARLIER_AFTER_FIGURE : null;
  let nearWords = (sinceAfter.length ? near.replace(/(?<!\b(?:worst|deadliest)\s+)\bsince\s+(?:(?:the\s+)?(?:early|late|mid)[\s-]+)?(?:19|20)\d\d\b/gi, (m, at: number) => (sinceAfter.some((y) => y >= from + at && y < from + at + m.length) ? ' '.repeat(m.length) : m)) : near).replace(FOUNDED_YEAR, (m) => ' '.repeat(m.length)).replace(yearBefore ?? /(?!)/g, (m: string, figure: string, at: number) => (q && from + at >= q.span[0] - 2 && from + at <= q.span[0] + 2 ? m : figure + ' '.repeat(m.length - figure.length)));
  // The words before a clause of the present set no time of its figure either.
  if (presentAt > 0) nearWords = ' '.repeat(presentAt) + nearWords.slice(presentAt);
  const years = dates.filter((d) => d.span[0] >= from && d.span[1] <= to && d.precision === 'year' && !labels.includes(d.span[0]));
  if (pubYear && years.some((d) => d.value.slice(0, 4) < pubYear)) return because<ClaimScope>('background', 'scope/earlier-year-near');
  const yearInText = [...near.matchAll(/\b(19\d\d|20\d\d)\b/g)].find((m) => !labels.includes(from + m.index)) ?? null;
  // Without a publication date, any year named near the figure sets it in the past of the story.
  if (yearInText && (!pubYear || yearInText[1] < pubYear) && (!q || !q.text.includes(yearInText[1]))) return because<ClaimScope>('background', 'scope/earlier-year-near');
  // The age of someone told of another shooting ("Three hours earlier, an 18-year-old man was seriously wounded in another
  // shooting") is of a person of that event, never the story's victim of the same age.
  if (q?.unitClass === 'age' && anotherEvent(sentence.text, q.span[1] - sentence.span[0])) return because<ClaimScope>('background', 'scope/another-event');
  // "Hansbrough, who also grabbed nine rebounds, had already secured his place in Tar Heels history": a figure inside a
  // relative clause set off by commas is read by the clause's words alone.
  const ownClause = q ? clauseHolding(told, q) : null;
  // "after revelers rang in 2013, a gunman opened fire" (published in 2013): a new year rung in, the year of publication or
  // one after it, is the celebration's night, no earlier time.
  // (Read in the whole sentence: the words near a figure may begin inside the verb.)
  const rungIn = new Set(pubYear ? [...sentence.text.matchAll(/\b(?:ring|rings|rang|rung|ringing|welcomed|welcoming)\s+in\s+((?:19|20)\d\d)\b/gi)].map((m) => m[1]!).filter((y) => y >= pubYear) : []);
  const notBefore = (words: string): string => (rungIn.size ? words.replace(/\bin\s+((?:19|20)\d\d)\b/gi, (m, y: string) => (rungIn.has(y) ? ' '.repeat(m.length) : m)) : words);
  if (BACKGROUND_WORDS.test(notBefore(ownClause ?? nearWords))) return because<ClaimScope>('background', 'scope/background-words');
  // "Thursday's shooting came just weeks after a driver fatally shot eight people", "the raid comes little over a month
  // after a bandit made off with $136M": what the story's event comes a span of time after is an earlier event.
  if (q && COMES_AFTER.test(sentence.text.slice(0, q.span[0] - sentence.span[0]))) return because<ClaimScope>('background', 'scope/comes-after-earlier');
  // "two shootings that wounded at least four people each": a count of each of several events, none of them this one.
  if (q && countsPersons(q) && /^\s*(?:[\p{L}-]+\s+){0,2}?each\b/iu.test(sentence.text.slice(q.span[1] - sentence.span[0]))) return because<ClaimScope>('background', 'scope/count-of-each-event');
  // "The incident follows a shooting last week that left 11 people wounded", "comes after a man was killed": what the
  // story's event follows is another event.
  if (q && FOLLOWS_ANOTHER.test(sentence.text.slice(0, q.span[0] - sentence.span[0]))) return because<ClaimScope>('background', 'scope/comes-after-earlier');
  // "This year, pirates have attacked nearly 100 vessels ... and hijacked nearly 40": a time opening the sentence sets all of it.
  if (PAST_OPENING.test(sentence.text)) return because<ClaimScope>('background', 'scope/past-opening');
  // "In a separate case filed in Rock County Circuit Court, a 16-year-old was charged with the theft of 17 firearms",
  // "Separately, ...": a sentence opened as another case tells all its figures of that case.
  if (OTHER_CASE_OPENING.test(sentence.text)) return because<ClaimScope>('background', 'scope/another-event');
  // "Evans was arrested in August 2014 after police said he ... shot and injured three men and three women": a year of
  // the sentence's own event before publication sets all of its figures in the past, whatever their distance from it
  // (the same reading as for victims told one by one; a day of the story's week in the sentence keeps it the event's).
  // ("fell to $1.9 billion from $2.8 billion a year earlier": the comparison's time is its figure's, not the sentence's.)
  const ownTime = q ? sentence.text.replace(YEAR_EARLIER_AFTER_FIGURE, (m: string, figure: string, at: number) => (Math.abs(sentence.span[0] + at - q.span[0]) <= 2 ? m : figure + ' '.repeat(m.length - figure.length))) : sentence.text;
  if (pastSentence(presentAt > 0 ? ' '.repeat(from - sentence.span[0] + presentAt) + ownTime.slice(from - sentence.span[0] + presentAt) : ownTime, published)) return because<ClaimScope>('background', 'scope/past-sentence');
  // "pirates recently seized a Saudi supertanker loaded with $100 million": an event told as recent is an earlier one than the story's.
  // Not "A former employee recently let go opened fire Friday, killing one": a day of the story's own in the sentence keeps it the event's.
  if (q && recentlyBefore(sentence.text.slice(Math.max(0, q.span[0] - sentence.span[0] - o.backgroundWindow), q.span[0] - sentence.span[0])) && !CURRENT_TIME.test(sentence.text)) return because<ClaimScope>('background', 'scope/recently');
  if (aggregateNear(near)) return because<ClaimScope>('background', 'scope/aggregate-count');
  if (earlierMonthNear(near, published) || (earlierMonthNear(sentence.text, published) && !CURRENT_TIME.test(sentence.text))) return because<ClaimScope>('background', 'scope/month-named-alone');
  if (THAT_EVENT.test(sentence.text)) return because<ClaimScope>('background', 'scope/that-earlier-event');
  if (q && EARLIER_EVENT_CLAUSE.test(sentence.text.slice(0, q.span[0] - sentence.span[0]))) return because<ClaimScope>('background', 'scope/earlier-event-clause');
  if (q && afterYearsBefore(sentence.text, q.span[0] - sentence.span[0])) return because<ClaimScope>('background', 'scope/years-after-earlier-event');
  // A toll of people of another event (not a distance or an amount the story may share with it).
  if (q && countsPersons(q) && afterDaysBefore(sentence.text, q.span[0] - sentence.span[0])) return because<ClaimScope>('background', 'scope/days-after-earlier-event');
  if (q && countsPersons(q) && anotherEvent(sentence.text, q.span[1] - sentence.span[0])) return because<ClaimScope>('background', 'scope/another-event');
  return because<ClaimScope>('event', 'scope/default-event');
}

const EARLIER = /\b(previously|earlier|initially|at first|originally|had been talk|first (?:reported|disclosed|announced|estimated|said)|had said|had put)\b/i;
/**
 * "1,200 soldiers now, up from 800", "up from an earlier estimate of 200,000", "revising its count from 27", "raised its
 * estimate from 1,000": a value the count moved from, right before its number.
 */
const MOVED_FROM = /\b(?:(?:up|down|rising|falling|risen|fallen|rose|fell)\s+from\s+(?:(?:an?|the)\s+(?:earlier|initial|previous|prior|original|first)\s+(?:estimate|count|figure|total|tally|report)\s+of\s+)?|(?:revis|correct|adjust|updat)(?:ed|ing|es|e)\s+(?:(?:its|the|their|his|her|an?)\s+(?:[\w-]+\s+)?(?:count|figure|estimate|toll|tally|number|total)\s+)?from\s+|(?:rais|lower)(?:ed|ing|es|e)\s+(?:its|the|their|his|her)\s+(?:[\w-]+\s+)?(?:count|figure|estimate|toll|tally|number|total)\s+from\s+)(?:about\s+|around\s+|some\s+|nearly\s+)?$/i;

/** "previously there had been talk of 1,500": the value held before the rest of the sentence's, so it is an earlier value, not a new one. */
export function isEarlierValue(sentence: Sentence, q: Quantity): boolean {
  const before = sentence.text.slice(0, q.span[0] - sentence.span[0]);
  const clause = before.split(/[;:]|,\s*(?:but|while|and)\b/).at(-1) ?? before;
  // "not the 4 million the retailer first disclosed": the telling that gave the value, right after it.
  return EARLIER.test(clause) || MOVED_FROM.test(clause) || EARLIER_TOLD_AFTER.test(sentence.text.slice(q.span[1] - sentence.span[0]));
}

/** A clause right after a value that says it was told before: "the 4 million the retailer first disclosed", "31 as the company first said". */
const EARLIER_TOLD_AFTER = /^\s+(?:that\s+|which\s+|as\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:had\s+)?(?:first|initially|originally|previously|earlier)\s+(?:reported|disclosed|announced|estimated|said|gave|given|told)\b/iu;

/** Whether a value is the one a count moved from, told right before its number ("up from 800 on Wednesday"): an earlier value even where a date is told. */
export function isMovedFrom(sentence: Sentence, q: Quantity): boolean {
  return MOVED_FROM.test(sentence.text.slice(Math.max(0, q.span[0] - sentence.span[0] - 40), q.span[0] - sentence.span[0]));
}

/** Words of a gun or its ammunition right after a bore: "9mm handgun", ".357 Magnum", "7.62mm rifles", "9 mm shell casings". */
const GUN_AFTER = /^[\s-]*(?:(?:and|or|,)\s+(?:an?\s+)?\.?\d[\d.]*\s*-?\s*(?:mm|millimet(?:er|re)s?|calib(?:er|re))?\s+)?(?:(?:semi-?automatic|automatic|assault|hunting|sniper|loaded|spent|shell|live|hollow-point|magnum|special|luger|auto|acp)\s+){0,2}(?:rifles?|pistols?|handguns?|guns?|revolvers?|shotguns?|carbines?|weapons?|firearms?|rounds?|bullets?|shells?|casings?|cartridges?|ammunition|ammo|magnum|special|luger|semi-?automatic)\b/i;

/**
 * A gun's bore, told as a figure of the story ("a .45-caliber handgun", "a .357 Magnum", "9mm shell
 * casings", "a 12-gauge shotgun"): `calibre` or `gauge`, else null. A bore counts no people and
 * measures no distance; witnesses and lawyers can disagree on it.
 */
export function gunBore(q: Pick<Quantity, 'span' | 'unit' | 'unitClass' | 'value'>, text: string): 'calibre' | 'gauge' | null {
  if (typeof q.value !== 'number') return null;
  const raw = text.slice(q.span[0], q.span[1]);
  const right = text.slice(q.span[1], q.span[1] + 40);
  // "46 9-mm bullets", "13 .38-caliber rounds": a number right before another bore counts the rounds; it is no bore.
  if (/^\s+\.?\d[\d.]*\s*-?\s*(?:mm\b|millimet|calib|gauge)/i.test(right)) return null;
  if (/gauge/i.test(raw) || /^\s*-?\s*gauge\b/i.test(right)) return q.value <= 50 ? 'gauge' : null;
  // Not "bullets of two different calibers": a count of calibres names none.
  if (/calib(?:er|re)\b/i.test(raw) || /^calib(?:er|re)$/i.test(q.unit ?? '') || /^\s*-?\s*(?:caliber|calibre|cal\b)/i.test(right)) return 'calibre';
  if (q.unit === 'millimetre' && q.value <= 20 && GUN_AFTER.test(right)) return 'calibre';
  // "Police will examine the 9 mm involved": a bore named bare where the article names the gun of that bore elsewhere.
  if (q.unit === 'millimetre' && q.value <= 20 && /^\s*(?:mm|millimet(?:er|re)s?)\b/i.test(raw.replace(/^[\d.]+\s*-?/, '')) && namesGunOfBore(q.value, text)) return 'calibre';
  // "The man with the 9mm appeared to be a family friend", "armed with a 9 mm.": a bore told as the gun's own name, after
  // an article and before no noun, in a story of gunfire.
  if (q.unit === 'millimetre' && q.value <= 20 && /\b(?:the|a|his|her|their)\s+$/i.test(text.slice(Math.max(0, q.span[0] - 8), q.span[0])) && /^\s*(?:[,.;:)]|$|(?:and|or|was|is|had|has|that|which|who|appeared|in|on|at|to|from|he|she|they|it|when|while|after|before)\b)/i.test(right) && /\b(?:gun|guns|shot|shooting|pistol|handgun|fired|firearm)\b/i.test(text)) return 'calibre';
  // ".357 Magnum", ".38 Special revolver", ".22 rifle": a decimal point opening the figure and a gun after it.
  // (".357 handgun": the gun may be the figure's own counted noun.)
  if ((/^\s*\.\d/.test(raw) || text[q.span[0] - 1] === '.') && (GUN_AFTER.test(right) || GUN_AFTER.test(` ${raw.replace(/^[\s.\d]+/, '')}`))) return 'calibre';
  return null;
}

/**
 * A bore in inches as its designation: the digits after the point as written (".38" -> 38, ".380" -> 380, ".357" -> 357),
 * or the whole number where the point was left out ("38-caliber" -> 38); ".380" is another cartridge than ".38", which a
 * number of inches could not tell apart. Any other figure keeps its value.
 */
export function boreDesignation(raw: string, value: number): number {
  const written = /(?:^|[^\d.])\.(\d{2,3})(?!\d)/.exec(raw);
  if (written) return Number(written[1]);
  return value;
}

/** Whether a text names a gun of a bore in millimetres ("a 9mm handgun", "9 mm shell casings"). */
function namesGunOfBore(value: number, text: string): boolean {
  const re = new RegExp(String.raw`(?<![\d.])${String(value).replace('.', '\\.')}\s*-?\s*(?:mm|millimet(?:er|re)s?)\b`, 'gi');
  for (const m of text.matchAll(re)) if (GUN_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) return true;
  return false;
}

/** A four-digit year read as a number ("since 2014", "in 2012") or a footnote marker ("[27]") is no claim. */
export function isYearOrMarker(q: Quantity, text: string): boolean {
  const raw = text.slice(q.span[0], q.span[1]);
  if (/^\d+\s*-?\s*gauge$/i.test(raw.trim())) return true;
  // "the 400 block of Lowe Street", "a .40 caliber handgun", "a 12-gauge shotgun": an address, a calibre or a gauge, not a count.
  // A full stop right before digits is a decimal point (".40"); before a number in words it ends a sentence
  // whose paragraph break was lost ("in a getaway vehicle.Four men and a woman were wounded").
  if (/^\s*(?:block|blk|caliber|calibre|cal\b|mm\b|-caliber|-calibre|-?\s*gauge\b)/i.test(text.slice(q.span[1], q.span[1] + 10)) || (text[q.span[0] - 1] === '.' && /^\d/.test(raw))) return true;
  // "in the 2300-block of East 71st Street": the block read with its number is an address too.
  if (/^\d[\d,]*\s*-?\s*(?:block|blk)$/i.test(raw.trim()) && /^\s+of\b/i.test(text.slice(q.span[1], q.span[1] + 6))) return true;
  // "his home in the 16000 of Eastwood Street": a block's round number before a street's name, the word "block" left out.
  if (/^\d{1,3}(?:,?\d00)$/.test(raw.trim()) && /\bthe\s+$/i.test(text.slice(Math.max(0, q.span[0] - 5), q.span[0])) && /^\s+of\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Circle|Terrace|Parkway|Highway|Trail|Pike)\b/u.test(text.slice(q.span[1], q.span[1] + 50))) return true;
  // "the Seven Mile and Greenfield area", "8 Mile Road": a road named by a number of miles, written with a capital "Mile".
  if (/^(?:\p{Lu}\p{Ll}*|\d+)\s*-?\s*Mile$/u.test(raw.trim()) || (/^(?:\p{Lu}\p{Ll}*|\d+)$/u.test(raw.trim()) && /^\s*-?\s*Mile\b/u.test(text.slice(q.span[1], q.span[1] + 8)))) return true;
  // "a 911 call": the emergency number.
  if (raw.trim() === '911') return true;
  // "at 9 a.m.", "17:06 GMT": a time of day.
  if (/^\s*(?:a\.?\s?m\b|p\.?\s?m\b|gmt\b|bst\b|utc\b|o'clock)/i.test(text.slice(q.span[1], q.span[1] + 8))) return true;
  // "four-by-four", "4x4": a vehicle.
  if (/^-by-/i.test(text.slice(q.span[1], q.span[1] + 4)) || (/\d\s*[x×]$/i.test(q.text) && /\d/.test(text[q.span[1]] ?? ''))) return true;
  // "a 4x4", "a 12-gauge shotgun": a vehicle or a bore, not a count.
  if (/^\s*(?:x\d|×\d|-?\s*gauge)/i.test(text.slice(q.span[1], q.span[1] + 8)) || /\d[x×]$/.test(text.slice(Math.max(0, q.span[0] - 2), q.span[0]))) return true;
  // "call 0845 125 2222", "800-800-3855": a telephone number.
  const around = text.slice(Math.max(0, q.span[0] - 12), q.span[1] + 12);
  if (/\d{3,5}[ -]\d{3}[ -]?\d{3,4}/.test(around) || /\b(?:call|phone|line|contact|crimestoppers)\b[^.]{0,30}$/i.test(text.slice(Math.max(0, q.span[0] - 40), q.span[0]))) return true;
  if (/^\s*\[\s*\d+\s*\]\s*$/.test(text.slice(Math.max(0, q.span[0] - 1), q.span[1] + 1)) || (text[q.span[0] - 1] === '[' && text[q.span[1]] === ']')) return true;
  if (typeof q.value === 'number' && Number.isInteger(q.value) && q.value >= 1900 && q.value <= 2100 && /^\d{4}$/.test(raw.trim()) && (q.unitClass === 'number' || q.unitClass === 'count')) return true;
  return words(raw).length === 0 && /^\d{4}$/.test(raw.trim()) && q.unitClass === 'number';
}
