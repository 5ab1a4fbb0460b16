// Claim groups: tellings that share a frame (measure, subject, scope, stance), each with outlet, origin, value, date, sentence and the rules that set them.
import type { ArticleAnalysis, Claim } from '../model/analysis.js';
import type { ClaimFrame, ClaimGroup, Telling } from '../model/dossier.js';
import { GENERATION } from '../analyze/ranks.js';
import { defaultFrameGroupOptions, frameKey, frameOf, isRunningOpenTail, personKey, predicateFamily, STATISTIC_RULES, type FrameGroupOptions } from './claim-frame.js';
import { isPartOf, isPartSubject } from '../analyze/claims-money.js';
import { oneEditApart } from '../analyze/entities/names.js';
import { defaultEntityOptions } from '../analyze/entities/lexicon.js';
import { KIN_OF_AGE, OTHERS_SUBJECT } from '../analyze/claims-lexicon.js';
import { SCORE_MOMENT_WORDS } from '../analyze/claims-scores.js';
import { statementOf } from './claim-words.js';
import { byTime, inTimeOrder, mostToldTelling } from './lead-value.js';
import { entityKey, type ResolvedEntities } from './entities.js';
import { compatible, decideVerdict, valueKind } from './verdicts.js';
import { judgeSpeakerName, storyWordCase, type WordCase } from './speaker-names.js';
import { bodyOfSpokesperson, spokespeople } from './spokesperson.js';
import { hasTrait } from '../model/measures.js';
import { BoundedCache } from './bounded-cache.js';
import { isAddedOthers, isPartTelling } from './count-parts.js';
import { isFurniture, isUnended } from './chrome.js';

/** What grouping needs to know of each article of a story. */
export interface LinkArticle {
  id: string;
  outlet: string | null;
  published: string | null;
  /** Where the article was read; names its outlet (by host) when no outlet is known. */
  url?: string | null;
  analysis: ArticleAnalysis;
  /** The earliest copy this article is a near-duplicate of, when it is one. */
  syndicatedFrom: string | null;
}

export interface GroupOptions extends FrameGroupOptions {
  /** Descriptor words that name an intelligence agency without its name, matched against named organisations. */
  /** A descriptor, the concept of the one named organisation it stands for, and whether the origin keeps its own words (a force's name as the text's entity may be cut or padded). */
  descriptorConcepts: readonly (readonly [RegExp, RegExp, 'keep-words'?])[];
}

