// Incremental story clustering: inverted-index candidate retrieval, then a learned same-event decision per candidate.
//
// Every weight is fixed (background IDF shipped with the package, profiles computed once), so a
// pair scores the same whatever else is in the store. An article joins the best story whose pairs
// with it the pair model says are "same event" (see `chooseStories`); when it also matches another
// story closely enough to bridge, they merge, with the reason. The stories are then the connected parts of the graph of
// same-event pairs found, which is the same in one batch, one at a time or among thousands.
import { backgroundIdf, type BackgroundIdf } from './background.js';
import { ChromeFilter, type ChromeState, type RemovedLine } from './chrome.js';
import { DEFAULT_STORY_OPTIONS, type DecisionOptions, type StoryOptions } from './cluster-options.js';
import { compactPairFeatures, compactParts, compactProfile, profileParts, expandProfile, idfTable, IndexedProfile, Part, PostingLists, TERMS, topEntries, type CompactProfile, type IdfTable } from './compact.js';
import { PackedProfiles } from './packed-profiles.js';
import { eventProfile, type EventProfile } from './event-profile.js';
import { decisionScore, defaultPairModel, explain, indexedProfile, weightProfile, type PairModel, type WeightedProfile } from './pair-model.js';
import { dateMs } from './text-features.js';

export { DEFAULT_STORY_OPTIONS, type DecisionOptions, type StoryOptions } from './cluster-options.js';

/** An article as the clustering pass needs it. */
export interface ClusterInput {
  id: string;
  title: string | null;
  text: string;
  /** Publication date (ISO 8601) or null; the event's day is resolved against it. */
  published: string | null;
  /** Outlet or site (lines repeated across its articles are chrome); null when unknown. */
  outlet?: string | null;
  /** Entity keys from the entity pass, added to the names read from the text. */
  entities?: { key: string; type: string }[];
  /** The event profile of the title and whole text, when made ahead (see inputs.ts): used when no chrome line is removed. */
  profile?: EventProfile;
}

/** Why an article joined a story or started one. */
export type ClusterRule = 'cluster/joined-same-event' | 'cluster/new-no-candidate' | 'cluster/new-below-threshold';

/** A story folded into the decided one because the article is the same event as both. */
export interface StoryMerge {
  storyId: string;
  articles: string[];
  score: number;
  /** The article of the merged story the new one matched, and the features that decided. */
  via: string;
  features: string[];
}

/** The decision for one added article. */
export interface ClusterDecision {
  storyId: string;
  /** The best candidate pair's same-event probability (0 when no candidate was found), whatever the decision. */
  score: number;
  /** The probability a pair had to reach. */
  required: number;
  rule: ClusterRule;
  joined: boolean;
  /** How many candidate articles were compared. */
  candidates: number;
  /** The best-matching earlier article, and the features that moved its score most. */
  nearest: string | null;
  features: string[];
  merged: StoryMerge[];
  /** Lines left out as page chrome, with the rule that removed each. */
  chrome: RemovedLine[];
}

interface Doc {
  id: string;
  story: number;
  /** Null once saved: the profile is then packed with the others (see `packed`). */
  profile: CompactProfile | null;
}

interface StoryRec {
  id: string;
  members: number[];
  /** The story this one was merged into, or -1. */
  into: number;
}

type SavedProfile = Omit<WeightedProfile, 'terms' | 'title' | 'lead' | 'names'> & { terms: [string, number][]; title: [string, number][]; lead: [string, number][]; names: [string, number][] };

/** Serialised form of a `StoryIndex`. */
export interface StoryIndexState {
  version: 2;
  options: StoryOptions;
  chrome: ChromeState;
  docs: { id: string; story: number; profile: SavedProfile }[];
  stories: { id: string; members: number[]; into: number }[];
  postings: [string, number[]][];
}

/** One row of a story index's state. */
export interface StoryStateRow {
  key: string;
  data: string;
}

/** A profile as a row holds it, fields in their order: each term vector as `{ $m: [keys, weights as float64 base64] }`, the rest as it is. */
type PackedProfile = Record<string, unknown>;

function packProfile(p: WeightedProfile): PackedProfile {
  const out: PackedProfile = {};
  for (const [k, v] of Object.entries(p)) {
    if (v instanceof Map) {
      const w = Float64Array.from(v.values() as Iterable<number>);
      out[k] = { $m: [[...v.keys()] as string[], Buffer.from(w.buffer, w.byteOffset, w.byteLength).toString('base64')] };
    } else out[k] = v;
  }
  return out;
}

