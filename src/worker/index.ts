// Public face of the job queue: enqueueing batches, running workers, the link step and the queue's status.
export { enqueueInputs, type EnqueueSummary } from './enqueue.js';
export { startWorker, type RunningWorker, type StartWorkerArgs, type WorkerEvents } from './worker.js';
export { processJob, type JobContext, type WorkerHooks } from './handler.js';
export { linkStep, type LinkContext, type LinkerCache } from './link-step.js';
export { queueStatus, type QueueStatus, type FailedItem } from './status.js';
export { startBoss, DOCUMENT_QUEUE, BOSS_SCHEMA } from './queue.js';
export { defaultQueueOptions, defaultWorkerOptions, type QueueOptions, type WorkerOptions } from './options.js';