export const defaultGroupOptions: GroupOptions = {
  ...defaultFrameGroupOptions,
  // "South Korea's spy agency", "secret service", "intelligence service" -> a named intelligence organisation.
  descriptorConcepts: [
    [/\b(spy agency|secret service|intelligence (service|agency)|spy service)\b/i, /\bintelligence\b/i],
    [/\b(defen[cs]e ministry|ministry of defen[cs]e|military)\b/i, /\b(defen[cs]e|military)\b/i],
    [/\b(presidential office|president's office)\b/i, /\b(presidential|president)\b/i],
    // "police said", "officers said", "detectives said" in a story that names one police force: that force speaks.
    [/^(?:the\s+)?(?:police|police officers?|officers|detectives|police officials|police department)$/i, /\bpolice\b/i, 'keep-words'],
    // "deputies said", "the sheriff's office said" in a story that names one sheriff's office or department.
    [/^(?:the\s+)?(?:deputies|sheriff['’]s (?:office|department|deputies|officials)|sheriff)$/i, /\bsheriff['’]?s?\b/i, 'keep-words'],
    // "troopers said" in a story that names one state's troopers, state police or highway patrol ("Alaska State Troopers").
    [/^(?:the\s+)?(?:state\s+)?troopers$/i, /\b(?:troopers|state\s+police|highway\s+patrol)\b/i, 'keep-words'],
  ],
};

/** The canonical origin of a claim: an entity id when its name resolves, else its folded name. */
/** A story's entity by its id (the first of that id, as a search of the list finds it), looked up in a table made once per story. */
function entityById(resolved: ResolvedEntities, id: string): ResolvedEntities['entities'][number] | undefined {
  let table = entityTables.get(resolved);
  if (!table) {
    table = new Map();
    for (const e of resolved.entities) if (!table.has(e.id)) table.set(e.id, e);
    entityTables.set(resolved, table);
  }
  return table.get(id);
}
const entityTables = new WeakMap<ResolvedEntities, Map<string, ResolvedEntities['entities'][number]>>();

/** A story's organisations named as a concept's body is named, capitalised ("Troy Police Department"), made once per story and concept. */
function namedOfConcept(resolved: ResolvedEntities, concept: RegExp): ResolvedEntities['entities'] {
  let byConcept = namedCache.get(resolved);
  if (!byConcept) { byConcept = new Map(); namedCache.set(resolved, byConcept); }
  let named = byConcept.get(concept);
  if (!named) {
    named = resolved.entities.filter((e) => e.type === 'organisation' && concept.test(e.name) && /\p{Lu}/u.test(e.name[0] ?? ''));
    byConcept.set(concept, named);
  }
  return named;
}
const namedCache = new WeakMap<ResolvedEntities, Map<RegExp, ResolvedEntities['entities']>>();

export function canonicalOrigin(name: string, resolved: ResolvedEntities, options: GroupOptions = defaultGroupOptions): { id: string; name: string } {
  // "according to a Warren Police Department news release": a body's release or statement is the body's word.
  const issued = BODY_DOCUMENT.exec(name);
  if (issued) return canonicalOrigin(issued[1]!, resolved, options);
  const key = entityKey(name);
  const body = placedBody(name, resolved, options);
  if (body) return body.bare ? { id: body.id, name: name.toLowerCase() } : { id: body.id, name: body.written };
  const direct = resolved.byKey.get(key);
  if (direct) return { id: direct, name: entityById(resolved, direct)?.name ?? name };
  for (const [descriptor, concept, keep] of options.descriptorConcepts) {
    if (!descriptor.test(name)) continue;
    const named = namedOfConcept(resolved, concept);
    if (named.length === 1) return { id: named[0].id, name: keep ? name : named[0].name };
  }
  return { id: `name:${key}`, name };
}

/** A named body's document as a speaker: "Warren Police Department news release", "the FBI's statement". */
const BODY_DOCUMENT = /^(?:the\s+|a\s+)?(\p{Lu}[\p{L}.'’&\s-]{1,80}?)(?:['’]s?)?\s+(?:news\s+release|press\s+release|media\s+release|written\s+statement|statement|news\s+conference|press\s+conference)$/u;

/**
 * The one body of a place a speaker's name stands for, as origins and speakers both read it: a bare body noun ("police",
 * "Police", "the sheriff's office") in a story whose entities name exactly one such body by its place ("Troy police",
 * "Police in Troy") is that body, whatever else the finder made of the bare word; and the names of one body of one place
 * ("Troy police", "Police in Troy", "Troy Police Department") are one body. `id` is the entity id of its most mentioned
 * name, `name` that name, `written` the entity name the speaker's own words resolve to, `bare` whether they were a bare
 * noun. Null where two places keep a bare noun apart, or the name is no such body.
 */
export function placedBody(name: string, resolved: ResolvedEntities, options: GroupOptions = defaultGroupOptions): { id: string; name: string; written: string; bare: boolean } | null {
  const nameOf = (id: string) => entityById(resolved, id)?.name ?? name;
  for (const [descriptor, concept, keep] of options.descriptorConcepts) {
    if (!keep || !descriptor.test(name)) continue;
    const places = placedBodies(resolved, concept);
    // The bare noun is written as running text writes it ("Police said" and "police said" are one word).
    if (places.size === 1) { const id = [...places.values()][0]!; return { id, name: nameOf(id), written: name, bare: true }; }
  }
  const direct = resolved.byKey.get(entityKey(name));
  if (!direct) return null;
  const entity = entityById(resolved, direct);
  for (const [, concept, keep] of options.descriptorConcepts) {
    if (!keep || !entity || entity.type !== 'organisation' || !concept.test(entity.name)) continue;
    const same = placedBodies(resolved, concept).get(bodyPlace(entity.name, concept));
    if (same) return { id: same, name: nameOf(same), written: entity.name, bare: false };
  }
  return null;
}

/** Words of a body's name that tell its kind or join its place, not the place: "Police Department of the City of Troy" -> "troy". */
const BODY_KIND_WORD = /^(?:police|sheriff|sheriffs|department|dept|office|force|service|services|officers?|officials|deputies|detectives|the|of|in|for|city|pd)$/;

/** Words that name a unit inside a body: "Assault Unit", "Homicide Division", "Robbery Squad". */
const SUB_UNIT = /\b(?:unit|squad|division|bureau|section|detail|task force)\b/;

/** Words that name no place before a body's noun: a photo credit's or a page's words, determiners. */
const NO_PLACE_WORD = /^(?:buy|photo|photos|image|images|video|videos|watch|related|advertisement|file|several|another|other|some|many|more|all|both|each|local|area)$/;

/** The place a body's name qualifies it by ("Troy police", "Police in Troy", "Troy Police Department": "troy"); "" when none. */
function bodyPlace(name: string, concept: RegExp): string {
  // "Columbus Police Assault Unit", "Troy Police Homicide Division": a unit of a body is of the body's place.
  const key = entityKey(name);
  const at = SUB_UNIT.test(key) ? key.search(concept) : -1;
  return (at > 0 ? key.slice(0, at) : key).replace(concept, ' ').split(' ').filter((w) => w && !BODY_KIND_WORD.test(w)).join(' ');
}

/**
 * The named bodies of a concept (police forces, sheriff's offices) a story's entities hold, one per place they are
 * qualified by, each with the id of its most mentioned entity. Named organisations only, capitalised as a name is.
 */
function placedBodies(resolved: ResolvedEntities, concept: RegExp): Map<string, string> {
  let byConcept = placedCache.get(resolved);
  if (!byConcept) { byConcept = new Map(); placedCache.set(resolved, byConcept); }
  const known = byConcept.get(concept);
  if (known) return known;
  const best = new Map<string, { id: string; mentions: number }>();
  for (const e of namedOfConcept(resolved, concept)) {
    const place = bodyPlace(e.name, concept);
    // "Buy Photo Police", "Photos Police", "Several police": a photo credit's words or a determiner name no place.
    if (!place || place.split(' ').some((w) => NO_PLACE_WORD.test(w))) continue;
    const b = best.get(place);
    if (!b || e.mentions > b.mentions) best.set(place, { id: e.id, mentions: e.mentions });
  }
  const out = new Map([...best].map(([place, b]) => [place, b.id] as [string, string]));
  byConcept.set(concept, out);
  return out;
}
const placedCache = new WeakMap<ResolvedEntities, Map<RegExp, Map<string, string>>>();

/** The origin of the body a spokesperson speaks for: a police force or a sheriff's office as the story's other tellings name it. */
function bodyOrigin(body: string, resolved: ResolvedEntities, options: GroupOptions): { id: string; name: string } {
  const named = canonicalOrigin(body, resolved, options);
  if (!named.id.startsWith('name:')) return named;
  if (/\bpolice\b|\bPD$/i.test(body)) return canonicalOrigin('police', resolved, options);
  if (/\bsheriff/i.test(body)) return canonicalOrigin("sheriff's office", resolved, options);
  return named;
}

const PRONOUN_OR_FRAGMENT = /^(?:he|she|they|it|we|i|you|your|yours|my|me|his|her|their|its|our|them|him|who|whom|which|that|this|these|those|what|been|being|be|there|here|one|some|others?|someone|somebody|anyone|anybody|everyone|everybody|nobody|related|advertisement|photo|photos|video|raw video|image|watch|source|sources)$/i;
/** Lower-case speakers that still name a party ("police", "officials", "the sheriff's office"). */
const DESCRIPTOR = /\b(police|officials?|authorities|investigators|witnesses|spokes(?:wo)?man|spokesperson|sheriff|deput(?:y|ies)|prosecutors?|agency|ministry|service|department|office|media|government|military|army|officers?|coroner|medical examiner|residents?|neighbou?rs?|family|relatives|doctors?|hospital|firefighters|experts?|analysts?|survey|poll|report|intelligence|chief|commander|mayor|governor|president|minister|official|troopers?|agents?|fbi|court|compan(?:y|ies)|firm|familiar|airlines?|carriers?|operators?|manufacturers?|utilit(?:y|ies)|unions?|organi[sz]ers|league|club|team|school|university|college|bank|embassy|church|campaign)\b/i;

/** Words that modify a body's noun ("interior ministry", "state media", "county police", "law enforcement officials"). */
const BODY_MODIFIER = String.raw`(?:interior|health|foreign|defen[cs]e|justice|finance|education|transport|transportation|environment|agriculture|home|state|local|federal|city|county|metro|municipal|provincial|regional|national|district|village|town|township|borough|fire|rescue|emergency|law|enforcement|police|military|border|coast|civil|disaster|relief|medical|school|university|campus|transit|highway|prison|corrections|immigration|customs|intelligence|security|weather|seismology|seismological|geological|meteorological|news|government|army|navy|air|public|safety|tribal|airport|park|wildlife|sheriff['’]s|state-run|official)`;
/**
 * A lower-case body told by its modifiers and its head noun ("interior ministry", "state media", "local officials",
 * "emergency services"): one to three modifiers a body's name takes, then a body's noun; not a cut clause ("morning
 * police", "sustained what police").
 */
const BODY_PHRASE = new RegExp(String.raw`^(?:${BODY_MODIFIER}\s+){1,3}(?:ministry|ministries|agency|agencies|service|services|department|office|media|government|officials|authorities|investigators|police|institute|survey|television|tv|radio|council|committee|commission|administration|army|military|forces|guard|command|centre|center|observatory|bureau)$`);
/** The head nouns of a public body's name ("health ministry", "weather service", "election commission"). */
const INSTITUTION_HEAD = /^(?:agency|ministry|service|department|office|authority|commission|council|bureau|board|directorate|administration|centre|center|court|institute|committee|force)$/i;

const BODIES = /^(police|officials|authorities|investigators|witnesses|prosecutors|deputies|troopers|experts|analysts|officers|doctors|firefighters|residents|neighbou?rs|relatives|family|media|government|military|army|sheriff|coroner|fbi|company|companies|firm|airline|carrier|operator|manufacturer|utility|union|unions|organi[sz]ers|league|club|team|school|university|college|bank|embassy|church|campaign)$/i;

/** Whether a speaker's words can stand as an origin: no pronoun, no fragment, no number, no caption label. */
/** "No group has claimed responsibility", "nobody": a negated speaker is no one who spoke; bare "people" is no one in particular. */
export function namesNoOne(name: string): boolean {
  return /^(?:no|none|nobody|neither)\b/i.test(name.trim()) || /^(?:people|persons)$/i.test(name.trim());
}

export function isOriginName(name: string): boolean {
  const n = name.trim().replace(/^(the|a|an)\s+/i, '');
  if (!n || n.length < 2 || PRONOUN_OR_FRAGMENT.test(n)) return false;
  if (/\d/.test(n) || /^(?:at least|more than|about|some)\b/i.test(n)) return false;
  if (namesNoOne(n)) return false;
  // "According to police": the cue is not part of the name; "While", "unday after a resident": a fragment.
  if (/^according\s+to\b/i.test(n) || /^(?:while|when|after|before|as|if|but|and|or|so|because|then)$/i.test(n)) return false;
  // "local health ministry", "state emergency management agency": a lower-case body is named by its head noun, however
  // its modifiers open.
  const institution = /^\p{Ll}/u.test(n) && n.includes(' ') && !/\b(?:of|in|at|near|to|for|on|and|or|with|after|before|by|from|the|a|an)\b/i.test(n) && INSTITUTION_HEAD.test(n.split(/\s+/).at(-1)!);
  // "rebel spokesman", "hospital spokeswoman", "army commander": one who speaks for a side is a party, whatever names the side.
  const roleOfSide = /^\p{Ll}/u.test(n) && /^[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,2}\s+(?:spokes(?:wo)?man|spokesperson|spokespeople|officials?|representatives?|commanders?)$/u.test(n) && !/\b(?:of|in|at|to|for|on|and|or|with|by|from|who|which|that|than|once|more|less|also|then|when|only|just|even)\b/.test(n) && n.split(/\s+/).every((w) => w.length >= 3);
  if (roleOfSide) return true;
  // "tenants' unions", "workers' organisers": a body named by its head noun after whose it is.
  if (/^\p{Ll}[\p{Ll}-]*['’]s?\s+(?:[\p{Ll}'’-]+\s+)?\S+$/u.test(n) && BODIES.test(n.split(/\s+/).at(-1)!)) return true;
  // "a person familiar with the plans": an unnamed source described by what it knows is a party of its own.
  if (/^\p{Ll}/u.test(n) && !institution && !DESCRIPTOR.test(n.split(/\s+/)[0]) && !/^(?:the|a|an|his|her|their|its)\s/i.test(name.trim()) && !BODY_PHRASE.test(n) && !/^(?:person|people)\s+(?:familiar|close|briefed)\b/.test(n)) return false;
  // "These concerns", "Such reports": a demonstrative and common nouns are a fragment, not a party.
  if (/^(?:these|this|that|those|such|it|its|there)\s/i.test(n)) return false;
  // "Office" of "the Medical Examiner's Office": the generic noun of a body's name is a fragment of it.
  if (/^(?:Office|Department|Dept\.?|Bureau|Agency|Division|Unit|Center|Centre|Service|Services|Section|Branch)$/i.test(n)) return false;
  if (/\p{Lu}/u.test(n[0]) && !/^(?:RAW|VIDEO|PHOTO|WATCH)\b/.test(n)) return n.split(/\s+/).length <= 8 && !/\b(kilomet|miles? (north|south|east|west)|tremor|quake)\b/i.test(n);
  // A lower-case speaker names a party when it is a body ("police", "officials") or a described one ("the sheriff's office").
  const words = n.split(/\s+/);
  return BODY_PHRASE.test(n) || ((DESCRIPTOR.test(n) || institution) && words.length <= 6 && (words.length >= 2 || BODIES.test(n)));
}

/** Generic names of bodies and places, as `namesOwnOutlet` reads them: part of many outlets' hosts, never their names. */
const GENERIC_BODY = /^(?:police|sheriff|officials?|authorities|government|court|county|city|state|news|times|daily|post|herald|press|media|chicago|newyork|losangeles)$/;

/** Words of a name that tell a service of the outlet, not another party: "Sun-Times Wire", "Tribune staff". */
const OUTLET_SERVICE = /\b(?:the|wire|staff|newspaper|news\s+service|reporters?|editorial\s+board|newsroom|reported|reports?)\b|['’]s\b/gi;

/**
 * Whether a speaker names the outlet that published the article ("the Sun-Times Wire reported" on suntimes.com,
 * "the Tribune has learned" in the Chicago Tribune): a capitalised name whose letters, less a service's words, are
 * part of the outlet's name or web host.
 */
export function namesOwnOutlet(speaker: string, article: LinkArticle, byId: ReadonlyMap<string, LinkArticle>): boolean {
  if (!/\p{Lu}/u.test(speaker)) return false;
  const own = speaker.replace(OUTLET_SERVICE, ' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  // A body's generic name ("Police" in thepolicenews.net) names no outlet.
  if (own.length < 3 || GENERIC_BODY.test(own)) return false;
  const original = article.syndicatedFrom ? byId.get(article.syndicatedFrom) : undefined;
  const names = [original?.outlet ?? article.outlet, original?.url ?? article.url].filter((x): x is string => !!x);
  return names.some((n) => n.toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '').replace(/\.(?:com|org|net|co\.uk|com\.au|ca|us)\b.*$/, '').replace(/[^\p{L}\p{N}]+/gu, '').includes(own));
}

/** An article's outlet as the origin of a claim: keyed as an outlet, named by `outletName`. */
function outletAsOrigin(article: LinkArticle, byId: ReadonlyMap<string, LinkArticle>): { id: string; name: string } {
  const outlet = outletName(article, byId);
  return { id: `outlet:${entityKey(outlet)}`, name: outlet };
}

/** An article's outlet as an origin: its name, else its web host; never an article id. */
export function outletName(article: LinkArticle, byId: ReadonlyMap<string, LinkArticle>): string {
  const original = article.syndicatedFrom ? byId.get(article.syndicatedFrom) : undefined;
  const outlet = original?.outlet ?? article.outlet;
  if (outlet) return outlet;
  const url = original?.url ?? article.url;
  if (url) { try { return new URL(url).hostname.replace(/^www\./, ''); } catch { /* not a URL */ } }
  return 'an unnamed outlet';
}

interface Candidate {
  key: string;
  frame: ClaimFrame;
  claim: Claim;
  telling: Telling;
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}

/**
 * The place a group's heading names: the place its tellings tell most, when no other place is told as often, and
 * when more than one telling tells it or the group has at most two tellings. One telling's place among a dozen
 * ("an ambush by a gunman from Kansas City") does not place the story's toll.
 */
export function groupPlace(places: readonly string[], values?: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  const top = ranked[0];
  if (!top || (ranked[1] && ranked[1][1] === top[1])) return null;
  // Two tellings of two values ("three men dead at a cycle shop", "one person killed in Cayce"): the place of one does
  // not place the other's value.
  const oneValue = !values || new Set(values).size <= 1;
  return top[1] >= 2 || places.length === 1 || (places.length === 2 && oneValue) ? top[0] : null;
}

/** The telling of one claim: outlet, resolved origin, value, time and the rules that set them. */
function tellingOf(article: LinkArticle, claim: Claim, origin: { id: string; name: string }, originRule: string): Telling {
  const [s, e] = claim.sentence;
  return {
    articleId: article.id,
    outlet: article.outlet,
    published: article.published,
    origin: origin.name,
    originEntityId: origin.id,
    value: claim.value ?? null,
    unit: claim.unit ?? null,
    approx: claim.approx ?? null,
    asOf: claim.time.value,
    modality: claim.modality.value,
    negated: claim.negated,
    sentence: article.analysis.text.slice(s, e),
    span: [s, e],
    syndicatedFrom: article.syndicatedFrom,
    rules: { measure: claim.measure.rule, subject: claim.subject.rule, scope: claim.scope.rule, asOf: claim.time.rule, origin: originRule, modality: claim.modality.rule },
  };
}

export { byTime } from './lead-value.js';

/**
 * Whether a group stays out of the head of the claims list (the dossier lists it after the rest, folded):
 * told by one outlet and either a dated event, a background figure, an open-tail count (an aside,
 * attributed or not: "a victim's two children", "three campuses", "two officers took the robot"), or
 * one telling of a figure that measures nothing of the story's own (an age, a distance, a sum).
 * A count of a family's members ("two children") is folded too. Groups of the story's measures, groups
 * told by two or more outlets and attributed figures are listed.
 */
const FAMILY_NOUN = /^(?:child|children|kid|son|daughter|grandchild|grandchildren|grandson|granddaughter|sibling|brother|sister|wife|husband|parent|cousin|nephew|niece|stepchild|stepchildren)$/i;

const FAMILY_AGE = new RegExp(`^(?:${KIN_OF_AGE}):`, 'i');


export function isTrivialGroup(frame: ClaimFrame, tellings: readonly Telling[]): boolean {
  // "a sheriff's deputy who was murdered": one victim told one by one, with no count stated, is the key figure's business, not a claim to list.
  if ((frame.measure === 'killed' || frame.measure === 'injured') && tellings.every((t) => t.rules.measure.startsWith('measure/victim-described') && t.value === 1)) return true;
  // "a victim's two children", "three grandchildren": a family's size is a side detail, however often told.
  if (frame.measure.startsWith('other:') && FAMILY_NOUN.test(frame.subject)) return true;
  // "a 16-year-old son": the age of someone's relative, not of a party to the story.
  if (frame.measure === 'age' && FAMILY_AGE.test(frame.subject)) return true;
  const outlets = new Set(tellings.map((t) => t.outlet ?? t.articleId));
  if (outlets.size >= 2) return false;
  // One telling of a figure that measures nothing of the story's own (an age, a distance, a sum): an aside.
  if (tellings.length === 1 && !hasTrait(frame.measure, 'ofStory')) return true;
  if (frame.measure.startsWith('event:')) return frame.stance !== 'denial';
  if (frame.scope === 'background') return true;
  // An open-tail count told by one outlet is an aside whoever it is attributed to ("two officers took
  // the robot", "temperatures of about 28 degrees, the governor said"): only a second outlet lists it.
  return frame.measure.startsWith('other:');
}

/** The poll a result comes from: "a poll by Kathimerini", "the Focus poll", "a survey for Ethnos"; else "the poll". */
export function pollsterOf(sentence: string): string {
  const name = String.raw`((?:\p{Lu}[\p{L}'’.&-]*\s+){0,3}\p{Lu}[\p{L}'’.&-]*)`;
  const after = new RegExp(String.raw`\b(?:poll|survey),?\s+(?:published\s+|conducted\s+)?(?:by|for|in|of)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}?${name}`, 'u').exec(sentence);
  const before = new RegExp(String.raw`${name}\s+(?:\p{Ll}+\s+)?(?:poll|survey)\b`, 'u').exec(sentence);
  const found = (after?.[1] ?? before?.[1])?.replace(/^(?:A|An|The)\s+/, '').trim();
  return found && !/^(?:A|An|The|In|On|According|But|And|Another|Other|New|Opinion)$/.test(found) ? `${found} poll` : 'the poll';
}

/** A lower-case body less the relative clause that describes it: "the tenants' unions that called the protest" is "the tenants' unions". */
function withoutRelativeClause(name: string): string {
  const m = /^((?:the\s+)?\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}?)\s+(?:that|who|which)\s+\p{Ll}/u.exec(name);
  return m && DESCRIPTOR.test(m[1]!) ? m[1]! : name;
}

/** Groups a story's claims by frame; each group carries its tellings, independent origins and verdict. */
export function groupClaims(articles: readonly LinkArticle[], resolved: ResolvedEntities, options: GroupOptions = defaultGroupOptions, storyCases?: WordCase): ClaimGroup[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const candidates: Candidate[] = [];
  // `storyCases`: the articles' word cases when the caller has counted them already (`storyWordCase` of these texts).
  const cases = storyCases ?? storyWordCase(articles.map((a) => a.analysis.text));
  const bodies = spokespeople(articles.map((a) => a.analysis.text));
  const teams = teamNames(articles.map((a) => a.analysis.text));
  for (const article of articles) {
    for (const claim of article.analysis.claims) {
      // Captions tell what a photo shows: no claim a reader compares.
      if (article.analysis.sentences[claim.sentenceIndex]?.kind === 'caption') continue;
      // Nor does the page's furniture ("We will continue to follow this developing story ... at Noon on Tuesday").
      const line = article.analysis.sentences[claim.sentenceIndex]?.text ?? '';
      if (isFurniture(line)) continue;
      // A line that never ends as a sentence tells no dated event of the article's own: a label of the page
      // ("UPDATE (11/23/16 at 4 p.m.):"), a link to another story. (Its figures stay: a paragraph may lose its full stop.)
      if (claim.value === undefined && isUnended(line)) continue;
      // "the tenants' unions that called the protest": a body described by a relative clause is the body.
      const spoken = claim.origin.rule === 'origin/outlet-unattributed' ? claim.origin.value : withoutRelativeClause(claim.origin.value);
      let origin = canonicalOrigin(spoken, resolved, options);
      let originRule = claim.origin.rule;
      // A pronoun's role names the person the text names in it; a described source, a clause or a dateline is no origin (speaker-names.ts).
      const judged = claim.origin.rule === 'origin/outlet-unattributed' ? null : judgeSpeakerName(spoken, { cases, texts: [article.analysis.text], entity: !origin.id.startsWith('name:') });
      if (judged?.kind === 'name' && judged.name !== spoken) origin = canonicalOrigin(judged.name, resolved, options);
      // An unattributed claim's origin is its outlet (a syndicated copy's, the original's); so is a
      // claim whose speaker is a pronoun or a fragment.
      // "his former chief of staff, Dana Reyes": a role told by a pronoun stands for the name written in it (not for a
      // name the text puts before the role elsewhere: "his own business, Boundaryline Surveys, his sister said").
      const namedIn = judged?.kind === 'name' && judged.name !== spoken && spoken.includes(judged.name);
      if (claim.origin.rule === 'origin/outlet-unattributed' || !isOriginName(namedIn ? judged.name : spoken) || (judged !== null && (judged.kind !== 'name' || !isOriginName(judged.name)))) {
        origin = outletAsOrigin(article, byId);
        if (claim.origin.rule !== 'origin/outlet-unattributed') originRule = 'origin/outlet-for-unnamed-speaker';
      }
      // "the Sun-Times Wire reported" in a Sun-Times article: the outlet's own word, one origin with its unattributed claims.
      if (!origin.id.startsWith('outlet:') && namesOwnOutlet(claim.origin.value, article, byId)) {
        origin = outletAsOrigin(article, byId);
        originRule = 'origin/outlet-names-itself';
      }
      // "68 percent, a Kathimerini poll found": a poll's result is the pollster's word, however many outlets print it.
      if (claim.measure.value === 'poll-share' && (originRule === 'origin/outlet-unattributed' || originRule === 'origin/outlet-for-unnamed-speaker')) {
        const [s, e] = claim.sentence;
        const poll = pollsterOf(article.analysis.text.slice(s, e));
        origin = { id: 'poll', name: poll };
        originRule = 'origin/pollster';
      }
      // "police spokesman Frank Preciado": a spokesperson's word is the body's, one origin with it.
      const body = origin.id.startsWith('outlet:') ? null : bodyOfSpokesperson(origin.name, bodies);
      if (body) origin = bodyOrigin(body, resolved, options);
      const frame = frameOf(teamFolded(claim, teams), origin.id, options);
      // Ages of one person told under two spellings of the name are one subject.
      if (frame.measure === 'age' && claim.subject.rule.startsWith('subject/person-of-age')) {
        frame.subject = claim.scope.rule === 'scope/age-to-come' ? `to-come:${personKey(claim.subject.value, null)}` : personKey(claim.subject.value, null);
      }
      candidates.push({ key: frameKey(frame), frame, claim, telling: tellingOf(article, claim, origin, originRule) });
    }
  }
  othersAddedToHurt(candidates);
  ofAnotherGame(candidates);
  datedOnEventDay(candidates);
  mergeAges(candidates, articles.map((a) => a.analysis.text));
  agesOfThen(candidates);
  verbKeyedCounts(candidates);
  loneBidder(candidates);
  loneStatisticOwner(candidates);
  lonePersonCharged(candidates);
  unqualifiedStatistic(candidates);
  unownedTerms(candidates);
  const buckets = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = buckets.get(c.key);
    if (list) list.push(c);
    else buckets.set(c.key, [c]);
  }
  joinUnnamedAmounts(buckets);
  joinUnplacedCrowds(buckets);
  splitAmounts(buckets);
  splitUndatedBackgroundTolls(buckets);
  joinUndatedBackground(buckets);
  joinOthersOfSameCount(buckets);
  splitUnownedStatistics(buckets);
  joinScoreSides(buckets);
  joinStintOfWhole(buckets);
  const groups: ClaimGroup[] = [];
  for (const [key, members] of buckets) {
    const { frame } = members[0];
    const tellings = inTimeOrder(members.map((m) => m.telling));
    const verdict = decideVerdict(tellings, frame);
    // The value that leads is the one the heading leads with: the latest of a running count, else the value most told.
    const leading = verdict.verdict === 'updated' ? verdict.latest : mostToldTelling(tellings, frame) ?? verdict.latest;
    // An age is named by the person's name where one is told, else by the words that describe the person.
    const ofAge = frame.measure === 'age' ? members.filter((m) => m.claim.subject.rule.startsWith('subject/person-of-age')) : [];
    const described = frame.measure === 'age' ? members.filter((m) => m.claim.subject.rule === 'subject/described-of-age' || m.claim.subject.rule === 'subject/accused-of-age') : [];
    // An amount of a named kind ("amount stolen", "reward") that amounts told by their currency alone joined is named by its kind.
    const named = frame.measure === 'money' && frame.subject !== 'amount' ? members.filter((m) => !/^[A-Z]{3}$/.test(m.claim.subject.value)) : [];
    // A game's side is named by the tellings that name both sides ("North Carolina's points against Evansville").
    const bothSides = frame.measure === 'other:points' ? members.filter((m) => /['’]s?\s+points\s+against\s/.test(m.claim.subject.value)) : [];
    const subject = mostCommon((ofAge.length ? ofAge : described.length ? described : named.length ? named : bothSides.length ? bothSides : members).map((m) => m.claim.subject.value));
    // "Three other children were in the apartment": presence in a place reads as a deployment only for troops; of anyone else it names no act.
    const predicate = mostCommon(members.map((m) => (m.claim.predicate.rule === 'predicate/presence-in-place' && frame.measure !== 'troops' ? 'be' : m.claim.predicate.value)));
    const place = groupPlace(members.map((m) => m.claim.place.value ?? ''), members.map((m) => JSON.stringify(m.claim.value ?? null)));
    groups.push({
      id: '',
      key,
      frame,
      trivial: isTrivialGroup(frame, tellings),
      statement: statementOf(frame, subject, predicate, place, tellings, verdict.verdict, mostToldTelling(tellings, frame)),
      subject,
      predicate,
      unitClass: members.find((m) => m.claim.unitClass)?.claim.unitClass ?? null,
      place,
      verdict: verdict.verdict,
      verdictRule: verdict.rule,
      explanation: verdict.explanation,
      independentOrigins: verdict.origins.length,
      origins: verdict.origins,
      latestValue: leading?.value ?? null,
      related: [],
      tellings,
    });
  }
  // The story's own measures first, trivia last; most-told first; stable ids follow that order.
  groups.sort((a, b) => Number(a.trivial) - Number(b.trivial) || b.tellings.length - a.tellings.length || b.independentOrigins - a.independentOrigins || a.key.localeCompare(b.key));
  groups.forEach((g, i) => { g.id = `g${i + 1}`; });
  linkRelated(groups);
  return groups;
}

/** Measures of a game's play: points, counts of plays, yards, shooting shares; not a standing, which holds across games. */
const GAME_PLAY = new Set(['other:score', 'other:points', 'other:count', 'other:yards', 'other:percent']);

/**
 * "Hansbrough had 24 points ... in a 108-70 rout of Charleston" in a round-up of the night's games, where the story's game
 * ended 91-73: figures of play told after another game's score, in an article that tells such another, are of that game,
 * background to the story's, never rivals of its figures. The story's game is the final score told by the most articles
 * (two at least, and more than any other); a round-up is an article that tells two other games' scores at least; a
 * figure's game is the last score its article tells at or before its sentence.
 */
function ofAnotherGame(candidates: Candidate[]): void {
  const pairOf = (c: Candidate) => c.claim.subject.rule === 'subject/score-side' && c.frame.measure === 'other:points' && typeof c.telling.value === 'number';
  // Each article's scores by sentence: the two sides' points told in one sentence.
  const scores = new Map<string, Map<number, number[]>>();
  for (const c of candidates) {
    if (!pairOf(c)) continue;
    const bySentence = scores.get(c.telling.articleId) ?? new Map<number, number[]>();
    scores.set(c.telling.articleId, bySentence);
    bySentence.set(c.claim.sentenceIndex, [...(bySentence.get(c.claim.sentenceIndex) ?? []), c.telling.value as number]);
  }
  const key = (values: number[]) => (values.length === 2 ? [...values].sort((a, b) => b - a).join('-') : null);
  const told = new Map<string, Set<string>>();
  for (const [article, bySentence] of scores) for (const values of bySentence.values()) {
    const k = key(values);
    if (k) told.set(k, (told.get(k) ?? new Set()).add(article));
  }
  const ranked = [...told].map(([k, a]) => [k, a.size] as const).sort((a, b) => b[1] - a[1]);
  if (ranked.length < 2 || ranked[0]![1] < 2 || ranked[0]![1] === ranked[1]![1]) return;
  const game = ranked[0]![0];
  for (const c of candidates) {
    if (c.frame.scope !== 'event' || !GAME_PLAY.has(c.frame.measure)) continue;
    // Only a round-up tells other games so: two scores of games not the story's at least ("Bush was hurt in a 27-24 loss at
    // Chicago" in a story of his season tells one game before, and his season's figures after it are no game's).
    const bySentence = scores.get(c.telling.articleId);
    if (!bySentence || new Set([...bySentence.values()].map(key).filter((k) => k !== null && k !== game)).size < 2) continue;
    const before = [...bySentence.keys()].filter((si) => si <= c.claim.sentenceIndex && key(bySentence.get(si)!) !== null);
    if (before.length === 0) continue;
    if (key(bySentence.get(Math.max(...before))!) === game) continue;
    c.frame = { ...c.frame, scope: 'background' };
    c.key = frameKey(c.frame);
    c.telling = { ...c.telling, rules: { ...c.telling.rules, scope: 'scope/another-game' } };
  }
}

/**
 * "The March 12 shooting left two dead", told in a follow-up weeks later: a figure set in the past by its date alone
 * (`scope/time-before-publication`) is the story's own when the story tells the same measure and subject of its event
 * for a day at most `SAME_EVENT_DAYS` from that date. A figure dated to another time than any the story tells of its
 * event (a shooting at the same bar two years before) stays background.
 */
function datedOnEventDay(candidates: Candidate[]): void {
  const eventDays = new Map<string, number[]>();
  const add = (key: string, day: number) => {
    const list = eventDays.get(key);
    if (list) list.push(day);
    else eventDays.set(key, [day]);
  };
  for (const c of candidates) {
    if (c.frame.scope !== 'event' || c.frame.measure === 'age' || c.frame.measure.startsWith('event:') || !c.telling.asOf) continue;
    const day = Date.parse(c.telling.asOf.slice(0, 10));
    if (Number.isNaN(day)) continue;
    add(c.key, day);
    const harm = harmKey(c.frame);
    if (harm) add(harm, day);
  }
  const DAY = 86_400_000;
  for (const c of candidates) {
    if (c.frame.scope !== 'background' || c.claim.scope.rule !== 'scope/time-before-publication' || !c.telling.asOf) continue;
    const frame: ClaimFrame = { ...c.frame, scope: 'event', when: null };
    const key = frameKey(frame);
    // A month alone ("last month": "2016-08") spans its days; a day is itself.
    const month = /^\d{4}-\d{2}$/.test(c.telling.asOf);
    const from = Date.parse(month ? `${c.telling.asOf}-01` : c.telling.asOf.slice(0, 10));
    if (Number.isNaN(from)) continue;
    const to = month ? Date.UTC(Number(c.telling.asOf.slice(0, 4)), Number(c.telling.asOf.slice(5, 7)), 1) - DAY : from;
    const near = (d: number) => d >= from - SAME_EVENT_DAYS * DAY && d <= to + SAME_EVENT_DAYS * DAY;
    // "shot four people in a bar last month": a count of the harmed of a month when the story tells its harmed (killed,
    // hurt or shot) is the story's own, whichever of those it counts.
    const harm = harmKey(frame);
    if (!(eventDays.get(key) ?? []).some(near) && !(harm && (eventDays.get(harm) ?? []).some(near))) continue;
    c.frame = frame;
    c.key = key;
    c.telling = { ...c.telling, rules: { ...c.telling.rules, scope: 'scope/dated-on-event-day' } };
  }
}

/** The key of the harmed of a frame's subject, whatever harm it counts (killed, hurt, shot); null for other measures. */
function harmKey(f: ClaimFrame): string | null {
  return hasTrait(f.measure, 'harm') ? `harm|${f.subject}|${f.stance}` : null;
}

/**
 * "One person was wounded ... Three other people were also struck": people an article tells hurt besides those it
 * counted in an earlier sentence are added to that count; the article's hurt are both (4), never 1 beside a rival 4.
 * Only where the article tells one value of the hurt before the others, none after them, and one count of others.
 */
function othersAddedToHurt(candidates: Candidate[]): void {
  const byArticle = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.frame.scope !== 'event' || typeof c.telling.value !== 'number' || c.telling.value <= 0 || c.frame.stance !== 'actual') continue;
    const list = byArticle.get(c.telling.articleId);
    if (list) list.push(c);
    else byArticle.set(c.telling.articleId, [c]);
  }
  for (const list of byArticle.values()) {
    const others = list.filter((c) => (c.frame.measure === 'injured' || c.frame.measure === 'shot') && isAddedOthers(c.telling));
    if (others.length !== 1) continue;
    const added = others[0];
    const told = (c: Candidate) => !c.telling.rules.measure.startsWith('measure/victim-described') && !c.telling.rules.measure.startsWith('measure/no-one');
    // Not a count told as others already ("left one man dead and three others injured. Three other men were also
    // wounded."): those others are the same ones (`othersAfterPrevious` in the analysis reads one sentence so).
    const counts = list.filter((c) => c !== added && c.frame.measure === 'injured' && c.frame.subject === 'people' && told(c) && !isAddedOthers(c.telling) && !isPartTelling(c.telling) && !OTHERS_SUBJECT.test(c.claim.subject.value));
    if (counts.length === 0 || counts.some((c) => c.claim.sentenceIndex >= added.claim.sentenceIndex) || new Set(counts.map((c) => c.telling.value)).size !== 1) continue;
    for (const c of counts) {
      const value = (c.telling.value as number) + (added.telling.value as number);
      c.telling = { ...c.telling, value, rules: { ...c.telling.rules, measure: `${c.telling.rules.measure}+others-also` } };
    }
  }
}

/** Words that tell of a suspect, and words that tell of a victim (by death or wounds), in a sentence that tells an age. */
const SUSPECT_WORDS = /\b(?:suspects?|gunm[ae]n|shooters?|arrested|charged|accused)\b/i;
/** Words of harm a victim is told by; `GROUP_HARMED` reads a harm done to people with the shot and the struck too. */
const HARM_WORDS = String.raw`dead|died|killed|slain|wounded|injured|hospitali[sz]ed`;
const VICTIM_WORDS = new RegExp(String.raw`\b(?:${HARM_WORDS})\b`, 'i');
/** The noun of a suspect an age is told of ("a 17-year-old suspect", "the 19-year-old gunman"). */
const SUSPECT_NOUN = /\b(?:suspects?|gunm[ae]n|shooters?|attackers?|assailants?|robbers?)$/i;
/**
 * Whether a sentence tells the age as a suspect's named later: "The suspect ... has been identified by police as a
 * 17-year-old boy". (An age whose own words tell it held or charged, "a 13-year-old boy has been charged", is read so by
 * the claims pass: `subject/accused-of-age`.)
 */
function suspectOfAge(sentence: string, value: Telling['value']): boolean {
  if (typeof value !== 'number') return false;
  return suspectAgePattern(value).test(sentence);
}
/** The pattern of `suspectOfAge` for one age, made once per age a story asks of (not once per telling). */
function suspectAgePattern(value: number): RegExp {
  return suspectAgeCache.get(value, () => new RegExp(String.raw`\b(?:suspects?|gunm[ae]n|shooters?)\b[^.;]{0,60}?\b(?:is|was|as)\s+an?\s+${value}[\s-]*year[\s-]*old\b`, 'i'));
}
const suspectAgeCache = new BoundedCache<number, RegExp>(256);
/** Words of a harm done to people told in a sentence: "were shot", "killed", "wounded", "opening fire on the four men". */
const GROUP_HARMED = new RegExp(String.raw`\b(?:${HARM_WORDS}|shot|hurt|struck|hit|(?:open(?:ed|ing|s)?|fir(?:ed|ing))\s+(?:fire\s+)?(?:on|at|into))\b`, 'i');
/** A sentence that tells of a victim and of no suspect. */
const toldAsVictim = (sentence: string) => VICTIM_WORDS.test(sentence) && !SUSPECT_WORDS.test(sentence);

/**
 * An age told as of another time ("Then 67, Felt celebrated", "in 2005, at the age of 91") is of that time: two such
 * ages of one person are two times of one life, each its own figure, never rivals.
 */
function agesOfThen(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.frame.measure !== 'age' || c.claim.scope.rule !== 'scope/age-told-then' || !c.frame.subject.startsWith('person:')) continue;
    c.frame = { ...c.frame, subject: `${c.frame.subject}:then:${JSON.stringify(c.telling.value)}` };
    c.key = frameKey(c.frame);
  }
}

