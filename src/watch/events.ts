// Change events of followed stories: what new articles changed in a story (before and after), each event with its evidence and a stable key.
import { claimGroupKey } from '../link/claim-groups.js';
import { compatible } from '../link/verdicts.js';
import type { ClaimGroup, Story, StoryMergeNote, Telling, Verdict } from '../model/dossier.js';
import { formatDate, formatValue } from '../report/index.js';

export type ChangeKind = 'new-story' | 'new-article' | 'revised' | 'new-claim-group' | 'updated' | 'verdict-changed' | 'denied' | 'story-merged';

export const CHANGE_KINDS: readonly ChangeKind[] = ['new-story', 'new-article', 'revised', 'new-claim-group', 'updated', 'verdict-changed', 'denied', 'story-merged'];

/** An article an event stands on. */
export interface EventArticle {
  id: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
}

/** A sentence an event stands on: `new` came with the change, `earlier` is what it changed or answers. */
export interface EventSentence {
  articleId: string;
  text: string;
  /** [start, end] of the sentence in the article text. */
  span: [number, number];
  outlet: string | null;
  origin: string;
  asOf: string | null;
  role: 'new' | 'earlier';
}

export interface ChangeEvent {
  /** Deterministic: kind, story, claim group key and what caused it; an event with a key already emitted is never emitted again. */
  key: string;
  kind: ChangeKind;
  /** When the change was detected (ISO 8601). */
  detectedAt: string;
  story: { id: string; title: string };
  /** The claim group after the change; null for new-story and new-article. */
  claimGroup: {
    id: string;
    /** Stable across runs (the id `gN` is not): see `claimGroupKey`. */
    key: string;
    statement: string;
    verdict: Verdict;
    verdictRule: string;
    explanation: string;
  } | null;
  /** The verdict before and after, when it changed (verdict-changed; also updated and denied events that changed it). */
  verdict: { from: Verdict | null; to: Verdict } | null;
  /** The value before and after, as a reader says it (updated events). */
  value: { from: string; to: string } | null;
  sentences: EventSentence[];
  articles: EventArticle[];
  /** Origins the event's sentences cite (for group events, every origin of the group). */
  origins: string[];
  /** One sentence describing the change. */
  message: string;
  /** The merge a story-merged event reports, with its reason (absent for the other kinds). */
  merge?: StoryMergeNote;
}

/** A story before and after a run, with the articles that run added to it. */
export interface StoryChange {
  /** The story built without the new articles; null when the story is new. */
  before: Story | null;
  after: Story;
  newArticleIds: readonly string[];
  /** Metadata of the story's articles (at least of those the new tellings come from). */
  articles: ReadonlyMap<string, EventArticle>;
  /** New articles that are new versions of a stored one: new id -> the earlier version and what changed in its figures. */
  revisions?: ReadonlyMap<string, Revision>;
  /** Stories merged into this one by the new articles (a new article bridged them). */
  merges?: readonly StoryMergeNote[];
}

/** A new version of a stored article (same external id or URL, new content). */
export interface Revision {
  earlier: EventArticle;
  /** Numbers as written that the new version dropped and added. */
  figures: { removed: string[]; added: string[] };
  /** Sentences the new version dropped and added (at most a few of each). */
  removed: string[];
  added: string[];
}

/** Sentences and articles an event carries at most (a new story of hundreds of articles names the first ones). */
export const EVIDENCE_LIMITS = { sentences: 5, articles: 25 };

/** The story's claim groups by their frame key (`frameKey`): one key is one group, as grouping made it. */
export function groupsByKey(story: Story): Map<string, ClaimGroup> {
  return new Map(story.claimGroups.map((g) => [claimGroupKey(g), g]));
}

const originOf = (t: Telling): string => t.originEntityId ?? t.origin;
const tellingId = (t: Telling): string => `${t.articleId}:${t.span[0]}`;
const asOf = (t: Telling): string => t.asOf ?? '';

