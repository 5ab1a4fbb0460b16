// The dossier page of one story: brief with citations, claim groups with verdicts, tellings and charts, then the other sections.
import type { BriefSentence, ClaimGroup, Story, Telling } from '../../model/dossier.js';
import { formatDate, formatValue, leadingValue, tellingOutlets, tellingsByDate } from '../../report/index.js';
import { valueChart } from '../chart.js';
import { html, type SafeHtml } from '../html.js';
import { articleHref, claimAnchor, storyHref } from '../links.js';
import type { LoadedStory } from '../stories.js';
import type { StoredEvent } from '../../store/index.js';
import { changesSection } from './changes.js';
import { Citations, dateRange, verdictBadge } from './common.js';
import { coverageSection, defaultPageLimits, entitiesSection, more, speakersSection, timelineSection, type PageLimits } from './dossier-sections.js';
import { layout } from './layout.js';

/** Citations shown after a brief sentence; the rest are counted (a story of hundreds of articles cites many). */
const BRIEF_CITES = 8;

function briefSection(story: Story, cites: Citations): SafeHtml {
  if (story.brief.length === 0) return html``;
  const groups = new Map(story.claimGroups.map((g) => [g.id, g]));
  const citeFor = (b: BriefSentence, articleId: string) => {
    const exact = cites.sentenceStart(articleId, b.text);
    if (exact !== undefined) return cites.cite(articleId, exact);
    for (const gid of b.claimGroupIds) {
      const t = groups.get(gid)?.tellings.find((x) => x.articleId === articleId);
      if (t) return cites.cite(articleId, t.span[0]);
    }
    return cites.cite(articleId);
  };
  return html`<section id="brief"><h2>Brief</h2><ol class="brief">${story.brief.map(
    (b) => html`<li>${b.text} <span class="cites">${b.articleIds.slice(0, BRIEF_CITES).map((id) => citeFor(b, id))}${b.articleIds.length > BRIEF_CITES ? html` <small>and ${b.articleIds.length - BRIEF_CITES} more articles</small>` : ''}</span>${
      b.claimGroupIds.length > 0 ? html` <span class="see">(${b.claimGroupIds.map((g, i) => html`${i > 0 ? ', ' : ''}<a href="#${claimAnchor(g)}">claim ${g}</a>`)})</span>` : ''
    }</li>`,
  )}</ol></section>`;
}

function tellingRow(t: Telling, cites: Citations): SafeHtml {
  const value = t.value === null ? '' : formatValue(t.value, t.approx, t.unit);
  const flags = [t.negated ? 'negated' : '', t.syndicatedFrom ? `copy of [${cites.number(t.syndicatedFrom) ?? '?'}]` : ''].filter(Boolean).join(', ');
  return html`<tr>
<td>${t.outlet ?? 'unknown outlet'}</td><td>${t.origin}</td><td class="value">${value}</td><td>${t.asOf ? formatDate(t.asOf) : 'undated'}</td>
<td>${t.modality}${flags ? html` <small>(${flags})</small>` : ''}</td>
<td class="sentence"><a href="${articleHref(t.articleId, t.span[0])}">${t.sentence}</a> <small>[${cites.number(t.articleId) ?? '?'}]</small></td>
</tr>`;
}

