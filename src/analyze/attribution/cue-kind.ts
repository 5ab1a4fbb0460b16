// Which cues the tagger finds report a statement or a belief, and which only tell an act.
//
// The tagger learned its cues from political news, where "said", "according to" and "believes"
// dominate. On crime and disaster news it also tags the verbs of procedure and action that sit
// where a reporting verb would: "Kanisha Shelton has been charged with neglect", "officers
// responded to the call", "neighbors called police", "anyone with information is asked to call".
// Those name no one who stated anything, so they make junk speakers in "who said what" and
// false origins for the figures next to them. This is a rule on the cue's words (hand-written:
// the list is the product's own judgement of what counts as a statement, not a learned one).

/** Auxiliaries and adverbs that may open a cue before its verb ("has been charged", "also said"). */
const LEAD = /^(?:is|are|was|were|be|been|being|has|have|had|also|later|initially|previously|then|not|did|do|does|reportedly|allegedly|now|still|currently)$/;
const PASSIVE_AUX = /^(?:is|are|was|were|be|been|being)$/;

/**
 * Verbs of legal procedure or of moving people, and verbs of choosing someone for a post or a bout ("the challenger
 * nominated by the IBF", "a coach appointed by the board"): never a statement, whatever their voice.
 */
const ACT = /^(?:plead|charg|sentenc|pronounc|arrest|convict|indict|book(?:ed|s)?$|jail|hospitali[sz]|transport|accident|fil(?:ed|es|e|ing)$|request|look(?:ing|ed|s)?$|listed$|nominat|appoint|elect(?:ed|s|ing)?$|hir(?:e|ed|es|ing)$)/;

/** Verbs of perceiving or deciding: a statement only when what follows is one ("observed that...", "watched as"). */
const PERCEIVE = /^(?:notic|discover|observ|see$|seeing$|saw$|decid|remember|watch(?:ed|es|ing)?$|spott(?:ed|ing)$|spots?$|witnessed$|witnessing$)/;

/**
 * Acts of the body or of force, which the tagger takes for reporting verbs where they sit as one would ("He lifted his
 * shirt", "Police detained one person", "Gunfire broke out", "Lopez opened fire on his fellow soldiers", "Police blocked
 * traffic", "his mother celebrated her birthday"): never a statement, whatever follows (a way blocked is: "blocked traffic",
 * "blocked off the neighborhood"; "blocked a company from abandoning its plant" tells what a court decided).
 */
const BODILY_ACT = /^(?:lift(?:ed|s|ing)?|detain(?:ed|s|ing)?|celebrat(?:ed|es|ing|e))$/;
/** The same told with a particle: "opened fire (on)", "broke out", "touched off" (not "opened up about", "broke the news"). */
const ACT_WITH_PARTICLE = /^(?:open(?:ed|s|ing)?\s+fire|broke\s+out|break(?:s|ing)?\s+out|touch(?:ed|es|ing)?\s+off)\b/;

/**
 * Acts told by a verb that reports a statement with another object: "fired his gun twice" (not "fired back", "fired off a
 * letter"), "answered the door", "answered concerned phone calls" (not "answered no"), "ran inside" (not "ran a story"),
 * "used his handgun" (not "used the word"), "pushed her against a wall" (not "pushed for", "pushed back"), "aimed the gun",
 * "backed away", "signed a waiver", "blocked traffic", "showing his friends a gun", "questioned witnesses".
 */