/** The compact profile of a packed one (the profile `packProfile` was given), without building its Maps. */
function compactPacked(packed: PackedProfile): CompactProfile {
  const vector = (k: string): { keys: string[]; weights: Float64Array } => {
    const [keys, b64] = (packed[k] as { $m: [string[], string] }).$m;
    const b = Buffer.from(b64, 'base64');
    const weights = new Float64Array(keys.length);
    for (let i = 0; i < keys.length; i++) weights[i] = b.readDoubleLE(i * 8);
    return { keys, weights };
  };
  const p = packed as Record<string, unknown> & Pick<WeightedProfile, 'numbers' | 'years' | 'triggers' | 'cities' | 'regions' | 'salient' | 'norms' | 'eventDay' | 'publishedDay' | 'outlet'>;
  return compactParts(profileParts(p, [vector('terms'), vector('title'), vector('lead'), vector('names')]));
}

/** One story's retrieved pair probabilities with a new article, and how many members it has. */
export interface StoryEvidence {
  story: number;
  ps: number[];
  size: number;
}

/** The sum of the `k` largest of `ps` (sorted in place, largest first) over `k`: members not retrieved count 0. */
function meanOfTop(ps: number[], k: number): number {
  if (k <= 0) return 0;
  let sum = 0;
  for (let i = 0; i < Math.min(k, ps.length); i++) sum += ps[i]!;
  return sum / k;
}

/**
 * The join decision from each reached story's evidence: a story's join score is the mean of its
 * best `support` retrieved pairs, over at least ceil(supportShare x members) of its members when
 * that is set; the best story at or above the threshold is joined, and (when bridging) every
 * other story whose bridge score (the mean over ceil(bridgeShare x members), when set) also
 * reaches it is merged. Pure: the index and the threshold search of training use it alike.
 */
export function chooseStories(evidence: readonly StoryEvidence[], threshold: number, o: DecisionOptions): { scores: { story: number; join: number; bridge: number }[]; targets: number[] } {
  const scores = evidence.map((e) => {
    const ps = e.ps.sort((a, b) => b - a);
    const k = Math.max(Math.min(o.support, ps.length), o.supportShare > 0 ? Math.min(e.size, Math.ceil(o.supportShare * e.size)) : 0);
    const join = meanOfTop(ps, k);
    const bridge = o.bridgeShare > 0 ? Math.min(join, meanOfTop(ps, Math.max(1, Math.ceil(o.bridgeShare * e.size)))) : join;
    return { story: e.story, join, bridge };
  });
  scores.sort((a, b) => b.join - a.join || a.story - b.story);
  const first = scores[0];
  if (first === undefined || first.join < threshold) return { scores, targets: [] };
  const targets = [first.story];
  if (o.bridge) for (const c of scores.slice(1)) if (c.join >= threshold && c.bridge >= threshold) targets.push(c.story);
  return { scores, targets };
}

/** An incremental index of stories: each added article joins the story of the same event or starts a new one. */
export class StoryIndex {
  readonly options: StoryOptions;
  private readonly idf: BackgroundIdf;
  private readonly idfIds: IdfTable;
  private readonly model: PairModel;
  private chrome: ChromeFilter;
  private readonly docs: Doc[] = [];
  private readonly stories: StoryRec[] = [];
  /** Posting lists by term id (names as `@name`), most recent last. */
  private readonly postings = new PostingLists();
  private readonly byId = new Map<string, number>();
  private liveStories = 0;

  constructor(options: Partial<StoryOptions> = {}, model: PairModel = defaultPairModel()) {
    this.options = { ...DEFAULT_STORY_OPTIONS, ...options };
    this.idf = backgroundIdf();
    this.idfIds = idfTable(this.idf);
    this.model = model;
    this.chrome = new ChromeFilter();
  }

  get size(): number {
    return this.docs.length;
  }

  get storyCount(): number {
    return this.liveStories;
  }

  get threshold(): number {
    return this.options.threshold ?? this.model.threshold;
  }

  /** How much stricter a join is for an undated pair (log-odds): the options', else the model's own. */
  get undatedOffset(): number {
    return this.options.undatedOffset ?? this.model.decision?.undatedOffset ?? 0;
  }

  /** The join decision's settings: the options', else the model's own. */
  get decision(): DecisionOptions {
    const o = this.options;
    return { support: o.support, bridge: o.bridge, supportShare: o.supportShare ?? this.model.decision?.supportShare ?? 0, bridgeShare: o.bridgeShare ?? this.model.decision?.bridgeShare ?? 0 };
  }

