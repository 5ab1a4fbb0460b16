// Shared CLI plumbing: exit codes, output streams, and turning ingested items into articles.
import { extractArticle } from '../extract/index.js';
import { readInputs, type IngestItem } from '../ingest/index.js';
import type { Article, Message } from '../model/index.js';
import { worstSeverity } from '../model/index.js';

/** Exit codes: 0 all documents fine, 1 some document failed, 2 the command was misused or could not run. */
export const EXIT = { ok: 0, documentFailed: 1, usage: 2 } as const;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  stdin: NodeJS.ReadableStream;
  isTty: boolean;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stdin: process.stdin,
  isTty: Boolean(process.stderr.isTTY),
};

/** An input's outcome: an extracted article, or a failure with its messages. */
export type Extracted = { ok: true; article: Article } | { ok: false; source: string; messages: Message[] };

/** Reads every input and extracts each document; a failure on one document never stops the rest. */
export async function* extractInputs(inputs: readonly string[], io: Io): AsyncGenerator<Extracted> {
  for await (const item of readInputs(inputs, { stdin: io.stdin })) yield extractItem(item);
}

export function extractItem(item: IngestItem): Extracted {
  if (!item.ok) return item;
  try {
    const article = extractArticle(item.document);
    if (worstSeverity(article.messages) === 'error') {
      return { ok: false, source: item.document.source, messages: article.messages };
    }
    return { ok: true, article };
  } catch (e) {
    // A bug in an extractor must not take the batch down; it is reported on this document.
    return {
      ok: false,
      source: item.document.source,
      messages: [{ severity: 'error', ruleId: 'extract/internal-error', reason: `extraction failed: ${(e as Error).message}` }],
    };
  }
}
