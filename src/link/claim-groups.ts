// Claim groups: the same claim as told by several articles, each telling with outlet, origin, value, date and sentence.
import { defaultClaimLexicon } from '../analyze/claims-lexicon.js';
import type { ArticleAnalysis, Claim } from '../model/analysis.js';
import type { ClaimGroup, Telling } from '../model/dossier.js';
import { entityKey, type ResolvedEntities } from './entities.js';
import { decideVerdict } from './verdicts.js';

/** What grouping needs to know of each article of a story. */
export interface LinkArticle {
  id: string;
  outlet: string | null;
  published: string | null;
  analysis: ArticleAnalysis;
  /** The earliest copy this article is a near-duplicate of, when it is one. */
  syndicatedFrom: string | null;
}

export interface GroupOptions {
  /** Counted nouns that name the same kind of people in conflict reporting; folded to one head so "troops" and "soldiers" group. */
  personnelHeads: ReadonlySet<string>;
  /** Descriptor words that name an intelligence agency without its name, matched against named organisations. */
  descriptorConcepts: readonly [RegExp, RegExp][];
}

export const defaultGroupOptions: GroupOptions = {
  // From the example corpus and wire style: the same deployment is told with each of these nouns.
  personnelHeads: new Set(['troops', 'troop', 'soldiers', 'soldier', 'forces', 'force', 'members', 'personnel', 'servicemen', 'fighters', 'units', 'unit', 'commandos']),
  // "South Korea's spy agency", "secret service", "intelligence service" -> a named intelligence organisation.
  descriptorConcepts: [
    [/\b(spy agency|secret service|intelligence (service|agency)|spy service)\b/i, /\bintelligence\b/i],
    [/\b(defen[cs]e ministry|ministry of defen[cs]e|military)\b/i, /\b(defen[cs]e|military)\b/i],
    [/\b(presidential office|president's office)\b/i, /\b(presidential|president)\b/i],
  ],
};

const family = (lemma: string): string => defaultClaimLexicon.families.get(lemma) ?? lemma;

function subjectHead(subject: string, options: GroupOptions): string {
  const words = subject.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, ' ').split(/\s+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) if (options.personnelHeads.has(words[i])) return 'personnel';
  const head = words[words.length - 1] ?? subject.toLowerCase();
  return head.endsWith('s') && head.length > 3 ? head.slice(0, -1) : head;
}

/** The canonical origin of a claim: an entity id when its name resolves, else its folded name. */
export function canonicalOrigin(name: string, resolved: ResolvedEntities, options: GroupOptions = defaultGroupOptions): { id: string; name: string } {
  const key = entityKey(name);
  const direct = resolved.byKey.get(key);
  if (direct) return { id: direct, name: resolved.entities.find((e) => e.id === direct)?.name ?? name };
  for (const [descriptor, concept] of options.descriptorConcepts) {
    if (!descriptor.test(name)) continue;
    const named = resolved.entities.filter((e) => e.type === 'organisation' && concept.test(e.name) && /\p{Lu}/u.test(e.name[0] ?? ''));
    if (named.length === 1) return { id: named[0].id, name: named[0].name };
  }
  return { id: `name:${key}`, name };
}

interface Candidate {
  key: string;
  claim: Claim;
  telling: Telling;
  subject: string;
}

function scopeOf(c: Claim): string {
  if (c.modality.value === 'planned') return 'planned';
  if (c.modality.value === 'denied') return 'denied';
  return 'actual';
}

function formatValue(v: number | [number, number] | null, approx: string | null): string {
  if (v === null) return '';
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const base = Array.isArray(v) ? `${n(v[0])}–${n(v[1])}` : n(v);
  const words: Record<string, string> = { about: 'about ', 'at-least': 'at least ', 'more-than': 'more than ', 'up-to': 'up to ', 'less-than': 'less than ', nearly: 'nearly ', estimated: 'an estimated ' };
  return `${approx ? words[approx] ?? '' : ''}${base}`;
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}

/** Groups a story's claims; each group carries its tellings, independent origins and verdict. */
export function groupClaims(articles: readonly LinkArticle[], resolved: ResolvedEntities, options: GroupOptions = defaultGroupOptions): ClaimGroup[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const candidates: Candidate[] = [];
  for (const article of articles) {
    const { analysis } = article;
    for (const claim of analysis.claims) {
      let origin = canonicalOrigin(claim.origin.value, resolved, options);
      // An unattributed claim's origin is its outlet; a syndicated copy's is the original's outlet.
      if (claim.origin.rule === 'origin/outlet-unattributed') {
        const original = article.syndicatedFrom ? byId.get(article.syndicatedFrom) : undefined;
        const outlet = original?.outlet ?? article.outlet ?? `article ${article.id}`;
        origin = { id: `outlet:${entityKey(outlet)}`, name: outlet };
      }
      const fam = family(claim.predicate.value);
      const scope = scopeOf(claim);
      const hasValue = claim.value !== undefined;
      const head = subjectHead(claim.subject.value, options);
      const key = hasValue
        ? `q|${claim.unitClass}|${fam}|${scope}|${head}`
        : scope === 'denied'
          ? `d|${fam}|${entityKey(claim.origin.value)}`
          : `e|${fam}|${head}|${claim.time.value ?? ''}`;
      const [s, e] = claim.sentence;
      candidates.push({
        key,
        claim,
        subject: claim.subject.value,
        telling: {
          articleId: article.id,
          outlet: article.outlet,
          origin: origin.name,
          originEntityId: origin.id,
          value: claim.value ?? null,
          unit: claim.unit ?? null,
          approx: claim.approx ?? null,
          asOf: claim.time.value,
          modality: claim.modality.value,
          negated: claim.negated,
          sentence: analysis.text.slice(s, e),
          span: [s, e],
          syndicatedFrom: article.syndicatedFrom,
        },
      });
    }
  }
  const buckets = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = buckets.get(c.key);
    if (list) list.push(c);
    else buckets.set(c.key, [c]);
  }
  const groups: ClaimGroup[] = [];
  for (const [key, members] of buckets) {
    // A group is kept when it is told at least once with a value or dated; value-less undated
    // sentences without a denial are not claims a reader compares.
    const first = members[0].claim;
    const tellings = members.map((m) => m.telling).sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '') || a.articleId.localeCompare(b.articleId));
    const verdict = decideVerdict(tellings);
    const subject = mostCommon(members.map((m) => m.subject));
    const predicate = mostCommon(members.map((m) => m.claim.predicate.value));
    const place = mostCommon(members.map((m) => m.claim.place.value ?? '').filter(Boolean)) || null;
    const scope = scopeOf(first);
    const value = formatValue(verdict.latest?.value ?? null, verdict.latest?.approx ?? null);
    const statement = `${subject.charAt(0).toUpperCase()}${subject.slice(1)}: ${predicate}${scope === 'planned' ? ' (planned)' : scope === 'denied' ? ' (denied)' : ''}${value ? `, ${value}` : ''}${place ? ` (${place})` : ''}`;
    groups.push({
      id: '',
      statement,
      subject,
      predicate,
      unitClass: first.unitClass ?? null,
      place,
      verdict: verdict.verdict,
      verdictRule: verdict.rule,
      explanation: verdict.explanation,
      independentOrigins: verdict.origins.length,
      origins: verdict.origins,
      latestValue: verdict.latest?.value ?? null,
      related: [],
      tellings,
    });
    void key;
  }
  // Most-told first; stable ids follow that order.
  groups.sort((a, b) => b.tellings.length - a.tellings.length || b.independentOrigins - a.independentOrigins || a.statement.localeCompare(b.statement));
  groups.forEach((g, i) => { g.id = `g${i + 1}`; });
  linkRelated(groups);
  return groups;
}

