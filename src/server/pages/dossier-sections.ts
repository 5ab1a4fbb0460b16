// Dossier page sections after the claims: timeline, who said what (by speaker), coverage matrix, entities.
import type { Story } from '../../model/dossier.js';
import { cueWords, formatDate } from '../../report/index.js';
import { html, type SafeHtml } from '../html.js';
import { claimAnchor, entityAnchor, entityHref } from '../links.js';
import { speakerGroups, UNNAMED } from '../speakers.js';
import { count, statementText, UNKNOWN_OUTLET } from './words.js';
import type { Citations } from './common.js';

/**
 * How much of a large story one page shows; the rest is counted and left to the JSON API.
 * Sized so that a 1,000-article story renders in well under the 300 ms budget and stays
 * readable; stories of a few dozen articles are never cut.
 */
export interface PageLimits {
  tellingsPerGroup: number;
  /** Claim groups from a single origin shown (most told first); disputed and multi-origin groups are always shown. */
  singleOriginGroups: number;
  timeline: number;
  speakers: number;
  statementsPerSpeaker: number;
  coverageRows: number;
  entities: number;
}

export const defaultPageLimits: PageLimits = { tellingsPerGroup: 15, singleOriginGroups: 150, timeline: 200, speakers: 40, statementsPerSpeaker: 12, coverageRows: 60, entities: 150 };

/** A note that a list was cut, pointing to where the whole of it is. */
export function more(shown: number, total: number, what: string, href: string): SafeHtml {
  return shown < total ? html`<p class="more">Showing ${shown} of ${total} ${what}; <a href="${href}">all of them as JSON</a>.</p>` : html``;
}

export function timelineSection(story: Story, cites: Citations, limits: PageLimits): SafeHtml {
  if (story.timeline.length === 0) return html``;
  return html`<section id="timeline"><h2>Timeline</h2>
<table class="timeline cards"><caption>Events by the date they happened</caption><thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Sources</th></tr></thead><tbody>
${story.timeline.slice(0, limits.timeline).map(
  (e) => html`<tr><td class="date">${formatDate(e.date)}</td><td>${e.event}</td><td class="cites">${e.articleIds.map((id) => cites.cite(id))}</td></tr>`,
)}
</tbody></table>${more(Math.min(limits.timeline, story.timeline.length), story.timeline.length, 'timeline entries', `/api/stories/${encodeURIComponent(story.id)}`)}</section>`;
}

/** Attributions grouped by resolved speaker, with counts; each speaker's quotes are collapsed and link to their sentences. */
export function speakersSection(story: Story, cites: Citations, limits: PageLimits): SafeHtml {
  if (story.attributions.length === 0) return html``;
  const speakers = speakerGroups(story);
  const all = `/api/stories/${encodeURIComponent(story.id)}/attributions`;
  return html`<section id="speakers"><h2>Who said what</h2>
<p class="meta">${count(story.attributions.length, 'statement')} by ${count(speakers.filter((s) => s.name !== UNNAMED).length, 'named speaker')}.</p>
<ul class="speakers">${speakers.slice(0, limits.speakers).map(
  (s) => html`<li><details class="said-by"><summary><span class="who">${s.name}</span> <span class="meta">${count(s.attributions.length, 'statement')}${s.names.length > 1 || (s.names[0] && s.names[0] !== s.name) ? ` · as ${s.names.slice(0, 4).join(', ')}${s.names.length > 4 ? ', …' : ''}` : ''}</span></summary>
${s.entityId && story.entities.some((e) => e.id === s.entityId) ? html`<p><a href="${entityHref(story.id, s.entityId)}">All about ${s.name}</a></p>` : ''}
<ul>${s.attributions.slice(0, limits.statementsPerSpeaker).map(
    (a) => html`<li>${s.name === UNNAMED || a.speaker.name !== s.name ? html`<span class="who-said">${a.speaker.name}</span> ` : ''}<span class="cue">${cueWords(a.cue)}</span> ${a.direct ? html`<q>${a.content}</q>` : a.content} ${cites.cite(a.articleId, cites.sentenceStart(a.articleId, a.span[0]))}</li>`,
  )}</ul>${more(Math.min(limits.statementsPerSpeaker, s.attributions.length), s.attributions.length, 'statements', all)}</details></li>`,
)}</ul>
${more(Math.min(limits.speakers, speakers.length), speakers.length, 'speakers', all)}
</section>`;
}

/** The coverage matrix's name for an outlet: the raw article id the dossier uses for an article without one reads "unknown outlet". */
function coverageOutletName(outlet: string, articleIds: ReadonlySet<string>): string {
  return articleIds.has(outlet) ? UNKNOWN_OUTLET : outlet;
}

/** Outlets (columns) by claim groups (rows): which outlet tells which claim; on a phone each row is a card listing its outlets. */
export function coverageSection(story: Story, limits: PageLimits): SafeHtml {
  const { outlets, byClaimGroup } = story.coverage;
  if (byClaimGroup.length === 0 || outlets.length === 0) return html``;
  const ids = new Set(story.articleIds);
  const names = outlets.map((o) => coverageOutletName(o, ids));
  const statements = new Map(story.claimGroups.map((g) => [g.id, g.statement]));
  return html`<section id="coverage"><h2>Coverage</h2>
<table class="coverage cards"><caption>Which outlet tells which claim group</caption><thead><tr><th scope="col">Claim group</th>${names.map((o) => html`<th scope="col" class="outlet">${o}</th>`)}</tr></thead><tbody>
${[...byClaimGroup].sort((a, b) => b.outlets.length - a.outlets.length).slice(0, limits.coverageRows).map((row) => {
  const told = new Set(row.outlets);
  return html`<tr><th scope="row" class="group"><a href="#${claimAnchor(row.claimGroupId)}">${statementText(statements.get(row.claimGroupId) ?? row.claimGroupId)}</a></th>${outlets.map((o, i) =>
    told.has(o) ? html`<td class="yes" data-label="${names[i]}"><span aria-hidden="true">●</span><span class="vh">told by ${names[i]}</span></td>` : html`<td class="no"></td>`,
  )}</tr>`;
})}
</tbody></table>${byClaimGroup.length > limits.coverageRows ? html`<p class="more">The ${limits.coverageRows} claim groups told by most outlets of ${byClaimGroup.length}.</p>` : ''}</section>`;
}

export function entitiesSection(story: Story, limits: PageLimits): SafeHtml {
  if (story.entities.length === 0) return html``;
  return html`<section id="entities"><h2>Entities</h2>
<table class="entities cards"><caption>People, organisations, places and groups the articles mention</caption><thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Also called</th><th scope="col" class="num">Articles</th><th scope="col" class="num">Mentions</th></tr></thead><tbody>
${story.entities.slice(0, limits.entities).map(
  (e) => html`<tr id="${entityAnchor(e.id)}"><th scope="row"><a href="${entityHref(story.id, e.id)}">${e.name}</a></th><td>${e.type}</td><td>${e.aliases.join(', ')}</td><td class="num">${e.articleIds.length}</td><td class="num">${e.mentions}</td></tr>`,
)}
</tbody></table>${more(Math.min(limits.entities, story.entities.length), story.entities.length, 'entities', `/api/stories/${encodeURIComponent(story.id)}/entities`)}</section>`;
}
