// The versions section of the article page: every version with a link, and what changed from the version before.
import type { ArticleVersions } from '../../pipeline/index.js';
import { html, type SafeHtml } from '../html.js';

function articleHref(id: string): string {
  return `/articles/${encodeURIComponent(id)}`;
}

/** Nothing for an article never revised; else the version list and the change from the one before. */
export function versionsSection(articleId: string, v: ArticleVersions | null): SafeHtml {
  if (!v || v.versions.length < 2) return html``;
  const c = v.change;
  const figures = c && (c.figures.removed.length > 0 || c.figures.added.length > 0)
    ? html`<p class="figures">Figures: <del>${c.figures.removed.join(', ') || 'none'}</del> → <ins>${c.figures.added.join(', ') || 'none'}</ins></p>`
    : html``;
  const change = c
    ? html`<h3>Changes from the version before</h3>
${c.title ? html`<p>Title: <del>${c.title.from ?? 'none'}</del> → <ins>${c.title.to ?? 'none'}</ins></p>` : ''}
${c.published ? html`<p>Published: <del>${c.published.from ?? 'none'}</del> → <ins>${c.published.to ?? 'none'}</ins></p>` : ''}
${figures}
<ul class="diff">${c.removed.map((s) => html`<li><del>${s}</del></li>`)}${c.added.map((s) => html`<li><ins>${s}</ins></li>`)}</ul>`
    : html``;
  return html`<section class="versions"><h2>Versions</h2>
<p>Version ${v.number} of ${v.versions.length}${v.latest === articleId ? ' — the latest, the one in the story' : html` — <a href="${articleHref(v.latest)}">the latest version</a> replaces it in the story`}.</p>
<ol>${v.versions.map((x) => html`<li>${x.id === articleId ? html`<strong><code>${x.id}</code></strong>` : html`<a href="${articleHref(x.id)}"><code>${x.id}</code></a>`} added ${x.addedAt}${x.title ? html` · ${x.title}` : ''}</li>`)}</ol>
${change}
</section>`;
}
