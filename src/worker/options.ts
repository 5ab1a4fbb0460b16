// Tuned settings of the job queue and the workers, in one typed object with how each was chosen.

export interface QueueOptions {
  /** Attempts a document gets before it is settled as failed (a throw or a worker that died counts as one). */
  maxAttempts: number;
  /**
   * Seconds a job may stay active before pg-boss takes it as lost (its worker died) and retries it.
   * Extracting and analysing the largest accepted page (30 MB) took under a minute on a 2-core
   * machine; five minutes leaves room for a loaded machine.
   */
  expireInSeconds: number;
  /** Seconds before the first retry; doubled on each retry (pg-boss backoff). */
  retryDelaySeconds: number;
}

export interface WorkerOptions extends QueueOptions {
  /** Jobs one worker process runs at a time (their database waits overlap; the CPU work does not). */
  concurrency: number;
  /** Milliseconds between polls of an empty queue. */
  pollMs: number;
  /**
   * Least milliseconds between two link steps started by one worker while jobs keep coming.
   * Each link step saves the linker state (megabytes of JSON); one a second kept the lock
   * busy under a third of the time with four workers on the 2,000-document fault batch.
   */
  linkIntervalMs: number;
  /**
   * Seconds without link progress after which any worker may take linking over from the one
   * that linked last (which keeps the linker in memory). A few link intervals: long enough for
   * a busy owner to come back to it, short enough that a dead owner costs little.
   */
  linkHandoverSeconds: number;
  /** Most queue items one link step settles, so a transaction stays short. */
  maxLinkRun: number;
  /** Seconds between pg-boss maintenance passes (expiring the jobs of dead workers among them). */
  maintenanceIntervalSeconds: number;
  /** Exit once every enqueued item is settled and linked. */
  untilDone: boolean;
}

export const defaultQueueOptions: QueueOptions = {
  maxAttempts: 3,
  expireInSeconds: 300,
  retryDelaySeconds: 5,
};

export const defaultWorkerOptions: WorkerOptions = {
  ...defaultQueueOptions,
  concurrency: 1,
  pollMs: 500,
  linkIntervalMs: 1000,
  linkHandoverSeconds: 5,
  maxLinkRun: 500,
  maintenanceIntervalSeconds: 30,
  untilDone: false,
};
