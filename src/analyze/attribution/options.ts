// Tuned constants of the attribution model, in one typed object.
import type { SpanSearch } from './span-model.js';

export interface AttributionModelOptions {
  /** log2 of the hashed weight table sizes; 18 and 20 scored alike on held-out train, 20 leaves room for more data (model 2.3 MB gzipped). */
  cueBits: number;
  sourceBits: number;
  contentBits: number;
  /** Training passes; held-out train (`--holdout`) source F1 rose to epoch 7-8 and then flattened. */
  epochs: number;
  /** Added to the cue tagger's B score at inference, trading cue precision for recall; held-out train source F1: 0 -> 65.3, 10 -> 67.4, 20 -> 67.6, 30 -> 67.7 (cue F1 best near 20). */
  cueBias: number;
  /** Seed of the per-epoch shuffle (training is deterministic for a given seed). */
  seed: number;
  /** Source search: nearly all PolNeAR train sources are at most 20 tokens; 10 best starts x 10 best ends are paired. */
  source: SpanSearch;
  /** Content search: nearly all PolNeAR train contents are at most 150 tokens; 10 x 10 pairs as for sources. */
  content: SpanSearch;
  /** Tokens considered on each side of a cue (within its paragraph): covers nearly all train sources and contents. */
  windowLeft: number;
  windowRight: number;
  /** At most this many neighbouring paragraphs join a cue's window when a quotation runs across paragraphs. */
  quoteParagraphs: number;
  /** Weights smaller than this fraction of the largest one are stored as zero, to shrink the gzipped file. */
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
