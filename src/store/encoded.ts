// The SQLite store's stored form of an article and of its analysis, made where the article is analysed (a worker thread) so the writing thread only inserts it.
import type { Article } from '../model/index.js';
import type { ArticleAnalysis } from '../model/analysis.js';
import { packAnalysis, unpackAnalysis, type PackedAnalysis } from './analysis-codec.js';
import { packArticle } from './article-codec.js';
import { compressText, storedText } from './compress.js';

/** An article's stored columns: the packed article less its text, and the text, both compressed. */
export interface EncodedArticle {
  data: Uint8Array;
  text: Uint8Array;
}

/**
 * An analysis's stored value (packed, compressed) when the stored article's text is `articleText`;
 * a store whose article holds another text packs the analysis itself.
 */
export interface EncodedAnalysis {
  data: Uint8Array;
  articleText: string;
}

/** Each value in a buffer of its own length (a zlib result may sit in a larger one), so posting it copies only its bytes. */
function own(bytes: Buffer): Uint8Array {
  return new Uint8Array(bytes);
}

/** The stored columns of an article (as `SqliteStore.putArticle` writes them). */
export function encodeArticle(article: Article): EncodedArticle {
  return { data: own(packArticle(article)), text: own(compressText(article.text)) };
}

/** The stored value of an analysis of the article whose text is `articleText` (as `SqliteStore.putAnalysis` writes it). */
export function encodeAnalysis(analysis: ArticleAnalysis, articleText: string): Uint8Array {
  return own(compressText(packAnalysis(analysis, articleText)));
}

/**
 * The analysis back from its stored value (`encodeAnalysis` of it with `articleText`), as
 * `SqliteStore.getAnalysis` reads it when the stored article's text is `articleText`.
 */
export function decodeAnalysis(data: Uint8Array, articleText: string): ArticleAnalysis {
  const packed = JSON.parse(storedText(data)) as ArticleAnalysis | PackedAnalysis;
  return unpackAnalysis(packed, packed.text === null ? articleText : null);
}

/** The bytes as a Buffer over the same memory (what the SQLite driver binds as a BLOB). */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The stored value of a story snapshot's body (as `SqliteStore.putStorySnapshot` writes it). */
export function encodeSnapshot(body: string): Uint8Array {
  return own(compressText(body));
}