/**
 * Ages of one person told in different ways become one subject: names with the same last name and
 * the same or no first name ("Comeaux", "Arcade Joseph Comeaux Jr."), names told with the same age
 * that share a word ("Katherine Gomes, 61", "Kathryn Gomes, 61", "Katherine, 61": spellings of one
 * person), and an unnamed age ("a 49-year-old") joins the one named person of that age when exactly
 * one is. Different first names at different ages stay apart (a mother and her son share a last name).
 */
function mergeAges(candidates: Candidate[], texts: readonly string[]): void {
  // (An age still to come, "who turns 29 in April", is keyed apart by claim-frame.ts and joins no age told now.)
  const ages = candidates.filter((c) => c.frame.measure === 'age' && !c.frame.subject.startsWith('to-come:'));
  // "The free-agent first baseman will be 29 on April 11": an unnamed age still to come is the only one named with that value.
  const toCome = candidates.filter((c) => c.frame.measure === 'age' && c.frame.subject.startsWith('to-come:'));
  for (const c of toCome) {
    if (c.frame.subject.startsWith('to-come:person:')) continue;
    const names = new Set(toCome.filter((t) => t.frame.subject.startsWith('to-come:person:') && JSON.stringify(t.telling.value) === JSON.stringify(c.telling.value)).map((t) => t.frame.subject));
    if (names.size === 1) { c.frame.subject = [...names][0]!; c.key = frameKey(c.frame); }
  }
  const named = ages.filter((c) => c.frame.subject.startsWith('person:'));
  const parts0 = (subject: string) => subject.slice('person:'.length).split(' ');
  const parts = (c: Candidate) => parts0(c.frame.subject);
  const years = (c: Candidate) => (c.telling.value === null ? null : Array.isArray(c.telling.value) ? c.telling.value : [c.telling.value, c.telling.value]);
  // Ages of one person told at two times differ by a year or two ("38, 39 at the trial"); a father's and his son's do not.
  const agree = (a: Candidate, b: Candidate) => {
    const x = years(a);
    const y = years(b);
    return x === null || y === null || (x[0] - SAME_PERSON_YEARS <= y[1] && y[0] - SAME_PERSON_YEARS <= x[1]);
  };
  // "Jamick Dakota Corley" and "Jamick Dakota Corely": a full name of three words or more told with its last name
  // misspelt by one letter (one changed, added, dropped, or two swapped) is the same person, named as most tellings spell it.
  const spellings = new Map<string, number>();
  for (const c of named) spellings.set(c.frame.subject, (spellings.get(c.frame.subject) ?? 0) + 1);
  for (const [a, na] of spellings) {
    for (const [b, nb] of spellings) {
      if (a === b || na < nb || (na === nb && a > b)) continue;
      const pa = parts0(a);
      const pb = parts0(b);
      if (pa.length < 2 || pa.length !== pb.length || pa.slice(0, -1).join(' ') !== pb.slice(0, -1).join(' ')) continue;
      if (Math.min(pa.at(-1)!.length, pb.at(-1)!.length) < 4 || !oneEditApart(pa.at(-1)!, pb.at(-1)!)) continue;
      // The key keeps a first and a last name: the names as written must agree in all their other words, three or more.
      const givenOf = (subject: string) => new Set(named.filter((c) => c.frame.subject === subject).map((c) => c.claim.subject.value.trim().split(/\s+/)).filter((w) => w.length >= 3).map((w) => w.slice(0, -1).join(' ').toLowerCase()));
      const givenB = givenOf(b);
      if (![...givenOf(a)].some((g) => givenB.has(g))) continue;
      for (const c of named) if (c.frame.subject === b) c.frame.subject = a;
    }
  }
  // "Antonio Rucker, 1" beside "Antonio Rucker Jr., 1": a full name told without its generation is the one told with it,
  // where only one generation of the name is told and the ages agree (a father's and his son's do not).
  const generations = new Map<string, string[]>();
  for (const c of named) {
    const p = parts(c);
    if (p.length >= 3 && GENERATION.test(p.at(-1)!)) {
      const base = `person:${p.slice(0, -1).join(' ')}`;
      if (!generations.get(base)?.includes(c.frame.subject)) generations.set(base, [...(generations.get(base) ?? []), c.frame.subject]);
    }
  }
  for (const c of named) {
    const with_ = generations.get(c.frame.subject);
    if (with_?.length === 1 && named.filter((t) => t.frame.subject === with_[0]).every((t) => agree(t, c))) c.frame.subject = with_[0]!;
  }
  // Full names (first and last) first: a last name alone joins the only full name that ends with it and is
  // told with an age that agrees ("Reeves, 30" is not "2-year-old Jordan Reeves", his son).
  const fullNamed = new Map<string, Candidate[]>();
  for (const c of named) if (parts(c).length >= 2) fullNamed.set(c.frame.subject, [...(fullNamed.get(c.frame.subject) ?? []), c]);
  for (const c of named) {
    const p = parts(c);
    if (p.length !== 1) continue;
    const matches = [...fullNamed].filter(([name, told]) => parts0(name).at(-1) === p[0] && told.some((t) => agree(t, c)));
    if (matches.length === 1) c.frame.subject = matches[0][0];
  }
  // A person's age dated to another time is still the story's where the same person's age is told in the
  // story's own time, or where two articles or more name the person (the girl whose killing a trial is about);
  // a person of another case told as background is named in one.
  const articlesNaming = new Map<string, number>();
  const namedIn = (subject: string) => {
    const last = parts0(subject).at(-1) ?? '';
    if (!articlesNaming.has(last)) {
      const re = new RegExp(String.raw`\b${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'i');
      articlesNaming.set(last, last.length > 2 ? texts.filter((t) => re.test(t)).length : 0);
    }
    return articlesNaming.get(last) ?? 0;
  };
  const toStory = () => {
    const told = new Set(named.filter((c) => c.frame.scope === 'event').map((c) => c.frame.subject));
    // (Not an age told as the age then: "in 2005, at the age of 91".)
    for (const c of named) if (c.frame.scope === 'background' && c.claim.scope.rule !== 'scope/age-told-then' && (told.has(c.frame.subject) || namedIn(c.frame.subject) >= 2)) c.frame.scope = 'event';
  };
  toStory();
  const valueKey = (c: Candidate) => `${c.frame.scope}|${JSON.stringify(c.telling.value)}`;
  // Names told with the same age that share a word are one person (`age/same-age-shared-name`).
  const byValue = new Map<string, Candidate[]>();
  for (const c of named) byValue.set(valueKey(c), [...(byValue.get(valueKey(c)) ?? []), c]);
  for (const list of byValue.values()) {
    const names = [...new Set(list.map((c) => c.frame.subject))].sort((a, b) => parts0(b).length - parts0(a).length || b.length - a.length || (a < b ? -1 : 1));
    const root = new Map(names.map((n) => [n, n]));
    const find = (n: string): string => { let r = n; while (root.get(r) !== r) r = root.get(r)!; return r; };
    for (let i = 0; i < names.length; i++) {
      for (let j = 0; j < i; j++) {
        const a = new Set(parts0(names[i]));
        if (parts0(names[j]).some((w) => w.length > 2 && a.has(w))) { const ri = find(names[i]); const rj = find(names[j]); if (ri !== rj) root.set(ri, rj); }
      }
    }
    for (const c of list) c.frame.subject = find(c.frame.subject);
  }
  toStory();
  // An unnamed person's age: "the 4-year-old" is the only 4-year-old the words describe ("a 4-year-old girl"), and
  // either is the only person named with that age in the same time.
  const unnamed = ages.filter((c) => !c.frame.subject.startsWith('person:') && !FAMILY_AGE.test(c.frame.subject));
  const kinds = new Map<string, Set<string>>();
  // Where the words describe no male or female of the age, the one person they describe otherwise ("a 15-year-old is in
  // custody" is "the 15-year-old suspect").
  const neutral = new Map<string, Set<string>>();
  for (const c of unnamed) if (/^described-(?:male|female):/.test(c.frame.subject)) kinds.set(valueKey(c), (kinds.get(valueKey(c)) ?? new Set()).add(c.frame.subject));
  for (const c of unnamed) if (/^described:/.test(c.frame.subject)) neutral.set(valueKey(c), (neutral.get(valueKey(c)) ?? new Set()).add(c.frame.subject));
  // One held or charged ("A 17-year-old was arrested": `described:accused:17`) is never one told as a victim ("A 17-year-old
  // was found dead"), whose words tell no one else.
  const accusedKind = (subject: string) => subject.includes(':accused:');
  for (const c of unnamed) {
    if (/^described(?:-(?:male|female))?:/.test(c.frame.subject)) continue;
    const victim = toldAsVictim(c.telling.sentence);
    const pick = (set: Set<string> | undefined) => (set ? [...set].filter((k) => !(victim && accusedKind(k))) : []);
    const kind = kinds.has(valueKey(c)) ? pick(kinds.get(valueKey(c))) : pick(neutral.get(valueKey(c)));
    if (kind.length === 1) c.frame.subject = kind[0]!;
  }
  // "the 8-year-old fired the rifle" beside "an 8-year-old boy": words that tell no sex join the one male or female told
  // with that age; not "shot by another 5-year-old" beside "a 5-year-old girl", another person by its own words.
  for (const c of unnamed) {
    const kind = kinds.get(valueKey(c));
    // (The accused joins only the accused, and one told as a victim never the accused.)
    if (/^described:/.test(c.frame.subject) && kind?.size === 1 && accusedKind(c.frame.subject) === accusedKind([...kind][0]!) && !ANOTHER_OF_AGE.test(c.telling.sentence)) c.frame.subject = [...kind][0]!;
  }
  const namedByValue = new Map<string, Set<string>>();
  for (const c of named) namedByValue.set(valueKey(c), (namedByValue.get(valueKey(c)) ?? new Set()).add(c.frame.subject));
  // A described person's sex must not clash with the named person's, as the sentences that tell the name's age read
  // ("a 25-year-old woman" is not "Marcus Hill, 25, ... his car").
  const sexOfNamed = new Map<string, 'male' | 'female' | null>();
  const sexOf = (subject: string) => {
    if (!sexOfNamed.has(subject)) sexOfNamed.set(subject, sexOfSentences(named.filter((c) => c.frame.subject === subject).map((c) => c.telling.sentence), subject.slice('person:'.length)));
    return sexOfNamed.get(subject) ?? null;
  };
  for (const c of unnamed) {
    // "202 of the candidates are under 45": an age told as a bound is a threshold of a group, never one person's age.
    if (c.telling.approx !== null && c.telling.approx !== 'about') continue;
    const people = namedByValue.get(valueKey(c));
    if (!people || people.size !== 1) continue;
    const person = [...people][0];
    const kind = /^described-(male|female):/.exec(c.frame.subject)?.[1];
    const sex = kind ? sexOf(person) : null;
    if (kind && sex && sex !== kind) continue;
    // One of a group ("two sisters, ages 12 and 13, said they were near") is a named victim of that age only where its own
    // sentence tells the group harmed too ("Two brothers, ages 11 and 16, were shot"): a group's words say less of who is meant.
    if (c.claim.subject.rule === 'subject/one-of-group-of-age' && !GROUP_HARMED.test(c.telling.sentence) && named.some((n) => n.frame.subject === person && GROUP_HARMED.test(n.telling.sentence))) continue;
    // "a 17-year-old suspect" is not the 17-year-old the story tells dead ("found 17-year-old Jahleel Munnings ... dead");
    // "arrested a suspect in the death of a 5-year-old boy" tells the boy's age.
    if ((SUSPECT_NOUN.test(c.claim.subject.value) || c.claim.subject.rule === 'subject/accused-of-age' || suspectOfAge(c.telling.sentence, c.telling.value)) && named.filter((n) => n.frame.subject === person).every((n) => toldAsVictim(n.telling.sentence))) continue;
    c.frame.subject = person;
  }
  // An unnamed person's age dated to another time is the story's when the story tells the same person's age
  // for that time (a later article dating the event: "On June 23, a 4-year-old girl was shot").
  const eventTimes = new Map<string, string[]>();
  for (const c of ages) if (c.frame.scope === 'event') eventTimes.set(c.frame.subject, [...(eventTimes.get(c.frame.subject) ?? []), c.telling.asOf ?? c.telling.published ?? '']);
  for (const c of unnamed) {
    if (c.frame.scope !== 'background' || c.frame.subject.startsWith('person:')) continue;
    const when = c.telling.asOf;
    if (when && (eventTimes.get(c.frame.subject) ?? []).some((t) => t && Math.abs(Date.parse(t.slice(0, 10)) - Date.parse(when.slice(0, 10))) <= SAME_EVENT_DAYS * 86_400_000)) c.frame.scope = 'event';
  }
  for (const c of ages) c.key = frameKey(c.frame);
}

const MALE_NOUN = String.raw`(?:man|boy|male|father|son|brother|husband|boyfriend|grandfather)`;
const FEMALE_NOUN = String.raw`(?:woman|girl|female|mother|daughter|sister|wife|girlfriend|grandmother)`;
const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The sex the sentences telling a named person's age give them: a noun in apposition to the name ("Marcus
 * Hill, a 25-year-old man", "10-year-old girl Kathina Thomas"), or the first pronoun of a sentence the name
 * opens ("Marcus Hill, 25, was shot while he sat"). One sex told only, else unknown.
 */
export function sexOfSentences(sentences: readonly string[], name: string): 'male' | 'female' | null {
  // Names are keyed in lower case; the text writes them capitalised.
  const word = name.trim().split(/\s+/).at(-1) ?? '';
  const written = word.charAt(0).toUpperCase() + word.slice(1);
  const last = escapeRe(written);
  if (!last) return null;
  const seen = new Set<'male' | 'female'>();
  // Every pattern holds the name's word, matched less case at most: a sentence of an ASCII word that does not hold it so
  // is passed over (under "iu" only "ſ" and the Kelvin sign stand for an ASCII letter other than its two cases).
  const folded = /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : null;
  // A word without surrogates is found by a search for it, and the patterns around it are made once for all names.
  const plain = !/[\ud800-\udfff]/.test(written);
  let writings: RegExp | undefined;
  for (const s of sentences) {
    if (folded !== null && !s.toLowerCase().replace(/\u017f/g, 's').includes(folded)) continue;
    let opens = false;
    if (plain) {
      // `after`: the word, less case, after a word boundary, then the rest of the pattern where it ends.
      writings ??= new RegExp(String.raw`\b${last}`, 'giu');
      writings.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = writings.exec(s))) {
        for (const { sex, re } of AFTER_NAME) {
          re.lastIndex = m.index + m[0].length;
          if (re.test(s)) seen.add(sex);
        }
        writings.lastIndex = m.index + 1;
      }
      // `before` and `opensWith`: the word as written, a word boundary after it, and what the patterns want before it.
      for (let q = s.indexOf(written); q >= 0; q = s.indexOf(written, q + 1)) {
        WORD_BOUNDARY.lastIndex = q + written.length;
        if (!WORD_BOUNDARY.test(s)) continue;
        for (const { sex, re } of BEFORE_NAME) {
          re.lastIndex = q;
          if (re.test(s)) seen.add(sex);
        }
        OPENING_BEFORE_NAME.lastIndex = q;
        if (!opens && OPENING_BEFORE_NAME.test(s)) opens = true;
      }
    } else {
      const { bySex, opensWith } = sexPatterns(last);
      for (const { sex, after, before } of bySex) if (after.test(s) || before.test(s)) seen.add(sex);
      opens = opensWith.test(s);
    }
    const pronoun = opens ? /\b(he|him|his|she|her)\b/i.exec(s)?.[1].toLowerCase() : undefined;
    if (pronoun) seen.add(/^(?:he|him|his)$/.test(pronoun) ? 'male' : 'female');
  }
  return seen.size === 1 ? [...seen][0] : null;
}

const SEX_NOUNS = [['male', MALE_NOUN], ['female', FEMALE_NOUN]] as const;

/**
 * The patterns of a name's last word (`last`, escaped and capitalised): a noun of a sex in apposition after it ("Marcus
 * Hill, a 25-year-old man") or before it ("10-year-old girl Kathina Thomas"), and the word opening a sentence.
 */
function sexPatternsOf(last: string): SexPatterns {
  return {
    bySex: SEX_NOUNS.map(([sex, noun]) => ({
      sex,
      after: new RegExp(String.raw`\b${last}${AFTER_NAME_SOURCE(noun)}`, 'iu'),
      before: new RegExp(String.raw`${BEFORE_NAME_SOURCE(noun)}${last}\b`, 'u'),
    })),
    opensWith: new RegExp(String.raw`${OPENING_BEFORE_NAME_SOURCE}${last}\b`, 'u'),
  };
}
const AFTER_NAME_SOURCE = (noun: string) => String.raw`\b,\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+(?:[\p{L}\d-]+\s+){0,2}?${noun}\b`;
const BEFORE_NAME_SOURCE = (noun: string) => String.raw`\b${noun}\s*,?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}`;
const OPENING_BEFORE_NAME_SOURCE = String.raw`^\W*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}`;
/**
 * The same patterns without the name, made once (a pattern of letter classes less case costs about a millisecond to make):
 * what follows the word, tried where it ends; what precedes it, as a look-behind tried where it starts.
 */
const AFTER_NAME = SEX_NOUNS.map(([sex, noun]) => ({ sex, re: new RegExp(AFTER_NAME_SOURCE(noun), 'iuy') }));
const BEFORE_NAME = SEX_NOUNS.map(([sex, noun]) => ({ sex, re: new RegExp(String.raw`(?<=${BEFORE_NAME_SOURCE(noun)})`, 'uy') }));
const OPENING_BEFORE_NAME = new RegExp(String.raw`(?<=${OPENING_BEFORE_NAME_SOURCE})`, 'uy');
const WORD_BOUNDARY = /\b/uy;

interface SexPatterns {
  bySex: { sex: 'male' | 'female'; after: RegExp; before: RegExp }[];
  opensWith: RegExp;
}

/** The patterns of a word with surrogates, made once per word. */
function sexPatterns(last: string): SexPatterns {
  return sexPatternCache.get(last, sexPatternsOf);
}
const sexPatternCache = new BoundedCache<string, SexPatterns>(256);

/** Years by which two ages of one person may differ in a story (told at the event and at a trial later). */
/** Plural capitalised words after a place that name no team: "the United States", "the Los Angeles Times". */
const NOT_NICKNAME = /^(?:States|Times|News|Services|Affairs|Sports|Games|Olympics|Airlines|Airways|Industries|Networks|Systems|Communications|Brothers|Forces|Islands|Emirates|Nations|Mountains|Hills|Heights|Springs|Falls|Rapids|Plains|Highlands|Lakes|Woods|Gardens|Keys|Weeks|Days|Hours)$/;
/** Whether a code unit is a word character of a pattern without the `u` flag (`\w`: ASCII letters, digits, "_"). */
function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/**
 * The words the text writes after "the" or "The" as a word ("the Falcons"): each longest run of word characters (`\w`)
 * after the letters "he " where `/\b[Tt]he /` matches. The set holds a nickname (ASCII letters only, as PLACE_NICKNAME
 * reads them) where `/\b[Tt]he NICKNAME\b/` finds it: one pass over a story's texts answers every nickname it asks.
 */
export function wordsAfterArticle(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = text.indexOf('he ', 1); i >= 0; i = text.indexOf('he ', i + 1)) {
    const t = text.charCodeAt(i - 1);
    if (t !== 0x54 && t !== 0x74) continue;
    if (i >= 2 && isWordCode(text.charCodeAt(i - 2))) continue;
    let end = i + 3;
    while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
    if (end > i + 3) out.add(text.slice(i + 3, end));
  }
  return out;
}

/**
 * A team told by its place and nickname: "the Atlanta Falcons", "New Orleans Saints", "the San Diego Chargers", "North
 * Carolina Tar Heels", "the Boston Red Sox": capitalised words whose last is a plural (or "Sox"), split into place and
 * nickname by `placeAndNickname`.
 */
const PLACE_NICKNAME = /(?<![A-Za-z])((?:[A-Z][a-z]+[ ]){1,3}(?:[A-Z][a-z]+s|Sox))\b(?![ ][A-Z])/g;

/**
 * Where a run of capitalised words splits into a place and a nickname: after the longest known place that leaves a
 * nickname of one or two words ("North Carolina | Tar Heels", "Evansville | Purple Aces"); with no known place, before the
 * last word, after a place of one or two words ("Atlanta | Falcons").
 */
function placeAndNickname(run: string): [string, string] | null {
  // ("The New York Giants": the article opening a sentence is no part of the place.)
  const words = run.split(' ');
  if (words[0] === 'The' && words.length > 2) words.shift();
  let at = -1;
  for (let j = 1; j < words.length; j++) if (words.length - j <= 2 && defaultEntityOptions.places.has(words.slice(0, j).join(' ').toLowerCase())) at = j;
  if (at < 0) {
    if (words.length > 3) return null;
    at = words.length - 1;
  }
  return [words.slice(0, at).join(' '), words.slice(at).join(' ')];
}

/**
 * The teams a story names by place and nickname together ("the Atlanta Falcons"): each place and each full name to
 * its nickname. A nickname is a team's only where the story also tells it with an article alone ("the Falcons"), as
 * no person's name is told ("Pierre Thomas"). A place joined with two nicknames ("New York Giants", "New York Jets")
 * keeps its own name.
 */
export function teamNames(texts: readonly string[]): Map<string, string> {
  const byPlace = new Map<string, Set<string>>();
  // Whether the story tells a nickname with an article alone: the words after "the" in all the texts, read once when a
  // nickname is first asked (the texts joined as one, as a search of them all would read them).
  let afterArticle: Set<string> | undefined;
  // (A nickname of two words, "the Tar Heels", is looked for whole.)
  const withArticle = (nick: string): boolean => (nick.includes(' ') ? texts.some((t) => t.includes(`the ${nick}`) || t.includes(`The ${nick}`)) : (afterArticle ??= wordsAfterArticle(texts.join('\n'))).has(nick));
  for (const text of texts) {
    for (const m of text.matchAll(PLACE_NICKNAME)) {
      const split = placeAndNickname(m[1]!);
      // "the Tar Heels": two words told with an article alone, no known place before the last, are a nickname whole.
      if (!split || (!defaultEntityOptions.places.has(split[0].toLowerCase()) && m[1]!.split(' ').length === 2 && withArticle(m[1]!))) continue;
      const [place, nick] = [split[0].replace(/^The (?=\S+$)/, ''), split[1]];
      if (!withArticle(nick)) continue;
      // "Saints Pierre Thomas": a name after another capitalised word is no place's team, save after "The".
      const prev = /([A-Z][a-z]*)[ ]$/.exec(text.slice(Math.max(0, m.index - 20), m.index));
      if (prev && prev[1] !== 'The') continue;
      if (!place || NOT_NICKNAME.test(nick.split(' ').at(-1)!) || /^(?:The|A|An|In|At|On|Of|For|By|And|But|When|After|Before|His|Her|Their|Its|This|That|Last|Next|Week|Sunday|Saturday|Monday|Friday|Thursday)$/.test(place.split(/\s+/)[0]!)) continue;
      (byPlace.get(place) ?? byPlace.set(place, new Set()).get(place)!).add(nick);
    }
  }
  // "Tar | Heels" read from "the Tar Heels" where "North Carolina Tar Heels" tells the nickname whole: no place.
  const allNicks = new Set([...byPlace.values()].flatMap((n) => [...n]));
  for (const [place, nicks] of byPlace) {
    for (const nick of nicks) if (allNicks.has(`${place} ${nick}`)) nicks.delete(nick);
    if (nicks.size === 0) byPlace.delete(place);
  }
  const out = new Map<string, string>();
  for (const [place, nicks] of byPlace) {
    for (const nick of nicks) out.set(`${place} ${nick}`, nick);
    if (nicks.size === 1) out.set(place, [...nicks][0]!);
  }
  // "the Heels" of "the Tar Heels", "the Aces" of "the Purple Aces": the last word of a nickname of two, told with an
  // article alone; "Carolina" of "North Carolina": the last word of a place of two, where no other place told ends so.
  for (const [place, nicks] of byPlace) {
    if (nicks.size !== 1) continue;
    const nick = [...nicks][0]!;
    const tail = nick.split(' ');
    if (tail.length === 2 && !out.has(tail[1]!) && withArticle(tail[1]!)) out.set(tail[1]!, nick);
    const last = place.split(' ');
    if (last.length === 2 && !out.has(last[1]!) && [...byPlace.keys()].filter((p) => p.split(' ').at(-1) === last[1]).length === 1) out.set(last[1]!, nick);
  }
  // "Exeter City" and "Exeter", "Bristol Rovers" and "Bristol": a club named by its town and a club word is the town's
  // club, where the story names one club of that town (a town that is itself a place's name, "Kansas City", is left alone).
  const clubs = new Map<string, Set<string>>();
  for (const text of texts) for (const m of text.matchAll(CLUB_NAME)) (clubs.get(m[1]!) ?? clubs.set(m[1]!, new Set()).get(m[1]!)!).add(`${m[1]} ${m[2]}`);
  for (const [town, names] of clubs) if (names.size === 1 && !out.has(town) && !byPlace.has([...names][0]!)) out.set(town, [...names][0]!);
  return out;
}

/** A football club named by its town and a club word: "Exeter City", "Bristol Rovers", "Leeds United". */
const CLUB_NAME = /\b(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s(City|United|Town|County|Athletic|Albion|Rovers|Wanderers|Rangers|Hotspur)\b/gu;

const TEAM_SIDE = /^(.*?)(['’]s?\s+points)(?:(\s+against\s+)(.+))?$/;
/** The moment of a game a side's points hold at, ending their subject: " at halftime", " after the first quarter". */
const SCORE_MOMENT = new RegExp(String.raw`\s+(?:${SCORE_MOMENT_WORDS})$`);
/** A side's points in a frame's key: its side, its opponent and its moment ("score:marlow-points-against-quenton-state-at-halftime"). */
const SCORE_KEY = new RegExp(String.raw`^score:(?:(.+?)-)?points(?:-against-(.+?))?(?:-(${SCORE_MOMENT_WORDS.replace(/ /g, '-')}))?$`);
const TEAM_OWNED = /^(.*?)(['’]s?\s+(?:wins|losses|ties|record|points|winning streak|losing streak)\b.*)$/;
/**
 * A side's points or a team's record keyed by the team's nickname where the story joins its place and nickname:
 * "Atlanta's points" in one outlet and "the Falcons' points" in another are one side of one game.
 */
function teamFolded(claim: Claim, teams: ReadonlyMap<string, string>): Claim {
  if (teams.size === 0) return claim;
  const name = (words: string) => teams.get(words.replace(/^the\s+/i, '')) ?? words;
  const nickPossessive = (owner: string, rest: string) => (owner !== name(owner) ? `${name(owner)}'${rest.replace(/^['’]s?/, '')}` : `${owner}${rest}`);
  let value: string | null = null;
  if (claim.measure.rule === 'measure/game-score') {
    // (A moment of the game after the sides, "at halftime", is kept as it is.)
    const moment = SCORE_MOMENT.exec(claim.subject.value)?.[0] ?? '';
    const sides = claim.subject.value.slice(0, claim.subject.value.length - moment.length);
    const side = TEAM_SIDE.exec(sides);
    const against = /^points\s+against\s+(.+)$/.exec(sides);
    if (side) value = `${nickPossessive(side[1]!, side[2]!)}${side[3] ? `${side[3]}${name(side[4]!)}` : ''}${moment}`;
    else if (against) value = `points against ${name(against[1]!)}${moment}`;
  } else if (claim.measure.value.startsWith('other:') && claim.subject.rule === 'subject/owner-noun') {
    const owned = TEAM_OWNED.exec(claim.subject.value);
    if (owned) value = nickPossessive(owned[1]!, owned[2]!);
  }
  return value === null || value === claim.subject.value ? claim : { ...claim, subject: { ...claim.subject, value } };
}

/** Another person told by age ("shot by another 5-year-old", "a second 17-year-old"): a sentence of two people of an age. */
const ANOTHER_OF_AGE = /\b(?:another|other|second|third)\s+(?:[\w-]+\s+)?(?:\d{1,2}|[a-z]+)[\s-]+(?:years?[\s-]+old|year-old|month-old)\b/i;

const SAME_PERSON_YEARS = 2;
/** Days within which a dated age is of the story's event. */
const SAME_EVENT_DAYS = 7;

/**
 * The party named with an amount ("the Nationals have offered $160 million") keeps the offers of rival
 * bidders apart; where a story names one such party only ("the FBI and ATF offered a $35,000 reward"),
 * it tells nothing apart and its amounts join those told without it.
 */
/**
 * Counts of a generic noun of people keyed by their verbs ("three men lying on the floor", "five men were questioned"):
 * where every count of that noun in the story gives one value, they are most likely the same people told with other
 * verbs ("four men rammed", "the four men drove off") and are one subject again; where the values differ, each verb
 * keeps its own subject, never a rival of another's.
 */
function verbKeyedCounts(candidates: Candidate[]): void {
  const nounOf = (c: Candidate) => c.frame.subject.split(':')[0]!;
  const sets = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.telling.rules.subject !== 'subject/noun-and-verb') continue;
    const k = `${c.frame.measure}|${nounOf(c)}|${c.frame.scope}|${c.frame.stance}`;
    const list = sets.get(k);
    if (list) list.push(c);
    else sets.set(k, [c]);
  }
  for (const [k, list] of sets) {
    const [measure, noun, scope, stance] = k.split('|');
    // The counts of the bare noun, told with no verb, are of the same set.
    const bare = candidates.filter((c) => c.frame.measure === measure && c.frame.subject === noun && c.frame.scope === scope && c.frame.stance === stance);
    const values = new Set([...list, ...bare].map((c) => JSON.stringify(c.telling.value)));
    if (values.size > 1) continue;
    for (const c of list) {
      c.frame = { ...c.frame, subject: noun! };
      c.key = frameKey(c.frame);
      // The group reads as the noun alone ("Men: 4"), not as one telling's verb.
      c.claim = { ...c.claim, subject: { ...c.claim.subject, value: c.claim.subject.value.split(/\s+/)[0]! } };
    }
  }
}

function loneBidder(candidates: Candidate[]): void {
  const owned = candidates.filter((c) => c.frame.measure === 'money' && c.telling.rules.subject === 'subject/money-owner');
  const ownerOf = (c: Candidate) => /^(.*?)['’]s?-/.exec(c.frame.subject)?.[1] ?? '';
  if (new Set(owned.map(ownerOf)).size >= 2) return;
  for (const c of owned) {
    const base = c.frame.subject.replace(/^.*?['’]s?-/, '');
    c.frame = { ...c.frame, subject: base === 'amount' ? 'amount' : base };
    c.key = frameKey(c.frame);
  }
}

/**
 * A statistic keyed by its owner ("Bush's touchdowns") keeps two players' or teams' figures apart; where a story
 * names one owner only for a statistic, the owner tells nothing apart, and its figures join those told without it.
 */
/**
 * Counts of a charge keyed by whom they are against ("Oliver is charged with two counts of attempted murder") are told
 * apart only where the story charges two people or more with that charge; where it names one, the counts told with his
 * name and those told without it ("He's charged with two counts") are one figure.
 */
function lonePersonCharged(candidates: Candidate[]): void {
  const charged = candidates.filter((c) => c.frame.measure === 'charged' && /^charge:[^:]+:/.test(c.frame.subject));
  const base = (c: Candidate) => c.frame.subject.replace(/^(charge:[^:]+):.*$/, '$1');
  const people = new Map<string, Set<string>>();
  for (const c of charged) (people.get(base(c)) ?? people.set(base(c), new Set()).get(base(c))!).add(c.frame.subject);
  for (const c of charged) {
    if (people.get(base(c))!.size !== 1) continue;
    c.frame = { ...c.frame, subject: base(c) };
    c.key = frameKey(c.frame);
  }
}

function loneStatisticOwner(candidates: Candidate[]): void {
  const stats = candidates.filter((c) => STATISTIC_RULES.has(c.claim.measure.rule) && c.telling.rules.subject === 'subject/owner-noun');
  const base = (c: Candidate) => c.frame.subject.replace(/:[^:]*$/, '');
  // "Manning's passing touchdowns" and "Garrard's touchdowns": owners are counted over a statistic however it was gained,
  // so that two players' figures never lose their names to join as one.
  const family = (subject: string) => subject.replace(PLAY_KIND, '');
  const owners = new Map<string, Set<string>>();
  for (const c of stats) {
    const k = `${c.frame.measure}|${family(base(c))}`;
    (owners.get(k) ?? owners.set(k, new Set()).get(k)!).add(family(c.frame.subject));
  }
  // An owner tells nothing apart only where the figures told without a name give no value the named ones do not: "Bush's
  // 52 catches" beside an unnamed "28 receptions" (another player's) keeps its owner, and the 52 told without a name joins it below.
  const ownedValues = new Map<string, Set<string>>();
  for (const c of stats) {
    const k = `${c.frame.measure}|${base(c)}|${c.frame.scope}`;
    (ownedValues.get(k) ?? ownedValues.set(k, new Set()).get(k)!).add(JSON.stringify(c.telling.value));
  }
  const unnamedOther = new Set<string>();
  const named = new Set(stats);
  for (const c of candidates) {
    const k = `${c.frame.measure}|${c.frame.subject}|${c.frame.scope}`;
    if (!named.has(c) && ownedValues.has(k) && !ownedValues.get(k)!.has(JSON.stringify(c.telling.value))) unnamedOther.add(`${c.frame.measure}|${c.frame.subject}`);
  }
  for (const c of stats) {
    if (owners.get(`${c.frame.measure}|${family(base(c))}`)!.size !== 1 || unnamedOther.has(`${c.frame.measure}|${base(c)}`)) continue;
    c.frame = { ...c.frame, subject: base(c) };
    c.key = frameKey(c.frame);
  }
  // Where several are named, a figure told without a name joins the one named figure of the same value ("Ivory, who has 716 yards").
  const owned = stats.filter((c) => c.frame.subject !== base(c));
  for (const c of candidates) {
    if (!c.frame.measure.startsWith('other:') || !owners.has(`${c.frame.measure}|${family(c.frame.subject)}`) || stats.includes(c) && c.frame.subject !== base(c)) continue;
    joinOneOwned(c, owned.filter((o) => o.frame.measure === c.frame.measure && base(o) === c.frame.subject && o.frame.scope === c.frame.scope && JSON.stringify(o.telling.value) === JSON.stringify(c.telling.value)));
  }
}

/**
 * A figure told without its owner joins the one owned figure of its value (`same`, the owned figures that match it), where
 * exactly one does: the statistics, how a statistic was gained, prison terms.
 */
function joinOneOwned(c: Candidate, same: readonly Candidate[]): void {
  if (same.length === 0 || new Set(same.map((o) => o.key)).size !== 1) return;
  c.frame = { ...c.frame, subject: same[0]!.frame.subject };
  c.key = same[0]!.key;
}

/** How yards or touchdowns were gained, as the first word of a statistic's key ("rushing-yard:bush"). */
const PLAY_KIND = /^(?:rushing|receiving|passing|return|offensive|defensive|special-teams)-/;
/**
 * "Bush had 404 yards" and "Bush rushed for 404 yards": a statistic told without how it was gained joins the one
 * figure of the same value told with it, of the same owner or of an owner where it names none. Where two such
 * figures have the value (404 rushing and 404 receiving yards), it joins neither.
 */
function unqualifiedStatistic(candidates: Candidate[]): void {
  const qualified = candidates.filter((c) => STATISTIC_RULES.has(c.claim.measure.rule) && PLAY_KIND.test(c.frame.subject));
  for (const c of candidates) {
    if (!c.frame.measure.startsWith('other:') || PLAY_KIND.test(c.frame.subject) || qualified.length === 0) continue;
    const own = c.frame.subject.includes(':');
    if (own && !STATISTIC_RULES.has(c.claim.measure.rule) && c.telling.rules.subject !== 'subject/owner-noun') continue;
    const same = qualified.filter((o) => {
      const plain = o.frame.subject.replace(PLAY_KIND, '');
      return o.frame.measure === c.frame.measure && o.frame.scope === c.frame.scope && JSON.stringify(o.telling.value) === JSON.stringify(c.telling.value)
        && (plain === c.frame.subject || (!own && plain.replace(/:[^:]*$/, '') === c.frame.subject));
    });
    joinOneOwned(c, same);
  }
}

/**
 * "Lopez was sentenced to 25 years" and "the 25-year term": a prison term told without the one sentenced joins the one
 * term of the same value told with that person, where only one person's term has the value.
 */
function unownedTerms(candidates: Candidate[]): void {
  const owned = candidates.filter((c) => c.frame.measure === 'other:prison-term' && c.telling.rules.subject === 'subject/owner-noun');
  if (owned.length === 0) return;
  for (const c of candidates) {
    if (c.frame.measure !== 'other:prison-term' || c.telling.rules.subject !== 'subject/prison-term' || c.frame.subject !== 'term') continue;
    const same = owned.filter((o) => o.frame.scope === c.frame.scope && o.frame.stance === c.frame.stance && o.frame.subject.startsWith('prison-term:') && JSON.stringify(o.telling.value) === JSON.stringify(c.telling.value));
    // (In the article that names the one sentenced, a term told without a name is another's: "His brother ... was sentenced to 24 months".)
    if (same.some((o) => o.telling.articleId === c.telling.articleId)) continue;
    joinOneOwned(c, same);
  }
}

/**
 * "Hansbrough needed 9 points", "the forward has logged 20.2 points": where a story names two or more owners of a
 * statistic ("Hansbrough's points", "Lawson's points"), a figure of it told without an owner is some player's or
 * team's, not a rival value of another figure told without one. Such figures split into runs of one value, each a
 * figure of its own; figures of one value told by several outlets stay together.
 */
function splitUnownedStatistics(buckets: Map<string, Candidate[]>): void {
  const owners = new Map<string, Set<string>>();
  for (const members of buckets.values()) {
    for (const c of members) {
      if (!STATISTIC_RULES.has(c.claim.measure.rule) || c.telling.rules.subject !== 'subject/owner-noun' || !c.frame.subject.includes(':')) continue;
      const k = `${c.frame.measure}|${c.frame.subject.replace(/:[^:]*$/, '')}`;
      (owners.get(k) ?? owners.set(k, new Set()).get(k)!).add(c.frame.subject);
    }
  }
  for (const [key, members] of [...buckets]) {
    const f = members[0]!.frame;
    // (A bucket already split into runs of near amounts keys its statistic with the run's value after "~".)
    if (!f.measure.startsWith('other:') || f.subject.includes(':') || (owners.get(`${f.measure}|${f.subject.replace(/~.*$/, '')}`)?.size ?? 0) < 2) continue;
    const runs = compatibleRuns(members);
    if (runs.length >= 2) keyRuns(buckets, key, runs, false);
  }
}

/**
 * "North Carolina beat Evansville 91-73", "a 91-73 victory over Evansville", "the Tar Heels' 91-73 win": one side's
 * points of one game, told with its side, its opponent or both, under one name of the team or another. Sides' points
 * of one value told within a day of each other join where their sides and opponents do not differ (a side or an
 * opponent left untold differs from none); the group keeps the key of its most fully named and most told part.
 */
function joinScoreSides(buckets: Map<string, Candidate[]>): void {
  type Side = { key: string; side: string | null; opp: string | null; moment: string | null; value: string; scope: string; days: number[] };
  const sides: Side[] = [];
  for (const [key, members] of buckets) {
    const f = members[0]!.frame;
    if (f.measure !== 'other:points' || !members.every((c) => c.claim.measure.rule === 'measure/game-score')) continue;
    // ("Marlow's points at halftime": a side's points at a moment of the game, apart from its final points and other moments'.)
    const m = SCORE_KEY.exec(f.subject);
    const values = new Set(members.map((c) => JSON.stringify(c.telling.value)));
    if (!m || values.size !== 1) continue;
    const days = members.map((c) => (c.telling.asOf ? Date.parse(c.telling.asOf.slice(0, 10)) / 86_400_000 : NaN)).filter((d) => !Number.isNaN(d));
    sides.push({ key, side: m[1] ?? null, opp: m[2] ?? null, moment: m[3] ?? null, value: [...values][0]!, scope: f.scope, days });
  }
  // One name may differ where the other is the same ("the Tar Heels' 91 against Evansville", "North Carolina's 91 against Evansville").
  // ("Millburg" and "Millburg Harriers": a team's place or nickname alone names the team its whole name does.)
  const one = (x: string, y: string) => x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`) || x.endsWith(`-${y}`) || y.endsWith(`-${x}`);
  const open = (x: string | null, y: string | null) => x === null || y === null || one(x, y);
  const same = (x: string | null, y: string | null) => x !== null && y !== null && one(x, y);
  const fits = (a: Side, b: Side) => a.value === b.value && a.scope === b.scope && a.moment === b.moment && ((open(a.side, b.side) && open(a.opp, b.opp)) || same(a.side, b.side) || same(a.opp, b.opp))
    && a.days.every((x) => b.days.every((y) => Math.abs(x - y) <= 1));
  // Parts joined one by one into sets, each part fitting every part of its set.
  const sets: Side[][] = [];
  for (const x of sides) {
    const set = sets.find((g) => g.every((y) => fits(x, y)));
    if (set) set.push(x);
    else sets.push([x]);
  }
  for (const set of sets) {
    if (set.length < 2) continue;
    const named = (x: Side) => Number(x.side !== null) + Number(x.opp !== null);
    const head = [...set].sort((a, b) => named(b) - named(a) || buckets.get(b.key)!.length - buckets.get(a.key)!.length || a.key.localeCompare(b.key))[0]!;
    const into = buckets.get(head.key)!;
    for (const x of set) {
      if (x === head) continue;
      for (const c of buckets.get(x.key)!) { c.frame = { ...into[0]!.frame }; c.key = head.key; into.push(c); }
      buckets.delete(x.key);
    }
  }
}

