// The `triangulate` command line: its commands, global options and exit codes.
import { Command, CommanderError } from 'commander';
import { addCommand } from './commands/add.js';
import { annotateCommand } from './commands/annotate.js';
import { articlesCommand, showCommand, whyCommand } from './commands/articles.js';
import { extractCommand } from './commands/extract.js';
import { jobsCommand } from './commands/jobs.js';
import { workerCommand } from './commands/worker.js';
import { analyzeCommand, dossierCommand, exportCommand, storiesCommand } from './commands/stories.js';
import { serveCommand } from './commands/serve.js';
import { watchCommand, type WatchCommandOptions } from './commands/watch.js';
import { EXIT, processIo, type Io } from './io.js';
import { addWebOptions, INPUTS_HELP, whole } from './web-options.js';
import { DEFAULT_DB } from '../store/index.js';

/** Builds the program; each command sets `state.code` to its exit code. */
export function buildProgram(io: Io, state: { code: number }): Command {
  const program = new Command('triangulate')
    .description('Follow a developing news story across outlets: what is claimed, by whom, who repeats whom, what changed.')
    .version('0.1.0')
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride();

  const dbOption = ['--db <path>', `the store: an SQLite file or a postgres:// URL`, process.env.TRIANGULATE_DB ?? process.env.DATABASE_URL ?? DEFAULT_DB] as const;

  program
    .command('analyze')
    .description('the main job: ingest, extract, analyse, store and link documents, then print the dossier of every story they fall in')
    .argument('<paths...>', INPUTS_HELP)
    .option(...dbOption)
    .option('--json', 'print the dossier as JSON (schema/dossier.schema.json)')
    .option('--md', 'print the dossier as Markdown')
    .action(async (paths: string[], opts: { db: string; json?: boolean; md?: boolean }) => {
      state.code = await analyzeCommand(paths, opts, io);
    });

  program
    .command('stories')
    .description('list the stored stories')
    .option(...dbOption)
    .option('--json', 'print one JSON object per story, one per line')
    .action(async (opts: { db: string; json?: boolean }) => {
      state.code = await storiesCommand(opts, io);
    });

  program
    .command('dossier')
    .description('print one story\'s dossier: brief, claim groups with verdicts, timeline, who said what, coverage, entities')
    .argument('<story>', 'story id (a unique prefix is enough)')
    .option(...dbOption)
    .option('--json', 'print the dossier as JSON (schema/dossier.schema.json)')
    .option('--md', 'print the dossier as Markdown')
    .action(async (story: string, opts: { db: string; json?: boolean; md?: boolean }) => {
      state.code = await dossierCommand(story, opts, io);
    });

  program
    .command('export')
    .description('write a story\'s claim tellings, attributions and timeline as CSV files')
    .argument('<story>', 'story id (a unique prefix is enough)')
    .requiredOption('--csv <dir>', 'folder to write tellings.csv, attributions.csv and timeline.csv into')
    .option(...dbOption)
    .action(async (story: string, opts: { db: string; csv: string }) => {
      state.code = await exportCommand(story, opts, io);
    });

  // Sources are read as `add` reads them, with the same fetching flags; a feed's items are fetched once.
  addWebOptions(
    program
      .command('watch')
      .description('follow stories: every so often run the sources\' new documents through the pipeline and report what changed (new stories, articles and claims, updated values, verdict changes, denials)')
      .argument('<sources...>', `${INPUTS_HELP}, read again every cycle`)
      .option(...dbOption)
      .option('--every <duration>', 'time between cycles: 30s, 10m, 1h', '10m')
      .option('--events <file>', 'append each event to this file as a JSON line')
      .option('--webhook <url>', 'POST each event as JSON to this URL (3 tries with backoff)')
      .option('--once', 'run one cycle and exit'),
  ).action(async (sources: string[], opts: WatchCommandOptions) => {
    state.code = await watchCommand(sources, opts, io);
  });

  program
    .command('extract')
    .description('extract articles from files, folders or stdin (-) without storing them')
    .argument('<paths...>', 'files, folders (searched recursively) or - for standard input')
    .option('--json', 'print one JSON object per document, one per line')
    .option('--removed', 'also print the removed blocks with their rules')
    .action(async (paths: string[], opts: { json?: boolean; removed?: boolean }) => {
      state.code = await extractCommand(paths, opts, io);
    });

  program
    .command('annotate')
    .description('print each document\'s analysis: sentences, entities, dates, quantities, attributions and claims')
    .argument('<paths...>', 'files, folders (searched recursively) or - for standard input')
    .option('--json', 'print one JSON object per document, one per line; every span is [start, end] into "text"')
    .option('--as-is', 'take the input as clean article text (no boilerplate removal), so offsets are offsets into the file')
    .action(async (paths: string[], opts: { json?: boolean; asIs?: boolean }) => {
      state.code = await annotateCommand(paths, opts, io);
    });

  program
    .command('add')
    .description('ingest, extract and store documents; documents already stored are counted, not duplicated')
    .argument('<paths...>', INPUTS_HELP)
    .option(...dbOption)
    .option('--json', 'print the summary as JSON')
    .option('--queue', 'enqueue the documents for `triangulate worker` processes instead (PostgreSQL store)')
    .action(async (paths: string[], opts: { db: string; json?: boolean; queue?: boolean }) => {
      state.code = await addCommand(paths, opts, io);
    });

  program
    .command('worker')
    .description('process queued documents (PostgreSQL store): extract, analyse and store them, and link them in input order')
    .option(...dbOption)
    .option('--concurrency <n>', 'jobs this process runs at a time (run more processes to use more cores)', (v) => Number.parseInt(v, 10))
    .option('--until-done', 'exit once every queued document is settled and linked')
    .option('--quiet', 'print nothing but errors')
    .action(async (opts: { db: string; concurrency?: number; untilDone?: boolean; quiet?: boolean }) => {
      state.code = await workerCommand(opts, io);
    });

  program
    .command('jobs')
    .description('show the queue (PostgreSQL store): items by status, link progress, job states, failures with their reasons')
    .option(...dbOption)
    .option('--json', 'print the status as one JSON object')
    .option('--limit <n>', 'show at most n failures', (v) => Number.parseInt(v, 10))
    .action(async (opts: { db: string; json?: boolean; limit?: number }) => {
      state.code = await jobsCommand(opts, io);
    });

  program
    .command('articles')
    .description('list the stored articles')
    .option(...dbOption)
    .option('--json', 'print one JSON object per article, one per line')
    .option('--limit <n>', 'show at most n articles', (v) => Number.parseInt(v, 10))
    .action(async (opts: { db: string; json?: boolean; limit?: number }) => {
      state.code = await articlesCommand(opts, io);
    });

  program
    .command('show')
    .description('print one stored article: clean text, metadata with bases, removed blocks with rules, messages')
    .argument('<id>', 'article id (a unique prefix is enough)')
    .option(...dbOption)
    .option('--json', 'print the article as JSON')
    .action(async (id: string, opts: { db: string; json?: boolean }) => {
      state.code = await showCommand(id, opts, io);
    });

  program
    .command('why')
    .description('print why an article is in its story: the score, the nearest article and the features that decided')
    .argument('<id>', 'article id (a unique prefix is enough)')
    .option(...dbOption)
    .option('--json', 'print the membership as JSON')
    .action(async (id: string, opts: { db: string; json?: boolean }) => {
      state.code = await whyCommand(id, opts, io);
    });

  program
    .command('serve')
    .description('serve the web UI and the HTTP API over the store (loopback only unless --token is given)')
    .option(...dbOption)
    .option('--port <n>', 'port to listen on', (v) => Number.parseInt(v, 10), 8080)
    .option('--host <address>', 'address to bind; anything but loopback needs --token', '127.0.0.1')
    .option('--token <token>', 'require this token on every request (default: TRIANGULATE_TOKEN)')
    .action(async (opts: { db: string; port: number; host: string; token?: string }) => {
      state.code = await serveCommand(opts, io);
    });

  // The commands that read inputs fetch URLs and feeds too (src/cli/web-options.ts).
  // They also take the number of threads that extract and analyse.
  for (const command of program.commands) {
    if (command.name() !== 'add' && command.name() !== 'analyze') continue;
    addWebOptions(command);
    command.option('--threads <n>', 'threads that extract and analyse; storing and linking stay in input order (default: the number of cores)', whole(1));
  }

  return program;
}

/** Runs the command line and returns the exit code. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  const state = { code: EXIT.ok as number };
  const program = buildProgram(io, state);
  try {
    await program.parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    io.err(`triangulate: ${(e as Error).message}`);
    return EXIT.usage;
  }
  return state.code;
}
