// Training the same-event pair model: profiles once, candidate pairs as retrieval finds them, a logistic regression,
// and the join threshold chosen by clustering the training articles themselves (never the scored ones).
import { backgroundIdf } from '../../src/link/background.js';
import { ChromeFilter } from '../../src/link/chrome.js';
import { DEFAULT_STORY_OPTIONS, StoryIndex, chooseStories, type DecisionOptions, type StoryOptions } from '../../src/link/cluster.js';
import { eventProfile } from '../../src/link/event-profile.js';
import { offsetScore, PAIR_FEATURES, pairFeatures, pairScore, trainPairModel, undatedPair, weightProfile, type PairModel, type WeightedProfile } from '../../src/link/pair-model.js';
import { dateMs } from '../../src/link/text-features.js';
import { bcubed, pairwise } from './cluster-metrics.js';
import type { GoldArticle } from './link-data.js';

/** Profiles of a set's articles in file order, chrome removed per outlet as the linker does. */
export function profiles(docs: readonly GoldArticle[]): WeightedProfile[] {
  const idf = backgroundIdf();
  const chrome = new ChromeFilter();
  return docs.map((d) => {
    const outlet = d.outlet ?? null;
    const clean = chrome.clean(d.text, outlet);
    return weightProfile(eventProfile(d.title, clean.text, dateMs(d.published), outlet), idf);
  });
}

/** For each article, the `k` others sharing most IDF weight over its top terms and names (what retrieval offers). */
export function neighbourPairs(ps: readonly WeightedProfile[], k = 40, queryTerms = 30): [number, number][] {
  const idf = backgroundIdf();
  const keysOf = (p: WeightedProfile): [string, number][] => {
    const all: [string, number][] = [];
    for (const [t, w] of p.terms) all.push([t, w * idf.idf(t)]);
    for (const [t, w] of p.names) all.push(['@' + t, w * idf.idf('@' + t)]);
    return all.filter((e) => e[1] > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, queryTerms);
  };
  const keys = ps.map(keysOf);
  const postings = new Map<string, number[]>();
  keys.forEach((ks, i) => {
    for (const [t] of ks) {
      const l = postings.get(t);
      if (l === undefined) postings.set(t, [i]);
      else l.push(i);
    }
  });
  const out = new Set<string>();
  const pairs: [number, number][] = [];
  keys.forEach((ks, i) => {
    const acc = new Map<number, number>();
    for (const [t, w] of ks) for (const j of postings.get(t) ?? []) if (j !== i) acc.set(j, (acc.get(j) ?? 0) + w);
    const best = [...acc].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k);
    for (const [j] of best) {
      const key = i < j ? `${i},${j}` : `${j},${i}`;
      if (!out.has(key)) {
        out.add(key);
        pairs.push(i < j ? [i, j] : [j, i]);
      }
    }
  });
  return pairs;
}

export interface TrainSet {
  docs: readonly GoldArticle[];
  profiles: readonly WeightedProfile[];
  pairs: readonly [number, number][];
}

/** Feature rows and labels of the pairs among the articles `keep` selects, with the set and pair of each row. */
export function rows(sets: readonly TrainSet[], keep: (d: GoldArticle) => boolean): { xs: number[][]; ys: number[]; at: [number, number, number][] } {
  const idf = backgroundIdf();
  const xs: number[][] = [];
  const ys: number[] = [];
  const at: [number, number, number][] = [];
  sets.forEach((s, si) => {
    for (const [i, j] of s.pairs) {
      if (!keep(s.docs[i]!) || !keep(s.docs[j]!)) continue;
      xs.push(pairFeatures(s.profiles[i]!, s.profiles[j]!, idf));
      ys.push(s.docs[i]!.story === s.docs[j]!.story ? 1 : 0);
      at.push([si, i, j]);
    }
  });
  return { xs, ys, at };
}

