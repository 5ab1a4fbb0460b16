// Shared CLI plumbing: exit codes, output streams, and turning ingested items into articles.
import { readInputs } from '../ingest/index.js';
import { extractBatch, type Extracted } from '../pipeline/index.js';

export type { Extracted } from '../pipeline/index.js';

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

/** Reads every input and extracts each document; a failure on one document never stops the rest. */
export async function* extractInputs(inputs: readonly string[], io: Io): AsyncGenerator<Extracted> {
  yield* extractBatch(readInputs(inputs, { stdin: io.stdin }));
}
