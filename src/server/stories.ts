// Loading stories for the server: a per-app memo of built stories keyed by their memberships, and the filtered story list.
import { createHash } from 'node:crypto';
import { buildStory, type StoryMember } from '../link/index.js';
import type { ArticleJson } from '../model/index.js';
import type { Dossier, Story } from '../model/dossier.js';
import { DOSSIER_SCHEMA_VERSION } from '../model/dossier.js';
import { articleToJson } from '../report/index.js';
import type { Store, StoryMembership, StorySummary } from '../store/index.js';
import { HttpError } from './errors.js';

export interface LoadedStory {
  story: Story;
  members: StoryMember[];
  articles: ArticleJson[];
  /** Outputs rendered from this build (pages, JSON), kept as long as the build is remembered. */
  rendered: Map<string, string>;
  builtAt: string;
}

export interface StoryFilters {
  /** Words the title, an outlet or the id must contain (case-insensitive). */
  q?: string;
  /** Stories whose date range reaches this date or later (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`). */
  from?: string;
  /** Stories whose date range starts on this date or earlier. */
  to?: string;
  limit: number;
  offset: number;
}

export interface StoryRow {
  id: string;
  title: string | null;
  articles: number;
  outlets: number;
  from: string | null;
  to: string | null;
  contestedClaimGroups: number;
  claimGroups: number;
}

function signature(memberships: readonly StoryMembership[]): string {
  const h = createHash('sha1');
  for (const m of memberships) h.update(`${m.articleId}|${m.syndicatedFrom ?? ''}|${m.similarity ?? ''}\n`);
  return h.digest('hex');
}

/**
 * Builds stories from the store, remembering the last few built (per app, never module-wide).
 * A remembered story is used only while its memberships are unchanged; ingestion through the
 * app clears the memo, since a new analysis of a stored article changes no membership.
 */
export class StoryLoader {
  private readonly memo = new Map<string, { signature: string; loaded: LoadedStory }>();
  private readonly building = new Map<string, Promise<LoadedStory>>();

  constructor(
    private readonly store: Store,
    /** How many built stories to remember (0 builds every time). */
    private readonly capacity: number,
  ) {}

  clear(): void {
    this.memo.clear();
  }

  /** The built story, or null when no article belongs to it. */
  async load(storyId: string): Promise<LoadedStory | null> {
    const memberships = await this.store.storyMembers(storyId);
    if (memberships.length === 0) return null;
    const sig = signature(memberships);
    const hit = this.memo.get(storyId);
    if (hit && hit.signature === sig) {
      this.memo.delete(storyId);
      this.memo.set(storyId, hit);
      return hit.loaded;
    }
    // Requests arriving while the same build runs wait for it instead of building again.
    const key = `${storyId}\n${sig}`;
    const running = this.building.get(key);
    if (running) return running;
    const build = this.build(storyId, memberships, sig).finally(() => this.building.delete(key));
    this.building.set(key, build);
    return build;
  }

  private async build(storyId: string, memberships: readonly StoryMembership[], sig: string): Promise<LoadedStory> {
    const members: StoryMember[] = [];
    for (const m of memberships) {
      const article = await this.store.getArticle(m.articleId);
      const analysis = await this.store.getAnalysis(m.articleId);
      if (article && analysis) members.push({ article, analysis, syndicatedFrom: m.syndicatedFrom, similarity: m.similarity ?? undefined });
    }
    const loaded: LoadedStory = { story: buildStory(storyId, members), members, articles: members.map((m) => articleToJson(m.article)), rendered: new Map(), builtAt: new Date().toISOString() };
    if (this.capacity > 0) {
      this.memo.set(storyId, { signature: sig, loaded });
      while (this.memo.size > this.capacity) this.memo.delete(this.memo.keys().next().value as string);
    }
    return loaded;
  }

  /** The built story, or a 404 error. */
  async require(storyId: string): Promise<LoadedStory> {
    const loaded = await this.load(storyId);
    if (!loaded) throw new HttpError(404, 'Not Found', `No story "${storyId}".`);
    return loaded;
  }

  /** The dossier of one story, shaped as `buildDossier` shapes it, generated when the story was built. */
  async dossier(storyId: string): Promise<Dossier> {
    return this.dossierOf(await this.require(storyId));
  }

  dossierOf({ story, articles, builtAt }: LoadedStory): Dossier {
    return { schemaVersion: DOSSIER_SCHEMA_VERSION, generatedAt: builtAt, stories: [story], articles };
  }

  /** An output of a built story (a page, a JSON text), rendered once per build. */
  static rendered(loaded: LoadedStory, key: string, render: () => string): string {
    let out = loaded.rendered.get(key);
    if (out === undefined) {
      out = render();
      loaded.rendered.set(key, out);
    }
    return out;
  }

  /** One page of the stored stories that pass the filters, largest first, with their claim-group counts. */
  async list(filters: StoryFilters): Promise<{ total: number; stories: StoryRow[] }> {
    const all = (await this.store.listStories()).filter((s) => matches(s, filters));
    const page = all.slice(filters.offset, filters.offset + filters.limit);
    const stories: StoryRow[] = [];
    for (const s of page) {
      const loaded = await this.load(s.id);
      const groups = loaded?.story.claimGroups ?? [];
      stories.push({
        id: s.id,
        title: loaded?.story.title ?? s.title,
        articles: s.articleIds.length,
        outlets: s.outlets.length,
        from: s.from,
        to: s.to,
        claimGroups: groups.length,
        contestedClaimGroups: groups.filter((g) => g.verdict === 'contested').length,
      });
    }
    return { total: all.length, stories };
  }
}

function matches(s: StorySummary, f: StoryFilters): boolean {
  if (f.q) {
    const words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
    const hay = `${s.id} ${s.title ?? ''} ${s.outlets.join(' ')}`.toLowerCase();
    if (!words.every((w) => hay.includes(w))) return false;
  }
  const start = s.from ?? s.to;
  const end = s.to ?? s.from;
  // A date given to the month or year compares with the same leading part of the story's dates.
  if (f.from && end && end.slice(0, f.from.length) < f.from) return false;
  if (f.to && start && start.slice(0, f.to.length) > f.to) return false;
  return true;
}
