// Dossier page sections after the claims: timeline, who said what (by speaker), coverage matrix, entities.
import type { Story } from '../../model/dossier.js';
import { bySpeaker, formatDate } from '../../report/index.js';
import { html, type SafeHtml } from '../html.js';
import { claimAnchor, entityAnchor } from '../links.js';
import type { Citations } from './common.js';

/**
 * How much of a large story one page shows; the rest is counted and left to the JSON API.
 * Sized so that a 1,000-article story renders in well under the 300 ms budget and stays
 * readable; stories of a few dozen articles are never cut.
 */
export interface PageLimits {
  tellingsPerGroup: number;
  timeline: number;
  speakers: number;
  statementsPerSpeaker: number;
  coverageRows: number;
  entities: number;
}

export const defaultPageLimits: PageLimits = { tellingsPerGroup: 15, timeline: 200, speakers: 40, statementsPerSpeaker: 12, coverageRows: 60, entities: 150 };

/** A note that a list was cut, pointing to where the whole of it is. */
export function more(shown: number, total: number, what: string, href: string): SafeHtml {
  return shown < total ? html`<p class="more">Showing ${shown} of ${total} ${what}; <a href="${href}">all of them as JSON</a>.</p>` : html``;
}

export function timelineSection(story: Story, cites: Citations, limits: PageLimits): SafeHtml {
  if (story.timeline.length === 0) return html``;
  return html`<section id="timeline"><h2>Timeline</h2>
<table class="timeline"><thead><tr><th>Date</th><th>Event</th><th>Sources</th></tr></thead><tbody>
${story.timeline.slice(0, limits.timeline).map(
  (e) => html`<tr><td class="date">${formatDate(e.date)}</td><td>${e.event}</td><td class="cites">${e.articleIds.map((id) => cites.cite(id))}</td></tr>`,
)}
</tbody></table>${more(Math.min(limits.timeline, story.timeline.length), story.timeline.length, 'timeline entries', `/api/stories/${encodeURIComponent(story.id)}`)}</section>`;
}

/** Attributions grouped by speaker; each quote links to its sentence. */
export function speakersSection(story: Story, cites: Citations, limits: PageLimits): SafeHtml {
  if (story.attributions.length === 0) return html``;
  const speakers = bySpeaker(story.attributions);
  const all = `/api/stories/${encodeURIComponent(story.id)}/attributions`;
  return html`<section id="speakers"><h2>Who said what</h2>
${speakers.slice(0, limits.speakers).map(
  (s) => html`<details class="speaker"${s.attributions.length >= 3 ? html` open` : ''}><summary><strong>${s.name}</strong> <span class="meta">${s.attributions.length} ${s.attributions.length === 1 ? 'statement' : 'statements'}</span></summary>
<ul>${s.attributions.slice(0, limits.statementsPerSpeaker).map(
    (a) => html`<li><span class="cue">${a.cue}</span> ${a.direct ? html`<q>${a.content}</q>` : a.content} ${cites.cite(a.articleId, cites.sentenceStart(a.articleId, a.span[0]))}</li>`,
  )}</ul>${more(Math.min(limits.statementsPerSpeaker, s.attributions.length), s.attributions.length, 'statements', all)}</details>`,
)}
${more(Math.min(limits.speakers, speakers.length), speakers.length, 'speakers', all)}
</section>`;
}

/** Outlets (columns) by claim groups (rows): which outlet tells which claim. */
export function coverageSection(story: Story, limits: PageLimits): SafeHtml {
  const { outlets, byClaimGroup } = story.coverage;
  if (byClaimGroup.length === 0 || outlets.length === 0) return html``;
  const statements = new Map(story.claimGroups.map((g) => [g.id, g.statement]));
  return html`<section id="coverage"><h2>Coverage</h2>
<div class="scroll"><table class="coverage"><thead><tr><th>Claim group</th>${outlets.map((o) => html`<th class="outlet"><span>${o}</span></th>`)}</tr></thead><tbody>
${[...byClaimGroup].sort((a, b) => b.outlets.length - a.outlets.length).slice(0, limits.coverageRows).map((row) => {
  const told = new Set(row.outlets);
  return html`<tr><th class="group"><a href="#${claimAnchor(row.claimGroupId)}">${statements.get(row.claimGroupId) ?? row.claimGroupId}</a></th>${outlets.map((o) =>
    told.has(o) ? html`<td class="yes" title="${o}">●</td>` : html`<td class="no"></td>`,
  )}</tr>`;
})}
</tbody></table></div>${byClaimGroup.length > limits.coverageRows ? html`<p class="more">The ${limits.coverageRows} claim groups told by most outlets of ${byClaimGroup.length}.</p>` : ''}</section>`;
}

export function entitiesSection(story: Story, limits: PageLimits): SafeHtml {
  if (story.entities.length === 0) return html``;
  return html`<section id="entities"><h2>Entities</h2>
<table class="entities"><thead><tr><th>Name</th><th>Type</th><th>Also called</th><th class="num">Articles</th><th class="num">Mentions</th></tr></thead><tbody>
${story.entities.slice(0, limits.entities).map(
  (e) => html`<tr id="${entityAnchor(e.id)}"><td>${e.name}</td><td>${e.type}</td><td>${e.aliases.join(', ')}</td><td class="num">${e.articleIds.length}</td><td class="num">${e.mentions}</td></tr>`,
)}
</tbody></table>${more(Math.min(limits.entities, story.entities.length), story.entities.length, 'entities', `/api/stories/${encodeURIComponent(story.id)}/entities`)}</section>`;
}
