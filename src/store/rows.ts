// Rows both stores read back the same way: story memberships, and the story listing built from member rows.
import type { ArticleSummary, StoryMembership, StorySummary } from './store.js';

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
