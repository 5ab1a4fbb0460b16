// `triangulate add`: ingests, extracts and stores documents, then prints a one-line summary.
import { formatMessage } from '../../report/index.js';
import { openStore } from '../../store/index.js';
import { analysisOf } from './annotate.js';
import { EXIT, extractInputs, type Io } from '../io.js';
import { Progress } from '../progress.js';

export interface AddSummary {
  added: number;
  present: number;
  failed: { source: string; reason: string }[];
}

export async function addCommand(paths: string[], opts: { db: string; json?: boolean }, io: Io): Promise<number> {
  const store = await openStore(opts.db);
  const summary: AddSummary = { added: 0, present: 0, failed: [] };
  const progress = new Progress(io.isTty && !opts.json, 'adding');
  try {
    for await (const result of extractInputs(paths, io)) {
      if (!result.ok) {
        const reason = result.messages.filter((m) => m.severity === 'error').map(formatMessage).join('; ');
        summary.failed.push({ source: result.source, reason });
        progress.tick(result.source);
        continue;
      }
      const outcome = await store.putArticle(result.article);
      summary[outcome]++;
      if (outcome === 'added') {
        try {
          await store.putAnalysis(analysisOf(result.article));
        } catch (e) {
          // The article stays stored; its analysis can be redone later.
          io.err(`${result.article.source}: warning: analysis failed: ${(e as Error).message} (analyze/internal-error)`);
        }
      }
      progress.tick(result.article.source);
    }
  } finally {
    progress.finish();
    await store.close();
  }
  if (opts.json) {
    io.out(JSON.stringify(summary));
  } else {
    for (const f of summary.failed) io.err(`${f.source}: ${f.reason}`);
    io.out(`${summary.added} added, ${summary.present} already present, ${summary.failed.length} failed (store: ${opts.db})`);
  }
  return summary.failed.length > 0 ? EXIT.documentFailed : EXIT.ok;
}
