// Public face of the pipeline: the one path from documents to dossiers that the CLI, the server and workers share.
export { extractItem, extractBatch, analysisOf, type Extracted } from './steps.js';
export { runPipeline, buildDossier, loadStory, type RunSummary, type RunOptions } from './run.js';
