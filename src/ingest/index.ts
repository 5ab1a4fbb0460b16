// Public face of ingestion: documents from files, folders, stdin and JSON records.
export { readInputs, type ReadOptions } from './sources.js';
export { documentsFromBytes, documentsFromJson, contentId, defaultIngestOptions, type IngestItem, type IngestOptions } from './documents.js';
export { decodeBytes, declaredCharset } from './decode.js';
