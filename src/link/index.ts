// The public face of the link stage: near-duplicate detection and incremental story clustering.
export * from './dedupe.js';
export * from './cluster.js';
export { Linker, LINKER_TABLES, type LinkerOptions, type LinkerRowReader, type LinkerState, type LinkerTable, type LinkDecision } from './linker.js';
export { linkInputs, type LinkInputs } from './inputs.js';
export { buildStory, type StoryMember } from './story.js';
export { resolveEntities, entityKey } from './entities.js';
export { groupClaims, canonicalOrigin, type LinkArticle } from './claim-groups.js';
export { decideVerdict, valueInterval, compatible } from './verdicts.js';
export { buildTimeline } from './timeline.js';
export { buildBrief } from './brief.js';
