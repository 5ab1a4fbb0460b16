// Pass 3: sets each name's type from gazetteers, head words, titles, name shapes and context, recording the evidence.
import type { EntityType, Token } from '../../model/analysis.js';
import { type Context, type Draft, isAllCaps, isPossessive, lower, normaliseKey, tokensOf } from './draft.js';
import { apposition, pickRole, titleBefore } from './roles.js';
import { bodyAfter } from './groups.js';
import { PLACE_INITIALS } from '../attribution/speaker-kind.js';

/** Dotted initials that open no person's name: a post box, a compass quarter of an address, a farewell, a time of day. */
const NOT_NAME_INITIALS = /^(?:P\.O\.|N\.W\.|N\.E\.|S\.W\.|S\.E\.|R\.I\.P\.|A\.M\.|P\.M\.)$/u;
/** Last words of a school's or a road's name besides the head words of places and bodies ("S.R. Marmon Elementary", "A.I. DuPont Children"). */
const NOT_PERSON_LAST = /^(?:elementary|middle|high|children|thwy|hwy)$/;

/** Nouns a name before them may name ("the Afro Arts festival", "a Golden Globe nomination"): events, prizes, funds, cases. */
const NAMED_THING = /^(?:festival|fair|parade|concert|show|conference|convention|awards?|prize|nomination|tournament|championship|cup|race|marathon|case|trial|lawsuit|foundation|fund|campaign|exhibition|expo|summit|ceremony|gala|event|series|league|program|programme|project|initiative|act|bill|plan|fire|storm|hurricane|shooting|massacre|scandal|affair)$/;

/** Auxiliaries and verbs of being that follow a subject ("the Atlanta Hawks are", "a Jane Doe has"). */
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|won|lost|beat|led|took|made|got|became|remains?|says?|tells?)$/;

/** A word of a person's name by its shape: "Swanson", "Smith-Jones", and names with a capital after a prefix ("DeShaun", "McKenzie", "LaToya", "al-Masri"). */
const PERSON_WORD_SHAPE = /^(?:(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Ja|Ke|Ty|al-|el-)(?=\p{Lu}))?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;
import { placeFieldsName, SURNAME_HEADS } from './names.js';

function set(d: Draft, type: EntityType, rule: string): void {
  d.type = type;
  d.evidence.push(rule);
}

/** Korean personal name: surname then one hyphenated given name or two short given-name parts. */
function koreanName(ctx: Context, words: string[]): boolean {
  if (!ctx.opts.koreanSurnames.has(words[0]!.toLowerCase())) return false;
  const given = words.slice(1);
  if (given.length === 1) return /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(given[0]!);
  if (given.length === 2) return given.every((g) => /^\p{Lu}\p{Ll}{1,5}$/u.test(g));
  return false;
}

/** Whether a sentence is mostly written in capitals. */
function shouting(toks: Token[]): boolean {
  const words = toks.filter((t) => /\p{L}{2,}/u.test(t.text));
  return words.filter((t) => isAllCaps(t)).length * 2 > words.length;
}

/** Plurals that name a place's parts, never a team: "the Florida Keys", "the Ohio Valley Hills". */
const PLACE_PLURAL = /^(?:Keys|Islands|Isles|Hills|Mountains|Falls|Springs|Heights|Lakes|Plains|Highlands|Lowlands|Woods|Flats|Banks|Shores|Sands|Narrows|Rapids|Glades|Everglades|Territories|Provinces|States)$/;

/** Types one name draft in place; leaves `type` null when no rule fires. */
/** Nouns of a home or of what a person keeps there: "Joel's house", "Smith's apartment". */
const HOME_NOUN = /^(?:house|home|apartment|residence|condo|trailer|bedroom|room|porch|yard|driveway|garage|car|truck|vehicle)$/;