function isActOfObject(head: string, said: string): boolean {
  if (/^fir(?:ed|es|ing)$/.test(head)) return !/^(?:back|off)\b/i.test(said);
  if (/^answer(?:ed|s|ing)?$/.test(head)) return /^(?:(?:the|a|an|his|her|their|its|concerned|several|many|some|frantic|repeated)\s+){0,3}(?:door|doors|phone|phones|calls?|knocks?|knocking|questions?|911)\b/i.test(said);
  if (/^(?:ran|runs?|running)$/.test(head)) return !/^(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+)?(?:story|stories|ad|ads|advertisements?|piece|article|report|headline|editorial|column|op-ed|photo|photos|letter|feature|profile|segment|series)\b/i.test(said);
  if (/^us(?:ed|es|ing)$/.test(head)) return !/^(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w-]+\s+)?(?:words?|term|terms|phrase|language|expression|remarks?|speech|platform|interview|statement|slur|epithet|name)\b/i.test(said);
  if (/^push(?:ed|es|ing)?$/.test(head)) return !/^(?:for|back|to|against\s+(?:the\s+)?(?:bill|plan|law|measure|proposal|idea))\b/i.test(said);
  if (/^aim(?:ed|s|ing)?$/.test(head)) return /^(?:(?:the|a|an|his|her|their)\s+)?(?:[\w-]+\s+)?(?:gun|guns|weapon|weapons|rifle|pistol|handgun|shotgun|firearm|revolver)\b/i.test(said);
  if (/^back(?:ed|s|ing)?$/.test(head)) return /^(?:off|away|out|up|into|down)\b/i.test(said);
  if (/^sign(?:ed|s|ing)?$/.test(head)) return !/^(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+)?(?:statement|letter|petition|op-ed)\b/i.test(said);
  // "showing his friends a 9 mm handgun", "showed it to the girls", "showed off the gun", "showing it off": a thing shown, no
  // statement ("video shows ...").
  if (/^show(?:ed|s|n|ing)?$/.test(head)) return /^(?:off\b|(?:(?:his|her|their)\s+(?:[\w-]+\s+)?(?:friends?|brothers?|sisters?|cousins?|mother|father|girlfriend|boyfriend|wife|husband|family|kids|children|sons?|daughters?)|him|her|them|me|us)\s+(?:a|an|the|his|her|their|how\s+to)\b|(?:it|them)\s+to\s+(?:the|his|her|their|a|an|him|them)\b|(?:it|them)\s+off\b)/i.test(said);
  // "Police questioned witnesses for hours", "questioned the suspect": people questioned, no doubt raised ("questioned whether").
  if (/^question(?:ed|s|ing)?$/.test(head)) return /^(?:witnesses|him|her|them|suspects?|neighbors|residents|people|several|two|three|four|(?:a|the)\s+(?:\w+\s+)?(?:suspects?|driver|man|woman|boy|girl|teens?|teenagers?|witnesses|victims?|neighbors|residents|person|people|men|women))\b/i.test(said);
  // "Police are continuing to investigate", "is continuing their investigation": work going on, no statement ("continued, ...").
  if (/^continu(?:e|es|ed|ing)$/.test(head)) return /^(?:to\s+(?:investigate|search|look|work|process|gather|interview|canvass|piece)|(?:the|their|its|his|her)\s+(?:investigation|search|inquiry|probe|work))\b/i.test(said);
  if (/^block(?:ed|s|ing)?$/.test(head)) return /^(?:off\b|traffic\b|(?:the\s+|a\s+)?(?:road|roads|street|streets|lanes?|entrance|exits?|door|doorway|driveway|area|scene|intersection|neighborhood|highway|block)\b)/i.test(said);
  return false;
}

/**
 * What is found when finding is an act: someone or something at a place or in a state ("found the other victim on Sedgwick
 * Street", "found one on Brighton Road", "found him dead"), one found so ("the family found dead at the apartments"), an
 * aside on the one found ("found the victim, a male, in a car"), or a pronoun alone ("the boy found it"). Not a finding
 * that reports ("a poll found Clinton leading", "investigators found the gun was stolen").
 */
const FOUND_THING = /^(?:(?:dead|unresponsive|lifeless|deceased|suffering|wounded|injured)\b|(?:it|him|her|them)\s*(?:[,.;]|$|and\b)|(?:it|him|her|them|one|two|three|four|five|\d+|a|an|the|his|her|their)\b[^,.;"“]{0,60}?(?:,\s*(?:a|an|the)\s[^,.;"“]{1,30},)?[^,.;"“]{0,20}?\b(?:on|in|at|inside|outside|near|behind|under|lying|dead|unresponsive|suffering|with)\b)/i;

/**
 * Verbs that report a statement when active ("police asked...") but only an appeal or a status when
 * passive ("is asked to call", "was identified as", "were reported in stable condition"). Hearsay
 * ("is said to be doing fine") stays a statement.
 */
const PASSIVE_ACT = /^(?:accus|ask|urg|encourag|order|want|consider|told|tell|describ|report|identif|nam|believ|estimat|list|releas|declar|call)/;

/** What a call reaches when it is a telephone call or a summons, not a naming ("called police", "called for help"). */
const CALLED = /^(?:the\s+)?(?:police|911|9-1-1|authorities|deputies|officers|paramedics|firefighters|an ambulance|for help|for backup)\b/i;

/** Whom an appeal is made to: the public at large or anyone who knows something ("anyone with information", "residents"). */
const APPEALED = /^(?:that\s+)?(?:anyone|anybody|everyone|the\s+public|members\s+of\s+the\s+public|residents|people|witnesses|those|drivers|motorists|parents)\b/i;

/** Where officers respond to: a place, an address or a call, not a question or a critic. */
const RESPONDED_TO = /^to\s+(?:the\s+|a\s+|an\s+)?(?:(?:two|three|four|five|several|multiple|separate|numerous|another)\s+)?(?:(?:accidental|apparent|possible|reported|fatal|deadly|domestic|early-morning|overnight)\s+)?(?:\d|scene|calls?\b|reports?\b|home|house|residence|area|apartment|block|street|location|hospital|shooting|incident|disturbance|emergency)/i;

/** A count right after "added": "22 points", "a career-high 30", "two goals", "another 15". */
const ADDED_COUNT = /^(?:(?:a|another)\s+(?:(?:career|season|game|team)[\s-]+(?:high|best)\s+)?)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\b/i;
/** Whom a verb of dismissal lets go: a pronoun, a post ("coach Dave Miller", "its manager") or a full name. */
const DISMISSED_PERSON = /^(?:(?:him|her|them)\b|(?:(?:the|its|his|her|their|head|assistant|interim|[\p{Lu}][\p{L}'’-]+['’]s?)\s+)*(?:coach|manager|coordinator|director|chief|officer|employee|employees|staff|staffer|worker|workers|player|players|president|minister|secretary|executive|CEO|aide|adviser|advisor|captain|teacher|principal|superintendent|commissioner|deputy|deputies|trooper|detective)s?\b|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:\s+(?:on|after|for|as|in|over|from|last|this|following)\b|\s*[,.;]|$))/u;

