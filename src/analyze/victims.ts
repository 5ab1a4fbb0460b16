// Victims told one by one ("a 16-year-old was killed", "his mother is in serious condition"), counted per article, and "no one was hurt" as a count of 0.
import type { EntityMention, Sentence } from '../model/analysis.js';
import { defaultEntityOptions } from './entities/lexicon.js';
import { oneEditApart } from './entities/names.js';
import { MONTHS } from './quantities/filters.js';
import { SMALL } from './quantities/numbers.js';
import { ADDRESS_NUMBER_AFTER } from './dates.js';

export type VictimStatus = 'killed' | 'injured';

/** One person an article says was killed or hurt, with the words that name them. */
export interface Victim {
  status: VictimStatus;
  sentenceIndex: number;
  /** The noun phrase naming the victim ("A 16-year-old", "his mother", "Eddie Holmes"). */
  words: string;
  /** Folded name of a person mention in that phrase (after resolving pronouns), when there is one. */
  name: string | null;
  gender: 'm' | 'f' | null;
  /** A relation or role noun ("mother", "officer") names a person of their own, never "the victim" again. */
  distinct: boolean;
  /** The age the phrase gives ("a 17-year-old"): two victims of different ages are two people. */
  age: number | null;
  /** Told as alive ("is in stable condition", "survived", "wounding his brother"): a hurt victim who is not one of the killed. */
  alive: boolean;
  /** One of people told together ("a man and a woman were killed"): two of them in one sentence are two people. */
  joined?: boolean;
  /** Told as another than a victim before ("another man", "the second victim", "the other victim"): not the same person as one of another status. */
  other?: boolean;
  /** One of a count told by its number alone ("Three are dead"): the count may hold the shooter. */
  counted?: boolean;
  /** Where the count's words start: the people of one count told again with another status ("... and later died") are the same. */
  countAt?: number;
  /** One of the rest told after a first part ("one was found dead ... the other two died"): never one of the victims told before it. */
  rest?: boolean;
  /** One of people told as more than one without their number ("multiple people were found dead"): the count is a floor. */
  some?: boolean;
  rule: string;
}

