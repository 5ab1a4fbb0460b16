// Public face of the pipeline: the one path from documents to dossiers that the CLI, the server and workers share.
export { extractItem, extractBatch, analysisOf, needsBatchDate, explicitDate, type Extracted } from './steps.js';
export { storeAndAnalyse, previousVersion, linkArticle, mergesInto, loadLinker, saveLinker, currentLinker, keepLinker, LINKER_STATE, type KeptLinker, type Stored } from './incremental.js';
export { runPipeline, runDocuments, buildDossier, loadStory, type RunSummary, type RunOptions, type DocumentRunOptions } from './run.js';
export { membershipSignature, storedSnapshot, buildSnapshot, keepSnapshot, storySnapshot, refreshSnapshots, type StorySnapshot } from './snapshots.js';
export { HeapBound, HEAP_MARGIN } from './heap-bound.js';
export { articleVersions, type ArticleVersions } from './versions.js';
export { RULES_VERSION, RULES_STATE, rederiveStale, type Rederived } from './rules.js';
