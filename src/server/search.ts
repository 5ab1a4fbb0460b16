// Search results for the web UI: store hits grouped by story, each story's matching claim groups (with verdicts) first, snippets widened so no number is cut.
import { joinNumbers } from '../store/fts-query.js';
import type { ClaimGroup } from '../model/dossier.js';
import type { ArticleSummary, Store } from '../store/index.js';
import type { StoryLoader } from './stories.js';

export interface ArticleHit {
  kind: 'article' | 'claim';
  articleId: string;
  span: [number, number] | null;
  snippet: string;
  article: ArticleSummary | null;
}

export interface StoryHits {
  /** Null for articles that belong to no story. */
  story: { id: string; title: string } | null;
  groups: ClaimGroup[];
  hits: ArticleHit[];
}

const DIGIT = /\p{N}/u;
const GROUP_SEP = /[,.\u00a0\u202f ]/;

/** Moves a cut out of a number: back to the number's start, forward to its end ("3,0|00" → "|3,000|"). */
export function widenToNumbers(text: string, start: number, end: number): [number, number] {
  let s = start;
  for (;;) {
    if (s > 0 && DIGIT.test(text[s] ?? '') && DIGIT.test(text[s - 1])) s -= 1;
    else if (s > 1 && DIGIT.test(text[s] ?? '') && GROUP_SEP.test(text[s - 1]) && DIGIT.test(text[s - 2])) s -= 2;
    else break;
  }
  let e = end;
  for (;;) {
    if (e < text.length && DIGIT.test(text[e]) && e > 0 && DIGIT.test(text[e - 1])) e += 1;
    else if (e + 1 < text.length && GROUP_SEP.test(text[e]) && DIGIT.test(text[e + 1]) && e > 0 && DIGIT.test(text[e - 1])) e += 2;
    else break;
  }
  return [s, e];
}

/**
 * A store snippet ("…text with «marks»…") widened in the article text so that neither end cuts a
 * number; returned unchanged when its text cannot be found in the article.
 */
export function wholeNumberSnippet(snippet: string, text: string): string {
  const lead = snippet.startsWith('…');
  const trail = snippet.endsWith('…');
  const core = snippet.slice(lead ? 1 : 0, trail ? -1 : undefined);
  const plain = core.replace(/[«»]/g, '');
  const at = plain ? text.indexOf(plain) : -1;
  if (at < 0) return snippet;
  const [s, e] = widenToNumbers(text, at, at + plain.length);
  return `${s > 0 ? '…' : ''}${text.slice(s, at)}${core}${text.slice(at + plain.length, e)}${e < text.length ? '…' : ''}`;
}

/** Whole numbers the query names (3000, 3,000 and 3 000 alike). */
export function queryNumbers(q: string): number[] {
  return [...joinNumbers(q).matchAll(/(?<![\p{L}\p{N}.])\d+(?:\.\d+)?(?![\p{L}\p{N}])/gu)].map((m) => Number(m[0]));
}

function tells(g: ClaimGroup, n: number): boolean {
  return g.tellings.some((t) => (Array.isArray(t.value) ? t.value.includes(n) : t.value === n));
}

/** Searches the store and groups the hits by story; the story with most hits first, articles in no story last. */
export async function searchByStory(store: Store, stories: StoryLoader, q: string, limit: number): Promise<StoryHits[]> {
  const found = await store.search(q, { limit });
  const numbers = queryNumbers(q);
  const byStory = new Map<string, StoryHits & { groupIds: Set<string> }>();
  const loose: StoryHits = { story: null, groups: [], hits: [] };
  const articles = new Map<string, Awaited<ReturnType<Store['getArticle']>>>();
  for (const h of found) {
    if (!articles.has(h.articleId)) articles.set(h.articleId, await store.getArticle(h.articleId));
    const a = articles.get(h.articleId) ?? null;
    const hit: ArticleHit = {
      kind: h.kind ?? 'article',
      articleId: h.articleId,
      span: h.span ?? null,
      snippet: a ? wholeNumberSnippet(h.snippet, a.text) : h.snippet,
      article: a ? { id: a.id, source: a.source, title: a.metadata.title?.value ?? null, outlet: a.metadata.outlet?.value ?? null, published: a.metadata.published?.value ?? null, language: a.metadata.language?.value ?? null, characters: a.text.length, addedAt: '' } : null,
    };
    const membership = await store.membership(h.articleId);
    const loaded = membership ? await stories.load(membership.storyId) : null;
    if (!loaded) {
      loose.hits.push(hit);
      continue;
    }
    const story = loaded.story;
    let entry = byStory.get(story.id);
    if (!entry) {
      entry = { story: { id: story.id, title: story.title }, groups: [], hits: [], groupIds: new Set() };
      byStory.set(story.id, entry);
      // Claim groups that tell a number the query names.
      for (const g of story.claimGroups) if (numbers.some((n) => tells(g, n)) && !entry.groupIds.has(g.id)) (entry.groupIds.add(g.id), entry.groups.push(g));
    }
    // Claim groups told by the sentence a claim hit found.
    if (hit.span) {
      const [s, e] = hit.span;
      for (const g of story.claimGroups) {
        if (!entry.groupIds.has(g.id) && g.tellings.some((t) => t.articleId === h.articleId && t.span[0] < e && s < t.span[1])) (entry.groupIds.add(g.id), entry.groups.push(g));
      }
    }
    entry.hits.push(hit);
  }
  const out: StoryHits[] = [...byStory.values()].sort((a, b) => b.hits.length - a.hits.length).map(({ story, groups, hits }) => ({ story, groups, hits }));
  if (loose.hits.length > 0) out.push(loose);
  return out;
}
