// Rows both stores read back the same way: story memberships, and the story listing built from member rows.
import type { ArticleSummary, ArticleVersion, StoryMembership, StorySummary } from './store.js';

/**
 * The URL under which versions of an article are matched: without its fragment; none for a
 * site's front page (some pages name it as their canonical URL) or a value that is not a URL.
 */
export function versionKeyUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.pathname === '/' || u.pathname === '') return null;
  u.hash = '';
  return u.href;
}

/** An article row as the version chain reads it. */
export interface VersionRow {
  id: string;
  external_id: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  characters: number;
  added_at: string | Date;
  previous_id: string | null;
  superseded_by: string | null;
}

/** Columns of a VersionRow, for SELECT lists. */
export const VERSION_COLUMNS = 'id, external_id, url, title, published, characters, added_at, previous_id, superseded_by';

/** The chain of versions through `id`, oldest first, reading one row at a time (chains are short). */
export async function versionChain(id: string, read: (id: string) => Promise<VersionRow | undefined>): Promise<ArticleVersion[]> {
  let row = await read(id);
  if (!row) return [];
  const seen = new Set<string>([row.id]);
  while (row.previous_id !== null && !seen.has(row.previous_id)) {
    const prev = await read(row.previous_id);
    if (!prev) break;
    seen.add(prev.id);
    row = prev;
  }
  const out: ArticleVersion[] = [];
  const done = new Set<string>();
  for (let r: VersionRow | undefined = row; r && !done.has(r.id); r = r.superseded_by === null ? undefined : await read(r.superseded_by)) {
    done.add(r.id);
    out.push({ id: r.id, externalId: r.external_id, url: r.url, title: r.title, published: r.published, characters: r.characters, addedAt: r.added_at instanceof Date ? r.added_at.toISOString() : r.added_at });
  }
  return out;
}

/** An article listing row; SQLite gives the time it was added as text, PostgreSQL as a Date. */
export interface ArticleRow {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  characters: number;
  added_at: string | Date;
}

export function articleSummaryFromRow(r: ArticleRow): ArticleSummary {
  return {
    id: r.id,
    source: r.source,
    title: r.title,
    outlet: r.outlet,
    published: r.published,
    language: r.language,
    characters: r.characters,
    addedAt: r.added_at instanceof Date ? r.added_at.toISOString() : r.added_at,
  };
}

export interface MemberRow {
  article_id: string;
  story_id: string;
  rule: string;
  score: number;
  syndicated_from: string | null;
  similarity: number | null;
}

export function memberFromRow(r: MemberRow): StoryMembership {
  return { articleId: r.article_id, storyId: r.story_id, rule: r.rule, score: r.score, syndicatedFrom: r.syndicated_from, similarity: r.similarity };
}

/** How many parts a state's head row (`{"parts": n}`) names; 0 for none or a state kept whole. */
export function partCount(head: string | undefined): number {
  if (head === undefined || !head.startsWith('{"parts":')) return 0;
  const n = (JSON.parse(head) as { parts?: unknown }).parts;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : 0;
}

/** One member article of a story, as the story listing reads it. */
export interface StoryArticleRow {
  story_id: string;
  id: string;
  published: string | null;
  outlet: string | null;
  title: string | null;
}

/** Stories from their member rows (in the store's member order): articles, date range, outlets, the first article's title; largest first. */
export function summariseStories(rows: Iterable<StoryArticleRow>): StorySummary[] {
  const stories = new Map<string, StorySummary>();
  for (const r of rows) {
    let s = stories.get(r.story_id);
    if (!s) {
      s = { id: r.story_id, articleIds: [], from: null, to: null, outlets: [], title: r.title };
      stories.set(r.story_id, s);
    }
    s.articleIds.push(r.id);
    if (r.published && (!s.from || r.published < s.from)) s.from = r.published;
    if (r.published && (!s.to || r.published > s.to)) s.to = r.published;
    if (r.outlet && !s.outlets.includes(r.outlet)) s.outlets.push(r.outlet);
  }
  return [...stories.values()].sort((a, b) => b.articleIds.length - a.articleIds.length || a.id.localeCompare(b.id));
}
