// Reads the named inputs (files, folders recursively, `-` for stdin) and yields their documents in a stable order.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultIngestOptions, documentsFromBytes, type IngestItem, type IngestOptions } from './documents.js';
import { JSON_LINES_FILE, streamable, streamJsonLines } from './jsonl-stream.js';
import { readWarc, WARC_FILE, type WarcOptions } from './warc.js';
import { readWebAndLocal, type WebOptions } from './web/index.js';

const SKIPPED_NAMES = /^(\.|node_modules$)/;
const INGESTIBLE = /\.(html?|xhtml|txt|text|md|jsonl|ndjson|json|warc)(\.gz)?$/i;

async function readStdin(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Files under a folder, depth first, sorted by name so runs are repeatable. Hidden entries are skipped. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (SKIPPED_NAMES.test(e.name)) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile() && INGESTIBLE.test(e.name)) yield path;
  }
}

/** `onNote` (from WarcOptions) receives each WARC archive's summary of what was read and skipped. */
export interface ReadOptions extends WarcOptions {
  stdin?: NodeJS.ReadableStream;
  /** How http(s) URLs, URL lists (`.urls`, `.txt` of URLs) and feed files are fetched (src/ingest/web); `false` reads them as files. */
  web?: Partial<WebOptions> | false;
}

/** Yields one item per document found in the inputs; unreadable inputs yield failures and the rest go on. */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<IngestItem> {
  if (options.web !== false) {
    yield* readWebAndLocal(inputs, options.web ?? {}, (local) => readInputs(local, { ...options, web: false }));
    return;
  }
  const opts: IngestOptions = { ...defaultIngestOptions, ...options };
  for (const input of inputs) {
    if (input === '-') {
      const bytes = await readStdin(options.stdin ?? process.stdin);
      yield* documentsFromBytes('-', bytes, opts);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (e) {
      yield { ok: false, source: input, messages: [{ severity: 'error', ruleId: 'ingest/unreadable', reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }] };
      continue;
    }
    const files = info.isDirectory() ? walk(input) : single(input);
    for await (const file of files) {
      if (WARC_FILE.test(file)) {
        yield* readWarc(file, options);
        continue;
      }
      if (JSON_LINES_FILE.test(file) && (await streamable(file, opts).catch(() => false))) {
        yield* streamJsonLines(file, opts);
        continue;
      }
      let bytes: Uint8Array;
      try {
        const size = (await stat(file)).size;
        if (size > opts.maxBytes) {
          yield { ok: false, source: file, messages: [{ severity: 'error', ruleId: 'ingest/too-large', reason: `the file has ${size} bytes, over the limit of ${opts.maxBytes}` }] };
          continue;
        }
        bytes = await readFile(file);
      } catch (e) {
        yield { ok: false, source: file, messages: [{ severity: 'error', ruleId: 'ingest/unreadable', reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }] };
        continue;
      }
      yield* documentsFromBytes(file, bytes, opts);
    }
  }
}

async function* single(path: string): AsyncGenerator<string> {
  yield path;
}
