// Incremental story clustering: inverted-index candidate retrieval, then a scored join-or-start decision per article.
import { contentTerms, dateMs, DocFrequency, properNounKeys, tokens, type DocFrequencyState } from './text-features.js';
import { DEFAULT_STORY_OPTIONS, type StoryOptions } from './cluster-options.js';

export { DEFAULT_STORY_OPTIONS, type StoryOptions } from './cluster-options.js';

/** An article as the clustering pass needs it. */
export interface ClusterInput {
  id: string;
  title: string | null;
  text: string;
  /** Publication date (ISO 8601) or null; without dates time proximity plays no part. */
  published: string | null;
  /** Canonical entity keys from the entity pass; when absent, proper-noun keys are read from the text. */
  entities?: { key: string; type: string }[];
}

/** Why an article joined a story or started one. */
export type ClusterRule = 'cluster/joined-centroid' | 'cluster/joined-member' | 'cluster/new-no-candidate' | 'cluster/new-below-threshold';

/** The decision for one added article. */
export interface ClusterDecision {
  storyId: string;
  /** The best candidate's score (0 when no candidate was found), whatever the decision. */
  score: number;
  /** The score the best candidate had to reach (the join threshold, raised for distance in time). */
  required: number;
  rule: ClusterRule;
  joined: boolean;
  /** How many stories were scored in full. */
  candidates: number;
}

type Vec = Map<string, number>;

/** IDF-weighted lengths of a vector pair, cached until the corpus has grown by `normRefresh`. */
export interface Norms {
  terms: number;
  ents: number;
  /** The most salient entity keys (largest weight times IDF) with those products. */
  salient: [string, number][];
  /** Document count when computed; -1 when stale. */
  at: number;
}

interface Doc {
  id: string;
  story: number;
  time: number | null;
  terms: Vec;
  ents: Vec;
  norms: Norms;
}

interface Story {
  id: string;
  members: number[];
  terms: Vec;
  ents: Vec;
  minTime: number | null;
  maxTime: number | null;
  norms: Norms;
}

/** Serialised form of a `StoryIndex`. */
export interface StoryIndexState {
  version: 1;
  options: StoryOptions;
  df: DocFrequencyState;
  /** `norms` is the cached IDF-weighted lengths, kept so a reloaded index decides exactly as the one it was saved from. */
  docs: { id: string; story: number; time: number | null; terms: [string, number][]; ents: [string, number][]; norms?: Norms }[];
  stories: { id: string; members: number[]; terms: [string, number][]; ents: [string, number][]; minTime: number | null; maxTime: number | null; norms?: Norms }[];
  postings: [string, number[]][];
}

const ENTITY_PREFIX = '@';

/** Sub-linear term weights scaled to unit length (before IDF), so long articles weigh no more than short ones. */
function unitWeights(counts: Map<string, number>): Vec {
  const out: Vec = new Map();
  let norm = 0;
  for (const [t, n] of counts) {
    const w = 1 + Math.log(n);
    out.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of out) out.set(t, w / norm);
  return out;
}

/** Keeps the `max` entries of a vector with the largest value under `rank`. */
function topEntries(v: Vec, max: number, rank: (t: string, w: number) => number): Vec {
  if (v.size <= max) return v;
  const ranked = [...v].map(([t, w]) => ({ t, w, r: rank(t, w) }));
  ranked.sort((a, b) => b.r - a.r || (a.t < b.t ? -1 : 1));
  return new Map(ranked.slice(0, max).map((e) => [e.t, e.w]));
}

