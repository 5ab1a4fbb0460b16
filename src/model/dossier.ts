// The dossier: everything known about a story as one document (JSON schema in schema/dossier.schema.json).
import type { ArticleJson } from './index.js';
import type { Approximation, DatePrecision, Modality, Span } from './analysis.js';

export const DOSSIER_SCHEMA_VERSION = 1;

export type Verdict = 'corroborated' | 'single-origin' | 'updated' | 'contested' | 'denied';

/** The rule that set each frame field of a telling, carried from the claims pass to the dossier. */
export interface TellingRules {
  measure: string;
  subject: string;
  scope: string;
  asOf: string;
  origin: string;
  modality: string;
}

export interface Telling {
  articleId: string;
  outlet: string | null;
  /** When the article was published: orders tellings of the same as-of date. */
  published: string | null;
  origin: string;
  /** Canonical entity id of the origin when it resolves to one. */
  originEntityId: string | null;
  value: number | [number, number] | null;
  unit: string | null;
  approx: Approximation | null;
  /** The date the value holds for. */
  asOf: string | null;
  modality: Modality;
  negated: boolean;
  /** The sentence that tells it, and its span in the article text. */
  sentence: string;
  span: Span;
  /** Article id this telling's article is a syndicated copy of, when it is one. */
  syndicatedFrom: string | null;
  rules: TellingRules;
}

/**
 * What makes tellings "the same thing": measure, subject, scope and stance (planned, actual, a
 * denial), and for dated events without a value their date. Its key (`frameKey`) is the one
 * identity of a claim group, used by grouping, ids, watch events and the web view.
 */
export interface ClaimFrame {
  measure: string;
  subject: string;
  scope: 'event' | 'background';
  stance: 'actual' | 'planned' | 'denial';
  /** The date of a dated event without a value; null for counted claims. */
  when: string | null;
}

export interface ClaimGroup {
  id: string;
  /** The frame's key: stable when tellings are added (the id `gN` follows how often groups are told). */
  key: string;
  frame: ClaimFrame;
  /** Told by one outlet and a dated event, a background figure or an unattributed open-tail count: listed after the rest (`isTrivialGroup`). */
  trivial: boolean;
  statement: string;
  subject: string;
  predicate: string;
  unitClass: string | null;
  place: string | null;
  verdict: Verdict;
  verdictRule: string;
  /** One sentence a reader can check against the tellings. */
  explanation: string;
  independentOrigins: number;
  origins: string[];
  /** The value that leads (the latest from the leading origin), when the group counts something. */
  latestValue: number | [number, number] | null;
  /** Id of a group this one updates or is updated by, when scopes differ but the thing counted is the same. */
  related: { groupId: string; relation: string }[];
  tellings: Telling[];
}

export interface TimelineEntry {
  date: string;
  precision: DatePrecision;
  event: string;
  articleIds: string[];
}

export interface DossierAttribution {
  articleId: string;
  speaker: { name: string; entityId: string | null };
  cue: string;
  content: string;
  direct: boolean;
  span: Span;
}

export interface DossierEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  articleIds: string[];
  mentions: number;
}

export interface BriefSentence {
  text: string;
  articleIds: string[];
  /** Claim groups the sentence covers. */
  claimGroupIds: string[];
}

export interface Coverage {
  outlets: string[];
  /** For each claim group, the outlets that tell it. */
  byClaimGroup: { claimGroupId: string; outlets: string[] }[];
}

/** One value in a key figure's history, in the order of the time it holds for. */
export interface KeyFigurePoint {
  value: number | [number, number];
  asOf: string | null;
  origin: string;
  articleIds: string[];
}

/** A figure a reader needs first (killed, injured, troops deployed...), taken from one claim group. */
export interface KeyFigure {
  measure: string;
  /** Planned or actual: "troops planned" and "troops deployed" are two figures. */
  stance: 'actual' | 'planned';
  subject: string;
  /** The figure in words, as a journalist writes it. */
  statement: string;
  /** Why this figure and this value (the group's verdict rule, or a derivation). */
  rule: string;
  value: number | [number, number];
  asOf: string | null;
  verdict: Verdict;
  origins: string[];
  history: KeyFigurePoint[];
  claimGroupId: string;
}

export interface Story {
  id: string;
  title: string;
  articleIds: string[];
  dateRange: { from: string | null; to: string | null };
  brief: BriefSentence[];
  claimGroups: ClaimGroup[];
  /** The few figures a reader needs first, most important first. */
  keyFigures: KeyFigure[];
  timeline: TimelineEntry[];
  attributions: DossierAttribution[];
  entities: DossierEntity[];
  coverage: Coverage;
  /** Pairs of near-duplicate articles: the copy and the earliest it derives from. */
  syndication: { articleId: string; copyOf: string; similarity: number }[];
  /** Stories folded into this one (oldest first), present when there were any. */
  merges?: StoryMergeNote[];
}

/**
 * A story merged into another when an article (`via`) was found to report the same event as
 * both: the merged story's articles moved into `intoStoryId`, and its id names no story any more.
 */
export interface StoryMergeNote {
  storyId: string;
  intoStoryId: string;
  /** The bridging article. */
  via: string;
  /** The article of the merged story it matched best. */
  matched: string;
  /** The same-event score that decided the merge (0 to 1), and the features that moved it most. */
  score: number;
  features: string[];
  /** The articles that moved. */
  articleIds: string[];
  /** When the bridging article was published (ISO 8601), null when unknown: the same in every run that links the same articles. */
  at: string | null;
}

export interface Dossier {
  schemaVersion: number;
  generatedAt: string;
  stories: Story[];
  articles: ArticleJson[];
}
