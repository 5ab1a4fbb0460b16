// The marks of an article page: paragraphs, sentences (anchors), attributions, quantities and mentions, linked to claim groups and entities.
import { entityKey } from '../../link/index.js';
import type { ArticleAnalysis } from '../../model/analysis.js';
import type { Story } from '../../model/dossier.js';
import type { Article } from '../../model/index.js';
import type { Mark } from '../highlight.js';
import { entityHref, sentenceAnchor, storyHref } from '../links.js';

/** Where the article's claims landed: claim-group id by `${sentenceStart}:${value}` and by sentence start. */
function claimGroupIndex(story: Story | null, articleId: string): { byValue: Map<string, string>; bySentence: Map<number, string> } {
  const byValue = new Map<string, string>();
  const bySentence = new Map<number, string>();
  for (const g of story?.claimGroups ?? []) {
    for (const t of g.tellings) {
      if (t.articleId !== articleId) continue;
      byValue.set(`${t.span[0]}:${JSON.stringify(t.value)}`, g.id);
      if (!bySentence.has(t.span[0])) bySentence.set(t.span[0], g.id);
    }
  }
  return { byValue, bySentence };
}

/** Entity ids of the story by folded name and alias, for entities this article mentions. */
function entityIndex(story: Story | null, articleId: string): Map<string, { id: string; name: string }> {
  const index = new Map<string, { id: string; name: string }>();
  for (const e of story?.entities ?? []) {
    if (!e.articleIds.includes(articleId)) continue;
    for (const n of [e.name, ...e.aliases]) {
      const k = entityKey(n);
      if (k && !index.has(k)) index.set(k, { id: e.id, name: e.name });
    }
  }
  return index;
}

/** Layers of marks a reader can switch on over the plain text. */
export type Layer = 'mentions' | 'quantities' | 'speakers';
export const LAYERS: readonly Layer[] = ['mentions', 'quantities', 'speakers'];

/**
 * The marks of the article page, with priorities that keep structure outermost and links innermost:
 * paragraphs and sentence anchors always, attributions, quantities and mentions only in the layers asked for.
 */
export function articleMarks(article: Article, analysis: ArticleAnalysis | null, story: Story | null, layers: ReadonlySet<Layer> = new Set(LAYERS)): Mark[] {
  const marks: Mark[] = article.paragraphs.map(([start, end]) => ({ start, end, tag: 'p', attrs: {}, priority: 0 }));
  if (!analysis || analysis.text !== article.text) return marks;
  for (const s of analysis.sentences) {
    marks.push({ start: s.span[0], end: s.span[1], tag: 'span', attrs: { class: `s s-${s.kind}`, id: sentenceAnchor(s.span[0]) }, priority: 1 });
  }
  const groups = claimGroupIndex(story, article.id);
  const groupHref = (id: string | undefined) => (id && story ? storyHref(story.id, id) : undefined);
  const claimOfQuantity = new Map<number, string>();
  const claimOfAttribution = new Map<number, string>();
  for (const c of analysis.claims) {
    const gid = groups.byValue.get(`${c.sentence[0]}:${JSON.stringify(c.value ?? null)}`) ?? groups.bySentence.get(c.sentence[0]);
    if (!gid) continue;
    if (c.quantity !== undefined) claimOfQuantity.set(c.quantity, gid);
    if (c.attribution !== undefined && !claimOfAttribution.has(c.attribution)) claimOfAttribution.set(c.attribution, gid);
  }
  if (layers.has('speakers')) analysis.attributions.forEach((a, i) => {
    const who = a.speaker?.text ?? 'unnamed source';
    marks.push({ start: a.content.span[0], end: a.content.span[1], tag: 'span', attrs: { class: a.direct ? 'said direct' : 'said', title: `${who} ${a.cue.text} (${a.rule})` }, priority: 2 });
    if (a.speaker) marks.push({ start: a.speaker.span[0], end: a.speaker.span[1], tag: 'mark', attrs: { class: 'speaker', title: `speaker (${a.rule})` }, priority: 3 });
    const href = groupHref(claimOfAttribution.get(i));
    marks.push(
      href
        ? { start: a.cue.span[0], end: a.cue.span[1], tag: 'a', attrs: { class: 'cue', href, title: `attribution cue; claim group ${claimOfAttribution.get(i)}` }, priority: 3 }
        : { start: a.cue.span[0], end: a.cue.span[1], tag: 'mark', attrs: { class: 'cue', title: 'attribution cue' }, priority: 3 },
    );
  });
  if (layers.has('quantities')) analysis.quantities.forEach((q, i) => {
    const gid = claimOfQuantity.get(i);
    const href = groupHref(gid);
    const title = `${q.unitClass}${q.approx ? `, ${q.approx}` : ''} (${q.rule})${gid ? `; claim group ${gid}` : ''}`;
    marks.push(href ? { start: q.span[0], end: q.span[1], tag: 'a', attrs: { class: 'qty', href, title }, priority: 4 } : { start: q.span[0], end: q.span[1], tag: 'mark', attrs: { class: 'qty', title }, priority: 4 });
  });
  const entities = entityIndex(story, article.id);
  if (layers.has('mentions')) analysis.entities.forEach((m) => {
    let root = m;
    for (let n = 0; n < 5 && root.refersTo !== undefined && analysis.entities[root.refersTo]; n++) root = analysis.entities[root.refersTo];
    const entity = entities.get(entityKey(root.text)) ?? entities.get(m.key);
    const title = `${m.type}${entity ? `: ${entity.name}` : ''} (${m.evidence.join(', ') || 'no evidence recorded'})`;
    const cls = `ent ent-${m.type}`;
    marks.push(
      entity && story
        ? { start: m.span[0], end: m.span[1], tag: 'a', attrs: { class: cls, href: entityHref(story.id, entity.id), title }, priority: 5 }
        : { start: m.span[0], end: m.span[1], tag: 'mark', attrs: { class: cls, title }, priority: 5 },
    );
  });
  return marks;
}
