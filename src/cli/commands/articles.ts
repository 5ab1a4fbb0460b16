// `triangulate articles` and `triangulate show`: read what the store holds.
import { articleVersions } from '../../pipeline/index.js';
import { articleToJson, formatVersionChange, renderArticleText } from '../../report/index.js';
import { openStore, type Store } from '../../store/index.js';
import type { Article } from '../../model/index.js';
import { EXIT, type Io } from '../io.js';

export async function articlesCommand(opts: { db: string; json?: boolean; limit?: number }, io: Io): Promise<number> {
  const store = await openStore(opts.db);
  try {
    const rows = await store.listArticles({ limit: opts.limit });
    if (opts.json) {
      for (const r of rows) io.out(JSON.stringify(r));
    } else if (rows.length === 0) {
      io.out(`no articles stored in ${opts.db}`);
    } else {
      for (const r of rows) {
        io.out(`${r.id}  ${(r.published ?? '').padEnd(10)}  ${(r.outlet ?? '-').slice(0, 24).padEnd(24)}  ${r.title ?? '(untitled)'}`);
      }
    }
  } finally {
    await store.close();
  }
  return EXIT.ok;
}

/** The stored article an id or unique id prefix names; null (with a message) when none or several. */
async function findArticle(store: Store, id: string, db: string, io: Io): Promise<Article | null> {
  let article = await store.getArticle(id);
  if (!article && /^[0-9a-z_-]{4,}$/i.test(id)) {
    const matches = (await store.listArticles()).filter((r) => r.id.startsWith(id));
    if (matches.length > 1) {
      io.err(`"${id}" matches ${matches.length} articles; give more of the id`);
      return null;
    }
    if (matches.length === 1) article = await store.getArticle(matches[0].id);
  }
  if (!article) io.err(`no article "${id}" in ${db}`);
  return article;
}

/** `triangulate why`: the story an article was put in, the score and the features that decided it. */
export async function whyCommand(id: string, opts: { db: string; json?: boolean }, io: Io): Promise<number> {
  const store = await openStore(opts.db);
  try {
    const article = await findArticle(store, id, opts.db, io);
    if (!article) return EXIT.usage;
    const m = await store.membership(article.id);
    if (opts.json) {
      io.out(JSON.stringify({ articleId: article.id, membership: m }));
    } else if (!m) {
      io.out(`${article.id} is stored but not linked yet`);
    } else {
      io.out(`${article.id}  ${article.metadata.title?.value ?? '(untitled)'}`);
      io.out(`story ${m.storyId}  score ${m.score.toFixed(3)}`);
      io.out(`because ${m.rule}`);
      if (m.syndicatedFrom) io.out(`copy of ${m.syndicatedFrom}${m.similarity !== null ? ` (similarity ${m.similarity.toFixed(2)})` : ''}`);
    }
  } finally {
    await store.close();
  }
  return EXIT.ok;
}

export async function showCommand(id: string, opts: { db: string; json?: boolean }, io: Io): Promise<number> {
  const store = await openStore(opts.db);
  try {
    let article = await store.getArticle(id);
    if (!article && /^[0-9a-z_-]{4,}$/i.test(id)) {
      const matches = (await store.listArticles()).filter((r) => r.id.startsWith(id));
      if (matches.length > 1) {
        io.err(`"${id}" matches ${matches.length} articles; give more of the id`);
        return EXIT.usage;
      }
      if (matches.length === 1) article = await store.getArticle(matches[0].id);
    }
    if (!article) {
      io.err(`no article "${id}" in ${opts.db}`);
      return EXIT.usage;
    }
    const v = await articleVersions(store, article);
    if (opts.json) {
      io.out(JSON.stringify({ ...articleToJson(article), versions: v.versions, latestVersion: v.latest, change: v.change }));
    } else {
      io.out(renderArticleText(article, { removed: true }));
      if (v.versions.length > 1) {
        io.out('');
        io.out(`-- version ${v.number} of ${v.versions.length}${v.latest === article.id ? ' (the latest, in stories)' : `; the latest is ${v.latest}`}`);
        for (const [i, x] of v.versions.entries()) io.out(`${x.id === article.id ? '*' : ' '} ${i + 1}. ${x.id}  added ${x.addedAt}  ${x.title ?? '(untitled)'}`);
        if (v.change) for (const line of formatVersionChange(v.change)) io.out(line);
      }
    }
  } finally {
    await store.close();
  }
  return EXIT.ok;
}
