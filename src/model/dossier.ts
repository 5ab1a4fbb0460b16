// The dossier: everything known about a story as one document (JSON schema in schema/dossier.schema.json).
import type { ArticleJson } from './index.js';
import type { Approximation, DatePrecision, Modality, Span } from './analysis.js';

export const DOSSIER_SCHEMA_VERSION = 1;

export type Verdict = 'corroborated' | 'single-origin' | 'updated' | 'contested' | 'denied';

export interface Telling {
  articleId: string;
  outlet: string | null;
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
}

export interface ClaimGroup {
  id: string;
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
  subject: string;
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
  keyFigures?: KeyFigure[];
  timeline: TimelineEntry[];
  attributions: DossierAttribution[];
  entities: DossierEntity[];
  coverage: Coverage;
  /** Pairs of near-duplicate articles: the copy and the earliest it derives from. */
  syndication: { articleId: string; copyOf: string; similarity: number }[];
}

export interface Dossier {
  schemaVersion: number;
  generatedAt: string;
  stories: Story[];
  articles: ArticleJson[];
}