/** An incremental index of stories: each added article joins the best-matching story or starts a new one. */
export class StoryIndex {
  readonly options: StoryOptions;
  private df: DocFrequency;
  private readonly docs: Doc[] = [];
  private readonly stories: Story[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly byId = new Map<string, number>();

  constructor(options: Partial<StoryOptions> = {}) {
    this.options = { ...DEFAULT_STORY_OPTIONS, ...options };
    this.df = new DocFrequency(this.options.maxDfRatio, this.options.minDocsForPruning);
  }

  get size(): number {
    return this.docs.length;
  }

  get storyCount(): number {
    return this.stories.length;
  }

  /** The story an article was put in, or null when the article is unknown. */
  storyOf(articleId: string): string | null {
    const i = this.byId.get(articleId);
    return i === undefined ? null : this.stories[this.docs[i]!.story]!.id;
  }

  /** Every story with its article ids in insertion order. */
  allStories(): { id: string; articles: string[] }[] {
    return this.stories.map((s) => ({ id: s.id, articles: s.members.map((m) => this.docs[m]!.id) }));
  }

  /** Adds one article; its cost depends on the capped candidate lists, not on the corpus size. */
  add(article: ClusterInput): ClusterDecision {
    if (this.byId.has(article.id)) throw new Error(`article ${article.id} is already in the story index`);
    const o = this.options;
    const toks = tokens(article.title === null ? article.text : `${article.title}\n${article.text}`);
    const counts = contentTerms(toks);
    if (article.title !== null) {
      for (const [t, n] of contentTerms(tokens(article.title))) counts.set(t, (counts.get(t) ?? 0) + n * (o.titleBoost - 1));
    }
    const entCounts = new Map<string, number>();
    if (article.entities !== undefined) for (const e of article.entities) entCounts.set(ENTITY_PREFIX + e.key, (entCounts.get(ENTITY_PREFIX + e.key) ?? 0) + 1);
    else for (const [k, n] of properNounKeys(toks)) entCounts.set(ENTITY_PREFIX + k, n);
    if (o.numbersAsEntities) for (const [t, n] of counts) if (/^#\d{3,}/u.test(t)) entCounts.set(ENTITY_PREFIX + t, n);
    this.df.addDocument([...counts.keys(), ...entCounts.keys()]);

    const idf = (t: string): number => this.df.idf(t);
    const terms = topEntries(unitWeights(counts), o.maxArticleTerms, (t, w) => w * idf(t));
    const ents = topEntries(unitWeights(entCounts), o.maxArticleEntities, (t, w) => w * idf(t));
    const time = dateMs(article.published);
    const doc: Doc = { id: article.id, story: -1, time, terms, ents, norms: stale() };

    const best = this.bestStory(doc);
    const index = this.docs.length;
    let decision: ClusterDecision;
    if (best !== null && best.score >= best.required) {
      doc.story = best.story;
      decision = { storyId: this.stories[best.story]!.id, score: best.score, required: best.required, rule: best.rule, joined: true, candidates: best.candidates };
    } else {
      doc.story = this.stories.length;
      this.stories.push({ id: article.id, members: [], terms: new Map(), ents: new Map(), minTime: null, maxTime: null, norms: stale() });
      decision = {
        storyId: article.id,
        score: best?.score ?? 0,
        required: best?.required ?? o.joinThreshold,
        rule: best === null ? 'cluster/new-no-candidate' : 'cluster/new-below-threshold',
        joined: false,
        candidates: best?.candidates ?? 0,
      };
    }
    this.docs.push(doc);
    this.byId.set(doc.id, index);
    this.joinStory(this.stories[doc.story]!, index);
    this.post(doc, index);
    return decision;
  }

  /** Retrieves candidate stories through the postings and scores each against the new article. */
  private bestStory(doc: Doc): { story: number; score: number; required: number; rule: ClusterRule; candidates: number } | null {
    const o = this.options;
    const idf = (t: string): number => this.df.idf(t);
    const acc = new Map<number, number>();
    const query = topEntries(new Map([...doc.terms, ...doc.ents]), o.maxQueryTerms, (t, w) => w * idf(t));
    for (const [t, w] of query) {
      const list = this.postings.get(t);
      const weight = idf(t);
      if (list === undefined || weight === 0) continue;
      const from = Math.max(0, list.length - o.maxPostings);
      for (let i = from; i < list.length; i++) acc.set(list[i]!, (acc.get(list[i]!) ?? 0) + w * weight * weight);
    }
    if (acc.size === 0) return null;
    const ranked = [...acc].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, o.maxCandidateArticles);
    const byStory = new Map<number, number[]>();
    for (const [d] of ranked) {
      const s = this.docs[d]!.story;
      const list = byStory.get(s);
      if (list === undefined) byStory.set(s, [d]);
      else if (list.length < o.membersCompared) list.push(d);
    }
    const qTerms = weighted(doc.terms, idf);
    const qEnts = weighted(doc.ents, idf);
    const qSalient = salient(doc.ents, o.salientEntities, idf);
    let best: { story: number; score: number; required: number; rule: ClusterRule; candidates: number } | null = null;
    for (const [s, members] of byStory) {
      const story = this.stories[s]!;
      const sn = this.norms(story);
      const centroid = this.combine(cosine(qTerms, story.terms, sn.terms), cosine(qEnts, story.ents, sn.ents));
      let member = 0;
      for (const m of members) {
        const d = this.docs[m]!;
        const dn = this.norms(d);
        member = Math.max(member, this.combine(cosine(qTerms, d.terms, dn.terms), cosine(qEnts, d.ents, dn.ents)));
      }
      const r = o.salienceReverseShare;
      const agree = (1 - r) * coverage(qSalient, story.ents) + r * coverage(sn.salient, doc.ents);
      const score = Math.max(centroid, member * o.memberDiscount) * (1 - o.salienceWeight * (1 - agree));
      const required = o.joinThreshold + this.timePenalty(doc.time, story);
      const margin = score - required;
      if (best === null || margin > best.score - best.required) {
        best = { story: s, score, required, rule: centroid >= member * o.memberDiscount ? 'cluster/joined-centroid' : 'cluster/joined-member', candidates: byStory.size };
      }
    }
    return best;
  }

  /** The IDF-weighted lengths of a story or article, recomputed once the corpus has grown enough. */
  private norms(x: { terms: Vec; ents: Vec; norms: Norms }): Norms {
    const n = this.df.docs;
    if (x.norms.at >= 0 && n <= x.norms.at * (1 + this.options.normRefresh)) return x.norms;
    const idf = (t: string): number => this.df.idf(t);
    x.norms = { terms: weighted(x.terms, idf).norm, ents: weighted(x.ents, idf).norm, salient: salient(x.ents, this.options.salientEntities, idf), at: n };
    return x.norms;
  }

  private combine(text: number, entities: number): number {
    const w = this.options.entityWeight;
    return (1 - w) * text + w * entities;
  }

  /** Extra score needed to join a story whose nearest article is far away in time (none without dates). */
  private timePenalty(time: number | null, story: Story): number {
    if (time === null || story.minTime === null || story.maxTime === null) return 0;
    const gap = time < story.minTime ? story.minTime - time : time > story.maxTime ? time - story.maxTime : 0;
    const days = gap / 86_400_000;
    if (days <= this.options.timeScaleDays) return 0;
    return Math.min(this.options.maxTimePenalty, this.options.timePenalty * Math.log2(days / this.options.timeScaleDays));
  }

  private joinStory(story: Story, index: number): void {
    const o = this.options;
    const doc = this.docs[index]!;
    story.members.push(index);
    story.norms = stale();
    addInto(story.terms, doc.terms);
    addInto(story.ents, doc.ents);
    const idf = (t: string): number => this.df.idf(t);
    if (story.terms.size > 2 * o.maxStoryTerms) replace(story.terms, topEntries(story.terms, o.maxStoryTerms, (t, w) => w * idf(t)));
    if (story.ents.size > 2 * o.maxStoryEntities) replace(story.ents, topEntries(story.ents, o.maxStoryEntities, (t, w) => w * idf(t)));
    if (doc.time !== null) {
      story.minTime = story.minTime === null ? doc.time : Math.min(story.minTime, doc.time);
      story.maxTime = story.maxTime === null ? doc.time : Math.max(story.maxTime, doc.time);
    }
  }

  private post(doc: Doc, index: number): void {
    const cap = this.options.maxPostings;
    for (const t of [...doc.terms.keys(), ...doc.ents.keys()]) {
      const list = this.postings.get(t);
      if (list === undefined) this.postings.set(t, [index]);
      else {
        list.push(index);
        if (list.length >= 2 * cap) list.splice(0, list.length - cap);
      }
    }
  }

  toJSON(): StoryIndexState {
    return {
      version: 1,
      options: { ...this.options },
      df: this.df.toJSON(),
      docs: this.docs.map((d) => ({ id: d.id, story: d.story, time: d.time, terms: [...d.terms], ents: [...d.ents], ...savedNorms(d.norms) })),
      stories: this.stories.map((s) => ({ id: s.id, members: [...s.members], terms: [...s.terms], ents: [...s.ents], minTime: s.minTime, maxTime: s.maxTime, ...savedNorms(s.norms) })),
      postings: [...this.postings].map(([t, l]) => [t, [...l]]),
    };
  }

  static fromJSON(state: StoryIndexState): StoryIndex {
    if (state.version !== 1) throw new Error(`unsupported story index state version ${String(state.version)}`);
    const out = new StoryIndex(state.options);
    out.df = DocFrequency.fromJSON(state.df, out.options.maxDfRatio, out.options.minDocsForPruning);
    for (const d of state.docs) {
      out.byId.set(d.id, out.docs.length);
      out.docs.push({ id: d.id, story: d.story, time: d.time, terms: new Map(d.terms), ents: new Map(d.ents), norms: loadedNorms(d.norms) });
    }
    for (const s of state.stories) out.stories.push({ id: s.id, members: [...s.members], terms: new Map(s.terms), ents: new Map(s.ents), minTime: s.minTime, maxTime: s.maxTime, norms: loadedNorms(s.norms) });
    for (const [t, l] of state.postings) out.postings.set(t, [...l]);
    return out;
  }
}

/** The cached norms as saved (nothing when stale): the cache decides scores, so it is part of the state. */
function savedNorms(n: Norms): { norms?: Norms } {
  return n.at >= 0 ? { norms: { terms: n.terms, ents: n.ents, salient: n.salient.map(([k, w]) => [k, w]), at: n.at } } : {};
}

function loadedNorms(n: Norms | undefined): Norms {
  return n === undefined ? stale() : { terms: n.terms, ents: n.ents, salient: n.salient.map(([k, w]) => [k, w]), at: n.at };
}

/** The `k` entries with the largest weight times IDF. */
function salient(v: Vec, k: number, idf: (t: string) => number): [string, number][] {
  return [...topEntries(v, k, (t, w) => w * idf(t))].map(([t, w]) => [t, w * idf(t)]);
}

/** Weighted share of salient keys found in a vector; 1 when there are none (no evidence either way). */
function coverage(keys: [string, number][], v: Vec): number {
  let all = 0;
  let found = 0;
  for (const [t, w] of keys) {
    all += w;
    if (v.has(t)) found += w;
  }
  return all === 0 ? 1 : found / all;
}

function stale(): Norms {
  return { terms: 0, ents: 0, salient: [], at: -1 };
}

/** A query vector as (term, weight times IDF squared) pairs, with its IDF-weighted length. */
interface Weighted {
  terms: string[];
  scaled: number[];
  norm: number;
}

function weighted(v: Vec, idf: (t: string) => number): Weighted {
  const terms: string[] = [];
  const scaled: number[] = [];
  let norm = 0;
  for (const [t, w] of v) {
    const f = idf(t);
    if (f === 0) continue;
    terms.push(t);
    scaled.push(w * f * f);
    norm += w * f * (w * f);
  }
  return { terms, scaled, norm: Math.sqrt(norm) };
}

/** Cosine of a query with a raw vector under the same IDF, given the vector's IDF-weighted length. */
function cosine(q: Weighted, c: Vec, cNorm: number): number {
  if (q.norm === 0 || cNorm === 0) return 0;
  let dot = 0;
  for (let i = 0; i < q.terms.length; i++) {
    const w = c.get(q.terms[i]!);
    if (w !== undefined) dot += w * q.scaled[i]!;
  }
  return Math.min(1, dot / (q.norm * cNorm));
}

function addInto(into: Vec, v: Vec): void {
  for (const [t, w] of v) into.set(t, (into.get(t) ?? 0) + w);
}

function replace(into: Vec, v: Vec): void {
  into.clear();
  for (const [t, w] of v) into.set(t, w);
}
