// Compressed values for the SQLite store: raw DEFLATE (node:zlib) of UTF-8 text, read back from either a compressed or a plain value.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** A value as SQLite gives it back: TEXT as a string, BLOB as a Buffer. */
export type StoredValue = string | Buffer | Uint8Array;

/**
 * DEFLATE's level for stored values. Level 2 (zlib's fast matcher) takes about two thirds of the
 * CPU of the default level 6 over a store's values (articles, analyses, linker rows, snapshots)
 * for about 7% more of their bytes (bench/RESULTS.md); any level reads back the same way.
 */
export const STORED_LEVEL = 2;

const STORED_OPTIONS = { level: STORED_LEVEL } as const;

/** The text compressed (stored as a BLOB). */
export function compressText(text: string): Buffer {
  return deflateRawSync(Buffer.from(text, 'utf8'), STORED_OPTIONS);
}

/** The text compressed when that saves at least a tenth of it, else the text itself (short values are often larger compressed). */
export function maybeCompressText(text: string): string | Buffer {
  if (text.length < 128) return text;
  const packed = compressText(text);
  return packed.length < Buffer.byteLength(text, 'utf8') * 0.9 ? packed : text;
}

/** The text of a stored value: a string as it is, a BLOB inflated. */
export function storedText(value: StoredValue): string {
  return typeof value === 'string' ? value : inflateRawSync(value).toString('utf8');
}
