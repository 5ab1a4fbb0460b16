// Word lists the claims pass reads: predicate lemmas and families, modality cues, negation, report nouns.
import type { Modality } from '../model/analysis.js';

export interface ClaimLexicon {
  /** Inflected form -> lemma for the predicates claims are built around. */
  predicates: ReadonlyMap<string, string>;
  /** Lemma -> family, so that "dispatch" and "send" tell the same claim. */
  families: ReadonlyMap<string, string>;
  /** Cue word (lower case) -> modality, checked in the clause before the quantity, nearest first. */
  modalityCues: ReadonlyMap<string, Modality>;
  /** Words that negate a predicate ("not", "never", "no"). */
  negations: ReadonlySet<string>;
  /** Nouns that make "X's <noun> that ..." an attribution to X ("Zelensky's earlier statement that"). */
  reportNouns: ReadonlySet<string>;
  /** Words after which a date is the time a claim holds for ("as at Oct 8", "by October 8"). */
  asOfMarkers: readonly RegExp[];
}

/** Regular and irregular forms of a verb: base, third person, past, participle, gerund. */
function forms(base: string, past?: string, participle?: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const regularPast = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const gerund = base.endsWith('ie') ? `${base.slice(0, -2)}ying` : base.endsWith('e') && !base.endsWith('ee') ? `${stem}ing` : `${base}ing`;
  return [base, third, past ?? regularPast, participle ?? past ?? regularPast, gerund];
}

// Predicate families grouped by what a reader compares across outlets; built from the verbs of
// the example corpus and common conflict, disaster, economy and politics reporting.
const FAMILIES: Record<string, [string, string?, string?][]> = {
  send: [['send', 'sent'], ['dispatch'], ['deploy'], ['transfer'], ['move'], ['station'], ['mobilize'], ['mobilise'], ['arrive']],
  join: [['join'], ['enlist']],
  supply: [['supply'], ['provide'], ['deliver'], ['ship'], ['export'], ['sell', 'sold'], ['give', 'gave', 'given'], ['transport']],
  kill: [['kill'], ['die', 'died'], ['dead'], ['slay', 'slew', 'slain']],
  injure: [['injure'], ['wound'], ['hurt', 'hurt']],
  capture: [['capture'], ['detain'], ['arrest'], ['hold', 'held'], ['take', 'took', 'taken'], ['apprehend'], ['nab', 'nabbed']],
  fight: [['fight', 'fought'], ['attack'], ['strike', 'struck'], ['launch'], ['fire'], ['shoot', 'shot']],
  train: [['train']],
  prepare: [['prepare']],
  plan: [['plan', 'planned'], ['intend'], ['decide']],
  cost: [['cost', 'cost'], ['worth'], ['spend', 'spent'], ['pay', 'paid'], ['fund'], ['raise'], ['invest']],
  count: [['number'], ['total'], ['reach'], ['estimate'], ['count']],
  rise: [['rise', 'rose', 'risen'], ['increase'], ['grow', 'grew', 'grown'], ['climb'], ['jump']],
  fall: [['fall', 'fell', 'fallen'], ['decrease'], ['drop'], ['cut', 'cut'], ['decline']],
  sign: [['sign'], ['ratify'], ['approve'], ['agree'], ['pledge']],
  support: [['support'], ['aid'], ['help'], ['back']],
  oppose: [['oppose'], ['reject'], ['condemn']],
  favour: [['favor'], ['favour']],
  blow: [['blow', 'blew', 'blown'], ['destroy'], ['demolish']],
  visit: [['visit'], ['meet', 'met'], ['inspect']],
  evacuate: [['evacuate'], ['flee', 'fled'], ['displace']],
  // "The Bears fired coach Lovie Smith": a dismissal; "fire" itself stays with the weapons' verbs, read as a dismissal
  // where a person follows it (claims-events.ts).
  dismiss: [['dismiss'], ['sack'], ['oust']],
};