export function classify(ctx: Context, d: Draft): void {
  const { opts } = ctx;
  const toks = tokensOf(ctx, d);
  const sent = ctx.sentences[d.sent]!.tokens;
  const words = toks.map((t) => t.text);
  const key = normaliseKey(words.join(' '));
  const lowerText = words.join(' ').toLowerCase();
  const lastWord = lower(toks[toks.length - 1]);
  const next = sent[d.end];
  const nextWord = lower(next);
  const prevWord = lower(sent[d.start - 1]);

  const before = titleBefore(ctx, d);
  const after = apposition(ctx, d);

  // 'Carmine "The Snake" Persico': a nickname in quote marks inside a name is a person's.
  if ((toks.length >= 5 && /^["“]$/.test(words[1] ?? '')) || (toks.length >= 6 && /^["“]$/.test(words[2] ?? ''))) return set(d, 'person', 'shape/nickname');
  if (opts.orgs.has(lowerText) || opts.orgs.has(key)) return set(d, 'organisation', 'gazetteer/organisation');
  if (/ & /.test(lowerText) && opts.orgs.has(lowerText.replace(/ & /g, ' and '))) return set(d, 'organisation', 'gazetteer/organisation');
  // "Johnson and Johnson": one name twice over "and" is a firm, never two people.
  if (words.length === 3 && ['and', '&'].includes(words[1]!.toLowerCase()) && words[0] === words[2]) return set(d, 'organisation', 'shape/name-and-same-name');
  if (placeFieldsName(ctx, toks)) return set(d, 'organisation', 'place-fields/organisation');
  // "Texas A&M", "AT&T": capitals around a tight ampersand name a firm or school.
  if (/\p{Lu}&\p{Lu}/u.test(ctx.text.slice(toks[0]!.span[0], toks[toks.length - 1]!.span[1]))) return set(d, 'organisation', 'shape/ampersand');
  if (opts.places.has(lowerText) || opts.places.has(key)) return set(d, 'place', 'gazetteer/place');
  const demonym = lowerText.replace(/s$/, '');
  if (lowerText.endsWith('s') && opts.nationalities.has(demonym)) return set(d, 'group', 'gazetteer/demonym');
  if (toks.length === 1 && isAllCaps(toks[0]) && opts.notAcronyms.has(lowerText)) return;
  // "near NW 16th Street and NW Ave. L": a compass point's abbreviation opens a street's name and names nothing alone.
  if (toks.length === 1 && /^(?:[NSEW]|NE|NW|SE|SW)$/.test(words[0]!)) return;
  const placeTail = words.findIndex((_, k) => k > 0 && opts.places.has(words.slice(k).join(' ').toLowerCase()));
  if (placeTail > 0 && words.slice(0, placeTail).every((w) => opts.compass.has(w.toLowerCase()))) {
    return set(d, 'place', 'compass+gazetteer/place');
  }
  const conn = words.findIndex((w, k) => k > 0 && opts.connectors.has(w.toLowerCase()));
  const beforeConn = conn > 0 ? words[conn - 1]!.toLowerCase() : '';
  if (opts.orgHeads.has(beforeConn)) return set(d, 'organisation', 'head-of/organisation');
  // "Deputy Police Chief Renee Hall", "Police Chief John Street": two words after a title, the last a head word that is
  // also a common surname, name the person the title is of.
  if (before?.rule === 'title-before' && toks.length === 2 && SURNAME_HEADS.test(lastWord) && !opts.orgHeads.has(lower(toks[0])) && !opts.placeHeads.has(lower(toks[0]))) return set(d, 'person', 'title/surname-head');
  // "City of Miami Police", "Port of Seattle Police": a body named after its place is the body.
  if (opts.placeHeads.has(beforeConn) && opts.orgHeads.has(lastWord) && !opts.placeHeads.has(lastWord)) return set(d, 'organisation', 'head-of-place/organisation');
  if (opts.placeHeads.has(beforeConn)) return set(d, 'place', 'head-of/place');
  if (opts.orgHeads.has(lastWord) && toks.length > 1) return set(d, 'organisation', 'head/organisation');
  // "Kyra Street, who said ...", "Tony Park said": two words ending in a place's head word name a person where ", who"
  // follows (no street is a who), or a title, an apposition or a speech verb is told of a known given name ("Downing
  // Street said" is an office).
  const who = next?.text === ',' && lower(sent[d.end + 1]) === 'who';
  if (opts.placeHeads.has(lastWord) && toks.length === 2 && (who || (opts.givenNames.has(words[0]!.toLowerCase()) && (before || after || opts.speechVerbs.has(nextWord))))) {
    return set(d, 'person', 'gazetteer/given-name-speaking');
  }
  // "17-year-old Thomas Lane", "Blair Shanahan Lane, 11,": a person's age told beside the name (no street has one).
  // Not a place told of an aged person ("A 28-year-old Brooklyn Park man").
  const aged = (/^(?:\d{1,3}-)?year-old$/i.test(sent[d.start - 1]?.text ?? '') && !/^(?:m[ae]n|wom[ae]n|boys?|girls?|residents?|teens?|teenagers?|youths?|natives?|students?|mothers?|fathers?)$/.test(nextWord)) || (next?.text === ',' && /^\d{1,3}$/.test(sent[d.end + 1]?.text ?? '') && /^[,.)]$/.test(sent[d.end + 2]?.text ?? ''));
  if (opts.placeHeads.has(lastWord) && toks.length <= 3 && aged) return set(d, 'person', 'age-beside/person');
  if (opts.placeHeads.has(lastWord) && toks.length > 1) return set(d, 'place', 'head/place');
  // "the Sacramento Kings", "the New Orleans Saints", "the Green Bay Packers": a known place and a plural after "the" name a
  // team or a body of that place (no person is "the Baltimore Jones").
  if (prevWord === 'the' && toks.length >= 2 && toks.length <= 4 && /^\p{Lu}\p{Ll}+[^s]s$/u.test(words.at(-1)!) && !PLACE_PLURAL.test(words.at(-1)!) && opts.places.has(words.slice(0, -1).join(' ').toLowerCase())) return set(d, 'organisation', 'shape/place-and-plural');
  // "the Colorado Avalanche", "the Minnesota Wild", "the Orlando Magic": a known place and one word after "the" name a team
  // or a body of that place as well, never a person (a place's own parts, "the Colorado River", are read above by their head).
  if (prevWord === 'the' && toks.length >= 2 && toks.length <= 4 && /^\p{Lu}\p{Ll}+$/u.test(words.at(-1)!) && !opts.placeHeads.has(lastWord) && !opts.compass.has(lastWord) && !PLACE_PLURAL.test(words.at(-1)!) && opts.places.has(words.slice(0, -1).join(' ').toLowerCase()) && !opts.places.has(lowerText)) return set(d, 'organisation', 'shape/place-and-name');
  // "Fort Riley posted on their Facebook page", "Camp Pendleton said": a name opened by a place's lead word is the place.
  if (opts.placeLeads.has(lower(toks[0])) && toks.length > 1 && toks.length <= 3) return set(d, 'place', 'lead/place');
  if (opts.placeHeads.has(nextWord) && /^\p{Ll}/u.test(next?.text ?? '') && !isPossessive(next) && !opts.nationalities.has(lowerText)) {
    return set(d, 'place', 'head-after/place');
  }
  if (prevWord === 'of' && ['city', 'region', 'province', 'town', 'village', 'state', 'capital', 'island'].includes(lower(sent[d.start - 2]))) {
    return set(d, 'place', 'context/city-of');
  }
  // "Little Rock police say": a name before a body noun is the body's place, not a person.
  if (!before && !after && toks.length <= 4 && !opts.people.has(lowerText) && !opts.givenNames.has(words[0]!.toLowerCase()) && bodyAfter(ctx, d)) {
    return set(d, 'place', 'context/body-after');
  }
  if (before || after || opts.people.has(lowerText) || opts.people.has(key)) {
    const role = pickRole(before, after);
    if (role) {
      d.role = role.role;
      d.roleRule = role.rule;
    }
    const rule = before ? (before.rule === 'honorific' ? 'honorific-before' : 'title-before') : after ? 'apposition' : 'gazetteer/person';
    return set(d, 'person', rule);
  }
  if (toks.length >= 2 && toks.length <= 3 && koreanName(ctx, words)) return set(d, 'person', 'shape/korean-name');
  if (toks.length >= 2 && opts.givenNames.has(words[0]!.toLowerCase())) return set(d, 'person', 'gazetteer/given-name');
  // "C.J. Wilson", "A.J. Price": initials written together with their stops, then a surname, name a person; a place's
  // initials ("U.S. Marshals", "D.C. Police") never do.
  if (toks.length >= 2 && toks.length <= 3 && /^(?:\p{Lu}\.){2,3}$/u.test(words[0]!) && !PLACE_INITIALS.test(words[0]!) && !NOT_NAME_INITIALS.test(words[0]!) && toks.slice(1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && !NOT_PERSON_LAST.test(lastWord) && !opts.orgHeads.has(lastWord) && !opts.placeHeads.has(lastWord)) return set(d, 'person', 'shape/initials-then-surname');
  const seenLower = toks.some((t) => ctx.lowerSeen.has(t.text.toLowerCase()));
  if (toks.length === 1 && opts.givenNames.has(lowerText) && !seenLower && !isAllCaps(toks[0])) return set(d, 'person', 'gazetteer/given-name');
  const common = opts.groupHeads.has(lowerText) || opts.titles.has(lowerText.replace(/s$/, '')) || ctx.lowerSeen.has(lowerText);
  // "Police in Lexington say": after a locative preposition the name is the place, though a speech verb follows.
  if (opts.speechVerbs.has(nextWord) && toks.length <= 3 && !isAllCaps(toks[0]) && !common && !opts.locativePrepositions.has(prevWord)) return set(d, 'person', 'context/speech-verb-after');
  // "Smith and Jones said": the first of two names before a speech verb speaks too.
  if (nextWord === 'and' && toks.length <= 3 && !isAllCaps(toks[0]) && !common && !opts.locativePrepositions.has(prevWord)) {
    let k = d.end + 1;
    while (k < sent.length && k - d.end <= 3 && /^\p{Lu}\p{Ll}/u.test(sent[k]!.text) && !opts.places.has(lower(sent[k]))) k++;
    if (k > d.end + 1 && k - d.end <= 4 && opts.speechVerbs.has(lower(sent[k]))) return set(d, 'person', 'context/speech-verb-after-pair');
  }
  // "outside Cloud 9 that night", "at Studio 54": a name with a number after it names a venue, not a place (a count after
  // a place, "in Chicago 3 people were shot", counts a plural noun).
  const venueNumber = /^\d{1,3}$/.test(next?.text ?? '') && !/^(?:\p{Ll}+s|people|men|women|children)$/u.test(sent[d.end + 1]?.text ?? '');
  // "going over to Joel's house", "went to Smith's apartment": a name owning the home after it is the owner, a person.
  if (opts.locativePrepositions.has(prevWord) && toks.length <= 3 && isPossessive(next) && HOME_NOUN.test(lower(sent[d.end + 1]))) return set(d, 'person', 'context/owner-of-home');
  if (opts.locativePrepositions.has(prevWord) && toks.length <= 3 && !venueNumber) return set(d, 'place', 'context/locative-preposition');
  if (toks.length === 1 && isAllCaps(toks[0]) && toks[0]!.text.length <= 5 && !seenLower && !shouting(sent)) return set(d, 'organisation', 'shape/all-caps');
  // "the Afro Arts festival", "a Golden Globe nomination": a pair after an article and before a word in lower case names
  // what that word is (an event, a prize), not a person; before a verb ("the Atlanta Hawks clinched") it is the subject.
  const modifier = ['the', 'a', 'an'].includes(prevWord) && /^\p{Ll}/u.test(next?.text ?? '') && (NAMED_THING.test(nextWord) || !(opts.speechVerbs.has(nextWord) || /(?:ed|ing)$/.test(nextWord) || FINITE.test(nextWord)));
  if (opts.capitalisedPairAsPerson && !seenLower && !modifier && toks.length >= 2 && toks.length <= 3 && toks.every((t) => PERSON_WORD_SHAPE.test(t.text))) {
    return set(d, 'person', 'shape/capitalised-pair');
  }
}