/**
 * "Holt went 121-155 with the Ravens" in one outlet and "Holt finishes with a 121-155 record" in another: a record's part
 * told by a stint ("with the Ravens", "in Colorado") and the owner's record told with no part, of one value, are one
 * figure; of two values they stay two parts (a career and a stint). Joined into the group with no part.
 */
function joinStintOfWhole(buckets: Map<string, Candidate[]>): void {
  const single = (members: readonly Candidate[]) => {
    const values = new Set(members.map((c) => JSON.stringify(c.telling.value)));
    return values.size === 1 ? [...values][0]! : null;
  };
  for (const [key, members] of [...buckets]) {
    const f = members[0]!.frame;
    if (!/^other:(?:wins|losses|draws)$/.test(f.measure)) continue;
    const m = /^(.+)-\(at-[^)]+\)(:.+)$/.exec(f.subject);
    const value = m ? single(members) : null;
    if (!m || value === null) continue;
    const whole = frameKey({ ...f, subject: `${m[1]}${m[2]}` });
    const into = buckets.get(whole);
    if (!into || single(into) !== value) continue;
    for (const c of members) { c.frame = { ...into[0]!.frame }; c.key = whole; into.push(c); }
    buckets.delete(key);
  }
}

/** Whether two amounts of money can be one amount: compatible values, or values within a factor of two (an exchange rate, a rival estimate); a sum twice another is another sum. */
export function sameAmount(a: Telling, b: Telling): boolean {
  if (a.value === null || b.value === null) return true;
  const x = Array.isArray(a.value) ? a.value[1] : a.value;
  const y = Array.isArray(b.value) ? b.value[1] : b.value;
  const near = x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) < 2;
  // In two currencies no rate is known: only the factor tells.
  return a.unit && b.unit && a.unit !== b.unit ? near : compatible(a, b) || near;
}