// Passive and intransitive forms: the victim is the phrase before the cue.
const KILLED_BEFORE = /\b(?:(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+|now\s+|also\s+|later\s+|then\s+|eventually\s+|soon\s+)?(?:found\s+(?=shot\s+(?:to\s+death|dead)|stabbed\s+to\s+death|slain|murdered|fatally))?(?:shot\s+(?:and|&)\s+killed|shot\s+(?:and|&)\s+(?:later\s+|eventually\s+|then\s+)?(?:died|succumbed)|shot\s+to\s+death|shot\s+dead|stabbed\s+to\s+death|gunned\s+down|killed|slain|murdered|dead|found\s+dead|pronounced\s+dead|declared\s+dead|(?:found\s+|pronounced\s+|declared\s+)?deceased|fatally\s+(?:shot|wounded|injured|struck|stabbed))|(?:later\s+|eventually\s+|has\s+|had\s+|have\s+)?(?:died|dies|passed\s+away|succumbed|(?<!\b(?:police|officers|deputies|troopers|investigators|authorities)\s+)found\s+dead))\b/gi;
/** A death of illness or age: "after a long illness", "of cancer", "of natural causes", "in his sleep", "peacefully". */
const NATURAL_DEATH = /\b(?:after\s+(?:a\s+)?(?:long|brief|short|lengthy|years-long)\s+(?:illness|battle|fight)|(?:of|from)\s+(?:natural\s+causes|old\s+age|(?:[\p{L}-]+\s+){0,2}(?:cancer|disease|failure|illness|pneumonia|stroke|attack|covid(?:-19)?|alzheimer['’]s|dementia|leukemia|lymphoma|sepsis|infection))|in\s+(?:his|her|their)\s+sleep|peacefully)\b/iu;
/** Words of violence that make a death in their sentence one killed whatever else it says. */
/** An injury named by the part of the body a player hurts: "a shin injury", "a knee injury", "a concussion injury". */
const BODY_PART_INJURY = /\b(?:shin|ankle|knee|hamstring|groin|toe|hip|elbow|wrist|shoulder|calf|quad|quadriceps|achilles|acl|mcl|hand|finger|thumb|foot|back|neck|rib|oblique|thigh|concussion)\s+(?:injury|injuries)\b/i;
/** Words of an act or accident that hurts people, besides the words of the hurt themselves. */
const EVENT_OF_HARM = /\b(?:shot|shooting|gun\w*|bullets?|stabb\w*|kill\w*|murder\w*|attack\w*|crash\w*|beaten|beating|assault\w*|collision|collided|fell|fall|blast|explosion|fire|struck|hit-and-run|accident)\b/i;
/** A clause of people in general right before a cue: "where people", "whenever children", "if kids". */
const GENERIC_PEOPLE_CLAUSE = /\b(?:where|when|whenever|if|because|as)\s+(?:people|children|kids|men|women|officers|civilians|teens|teenagers|students|residents|americans)\s+$/i;
/** "A shot" that is a chance or a throw of a game: "the title shot", "a jump shot". */
const SHOT_OF_GAME = /\b(?:title|jump|bank|free|hook|penalty|long|parting|cheap|(?:a|an|his|her|their)\s+(?:first|second|last|real|good|fair)?\s*)\s*shot\b/gi;
const VIOLENCE = /\b(?:shot|shooting|gun(?:shot|fire)?|stabb\w*|wound\w*|injur\w*|kill\w*|murder\w*|(?<!heart\s)attack\w*|crash\w*|beaten|assault\w*|overdose)\b/i;
/**
 * Words of an event that harms people, told anywhere in an article: violence (VIOLENCE's words), a disaster, an accident.
 * An article with none of them (an obituary) tells deaths, not people killed.
 */
// Not "fire him" or "to fire Felt" (a dismissal), nor "World War II" or "the Civil War" (history a life story names), nor
// "struck up a conversation" or "struck a deal".
export const HARM_EVENT = new RegExp(String.raw`${VIOLENCE.source}|\b(?:gun\w*|beat(?:en|ing)|overdose\w*|(?:earth)?quakes?|tremors?|(?<!\bto\s)fires?(?!\s+(?:him|her|them|me|us|you)\b)|blaze|flood\w*|storms?|hurricane|tornado|typhoon|cyclone|explosions?|blasts?|bomb\w*|accident\w*|collision|collided|drown\w*|avalanche|landslide|mudslide|fell|fall|falling|plunged|hang(?:ed|ing)|suicide|collaps\w*|riots?|clash\w*|(?<!\b(?:World|Civil|Cold)\s)war|fighting|airstrikes?|shelling|outbreak|epidemic|poison\w*|heat\s*wave|stampede|crush\w*|violence|victims?|hit-and-run|struck(?!\s+(?:up|out|down|gold|it\s+rich|a\s+(?:deal|chord|balance|pose|note|bargain)|an?\s+(?:agreement|accord))\b))\b`, 'i');
/**
 * Whether an article tells of an event that harms people (`HARM_EVENT`): not an obituary that tells a death of illness or
 * age and no violence at all ("died Thursday of congestive heart failure"), whatever war, fall or firing its life story
 * names ("Nixon ordered the FBI director to fire him").
 */
export function tellsHarm(text: string): boolean {
  const own = withoutCrimesOfRecord(text);
  return HARM_EVENT.test(own) && (VIOLENCE.test(own) || !NATURAL_DEATH.test(own));
}

/** A crime one was charged with, convicted of or served a term for: "serving a life sentence for racketeering and murder". */
const CRIME_OF_RECORD = /\b(?:sentences?|sentenced|serving|served|convicted|conviction|charged|charges?|guilty|acquitted|indicted|accused|blamed|ordering|ordered)\b[^.;]{0,60}?\b(?:murders?|killings?|slayings?)\b/gi;

/**
 * Whether a text tells violence (`VIOLENCE`) of its own: a crime of a record ("convicted in 1993 of ordering 11 murders")
 * is a life story's, no violence of the death told.
 */
function violenceIn(text: string): boolean {
  return VIOLENCE.test(withoutCrimesOfRecord(text));
}

/** A text with the crimes of a record (`CRIME_OF_RECORD`) and the idiom of a boost blanked out. */
function withoutCrimesOfRecord(text: string): string {
  return text.replace(CRIME_OF_RECORD, ' ').replace(SHOT_IN_THE_ARM, ' ');
}

/** "the biggest shot in the arm for the intelligence community": a boost, no one shot. */
const SHOT_IN_THE_ARM = /\b(?:a|the|another)\s+(?:[\p{L}-]+\s+){0,2}shot\s+in\s+the\s+arm\s+(?:for|to)\b/giu;

// "left a 12-year-old boy dead", "found McLean dead", "pronounced the boy dead": the victim sits between the verb and "dead".
const LEFT_DEAD = /\b(?:left|leaving|found|pronounced)\s+((?:[\w'’-]+\s+){1,6}?)(?:dead|deceased)\b/gi;
// "in the death of Armoni Sexton", "took the life of ...": the victim follows.
const DEATH_OF = /\b(?:death|deaths|killing|murder|slaying|shooting death|fatal shooting|death investigation|took the life|taking the life|claimed the life|claiming the life)\s+of\s+/gi;
/** The arms a shooter turns on himself ("turned the gun on himself", "turning the shotgun on herself"), for the patterns of a suicide. */
export const GUN_NOUNS = String.raw`(?:gun|shotgun|rifle|handgun|pistol|revolver|weapon|firearm)`;
// The shooter who kills himself is one of the dead ("killed his son and then himself").
const SUICIDE = new RegExp(String.raw`\b(?:killed\s+(?:himself|herself)|turn(?:ed|ing)\s+the\s+${GUN_NOUNS}\s+on\s+(?:himself|herself)|murder-suicide|and\s+then\s+(?:himself|herself)|committ(?:ed|ing)\s+suicide|took\s+(?:his|her)\s+own\s+life|fatally\s+shot\s+(?:himself|herself))\b`, 'i');
// Active forms with the victim inside: "shot his 6-year-old brother to death", "shot him in the foot".
/** One hurt and then dead, told in a relative clause: "striking Anderson, who died at the scene", "shot his friend, who later died". */
const HURT_WHO_DIED = /\b(?:shot|struck|striking|hitting|hit|wounded|wounding)\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s*,\s*(?:(?:\d{1,3}|an?\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s*,\s*)?who\s+(?:later\s+|eventually\s+|then\s+|subsequently\s+)?(?:died|was\s+pronounced\s+dead|succumbed|did\s+not\s+survive)\b/gi;
const SHOT_TO_DEATH = /\b(?:shot|stabbed|beat)\s+((?:[\w'’-]+\s+){1,5}?)to\s+death\b/gi;
const SHOT_IN_BODY = /\b(?:shot|struck|hit|wounded|grazed)\s+((?:[\w'’-]+\s+){1,5}?)in\s+the\s+(?:(?:left|right|upper|lower)\s+)?(?:foot|feet|leg|legs|arm|arms|hand|hands|shoulder|hip|thigh|knee|ankle|buttocks?|back|side|torso|abdomen|stomach|chest|neck|face|head|wrist|elbow|calf|groin)\b/gi;
// Words that tell a hurt victim is alive when the report is written.
const ALIVE = /\b(?:(?:is|are|remains?|remained|is\s+listed|are\s+listed|was\s+listed\s+in\s+stable)\s+(?:listed\s+)?in\s+(?:critical|serious|stable|fair|good|grave|satisfactory)|stable\s+condition|expected\s+to\s+(?:recover|survive|be\s+ok(?:ay)?)|survived(?!\s+by\b)|surviving(?!\s+(?:children|family|members|siblings|relatives|brothers|sisters|sons|daughters|parents|spouse|wife|husband|kids)\b)|survivor|non[- ]?life[- ]threatening|not\s+life[- ]threatening|treated\s+and\s+released|minor\s+injur|recovering|is\s+alive|was\s+alive)/i;
/**
 * What the story's event follows or comes after is another event: "The incident follows a shooting last week", "This all
 * comes after a person was killed in a shooting outside the bar in November", "the string of gunfire began after Sterling
 * Day was shot dead": an event noun, or a clause of someone harmed.
 */
export const FOLLOWS_ANOTHER = /\b(?:follows|followed|(?:comes?|came)\s+(?:just\s+)?(?:after|on\s+the\s+heels\s+of))\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:(?:shooting|attack|incident|killing|homicide|stabbing|rampage)\b|(?:was|were|had\s+been)\s+(?:(?:fatally|shot\s+and|critically|seriously)\s+)?(?:shot|killed|wounded|injured|stabbed|murdered|slain)\b)|\b(?:began|begun|started)\s+(?:just\s+|shortly\s+)?after\s+(?:[\w'’-]+\s+){1,4}?(?:was|were|had\s+been)\s+(?:(?:fatally|shot\s+and|critically|seriously)\s+)?(?:shot|killed|wounded|injured|stabbed|murdered|slain)\b/i;
/** "Another child fatally shot his mother that week": another one who shot someone tells another shooting ("Another man was shot" tells one more victim). */
const ANOTHER_DOER = /^\W*another\s+(?:[\w-]+\s+)?(?:child|boy|girl|man|woman|teen|teenager|toddler|person|student|gunman|shooter)\s+(?:(?:fatally|accidentally|also)\s+)?(?:shot|killed|wounded)\s+(?!himself\b|herself\b|themselves\b)\w/;
// A sentence about another shooting than the story's ("a teen killed in a previous shooting there").
const ELSEWHERE = new RegExp(String.raw`\b(?:(?:previous|earlier|prior|separate|unrelated|another|similar)\s+(?:\w+\s+)?(?:shooting|shootings|incident|homicide|killing|attack|case)|in\s+recent\s+(?:days|weeks|months)|years?\s+ago|decades?\s+ago|(?:a|one|two|three|several|\d+)\s+(?:weeks?|months?|years?)\s+(?:earlier|before)|(?:comes?|came|coming)\s+(?:just\s+|only\s+|about\s+)?(?:a\s+few\s+|several\s+|two\s+|three\s+|\d+\s+)?(?:hours?|days?)\s+before|${FOLLOWS_ANOTHER.source}|natural\s+causes|(?:retaliation|revenge|retribution)\s+for\s+(?:the\s+)?(?:\w+\s+)?(?:murder|killing|shooting|death|slaying))\b|^\W*meanwhile\b|${ANOTHER_DOER.source}`, 'i');
/** A sentence opened by "In that case," or "In that incident,": of the case the sentence before it told. */
const THAT_CASE = /^\W*in\s+(?:that|the\s+(?:earlier|other|previous|prior|latter))\s+(?:case|incident|shooting|attack|killing)\b/i;
/**
 * "They questioned why a man is being charged in a similar shooting in Denver. In that case, a 15-year-old was killed": a
 * sentence opened as "that case" after one that tells another shooting is of that shooting too.
 */
export function ofThatOtherCase(text: string, before: string | undefined): boolean {
  return THAT_CASE.test(text) && before !== undefined && ELSEWHERE.test(before);
}
/** A report taken back: "an initial report that a second victim had died was incorrect". */
export const RETRACTED = /\b(?:was|were|is|are|(?:proved|proven)(?:\s+to\s+be)?|turned\s+out\s+to\s+be)\s+(?:incorrect|wrong|false|erroneous|inaccurate|mistaken|untrue)\b|\b(?:initial|earlier|early|previous|erroneous)\s+reports?\b/i;
/**
 * "One person was reported injured, but authorities say no one was hit", "Witnesses said a man was shot, but police said
 * he was not": a clause that an authority's word after "but" says was not so. Returns where that "but" stands, or -1.
 */
const CORRECTION = /[,;]?\s+but\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:police|authorities|officials|investigators|deputies|detectives|officers|troopers|sheriff(?:['’]s\s+(?:office|department))?|coroner|spokes(?:wo)?man|spokesperson)|(?:police|authorities|officials|investigators|deputies|detectives|officers|troopers)|the\s+(?:sheriff|coroner)(?:['’]s\s+office)?)\s+(?:now\s+|later\s+)?(?:say|says|said|confirmed|determined|clarified|stated)\b(?:\s+that)?[^.;]*?\b(?:not|no\s+one|no-one|nobody|none|never)\b/iu;

export function correctedAt(text: string): number {
  const m = CORRECTION.exec(text);
  return m ? m.index : -1;
}

/**
 * A death's cause told right after its verb as a crash: "died during a car crash", "killed in a single-vehicle wreck",
 * "killed after losing control of his vehicle", "killed when her vehicle was struck by a vehicle".
 */
const CRASH_DEATH = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:in|during|after|following)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:crash|wreck|collision)|after\s+losing\s+control\s+of\s+(?:his|her|their|the|a)\s+(?:[\p{L}-]+\s+)?(?:vehicle|car|truck|suv|van|pickup|motorcycle)|when\s+(?:his|her|their|the|a)\s+(?:[\p{L}-]+\s+)?(?:vehicle|car|truck|suv|van|pickup|motorcycle)\s+(?:(?:was|were)\s+(?:struck|hit|rammed)(?!\s+by\s+(?:gunfire|bullets?|shots?|rounds?|a\s+bullet))|crashed|collided|rolled|overturned|flipped))\b/iu;

// A death that did not happen: "could have killed her", "an attempted murder-suicide".
const NOT_HAPPENED = /(?<!\b(?:determine|determined|know|knew|see|ask|asked|unclear|clear|sure|tell|decide|wonder|wondered|check|investigate|investigating|learn)\s+)\b(?:if|unless|should)\s+(?:(?!who\b|that\b|which\b)[\p{L}'’-]+\s+){1,5}$|\b(?:could|would|might)\s+(?:have|not)\b[^.;]{0,50}$|\b(?:may|nearly|almost)\s+(?:have\s+)?(?:been\s+)?$|\battempted\s+$|\b(?:hadn['’]t|had\s+not|didn['’]t|did\s+not|never|could|would|might)\s+$/iu;
// Active forms: the victim is the phrase after the cue.
const KILLED_AFTER = /\b(?:shot\s+(?:and|&)\s+killed|fatally\s+shot|fatally\s+wounded|killing|killed|murdered|shot\s+dead)\s+(?!himself|herself|themselves|\d{1,3}(?![\d\s-]*year)|two|three|four|five|six|seven|eight|nine|ten|several|many|at\b|in\b|on\b|by\b|during\b|when\b|after\b)/gi;
/** A stay in hospital that tells no hurt: "for evaluation", "for observation", "as a precaution", "to be checked". */
export const CARE_NOT_HURT = /\b(?:for\s+(?:an?\s+)?(?:evaluation|observation|examination|precautionary|psychiatric|mental|tests?|testing|check(?:s|-?ups?)?|questioning)|as\s+a\s+precaution|to\s+be\s+(?:checked|evaluated|examined))\b/i;
const INJURED_BEFORE = /\b(?:(?:was|were|has been|have been|had been|is|are)\s+(?:(?:\w+ly|also|later|then|found|reportedly)\s+){0,2}(?:shot|wounded|injured|hurt|grazed|struck\s+by\s+(?:a\s+)?(?:bullet|gunfire)|(?:struck|hit)\s+and\s+wounded|hit\s+by\s+(?:a\s+)?(?:bullet|gunfire)|hospitali[sz]ed)(?!\s+(?:(?:and|&)\s+killed|to\s+death|dead|at\s+least|multiple\s+times\s+(?:and|&)\s+killed))|(?:is|was|are|were|remains?|remained|listed)\s+(?:(?:said|reported|believed|thought|described)\s+to\s+be\s+)?(?:(?:still\s+)?(?:at|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:hospital|medical\s+center|trauma\s+center)\s+)?in\s+(?:critical|serious|stable|fair|good|grave|satisfactory)(?:\s+but\s+stable)?\s+condition|(?:remains?|remained|is|was|are|were)\s+(?:still\s+)?in\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?hospital(?!\s+(?:with|visiting|to\s+visit)\b)|(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?(?:fighting|battling|clinging)\s+(?:for\s+(?:his|her|their)\s+li(?:fe|ves)|to\s+life)|(?:remains?|remained)\s+(?:still\s+)?hospitali[sz]ed|(?:suffered|suffering|sustained|sustaining)\s+(?:from\s+)?(?:a\s+|an\s+)?(?!no\b|any\b|non-?gunshot\b)(?:[\w-]+\s+){0,3}?(?:wounds?|injuries|injury)|(?:was|were)\s+(?:(?:\w+ly|later|then|also)\s+){0,2}(?:taken|transported|rushed|airlifted|flown|driven)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,4}(?:hospital|medical center|trauma center)|(?:was|were|is|are|being)\s+(?:(?:\w+ly|later|then|also)\s+)?treated\s+(?:[^.;]{0,60}?\s)?for\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:wounds?|injuries|injury)|(?:arrived|arrives|showed\s+up|walked|went|came|turned\s+up|(?:was|were)\s+dropped\s+off)\s+(?:at|to|into)\s+(?:a\s+|an\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?(?:hospital|emergency\s+room|ER|medical\s+center|trauma\s+center)(?:\s+(?:[^.;]{0,30}?\s)?with\s+(?:a\s+|an\s+)?(?:(?:single|multiple|several|two|three|apparent)\s+)?(?:gunshot|gun\s+shot|bullet|stab)\s+wounds?|\s*,\s+(?:also\s+)?(?:shot|wounded)))\b/gi;
// "found the teenager with a gunshot wound", "found a man suffering from gunshot wounds": the victim sits between the verb and
// the wound, told perhaps with where they were from and where they lay ("discovered 19-year-old Dominic Smith, of
// Lawrenceville, in the back seat suffering from a gunshot wound", "found Akeem Wilkins lying in the parking lot and suffering");
// not one found dead, nor "the body of" someone.
const FOUND_WOUNDED = /\b(?:found|located|discovered)\s+(?![^.;]{0,60}?\b(?:dead|deceased|lifeless|body\s+of)\b)(?:((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+with\s+|((?:[\w'’-]+\s+){0,5}?[\w'’-]+)(?:\s*,\s*(?:of\s+)?[\w'’. -]{1,40}?\s*,)?\s+(?:(?:lying|laying|seated|sitting|slumped(?:\s+over)?|standing)\s+)?(?:(?:in|on|at|inside|near|outside|behind|under)\s+(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,5}?)?(?:(?:and|,)\s*)?suffering\s+(?:from\s+)?)(?:an?\s+)?(?:apparent\s+)?(?:(?:single|multiple|several|two|three)\s+)?(?:gunshot|gun\s+shot|bullet)\s+wounds?\b(?![^.;]{0,40}\b(?:dead|died|deceased)\b)/gi;
// Active forms of hurting: "wounded his older brother in the leg".
const INJURED_AFTER = /\b(?:wounded|wounding|injuring|critically\s+injured|seriously\s+injured)\s+(?!himself|herself|themselves|\d|two|three|four|five|six|seven|eight|nine|ten|several|many|others|at\b|in\b|on\b|by\b)/gi;
// "leaving the teen in critical condition", "shot himself" (and lived): hurt, not killed.
// "a shooting that left a 10-year-old girl injured": the same, told by the word of the hurt (not "left two dead and three
// injured", whose counts are read as counts).
const LEFT_HURT = /\b(?:left|leaving)\s+((?:(?!dead\b|and\b)[\w'’-]+\s+){1,6}?)(?:in\s+(?:critical|serious|stable|grave|fair)\s+condition|(?:(?:seriously|critically|badly|gravely)\s+)?(?:injured|wounded|hurt))\b/gi;
// "a 22-year-old man was struck", "a man struck by a stray bullet": hurt by gunfire where the sentence tells shooting (not a car).
const STRUCK = /\b(?:(?:was|were|has\s+been|had\s+been|is|are)\s+(?:\w+ly\s+|also\s+){0,2}(?:struck|hit)(?:\s+(?:once|twice|several\s+times|multiple\s+times|at\s+least\s+once))?|(?:struck|hit)\s+by\s+(?:an?\s+|the\s+)?(?:stray\s+)?(?:bullets?|gunfire|rounds?|shots?|gunshots?))\b(?!\s+(?:(?:and|&)\s+killed|by\s+(?:an?\s+|the\s+)?(?:car|vehicle|truck|van|suv|train|bus|driver|motorist|pickup)|with\s+(?:an?\s+|the\s+)?(?!bullet|gun)\w+))/gi;
/** "accidentally shot his 11-year-old brother", "found the gun and shot his friend": the one a shot hit, told as the verb's
 * object (the sentence tells no death; not "was shot a ..."). */
const SHOT_OBJECT = /\b(?:(?:accidentally|unintentionally|allegedly|reportedly)\s+|(?<!\b(?:was|were|been|being|got|get|is|are)\s+))shot\s+(?=(?:his|her|their|a|an|another)\s)/gi;
const STRIKING = /\b(?:striking|hitting)\s+(?!himself|herself|themselves|\d|two|three|four|five|several|many|at\b|in\b|on\b|by\b)/gi;
const GUNFIRE = /\b(?:shot|shots|shooting|gunfire|gunshots?|bullets?|rounds|gunman|fired|opened\s+fire)\b/i;
/** "accidentally shot himself", "a self-inflicted gunshot wound", "should recover after shooting himself": one who shot themself. */
const SELF_SHOT = /\b(?:(?:had|has|have|was)\s+(?:been\s+)?)?(?:accidentally\s+)?shot\s+(?:himself|herself)\b|\bself-inflicted\s+gunshot\s+wounds?\b|\bafter\s+(?:accidentally\s+|apparently\s+)?shooting\s+(?:himself|herself)\b/i;
/** Not "no one at that address", "nobody in the other house", "nobody from the second house": none of one place's people, some of the whole. */
const NOT_ONE_PLACE = String.raw`(?!\s+(?:at|in|inside|from)\s+(?:that|the\s+(?:first|second|third|other)|another)\b)`;
// "no one was killed", "There are no reported fatalities", "no deaths have been reported".
const ZERO_KILLED = new RegExp(String.raw`\b(?:no[ -]one|nobody|none of them)\b${NOT_ONE_PLACE}[^.;]{0,30}?\b(?:killed|died|dead)\b|\bno (?:(?:other|reported|known|confirmed|immediate|immediately\s+reported|additional)\s+)?(?:deaths|fatalities)\b`, 'i');
const ZERO_INJURED = new RegExp(String.raw`\b(?:no[ -]one|nobody)\b${NOT_ONE_PLACE}[^.;]{0,40}?\b(?:hurt|injured|wounded)\b|\bno (?:(?:other|reported|known|confirmed|immediate|immediately\s+reported|additional)\s+)?injuries\b`, 'i');
/** Words of how badly someone was hurt: a zero told of them is no zero of the hurt. */
const SEVERITY = /\b(?:seriously|critically|badly|severely|gravely|serious|critical|severe|grave|major|life[- ]threatening)\b/i;
// Words that set a sentence before the story's days ("Last year, musician X was killed by a stray bullet").
const PAST_TIME = /\b(?:(?:state|city|county|nation)-?wide|so\s+far\s+this\s+year|last\s+(?:year|month|spring|summer|fall|autumn|winter)|earlier\s+this\s+year|(?:a|one|two|three|several)\s+years?\s+(?:and\s+a\s+half\s+)?(?:ago|earlier|before))\b/i;
/**
 * "Earlier this month, a 2-year-old boy shot himself in Benton": a sentence opened by an earlier time of the month that
 * brings in someone new (an indefinite "a"/"an") recalls another case; "A man wounded in a shooting earlier this month has
 * died" and "Smith was killed earlier this month" tell the story's own.
 */
const EARLIER_CASE = /^\W{0,3}earlier\s+this\s+month\s*,?\s+an?\s/i;
// "in 2014", "in July 2014", "a July 2014 shooting": a year the event was in.
const YEAR_OF_EVENT = /\b(?<!(?:born|founded|married|graduated|opened|built|established)\s)(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:\p{Lu}\p{Ll}+\.?\s+(?:\d{1,2},?\s+)?(?:of\s+)?)?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+(?:shooting|killing|murder|homicide|slaying|attack|death)s?\b/giu;
/** The four digits of a year YEAR_OF_EVENT reads. */
const YEAR_DIGITS = /(?:19|20)\d\d/;
/** Words that set a sentence in the story's own days. */
const OWN_DAYS = /\b(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening|week)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * Whether a sentence tells of a time before the story's own days ("Last year, ...", "In 2015, ..."):
 * its victims are of another shooting. Not a sentence that also names a day of the story's week
 * ("Smith, who was shot last year, was killed on Friday"), nor a year that is the publication's.
 */
export function pastSentence(text: string, published: string | null = null): boolean {
  if (OWN_DAYS.test(text)) return false;
  if (PAST_TIME.test(text) || EARLIER_CASE.test(text)) return true;
  // A year counts only when it is before the publication's; without a publication date there is nothing to weigh it against.
  if (!published) return false;
  // Both of YEAR_OF_EVENT's readings hold a year's four digits: a sentence without them is passed over unread.
  if (!YEAR_DIGITS.test(text)) return false;
  // "in the 2000 block of Sierra Way": a street number, no year.
  for (const m of text.matchAll(YEAR_OF_EVENT)) if ((m[1] ?? m[2]) < published.slice(0, 4) && !ADDRESS_NUMBER_AFTER.test(text.slice(m.index + m[0].length))) return true;
  return false;
}

/**
 * A date label opening a line of a dated list ("Oct. 16: A man was shot ...", "Sept. 28, 2016 - Two men were wounded
 * ...", "10/16: ..."): the date, then a colon or a dash, then the entry's words.
 */
const DATE_LABEL = /^\W{0,3}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?|\d{1,2}\/\d{1,2}(?:\/(?:19|20)?\d\d)?)\s*(?::|[—–]|-\s)\s*\S/u;

/**
 * The sentences of a dated list's entries that tell other events than the story's ("Other shootings by deputies this year:
 * / Oct. 16: A man was shot and killed by deputies in Clay County. / Oct. 4: Two men were wounded ..."): every paragraph
 * opened by a date label, where two or more paragraphs are, one line per earlier event. Their victims and figures are
 * background. An entry that names a person the article names outside the list is kept: a timeline of the story's own
 * events ("Sept. 25: McIver shoots his wife in their SUV") tells of the people the body is about.
 */
export function datedListEntries(sentences: readonly Sentence[], entities: readonly EntityMention[] = []): Set<number> {
  const openers = new Set<number>();
  sentences.forEach((s, si) => {
    if ((si === 0 || sentences[si - 1].paragraph !== s.paragraph) && DATE_LABEL.test(s.text)) openers.add(s.paragraph);
  });
  const out = new Set<number>();
  if (openers.size < 2) return out;
  // Last names of the people the article names outside the list.
  const inList = (offset: number) => sentences.some((s) => openers.has(s.paragraph) && offset >= s.span[0] && offset < s.span[1]);
  const lastName = (e: EntityMention) => e.text.replace(/['’]s$/, '').trim().split(/\s+/).at(-1)!.toLowerCase();
  const people = entities.filter((e) => e.type === 'person' && /^\p{Lu}/u.test(e.text));
  const outside = new Set(people.filter((e) => !inList(e.span[0])).map(lastName));
  const kept = new Set<number>();
  for (const e of people) {
    if (!inList(e.span[0]) || !outside.has(lastName(e))) continue;
    const at = sentences.find((s) => e.span[0] >= s.span[0] && e.span[0] < s.span[1]);
    if (at) kept.add(at.paragraph);
  }
  sentences.forEach((s, si) => { if (openers.has(s.paragraph) && !kept.has(s.paragraph)) out.add(si); });
  return out;
}

const TOLL_N = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)`;
const TOLL_WORD = String.raw`(?:dead|killed|injured|hurt|wounded|shot)`;
/** A toll written as a headline: "4 injured in drive-by shooting", "1 dead, 2 hurt in Smoketown shooting", "Three Officers Killed in Baton Rouge Ambush". */
const HEADLINE_TOLL = new RegExp(String.raw`^\W{0,3}${TOLL_N}\s+(?:[\p{L}'’-]+\s+){0,2}?${TOLL_WORD}(?:,?\s+(?:and\s+)?${TOLL_N}\s+(?:[\p{L}'’-]+\s+){0,2}?${TOLL_WORD})?\s+(?:in|at|after|during|near|on|outside|inside|following)\s`, 'iu');

/**
 * Headlines of other stories left at the end of a page without a link label ("4 injured in drive-by shooting South
 * Nashville", one line after the article's last paragraphs): a body paragraph of one unpunctuated line, a toll written
 * as a headline, in the last part of the page (past `tailShare` of its paragraphs, and after at least four).
 */
export function tailTeasers(sentences: readonly Sentence[], tailShare = 0.6): Set<number> {
  const out = new Set<number>();
  const paragraphs = sentences.length ? sentences[sentences.length - 1].paragraph + 1 : 0;
  sentences.forEach((s, si) => {
    if (s.kind !== 'body' || s.paragraph < Math.max(4, tailShare * paragraphs)) return;
    const alone = sentences[si - 1]?.paragraph !== s.paragraph && sentences[si + 1]?.paragraph !== s.paragraph;
    if (alone && !/[.!?…]["'”’)]*$/u.test(s.text) && s.text.split(/\s+/).length <= 20 && HEADLINE_TOLL.test(s.text)) out.add(si);
  });
  return out;
}

/**
 * Lines of a page that tell other events than the story's, each with the rule that found it: entries of a dated list
 * (`datedListEntries`) and headlines of other stories at the page's end (`tailTeasers`). Their figures are background.
 */
export function otherEventLines(sentences: readonly Sentence[], entities: readonly EntityMention[] = [], published: string | null = null): Map<number, string> {
  const out = new Map<number, string>();
  for (const si of datedListEntries(sentences, entities)) out.set(si, 'scope/dated-list-entry');
  for (const si of tailTeasers(sentences)) out.set(si, 'scope/tail-teaser');
  for (const si of continuedOtherEvents(sentences, published)) if (!out.has(si)) out.set(si, 'scope/continues-another-event');
  return out;
}

/** "Two people were shot in that incident": a count told of the event a sentence before named ("in that shooting", "in the earlier one"). */
const IN_THAT_EVENT = /\b(?:in|during|from|at)\s+(?:that|the\s+(?:earlier|previous|prior|first))\s+(?:incident|shooting|attack|case|killing|one)\b/i;
/** "One of them died at the hospital", "Both of those victims survived": people of the sentence before. */
const OF_THEM_OPENING = /^\W*(?:one|two|three|both|all|neither|none|each)\s+of\s+(?:them|those|these)\b/i;
/** People harmed told in a sentence: a count or noun of people near a word of harm. */
const PEOPLE_HARMED = /\b(?:people|persons|men|women|victims|teens|boys|girls|others|two|three|four|five|six)\b[^.;]{0,40}\b(?:shot|killed|wounded|injured|hurt|died)\b/i;

/**
 * Sentences that go on telling another event than the story's, told in the sentence before ("This all comes after a
 * person was killed in a shooting outside the bar in November of 2012. / Two people were shot in that incident. / One of
 * them died at the hospital, and another survived."): one that names "that incident", or opens with "one of them" after
 * a sentence of that event telling people harmed. Their victims and figures are of that event.
 */
function continuedOtherEvents(sentences: readonly Sentence[], published: string | null): Set<number> {
  const out = new Set<number>();
  let other = false;
  let harmed = false;
  // Whether the other event was opened as one ("Meanwhile, an adult male was fatally shot ... also in Roxbury"): then
  // the sentences that go on about it by "the shooting", "the victim", "he" or "she" tell it too ("The shooting occurred
  // in the 2000 block of Columbus Avenue ... He was taken to an area hospital, where he was pronounced dead.").
  let opened = false;
  sentences.forEach((s, si) => {
    const prev = sentences[si - 1];
    const adjacent = prev !== undefined && s.paragraph - prev.paragraph <= 1;
    if (adjacent && other && (IN_THAT_EVENT.test(s.text) || (harmed && OF_THEM_OPENING.test(s.text)) || (opened && GOES_ON.test(s.text)))) {
      out.add(si);
      harmed = PEOPLE_HARMED.test(s.text);
      return;
    }
    other = s.kind === 'body' && HARM.test(s.text) && (ELSEWHERE.test(s.text) || pastSentence(s.text, published));
    opened = other && OTHER_OPENED.test(s.text);
    harmed = other && PEOPLE_HARMED.test(s.text);
  });
  return out;
}

/** A sentence opened as another event than the story's: "Meanwhile, ...", "In a separate shooting, ...". */
const OTHER_OPENED = /^\W*(?:meanwhile|separately|elsewhere|in\s+(?:an?\s+)?(?:other|another|separate|unrelated)\s+(?:incident|shooting|case|attack))\b/i;
/** A sentence that goes on about the event or the one person told before it. */
const GOES_ON = /^\W*(?:he|she|the\s+(?:shooting|victim|man|woman|incident))\b/i;

const MALE = /\b(man|men|boy|he|him|his|father|son|brother|husband|boyfriend|male|uncle|grandfather|nephew|stepfather)\b/i;
const FEMALE = /\b(woman|women|girl|she|her|mother|daughter|sister|wife|girlfriend|female|aunt|grandmother|niece|stepmother)\b/i;
const RELATION = /\b(mother|father|son|daughter|brother|sister|wife|husband|girlfriend|boyfriend|friend|cousin|uncle|aunt|grandmother|grandfather|grandson|granddaughter|nephew|niece|neighbou?r|bystander|passenger|driver|officer|deputy|trooper|clerk|employee|customer|roommate|stepfather|stepmother|baby|infant|toddler|child|children|suspect|gunman|shooter|homeowner|resident)\b/i;
/** A relation told by whose it is: "Brown’s sister", "Smith's 9-year-old son". */
const POSSESSED_RELATION = new RegExp(String.raw`^\p{Lu}[\p{L}.-]*['’]s?\s+(?:[\p{Ll}\d-]+\s+){0,2}${RELATION.source}$`, 'u');
// "left her 6-year-old daughter, Brown’s sister and her husband with gunshot wounds": the people listed between the verb
// and the wounds are hurt, each of them.
const LEFT_WOUNDED = /\b(?:left|leaving)\s+((?:[\w'’-]+,?\s+){1,12}?)with\s+(?:(?:serious|minor|critical|severe|non-life-threatening|life-threatening|gunshot|gun\s+shot|bullet|multiple|several)\s+)*(?:wounds|injuries)\b/gi;
/** A relation or role noun followed by a name ("his friend Tom Baker", "Officer Jane Doe"). */
const RELATION_NAMED = new RegExp(String.raw`${RELATION.source},?\s+\p{Lu}`, 'u');
const BOUNDARY = /^(,|;|:|and|but|when|after|before|while|as|where|because|although|though|whereas|since|until|unless|if|then|who|that|which|said|says|say|saying|told|tell|reported|report|believe|believes|hear|heard|learn|learned|know|knew|discovered|confirmed|found|police|—|–|-)$/i;
const NOT_VICTIM = /^(it|this|that|there|which|what|shooting|incident|gun|weapon|bullet|round|shot|cars?|vehicles?|houses?|homes?|windows?|walls?|doors?|buildings?|apartments?|businesse?s?|stores?|trucks?|vans?|windshields?|me|us|you)$/i;

/** "a young couple", "the elderly couple", "a married couple": two people. */
const COUPLE = /(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?couple/i;
const PERSON_PHRASE = /^(?:both\s+)?(?:(?:a|an|the|his|her|their|one)\s+(?:[\p{L}\d'’-]+\s+){0,3}?|(?:(?:\d{1,3}\s*-\s*)?[\p{Ll}\d][\p{Ll}\d-]*\s+)?)(?:m[ae]n|wom[ae]n|boy|girl|child|kid|teen|teenager|infant|baby|toddler|adult|person|officer|deputy|trooper|student|victim|juvenile|male|female|mom|dad|guy|brother|sister|son|daughter|father|mother|husband|wife|stepdaughter|stepson|stepfather|stepmother|girlfriend|boyfriend|grandmother|grandfather|grandson|granddaughter|nephew|niece|cousin|friend|neighbou?r|relative|bystander|uncle|aunt|technician|worker|employee|clerk|cashier|driver|passenger|pedestrian|motorist|resident|homeowner|customer|patron|firefighter|paramedic|guard|agent|sergeant|captain|detective|soldier|nurse|teacher|pastor|owner|manager)$/iu;

/** "another man", "the other victim", "a second person": someone else than a victim told before. */
const OTHER_ONE = /^(?:another|the\s+other|an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\b/i;

/** Plural nouns of people a count is told in ("two juveniles", "the other three males"): one list for every pattern below. */
const PEOPLE = String.raw`(?:people|persons|victims|men|women|teens|teenagers|youths|juveniles|males|females|children|kids|boys|girls|adults)`;

/** A count told by its number alone ("Three are dead", "all four were taken to a hospital"). */
/** People told as more than one, their number untold: "multiple people", "several victims". */
const SOME_PEOPLE = new RegExp(String.raw`^(?:multiple|several|numerous)\s+(?:[\w-]+\s+)?(?:${PEOPLE}|others|students|residents|individuals|family\s+members)$`, 'i');
const BARE_COUNT = /^(?:all\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)$/i;
/** A phrase that ends on a count of people after other words ("Police determined four young people"): a count, no one victim. */
const COUNT_AT_END = new RegExp(String.raw`\s(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|[1-9]\d{1,2}(?:,\d{3})*)\s+(?:[\p{L}-]+\s+)?(?:${PEOPLE}|students|others)$`, 'iu');

/** A phrase opened by a count of more than one ("12 people", "twenty-nine people", "dozens of"). */
const COUNTED = new RegExp(String.raw`^(?:(?:at\s+least|about|nearly|more\s+than|some|over)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thirt|fourt|fift|sixt|sevent|eight|ninet)een|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|hundreds|dozens|scores|several|many)\s+(?!-?\s*years?\b|-?\s*months?\b)(?:\w+\s+){0,2}?(?:${PEOPLE}|others|students|officers|residents|individuals|of)\b`, 'i');

/** Words of a body's name ("Texas Parks and Wildlife Department", "Alcohol, Tobacco and Firearms Bureau"). */
const ORG_WORD = /^(?:\S+\s+){0,3}?(?:Department|Dept|Office|Service|Services|Commission|Bureau|Agency|Authority|Association|Company|Corporation|Inc|Center|Centre|Club|University|College|School|Church|Hospital|Board|Council|Committee|Division|Administration|Ministry)\b/;

/** "Both died", "wounding both", "the two were killed": two people. */
const BOTH = new RegExp(String.raw`^(?:both(?:\s+of\s+them|\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?(?:${PEOPLE}|brothers|sisters|sons|daughters|parents))?|the\s+two|the\s+pair|${COUPLE.source})$`, 'i');
const both = (v: Victim): Victim[] => [{ ...v, joined: true }, { ...v, words: `${v.words} (the other)`, joined: true }];

/** Tokens of a sentence between two offsets. */
function tokensIn(s: Sentence, from: number, to: number) {
  return s.tokens.filter((t) => t.span[0] >= from && t.span[1] <= to);
}

/** A phrase that names people: a noun of people ("a woman", "the boy", "his 11-year-old stepdaughter") or a name. */
function isPersonPhrase(words: string, name: string | null): boolean {
  const w = words.trim().replace(/\s+/g, ' ');
  // "his father Joe", "her cousin Sam Lee": a relation with the name after it.
  const related = /^(?:his|her|their|a|the)\s/i.test(w) && RELATION_NAMED.test(w) && w.split(' ').length <= 5;
  return PERSON_PHRASE.test(w) || related || (name !== null && /^\p{Lu}/u.test(w) && w.split(' ').length <= 4);
}

/**
 * The person a victim's phrase names. Before a cue the phrase's head is its end ("she was stunned to
 * hear Stockard", "Wilson's mother"), so there only a mention ending the phrase counts; after a cue, the first.
 */
function personIn(entities: readonly EntityMention[], candidates: readonly number[], from: number, to: number, atEnd = false): string | null {
  for (const i of atEnd ? [...candidates].reverse() : candidates) {
    if (atEnd && (entities[i].span[1] < to - 1 || entities[i].span[1] > to)) continue;
    if (entities[i].span[0] < from || entities[i].span[1] > to) continue;
    const name = personKey(entities, i);
    if (name !== null) return name;
  }
  return null;
}

/**
 * The folded name a victim carries for mention `i`, without a suffix: the name it is told by ("theresa brown", "guzman",
 * "joshua"), a pronoun's by its antecedent's; null when it names no person. A name told in part keeps its own part: which
 * "Guzman" of a family it means is what the counting leaves open (`sameName`).
 */
function personKey(entities: readonly EntityMention[], i: number): string | null {
  let e = entities[i];
  const seen = new Set<number>();
  while (!/^\p{Lu}/u.test(e.text) || PRONOUN_WORD.test(e.text)) {
    if (e.refersTo === undefined || seen.has(e.refersTo) || !entities[e.refersTo]) break;
    seen.add(e.refersTo);
    e = entities[e.refersTo];
  }
  if (e.type !== 'person') return null;
  return e.text.replace(/['’]s$/, '').replace(/,?\s+(?:jr|sr|ii|iii|iv)\.?$/i, '').trim().toLowerCase();
}

/** The rule of the shooter a suicide tells ("turned the gun on himself"): one of the dead besides the victims. */
export const SUICIDE_RULE = 'measure/victim-described-suicide';

/** "in the attempted murder-suicide", "an attempted suicide": an article that calls the suicide attempted tells no shooter dead. */
export const SUICIDE_ATTEMPTED = /\battempted\s+(?:murder[\s-]+)?suicide\b|\bmurder[\s-]+suicide\s+attempt\b/i;
/** A death's cause told after its verb, in its own clause, as the dead one's own act: "(died) ... from a self-inflicted gunshot wound". */
const SELF_INFLICTED_AFTER = /^[^.;,]*?\bself[\s-]inflicted\b/i;

const PRONOUN_WORD = /^(?:he|she|him|her|his|hers|they|them|their|i|me|my|we|us|our)$/i;

/**
 * Whether two victims' folded names can name one person: a name told by one word is either part of a whole one ("Brown",
 * "Joshua" and "Joshua Brown"); whole names share the family name and the given name ("Theresa Brown" and "Stephanie
 * Brown", told in one family's shooting, are two). A familiar form or an initial stands for its full name ("Mike Scott",
 * "Michael Scott", "M. Scott").
 */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.split(/\s+/);
  const y = b.split(/\s+/);
  if (x.length === 1 || y.length === 1) {
    const [one, whole] = x.length === 1 ? [x[0]!, y] : [y[0]!, x];
    // "Sanchez" of "Edgar Sanchez Rios": a name of two surnames is called by either.
    return one === whole.at(-1) || one === whole[0] || (whole.length >= 3 && whole.slice(1).includes(one));
  }
  // "Edgar Sanchez" and "Edgar Sanchez Rios": the same name with a second surname.
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 2 && short.length < long.length && short.every((w, i) => w === long[i])) return true;
  if (x.at(-1) !== y.at(-1)) return false;
  const [f, g] = [x[0]!.replace(/\.$/, ''), y[0]!.replace(/\.$/, '')];
  if (f === g || (f.length === 1 && g.startsWith(f)) || (g.length === 1 && f.startsWith(g))) return true;
  // "Troyvante Hurt" and "Troyvonte Hurt" in one article: a long given name one letter apart is a misspelling.
  if (f.length >= 5 && g.length >= 5 && oneEditApart(f, g)) return true;
  const familiar = defaultEntityOptions.familiarGivenNames;
  return (familiar.get(f)?.includes(g) ?? false) || (familiar.get(g)?.includes(f) ?? false);
}

/**
 * The people a sentence of harm names when it tells of another time ("Journi Johnson, 2, was shot and killed
 * in December", "last year"): their folded names, so that an undated sentence naming them again ("Journi died
 * of a single gunshot wound") is not read as this event's.
 */
export function peopleOfAnotherTime(s: Sentence, entities: readonly EntityMention[], candidates: readonly number[], published: string | null, anotherTime: boolean): string[] {
  // "pulled out his gun to possibly shoot Martinez": a harm told only as what someone was about to do harmed no one.
  if (!HARM.test(s.text.replace(INTENDED_HARM, '')) || !(anotherTime || ELSEWHERE.test(s.text) || pastSentence(s.text, published))) return [];
  return candidates.map((i) => personKey(entities, i)).filter((n): n is string => n !== null);
}

function victimOf(words: string, name: string | null, status: VictimStatus, si: number, rule: string): Victim | null {
  // "``No one was hurt,'' he said": quotation marks open no victim's words.
  const w = words.trim().replace(/^[^\p{L}\d]+/u, '');
  // "12 people have been killed", "Twenty-nine people were wounded": a count, stated as a number of its own, is no one victim.
  if (COUNTED.test(w) || BARE_COUNT.test(w) || SOME_PEOPLE.test(w) || (COUNT_AT_END.test(w) && !REST.test(w))) return null;
  // "The victims all died of gunshot wounds", "all of the victims were shot": victims told again as a whole, with no count,
  // are those already told, no one of them.
  if (/^(?:the|these|those)\s+victims\s+(?:all|both)$/i.test(w) || /^all\s+(?:of\s+)?(?:the|these|those)\s+(?:victims|people)$|^all\s+of\s+them$/i.test(w)) return null;
  // "in the back seat suffering from a gunshot wound": a place told before the harm is no one.
  if (/^(?:in|on|at|inside|near|outside|behind|under|into|onto)\s+(?:the|a|an|his|her|their)\b/i.test(w)) return null;
  if (!w || NOT_VICTIM.test(w.match(/[\p{L}\d]+(?:[-'’][\p{L}\d]+)*/gu)?.at(-1) ?? '') || /^(?:no[ -]?one|nobody|none|no|not\s+(?:one|a\s+single))\b/i.test(w)) return null;
  // "before turning the gun on himself has died", "before realizing Waters had been shot": a verb's "-ing" form that
  // opens the words is no part of the person; its object may be ("Waters"), or no one ("the gun on himself").
  const act = /^(?!(?:including|involving|excluding|following|during)\b)\p{Ll}{3,}ing\s+(?:(?:how|that|why|whether)\s+)?/u.exec(w);
  if (act) return isPersonPhrase(w.slice(act[0].length), name) ? victimOf(w.slice(act[0].length), name, status, si, rule) : null;
  if (/\b(suspect|gunman|shooter|police|officers? shot|deputies)\b/i.test(w) && status === 'injured' && !/\b(officer|deputy)\b/i.test(w)) return null;
  // "his 4-year-old daughter": a possessive before the noun tells the owner's sex, not the victim's.
  const own = w.replace(/\b(?:his|her|their)\s+(?=[\p{L}\d])/giu, '');
  const gender = MALE.test(own) ? 'm' : FEMALE.test(own) ? 'f' : null;
  // "Two-year-old Heaven Miller": an age in words is an age too.
  const age = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*-?\s*years?\s*-?\s*old\b/i.exec(w) ?? /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*-?\s*months?\s*-?\s*old\b/i.exec(w);
  return {
    status, sentenceIndex: si, words: w, name, gender, distinct: RELATION.test(w.replace(/\b(his|her|their)\b/gi, '')) && !/\bvictim\b/i.test(w),
    age: age ? (/month/i.test(age[0]) ? 0 : SMALL[age[1]!.toLowerCase()] ?? Number(age[1])) : null, alive: false, rule,
    ...(OTHER_ONE.test(w) ? { other: true } : {}),
  };
}

/** A hyphen inside a word ("16-year-old") is no clause boundary; a spaced dash is. */
function inWord(toks: readonly { text: string; span: [number, number] }[], i: number): boolean {
  return toks[i].text === '-' && (toks[i - 1]?.span[1] === toks[i].span[0] || toks[i + 1]?.span[0] === toks[i].span[1]);
}

/** The noun phrase left of an offset in the sentence, up to a clause boundary. */
/** A participle that opens an aside about the person before it: "identified by family as ...", "named as ...". */
const PARTICIPLE_ASIDE = /^(?:identified|named|described|listed|believed|known|pictured|seen|shown)$/i;

/** Whether words end with a person, named or told by a noun ("the night her child", "his wife"), who may be a verb's subject. */
function endsWithPerson(words: string, name: string | null): boolean {
  const w = words.trim().split(/\s+/);
  return name !== null || w.some((_, i) => isPersonPhrase(w.slice(i).join(' '), null));
}

/** People counted, two or more: "her two children", "3 friends". */
const PLURAL_COUNT = /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+s\b|\b(?:children|men|women|people)\b/iu;
/** Words that end a relative clause or open another: punctuation, a conjunction, a verb of saying. */
const RELATIVE_CLAUSE_ENDS = /^(?:[,;:()—–-]|and|but|or|said|says|say|told|tells|reported|according)$/i;

function phraseBefore(s: Sentence, at: number): { text: string; from: number; to: number; aside?: [number, number] } {
  const toks = tokensIn(s, s.span[0], at);
  const out: typeof toks = [];
  // "one of the victims, a man, has been pronounced dead": a short apposition led by an article, closed by a comma right
  // before the verb, is the person.
  // "the mother, Talisaha Powell, was taken to the hospital": a name set off so is the person too.
  // "a 9-year-old, identified by family as Emarion Williams, was shot": an aside opened by a participle tells of the
  // person before it, who is the one the verb is of.
  let last = toks.length - 1;
  // The words of an aside that names the person ("identified as Ivy Abigail Torres"), where one was passed over.
  let aside: [number, number] | undefined;
  // "Her husband, Robert Brown, also was shot": an adverb before the verb is no part of the person.
  while (last > 0 && /^(?:also|later|then|eventually|too|reportedly|allegedly)$/i.test(toks[last]!.text)) last--;
  if (toks[last]?.text === ',') {
    let open = last - 1;
    while (open >= 0 && toks[open].text !== ',' && last - open <= 16) open--;
    const inner = open >= 0 && toks[open].text === ',' ? toks.slice(open + 1, last) : [];
    // "Jayden Norton, 7, died": an age set off by commas tells of the person before it, who is the one the verb is of;
    // "Bates, who was Wallace's sister, was pronounced dead": so does a short relative clause set off so.
    const age = inner.length === 1 && /^\d{1,3}$/.test(inner[0]!.text);
    const relative = /^who$/i.test(inner[0]?.text ?? '') && last - open <= 10;
    if ((age || relative) && open > 0) last = open - 1;
    else if (inner.length && last - open <= 6 && (/^(?:a|an|the)$/i.test(inner[0]!.text) || inner.every((t) => /^\p{Lu}/u.test(t.text)))) last--;
    // "the female victim, later identified as 36-year-old Ivy Abigail Torres, had succumbed": an adverb of time may open
    // the aside before its participle, and the aside may then run longer.
    else if (inner.length && (PARTICIPLE_ASIDE.test(inner[0]!.text) ? last - open <= 10 : last - open <= 16 && /^(?:later|since|previously|officially|now)$/i.test(inner[0]!.text) && PARTICIPLE_ASIDE.test(inner[1]?.text ?? ''))) {
      if (inner.some((t) => /^(?:identified|named|known)$/i.test(t.text))) aside = [inner[0]!.span[0], inner.at(-1)!.span[1]];
      last = open - 1;
    }
  }
  for (let i = last; i >= 0 && out.length < 7; i--) {
    if (BOUNDARY.test(toks[i].text) && !inWord(toks, i)) break;
    out.unshift(toks[i]);
  }
  return { text: out.map((t) => t.text).join(' '), from: out[0]?.span[0] ?? at, to: out.at(-1)?.span[1] ?? at, ...(aside ? { aside } : {}) };
}

/** A sentence opening on a person told by a noun, then a participle: "(A child) riding", "(The 17-year-old girl) walking". */
/** A phrase that holds the doer of a passive: "in the head by her 4-year-old child". */
const BY_AGENT = /(?:^|\s)by\s+(\S.*)$/i;
/** A participle of harm, told before where and by whom: "shot", "struck", "wounded". */
const HARM_PARTICIPLE = /^(?:shot|struck|hit|wounded|stabbed|injured|attacked|beaten|run)$/i;
const OPENING_BEFORE_PARTICIPLE = /^\W*((?:a|an|the)\s+(?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}\d'’-]+)\s+(?=\p{Ll}+ing\s)/iu;

/** Nouns of the police's people: "police officer", "police sergeant". */
const POLICE_RANK = /^(?:officers?|detectives?|sergeants?|lieutenants?|captains?|chiefs?|cadets?|recruits?)$/i;

/**
 * A month's name or its abbreviation ("killed Sept. 1"): a date, never the victim after a verb. Not "May" and "March",
 * which are words too.
 */
const monthWord = (word: string): boolean => { const w = word.toLowerCase().replace(/\.$/, ''); return MONTHS.has(w) && w !== 'may' && w !== 'march'; };

function phraseAfter(s: Sentence, at: number): { text: string; to: number } {
  const toks = tokensIn(s, at, s.span[1]);
  const out: typeof toks = [];
  for (const [i, t] of toks.entries()) {
    // "wounded a police officer": "police" before a rank's noun is that person's word, no speaker closing the phrase.
    const rank = /^police$/i.test(t.text) && out.length > 0 && POLICE_RANK.test(toks[i + 1]?.text ?? '');
    if ((BOUNDARY.test(t.text) && !inWord(toks, i) && !rank) || /^[.!?"“”'‘’()]$/.test(t.text) || /^(on|in|at|inside|outside|near|during|with|early|late|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(t.text) || (out.length === 0 && monthWord(t.text)) || out.length >= 6) break;
    // "killed Theresa Brown also left...": a name ends where a lower-case word follows it.
    if (out.length > 0 && out.every((x) => /^\p{Lu}/u.test(x.text)) && /^\p{Ll}/u.test(t.text) && !/^(?:jr|sr)\b/.test(t.text)) break;
    out.push(t);
  }
  return { text: out.map((t) => t.text).join(' '), to: out.at(-1)?.span[1] ?? at };
}

/** The sentence's subject when it is a person named by a noun ("The victim was uncooperative ..."): the words before its first verb. */
function sentenceSubject(s: Sentence, named: (from: number, to: number) => string | null): { text: string; from: number; to: number } | null {
  const toks = s.tokens;
  // "According to police, McLean sustained a gunshot wound ...": the subject starts after the opening credit.
  const credit = /^according\s+to\s+[^,]{1,80},\s*/i.exec(s.text);
  const first = credit ? toks.findIndex((t) => t.span[0] >= s.span[0] + credit[0].length) : 0;
  if (first < 0) return null;
  const verb = toks.findIndex((t, i) => i > first && /^(?:is|was|are|were|has|had|have|remains|remained|suffered|sustained)$/i.test(t.text));
  if (verb < first + 1 || verb > first + 10) return null;
  // The phrase before the verb, from the start ("Winston Brown was shot in the face and later died", "The man suffered a
  // gunshot wound and later died").
  const p = phraseBefore(s, toks[verb]!.span[0]);
  if (!p.text || p.from !== toks[first]!.span[0]) return null;
  return isPersonPhrase(p.text, named(p.from, p.to)) || /^(?:a|an|the)\s+\d{1,2}\s*-?\s*(?:years?|months?)\s*-?\s*old$/i.test(p.text) ? p : null;
}

/** Every victim a sentence tells of, by the cue patterns above. */
/** One cheap test before the patterns: most sentences of the news name no harm at all. */
/** A harm told as an infinitive, what someone meant or was about to do: "to possibly shoot Martinez", "threatened to kill her". */
const INTENDED_HARM = /\bto\s+(?:\p{Ll}+ly\s+)?(?:shoot|kill|wound|hurt|murder)\b/giu;
const HARM = /kill|dead|deceased|die|shot|shoot|wound|injur|hurt|condition|hospital|struck|striking|hitting|gunfire|slain|slay|murder|gunned|death|life|suicide|selves|self\b|passed away|succumb/i;

/** "just down the street from a July 2014 shooting that left a 12-year-old girl dead": a clause told of a shooting of an earlier year. */
const EARLIER_SHOOTING_CLAUSE = /\b((?:19|20)\d\d)\s+(?:shooting|killing|murder|homicide|slaying|attack|stabbing|double\s+murder)s?\s*,?\s+(?:that|which|in\s+which|where|when)\b/gi;

/** Where a clause about a shooting of a year before the publication's starts in a sentence, or -1. */
export function earlierShootingClauseAt(text: string, published: string | null): number {
  if (!published) return -1;
  for (const m of text.matchAll(EARLIER_SHOOTING_CLAUSE)) if (m[1] < published.slice(0, 4)) return m.index;
  return -1;
}

export function victimsOfSentence(s: Sentence, si: number, entities: readonly EntityMention[], candidates: readonly number[], published: string | null = null, harmTold = true): Victim[] {
  const out: Victim[] = [];
  if (!HARM.test(s.text) || ELSEWHERE.test(s.text) || pastSentence(s.text, published)) return out;
  // The victims told in a clause of an earlier year's shooting are of that shooting, though the sentence names the story's day.
  const earlier = earlierShootingClauseAt(s.text, published);
  if (earlier >= 0) return victimsOfSentence({ ...s, text: s.text.slice(0, earlier), span: [s.span[0], s.span[0] + earlier], tokens: s.tokens.filter((t) => t.span[1] <= s.span[0] + earlier) }, si, entities, candidates, published, harmTold);
  const seenAt = new Set<number>();
  const scan = (re: RegExp, status: VictimStatus, before: boolean, rule: string) => {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      if (NOT_HAPPENED.test(s.text.slice(Math.max(0, m.index - 70), m.index))) continue;
      // "died Tuesday at home after a long illness", "died of cancer": a death of illness or age is no one killed.
      if (status === 'killed' && /(?:died|dies|passed\s+away)$/i.test(m[0]) && NATURAL_DEATH.test(s.text) && !VIOLENCE.test(s.text)) continue;
      // "The child's grandfather died during a car crash shortly after the shooting": a death in a crash is no one shot.
      if (status === 'killed' && CRASH_DEATH.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
      // "suffered through a shin injury earlier in the season", "suffered an ankle injury in training": a player's injury of
      // the body's parts, told with no act of violence or accident, is no one hurt in an event.
      if (status === 'injured' && /^(?:suffered|suffering|sustained|sustaining)\b/i.test(m[0]) && BODY_PART_INJURY.test(m[0]) && !EVENT_OF_HARM.test(s.text.replace(SHOT_OF_GAME, ' '))) continue;
      // "One officer was taken to Jamaica Hospital for observation": a stay that tells no hurt makes no one hurt.
      if (status === 'injured' && /(?:hospital|center)$/i.test(m[0]) && CARE_NOT_HURT.test(s.text.slice(m.index + m[0].length).split(/[.;]/)[0]!.slice(0, 60))) continue;
      // "Bettie Page, the pinup model, died Thursday", "He died at 12:45 p.m.", "six weeks after Hoover died": in an article
      // that tells no violence, disaster or accident at all (`tellsHarm`), the death of one person is no one killed (people
      // counted dead still are: "The other two died later that night").
      const obituary = status === 'killed' && !harmTold && /(?:died|dies|passed\s+away|succumbed)$/i.test(m[0]) && !violenceIn(s.text);
      const start = s.span[0] + m.index;
      const end = start + m[0].length;
      if (before) {
        let p = phraseBefore(s, start);
        // "a 15-year-old ... who died Sunday": the victim is the phrase before "who".
        if (!p.text) {
          const who = tokensIn(s, s.span[0], start).at(-1);
          if (who && /^(who|that)$/i.test(who.text)) p = phraseBefore(s, who.span[0]);
        }
        // "The 16-year-old boy who was shot was pronounced dead", "A victim who escaped from the home was also injured": the
        // victim is the phrase before the relative clause.
        // "Mother shot in head by 4-year-old son dies", "a mother who was shot in the head by her 4-year-old child has died":
        // the one named after "by" is who did it; the verb is of the one shot, before the participle or the relative clause.
        // Where neither names a person, the verb tells no victim of its own.
        const agent = p.text ? BY_AGENT.exec(p.text) : null;
        const byAgent = agent !== null && isPersonPhrase(agent[1]!, null);
        if (byAgent) {
          const before = tokensIn(s, s.span[0], p.from);
          const at = before.findLastIndex((t) => /^who$/i.test(t.text));
          const participle = before.at(-1);
          const subject = at > 0 && before.slice(at + 1).every((t) => !RELATIVE_CLAUSE_ENDS.test(t.text)) ? phraseBefore(s, before[at]!.span[0]) : participle && HARM_PARTICIPLE.test(participle.text) ? phraseBefore(s, participle.span[0]) : null;
          if (!subject?.text || !isPersonPhrase(subject.text, personIn(entities, candidates, subject.from, subject.to, true))) continue;
          p = subject;
        }
        const rel = p.text ? tokensIn(s, s.span[0], p.from).at(-1) : undefined;
        if (!byAgent && rel && (/^(?:was|were|had|has|is)\b/i.test(p.text) ? /^(who|that)$/i.test(rel.text) : /^who$/i.test(rel.text) && !isPersonPhrase(p.text, personIn(entities, candidates, p.from, p.to, true)))) p = phraseBefore(s, rel.span[0]);
        // "A man who was walking his dog near the park on Sunday night was shot", "A woman who had been sitting in a car with her
        // two children was wounded": the verb is of the person the relative clause opens after, however long the clause, where
        // nothing in it opens another clause (a comma, "and", a verb of saying) and the words right before the verb cannot be its
        // subject (no person, or people counted before a verb in the singular). Not "the night her child died".
        // ("A victim who escaped from a home where three people were killed also was injured": people counted before a verb
        // in the plural are its subject, not the one the clause opens after.)
        else if (!byAgent && p.text && ((!endsWithPerson(p.text, personIn(entities, candidates, p.from, p.to, true)) && !(/^(?:were|are|have)\b/i.test(m[0]) && PLURAL_COUNT.test(p.text))) || (/^(?:was|is|has)\b/i.test(m[0]) && PLURAL_COUNT.test(p.text)))) {
          const before = tokensIn(s, s.span[0], p.from);
          const at = before.findLastIndex((t) => /^who$/i.test(t.text));
          if (at > 0 && before.slice(at + 1).every((t) => !RELATIVE_CLAUSE_ENDS.test(t.text))) {
            const subject = phraseBefore(s, before[at]!.span[0]);
            if (subject.text && isPersonPhrase(subject.text, personIn(entities, candidates, subject.from, subject.to, true))) p = subject;
          }
        }
        // "A child riding in the backseat of a vehicle died Monday", "A woman walking to her car was shot": the verb is of the
        // person the sentence opens with, before a participle's clause that holds no comma, no other verb and no person.
        if (p.text && !endsWithPerson(p.text, personIn(entities, candidates, p.from, p.to, true))) {
          const lead = s.text.slice(0, start - s.span[0]);
          const opening = OPENING_BEFORE_PARTICIPLE.exec(lead);
          const clause = opening ? lead.slice(opening[0].length) : '';
          if (opening && !/[,;]|\b(?:was|were|is|are|had|has|have|and|who|that|which|when|after)\b/i.test(clause) && isPersonPhrase(opening[1]!, null)) {
            const from = s.span[0] + opening.index + opening[0].indexOf(opening[1]!);
            p = { text: opening[1]!, from, to: from + opening[1]!.length };
          }
        }
        // "The victim was uncooperative ... and was later transported to a hospital", "A 12-year-old is
        // recovering after suffering from a gunshot wound": a second predicate of the sentence's subject.
        if (!p.text && !out.some((v) => v.sentenceIndex === si)) {
          const prev = tokensIn(s, s.span[0], start).at(-1);
          const subj = prev && /^(?:and|after|while|since)$/i.test(prev.text) && !/\b(?:arrest|custody|charged|booked|detained|jail|evaluation|observation)/i.test(s.text) ? sentenceSubject(s, (from, to) => personIn(entities, candidates, from, to, true)) : null;
          if (subj) p = subj;
        }
        // "A man was shot ... and later died": the dying one is the sentence's earlier victim.
        // "a crime where people are killed or injured", "whenever children are shot": people in general, in the present, are no one's victims.
        if (/^(?:are|is|get|gets)\s/i.test(m[0]) && GENERIC_PEOPLE_CLAUSE.test(s.text.slice(0, start - s.span[0]))) continue;
        // "the female victim, later identified as Ivy Abigail Torres, had succumbed": the aside names the person.
        const named = personIn(entities, candidates, p.from, p.to, true) ?? (p.aside ? personIn(entities, candidates, p.aside[0], p.aside[1], true) : null);
        const found = p.text ? victimOf(p.text, named, status, si, rule) : out.at(-1) ? { ...out.at(-1)!, status, rule } : null;
        // "Sean Crizer died ... from a self-inflicted gunshot wound": one who took their own life is the shooter the article
        // tells of, by whatever name (not one who shot themselves by accident).
        const own = status === 'killed' ? SELF_INFLICTED_AFTER.exec(s.text.slice(end - s.span[0], end - s.span[0] + 90)) : null;
        const v = found && own && !/\baccident/i.test(own[0]) ? { ...found, name: 'the shooter', distinct: true, rule: SUICIDE_RULE } : found;
        if (obituary && v && !v.counted && !v.other && !v.joined && !/\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|both|all)\b/i.test(v.words)) continue;
        if (v && !seenAt.has(p.from * 2 + (status === 'killed' ? 1 : 0))) {
          seenAt.add(p.from * 2 + (status === 'killed' ? 1 : 0));
          // "A young girl and a man are dead": the phrase before "and" names another victim.
          const and = p.text ? tokensIn(s, s.span[0], p.from).at(-1) : undefined;
          const first = and && /^and$/i.test(and.text) ? phraseBefore(s, and.span[0]) : null;
          const name1 = first ? personIn(entities, candidates, first.from, first.to, true) : null;
          // "He and the infant were taken to the hospital": a pronoun joined to a person named by a noun.
          const couple = first !== null && BOTH.test(first.text.trim()) && COUPLE.test(first.text);
          const w = first && first.text && isPersonPhrase(p.text, v.name) && (isPersonPhrase(first.text, name1) || couple || /^(?:he|she)$/i.test(first.text.trim())) ? victimOf(first.text, name1, status, si, rule) : null;
          if (w && !seenAt.has(first!.from * 2 + (status === 'killed' ? 1 : 0))) {
            seenAt.add(first!.from * 2 + (status === 'killed' ? 1 : 0));
            // "Allen, Daniels and Williams were injured": the named people listed before the last two, one item per comma.
            const listed: Victim[] = [];
            for (let at = first!.from; listed.length < 8; ) {
              const comma = tokensIn(s, s.span[0], at).at(-1);
              if (!comma || comma.text !== ',') break;
              const item = phraseBefore(s, comma.span[0]);
              const itemName = item.text ? personIn(entities, candidates, item.from, item.to, true) : null;
              // "A man, woman and 6-year-old boy were shot": an item told by a noun with its article is a person too.
              const nounItem = !itemName && /^(?:a|an|the|his|her|their)\s/i.test(item.text) && isPersonPhrase(item.text, null);
              if ((!itemName && !nounItem) || (itemName && !/^\p{Lu}/u.test(item.text)) || item.text.split(' ').length > 4) break;
              const x = victimOf(item.text, itemName, status, si, rule);
              if (!x) break;
              listed.unshift({ ...x, joined: true });
              at = item.from;
            }
            // "A young couple and their baby were killed": the couple are two of them.
            out.push(...listed, ...(couple ? both(w) : [{ ...w, joined: true }]), { ...v, joined: true });
          } else if (BOTH.test(p.text)) out.push(...both(v));
          else out.push(v);
        } else if (!v && p.text && SOME_PEOPLE.test(p.text.trim()) && !seenAt.has(p.from * 2 + (status === 'killed' ? 1 : 0))) {
          // "Multiple people were found dead": two at least, told together.
          seenAt.add(p.from * 2 + (status === 'killed' ? 1 : 0));
          const one: Victim = { status, sentenceIndex: si, words: p.text.trim(), name: null, gender: null, distinct: false, age: null, alive: false, joined: true, some: true, rule };
          out.push(one, { ...one, words: `${one.words} (the other)` });
        } else if (!v && p.text && BARE_COUNT.test(p.text.trim()) && !(/^all\s/i.test(p.text.trim()) && /\b(?:died|dead|killed|fatal(?:ly)?)\b/i.test(s.text))) {
          // ("All four were taken to the hospital, where two died": "all" holds the dead, and is left to the counts.)
          // "Three are dead", "Two were wounded": a count told by its number alone, as many people told together.
          const word = p.text.trim().replace(/^all\s+/i, '');
          const n = COUNT_WORDS[word.toLowerCase()] ?? Number(word);
          const one: Victim = { status, sentenceIndex: si, words: p.text.trim(), name: null, gender: null, distinct: false, age: null, alive: false, joined: true, counted: true, countAt: p.from, rule };
          if (n >= 2 && n <= 10 && !seenAt.has(p.from * 2 + (status === 'killed' ? 1 : 0))) {
            seenAt.add(p.from * 2 + (status === 'killed' ? 1 : 0));
            for (let k = 0; k < n; k++) out.push({ ...one, words: `${one.words} (${k + 1})` });
          }
        }
      } else {
        const p = phraseAfter(s, end);
        // The victim after an active cue is a noun phrase: "killing Teryus", "killed his wife", "shot him";
        // not "killed once their families...", "murdered due to his involvement", "killing of ...".
        if (!/^(?:(?:a|an|the|his|her|their|its|my|our|your|one|both|him|them|another|someone|somebody|these|those|each)\b|\p{Lu}|\d)/u.test(p.text)) continue;
        const v = victimOf(p.text, personIn(entities, candidates, end, p.to), status, si, rule);
        // "the death investigation of a 17-year-old man": a person, not "of the house fire".
        if (v && /investigation\s+of\s+$/i.test(m[0]) && !isPersonPhrase(p.text, v.name)) continue;
        if (v && BOTH.test(p.text)) {
          out.push(...both(v));
          // "injuring both young men and a woman": the two, and one more person joined to them.
          const also = /^\s+and\s+/.exec(s.text.slice(p.to - s.span[0]));
          const q = also ? phraseAfter(s, p.to + also[0].length) : null;
          const w = q && q.text && isPersonPhrase(q.text, null) ? victimOf(q.text, null, status, si, rule) : null;
          if (w) out.push({ ...w, joined: true });
          continue;
        }
        if (v) out.push(v);
        // "killing Juan Pedro Garcia and Alvaro Casillas Becerra": each named person joined by "and".
        const rest = s.text.slice(p.to - s.span[0]);
        const joined = /^\s+and\s+(?=\p{Lu}|\d{1,2}-(?:year|month)-old\s+\p{Lu})/u.exec(rest);
        if (v && joined) {
          const q = phraseAfter(s, p.to + joined[0].length);
          const w = victimOf(q.text, personIn(entities, candidates, p.to + joined[0].length, q.to), status, si, rule);
          // "killed Texas Parks and Wildlife Department game warden Jim Smith": "and" inside a body's name joins no second victim.
          const body = ORG_WORD.test(q.text) || ORG_WORD.test(s.text.slice(q.to - s.span[0], q.to - s.span[0] + 30).split(/[,;.]/)[0] ?? '');
          if (w && !body) out.push(w.name ? w : { ...w, name: q.text.toLowerCase() });
        } else if (v) {
          // "fatally shot a woman and girl", "killed his wife and 11-year-old stepdaughter": two people named by nouns.
          const also = /^\s+and\s+/.exec(rest);
          const q = also ? phraseAfter(s, p.to + also[0].length) : null;
          // A capitalised phrase right after the cue is a name even where no person mention was found ("killing Teryus").
          const w = q && q.text && isPersonPhrase(p.text, v.name ?? (/^\p{Lu}/u.test(p.text) ? p.text : null)) && isPersonPhrase(q.text, null) ? victimOf(q.text, null, status, si, rule) : null;
          if (w) { out[out.length - 1] = { ...v, joined: true }; out.push({ ...w, joined: true }); }
        }
      }
    }
  };
  // "left X dead", "left X in critical condition": the victim is the phrase the pattern's first group takes.
  const leftAs = (re: RegExp, status: VictimStatus, rule: string, distinct: boolean, alive = false): void => {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      // The person's words: the pattern's first group, or its second where it tells them two ways.
      const who = m[1] ?? m[2] ?? '';
      if (/^(?:him|her)self\b/i.test(who)) continue;
      // "fatally shot his girlfriend in the head": the one shot so is dead, not hurt.
      if (status === 'injured' && /\b(?:fatally|mortally)\s+$/i.test(s.text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const from = s.span[0] + m.index + m[0].indexOf(who);
      // "found both the man and the boy dead": two people.
      const parts = who.trim().split(/\s+and\s+/i);
      if (parts.length === 2 && parts.every((x) => isPersonPhrase(x, null))) {
        for (const x of parts) {
          const v = victimOf(x.replace(/^both\s+/i, ''), null, status, si, rule);
          if (v) out.push({ ...v, distinct: distinct || v.distinct, alive: alive || v.alive, joined: true });
        }
        continue;
      }
      const v = victimOf(who, personIn(entities, candidates, from, from + who.length), status, si, rule);
      if (v) out.push({ ...v, distinct: distinct || v.distinct, alive: alive || v.alive });
    }
  };
  scan(KILLED_BEFORE, 'killed', true, 'measure/victim-described-killed');
  scan(KILLED_AFTER, 'killed', false, 'measure/victim-described-killed');
  scan(DEATH_OF, 'killed', false, 'measure/victim-described-killed');
  leftAs(LEFT_DEAD, 'killed', 'measure/victim-described-killed', false);
  leftAs(SHOT_TO_DEATH, 'killed', 'measure/victim-described-killed', false);
  leftAs(HURT_WHO_DIED, 'killed', 'measure/victim-described-killed', false);
  const suicide = SUICIDE.exec(s.text);
  // "an Army soldier and his 11-year-old daughter were found dead ... in an apparent murder-suicide": the dead the sentence
  // lists together under the murder-suicide hold the shooter, unless the sentence tells the shooter's own death apart ("a man
  // fatally shot a woman and girl then killed himself").
  const shooterListed = suicide !== null && /murder[\s-]suicide/i.test(suicide[0]) && !SUICIDE.test(s.text.replace(/murder[\s-]suicide/gi, '')) && out.filter((v) => v.status === 'killed' && v.joined).length >= 2;
  if (suicide && !shooterListed && !NOT_HAPPENED.test(s.text.slice(Math.max(0, suicide.index - 70), suicide.index))) out.push({ status: 'killed', sentenceIndex: si, words: 'the shooter', name: 'the shooter', gender: null, distinct: true, age: null, alive: false, rule: SUICIDE_RULE });
  scan(INJURED_BEFORE, 'injured', true, 'measure/victim-described-injured');
  if (GUNFIRE.test(s.text)) {
    STRUCK.lastIndex = 0;
    for (let m = STRUCK.exec(s.text); m; m = STRUCK.exec(s.text)) {
      if (NOT_HAPPENED.test(s.text.slice(Math.max(0, m.index - 70), m.index))) continue;
      const p = phraseBefore(s, s.span[0] + m.index);
      const name = p.text ? personIn(entities, candidates, p.from, p.to, true) : null;
      // Only a person is struck here: not "the house was hit", "several windows were struck".
      if (!p.text || !isPersonPhrase(p.text.replace(/^(?:police\s+)?(?:found|say|said)\s+/i, ''), name) || out.some((v) => v.status === 'injured' && v.words === p.text.trim())) continue;
      const v = victimOf(p.text, name, 'injured', si, 'measure/victim-described-injured');
      if (v) out.push(v);
    }
    // "fired several gunshots, striking a police officer and the police car": the person struck.
    STRIKING.lastIndex = 0;
    for (let m = STRIKING.exec(s.text); m; m = STRIKING.exec(s.text)) {
      if (NOT_HAPPENED.test(s.text.slice(Math.max(0, m.index - 70), m.index))) continue;
      const at = s.span[0] + m.index + m[0].length;
      const words = /^[\p{L}\d'’-]+(?:\s+[\p{L}\d'’-]+){0,5}?(?=\s*$|[,;.:]|\s+(?:and|in|on|at|as|who|with|during|before|after|while)\b)/u.exec(s.text.slice(m.index + m[0].length))?.[0].trim() ?? '';
      const name = personIn(entities, candidates, at, at + words.length);
      if (!/^(?:him|her|them)$/i.test(words) && !isPersonPhrase(words, name)) continue;
      const v = victimOf(words, name, 'injured', si, 'measure/victim-described-injured');
      if (v) out.push(v);
    }
  }
  leftAs(FOUND_WOUNDED, 'injured', 'measure/victim-described-injured', false);
  // "found one man dead and another wounded", "one killed and another injured": a hurt one besides the dead, alive.
  const another = ANOTHER_HURT.exec(s.text);
  if (another && !NOT_HAPPENED.test(s.text.slice(Math.max(0, another.index - 70), another.index))) out.push({ status: 'injured', sentenceIndex: si, words: 'another', name: null, gender: null, distinct: false, age: null, alive: true, other: true, rule: 'measure/victim-described-injured' });
  const beforeActive = out.length;
  scan(INJURED_AFTER, 'injured', false, 'measure/victim-described-injured');
  leftAs(LEFT_HURT, 'injured', 'measure/victim-described-injured', true);
  LEFT_WOUNDED.lastIndex = 0;
  for (let m = LEFT_WOUNDED.exec(s.text); m; m = LEFT_WOUNDED.exec(s.text)) {
    if (NOT_HAPPENED.test(s.text.slice(Math.max(0, m.index - 70), m.index))) continue;
    // Every item a person ("left arm, a 24-year-old with gunshot wounds" lists none; nor does a count of others).
    const parts = m[1].trim().split(/\s*,\s*(?:and\s+)?|\s+and\s+/i).filter(Boolean);
    if (parts.length === 0 || !parts.every((x) => isPersonPhrase(x, null) || POSSESSED_RELATION.test(x))) continue;
    for (const x of parts) {
      const v = victimOf(x, null, 'injured', si, 'measure/victim-described-injured');
      if (v) out.push({ ...v, distinct: true, joined: parts.length > 1 });
    }
  }
  // "killing X and wounding Y", "leaving the teen in critical condition": the one hurt lived.
  for (let i = beforeActive; i < out.length; i++) if (!/\b(?:fatally|mortally)\s+(?:wounded|wounding|injured|injuring)\b/i.test(s.text)) out[i] = { ...out[i], alive: true };
  if (!out.some((v) => v.status === 'injured')) leftAs(SHOT_IN_BODY, 'injured', 'measure/victim-described-injured', false);
  // "a man shot his girlfriend before turning the gun on himself": the one shot is told beside the shooter's suicide (whom
  // the count leaves out where the article calls the suicide attempted).
  if (!out.some((v) => v.rule !== SUICIDE_RULE) && !/\b(?:killed|kill|dead|died|dies|death|fatal(?:ly)?|slain|murder(?:ed)?)\b/i.test(s.text)) scan(SHOT_OBJECT, 'injured', false, 'measure/victim-described-shot-object');
  if (SELF_SHOT.test(s.text) && !SUICIDE.test(s.text) && !/\b(?:killed|dead|died)\b/i.test(s.text)) {
    const at = s.text.search(SELF_SHOT);
    const p = phraseBefore(s, s.span[0] + at);
    // "A 4-year-old boy is in stable condition after shooting himself with a handgun, according to a Go Fund Me page": the
    // one who fired is named before "after", never by a name told after it.
    const nameTo = /^after\b/i.test(s.text.slice(at)) ? s.span[0] + at : s.span[1];
    // "A father who was clearing his gun accidentally shot himself": the one who fired, whatever the words before.
    const fired = victimOf(p.text || 'the child', personIn(entities, candidates, p.from, nameTo), 'injured', si, 'measure/victim-described-self-shot') ?? victimOf('the one who fired', null, 'injured', si, 'measure/victim-described-self-shot');
    // "shot himself", "shot herself": the one who fired is of that sex, whatever words name them.
    const own = /\b(?:shot|shooting)\s+(himself|herself)\b/i.exec(s.text)?.[1]?.toLowerCase();
    const v = fired && fired.gender === null && own ? { ...fired, gender: own === 'himself' ? 'm' as const : 'f' as const } : fired;
    if (v) out.push(v);
    // "accidentally shot himself and his two daughters", "shot himself and cousin": the others hit by the same shot.
    const also = /\bshot\s+(?:himself|herself)\s+and\s+(?:(?:his|her|their|a|the)\s+)?(?:(two|three|four)\s+)?(?:[\w-]+\s+)?(daughters?|sons?|brothers?|sisters?|cousins?|children|kids|friends?|girls?|boys?|wife|husband|girlfriend|boyfriend|mother|father)\b/i.exec(s.text);
    if (v && also) {
      const n = also[1] ? COUNT_WORDS[also[1].toLowerCase()] : 1;
      out[out.length - 1] = { ...v, joined: true };
      for (let k = 0; k < n; k++) out.push({ ...v, words: `${also[2]} (${k + 1})`, name: null, joined: true, distinct: true });
    }
  }
  // "He is in stable condition", "she is expected to survive": the sentence's hurt are alive, unless it also tells a death.
  // (A death told in a clause of where or when it happened is others': "A victim who escaped from a home where three people
  // were killed ... is expected to recover".)
  if (ALIVE.test(s.text) && !out.some((v) => v.status === 'killed') && !/\b(?:died|dead|killed|fatal(?:ly)?)\b/i.test(s.text.replace(/\b(?:where|in\s+which)\s+[^,;]*?\b(?:died|were\s+killed|was\s+killed|(?:were|was)\s+found\s+dead)\b/gi, ''))) {
    for (let i = 0; i < out.length; i++) if (out[i].status === 'injured') out[i] = { ...out[i], alive: true };
  }
  // "Two young boys are dead along with their father": the one told after "along with" is one more of the dead.
  ALONG_WITH.lastIndex = 0;
  for (let m = ALONG_WITH.exec(s.text); m; m = ALONG_WITH.exec(s.text)) {
    if (NOT_HAPPENED.test(s.text.slice(Math.max(0, m.index - 70), m.index))) continue;
    const at = s.span[0] + m.index + m[0].length;
    const p = phraseAfter(s, at);
    const name = personIn(entities, candidates, at, p.to);
    if (!p.text || !isPersonPhrase(p.text, name)) continue;
    const v = victimOf(p.text, name, 'killed', si, 'measure/victim-described-killed');
    if (!v) continue;
    for (let i = 0; i < out.length; i++) if (out[i].status === 'killed') out[i] = { ...out[i], joined: true };
    out.push({ ...v, joined: true });
  }
  // "a mother who was shot in the head by her son has died": one person the sentence names once, told hurt and told dead,
  // is one dead ("A man was killed and a man was wounded" names two).
  const lowerText = s.text.toLowerCase();
  const once = (words: string) => { const w = words.toLowerCase(); return lowerText.indexOf(w) >= 0 && lowerText.indexOf(w) === lowerText.lastIndexOf(w); };
  for (let i = out.length - 1; i >= 0; i--) {
    const v = out[i]!;
    if (v.status === 'injured' && !v.alive && !v.counted && once(v.words) && out.some((k) => k.status === 'killed' && k.words.toLowerCase() === v.words.toLowerCase())) out.splice(i, 1);
  }
  // "fired one shot which struck his wife in the neck resulting in her death", "hit the boy in the chest, causing his
  // death": the one hurt the sentence tells, of that sex, died of it.
  const ownDeath = OWN_DEATH.exec(s.text);
  const hurt = ownDeath ? out.filter((v) => v.status === 'injured' && !v.alive) : [];
  if (ownDeath && hurt.length > 0 && new Set(hurt.map((v) => v.words.toLowerCase())).size === 1 && !out.some((v) => v.status === 'killed')) {
    const sex = ownDeath[1]!.toLowerCase() === 'his' ? 'm' : 'f';
    if (hurt.every((v) => v.gender === null || v.gender === sex)) return out.map((v) => (hurt.includes(v) ? { ...v, status: 'killed' as const, rule: 'measure/victim-described-killed' } : v)).flatMap(manyOf);
  }
  // "The man and the girl were rushed to an area hospital where they later died": the hurt the sentence tells died of it.
  // The pronoun that died ("they") is those people, no one besides them.
  if (ALL_LATER_DIED.test(s.text) && out.some((v) => v.status === 'injured' && !v.alive) && out.every((v) => v.status !== 'killed' || /^(?:they|both|all)$/i.test(v.words))) {
    return out.filter((v) => v.status !== 'killed').map((v) => (v.status === 'injured' && !v.alive ? { ...v, status: 'killed' as const, rule: 'measure/victim-described-killed' } : v)).flatMap(manyOf);
  }
  // "Kortney Blakes, 23, was shot in the head and taken to Stroger Hospital, where he died at 2:07 p.m.": the one named hurt
  // before "where he died" is the one who died, no "he" besides; so two such sentences tell two dead.
  const later = ONE_LATER_DIED.exec(s.text);
  // (A surname the entities missed, "Rearden was flown to a hospital", names one too; "she was listed in critical
  // condition until she died" is that one hurt again, no one besides.)
  const named = later ? out.filter((v) => v.status === 'injured' && !v.alive && (v.name !== null || /^\p{Lu}[\p{L}'’-]+$/u.test(v.words)) && s.text.indexOf(v.words) >= 0 && s.text.indexOf(v.words) < later.index) : [];
  const again = named.length === 1 ? out.filter((v) => v.status === 'injured' && !v.alive && /^(?:he|she)(?:\s+(?:was|is))?$/i.test(v.words.trim()) && s.text.indexOf(v.words) > s.text.indexOf(named[0]!.words)) : [];
  // ("Johnson died at the scene, and Thomas was transported to Baptist Medical Center South, where he later was pronounced
  // dead": the same besides others told dead before, who stay.)
  const pronoun = later ? out.filter((v) => v.status === 'killed' && PRONOUN_WORD.test(v.words.trim())) : [];
  const sex = later?.[1]!.toLowerCase() === 'he' ? 'm' : 'f';
  const besides = out.filter((v) => v !== named[0] && v !== pronoun[0] && !again.includes(v));
  if (named.length === 1 && pronoun.length === 1 && besides.every((v) => v.status === 'killed' && s.text.indexOf(v.words) >= 0 && s.text.indexOf(v.words) < s.text.indexOf(named[0]!.words)) && (named[0]!.gender === null || named[0]!.gender === sex)) {
    return [...besides, { ...named[0]!, status: 'killed' as const, rule: 'measure/victim-described-killed' }].flatMap(manyOf);
  }
  return out.flatMap(manyOf);
}

/** One hurt told dead in a clause after the hurt: "..., where he died at 2:07 p.m.", "and she was later pronounced dead". */
const ONE_LATER_DIED = laterDied('he|she', 'then', 'was', String.raw`|passed\s+away`);

/** A death the harm caused, of one person: "resulting in her death", "causing his death", "which caused her death". */
const OWN_DEATH = /\b(?:resulting\s+in|causing|which\s+caused|that\s+caused|leading\s+to)\s+(his|her)\s+death\b/i;

/** All the hurt a sentence tells died since: "where they later died", "where both died", "they were later pronounced dead". */
/** "where they later died", "and he was pronounced dead": the hurt told (`who`) dead in a clause after them. */
function laterDied(who: string, adverb: string, were: string, more = ''): RegExp {
  return new RegExp(String.raw`\b(?:where|and|until|before)\s+(${who})\s+(?:(?:later|${adverb}|eventually|subsequently)\s+)?(?:died|${were}\s+(?:later\s+)?pronounced\s+dead|succumbed${more})\b`, 'i');
}
const ALL_LATER_DIED = laterDied(String.raw`they|both|all|both\s+of\s+them|all\s+of\s+them`, 'each', 'were');

const ANOTHER_HURT = /\b(?:dead|killed|slain)\s+(?:,\s*)?and\s+another\s+(?:(?:man|woman|person|teen|teenager|boy|girl|victim|one)\s+)?(?:(?:was|is)\s+)?(?:wounded|injured|hurt|in\s+(?:critical|serious|stable)\s+condition)\b/i;
const ALONG_WITH = /\b(?:dead|killed|died|slain|murdered|shot\s+dead|shot\s+to\s+death)\s+along\s+with\s+/gi;

/** "Two young St. Louis County boys", told where no count was read: as many people, told together. */
const MANY = new RegExp(String.raw`^(two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\p{L}.'’-]+\s+){1,5}(?:${PEOPLE}|brothers|sisters|sons|daughters)$`, 'iu');

/** "the other two", "the other three victims", "the remaining two men": the rest of a group after its first part. */
const REST = new RegExp(String.raw`^(?:the\s+)?(?:other|remaining)\s+(two|three|four|five|six|seven|eight|nine|ten|[2-9])(?:\s+(?:[\w-]+\s+)?(?:${PEOPLE}|family\s+members|members|siblings|brothers|sisters|daughters|sons))?$`, 'i');

/** A victim told as "the other N" is N people, each one besides those told before them; one told as "two young boys", two people. */
function manyOf(v: Victim): Victim[] {
  const many = MANY.exec(v.words.trim());
  if (many) return Array.from({ length: COUNT_WORDS[many[1].toLowerCase()] }, (_, k) => ({ ...v, words: `${v.words} (${k + 1})`, name: null, joined: true }));
  const m = REST.exec(v.words.trim());
  if (!m) return [v];
  const n = COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
  return Array.from({ length: n }, (_, k) => ({ ...v, words: `${v.words} (${k + 1})`, name: null, joined: true, other: true, rest: true }));
}

/**
 * A child told by kinship or by a child's noun ("his son", "their daughter", "the child"), and a young child told by age
 * or noun ("a 9-month-old baby", "the toddler").
 */
const CHILD_RELATION = /\b(?:son|daughter|child|baby|infant|toddler)$/i;
const YOUNG = /\b(?:baby|infant|toddler|\d{1,2}\s*-?\s*months?\s*-?\s*old|[1-9]\s*-?\s*years?\s*-?\s*old)\b/i;

/** A minor told by noun ("the boy", "the teen"); one told by age is told by the victim's `age`. */
const MINOR_NOUN = /\b(?:boy|girl|teen|teenager)\b/i;
const isMinor = (v: Victim): boolean => (v.age !== null && v.age < 18) || MINOR_NOUN.test(v.words);

/**
 * Whether a child told by kinship and one told by age are one child: a young child, or a minor where the kin is told
 * shooting himself ("A 15-year-old boy was killed after accidentally shooting himself" and "his son had shot himself").
 */
function sameChild(a: Victim, b: Victim): boolean {
  const told = (rel: Victim, other: Victim) => CHILD_RELATION.test(rel.words) && !rel.name && (YOUNG.test(other.words) || (rel.rule === 'measure/victim-described-self-shot' && isMinor(other))) && (other.gender === null || rel.gender === null || other.gender === rel.gender);
  return told(a, b) || told(b, a);
}

/** Words that tell a grown person: a parent, a spouse, a man or a woman. */
const ADULT_WORDS = /\b(?:father|mother|dad|mom|husband|wife|grandfather|grandmother|grandpa|grandma|man|woman|adult)\b/i;

/** A kin noun of one sex, as the last word of a victim's phrase ("the child's father"). */
const KIN_HEAD = /^(?:father|mother|son|daughter|brother|sister|husband|wife|boyfriend|girlfriend|uncle|aunt|grandfather|grandmother|nephew|niece|stepfather|stepmother|dad|mom)$/i;
const lastWord = (words: string): string => words.trim().split(/\s+/).at(-1) ?? '';

/** The sex a victim's phrase tells by its last word ("the child's father": male), or null. */
function headSex(words: string): 'm' | 'f' | null {
  const head = lastWord(words);
  return FEMALE.test(head) ? 'f' : MALE.test(head) ? 'm' : null;
}

/**
 * Whether two victim phrases can be the same person. Named people are told apart by name; an
 * unnamed phrase may be anyone of the same status ("a 17-year-old", "he", "the victim"), so
 * unnamed killed never count twice; a relation ("his mother") is someone else than the killed.
 */
function samePerson(a: Victim, b: Victim): boolean {
  // "a man and a woman were killed": people told together are not one another.
  if (a.joined && b.joined && a.sentenceIndex === b.sentenceIndex && a.words.toLowerCase() !== b.words.toLowerCase()) return false;
  // "Two are dead and two are in critical condition": counts told by their numbers side by side, one dead and one hurt, are other people.
  if (a.counted && b.counted && a.sentenceIndex === b.sentenceIndex && a.status !== b.status && a.countAt !== b.countAt) return false;
  // Ages tell a hurt victim from a dead one ("the 16-year-old was wounded", "the 11-year-old was killed");
  // among the dead, phrases often take another person's age ("shot by her 4-year-old son"), so not there.
  if (a.status !== b.status && a.age !== null && b.age !== null && a.age !== b.age) return false;
  // "A father who was clearing his gun" and "Two-year-old Heaven Miller": a parent or an adult is never a young child told elsewhere.
  if ((ADULT_WORDS.test(a.words) && b.age !== null && b.age < 13) || (ADULT_WORDS.test(b.words) && a.age !== null && a.age < 13)) return false;
  // One told alive is not one of the killed, unless the two share a name.
  if (a.status !== b.status && (a.alive || b.alive || a.other || b.other) && !(a.name && b.name && sameName(a.name, b.name))) return false;
  // "A 37-year-old woman was shot in the torso; a 22-year-old man was shot in the leg": of the hurt, unnamed people of
  // different ages or sexes told in one sentence are different people. (Among the dead, phrases often take another
  // person's age; in other sentences, another age is as often another case the article recalls.)
  if (a.status === 'injured' && b.status === 'injured' && a.sentenceIndex === b.sentenceIndex && !(a.name && b.name) && ((a.age !== null && b.age !== null && a.age !== b.age) || (a.gender !== null && b.gender !== null && a.gender !== b.gender))) return false;
  // "A little girl was shot ... the child's father arrived at the hospital, also shot": a kin noun of another sex than one
  // hurt told before is another one hurt (the sex each phrase's last word tells: "the boy's mother" is a woman).
  if (a.status === 'injured' && b.status === 'injured' && (KIN_HEAD.test(lastWord(a.words)) || KIN_HEAD.test(lastWord(b.words))) && headSex(a.words) !== null && headSex(b.words) !== null && headSex(a.words) !== headSex(b.words)) return false;
  if (a.status === b.status) return !(a.name && b.name) || sameName(a.name, b.name);
  if (a.name && b.name) return sameName(a.name, b.name);
  if (a.distinct || b.distinct) {
    if (a.distinct && b.distinct) return a.words.toLowerCase().split(/\s+/).at(-1) === b.words.toLowerCase().split(/\s+/).at(-1) || sameChild(a, b);
    // "Father and son were taken to a hospital" after "a 9-month-old baby died": a son or daughter hurt and a young
    // child of the same sex dead are one child told before and after the death (the son told by no name).
    return sameChild(a, b);
  }
  return a.gender === null || b.gender === null || a.gender === b.gender;
}

/**
 * The person a victim told as one of "the other N" is among those counted so far: none told before as a first part;
 * one of the rest told in an earlier sentence ("the other three were taken to a hospital ... the other two remain in
 * critical condition"), each of them once.
 */
function restBefore(counted: Victim[], v: Victim): Victim | undefined {
  const taken = restTaken.get(counted) ?? new Set<Victim>();
  restTaken.set(counted, taken);
  const same = counted.find((k) => k.rest && k.sentenceIndex !== v.sentenceIndex && !taken.has(k));
  if (same) taken.add(same);
  return same;
}
const restTaken = new WeakMap<Victim[], Set<Victim>>();

/** A person one has only one of, told by the same possessive ("his wife" shot, "his wife" killed): the same person. */
const ONLY_ONE = /^(?:his|her|their)\s+(?:(?:[\w-]+\s+){0,2})?(?:wife|husband|mother|father|mom|dad|stepfather|stepmother|fianc[ée]e?|spouse)$/i;
const onlyOne = (a: Victim, b: Victim): boolean => ONLY_ONE.test(a.words.trim()) && a.words.trim().toLowerCase() === b.words.trim().toLowerCase();

/** The distinct people killed and hurt among an article's described victims; the hurt who later died count as killed. */
export function countVictims(victims: readonly Victim[]): { killed: Victim[]; injured: Victim[] } {
  const killed: Victim[] = [];
  // "killed his 4-year-old son and then himself": a sentence that tells the shooter's suicide beside
  // another death tells two dead; elsewhere the shooter may be the only one ("shot and killed himself").
  const isShooter = (v: Victim) => v.rule === SUICIDE_RULE;
  const suicideAt = new Set(victims.filter(isShooter).map((v) => v.sentenceIndex));
  // Not where the death beside it is a count told by its number ("Three are dead in a murder-suicide": the three hold the shooter).
  const shooter = victims.find((v) => isShooter(v) && victims.some((w) => w.status === 'killed' && !isShooter(w) && w.sentenceIndex === v.sentenceIndex) && !victims.some((w) => w.counted && w.sentenceIndex === v.sentenceIndex));
  if (shooter && suicideAt.size > 0) killed.push({ ...shooter });
  // "An eight-month-old baby boy and a man were shot and killed", after "an adult male was killed": unnamed people told
  // together in one sentence are as many people as told there, each taken for at most one told before. (Named ones
  // match by their names: "Both Bass and his daughter died" may name the shooter, whom no victim is taken for.)
  const takenIn = new Map<Victim, Set<number>>();
  const free = (k: Victim, v: Victim) => !v.joined || v.name !== null || !takenIn.get(k)?.has(v.sentenceIndex);
  const take = (k: Victim, v: Victim) => { if (v.joined && v.name === null) takenIn.set(k, (takenIn.get(k) ?? new Set()).add(v.sentenceIndex)); };
  // The entry of the killed each dead one told was counted as.
  const entryOf = new Map<Victim, Victim>();
  for (const v of victims.filter((x) => x.status === 'killed' && !(shooter && isShooter(x)))) {
    // "the other two died": people besides the victims told before them.
    const same = v.rest ? restBefore(killed, v) : killed.find((k) => !(shooter && isShooter(k)) && free(k, v) && samePerson(k, v));
    if (!same) { const k = { ...v }; killed.push(k); take(k, v); entryOf.set(v, k); }
    else {
      entryOf.set(v, same);
      take(same, v);
      if (!same.name && v.name) same.name = v.name;
      if (same.age === null && v.age !== null) same.age = v.age;
    }
  }
  const injured: Victim[] = [];
  // "A 9-month-old baby boy died Thursday after he was shot": a pronoun hurt in a sentence that tells one other victim, a
  // dead one (not a suicide's shooter), is that one.
  const deadPronoun = (v: Victim): boolean => {
    if (!PRONOUN_WORD.test(v.words.trim())) return false;
    const others = victims.filter((w) => w !== v && w.sentenceIndex === v.sentenceIndex);
    return others.length === 1 && others[0]!.status === 'killed' && others[0]!.rule !== SUICIDE_RULE && (others[0]!.gender === null || v.gender === null || others[0]!.gender === v.gender);
  };
  // "Smith was taken to a hospital where he later died": one named hurt in a sentence whose only other victim is a dead
  // pronoun is that dead one, and names them.
  const namedDead = (v: Victim): boolean => {
    if (!v.name) return false;
    const others = victims.filter((w) => w !== v && w.sentenceIndex === v.sentenceIndex);
    const dead = others.length === 1 && others[0]!.status === 'killed' && others[0]!.rule !== SUICIDE_RULE && PRONOUN_WORD.test(others[0]!.words.trim()) ? entryOf.get(others[0]!) : undefined;
    if (!dead || (dead.name && !sameName(dead.name, v.name)) || (others[0]!.gender !== null && v.gender !== null && others[0]!.gender !== v.gender)) return false;
    dead.name ??= v.name;
    return true;
  };
  // The one "accidentally shot" is hurt only where the article tells no death: else that one may be the dead.
  for (const v of victims.filter((x) => x.status === 'injured' && !(x.rule === 'measure/victim-described-shot-object' && killed.length > 0) && !deadPronoun(x) && !namedDead(x))) {
    if (killed.some((k) => samePerson(k, v) && (k.name !== null || !v.distinct || sameChild(k, v) || onlyOne(k, v)))) continue;
    // "A teen accidentally shot and killed himself ... the teen had accidentally shot himself in the abdomen": one who shot
    // themself, where the article tells one who killed themself, is that one, dead.
    if (v.rule === 'measure/victim-described-self-shot' && killed.filter(isShooter).length === 1 && killed.some((k) => isShooter(k) && (k.gender === null || v.gender === null || k.gender === v.gender))) continue;
    const same = v.rest ? restBefore(injured, v) : injured.find((k) => free(k, v) && samePerson(k, v));
    if (!same) { const k = { ...v }; injured.push(k); take(k, v); }
    else {
      take(same, v);
      if (!same.name && v.name) same.name = v.name;
      if (same.age === null && v.age !== null) same.age = v.age;
      same.alive ||= v.alive;
    }
  }
  // "the other three were taken to a hospital ... One victim died there, while the other two remain in critical condition":
  // the rest told beside a later death are the hurt who remain; those of an earlier rest beyond them are the dead.
  const diedAt = (si: number) => victims.some((k) => k.status === 'killed' && !k.rest && k.sentenceIndex === si);
  const laterRest = victims.filter((v) => v.status === 'injured' && v.rest && diedAt(v.sentenceIndex));
  if (laterRest.length > 0) {
    const at = Math.max(...laterRest.map((v) => v.sentenceIndex));
    const remain = laterRest.filter((v) => v.sentenceIndex === at).length;
    const earlier = injured.filter((k) => k.rest && k.sentenceIndex < at);
    if (earlier.length > remain) {
      const dead = earlier.slice(remain);
      // The death told there, when it was taken for one told before, is one of them.
      const ownEntry = killed.some((k) => k.sentenceIndex === at);
      for (const d of dead) {
        injured.splice(injured.indexOf(d), 1);
        if (!ownEntry) killed.push({ ...d, status: 'killed' });
      }
    }
  }
  return { killed, injured };
}

const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

/** How many an "all N" count told by its number alone names ("All three (1)" of "All three suffered gunshot wounds"), or null. */
export function allCountOf(v: Victim): number | null {
  const m = v.counted ? /^all\s+(\S+)\s+\(\d+\)$/i.exec(v.words) : null;
  return m ? COUNT_WORDS[m[1]!.toLowerCase()] ?? (Number(m[1]) || null) : null;
}

/** The ordinal a victim is named by ("a fourth person", "the third victim"), or null. */
export function victimOrdinal(words: string): number | null {
  const m = /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i.exec(words);
  return m ? ORDINALS[m[1].toLowerCase()] : null;
}
// "A fourth victim ... has died", "a third person died Friday", "while the third died at St. Mary's",
// "The second victim ... was pronounced dead": the ordinal of a victim who died counts the dead so far.
const ORDINAL_DIED = /\b(?:a|the)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:(?:[\w'’-]+\s+){0,2}?(?:person|people|victim|man|woman|male|female|boy|girl|teen|teenager|child|officer|deputy|trooper|suspect|intruder|one|member|individual)\b(?![\w-])([^.;]{0,100}?)\s)?(?:(?:has|had|have|was|is|also|later|then|eventually|subsequently)\s+){0,3}(?:died|dies|passed\s+away|succumbed|(?:pronounced|found|declared)\s+dead)\b/i;

const ORDINAL_BODY = /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\w'’-]+\s+)?(?:body|bodies)\s+(?:(?:has|had|have|was|were|is|been|also|later|now)\s+){0,3}(?:found|discovered|recovered|located|pulled|uncovered|identified)\b/i;

const ORDINAL_DEATH_OF = /\bdeath\s+of\s+(?:a|the)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\w'’-]+\s+)?(?:victim|person|man|woman|boy|girl|child|teen|teenager|student|officer|resident)\b/i;

/**
 * The number of dead a sentence tells by the ordinal of the last one to die ("A fourth victim in a
 * shooting that killed three others has died": 4), or null. Not a sentence about another shooting.
 */
export function ordinalDeath(s: Sentence): number | null {
  if (!/\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i.test(s.text) || ELSEWHERE.test(s.text)) return null;
  // "Second body found in burned home", "a third body was recovered": the ordinal of a body found counts the dead found so far.
  const body = ORDINAL_BODY.exec(s.text);
  if (body && !NOT_HAPPENED.test(s.text.slice(Math.max(0, body.index - 70), body.index)) && !RETRACTED.test(s.text)) return ORDINALS[body[1].toLowerCase()];
  // "Officials reported the death of a third victim", "the hospital confirmed the death of a fourth person": the death's
  // ordinal counts the dead so far.
  const death = ORDINAL_DEATH_OF.exec(s.text);
  if (death && !NOT_HAPPENED.test(s.text.slice(Math.max(0, death.index - 70), death.index)) && !RETRACTED.test(s.text)) return ORDINALS[death[1].toLowerCase()];
  const m = ORDINAL_DIED.exec(s.text);
  if (!m) return null;
  // Not when another ordinal or a charge sits between the victim and the verb ("a second man charged ... the first died").
  if (m[2] && (/\b(?:first|second|third|fourth|fifth|charged|arrested|suspected of)\b/i.test(m[2]))) return null;
  if (NOT_HAPPENED.test(s.text.slice(Math.max(0, m.index - 70), m.index)) || RETRACTED.test(s.text)) return null;
  // "the fourth victim ... was pronounced dead" after "three of the victims sustained non-life-threatening injuries": "the"
  // names the last of a set told before, the dead so far only where deaths are told before it ("two died ..., while the third died").
  if (/^the\b/i.test(m[0]) && !/\b(?:died|dead|killed)\b/i.test(s.text.slice(0, m.index))) return null;
  return ORDINALS[m[1].toLowerCase()];
}

// "A fifth male adult victim who was struck by gunfire was found later", "A fourth victim, Samuel Wade, was struck by a stray
// bullet": the ordinal of a victim hurt counts the people shot so far.
const ORDINAL_HURT = /\b(?:a|the)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+((?:[\w'’-]+\s+){0,3}?)(?:person|victim|man|woman|male|female|boy|girl|teen|teenager|child|individual)\b([^.;]{0,60}?)\s(?:(?:who|that)\s+)?(?:(?:has|had|have|was|is|were|also|later|been)\s+){1,3}(?:shot|wounded|injured|hit|struck|grazed)\b/i;
/** Words that make the hurt person's being hurt a guess ("a fifth person may have been wounded") or another set's count. */
const ORDINAL_HEDGE = /\b(?:may|might|could|possibl[ey]|reportedly|believed|thought|apparently)\b/i;

/**
 * The number of people shot a sentence tells by the ordinal of one hurt ("A fifth victim ... was struck by gunfire": 5), or
 * null. Not a guess, nor an ordinal of people of an age ("a second 17-year-old boy"), nor a sentence of another shooting.
 */
export function ordinalHurt(s: Sentence): number | null {
  if (!/\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i.test(s.text) || ELSEWHERE.test(s.text) || RETRACTED.test(s.text)) return null;
  const m = ORDINAL_HURT.exec(s.text);
  // "at least the seventh child ... shot in Chicago so far this year": a count of a year's victims, no event's.
  if (/\b(?:so\s+far|this\s+(?:year|month)|since\s+(?:january|the\s+start)|in\s+(?:19|20)\d\d)\b/i.test(s.text)) return null;
  if (!m || /\d/.test(m[2]!) || ORDINAL_HEDGE.test(`${s.text.slice(Math.max(0, m.index - 30), m.index)} ${m[2]} ${m[3]}`) || /\b(?:first|second|third|fourth|fifth|charged|arrested|suspected)\b/i.test(m[3]!)) return null;
  if (NOT_HAPPENED.test(s.text.slice(Math.max(0, m.index - 70), m.index))) return null;
  return ORDINALS[m[1]!.toLowerCase()]!;
}

const SHOOTER_CHEAP = /gunm|shooter|suspect|attacker|assailant|intruder|robber/i;
const SHOOTER_WORDS = String.raw`(?:gunm[ae]n|shooters?|suspects?|attackers?|assailants?|intruders?|robbers?)`;
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, the: 1, two: 2, both: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// "the gunman was killed by law enforcement", "Two suspects were killed in the exchange", "the suspect was shot and killed by a police officer".
const SHOOTER_KILLED = new RegExp(String.raw`\b(?:(a|an|one|the|two|three|four|five|six|seven|eight|nine|ten|both|\d{1,2})\s+)?(?:(?:suspected|armed|alleged|other|second)\s+)*(?:[\w-]+\s+)?${SHOOTER_WORDS}\s+(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:also\s+|later\s+|eventually\s+)?(?:shot\s+and\s+killed|killed|shot\s+dead|fatally\s+shot|gunned\s+down)|(?:is|was|are|were)\s+(?:also\s+)?dead|died)\b`, 'i');
// "Police killed the gunman", "a SWAT team ... fatally shot him" is left out: "him" may be anyone.
const KILLED_SHOOTER = new RegExp(String.raw`\b(?:police|officers?|deput(?:y|ies)|troopers?|authorities|law\s+enforcement|SWAT(?:\s+team)?|marksman|sniper|agents?)\s+(?:[\w-]+\s+){0,3}?(?:shot\s+and\s+killed|killed|fatally\s+shot|shot\s+dead)\s+(?:the\s+|a\s+|one\s+|two\s+|both\s+)?(?:suspected\s+|armed\s+|alleged\s+)?${SHOOTER_WORDS}\b`, 'i');
/** Words that may put the shooter inside a toll told in the same sentence ("three people died, including the gunman"). */
const SHOOTER_IN_TOLL = new RegExp(String.raw`\b${SHOOTER_WORDS}\b|\b(?:himself|herself|themselves|including|murder-suicide|murder\s+suicide)\b`, 'i');
/** The shooter as the one who killed ("killed by assailants", "the gunman, who killed three officers"): not one of the toll. */
const SHOOTER_AS_KILLER = new RegExp(String.raw`\bby\s+(?:an?\s+|the\s+|two\s+)?(?:[\w-]+\s+)?${SHOOTER_WORDS}\b|\b${SHOOTER_WORDS},?\s+(?:who\s+)?(?:had\s+|allegedly\s+|reportedly\s+)?(?:shot|killed|opened|fatally)\b`, 'gi');

const SHOOTER_NAMED_AS = new RegExp(String.raw`\bidentified\s+the\s+(?:suspected\s+|alleged\s+)?${SHOOTER_WORDS}\s+as\s+(?:[\p{Lu}][\p{L}'’-]+\s+){0,3}([\p{Lu}][\p{L}'’-]+)`, 'gu');
const SHOOTER_WHO_BELIEVED = new RegExp(String.raw`\b([\p{Lu}][\p{L}'’-]+),?\s+(?:who|whom)\s+(?:they|police|officers|investigators|authorities)\s+(?:believed?|said|say)\s+(?:to\s+be|was|is)\s+the\s+${SHOOTER_WORDS}`, 'gu');
// "The man who police believe shot and killed five people and wounded a six-year-old ... is dead".
const SHOOTER_WHO_DEAD = /\bthe\s+(?:man|woman|person|suspect|gunman|shooter)\s+(?:who|that)\s+(?:(?:police|authorities|investigators)\s+(?:believe|say|said)\s+)?(?:shot|killed|opened\s+fire|fatally\s+shot)\b[^.;]{0,120}?\s(?:is|was)\s+(?:now\s+)?dead\b/i;

/** Whether a toll's sentence or subject may count the shooter already. */
export function tollMayHoldShooter(text: string): boolean {
  return SHOOTER_IN_TOLL.test(text.replace(SHOOTER_AS_KILLER, ' '));
}

/**
 * How many shooters an article tells were killed by others ("the gunman was killed by law
 * enforcement", "Police killed the gunman"), with the sentence that tells it: GVA and the police
 * count a suspect killed among the dead, while reports state the toll of the victims apart from it.
 * None where the article tells a suicide (the shooter's own death is counted with the toll there).
 */
export function shootersKilled(sentences: readonly Sentence[]): { n: number; sentenceIndex: number } | null {
  let found: { n: number; sentenceIndex: number } | null = null;
  // "Police identified the suspect as Rick Smith", "located Smith, who they believed to be the shooter": the shooter's last name.
  const names = new Set<string>();
  for (const s of sentences) {
    if (!SHOOTER_CHEAP.test(s.text) || ELSEWHERE.test(s.text)) continue;
    for (const re of [SHOOTER_NAMED_AS, SHOOTER_WHO_BELIEVED]) for (const m of s.text.matchAll(re)) if (!/^(?:The|A|An|He|She|Police)$/.test(m[1])) names.add(m[1]);
  }
  for (const [si, s] of sentences.entries()) {
    if (/self|suicide|own\s+life/i.test(s.text) && (SUICIDE.test(s.text) || /\bshot\s+(?:himself|herself)\b/i.test(s.text))) return null;
    if (found || ELSEWHERE.test(s.text)) continue;
    // "Smith was later pronounced dead", "The man who police believe shot and killed five people ... is dead".
    const named = [...names].some((n) => new RegExp(String.raw`\b${n}\s+(?:was|is|has\s+been)\s+(?:later\s+|also\s+|eventually\s+)?(?:pronounced\s+dead|shot\s+and\s+killed|killed|shot\s+dead|fatally\s+shot|dead)\b`).test(s.text));
    const who = SHOOTER_WHO_DEAD.exec(s.text);
    if ((named || who) && !NOT_HAPPENED.test(s.text.slice(0, who?.index ?? s.text.length).slice(-70))) { found = { n: 1, sentenceIndex: si }; continue; }
    if (!SHOOTER_CHEAP.test(s.text)) continue;
    const m = SHOOTER_KILLED.exec(s.text);
    if (m && !NOT_HAPPENED.test(s.text.slice(Math.max(0, m.index - 70), m.index))) {
      const plural = /s\s+(?:were|have|are)\b/i.test(m[0]) || /\bmen\b/i.test(m[0]);
      found = { n: m[1] ? NUMBER_WORDS[m[1].toLowerCase()] ?? (Number(m[1]) || 1) : plural ? 2 : 1, sentenceIndex: si };
      continue;
    }
    const k = KILLED_SHOOTER.exec(s.text);
    // "if the officer hadn't killed the gunman": a killing the words deny is none.
    if (k && !NOT_HAPPENED.test(s.text.slice(Math.max(0, k.index - 70), k.index)) && !/\b(?:not|never|hadn['’]t|didn['’]t|wouldn['’]t|couldn['’]t)\b/i.test(k[0])) found = { n: /\b(?:two|both)\s+(?:\w+\s+)?\w+$/i.test(k[0]) ? 2 : 1, sentenceIndex: si };
  }
  return found;
}

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// "all four people involved in a shooting ... have now died", "all four died from a single gunshot", "pronounced all three dead".
const ALL_DIED = new RegExp(String.raw`\ball\s+(two|three|four|five|six|seven|eight|nine|ten)\b(?:\s+(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?(?:${PEOPLE}|members|of\s+them)\b)?([^.;]{0,70}?)\s*\b(?:(?:have|had|has|now|later|eventually|were|are|since|also)\s+){0,3}(?:died|dead|killed|succumbed|passed\s+away)\b`, 'i');

/** The number of dead a sentence tells as "all N" ("all four ... have now died": 4), or null. */
export function allDied(s: Sentence): number | null {
  if (!/\ball\s+(?:two|three|four|five|six|seven|eight|nine|ten)\b/i.test(s.text) || ELSEWHERE.test(s.text)) return null;
  const m = ALL_DIED.exec(s.text);
  // Not "All four were taken to the hospital, where two died": another count before the verb is who died.
  if (!m || /\b(?:shot|wounded|injured|hurt|survived|but|except|not|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/i.test(m[2] ?? '')) return null;
  if (NOT_HAPPENED.test(s.text.slice(Math.max(0, m.index - 70), m.index))) return null;
  return COUNT_WORDS[m[1].toLowerCase()];
}

const OF_THEM = { one: 1, two: 2, three: 3 } as Record<string, number>;
/** "one of whom later died", "where one of them died", "one of the wounded has since died": some of the people just counted died. */
const DIED_OF_THEM = /\b(one|two|three)\s+of\s+(?:whom|them|those|the\s+(?:injured|wounded|hospitali[sz]ed|hurt))\b(?:\s+\w+){0,3}?\s+(?:(?:later|since|subsequently|eventually|has|have|had|also)\s+){0,2}(?:died|passed\s+away|succumbed|(?:was|were)\s+(?:later\s+)?pronounced\s+dead)\b/i;
/** "Three people were injured, including a 17-year-old female who succumbed to her injuries": one of the hurt counted died. */
const INCLUDING_DEAD = /^[^.;]{0,20}?\bincluding\s+(?:a|an|one)\s+(?:[\w'’-]+\s+){0,4}?(?:who|that)\s+(?:(?:later|since|subsequently|eventually|has|have|had|also)\s+){0,2}(?:died|passed\s+away|succumbed)\b/i;
/** A sentence that goes on about the hurt just counted: "Both were taken to the hospital", "All three were flown ...", "The two wounded ...". */
const THE_HURT_AGAIN = /^\W*(?:both|all\s+(?:two|three|four|five|six)|the\s+(?:two|three|four|five|six)\s+(?:wounded|injured|hurt|victims|others))\b/i;

/**
 * How many of a hurt count a text tells died later ("Three people were hospitalized, one of whom later died": 1): the
 * count then holds them, and the hurt alive are the rest. `after` is the count's sentence after it, `next` the body
 * sentence after that (or ''); `killedBeside` whether the count's sentence also tells dead, whose "them" the
 * next sentence may mean unless it opens on the hurt again ("Both were taken to the hospital, where one of them died").
 */
export function diedOfHurt(after: string, next: string, killedBeside: boolean): number {
  const own = DIED_OF_THEM.exec(after);
  if (own) return OF_THEM[own[1].toLowerCase()];
  if (INCLUDING_DEAD.test(after)) return 1;
  const then = DIED_OF_THEM.exec(next);
  if (!then || (killedBeside && !THE_HURT_AGAIN.test(next))) return 0;
  return OF_THEM[then[1].toLowerCase()];
}

// "A man injured in October at a dice game where two teenagers were fatally shot at the scene, died Monday night", "The
// woman wounded in the shooting that killed three has died": one hurt in the shooting, whose toll the sentence tells
// between, died after it. Subject at the sentence's start; the toll inside the words that tell where or how they were hurt.
const HURT_ONE_DIED = /^(?:[A-Z][\w\s,.'’()-]{0,40}?\s[-–—]+\s+)?(?:a|an|the|one)\s+(?:[\w'’-]+\s+){0,3}?(?:man|woman|boy|girl|teen|teenager|person|victim|child|student|officer|deputy|\d+-year-old)\s+(?:who\s+(?:was|had\s+been)\s+)?(?:(?:critically|seriously|gravely|also)\s+)?(?:injured|wounded|hurt)\b([^;]*?)(?:,\s*)?\s(?:(?:has|had)\s+(?:since\s+)?died|(?:later|since|subsequently|eventually)\s+died|died|succumbed|passed\s+away)\b/id;

/**
 * Whether a sentence tells one hurt in the shooting as having died since, with the shooting's toll of dead told inside
 * the words that describe it (`count`: the toll's offsets within the sentence's text): the toll is the dead before that
 * death, so the dead are now one more.
 */
export function hurtOneDiedAfter(text: string, count: readonly [number, number]): boolean {
  const m = HURT_ONE_DIED.exec(text);
  if (!m) return false;
  const [from, to] = m.indices![1];
  return count[0] >= from && count[1] <= to && /\b(?:killed|dead|died|fatally|slain)\b/i.test(m[1]);
}

/** Counts of 0 an article states in words ("no one was injured"). */
export function zeroCounts(s: Sentence): VictimStatus[] {
  const out: VictimStatus[] = [];
  if (!/\bno\b|\bno-one\b|nobody|none/i.test(s.text)) return out;
  if (ZERO_KILLED.test(s.text)) out.push('killed');
  // "No one was seriously hurt": a zero of the badly hurt says some were hurt, not that no one was.
  const hurt = ZERO_INJURED.exec(s.text);
  if (hurt && !SEVERITY.test(hurt[0])) out.push('injured');
  return out;
}

/** Where a sentence states a count of 0 of a status ("no one was hurt"): offsets within its text, or null. */
export function zeroSpan(text: string, status: VictimStatus): [number, number] | null {
  const m = (status === 'killed' ? ZERO_KILLED : ZERO_INJURED).exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}
