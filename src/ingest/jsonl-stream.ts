// JSON-lines files read a line at a time, so a file of any size is processed as it is read, never held whole.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { fail, looksBinary, recordToItem, type IngestItem, type IngestOptions } from './documents.js';

/** Files read as a stream of records: `.jsonl` and `.ndjson` (gzipped ones are read whole, within the size limit). */
export const JSON_LINES_FILE = /\.(jsonl|ndjson)$/i;

const HEAD_BYTES = 4096;

/** The first bytes of a file. */
async function head(file: string): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Whether a JSON-lines file can be streamed: plain UTF-8 text whose first record opens with `{`.
 * Anything else (a JSON array, a binary file, text in another form) is read whole, as other files are.
 */
export async function streamable(file: string, options: IngestOptions): Promise<boolean> {
  const bytes = await head(file);
  if (bytes.length === 0 || looksBinary(bytes, options.binaryControlRatio)) return false;
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('{');
}

/** A line of the stream: its bytes, or how many bytes it had when it ran past the limit (kept no further). */
type Line = { bytes: Buffer; over: false } | { size: number; over: true };

/**
 * Splits a byte stream into lines without ever holding more than `max` bytes of one line: a
 * longer line is counted, dropped and reported as over, and reading goes on at the next line.
 */
async function* splitLines(input: AsyncIterable<Buffer>, max: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  const end = (): Line => {
    const line: Line = over ? { size, over: true } : { bytes: Buffer.concat(parts, size), over: false };
    parts = [];
    size = 0;
    over = false;
    return line;
  };
  for await (const chunk of input) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); ; nl = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, nl === -1 ? chunk.length : nl);
      size += piece.length;
      if (size > max) {
        over = true;
        parts = [];
      } else if (!over) parts.push(piece);
      if (nl === -1) break;
      yield end();
      from = nl + 1;
    }
  }
  if (size > 0 || over) yield end();
}

/**
 * One item per record line, named `file#LINE` as when the file is read whole. A line longer
 * than the document size limit, or not JSON, fails alone; the rest go on.
 */
export async function* streamJsonLines(file: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  const raw = createReadStream(file);
  let n = 0;
  let records = 0;
  try {
    for await (const got of splitLines(raw as AsyncIterable<Buffer>, options.maxBytes)) {
      n++;
      if (got.over) {
        records++;
        yield fail(`${file}#${n}`, 'ingest/too-large', `the record has more than ${options.maxBytes} bytes, the limit (it had ${got.size})`);
        continue;
      }
      const text = got.bytes.toString('utf8');
      const line = (n === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
      if (line === '') continue;
      records++;
      const where = `${file}#${n}`;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (e) {
        yield fail(where, 'ingest/json', `invalid JSON on line ${n}: ${(e as Error).message}`);
        continue;
      }
      yield recordToItem(where, record);
    }
  } catch (e) {
    yield fail(file, 'ingest/unreadable', `cannot read past line ${n}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return;
  } finally {
    raw.destroy();
  }
  if (records === 0) yield fail(file, 'ingest/empty', 'the JSON input holds no records');
}