/**
 * Whether two values of an open-tail count can count one thing: compatible, or within a factor of three
 * (rival estimates of one crowd, rounding). "200 in the club" and "20 looking on", "seven workers hiding"
 * and "about 100 in the plant" count different people of the story, not one number in dispute.
 */
export function sameOpenCount(a: Telling, b: Telling): boolean {
  if (a.value === null || b.value === null) return true;
  const x = Array.isArray(a.value) ? a.value[1] : a.value;
  const y = Array.isArray(b.value) ? b.value[1] : b.value;
  // Values of one sign compare by size ("minus 17" and "minus 20 degrees").
  const [p, q] = [Math.abs(x), Math.abs(y)];
  return compatible(a, b) || (Math.sign(x) === Math.sign(y) && p > 0 && q > 0 && Math.max(p, q) / Math.min(p, q) < OPEN_COUNT_FACTOR);
}
/** Set by hand on the claims gold's tune stories: rival counts of one thing were within a factor of three. */
const OPEN_COUNT_FACTOR = 3;

/** Whether a bucket holds amounts of money its text names ("a $35,000 reward", "bail was set at $200,000"). */
const namedMoney = (c: Candidate): boolean => c.frame.measure === 'money' && c.frame.subject !== 'amount' && /^\p{Ll}+$/u.test(c.frame.subject);
const unnamedMoney = (c: Candidate): boolean => c.frame.measure === 'money' && c.frame.subject === 'amount';

