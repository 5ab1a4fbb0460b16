// Tuned constants of the attribution model, in one typed object.
import type { SpanSearch } from './span-model.js';

export interface AttributionModelOptions {
  /** log2 of the hashed weight table sizes. 20/18/18 keep collisions rare for ~1M distinct features and the gzipped model small. */
  cueBits: number;
  sourceBits: number;
  contentBits: number;
  /** Training passes over the data; chosen on a held-out tenth of PolNeAR train (`--holdout`). */
  epochs: number;
  /** Added to the cue tagger's B score at inference: trades cue precision for recall; chosen on held-out train. */
  cueBias: number;
  /** Seed of the per-epoch shuffle (training is deterministic for a given seed). */
  seed: number;
  /** Source search: 98% of PolNeAR train sources are at most 20 tokens; beam chosen on held-out train. */
  source: SpanSearch;
  /** Content search: 99% of PolNeAR train contents are at most 150 tokens; beam chosen on held-out train. */
  content: SpanSearch;
  /** Tokens considered on each side of a cue (within its paragraph): covers nearly all train sources and contents. */
  windowLeft: number;
  windowRight: number;
  /** At most this many neighbouring paragraphs join a cue's window when a quotation runs across paragraphs. */
  quoteParagraphs: number;
  /** Weights smaller than this fraction of the largest one are stored as zero; 0.002 cost no held-out F1. */
  pruneFraction: number;
}

export const DEFAULT_OPTIONS: AttributionModelOptions = {
  cueBits: 20,
  sourceBits: 20,
  contentBits: 20,
  epochs: 8,
  cueBias: 20,
  seed: 20240601,
  source: { role: 'source', maxLength: 20, beam: 10 },
  content: { role: 'content', maxLength: 150, beam: 10 },
  windowLeft: 120,
  windowRight: 120,
  quoteParagraphs: 3,
  pruneFraction: 0.002,
};
