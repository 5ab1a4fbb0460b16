// Page-text extraction (placeholder until the extractor lands).
import type { PageTextExtraction } from './index.js';

export function extractPageText(text: string): PageTextExtraction {
  const lines = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  return { title: lines[0] ?? null, paragraphs: lines.slice(1), removed: [], messages: [] };
}
