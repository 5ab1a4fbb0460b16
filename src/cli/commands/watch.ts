// `triangulate watch`: runs the sources through the pipeline every so often and reports what changed in the stories as events.
import { loadAttributionModel, type AnalysisOptions } from '../../analyze/index.js';
import type { KeptLinker } from '../../pipeline/index.js';
import { formatMessage } from '../../report/index.js';
import { openStore } from '../../store/index.js';
import { appendEvents, defaultWebhookOptions, formatEventLines, parseDuration, postEvents, runCycle, type CycleResult, type WebhookOptions } from '../../watch/index.js';
import { EXIT, type Io } from '../io.js';
import { webOptionsOf, type WebFlags } from '../web-options.js';

export interface WatchCommandOptions extends WebFlags {
  db: string;
  every: string;
  events?: string;
  webhook?: string;
  once?: boolean;
}

export interface WatchDeps {
  /** Stops the loop between cycles (the command also stops on SIGINT and SIGTERM). */
  signal?: AbortSignal;
  webhook?: Partial<WebhookOptions>;
}

/** Waits `ms` or until the signal stops the watch. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function cycleLine(r: CycleResult): string {
  const run = r.run ? `, ${r.run.added} added` : '';
  return `watch: ${plural(r.read, 'document')} read, ${r.skipped} already stored${run}, ${plural(r.newArticles, 'new article')} in ${plural(r.touchedStories.length, 'story', 'stories')}, ${plural(r.events.length, 'event')}` +
    ` (${Math.round(r.timings.readAndRunMs + r.timings.eventsMs)} ms)`;
}

export async function watchCommand(sources: string[], opts: WatchCommandOptions, io: Io, deps: WatchDeps = {}): Promise<number> {
  let every: number;
  try {
    every = parseDuration(opts.every);
  } catch (e) {
    io.err(`triangulate: --every: ${(e as Error).message}`);
    return EXIT.usage;
  }
  if (opts.webhook !== undefined && !/^https?:\/\/[^\s]+$/i.test(opts.webhook)) {
    io.err(`triangulate: --webhook: "${opts.webhook}" is not an http(s) URL`);
    return EXIT.usage;
  }
  const webhook: WebhookOptions = { ...defaultWebhookOptions, ...deps.webhook };

  // SIGINT and SIGTERM stop the loop between cycles; a second one ends the process at once.
  const stop = new AbortController();
  deps.signal?.addEventListener('abort', () => stop.abort(), { once: true });
  const onSignal = (sig: NodeJS.Signals) => {
    if (stop.signal.aborted) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.kill(process.pid, sig);
      return;
    }
    io.err(`watch: ${sig}: stopping after this cycle`);
    stop.abort();
  };
  if (!opts.once) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }

  let model: AnalysisOptions | undefined;
  const reported = new Set<string>();
  const kept: KeptLinker = { linker: null, head: null };
  const store = await openStore(opts.db);
  let code: number = EXIT.ok;
  try {
    io.err(`watch: ${sources.join(' ')} into ${opts.db}${opts.once ? ', one cycle' : `, every ${opts.every}`}`);
    for (;;) {
      let result: CycleResult;
      try {
        result = await runCycle(store, sources, {
          read: { stdin: io.stdin, web: webOptionsOf(opts) },
          analysis: () => (model ??= { attributionModel: loadAttributionModel() }),
          onWarning: (source, m) => io.err(`${source}: ${formatMessage(m)}`),
          kept,
        });
      } catch (e) {
        io.err(`watch: the cycle failed: ${(e as Error).message}`);
        if (opts.once) return EXIT.usage;
        await pause(every, stop.signal);
        if (stop.signal.aborted) break;
        continue;
      }
      // A source that keeps failing is reported once per process.
      for (const f of result.failed) {
        const reason = f.messages.filter((m) => m.severity === 'error').map(formatMessage).join('; ');
        if (reported.has(`${f.source}\n${reason}`)) continue;
        reported.add(`${f.source}\n${reason}`);
        io.err(`${f.source}: ${reason}`);
      }
      for (const e of result.events) for (const line of formatEventLines(e)) io.out(line);
      if (opts.events) {
        try {
          await appendEvents(opts.events, result.events);
        } catch (e) {
          io.err(`watch: cannot append to ${opts.events}: ${(e as Error).message}`);
        }
      }
      if (opts.webhook && result.events.length > 0) {
        for (const d of await postEvents(opts.webhook, result.events, webhook)) {
          if (!d.ok) io.err(`watch: webhook: event ${d.key} not delivered after ${plural(d.attempts, 'try', 'tries')}: ${d.error ?? 'failed'}`);
        }
      }
      io.err(cycleLine(result));
      if (opts.once) {
        code = result.failed.length > 0 ? EXIT.documentFailed : EXIT.ok;
        break;
      }
      await pause(every, stop.signal);
      if (stop.signal.aborted) break;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
  return code;
}