function buildPredicates(): { predicates: Map<string, string>; families: Map<string, string> } {
  const predicates = new Map<string, string>();
  const families = new Map<string, string>();
  for (const [family, verbs] of Object.entries(FAMILIES)) {
    for (const [base, past, participle] of verbs) {
      families.set(base, family);
      for (const f of forms(base, past, participle)) if (!predicates.has(f)) predicates.set(f, base);
    }
  }
  // Nominalisations that carry the predicate in news style ("deployment of 1,500 soldiers").
  for (const [noun, lemma] of [['deployment', 'deploy'], ['dispatch', 'dispatch'], ['shipment', 'ship'], ['shipments', 'ship'], ['supplies', 'supply'], ['delivery', 'deliver'], ['deliveries', 'deliver'], ['transfer', 'transfer'], ['death', 'die'], ['deaths', 'die'], ['casualties', 'kill'], ['arrival', 'arrive'], ['sale', 'sell'], ['sales', 'sell']] as const) {
    predicates.set(noun, lemma);
  }
  return { predicates, families };
}

const built = buildPredicates();

export const defaultClaimLexicon: ClaimLexicon = {
  predicates: built.predicates,
  families: built.families,
  // Hedges and plans as reporters use them; each maps to the modality a reader must see.
  modalityCues: new Map<string, Modality>([
    ['plans', 'planned'], ['planned', 'planned'], ['planning', 'planned'], ['plan', 'planned'], ['will', 'planned'],
    ['intends', 'planned'], ['intend', 'planned'], ['decided', 'planned'], ['aims', 'planned'], ['expected', 'planned'],
    ['preparing', 'planned'], ['prepares', 'planned'], ['set', 'planned'], // "set" only as "set to" (`findModality`): "set off explosives" plans nothing
    ['estimated', 'estimated'], ['estimate', 'estimated'], ['estimates', 'estimated'],
    ['believed', 'believed'], ['believes', 'believed'], ['believe', 'believed'], ['suspected', 'believed'], ['thought', 'believed'],
    ['reportedly', 'reported'], ['reported', 'reported'], ['reports', 'reported'], ['allegedly', 'reported'],
    ['may', 'possible'], ['might', 'possible'], ['could', 'possible'], ['possibly', 'possible'], ['perhaps', 'possible'], ['likely', 'possible'],
    ['denies', 'denied'], ['denied', 'denied'], ['deny', 'denied'], ['denying', 'denied'], ['rejected', 'denied'],
  ]),
  negations: new Set(['not', 'no', 'never', "n't", 'neither', 'nor', 'without']),
  reportNouns: new Set(['statement', 'claim', 'claims', 'assessment', 'estimate', 'estimates', 'report', 'reports', 'announcement', 'remarks', 'comments', 'testimony', 'figures', 'data']),
  asOfMarkers: [/\b(?:as at|as of|by|until|through|since)\s*$/i],
};

/** Dwellings and buildings a disaster's damage is counted in (singular nouns; a counted noun may take an "s"). */
export const BUILDING_NOUNS = ['home', 'house', 'building', 'structure', 'residence', 'dwelling', 'apartment', 'cabin', 'outbuilding'] as const;
/** Participles of damage told of buildings or land, with their lemma: "600 buildings were damaged", "acres burned". */
export const DAMAGE_PARTICIPLES: Readonly<Record<string, string>> = {
  destroyed: 'destroy', damaged: 'damage', razed: 'raze', levelled: 'level', leveled: 'level', flattened: 'level',
  burned: 'burn', burnt: 'burn', scorched: 'scorch', charred: 'char', flooded: 'flood', consumed: 'consume',
};

/** A count's subject told as others than some told beside it ("three others", "two other men"). */
export const OTHERS_SUBJECT = /^others?\b|^other\s/i;

/** Kin an age may be told of ("a 16-year-old son", "his 16-year-old sibling"): the subject of a relation's age, folded as a relative's. */
export const KIN_OF_AGE = 'son|daughter|child|grandson|granddaughter|grandchild|brother|sister|sibling|half-brother|half-sister|stepbrother|stepsister|wife|husband|nephew|niece|stepson|stepdaughter';
/** Other relations an age may be told of ("her 1-year-old cousin", "her boyfriend, 22,"), beside `KIN_OF_AGE`. */
export const OTHER_RELATION_OF_AGE = 'cousin|uncle|aunt|mother|father|boyfriend|girlfriend|friend';

/** The phrase a part of people told by what is said of it ends in (claims.ts `partState`): "victims in critical condition" -> "in critical condition". */
export const PART_STATE_PHRASE = /\s(in\s\p{Ll}+\scondition|released|taken to hospital|treated|who (?:is|are) .+|\p{Ll}+)$/u;
