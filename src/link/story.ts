// Builds a story's dossier section from its articles and their analyses: entities, claim groups, timeline, brief, coverage.
import type { Article } from '../model/index.js';
import type { ArticleAnalysis } from '../model/analysis.js';
import type { DossierAttribution, Story } from '../model/dossier.js';
import { buildBrief } from './brief.js';
import { groupClaims, isOriginName, namesNoOne, placedBody, type LinkArticle } from './claim-groups.js';
import { keyFigures } from './key-figures.js';
import { entityKey, resolveEntities, type ResolvedEntities } from './entities.js';
import { buildTimeline } from './timeline.js';
import { mentionName } from '../analyze/claims.js';
import { speakerWords } from '../analyze/index.js';
import { judgeSpeakerName, storyWordCase } from './speaker-names.js';
import { fullNameSpeakers, isChromeSentence, isShouted, sentenceAt, sharedSurnameSpeaker } from '../analyze/claims-context.js';
import { contentWords } from '../analyze/attribution/trailing-content.js';

export interface StoryMember {
  article: Article;
  analysis: ArticleAnalysis;
  syndicatedFrom: string | null;
  similarity?: number;
}

/** The title that shares most words with the other titles (the story's most typical headline). */
/** The last part of a title after a separator (" - Tri-State News, Weather & Sports", " | WKRN"), or null. */
const TITLE_TAIL = /\s+[-|–—]\s+((?:(?!\s[-|–—]\s).)+)$/u;

/**
 * Titles without the tail two or more of them end with: a site's name or tagline ("Four teens taken to hospital after
 * Evansville shooting - Tri-State News, Weather & Sports"), which no story is about.
 */
export function withoutSharedTail(titles: readonly string[]): string[] {
  const tails = new Map<string, number>();
  for (const t of titles) {
    const tail = TITLE_TAIL.exec(t)?.[1].trim();
    if (tail) tails.set(tail, (tails.get(tail) ?? 0) + 1);
  }
  return titles.map((t) => {
    const m = TITLE_TAIL.exec(t);
    return m && (tails.get(m[1].trim()) ?? 0) >= 2 && m.index > 0 ? t.slice(0, m.index) : t;
  });
}

