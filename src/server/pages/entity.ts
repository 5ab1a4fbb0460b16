// The page of one entity of a story: the claims it is the subject or origin of, what it said, and the articles that mention it.
import type { ClaimGroup, DossierEntity, Story } from '../../model/dossier.js';
import { cueWords, formatDate } from '../../report/index.js';
import { html, type SafeHtml } from '../html.js';
import { articleHref, storyHref } from '../links.js';
import { speakerGroups } from '../speakers.js';
import type { LoadedStory } from '../stories.js';
import { Citations, verdictBadge } from './common.js';
import { layout } from './layout.js';
import { articlesFromOutlets, count, outletName, shortTitle, statementText } from './words.js';

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Claim groups the entity is the subject of (by name or alias) or an origin of (resolved to it). */
export function entityClaims(story: Story, entity: DossierEntity): { group: ClaimGroup; role: string }[] {
  const names = new Set([entity.name, ...entity.aliases].map(fold).filter(Boolean));
  const out: { group: ClaimGroup; role: string }[] = [];
  for (const g of story.claimGroups) {
    const roles: string[] = [];
    if (names.has(fold(g.subject))) roles.push('subject');
    if (g.tellings.some((t) => t.originEntityId === entity.id) || g.origins.some((o) => names.has(fold(o)))) roles.push('origin');
    if (roles.length > 0) out.push({ group: g, role: roles.join(' and ') });
  }
  return out;
}

/** The entity page, or null when the story has no such entity. */
export function entityPage(loaded: LoadedStory, entityId: string): SafeHtml | null {
  const { story } = loaded;
  const entity = story.entities.find((e) => e.id === entityId);
  if (!entity) return null;
  const cites = new Citations(loaded);
  const claims = entityClaims(story, entity);
  const said = speakerGroups(story).find((s) => s.entityId === entity.id)?.attributions ?? [];
  const articles = entity.articleIds.map((id) => cites.article(id)).filter((a): a is NonNullable<typeof a> => a !== undefined);
  const body = html`<article class="entity">
<p class="crumbs">Story: <a href="${storyHref(story.id)}">${story.title}</a></p>
<h1>${entity.name}</h1>
<p class="meta">${entity.type}${entity.aliases.length > 0 ? ` · also called ${entity.aliases.join(', ')}` : ''} · ${count(entity.mentions, 'mention')} in ${articlesFromOutlets(articles)}</p>
<section id="entity-claims"><h2>Claims (${claims.length})</h2>
${claims.length === 0 ? html`<p>No claim group has ${entity.name} as its subject or origin.</p>` : html`<ul class="group-hits">${claims.map(
  ({ group, role }) => html`<li>${verdictBadge(group.verdict, group.verdictRule)} <a href="${storyHref(story.id, group.id)}">${statementText(group.statement)}</a> <span class="meta">as ${role} · ${count(group.independentOrigins, 'independent origin')}</span></li>`,
)}</ul>`}
</section>
<section id="entity-quotes"><h2>What ${entity.name} said (${said.length})</h2>
${said.length === 0 ? html`<p>No statement is attributed to ${entity.name}.</p>` : html`<ul class="quotes">${said.map(
  (a) => html`<li>${a.speaker.name !== entity.name ? html`<span class="who-said">${a.speaker.name}</span> ` : ''}<span class="cue">${cueWords(a.cue)}</span> ${a.direct ? html`<q>${a.content}</q>` : a.content} ${cites.cite(a.articleId, cites.sentenceStart(a.articleId, a.span[0]))}</li>`,
)}</ul>`}
</section>
<section id="entity-articles"><h2>Articles (${articles.length})</h2>
<ol class="articles">${articles.map(
  (a) => html`<li><a href="${articleHref(a.id)}" title="${a.title ?? a.id}">${shortTitle(a.title ?? a.id)}</a> <span class="meta">${outletName(a.outlet)} · ${a.published ? formatDate(a.published) : 'undated'}</span></li>`,
)}</ol>
</section>
</article>`;
  return layout({ title: `${entity.name} · ${story.title}` }, body);
}
