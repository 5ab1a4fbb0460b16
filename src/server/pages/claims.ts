// The dossier's claim groups: disputed and multi-origin groups first, each opening onto its chart and its tellings (a table that becomes cards on a phone).
import type { ClaimGroup, Story, Telling } from '../../model/dossier.js';
import { leadingValue, tellingOutlets, tellingsByDate } from '../../report/index.js';
import { valueChart } from '../chart.js';
import { html, type SafeHtml } from '../html.js';
import { articleHref, claimAnchor, entityHref, storyHref } from '../links.js';
import type { Citations } from './common.js';
import { verdictBadge } from './common.js';
import { more, type PageLimits } from './dossier-sections.js';
import { count, dateText, outletName, readableDates, readableValue, statementText } from './words.js';

const ORDER: Record<string, number> = { denied: 0, contested: 1, updated: 2, corroborated: 3, 'single-origin': 4 };

/** Claim groups in reading order: by verdict (denied, contested, updated, corroborated, single origin), then by independent origins and tellings. */
export function claimsInOrder(groups: readonly ClaimGroup[]): ClaimGroup[] {
  return [...groups].sort((a, b) => (ORDER[a.verdict] ?? 9) - (ORDER[b.verdict] ?? 9) || b.independentOrigins - a.independentOrigins || b.tellings.length - a.tellings.length);
}

/** A group's origins, each linked to its entity page when it resolves to an entity (once per group, not per telling). */
function originLinks(g: ClaimGroup, story: Story): SafeHtml {
  const entityOf = new Map<string, string>();
  for (const t of g.tellings) if (t.originEntityId && !entityOf.has(t.origin)) entityOf.set(t.origin, t.originEntityId);
  return html`${g.origins.map((o, i) => {
    const id = entityOf.get(o);
    return html`${i > 0 ? '; ' : ''}${id ? html`<a href="${entityHref(story.id, id)}">${o}</a>` : o}`;
  })}`;
}

function tellingRow(t: Telling, story: Story, cites: Citations): SafeHtml {
  const value = t.value === null ? '' : readableValue(t.value, t.approx, t.unit);
  const flags = [t.negated ? 'negated' : '', t.syndicatedFrom ? `copy of [${cites.number(t.syndicatedFrom) ?? '?'}]` : ''].filter(Boolean).join(', ');
  return html`<tr>
<td>${outletName(t.outlet)}</td><td>${t.origin}</td><td class="value">${value}</td><td>${dateText(t.asOf)}</td>
<td>${t.modality}${flags ? html` <small>(${flags})</small>` : ''}</td>
<td class="sentence"><a href="${articleHref(t.articleId, t.span[0])}">${t.sentence}</a> <small>[${cites.number(t.articleId) ?? '?'}]</small></td>
</tr>`;
}

function claimGroupSection(g: ClaimGroup, story: Story, cites: Citations, limits: PageLimits): SafeHtml {
  const lead = leadingValue(g);
  const unit = g.tellings.find((t) => t.value !== null && !t.negated)?.unit ?? null;
  const outlets = tellingOutlets(g).length;
  const chart = valueChart(g);
  return html`<section class="claim v-${g.verdict}" id="${claimAnchor(g.id)}">
<details>
<summary>${verdictBadge(g.verdict, g.verdictRule)} <span class="statement">${statementText(g.statement)}</span>
<span class="meta">${lead && g.latestValue !== null ? html`<strong>${readableValue(g.latestValue, null, unit)}</strong> · ` : ''}${count(g.independentOrigins, 'independent origin')} · ${count(g.tellings.length, 'telling')} in ${count(outlets, 'outlet')}</span></summary>
<p class="explanation">${readableDates(g.explanation)} <small>Rule <code>${g.verdictRule}</code>. Origins: ${originLinks(g, story)}.</small></p>
${g.related.length > 0 ? html`<p class="related">Related: ${g.related.map((r, i) => html`${i > 0 ? ', ' : ''}${r.relation} <a href="#${claimAnchor(r.groupId)}">claim ${r.groupId}</a>`)}</p>` : ''}
${chart ?? ''}
<table class="tellings cards">
<caption>Tellings, earliest first</caption>
<thead><tr><th scope="col">Outlet</th><th scope="col">Origin</th><th scope="col">Value</th><th scope="col">As of</th><th scope="col">Modality</th><th scope="col">Sentence</th></tr></thead>
<tbody>${tellingsByDate(g).slice(0, limits.tellingsPerGroup).map((t) => tellingRow(t, story, cites))}</tbody>
</table>
${more(Math.min(limits.tellingsPerGroup, g.tellings.length), g.tellings.length, 'tellings, earliest first', `/api/stories/${encodeURIComponent(story.id)}/claim-groups/${encodeURIComponent(g.id)}`)}
<p class="permalink"><a href="${storyHref(story.id, g.id)}">Link to this claim group</a></p>
</details>
</section>`;
}

/** The claims section: groups backed by more than one origin, or disputed, first; single-origin groups after, under their own heading. */
export function claimsSection(story: Story, cites: Citations, limits: PageLimits): SafeHtml {
  // Folded groups (one outlet's aside, a background figure, a relative's age: `trivial`) do not crowd the list; the API keeps them.
  const ordered = claimsInOrder(story.claimGroups.filter((g) => !g.trivial));
  const folded = story.claimGroups.filter((g) => g.trivial).length;
  const main = ordered.filter((g) => g.verdict !== 'single-origin');
  const single = ordered.filter((g) => g.verdict === 'single-origin');
  return html`<section id="claims"><h2>Claim groups</h2>
${story.claimGroups.length === 0 ? html`<p>No comparable claims were found.</p>` : ''}
${main.map((g) => claimGroupSection(g, story, cites, limits))}
${single.length > 0 ? html`<h3 class="single">${count(single.length, 'claim group')} from a single origin</h3>${single.slice(0, limits.singleOriginGroups).map((g) => claimGroupSection(g, story, cites, limits))}
${more(Math.min(limits.singleOriginGroups, single.length), single.length, 'single-origin claim groups, most told first', `/api/stories/${encodeURIComponent(story.id)}/claim-groups`)}` : ''}
${folded > 0 ? html`<p class="meta">${count(folded, 'minor claim group')} told by one outlet without a measure of the story (background figures, asides) are not listed; <a href="/api/stories/${encodeURIComponent(story.id)}/claim-groups">all claim groups</a>.</p>` : ''}
</section>`;
}
