// A worker process for the queue tests: the real worker with test settings, and poison documents that throw or exit.
import { startWorker } from '../src/worker/index.js';

const [url, optionsJson] = process.argv.slice(2);
if (!url) {
  process.stderr.write('usage: queue-worker-fixture.js URL [OPTIONS_JSON]\n');
  process.exit(2);
}

const worker = await startWorker({
  url,
  options: { untilDone: true, pollMs: 200, maintenanceIntervalSeconds: 1, ...(optionsJson ? JSON.parse(optionsJson) : {}) },
  hooks: {
    beforeDocument: (document) => {
      if (document.content.includes('POISON-EXIT')) process.exit(70);
      if (document.content.includes('POISON-THROW')) throw new Error('poison document: the handler threw on purpose');
    },
  },
  events: { onError: (e) => process.env.QUEUE_FIXTURE_VERBOSE && process.stderr.write(`worker ${process.pid}: ${e.message}\n`) },
});
process.once('SIGTERM', () => void worker.stop());
await worker.done;