/**
 * The bucket key of a built group, read back from the group: unlike its id (`gN`, in the order
 * of how often groups are told) and its statement (which carries the leading value), it stays
 * the same when tellings are added. Counted claims: unit class, predicate family, scope and
 * subject head; denials without a value: predicate family and the denying origin (its
 * canonical id); other dated claims: predicate family, subject head and date. Keep in step
 * with the key `groupClaims` buckets by.
 */
export function claimGroupKey(g: ClaimGroup, options: GroupOptions = defaultGroupOptions): string {
  const fam = family(g.predicate);
  const first = g.tellings[0];
  const scope = first?.modality === 'planned' ? 'planned' : first?.modality === 'denied' ? 'denied' : 'actual';
  if (g.tellings.some((t) => t.value !== null)) return `q|${g.unitClass ?? ''}|${fam}|${scope}|${subjectHead(g.subject, options)}`;
  if (scope === 'denied') return `d|${fam}|${mostCommon(g.tellings.map((t) => t.originEntityId ?? entityKey(t.origin)))}`;
  return `e|${fam}|${subjectHead(g.subject, options)}|${first?.asOf ?? ''}`;
}

/** Planned totals and deployed counts of the same thing, and denials of an act, point at each other. */
function linkRelated(groups: ClaimGroup[]): void {
  for (const g of groups) {
    for (const h of groups) {
      if (g === h) continue;
      const sameThing = g.unitClass !== null && g.unitClass === h.unitClass && family(g.predicate) === family(h.predicate);
      if (sameThing && g.statement.includes('(planned)') && !h.statement.includes('(planned)')) g.related.push({ groupId: h.id, relation: 'planned-total-of' });
      if (g.verdict === 'denied' && h.unitClass !== null && family(g.predicate) === family(h.predicate)) g.related.push({ groupId: h.id, relation: 'denies' });
    }
  }
}
