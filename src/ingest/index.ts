// Public face of ingestion: documents from files, folders, stdin, JSON records and WARC archives.
export { readInputs, type ReadOptions } from './sources.js';
export { documentsFromBytes, documentsFromJson, contentId, defaultIngestOptions, type IngestItem, type IngestOptions } from './documents.js';
export { decodeBytes, declaredCharset } from './decode.js';
export { readWarc, readWarcStream, warcSummaryMessage, WARC_FILE, type WarcOptions, type WarcSummary } from './warc.js';