/** Clusters articles with a model in the given order; returns predicted story ids aligned with `docs`. */
export function cluster(docs: readonly GoldArticle[], model: PairModel, options: Partial<StoryOptions> = {}): string[] {
  const index = new StoryIndex(options, model);
  for (const d of docs) index.add(d);
  return docs.map((d) => index.storyOf(d.id)!);
}

/** A retrieved candidate: an earlier article (by index), its decision score without the undated offset, and whether the pair is undated. */
export interface Candidate {
  doc: number;
  p: number;
  undated: boolean;
}

/** Each article's retrieved candidates with their scores: retrieval does not depend on the threshold or the offset. */
export function candidateLists(ids: readonly string[], ps: readonly WeightedProfile[], model: PairModel, options: Partial<StoryOptions>): Candidate[][] {
  const index = new StoryIndex({ ...options, threshold: 2, undatedOffset: 0 }, model);
  return ids.map((id, i) => {
    const c = index.scoreCandidates(ps[i]!).map(({ doc, p, x }) => ({ doc, p, undated: undatedPair(x) }));
    index.addProfile(id, ps[i]!);
    return c;
  });
}

/** The decision score (without the undated offset) of article `i` with earlier article `j`, and whether the pair is undated. */
export type PairScorer = (i: number, j: number) => { p: number; undated: boolean };

/** A `PairScorer` over profiles, as `StoryIndex` scores a new article against an earlier one (each pair scored once). */
export function pairScorer(ps: readonly WeightedProfile[], model: PairModel): PairScorer {
  const idf = backgroundIdf();
  const seen = new Map<number, { p: number; undated: boolean }>();
  return (i, j) => {
    const key = i * ps.length + j;
    let c = seen.get(key);
    if (c === undefined) {
      c = { p: pairScore(model, ps[i]!, ps[j]!, idf, 0), undated: undatedPair(pairFeatures(ps[i]!, ps[j]!, idf)) };
      seen.set(key, c);
    }
    return c;
  };
}

/** What `StoryIndex` decides at threshold `t` given the candidate lists (the same rule, `chooseStories`: oldest story kept,
 *  bridges; a reached story with fewer retrieved members than `support` scored against its earliest others by `score`). */
export function simulate(cands: readonly Candidate[][], t: number, options: DecisionOptions, undatedOffset = 0, score?: PairScorer): string[] {
  const story: number[] = [];
  const into: number[] = [];
  const members: number[][] = [];
  const root = (s: number): number => {
    while (into[s]! >= 0) s = into[s]!;
    return s;
  };
  const offset = (raw: number, undated: boolean): number => (undated && undatedOffset > 0 ? offsetScore(raw, undatedOffset) : raw);
  cands.forEach((list, i) => {
    const per = new Map<number, number[]>();
    const got = new Map<number, number[]>();
    for (const { doc, p: raw, undated } of list) {
      const s = root(story[doc]!);
      per.set(s, [...(per.get(s) ?? []), offset(raw, undated)]);
      got.set(s, [...(got.get(s) ?? []), doc]);
    }
    if (score !== undefined) {
      for (const [s, ps] of per) {
        const want = Math.min(options.support, members[s]!.length);
        for (const m of [...members[s]!].sort((u, v) => u - v)) {
          if (ps.length >= want) break;
          if (got.get(s)!.includes(m)) continue;
          const c = score(i, m);
          ps.push(offset(c.p, c.undated));
        }
      }
    }
    const { targets } = chooseStories([...per].map(([s, ps]) => ({ story: s, ps, size: members[s]!.length })), t, options);
    into[i] = -1;
    members[i] = [];
    if (targets.length === 0) {
      story.push(i);
      members[i] = [i];
      return;
    }
    const keep = Math.min(...targets);
    for (const s of targets) {
      if (s === keep) continue;
      into[s] = keep;
      members[keep]!.push(...members[s]!);
      members[s] = [];
    }
    story.push(keep);
    members[keep]!.push(i);
  });
  return story.map((s) => String(root(s)));
}