  private root(s: number): number {
    while (this.stories[s]!.into >= 0) s = this.stories[s]!.into;
    return s;
  }

  /** The story an article is in now, or null when the article is unknown. */
  storyOf(articleId: string): string | null {
    const i = this.byId.get(articleId);
    return i === undefined ? null : this.stories[this.root(this.docs[i]!.story)]!.id;
  }

  /** Every story with its article ids in insertion order. */
  allStories(): { id: string; articles: string[] }[] {
    return this.stories.filter((s) => s.into < 0).map((s) => ({ id: s.id, articles: [...s.members].sort((a, b) => a - b).map((m) => this.docs[m]!.id) }));
  }

  /** Adds one article; its cost depends on the capped candidate lists, not on the corpus size. */
  add(article: ClusterInput): ClusterDecision {
    if (this.byId.has(article.id)) throw new Error(`article ${article.id} is already in the story index`);
    const outlet = article.outlet ?? null;
    const clean = this.chrome.clean(article.text, outlet);
    const base = article.profile !== undefined && clean.removed.length === 0 ? article.profile : eventProfile(article.title, clean.text, dateMs(article.published), outlet);
    if (article.entities !== undefined && article.entities.length > 0) {
      for (const e of article.entities) if (!base.names.has(e.key)) base.names.set(e.key, 1 / Math.sqrt(base.names.size + 1));
    }
    return this.addProfile(article.id, weightProfile(base, this.idf), clean.removed);
  }

  /** Adds an article whose profile is already computed (chrome already removed). */
  addProfile(id: string, weighted: WeightedProfile, chrome: RemovedLine[] = []): ClusterDecision {
    if (this.byId.has(id)) throw new Error(`article ${id} is already in the story index`);
    const index = this.docs.length;
    const query = new IndexedProfile(compactProfile(weighted));
    const profile = query.profile;
    const doc: Doc = { id, story: -1, profile };

    // Per story (merges followed): its retrieved pairs with the article, and the best one.
    const perStory = new Map<number, { ps: number[]; max: number; doc: number; x: number[]; docs: number[] }>();
    const scored = this.scoreIndexed(query);
    const note = (s: number, d: number, p: number, x: number[]): void => {
      const b = perStory.get(s);
      if (b === undefined) perStory.set(s, { ps: [p], max: p, doc: d, x, docs: [d] });
      else {
        if (p > b.max || (p === b.max && d < b.doc)) {
          b.max = p;
          b.doc = d;
          b.x = x;
        }
        b.ps.push(p);
        b.docs.push(d);
      }
    };
    for (const { doc: d, p, x } of scored) note(this.root(this.docs[d]!.story), d, p, x);
    // A reached story with fewer retrieved members than `support` is also scored against its earliest other members, up
    // to that many: which of a small story's members retrieval offers depends on the rest of the batch, how many count
    // does not.
    for (const [s, b] of [...perStory]) {
      const members = this.stories[s]!.members;
      const want = Math.min(this.options.support, members.length);
      if (b.ps.length >= want) continue;
      for (const m of [...members].sort((u, v) => u - v)) {
        if (b.ps.length >= want) break;
        if (b.docs.includes(m)) continue;
        const other = this.profileOf(m);
        const x = compactPairFeatures(query, other, this.idfIds);
        note(s, m, decisionScore(this.model, x, profile, other, this.undatedOffset), x);
      }
    }
    const threshold = this.threshold;
    const choice = chooseStories([...perStory].map(([s, b]) => ({ story: s, ps: b.ps, size: this.stories[s]!.members.length })), threshold, this.decision);
    const best = new Map(choice.scores.map((c) => [c.story, { p: c.join, bridge: c.bridge, doc: perStory.get(c.story)!.doc, x: perStory.get(c.story)!.x }]));
    const top1 = choice.scores[0] === undefined ? undefined : ([choice.scores[0].story, best.get(choice.scores[0].story)!] as const);
    const decision: ClusterDecision = {
      storyId: '',
      score: top1?.[1].p ?? 0,
      required: threshold,
      rule: top1 === undefined ? 'cluster/new-no-candidate' : 'cluster/new-below-threshold',
      joined: false,
      candidates: scored.length,
      nearest: top1 === undefined ? null : this.docs[top1[1].doc]!.id,
      features: top1 === undefined ? [] : explain(this.model, top1[1].x),
      merged: [],
      chrome,
    };
    if (choice.targets.length === 0) {
      doc.story = this.stories.length;
      this.stories.push({ id, members: [], into: -1 });
      this.liveStories++;
    } else {
      // The oldest story reached keeps its id; the others (when bridging) fold into it.
      const keep = Math.min(...choice.targets);
      doc.story = keep;
      decision.rule = 'cluster/joined-same-event';
      decision.joined = true;
      for (const s of choice.targets) {
        if (s === keep) continue;
        const b = best.get(s)!;
        const from = this.stories[s]!;
        const into = this.stories[keep]!;
        decision.merged.push({ storyId: from.id, articles: from.members.map((m) => this.docs[m]!.id), score: b.bridge, via: this.docs[b.doc]!.id, features: explain(this.model, b.x) });
        for (const m of from.members) into.members.push(m);
        from.members = [];
        from.into = keep;
        this.liveStories--;
      }
    }
    decision.storyId = this.stories[doc.story]!.id;
    this.docs.push(doc);
    this.byId.set(doc.id, index);
    this.stories[doc.story]!.members.push(index);
    this.post(doc, index);
    return decision;
  }