function valueText(t: Telling): string {
  return formatValue(t.value, t.approx, t.unit);
}

function sentenceOf(t: Telling, role: EventSentence['role']): EventSentence {
  return { articleId: t.articleId, text: t.sentence, span: [t.span[0], t.span[1]], outlet: t.outlet, origin: t.origin, asOf: t.asOf, role };
}

/** One sentence per article span: several tellings of one sentence are one piece of evidence. */
function distinctSentences(tellings: readonly { t: Telling; role: EventSentence['role'] }[]): EventSentence[] {
  const seen = new Set<string>();
  const out: EventSentence[] = [];
  for (const { t, role } of tellings) {
    const id = tellingId(t);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(sentenceOf(t, role));
    if (out.length >= EVIDENCE_LIMITS.sentences) break;
  }
  return out;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function quoted(title: string): string {
  return `“${title}”`;
}

class EventBuilder {
  readonly events: ChangeEvent[] = [];
  private readonly story: { id: string; title: string };

  constructor(private readonly change: StoryChange, private readonly detectedAt: string) {
    this.story = { id: change.after.id, title: change.after.title };
  }

  article(id: string, outlet: string | null = null): EventArticle {
    return this.change.articles.get(id) ?? { id, outlet, title: null, published: null, url: null };
  }

  articlesOf(sentences: readonly EventSentence[], extra: readonly string[] = []): EventArticle[] {
    const ids = unique([...sentences.map((s) => s.articleId), ...extra]).slice(0, EVIDENCE_LIMITS.articles);
    return ids.map((id) => this.article(id, sentences.find((s) => s.articleId === id)?.outlet ?? null));
  }

  push(e: Omit<ChangeEvent, 'detectedAt' | 'story'>): ChangeEvent {
    const event: ChangeEvent = { key: e.key, kind: e.kind, detectedAt: this.detectedAt, story: this.story, claimGroup: e.claimGroup, verdict: e.verdict, value: e.value, sentences: e.sentences, articles: e.articles, origins: e.origins, message: e.message };
    if (e.merge !== undefined) event.merge = e.merge;
    this.events.push(event);
    return event;
  }

  groupRef(g: ClaimGroup, key: string): NonNullable<ChangeEvent['claimGroup']> {
    return { id: g.id, key, statement: g.statement, verdict: g.verdict, verdictRule: g.verdictRule, explanation: g.explanation };
  }
}

/** The sentences of the story's claim groups that an article tells, most-told groups first. */
function tellingsOfArticle(story: Story, articleId: string): Telling[] {
  return story.claimGroups.flatMap((g) => g.tellings.filter((t) => t.articleId === articleId));
}

function newStoryEvent(b: EventBuilder, story: Story): void {
  const lead = story.claimGroups.slice(0, EVIDENCE_LIMITS.sentences).map((g) => g.tellings[0]).filter((t): t is Telling => Boolean(t));
  const sentences = distinctSentences(lead.map((t) => ({ t, role: 'new' as const })));
  const outlets = story.coverage.outlets;
  const n = story.articleIds.length;
  b.push({
    key: `new-story|${story.id}`,
    kind: 'new-story',
    claimGroup: null,
    verdict: null,
    value: null,
    sentences,
    articles: b.articlesOf([], story.articleIds),
    origins: unique(lead.map((t) => t.origin)),
    message: `New story ${quoted(story.title)}: ${n} ${n === 1 ? 'article' : 'articles'} from ${outlets.length} ${outlets.length === 1 ? 'outlet' : 'outlets'}${outlets.length > 0 ? ` (${outlets.slice(0, 5).join(', ')}${outlets.length > 5 ? ', …' : ''})` : ''}, ${story.claimGroups.length} claim ${story.claimGroups.length === 1 ? 'group' : 'groups'}.`,
  });
}

function mergedEvent(b: EventBuilder, story: Story, m: StoryMergeNote): void {
  const via = b.article(m.via);
  const matched = b.article(m.matched);
  const n = m.articleIds.length;
  const why = m.features.length > 0 ? `; ${m.features.join(', ')}` : '';
  b.push({
    key: `story-merged|${m.intoStoryId}|${m.storyId}`,
    kind: 'story-merged',
    claimGroup: null,
    verdict: null,
    value: null,
    sentences: [],
    articles: [via, matched],
    origins: [],
    message: `Story ${m.storyId} (${n} ${n === 1 ? 'article' : 'articles'}) merged into ${quoted(story.title)}: ${quoted(via.title ?? via.id)} (${via.outlet ?? 'unknown outlet'}) reports the same event as ${quoted(matched.title ?? matched.id)} (${matched.outlet ?? 'unknown outlet'}), score ${m.score.toFixed(2)}${why}.`,
    merge: m,
  });
}

function newArticleEvent(b: EventBuilder, story: Story, articleId: string): void {
  const told = tellingsOfArticle(story, articleId);
  const sentences = distinctSentences(told.map((t) => ({ t, role: 'new' as const })));
  const a = b.article(articleId, told[0]?.outlet ?? null);
  const claims = unique(told.map(tellingId)).length;
  b.push({
    key: `new-article|${story.id}|${articleId}`,
    kind: 'new-article',
    claimGroup: null,
    verdict: null,
    value: null,
    sentences,
    articles: [a],
    origins: unique(told.map((t) => t.origin)),
    message: `${a.outlet ?? 'An unknown outlet'} joins ${quoted(story.title)} with ${quoted(a.title ?? a.id)}${a.published ? ` (${formatDate(a.published)})` : ''}; ${claims} ${claims === 1 ? 'sentence tells' : 'sentences tell'} its claims.`,
  });
}

function revisedEvent(b: EventBuilder, story: Story, articleId: string, r: Revision): void {
  const told = tellingsOfArticle(story, articleId);
  const sentences = distinctSentences(told.map((t) => ({ t, role: 'new' as const })));
  const a = b.article(articleId, told[0]?.outlet ?? null);
  const figures = r.figures.removed.length > 0 || r.figures.added.length > 0 ? `; figures ${r.figures.removed.join(', ') || 'none'} became ${r.figures.added.join(', ') || 'none'}` : '';
  b.push({
    key: `revised|${story.id}|${articleId}`,
    kind: 'revised',
    claimGroup: null,
    verdict: null,
    value: figures ? { from: r.figures.removed.join(', '), to: r.figures.added.join(', ') } : null,
    sentences,
    articles: [a, r.earlier],
    origins: unique(told.map((t) => t.origin)),
    message: `Revised in ${quoted(story.title)}: ${a.outlet ?? 'an unknown outlet'} changed ${quoted(a.title ?? a.id)} (version ${a.id} replaces ${r.earlier.id}): ${r.removed.length} ${r.removed.length === 1 ? 'sentence' : 'sentences'} dropped, ${r.added.length} added${figures}.`,
  });
}

/** The latest valued telling of the same origin told before `t` (by as-of date), or undefined. */
function previousOfOrigin(t: Telling, earlier: readonly Telling[]): Telling | undefined {
  const same = earlier.filter((p) => p !== t && p.value !== null && originOf(p) === originOf(t) && asOf(p) < asOf(t));
  return same.sort((x, y) => asOf(x).localeCompare(asOf(y))).at(-1);
}

/** A telling of another origin that a new telling agrees with (corroborated) or differs from (contested). */
function counterpart(t: Telling, others: readonly Telling[], agree: boolean): Telling | undefined {
  return others.find((p) => originOf(p) !== originOf(t) && p.value !== null && t.value !== null && compatible(p, t) === agree);
}

function groupEvents(b: EventBuilder, story: Story, key: string, before: ClaimGroup | undefined, after: ClaimGroup, newIds: ReadonlySet<string>): void {
  const fresh = after.tellings.filter((t) => newIds.has(t.articleId));
  const old = after.tellings.filter((t) => !newIds.has(t.articleId));
  const ref = b.groupRef(after, key);
  const verdictChange = before && before.verdict !== after.verdict ? { from: before.verdict, to: after.verdict } : null;
  let folded = false;

  // A denial telling appears.
  const denials = new Map<string, Telling>();
  for (const t of fresh) if (t.modality === 'denied' && !denials.has(tellingId(t))) denials.set(tellingId(t), t);
  for (const [id, t] of denials) {
    const denied = after.related.filter((r) => r.relation === 'denies').map((r) => story.claimGroups.find((g) => g.id === r.groupId)?.tellings.at(-1));
    const stated = old.find((p) => p.modality !== 'denied') ?? denied.find((p): p is Telling => Boolean(p));
    const sentences = distinctSentences([{ t, role: 'new' }, ...(stated ? [{ t: stated, role: 'earlier' as const }] : [])]);
    const verdict = verdictChange?.to === 'denied' ? verdictChange : before ? null : { from: null, to: after.verdict };
    if (verdictChange?.to === 'denied') folded = true;
    b.push({
      key: `denied|${story.id}|${key}|${id}`,
      kind: 'denied',
      claimGroup: ref,
      verdict,
      value: null,
      sentences,
      articles: b.articlesOf(sentences),
      origins: unique(sentences.map((s) => s.origin)),
      message: `Denied in ${quoted(story.title)}: ${t.origin} denies “${after.statement}” (${t.outlet ?? 'unknown outlet'}${t.asOf ? `, ${formatDate(t.asOf)}` : ''}).`,
    });
  }

  if (!before) {
    if (denials.size > 0) return;
    const sentences = distinctSentences(after.tellings.map((t) => ({ t, role: 'new' as const })));
    const n = unique(after.tellings.map((t) => t.outlet ?? t.articleId)).length;
    b.push({
      key: `new-claim-group|${story.id}|${key}`,
      kind: 'new-claim-group',
      claimGroup: ref,
      verdict: null,
      value: null,
      sentences,
      articles: b.articlesOf(sentences),
      origins: after.origins,
      message: `New claim in ${quoted(story.title)}: ${after.statement}, told by ${n} ${n === 1 ? 'outlet' : 'outlets'} citing ${after.origins.join(', ') || 'no named origin'} (${after.verdict}).`,
    });
    return;
  }

  // A new telling gives its origin a new value, later than the one it replaces (and no later telling of that origin follows it).
  const updates = new Map<string, { t: Telling; p: Telling }>();
  for (const t of fresh) {
    if (t.value === null || t.negated || updates.has(tellingId(t))) continue;
    if (after.tellings.some((x) => x !== t && originOf(x) === originOf(t) && x.value !== null && asOf(x) > asOf(t))) continue;
    const p = previousOfOrigin(t, after.tellings);
    if (p && !compatible(p, t)) updates.set(tellingId(t), { t, p });
  }
  // Or the group's leading value (its verdict being updated) moves to a new telling: the group now says what that telling says.
  const sameValue = (t: Telling, v: ClaimGroup['latestValue']) => v !== null && t.value !== null && JSON.stringify(t.value) === JSON.stringify(v);
  if (updates.size === 0 && after.verdict === 'updated' && before.latestValue !== null && JSON.stringify(before.latestValue) !== JSON.stringify(after.latestValue)) {
    const t = fresh.filter((x) => !x.negated && sameValue(x, after.latestValue)).at(-1);
    const p = before.tellings.filter((x) => sameValue(x, before.latestValue)).at(-1);
    if (t && p && !compatible(p, t)) updates.set(tellingId(t), { t, p });
  }
  for (const [id, { t, p }] of updates) {
    const sentences = distinctSentences([{ t, role: 'new' }, { t: p, role: 'earlier' }]);
    const verdict = verdictChange?.to === 'updated' ? verdictChange : null;
    if (verdict) folded = true;
    b.push({
      key: `updated|${story.id}|${key}|${id}`,
      kind: 'updated',
      claimGroup: ref,
      verdict,
      value: { from: valueText(p), to: valueText(t) },
      sentences,
      articles: b.articlesOf(sentences),
      origins: after.origins,
      message: `Updated in ${quoted(story.title)}: ${t.origin} now gives ${valueText(t)}${t.asOf ? ` (as of ${formatDate(t.asOf)})` : ''}, earlier ${valueText(p)}${p.asOf ? ` (as of ${formatDate(p.asOf)})` : ''}: ${after.statement}.`,
    });
  }

  if (verdictChange && !folded) {
    const agree = verdictChange.to === 'corroborated';
    const evidence: { t: Telling; role: EventSentence['role'] }[] = [];
    for (const t of fresh) {
      evidence.push({ t, role: 'new' });
      const other = verdictChange.to === 'contested' || agree ? counterpart(t, old, agree) : undefined;
      if (other) evidence.push({ t: other, role: 'earlier' });
    }
    const sentences = distinctSentences(evidence);
    const cause = unique(fresh.length > 0 ? fresh.map((t) => t.articleId) : [...newIds]).sort();
    b.push({
      key: `verdict-changed|${story.id}|${key}|${verdictChange.from}>${verdictChange.to}|${cause.join('+')}`,
      kind: 'verdict-changed',
      claimGroup: ref,
      verdict: verdictChange,
      value: null,
      sentences,
      articles: b.articlesOf(sentences, cause),
      origins: after.origins,
      message: `Verdict in ${quoted(story.title)} changed from ${verdictChange.from} to ${verdictChange.to}: ${after.statement}. ${after.explanation}`,
    });
  }
}

/**
 * The events of one story's change: new-story when it had no article before; otherwise
 * story-merged for each story a new article bridged into it (with the merge's reason), then new-article for each new article (revised for a new version of a stored one), then for each claim group (matched before and after by its
 * stable key): denied for each new denial telling, new-claim-group for a group that was not
 * there (or denied events when it is a denial), updated when a new telling is its origin's
 * latest value and differs from that origin's previous one (or, failing that, becomes the
 * leading value of a group whose verdict is updated), verdict-changed when the verdict
 * changed and no updated or denied event of the group already tells it (those carry the
 * from/to verdicts). Pure: the same change gives the same events and keys.
 */
export function storyEvents(change: StoryChange, detectedAt: string): ChangeEvent[] {
  const b = new EventBuilder(change, detectedAt);
  const { before, after } = change;
  const newIds = new Set(change.newArticleIds.filter((id) => after.articleIds.includes(id)));
  if (!before || before.articleIds.length === 0) {
    newStoryEvent(b, after);
    return b.events;
  }
  if (newIds.size === 0) return b.events;
  for (const m of change.merges ?? []) if (newIds.has(m.via)) mergedEvent(b, after, m);
  for (const id of after.articleIds) {
    if (!newIds.has(id)) continue;
    const revision = change.revisions?.get(id);
    if (revision) revisedEvent(b, after, id, revision);
    else newArticleEvent(b, after, id);
  }
  const previous = groupsByKey(before);
  for (const [key, g] of groupsByKey(after)) groupEvents(b, after, key, previous.get(key), g, newIds);
  return b.events;
}

/** Events whose keys are not in `emitted`, each key once, in order. */
export function freshEvents(events: readonly ChangeEvent[], emitted: ReadonlySet<string>): ChangeEvent[] {
  const seen = new Set(emitted);
  const out: ChangeEvent[] = [];
  for (const e of events) {
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    out.push(e);
  }
  return out;
}
