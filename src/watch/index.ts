// Public face of watching: change events of stories, the watch cycle, and where events are delivered.
export { storyEvents, freshEvents, groupsByKey, CHANGE_KINDS, EVIDENCE_LIMITS, type ChangeEvent, type ChangeKind, type EventArticle, type EventSentence, type Revision, type StoryChange } from './events.js';
export { runCycle, watchState, loadWatchState, WATCH_STATE, type CycleOptions, type CycleResult, type WatchState } from './cycle.js';
export { formatEventLines, appendEvents, postEvent, postEvents, defaultWebhookOptions, type Delivery, type WebhookOptions } from './deliver.js';
export { parseDuration } from './duration.js';