  /** The earlier articles retrieval offers for a profile (sharing its rarest terms and names), each with the pair model's probability. */
  scoreCandidates(profile: WeightedProfile): { doc: number; p: number; x: number[] }[] {
    return this.scoreIndexed(indexedProfile(profile));
  }

  private scoreIndexed(indexed: IndexedProfile): { doc: number; p: number; x: number[] }[] {
    const o = this.options;
    const profile = indexed.profile;
    const query = [...topEntries(profile, Part.Terms, o.maxQueryTerms, this.idfIds), ...topEntries(profile, Part.Names, o.maxQueryTerms, this.idfIds)];
    query.sort((a, b) => b[1] - a[1] || (TERMS.str(a[0]) < TERMS.str(b[0]) ? -1 : 1));
    const acc = new Map<number, number>();
    for (const [t, w] of query.slice(0, o.maxQueryTerms)) {
      this.postings.forEachLast(t, o.maxPostings, (d) => acc.set(d, (acc.get(d) ?? 0) + w));
    }
    const ranked = [...acc].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, o.maxCandidateArticles);
    return ranked.map(([d]) => {
      const other = this.profileOf(d);
      const x = compactPairFeatures(indexed, other, this.idfIds);
      return { doc: d, p: decisionScore(this.model, x, profile, other, this.undatedOffset), x };
    });
  }

  private post(doc: Doc, index: number): void {
    const o = this.options;
    const keys = [
      ...topEntries(doc.profile!, Part.Terms, o.maxPostedTerms, this.idfIds).map(([t]) => t),
      ...topEntries(doc.profile!, Part.Names, o.maxPostedTerms, this.idfIds).map(([t]) => t),
    ];
    for (const t of keys) this.postings.append(t, index, 2 * o.maxPostings, o.maxPostings);
  }

  toJSON(): StoryIndexState {
    return {
      version: 2,
      options: { ...this.options },
      chrome: this.chrome.toJSON(),
      docs: this.docs.map((d, i) => {
        const p = expandProfile(this.profileOf(i));
        return { id: d.id, story: d.story, profile: { ...p, terms: [...p.terms], title: [...p.title], lead: [...p.lead], names: [...p.names] } };
      }),
      stories: this.stories.map((s) => ({ id: s.id, members: [...s.members], into: s.into })),
      postings: [...this.postings.lists()].map(([t, l]) => [TERMS.str(t), l]),
    };
  }

  static fromJSON(state: StoryIndexState, model?: PairModel): StoryIndex {
    if (state.version !== 2) throw new Error(`unsupported story index state version ${String(state.version)}: link the stored articles again into a new store`);
    const out = new StoryIndex(state.options, model);
    out.chrome = ChromeFilter.fromJSON(state.chrome);
    for (const d of state.docs) {
      out.byId.set(d.id, out.docs.length);
      const p = d.profile;
      out.docs.push({ id: d.id, story: d.story, profile: compactProfile({ ...p, terms: new Map(p.terms), title: new Map(p.title), lead: new Map(p.lead), names: new Map(p.names) }) });
    }
    for (const s of state.stories) {
      out.stories.push({ id: s.id, members: [...s.members], into: s.into });
      if (s.into < 0) out.liveStories++;
    }
    for (const [t, l] of state.postings) for (const d of l) out.postings.append(TERMS.id(t), d, Infinity, 0);
    return out;
  }

  // State kept row by row: documents never change once added (profile and first story), so only
  // new documents, the stories whose members or merge target changed and the outlets whose chrome
  // counts changed are written after a batch. Postings are not kept: replaying `post` over the
  // documents in order rebuilds them exactly.

  /** Documents before this index, and each story's member count and merge target, as last saved. */
  private savedDocs = 0;
  private savedLength: number[] = [];
  private savedInto: number[] = [];

  /** The rows changed since `markSaved` (every row when `all`): documents, stories and chrome outlets. */
  stateRows(all = false): { docs: StoryStateRow[]; stories: StoryStateRow[]; chrome: StoryStateRow[] } {
    const docs: StoryStateRow[] = [];
    for (let i = all ? 0 : this.savedDocs; i < this.docs.length; i++) {
      const d = this.docs[i]!;
      docs.push({ key: d.id, data: JSON.stringify([i, d.id, d.story, packProfile(expandProfile(this.profileOf(i)))]) });
    }
    const stories: StoryStateRow[] = [];
    this.stories.forEach((s, i) => {
      if (all || i >= this.savedLength.length || this.savedLength[i] !== s.members.length || this.savedInto[i] !== s.into) {
        stories.push({ key: String(i), data: JSON.stringify([i, s.id, s.into, s.members]) });
      }
    });
    return { docs, stories, chrome: this.chrome.rows(all) };
  }

  /** Records that the rows of `stateRows` are saved. */
  markSaved(): void {
    // Saved documents' profiles are packed with the others.
    for (let i = this.packed.count; i < this.docs.length; i++) this.pack(i);
    this.savedDocs = this.docs.length;
    this.savedLength = this.stories.map((s) => s.members.length);
    this.savedInto = this.stories.map((s) => s.into);
    this.chrome.markSaved();
  }

  /** Puts back one chrome row; see `finishRestore`. */
  restoreChromeRow(key: string, data: string): void {
    this.chrome.restoreRow(key, data);
  }

  /** Puts back one document row (rows come in insertion order) and posts it as `add` did. */
  restoreDocRow(data: string): void {
    const [index, id, story, packed] = JSON.parse(data) as [number, string, number, PackedProfile];
    if (index !== this.docs.length) throw new Error(`story index row of ${id} is out of order (${index}, expected ${this.docs.length})`);
    const doc: Doc = { id, story, profile: compactPacked(packed) };
    this.docs.push(doc);
    this.byId.set(id, index);
    this.post(doc, index);
    this.pack(index);
  }

  // Profiles of saved documents, packed in order (documents are saved in the order added, and a
  // saved document's profile never changes); unsaved documents keep their own.

  private readonly packed = new PackedProfiles();

  /** Profiles held as objects of their own now: those of documents not saved yet (for tests and measurements). */
  get profilesInMemory(): number {
    let n = 0;
    for (const d of this.docs) if (d.profile !== null) n++;
    return n;
  }

  /** Bytes of the packed profiles of saved documents (for measurements). */
  get packedBytes(): number {
    return this.packed.bytes;
  }

  /** Bytes of the typed arrays of the posting lists and of the IDF cache (for measurements). */
  get arrayBytes(): { postings: number; idf: number } {
    return { postings: this.postings.bytes, idf: this.idfIds.bytes };
  }

  private pack(i: number): void {
    if (i !== this.packed.count) throw new Error(`linked document ${this.docs[i]!.id} is saved out of order (${i}, expected ${this.packed.count})`);
    this.packed.push(this.docs[i]!.profile!);
    this.docs[i]!.profile = null;
  }

  private profileOf(i: number): CompactProfile {
    return this.docs[i]!.profile ?? this.packed.get(i);
  }

  /** Puts back one story row (rows come in the order stories were started). */
  restoreStoryRow(data: string): void {
    const [index, id, into, members] = JSON.parse(data) as [number, string, number, number[]];
    if (index !== this.stories.length) throw new Error(`story row ${id} is out of order (${index}, expected ${this.stories.length})`);
    this.stories.push({ id, members, into });
    if (into < 0) this.liveStories++;
  }

  /** Checks the restored rows hold together; the index then counts as saved. */
  finishRestore(): void {
    for (const d of this.docs) if (d.story < 0 || d.story >= this.stories.length) throw new Error(`story index row of ${d.id} names a missing story`);
    this.markSaved();
  }
}