/**
 * An amount told without its noun ("the FBI offered $35,000") is the named amount of the same size told
 * elsewhere in the story ("a $35,000 reward"), when exactly one named amount of that scope matches it; else
 * it stays an amount of its own.
 */
function joinUnnamedAmounts(buckets: Map<string, Candidate[]>): void {
  const named = [...buckets].filter(([, m]) => namedMoney(m[0]!));
  if (named.length === 0) return;
  for (const [key, members] of [...buckets]) {
    if (!unnamedMoney(members[0]!)) continue;
    const stay: Candidate[] = [];
    for (const c of members) {
      const fits = named.filter(([, m]) => m[0]!.frame.scope === c.frame.scope && m[0]!.frame.stance === c.frame.stance && m.every((x) => namedMoney(x) ? sameAmount(x.telling, c.telling) : true));
      if (fits.length !== 1) { stay.push(c); continue; }
      const [toKey, to] = fits[0]!;
      c.frame = { ...c.frame, subject: to[0]!.frame.subject };
      c.key = toKey;
      to.push(c);
    }
    if (stay.length) buckets.set(key, stay);
    else buckets.delete(key);
  }
}

/**
 * A crowd told with no place ("Police estimated the crowd at 22,000") is the crowd of the one place the story counts a
 * crowd in ("150,000 people took to the streets of Madrid"), when there is one such place in its scope and stance; with
 * crowds of two places it stays apart.
 */