function claimGroupSection(g: ClaimGroup, story: Story, cites: Citations, limits: PageLimits): SafeHtml {
  const lead = leadingValue(g);
  const outlets = tellingOutlets(g);
  const chart = valueChart(g);
  return html`<section class="claim v-${g.verdict}" id="${claimAnchor(g.id)}">
<details>
<summary>${verdictBadge(g.verdict, g.verdictRule)} <span class="statement">${g.statement}</span><a class="anchor" href="${storyHref(story.id, g.id)}" title="Link to this claim group">#</a>
<span class="meta">${lead ? html`<strong>${lead}</strong> · ` : ''}${g.independentOrigins} independent ${g.independentOrigins === 1 ? 'origin' : 'origins'} · ${g.tellings.length} ${g.tellings.length === 1 ? 'telling' : 'tellings'} in ${outlets.length} ${outlets.length === 1 ? 'outlet' : 'outlets'}</span></summary>
<p class="explanation">${g.explanation} <small>Rule <code>${g.verdictRule}</code>. Origins: ${g.origins.join('; ')}.</small></p>
${g.related.length > 0 ? html`<p class="related">Related: ${g.related.map((r, i) => html`${i > 0 ? ', ' : ''}${r.relation} <a href="#${claimAnchor(r.groupId)}">${r.groupId}</a>`)}</p>` : ''}
${chart ?? ''}
<table class="tellings">
<thead><tr><th>Outlet</th><th>Origin</th><th>Value</th><th>As of</th><th>Modality</th><th>Sentence</th></tr></thead>
<tbody>${tellingsByDate(g).slice(0, limits.tellingsPerGroup).map((t) => tellingRow(t, cites))}</tbody>
</table>
${more(Math.min(limits.tellingsPerGroup, g.tellings.length), g.tellings.length, 'tellings, earliest first', `/api/stories/${encodeURIComponent(story.id)}/claim-groups/${encodeURIComponent(g.id)}`)}
</details>
</section>`;
}

function articlesSection(loaded: LoadedStory, cites: Citations): SafeHtml {
  return html`<section id="articles"><h2>Articles</h2><ol class="articles">${loaded.articles.map(
    (a) => html`<li value="${cites.number(a.id) ?? 0}"><a href="${articleHref(a.id)}">${a.title ?? a.id}</a> <span class="meta">${a.outlet ?? 'unknown outlet'}${a.outletGuess ? ' (guess)' : ''} · ${a.published ? formatDate(a.published) : 'undated'}</span></li>`,
  )}</ol></section>`;
}

/** The dossier page body of a built story, with its change history when it has one (newest first). */
export function dossierBody(loaded: LoadedStory, limits: PageLimits = defaultPageLimits, changes: readonly StoredEvent[] = []): SafeHtml {
  const { story } = loaded;
  const cites = new Citations(loaded);
  const outlets = new Set(loaded.articles.map((a) => a.outlet ?? 'unknown outlet'));
  const contested = story.claimGroups.filter((g) => g.verdict === 'contested').length;
  return html`<article class="dossier">
<header class="story-head">
<h1>${story.title}</h1>
<p class="meta">${loaded.articles.length} articles from ${outlets.size} outlets · ${dateRange(story.dateRange.from, story.dateRange.to)} · ${story.claimGroups.length} claim groups${contested > 0 ? `, ${contested} contested` : ''} · <a href="${`/api${storyHref(story.id)}`}">JSON</a></p>
<nav class="toc"><a href="#brief">Brief</a> ${changes.length > 0 ? html`<a href="#changes">Changes</a> ` : ''}<a href="#claims">Claims</a> <a href="#timeline">Timeline</a> <a href="#speakers">Who said what</a> <a href="#coverage">Coverage</a> <a href="#entities">Entities</a> <a href="#articles">Articles</a></nav>
</header>
${briefSection(story, cites)}
${changesSection(story, changes)}
<section id="claims"><h2>Claim groups</h2>
${story.claimGroups.length === 0 ? html`<p>No comparable claims were found.</p>` : story.claimGroups.map((g) => claimGroupSection(g, story, cites, limits))}
</section>
${timelineSection(story, cites, limits)}
${speakersSection(story, cites, limits)}
${coverageSection(story, limits)}
${entitiesSection(story, limits)}
${articlesSection(loaded, cites)}
</article>`;
}

/** The whole dossier page. */
export function dossierPage(loaded: LoadedStory, changes: readonly StoredEvent[] = []): SafeHtml {
  return layout({ title: loaded.story.title, scripts: ['dossier.js'] }, dossierBody(loaded, defaultPageLimits, changes));
}
