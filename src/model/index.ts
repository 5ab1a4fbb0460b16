// The domain types shared by every stage: documents, messages, articles and their metadata.

/** How serious a message on a document is; the CLI's exit code follows the worst one. */
export type Severity = 'error' | 'warning' | 'info';

/** A problem or note about one document, never an exception: a rule id, a reason, a position. */
export interface Message {
  severity: Severity;
  /** Stable identifier of the rule that produced the message, e.g. `ingest/empty`. */
  ruleId: string;
  reason: string;
  /** Character offsets `[start, end]` into the text the message is about, when there is one. */
  span?: [number, number];
}

/** The kind of content a document carries, decided from its bytes and its name. */
export type MediaType = 'html' | 'text';

/** What came in: decoded text plus where it came from. */
export interface Document {
  /** Stable id derived from the content, always (a JSON record's own `id` is `externalId`). */
  id: string;
  /** The id a JSON record gave itself: kept, searchable, and the key that makes new content a new version. */
  externalId?: string;
  /** Where it came from: a path, `-` for stdin, `path#line` for a JSON-lines record. */
  source: string;
  mediaType: MediaType;
  /** Decoded content (HTML source or page text). */
  content: string;
  /** The charset the bytes were decoded with and how it was decided. */
  charset: { name: string; basis: 'bom' | 'meta' | 'detected' | 'default' | 'record' };
  /** Metadata a structured record supplied; it beats what extraction would find. */
  hints: DocumentHints;
  messages: Message[];
  /** How the document was fetched from the web or read from a crawl archive; absent for files and stdin. */
  capture?: Capture;
}

/** A fetch (URL, feed item) or an archived capture (WARC response record) a document came from. */
export interface Capture {
  kind: 'http' | 'warc';
  /** The URL asked for (for WARC, the record's target URI). */
  url: string;
  /** The URL the content came from after redirects. */
  finalUrl: string;
  /** HTTP status of the final response, when known. */
  status: number | null;
  /** When it was fetched or captured (ISO 8601). The page's own dates beat this one. */
  fetchedAt: string;
  /** The Content-Type header, when there was one. */
  contentType: string | null;
  /** The response body as received, before decoding, in base64. */
  raw?: string;
  /** The feed the item was listed in, when it came from a feed. */
  feed?: string;
}

export interface DocumentHints {
  url?: string;
  title?: string;
  published?: string;
  outlet?: string;
  byline?: string;
}

/** A block of the page left out of the article, with the rule that removed it. */
export interface RemovedBlock {
  text: string;
  /** Rule id, e.g. `text/headline-list` or `html/nav`. */
  rule: string;
  /** The score that decided, when the rule is a scored one (higher = more likely boilerplate). */
  score?: number;
}

export type PublishedBasis = 'explicit' | 'inferred';

/** A metadata value with the basis that decided it, so a reader can ask "why?". */
export interface Decided<T> {
  value: T;
  /** Rule id that decided the value, e.g. `meta/og:site_name`, `text/edition-line`. */
  rule: string;
  /** The text the value was read from, when it came from the page. */
  evidence?: string;
}

export interface ArticleMetadata {
  title: Decided<string> | null;
  outlet: (Decided<string> & { guess?: boolean }) | null;
  byline: Decided<string> | null;
  /** ISO date (`YYYY-MM-DD`) or date-time. */
  published: (Decided<string> & { basis: PublishedBasis }) | null;
  /** ISO 639-1 code of the article body's language (`und` when undetermined). */
  language: Decided<string> | null;
  url: string | null;
}

/** One extracted news item. `text` is the paragraphs joined by blank lines. */
export interface Article {
  id: string;
  /** The id the source gave the document (a JSON record's `id`), when it gave one. */
  externalId?: string;
  source: string;
  text: string;
  /** `[start, end]` of each paragraph in `text`. */
  paragraphs: [number, number][];
  metadata: ArticleMetadata;
  removed: RemovedBlock[];
  messages: Message[];
}

/** The JSON shape of an extracted article, shared by the CLI, the dossier and the API. */
export interface ArticleJson {
  id: string;
  externalId: string | null;
  source: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  outletGuess: boolean;
  byline: string | null;
  published: string | null;
  publishedBasis: 'explicit' | 'inferred' | null;
  language: string | null;
  text: string;
  paragraphs: [number, number][];
  removed: { text: string; rule: string; score?: number }[];
  metadata: ArticleMetadata;
  messages: Message[];
}

/** Joins paragraphs into article text and records each paragraph's span. */
export function joinParagraphs(paragraphs: readonly string[]): { text: string; spans: [number, number][] } {
  const spans: [number, number][] = [];
  let text = '';
  for (const p of paragraphs) {
    if (text.length > 0) text += '\n\n';
    spans.push([text.length, text.length + p.length]);
    text += p;
  }
  return { text, spans };
}

/** The worst severity in a list of messages, or null when there is none. */
export function worstSeverity(messages: readonly Message[]): Severity | null {
  let worst: Severity | null = null;
  for (const m of messages) {
    if (m.severity === 'error') return 'error';
    if (m.severity === 'warning') worst = 'warning';
    else if (worst === null) worst = 'info';
  }
  return worst;
}