function joinUnplacedCrowds(buckets: Map<string, Candidate[]>): void {
  const placed = [...buckets].filter(([, m]) => m[0]!.frame.measure === 'other:crowd' && m[0]!.frame.subject.startsWith('crowd@'));
  for (const [key, members] of [...buckets]) {
    const f = members[0]!.frame;
    if (f.measure !== 'other:crowd' || f.subject !== 'crowd') continue;
    const fits = placed.filter(([, m]) => m[0]!.frame.scope === f.scope && m[0]!.frame.stance === f.stance && m[0]!.frame.when === f.when);
    if (fits.length !== 1) continue;
    const [toKey, to] = fits[0]!;
    for (const c of members) { c.frame = { ...c.frame, subject: to[0]!.frame.subject }; c.key = toKey; to.push(c); }
    buckets.delete(key);
  }
}

/**
 * "Two other buildings were set ablaze" and "two buildings caught fire": a count of others told with the same value as
 * the one count of the plain noun is that count, told from another sentence's point of view. Others of another value stay
 * a set apart ("seven AK-47s and three other rifles"), as does "another" set of the same size; so do they where two counts
 * of the noun could be the one meant.
 */
function joinOthersOfSameCount(buckets: Map<string, Candidate[]>): void {
  const plain = (subject: string) => subject.replace(/~.*$/, '');
  for (const [key, members] of [...buckets]) {
    const f = members[0]!.frame;
    // "another 2,000 marched in Salonica": a second set of the same size, never the first told again.
    if (!f.measure.startsWith('other:') || !f.subject.endsWith(':other') || members.some((c) => /\banother\b/i.test(c.telling.sentence))) continue;
    const noun = f.subject.slice(0, -':other'.length);
    const fits = [...buckets].filter(([k, m]) => k !== key && m[0]!.frame.measure === f.measure && m[0]!.frame.scope === f.scope && m[0]!.frame.stance === f.stance && plain(m[0]!.frame.subject) === noun
      && m.every((x) => members.every((c) => closeValues(x.telling, c.telling))));
    if (fits.length !== 1) continue;
    const [toKey, to] = fits[0]!;
    for (const c of members) { c.frame = { ...to[0]!.frame }; c.key = toKey; to.push(c); }
    buckets.delete(key);
  }
}

