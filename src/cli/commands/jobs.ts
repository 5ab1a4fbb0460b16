// `triangulate jobs`: the queue's state: items by status, link progress, job states, and failures with their reasons.
import { isPostgresUrl, PostgresStore } from '../../store/index.js';
import { queueStatus } from '../../worker/index.js';
import { EXIT, type Io } from '../io.js';

function counts(record: Record<string, number>): string {
  const parts = Object.entries(record).map(([k, n]) => `${n} ${k}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

export async function jobsCommand(opts: { db: string; json?: boolean; limit?: number }, io: Io): Promise<number> {
  if (!isPostgresUrl(opts.db)) {
    io.err('triangulate: jobs needs a PostgreSQL store: --db postgres://... (or DATABASE_URL)');
    return EXIT.usage;
  }
  const store = await PostgresStore.open(opts.db);
  try {
    const s = await queueStatus(store, { limit: opts.limit });
    if (opts.json) {
      io.out(JSON.stringify(s));
      return EXIT.ok;
    }
    io.out(`items: ${counts(s.items)}`);
    io.out(`linked through item ${s.watermark} of ${s.lastSeq}${s.watermark >= s.lastSeq ? ' (all settled)' : ''}`);
    io.out(`jobs: ${counts(s.jobs)}`);
    if (s.failures.length > 0) {
      io.out('failures (latest first):');
      for (const f of s.failures) io.out(`  #${f.seq} ${f.status} after ${f.attempts} attempt(s)  ${f.source}: ${f.reason}`);
    }
    return s.failures.some((f) => f.status === 'failed') ? EXIT.documentFailed : EXIT.ok;
  } finally {
    await store.close();
  }
}
