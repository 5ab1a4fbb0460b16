// The dossier page of one story: brief with citations, claim groups with verdicts, tellings and charts, then the other sections.
import type { BriefSentence, Story } from '../../model/dossier.js';
import { formatDate, formatNumber } from '../../report/index.js';
import { html, type SafeHtml } from '../html.js';
import { articleHref, claimAnchor, storyHref } from '../links.js';
import type { LoadedStory } from '../stories.js';
import type { StoredEvent } from '../../store/index.js';
import { changesSection } from './changes.js';
import { claimsSection } from './claims.js';
import { Citations, dateRange } from './common.js';
import { coverageSection, defaultPageLimits, entitiesSection, speakersSection, timelineSection, type PageLimits } from './dossier-sections.js';
import { disputedGroups, disputedSection, keyFiguresSection } from './key-figures.js';
import { layout } from './layout.js';
import { articlesFromOutlets, count, outletName, titleLink } from './words.js';

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

function articlesSection(loaded: LoadedStory, cites: Citations): SafeHtml {
  return html`<section id="articles"><h2>Articles</h2><ol class="articles">${loaded.articles.map(
    (a) => html`<li value="${cites.number(a.id) ?? 0}">${titleLink(articleHref(a.id), a.title ?? a.id)} <span class="meta">${outletName(a.outlet)}${a.outletGuess ? ' (guess)' : ''} · ${a.published ? formatDate(a.published) : 'undated'}</span></li>`,
  )}</ol></section>`;
}

/** The dossier page body of a built story: key figures, what is disputed, the brief, then the rest; with its change history when it has one (newest first). */
export function dossierBody(loaded: LoadedStory, limits: PageLimits = defaultPageLimits, changes: readonly StoredEvent[] = []): SafeHtml {
  const { story } = loaded;
  const cites = new Citations(loaded);
  const disputed = disputedGroups(story).length;
  const hasFigures = (story.keyFigures ?? []).length > 0;
  return html`<article class="dossier">
<header class="story-head">
<h1>${story.title}</h1>
<p class="meta">${articlesFromOutlets(loaded.articles)} · ${dateRange(story.dateRange.from, story.dateRange.to)} · ${count(story.claimGroups.length, 'claim group')}${disputed > 0 ? `, ${formatNumber(disputed)} disputed, denied or changed` : ''} · <a href="${`/api${storyHref(story.id)}`}">JSON</a></p>
<nav class="toc" aria-label="Sections of this story">${hasFigures ? html`<a href="#key-figures">Key figures</a> ` : ''}<a href="#disputed">Disputed</a> <a href="#brief">Brief</a> ${changes.length > 0 ? html`<a href="#changes">Changes</a> ` : ''}<a href="#claims">Claims</a> <a href="#timeline">Timeline</a> <a href="#speakers">Who said what</a> <a href="#coverage">Coverage</a> <a href="#entities">Entities</a> <a href="#articles">Articles</a></nav>
</header>
${keyFiguresSection(story)}
${disputedSection(story)}
${briefSection(story, cites)}
${changesSection(story, changes)}
${claimsSection(story, cites, limits)}
${timelineSection(story, cites, limits)}
${speakersSection(story, cites, limits)}
${coverageSection(story, limits)}
${entitiesSection(story, limits)}
${articlesSection(loaded, cites)}
</article>`;
}

/** The whole dossier page; its one script only opens a claim group a link points at (the page works without it). */
export function dossierPage(loaded: LoadedStory, changes: readonly StoredEvent[] = []): SafeHtml {
  return layout({ title: loaded.story.title, scripts: ['dossier.js'] }, dossierBody(loaded, defaultPageLimits, changes));
}