/** The story-level settings tried with each threshold (see `StoryOptions`). */
export const SUPPORT_SHARES = [0, 0.34, 0.5];
export const BRIDGE_SHARES = [0, 0.5, 1];
/** Undated-pair offsets tried (log-odds; see `StoryOptions.undatedOffset`): up to 4 (a pair of 0.85 then needs 0.997
 *  undated); with 0, 0.5 and 1 only, every fold chose 1. */
export const UNDATED_OFFSETS = [0, 0.5, 1, 1.5, 2, 3, 4];

export const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99];

/**
 * Trains on the chosen articles of each set; the threshold is the one whose linking of those same
 * articles (in file order) scores best: mean of pairwise and B-cubed F1 over the sets.
 */
export function trainModel(sets: readonly TrainSet[], keep: (d: GoldArticle) => boolean, label: string, options: Partial<StoryOptions> = {}, train: { balanceSets?: boolean } = {}): PairModel {
  const { xs, ys, at } = rows(sets, keep);
  // Balanced: each set's rows weigh as much in all as every other set's (a small set is not drowned by a large one).
  const perSet = sets.map((_, si) => at.filter((a) => a[0] === si).length);
  const rowWeights = train.balanceSets ? at.map(([si]) => xs.length / (sets.length * Math.max(1, perSet[si]!))) : undefined;
  const { weights, bias } = trainPairModel(xs, ys, { rowWeights });
  const model: PairModel = { features: [...PAIR_FEATURES], weights, bias, threshold: 0.5, trainedOn: label };
  const o = { ...DEFAULT_STORY_OPTIONS, ...options };
  const kepts = sets.map((s) => s.docs.map((d, i) => (keep(d) ? i : -1)).filter((i) => i >= 0));
  const lists = sets.map((s, si) => candidateLists(kepts[si]!.map((i) => s.docs[i]!.id), kepts[si]!.map((i) => s.profiles[i]!), model, options));
  const scorers = sets.map((s, si) => pairScorer(kepts[si]!.map((i) => s.profiles[i]!), model));
  // The story-level settings are chosen with the threshold, on the same training articles, unless the options fix them.
  const settings: { supportShare: number; bridgeShare: number; undatedOffset: number }[] = [];
  for (const supportShare of o.supportShare !== null ? [o.supportShare] : SUPPORT_SHARES)
    for (const bridgeShare of o.bridgeShare !== null ? [o.bridgeShare] : BRIDGE_SHARES)
      for (const undatedOffset of o.undatedOffset !== null ? [o.undatedOffset] : UNDATED_OFFSETS) settings.push({ supportShare, bridgeShare, undatedOffset });
  let best = { t: 0.5, score: -1, setting: settings[0]! };
  for (const setting of settings) {
    for (const t of THRESHOLDS) {
      let score = 0;
      for (const [si, s] of sets.entries()) {
        const kept = kepts[si]!;
        const pred = simulate(lists[si]!, t, { support: o.support, bridge: o.bridge, supportShare: setting.supportShare, bridgeShare: setting.bridgeShare }, setting.undatedOffset, scorers[si]);
        const gold = kept.map((i) => s.docs[i]!.story);
        score += (pairwise(gold, pred).f1 + bcubed(gold, pred).f1) / 2;
      }
      if (score > best.score) best = { t, score, setting };
    }
  }
  model.threshold = best.t;
  model.decision = best.setting;
  model.trainedOn = `${label}; ${xs.length} candidate pairs${train.balanceSets ? ' (each set weighted equally)' : ''} (${ys.filter((y) => y === 1).length} same-event); threshold ${best.t}, supportShare ${best.setting.supportShare}, bridgeShare ${best.setting.bridgeShare} and undatedOffset ${best.setting.undatedOffset} chosen by linking the training articles (thresholds ${THRESHOLDS.join(', ')}; supportShare ${SUPPORT_SHARES.join(', ')}; bridgeShare ${BRIDGE_SHARES.join(', ')}; undatedOffset ${UNDATED_OFFSETS.join(', ')})`;
  return model;
}
