// `triangulate analyze`, `stories`, `dossier` and `export`: the main job and the views of stored stories.
import { buildDossier, loadStory } from '../../pipeline/index.js';
import { articleToJson, renderDossierMarkdown, renderDossierTerminal, writeDossierCsv } from '../../report/index.js';
import { openStore, type Store } from '../../store/index.js';
import type { Dossier } from '../../model/dossier.js';
import { EXIT, type Io } from '../io.js';
import { webOptionsOf, type WebFlags } from '../web-options.js';
import { addWithProgress, reportFailures, summaryLine } from './add.js';

export interface ViewOptions {
  json?: boolean;
  md?: boolean;
}

function printDossier(dossier: Dossier, opts: ViewOptions, io: Io): void {
  if (opts.json) io.out(JSON.stringify(dossier, null, 2));
  else if (opts.md) io.out(renderDossierMarkdown(dossier));
  else io.out(renderDossierTerminal(dossier, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, width: Math.min(process.stdout.columns || 100, 120) }));
}

export async function analyzeCommand(paths: string[], opts: ViewOptions & { db: string; threads?: number } & WebFlags, io: Io): Promise<number> {
  const store = await openStore(opts.db);
  try {
    const summary = await addWithProgress(paths, store, io, Boolean(opts.json || opts.md), webOptionsOf(opts), opts.threads);
    reportFailures(summary, io);
    io.err(`${summaryLine(summary)}; ${summary.storyIds.length} ${summary.storyIds.length === 1 ? 'story' : 'stories'} (store: ${opts.db})`);
    if (summary.storyIds.length === 0) {
      io.err('no story was found in the input');
      return EXIT.documentFailed;
    }
    printDossier(await buildDossier(store, summary.storyIds), opts, io);
    return summary.failed.length > 0 ? EXIT.documentFailed : EXIT.ok;
  } finally {
    await store.close();
  }
}

export async function storiesCommand(opts: { db: string; json?: boolean }, io: Io): Promise<number> {
  const store = await openStore(opts.db);
  try {
    const stories = await store.listStories();
    if (opts.json) for (const s of stories) io.out(JSON.stringify(s));
    else if (stories.length === 0) io.out(`no stories in ${opts.db}`);
    else for (const s of stories) io.out(`${s.id}  ${String(s.articleIds.length).padStart(4)} articles  ${String(s.outlets.length).padStart(3)} outlets  ${s.from ?? '?'}..${s.to ?? '?'}  ${s.title ?? ''}`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

async function findStory(store: Store, id: string, io: Io): Promise<string | null> {
  const stories = await store.listStories();
  const matches = stories.filter((s) => s.id === id || s.id.startsWith(id));
  if (matches.length === 1) return matches[0].id;
  io.err(matches.length === 0 ? `no story "${id}" (see \`triangulate stories\`)` : `"${id}" matches ${matches.length} stories; give more of the id`);
  return null;
}

export async function dossierCommand(id: string, opts: ViewOptions & { db: string }, io: Io): Promise<number> {
  const store = await openStore(opts.db);
  try {
    const storyId = await findStory(store, id, io);
    if (!storyId) return EXIT.usage;
    printDossier(await buildDossier(store, [storyId]), opts, io);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

export async function exportCommand(id: string, opts: { db: string; csv: string }, io: Io): Promise<number> {
  const store = await openStore(opts.db);
  try {
    const storyId = await findStory(store, id, io);
    if (!storyId) return EXIT.usage;
    const loaded = await loadStory(store, storyId);
    if (!loaded) return EXIT.usage;
    const paths = await writeDossierCsv(loaded.story, loaded.members.map((m) => articleToJson(m.article)), opts.csv);
    for (const p of paths) io.out(p);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