/** Two values of one unit within a tenth of each other, whatever their approximation ("more than 1,400", "about 1,400"). */
function closeValues(a: Telling, b: Telling): boolean {
  if (a.value === null || b.value === null) return a.value === b.value;
  const x = Array.isArray(a.value) ? a.value[1] : a.value;
  const y = Array.isArray(b.value) ? b.value[1] : b.value;
  return x === y || (x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) <= 1.1);
}

/**
 * A background figure told without its date, or with its year only ("more than 1,400 were injured in the Zarand
 * quake", "two killed in 2010"), is the same figure told elsewhere with its month ("about 1,400 injured in February
 * 2006", "two killed in September 2010") when exactly one more precisely dated group of the same measure, subject and
 * stance holds it and every value of both is within a tenth of the others (amounts in two currencies: within a factor
 * of two, as `sameAmount`); else it stays apart.
 */
function joinUndatedBackground(buckets: Map<string, Candidate[]>): void {
  const base = (f: ClaimFrame) => [f.measure, f.subject, f.scope, f.stance].join('|');
  const background = [...buckets].filter(([, m]) => m[0]!.frame.scope === 'background' && m[0]!.frame.measure !== 'age' && !m[0]!.frame.measure.startsWith('event:'));
  for (const [key, members] of background) {
    const f = members[0]!.frame;
    const when = f.when ?? '';
    const agree = (a: Telling, b: Telling) => (a.unit !== b.unit && f.measure === 'money' ? sameAmount(a, b) : closeValues(a, b));
    const fits = background.filter(([k, m]) => k !== key && buckets.has(k) && base(m[0]!.frame) === base(f) && (m[0]!.frame.when ?? '').length > when.length && (m[0]!.frame.when ?? '').startsWith(when)
      && m.every((x) => members.every((c) => agree(x.telling, c.telling))));
    if (fits.length !== 1) continue;
    const [toKey, to] = fits[0]!;
    for (const c of members) { c.frame = { ...c.frame, when: to[0]!.frame.when }; c.key = toKey; to.push(c); }
    buckets.delete(key);
  }
}

/**
 * "Earlier this year ... a campus shooting spree that left three professors dead", "weeks after a driver fatally shot eight
 * people": one article's undated tolls of the background with different values, told in different sentences, are tolls of
 * different earlier events (an article does not dispute itself, and a past event's toll is no running count of the story).
 * Such a bucket splits into runs of one value, in time order; a run other than the first keys by its first value.
 */
function splitUndatedBackgroundTolls(buckets: Map<string, Candidate[]>): void {
  for (const [key, members] of [...buckets]) {
    const f = members[0].frame;
    if (f.scope !== 'background' || f.when || !hasTrait(f.measure, 'running') || members.length < 2) continue;
    const firm = (c: Candidate) => typeof c.telling.value === 'number' && c.telling.approx === null;
    const twoOfOne = members.some((a) => firm(a) && members.some((b) => b !== a && firm(b) && a.telling.articleId === b.telling.articleId && a.claim.sentenceIndex !== b.claim.sentenceIndex && !compatible(a.telling, b.telling)));
    if (!twoOfOne) continue;
    const runs = compatibleRuns(members);
    if (runs.length < 2) continue;
    keyRuns(buckets, key, runs, false);
  }
}

/** Tellings in time order, each joined to the first run all of whose values it is compatible with. */
function compatibleRuns(members: readonly Candidate[]): Candidate[][] {
  const runs: Candidate[][] = [];
  for (const c of [...members].sort((a, b) => byTime(a.telling, b.telling))) {
    const run = runs.find((r) => r.every((x) => compatible(x.telling, c.telling)));
    if (run) run.push(c);
    else runs.push([c]);
  }
  return runs;
}

/** A bucket split into runs of one value: each run other than the first keys by its first value (and unit, `withUnit`). */
function keyRuns(buckets: Map<string, Candidate[]>, key: string, runs: readonly Candidate[][], withUnit: boolean): void {
  buckets.delete(key);
  runs.forEach((run, i) => {
    const v = `${JSON.stringify(run[0].telling.value)}${withUnit ? run[0].telling.unit ?? '' : ''}`;
    for (const c of run) if (i > 0) { c.frame = { ...c.frame, subject: `${c.frame.subject}~${v}` }; c.key = frameKey(c.frame); }
    buckets.set(run[0].key, run);
  });
}

/**
 * Amounts of money a factor of two or more apart are amounts of different things (the haul and the
 * takings of another robbery, a bailout and one country's share of it, an exchange rate), not a dispute:
 * a story names many sums, and outlets that give one sum convert or round it. Each bucket of money splits
 * into runs of one amount, in time order; a run other than the first keys by its first value.
 */
function splitAmounts(buckets: Map<string, Candidate[]>): void {
  for (const [key, members] of [...buckets]) {
    const money = members[0].frame.measure === 'money';
    // A running count of the open tail (a fire's acres, homes destroyed) keeps its steps in one series.
    // A crowd's size is one figure however far its counts are apart: police and organisers often differ fivefold.
    if ((!money && !members[0].frame.measure.startsWith('other:')) || members.length < 2 || isRunningOpenTail(members[0].frame) || members[0].frame.measure === 'other:crowd') continue;
    const near = money ? sameAmount : sameOpenCount;
    const ordered = [...members].sort((a, b) => byTime(a.telling, b.telling));
    // A value joins a run where it is near every value of the run and no member of the run tells another value in its
    // sentence (`oneSentenceTwoValues`). Nearness and agreement read only a telling's value, approximation and unit, so
    // a run keeps one telling of each kind (`valueKind`), held once against each kind of value joining, and its members
    // by sentence.
    const runs: { members: Candidate[]; kinds: Map<string, Telling>; bySentence: Map<string, Candidate[]> }[] = [];
    const nearKinds = new Map<string, boolean>();
    const agreeingKinds = new Map<string, boolean>();
    const held = (table: Map<string, boolean>, test: (x: Telling, y: Telling) => boolean, kx: string, x: Telling, kc: string, c: Telling) => {
      const k = `${kx}\u0001${kc}`;
      let v = table.get(k);
      if (v === undefined) table.set(k, (v = test(x, c)));
      return v;
    };
    const agree = (x: Telling, y: Telling) => compatible(x, y);
    for (const c of ordered) {
      const kc = valueKind(c.telling);
      const sentence = `${c.telling.articleId}\u0001${c.claim.sentenceIndex}`;
      const fits = runs.filter((r) => [...r.kinds].every(([kx, x]) => held(nearKinds, near, kx, x, kc, c.telling)) && !(r.bySentence.get(sentence) ?? []).some((x) => oneSentenceTwoValues(x, c)));
      // "seven life sentences and four sentences of life without parole" told by two outlets: a value joins the run that
      // holds that value before a run of a merely near one.
      let run = fits.find((r) => [...r.kinds].some(([kx, x]) => held(agreeingKinds, agree, kx, x, kc, c.telling))) ?? fits[0];
      if (!run) runs.push((run = { members: [], kinds: new Map(), bySentence: new Map() }));
      run.members.push(c);
      if (!run.kinds.has(kc)) run.kinds.set(kc, c.telling);
      const told = run.bySentence.get(sentence);
      if (told) told.push(c);
      else run.bySentence.set(sentence, [c]);
    }
    if (runs.length < 2) continue;
    keyRuns(buckets, key, runs.map((r) => r.members), true);
  }
}

/**
 * "valued at $5 million, down from a peak value of $5.3 million but above the 2002 value of $4.9 million": one sentence
 * of one article that gives a thing two values tells two figures (of two times or two things), never a dispute with
 * itself. Not a value told as an earlier one ("previously there had been talk of 1,500"), which updates the other.
 */
function oneSentenceTwoValues(a: Candidate, b: Candidate): boolean {
  if (a.telling.articleId !== b.telling.articleId || a.claim.sentenceIndex !== b.claim.sentenceIndex) return false;
  if (a.claim.time.rule === 'time/earlier-value' || b.claim.time.rule === 'time/earlier-value') return false;
  return JSON.stringify(a.telling.value) !== JSON.stringify(b.telling.value);
}

/** The key of a built group: its frame's key (see `frameKey`). */
export function claimGroupKey(g: ClaimGroup): string {
  return g.key;
}

/** Planned totals and deployed counts of the same thing, and denials of an act, point at each other. */
function linkRelated(groups: ClaimGroup[]): void {
  // Each group is held against only the groups that can be related to it, looked up by what must be the same; the
  // relations are made in the order of the groups, as a pass over all of them would make them.
  const position = new Map(groups.map((g, i) => [g, i]));
  const tables = { actual: new Map<string, ClaimGroup[]>(), measureScope: new Map<string, ClaimGroup[]>(), act: new Map<string, ClaimGroup[]>() };
  const put = (table: Map<string, ClaimGroup[]>, key: string, g: ClaimGroup) => {
    const list = table.get(key);
    if (list) list.push(g);
    else table.set(key, [g]);
  };
  for (const h of groups) {
    if (h.frame.stance === 'actual') put(tables.actual, `${h.frame.measure}\u0000${h.frame.subject}\u0000${h.frame.scope}`, h);
    put(tables.measureScope, `${h.frame.measure}\u0000${h.frame.scope}`, h);
    if (h.unitClass !== null) put(tables.act, `event:${predicateFamily(h.predicate)}`, h);
  }
  for (const g of groups) {
    const candidates = new Set<ClaimGroup>();
    if (g.frame.stance === 'planned') for (const h of tables.actual.get(`${g.frame.measure}\u0000${g.frame.subject}\u0000${g.frame.scope}`) ?? []) candidates.add(h);
    if (isPartSubject(g.frame.subject)) for (const h of tables.measureScope.get(`${g.frame.measure}\u0000${g.frame.scope}`) ?? []) candidates.add(h);
    if (g.frame.stance === 'denial') for (const h of tables.act.get(g.frame.measure) ?? []) candidates.add(h);
    for (const h of [...candidates].sort((a, b) => position.get(a)! - position.get(b)!)) {
      if (g === h) continue;
      const sameThing = g.frame.measure === h.frame.measure && g.frame.subject === h.frame.subject && g.frame.scope === h.frame.scope;
      if (sameThing && g.frame.stance === 'planned' && h.frame.stance === 'actual') g.related.push({ groupId: h.id, relation: 'planned-total-of' });
      // "$3.3 billion in cash" of "a $4.2 billion deal": a part points at its whole, never competes with it.
      if (g.frame.measure === h.frame.measure && g.frame.scope === h.frame.scope && isPartOf(g.frame.subject, h.frame.subject)) g.related.push({ groupId: h.id, relation: 'part-of' });
      if (g.frame.stance === 'denial' && h.unitClass !== null && `event:${predicateFamily(h.predicate)}` === g.frame.measure) g.related.push({ groupId: h.id, relation: 'denies' });
    }
  }
}