/** A title that names nothing: a language tag a page's markup put there ("en", "en-US"), or no word at all. */
const NO_TITLE = /^\s*(?:[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?|[^\p{L}]*)\s*$/u;

export function storyTitle(members: readonly StoryMember[]): string {
  const titles = withoutSharedTail(members.map((m) => m.article.metadata.title?.value).filter((t): t is string => Boolean(t) && !NO_TITLE.test(t!)));
  if (titles.length === 0) return members[0]?.article.text.slice(0, 80) ?? 'Untitled story';
  const words = titles.map((t) => new Set(t.toLowerCase().match(/\p{L}{4,}/gu) ?? []));
  // A title's score: for each of its words, the other titles that hold it (the titles holding a word, less its own).
  const held = new Map<string, number>();
  for (const w of words) for (const x of w) held.set(x, (held.get(x) ?? 0) + 1);
  let best = 0;
  let bestScore = -1;
  words.forEach((w, i) => {
    let score = 0;
    for (const x of w) score += held.get(x)! - 1;
    if (score > bestScore) { bestScore = score; best = i; }
  });
  return titles[best].replace(/^opinion\s*\|\s*/i, '');
}

export function buildStory(id: string, members: readonly StoryMember[]): Story {
  const ordered = [...members].sort((a, b) => (a.article.metadata.published?.value ?? '9999').localeCompare(b.article.metadata.published?.value ?? '9999') || a.article.id.localeCompare(b.article.id));
  const linkArticles: LinkArticle[] = ordered.map((m) => ({
    id: m.article.id,
    outlet: m.article.metadata.outlet?.value ?? null,
    published: m.article.metadata.published?.value ?? null,
    url: m.article.metadata.url ?? null,
    analysis: m.analysis,
    syndicatedFrom: m.syndicatedFrom,
  }));
  const resolved = resolveEntities(ordered.map((m) => m.analysis));
  const cases = storyWordCase(ordered.map((m) => m.analysis.text));
  const claimGroups = groupClaims(linkArticles, resolved, undefined, cases);
  const timeline = buildTimeline(linkArticles);
  const figures = keyFigures(claimGroups, undefined, ordered.flatMap((m) => m.article.metadata.title?.value ? [{ articleId: m.article.id, title: m.article.metadata.title.value, outlet: m.article.metadata.outlet?.value ?? null, published: m.article.metadata.published?.value ?? null }] : []));
  // The brief opens with the figures a reader needs first, as the key figures do.
  const brief = buildBrief(linkArticles, claimGroups, undefined, figures.flatMap((f) => (f.claimGroupId ? [f.claimGroupId] : [])));
  const attributions: DossierAttribution[] = [];
  // A page that repeats a paragraph (a gallery's captions, a widget) repeats its attributions: each is listed once.
  const listed = new Set<string>();
  const texts = ordered.map((m) => m.analysis.text);
  const bodyNames = new Map<string, boolean>();
  for (const m of ordered) {
    const a = m.analysis;
    // Speakers the article names in full where it quotes them, for a surname two people of it bear.
    const quotedFull = fullNameSpeakers(a.attributions, a.entities);
    for (const at of a.attributions) {
      // A broadcast's running transcript in capitals ("WE WANT TO REMIND THE MEDIA ...") tells no one's words reliably:
      // its cues and speakers are read from a text without case or punctuation to go by.
      if (!/\p{Ll}/u.test(at.cue.text) && /\p{Lu}{2}/u.test(at.cue.text)) continue;
      if (isShouted(at.content.text)) continue;
      // "0:56 Benny Snell credits offensive line": a playlist's entry, a credit or a teaser is the page's, no one's words.
      const si = sentenceAt(a.sentences, at.cue.span[0]);
      if (si >= 0 && isChromeSentence(a.sentences[si].text)) continue;
      let mention = at.speaker?.mention;
      const shared = mention !== undefined ? sharedSurnameSpeaker(a.entities, mention, quotedFull, a.text) : undefined;
      if (shared) mention = shared.mention;
      const written = shared ? shared.name : mention !== undefined ? mentionName(a.entities, mention) : at.speaker ? speakerWords(a.text, at.speaker.span) : 'unknown';
      // A role opened by a pronoun names the person the text names in it, else stays a described source; clauses,
      // adverbials and datelines name no one (speaker-names.ts).
      const judged = at.speaker ? judgeSpeakerName(written, { cases, texts: [a.text], entity: mention !== undefined }) : { kind: 'name' as const, name: written };
      if (judged.kind === 'none') continue;
      const name = judged.name;
      // Who said what names people and bodies: a pronoun left unresolved or a fragment is left out.
      if ((judged.kind === 'name' && !isOriginName(name)) || namesNoOne(name)) continue;
      // "police", "Police", "Troy police", "Police in Troy": one body of one place is one speaker, as it is one origin,
      // named by that body's name where the story writes it whole ("Buy Photo Police", "Orleans Police" name none).
      const body = placedBody(name, resolved);
      if (body && !bodyNames.has(body.name)) {
        const judgedBody = judgeSpeakerName(body.name, { cases, texts, entity: true });
        bodyNames.set(body.name, judgedBody.kind === 'name' && judgedBody.name === body.name && isOriginName(body.name));
      }
      const speaker = body && bodyNames.get(body.name) ? { name: body.name, entityId: body.id } : speakerEntity(name, written, mention !== undefined && name === written ? resolved.byMention.get(`${a.articleId}:${mention}`) ?? null : null, resolved);
      const seen = `${a.articleId}\u0000${speaker.name}\u0000${at.cue.text}\u0000${at.content.text}`;
      if (listed.has(seen)) continue;
      listed.add(seen);
      attributions.push({
        articleId: a.articleId,
        speaker,
        // "According to Chief Carl Long, ...": a cue that opens its sentence is listed in lower case, as every other.
        cue: /^\p{Lu}\p{Ll}/u.test(at.cue.text) ? at.cue.text[0]!.toLowerCase() + at.cue.text.slice(1) : at.cue.text,
        content: contentWords(a.text, at.content.span, at.cue.span, at.speaker?.span ?? null),
        direct: at.direct,
        span: at.content.span,
      });
    }
  }
  // Each article's outlet from its first member, looked up by id.
  const firstById = new Map<string, StoryMember>();
  for (const m of ordered) if (!firstById.has(m.article.id)) firstById.set(m.article.id, m);
  const outletOf = (articleId: string) => firstById.get(articleId)?.article.metadata.outlet?.value ?? articleId;
  const outlets = [...new Set(ordered.map((m) => outletOf(m.article.id)))];
  const dates = ordered.map((m) => m.article.metadata.published?.value).filter((d): d is string => Boolean(d)).sort();
  return {
    id,
    title: storyTitle(ordered),
    articleIds: ordered.map((m) => m.article.id),
    dateRange: { from: dates[0] ?? null, to: dates.at(-1) ?? null },
    brief,
    claimGroups,
    keyFigures: figures,
    timeline,
    attributions,
    entities: resolved.entities,
    coverage: {
      outlets,
      byClaimGroup: claimGroups.map((g) => ({ claimGroupId: g.id, outlets: [...new Set(g.tellings.map((t) => outletOf(t.articleId)))] })),
    },
    syndication: ordered.filter((m) => m.syndicatedFrom).map((m) => ({ articleId: m.article.id, copyOf: m.syndicatedFrom as string, similarity: m.similarity ?? 1 })),
  };
}

/** A possessor's written name: "The National Intelligence Service's (NIS)". */
const POSSESSOR = /['’]s(?:\s*\(\p{Lu}{2,8}\))?$/u;

/** A speaker's entity: its mention's, else, for a possessor, the entity of its mended name ("The National Intelligence Service" of "The National Intelligence Service's (NIS)"), else none. */
function speakerEntity(name: string, written: string, entityId: string | null, resolved: ResolvedEntities): { name: string; entityId: string | null } {
  if (entityId !== null || !POSSESSOR.test(written)) return { name, entityId };
  // Only an entity of the same name or alias.
  return { name, entityId: resolved.byKey.get(entityKey(name)) ?? null };
}
