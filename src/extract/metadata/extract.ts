// Metadata extraction (placeholder until the extractor lands).
import type { MetadataInput, MetadataResult } from './index.js';

export function extractMetadata(input: MetadataInput): MetadataResult {
  return {
    metadata: {
      title: input.title ? { value: input.title, rule: 'extractor/headline' } : null,
      outlet: null, byline: null, published: null, language: null, url: input.hints.url ?? null,
    },
    messages: [],
  };
}