/** What is posted when it is money for release: "a $25,000 bond", "bail", "his $5,000 cash bond", "bond of $10,000". */
const POSTED_BOND = /^(?:(?:a|an|the|his|her|their)\s+)?(?:\$?[\d,.]+\s*(?:million\s+|thousand\s+|k\s+)?(?:dollars?\s+)?)?(?:[\w-]+\s+)?(?:bond|bail)\b/i;

/** Words that make what follows a count a clause of its own ("12 people had died", "two more were hurt"). */
const FINITE_VERB = /\b(?:is|are|was|were|had|has|have|will|would|could|should|did|do|does|been|died|remain(?:s|ed)?)\b/i;

/**
 * Whether a cue's words report a statement or belief (true) or only tell an act or status (false).
 * `after` is the text that follows the cue, used to tell "called police" from "called the shooting
 * an accident", "responded to the scene" from "responded to critics", "observed a car" from
 * "observed that...", and "appeared in court" from "appeared to say".
 */
/** A thing asked for right after a verb of denial ("denied the motion", "denied him bail"): the denial refuses it. */
export const REFUSED_THING = /^\s+(?:(?:him|her|them|us|me)\s+)?(?:(?:the|a|an|his|her|their|its|our|my|your)\s+)?(?:[\p{L}\d'’-]+,?\s+){0,3}?(?:requests?|bond|bail|motions?|appeals?|parole|applications?|permits?|petitions?|entry|access|admission|proposals?|pleas?|bids?|offers?|licen[cs]es?|visas?|asylum|treatment|benefits|bills?|ordinances?|measures?|curfews?|plans?|deals?|settlements?)\b/iu;

export function isStatementCue(cue: string, after = ''): boolean {
  const words = cue.toLowerCase().split(/\s+/).filter(Boolean);
  let i = 0;
  let passive = false;
  while (i < words.length - 1 && LEAD.test(words[i]!)) {
    if (PASSIVE_AUX.test(words[i]!)) passive = true;
    i++;
  }
  const head = words[i] ?? '';
  const last = i === words.length - 1;
  const said = after.trimStart();
  // "police aren't sure if the shooting took place inside": a copula alone ("aren't", "is") says nothing of its own.
  if (words.length > 0 && words.every((w) => /^(?:is|are|was|were|am|be|been|being|(?:is|are|was|were)n['’]t|ain['’]t)$/.test(w))) return false;
  if (ACT.test(head)) return false;
  if ((last && (BODILY_ACT.test(head) || isActOfObject(head, said))) || ACT_WITH_PARTICLE.test(`${words.slice(i).join(' ')} ${said.toLowerCase()}`)) return false;
  // "Larkin, 18, thought of joining the Army", "is thinking about moving": to think of or about a thing is to consider it, no statement.
  if (last && /^(?:think|thinks|thought|thinking)$/.test(head) && /^(?:of|about)\b/i.test(said)) return false;
  if (PERCEIVE.test(head) && !/^(?:that|how|what|why|whether)\b|^["“‘']/i.test(said)) return false;
  if (last && /^appear(?:ed|s)?$/.test(head) && /^(?:in|before|at)\s/i.test(said)) return false;
  if (last && /^(?:found|finds?|finding)$/.test(head) && FOUND_THING.test(said)) return false;
  // "John Collins added 22 points and 13 rebounds", "Police added 20 officers to the patrol": a count added is an act
  // (a statistic, a thing put in), no statement; "added 12 people had died" says something.
  if (last && /^add(?:ed|s|ing)?$/.test(head) && ADDED_COUNT.test(said) && !FINITE_VERB.test(said.split(/[;:.!?"“”]|,\s+(?:and|but|while|who|which)\b/)[0] ?? '')) return false;
  // "passing Kareem Abdul-Jabbar with a fadeaway jumper", "passed Smith on the list": to pass someone is to overtake, no
  // statement ("passed along word that ..." is one).
  if (last && /^pass(?:ed|es|ing)?$/.test(head) && !/^(?:along|on)\b|^word\b/i.test(said)) return false;
  // "If confirmed by the Senate, Moreno would ...": a vote of a chamber or a board is an act, no statement.
  if (/^confirm(?:ed|s)?$/.test(head) && /^by\s+(?:the\s+)?(?:full\s+)?(?:Senate|Congress|House|parliament|council|board|committee|legislature|assembly|voters|lawmakers|senators)\b/i.test(said)) return false;
  // "The Rivers dismissed coach Dave Miller", "the team dismissed him": a person dismissed is let go, no claim dismissed.
  if (last && /^dismiss(?:ed|es|ing)?$/.test(head) && DISMISSED_PERSON.test(said)) return false;
  // "Investigators would like to question him", "police want to speak with": a wish to hear someone states nothing.
  if (/^(?:would|want(?:s|ed)?|wish(?:es|ed)?|hope(?:s|d)?)$/.test(head) && /\bto\s+(?:question|speak|talk|interview|identify|locate|find|hear|reach|contact)\b/.test(words.slice(i).join(' ') + ' ' + said.split(/\s+/).slice(0, 3).join(' '))) return false;
  // "Hill posted a $25,000 bond", "posted bail": money put up for release is an act, no post of words.
  if (last && /^post(?:ed|s|ing)?$/.test(head) && POSTED_BOND.test(said)) return false;
  // "Stephen Curry posted a game-high 29 points", "recorded 12 rebounds", "logged 30 minutes": a statistic a player
  // puts up is an act, no post of words ("posted 12 photos that ..." with a clause of its own says something).
  if (last && /^(?:post|record|register|log|notch|tall(?:y|ie))(?:ed|s|ing|ged|ging)?$/.test(head) && ADDED_COUNT.test(said) && !FINITE_VERB.test(said.split(/[;:.!?"“”]|,\s+(?:and|but|while|who|which)\b/)[0] ?? '')) return false;
  // "Emily Babay writes about everything from crime to transit": a reporter's line of biography, no statement.
  if (last && /^writ(?:es|ing)$/.test(head) && /^about\b/i.test(said)) return false;
  // "began arguing over a man", "pointing it at the wall": a quarrel and an aim are acts ("argued that", "pointed out that"
  // say something).
  if (/^argu(?:e|es|ed|ing)$/.test(head) && /^(?:over|with|about)\b/i.test(said) && !/\bthat\b/i.test(said.slice(0, 40))) return false;
  // "saw the group arguing. It was moments later ...", "a group began arguing in the parking lot": a quarrel going on, with
  // nothing argued after it ('"...," the lawyer argued.' closes a quotation).
  if (last && head === 'arguing' && /^(?:[.!?;]|$|(?:in|outside|at|near|inside|loudly|when|before|and)\b)/i.test(said) && !/\bthat\b/i.test(said.split(/[.!?;]/)[0]!.slice(0, 40))) return false;
  if (/^point(?:s|ed|ing)?$/.test(head) && !/^(?:out|to)\b/i.test(said) && /^(?:it|them|him|her|a|an|the|his|her|their)\b[^,.;]{0,40}?\b(?:at|toward|towards)\b/i.test(said)) return false;
  if (last && /^respond(?:ed|s|ing)?$/.test(head) && RESPONDED_TO.test(said)) return false;
  // "Alert police officers showed up and saw numerous people running": to show up is to arrive, no statement.
  if (last && /^show(?:ed|s|n|ing)?$/.test(head) && /^up\b/i.test(said)) return false;
  // The tagger may take "to" into the cue: "responded to | a report of an accidental shooting".
  if (/^respond(?:ed|s|ing)?$/.test(head) && words.slice(i + 1).join(' ') === 'to' && RESPONDED_TO.test(`to ${said}`)) return false;
  if (last && /^call(?:ed|s|ing)?$/.test(head) && CALLED.test(said)) return false;
  // "a Cleveland Heights man accused of shooting a 15-year-old": the one accused of an act, not one who accuses.
  if (last && /^accused$/.test(head) && /^of\b/i.test(said)) return false;
  // "Judge Poe denied the motion", "He was denied bail": a refusal of a thing asked is an act, no denial of a claim.
  if (last && /^den(?:y|ies|ied|ying)$/.test(head) && (REFUSED_THING.test(` ${said}`) || (passive && !/^(?:by|that)\b/i.test(said)))) return false;
  // "The juveniles have been ordered by a judge to remain in custody": an order or a request told in the passive, its
  // giver after "by", is an act done to someone, no statement (the auxiliaries may lie outside the cue).
  if (last && /^(?:order|ask|urg|encourag)\w*ed$/.test(head) && /^by\b/i.test(said)) return false;
  // "Police ask anyone with information to call Crime Stoppers", "urged residents to stay indoors": an appeal to the
  // public states nothing of the story.
  if (last && /^(?:ask|urg|encourag|request)\w*$/.test(head) && !passive && APPEALED.test(said)) return false;
  // A passive ("is asked", "was identified"), not a progressive ("is saying").
  if (passive && !head.endsWith('ing') && PASSIVE_ACT.test(head)) return false;
  return true;
}

/**
 * A cue read inside a list article's title ("Five Essential Planning Tips For Your European Vacation", "10 Things You
 * Need ..."): a speaker that opens with a count and a capitalised word, and a capitalised cue. A headline that reports
 * someone ("Chris Christie Calls Clinton ...", "New Poll Shows ...") names its speaker without a count.
 */
export function isListTitleCue(text: string, cue: readonly [number, number], speaker: readonly [number, number] | null): boolean {
  if (!speaker || !/^\p{Lu}\p{Ll}/u.test(text.slice(cue[0], cue[1]))) return false;
  return /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+\p{Lu}/iu.test(text.slice(speaker[0], speaker[1]));
}

/** Verbs of naming: "called", "described as", "termed", "dubbed", "labeled". */
const NAMING = /^(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|term(?:ed|s|ing)?|dub(?:bed|s|bing)?|label(?:ed|led|s|ing)?)$/i;

/**
 * A cue that names a thing inside a clause of "what": "the victim of what police called an accidental shooting
 * remained in critical condition", "in what authorities are calling a targeted attack". The speaker chose a word for
 * the event; the rest of the sentence is no statement of theirs.
 */
export function isNamingCue(text: string, cue: readonly [number, number], speaker: readonly [number, number] | null): boolean {
  const head = text.slice(cue[0], cue[1]).trim().split(/\s+/).at(-1) ?? '';
  if (!NAMING.test(head)) return false;
  const opens = speaker && speaker[1] <= cue[0] ? speaker[0] : cue[0];
  return /\bwhat\s+$/i.test(text.slice(Math.max(0, opens - 8), opens));
}

/**
 * A participle set before a noun as its adjective: "Another alleged gunman, 19-year-old ...", "the reported victim", "a
 * suspected shooter", "one of 99 alleged Sicilian Mafia members". A determiner, a number or "of" opens the noun's phrase;
 * no one is said to allege or report anything.
 */
export function isAdjectiveCue(text: string, cue: readonly [number, number]): boolean {
  if (!/^(?:alleged|suspected|reported|purported|presumed|accused)$/i.test(text.slice(cue[0], cue[1]).trim())) return false;
  const before = text.slice(Math.max(0, cue[0] - 14), cue[0]);
  return /(?:\b(?:a|an|the|another|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|of|some|several|many|other|these|those)|\b\d[\d,]*)\s+$/i.test(before) && /^\s+\p{L}/u.test(text.slice(cue[1], cue[1] + 3));
}

/** Whether the tagger's cue reports a statement the product keeps: no act, no list title's words, no naming, no adjective (above). */
export function keepsCue(text: string, cue: readonly [number, number], speaker: readonly [number, number] | null): boolean {
  return isStatementCue(text.slice(cue[0], cue[1]), text.slice(cue[1], cue[1] + 60)) && !isListTitleCue(text, cue, speaker) && !isNamingCue(text, cue, speaker) && !isAdjectiveCue(text, cue);
}
