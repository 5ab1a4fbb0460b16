// The per-article analysis types: sentences, entity mentions, dates, quantities, attributions, claims.

/** Character offsets `[start, end)` into the analysed article text. */
export type Span = [number, number];

/** A piece of text with its span. */
export interface TextSpan {
  text: string;
  span: Span;
}

export interface Token {
  span: Span;
  text: string;
}

export type SentenceKind = 'headline' | 'caption' | 'body';

export interface Sentence {
  span: Span;
  text: string;
  kind: SentenceKind;
  /** Index of the paragraph the sentence sits in. */
  paragraph: number;
  tokens: Token[];
}

export type EntityType = 'person' | 'organisation' | 'place' | 'group';

export interface EntityMention {
  text: string;
  span: Span;
  type: EntityType;
  /** Normalised key: lower-cased, hyphens/apostrophes folded, possessive dropped ("kim jong un"). */
  key: string;
  /** Features or rules that set the type, e.g. `gazetteer/country`, `title-before`, `acronym-definition`. */
  evidence: string[];
  /** Role or title attached to a person ("South Korean defense minister"). */
  role?: TextSpan;
  /** Acronym defined for this mention in the text ("NIS"). */
  acronym?: string;
  /** Index (in the article's `entities`) of the full mention this one refers to (surname-only, title-only, acronym, pronoun). */
  refersTo?: number;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention {
  text: string;
  span: Span;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` by precision. */
  value: string;
  precision: DatePrecision;
  /** Whether the expression was relative to the publication date ("on Friday", "last week"). */
  relative: boolean;
  rule: string;
}

export type Approximation = 'about' | 'at-least' | 'more-than' | 'up-to' | 'less-than' | 'nearly' | 'estimated';
export type Change = 'up' | 'down';

export interface Quantity {
  text: string;
  span: Span;
  /** The value, or `[low, high]` for a range. */
  value: number | [number, number];
  /** Unit as written and normalised ("troops", "USD", "percent", "artillery shells"). */
  unit: string | null;
  /** Class of the unit: persons, money, percent, munitions, length, mass, area, time, count, ... */
  unitClass: string;
  approx: Approximation | null;
  change: Change | null;
  rule: string;
}

export interface Attribution {
  speaker: (TextSpan & { mention?: number }) | null;
  cue: TextSpan;
  content: TextSpan;
  direct: boolean;
  /** Outlet a speaker spoke to ("told Newsweek"). */
  channel?: TextSpan;
  rule: string;
}

export type Modality = 'asserted' | 'planned' | 'estimated' | 'believed' | 'reported' | 'possible' | 'denied';

/**
 * What a claim counts or states. A closed vocabulary of the measures news compares across
 * outlets, with an open tail (`other:<predicate family>:<unit class>`) for the rest.
 */
export type KnownMeasure =
  | 'killed' | 'injured' | 'shot' | 'missing' | 'kidnapped' | 'displaced' | 'evacuated' | 'rescued' | 'arrested' | 'charged'
  | 'troops' | 'magnitude' | 'depth' | 'distance' | 'money' | 'poll-share' | 'age' | 'shots-fired' | 'event';
export type Measure = KnownMeasure | `other:${string}`;

/** Whether a claim is about the story's own event or background (an earlier event, another year). */
export type ClaimScope = 'event' | 'background';

/** Rule ids of the claims pass: `<field>/<rule>`; the field steers nothing else, the rule only explains. */
export type ClaimRule = `${'subject' | 'predicate' | 'measure' | 'scope' | 'place' | 'time' | 'origin' | 'modality'}/${string}`;

/** A field of a claim with the rule or feature that set it. */
export interface Because<T> {
  value: T;
  rule: string;
}

export interface Claim {
  /** What is counted or stated: killed, injured, troops, magnitude... (the frame's first field). */
  measure: Because<Measure>;
  /** Whether it is about this story's event or background ("the 2004 tsunami killed 170,000"). */
  scope: Because<ClaimScope>;
  /** What is counted or who acted ("North Korean troops"). */
  subject: Because<string>;
  /** Lemma of the main predicate ("send", "deploy"). */
  predicate: Because<string>;
  /** Index into the article's quantities, for quantity claims. */
  quantity?: number;
  value?: number | [number, number];
  unit?: string | null;
  unitClass?: string;
  approx?: Approximation | null;
  place: Because<string | null>;
  /** The date the claim holds for, `YYYY-MM-DD`/`YYYY-MM`/`YYYY`, or null. */
  time: Because<string | null>;
  /** Who the claim comes from: an attribution's speaker, or the outlet when unattributed. */
  origin: Because<string>;
  /** Index into the article's attributions when the claim is attributed. */
  attribution?: number;
  modality: Because<Modality>;
  negated: boolean;
  sentence: Span;
  /** Index into the article's sentences. */
  sentenceIndex: number;
}

export interface ArticleAnalysis {
  articleId: string;
  /** The version of the rules that made it, as stored (see RULES_VERSION in src/pipeline); absent before versions were kept. */
  rulesVersion?: number;
  text: string;
  sentences: Sentence[];
  entities: EntityMention[];
  dates: DateMention[];
  quantities: Quantity[];
  attributions: Attribution[];
  claims: Claim[];
}
