// Loading stories for the server: from the stored snapshot of each story (built when missing or stale), a per-app memo of the last few, and the filtered story list.
import { buildSnapshot, membershipSignature, storedSnapshot } from '../pipeline/index.js';
import type { ArticleJson } from '../model/index.js';
import type { Dossier, Story } from '../model/dossier.js';
import { DOSSIER_SCHEMA_VERSION } from '../model/dossier.js';
import type { Store, StoryMembership, StorySummary } from '../store/index.js';
import { HttpError } from './errors.js';

export interface LoadedStory {
  story: Story;
  articles: ArticleJson[];
  /** Each member article's sentence spans (citations point at sentences). */
  sentences: Record<string, [number, number][]>;
  /** Outputs rendered from this build (pages, JSON), kept as long as the build is remembered. */
  rendered: Map<string, string>;
  builtAt: string;
  /** Names this build: the memberships it was built from and when (an HTTP entity tag). */
  etag: string;
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
  /** Named outlets of its articles. */
  outlets: number;
  /** Articles whose outlet is not known. */
  unknownOutlet: number;
  from: string | null;
  to: string | null;
  contestedClaimGroups: number;
  claimGroups: number;
}

/**
 * Loads stories for the app: from the store's snapshot while the story's memberships are
 * unchanged (built and stored otherwise), and remembers the last few loaded (per app, never
 * module-wide) with what was rendered from them. Ingestion through the app clears the memo.
 */
export class StoryLoader {
  private readonly memo = new Map<string, { signature: string; loaded: LoadedStory }>();
  private readonly loading = new Map<string, Promise<LoadedStory>>();

  constructor(
    private readonly store: Store,
    /** How many loaded stories to remember (0 reads the store every time). */
    private readonly capacity: number,
  ) {}

  clear(): void {
    this.memo.clear();
  }

  /** The loaded story, or null when no article belongs to it. */
  async load(storyId: string): Promise<LoadedStory | null> {
    const memberships = await this.store.storyMembers(storyId);
    if (memberships.length === 0) return null;
    const sig = membershipSignature(memberships);
    const hit = this.memo.get(storyId);
    if (hit && hit.signature === sig) {
      this.memo.delete(storyId);
      this.memo.set(storyId, hit);
      return hit.loaded;
    }
    // Requests arriving while the same story loads wait for it instead of loading it again.
    const key = `${storyId}\n${sig}`;
    const running = this.loading.get(key);
    if (running) return running;
    const load = this.read(storyId, memberships, sig).finally(() => this.loading.delete(key));
    this.loading.set(key, load);
    return load;
  }

  private async read(storyId: string, memberships: readonly StoryMembership[], sig: string): Promise<LoadedStory> {
    const snapshot = (await storedSnapshot(this.store, storyId, sig)) ?? (await buildSnapshot(this.store, storyId, memberships));
    if (!snapshot) throw new HttpError(404, 'Not Found', `No story "${storyId}".`);
    const etag = `"${snapshot.signature.slice(snapshot.signature.indexOf(':') + 1).slice(0, 16)}-${Date.parse(snapshot.builtAt).toString(36)}"`;
    const loaded: LoadedStory = { story: snapshot.story, articles: snapshot.articles, sentences: snapshot.sentences, rendered: new Map(), builtAt: snapshot.builtAt, etag };
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
        unknownOutlet: loaded ? loaded.articles.filter((a) => !a.outlet).length : 0,
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
