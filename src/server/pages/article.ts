// The article page: metadata with the rule behind each value, highlighted clean text with sentence anchors, removed blocks on demand.
import type { ArticleAnalysis } from '../../model/analysis.js';
import type { Story } from '../../model/dossier.js';
import type { Article, Decided } from '../../model/index.js';
import { formatDate } from '../../report/index.js';
import { highlight } from '../highlight.js';
import { html, safeExternalUrl, type SafeHtml } from '../html.js';
import { storyHref } from '../links.js';
import type { ArticleVersions } from '../../pipeline/index.js';
import { articleMarks, LAYERS, type Layer } from './article-marks.js';
import { versionsSection } from './article-versions.js';
import { layout } from './layout.js';
import { outletName } from './words.js';

function decidedRow(label: string, d: Decided<string> | null, note = ''): SafeHtml {
  if (!d) return html`<tr><th scope="row">${label}</th><td class="none">none found</td><td></td></tr>`;
  return html`<tr><th scope="row">${label}</th><td>${label === 'Published' ? `${formatDate(d.value)} (${d.value})` : d.value}${note}</td><td class="basis"><code>${d.rule}</code>${d.evidence ? html` <q>${d.evidence}</q>` : ''}</td></tr>`;
}

function metadataTable(article: Article): SafeHtml {
  const m = article.metadata;
  const url = safeExternalUrl(m.url);
  return html`<details class="metadata"><summary>Metadata: title, outlet, byline, date and language, each with the rule that decided it</summary><table class="metadata cards"><thead><tr><th scope="col">Field</th><th scope="col">Value</th><th scope="col">Basis (rule, evidence)</th></tr></thead><tbody>
${decidedRow('Title', m.title)}
${decidedRow('Outlet', m.outlet, m.outlet?.guess ? ' (guess)' : '')}
${decidedRow('Byline', m.byline)}
${decidedRow('Published', m.published, m.published ? ` — ${m.published.basis}` : '')}
${decidedRow('Language', m.language)}
<tr><th scope="row">URL</th><td>${url ? html`<a href="${url}" rel="noopener noreferrer nofollow">${url}</a>` : m.url ? html`<span class="unsafe">${m.url}</span> (not linked)` : html`<span class="none">none</span>`}</td><td></td></tr>
<tr><th scope="row">Source</th><td>${article.source}</td><td><code>${article.id}</code></td></tr>
${article.externalId ? html`<tr><th scope="row">External id</th><td><code>${article.externalId}</code></td><td>the id the source gave it</td></tr>` : ''}
</tbody></table></details>`;
}

function removedSection(article: Article): SafeHtml {
  if (article.removed.length === 0) return html``;
  return html`<details class="removed"><summary>${article.removed.length} removed ${article.removed.length === 1 ? 'block' : 'blocks'} of page chrome</summary>
<table class="removed-blocks cards"><thead><tr><th scope="col">Rule</th><th scope="col" class="num">Score</th><th scope="col">Text</th></tr></thead><tbody>
${article.removed.map((r) => html`<tr><td><code>${r.rule}</code></td><td class="num">${r.score !== undefined ? r.score.toFixed(2) : ''}</td><td>${r.text}</td></tr>`)}
</tbody></table></details>`;
}

function messagesSection(article: Article): SafeHtml {
  if (article.messages.length === 0) return html``;
  return html`<details class="messages"><summary>${article.messages.length} ${article.messages.length === 1 ? 'message' : 'messages'} about this document</summary><ul>
${article.messages.map((m) => html`<li class="sev-${m.severity}">${m.severity}: ${m.reason} <code>${m.ruleId}</code>${m.span ? ` @${m.span[0]}–${m.span[1]}` : ''}</li>`)}
</ul></details>`;
}

const LAYER_LABELS: Record<Layer, string> = { mentions: 'People, organisations, places', quantities: 'Quantities', speakers: 'Speakers and what they said' };

const LEGENDS: Record<Layer, SafeHtml> = {
  mentions: html`<mark class="ent ent-person">person</mark> <mark class="ent ent-organisation">organisation</mark> <mark class="ent ent-place">place</mark> <mark class="ent ent-group">group</mark>`,
  quantities: html`<mark class="qty">quantity</mark>`,
  speakers: html`<mark class="speaker">speaker</mark> <mark class="cue">cue</mark> <span class="said">attributed content</span>`,
};

/** The layers named in the query (`?layer=mentions&layer=quantities`); none by default. */
export function layersFrom(values: readonly string[]): Set<Layer> {
  return new Set(LAYERS.filter((l) => values.includes(l)));
}

/** The form that switches layers on and off: a plain GET form, so it works without any script. */
function layersForm(layers: ReadonlySet<Layer>): SafeHtml {
  return html`<form class="layers" method="get"><fieldset><legend>Show in the text</legend>
${LAYERS.map((l) => html`<label><input type="checkbox" name="layer" value="${l}"${layers.has(l) ? html` checked` : ''}> ${LAYER_LABELS[l]}</label>`)}
<button type="submit">Show</button></fieldset></form>
${layers.size > 0 ? html`<p class="legend">${LAYERS.filter((l) => layers.has(l)).map((l) => html`${LEGENDS[l]} `)}</p>` : ''}`;
}

/** The whole article page: plain text unless the reader switches layers on. */
export function articlePage(article: Article, analysis: ArticleAnalysis | null, story: Story | null, layers: ReadonlySet<Layer> = new Set(), versions: ArticleVersions | null = null): SafeHtml {
  const m = article.metadata;
  const title = m.title?.value ?? article.id;
  const body = html`<article class="article">
<header>
<p class="crumbs">${story ? html`Story: <a href="${storyHref(story.id)}">${story.title}</a>` : 'Not in a story yet'}</p>
<h1>${title}</h1>
<p class="meta">${outletName(m.outlet?.value)} · ${m.published ? formatDate(m.published.value) : 'undated'}${m.byline ? ` · ${m.byline.value}` : ''} · <a href="/api/articles/${encodeURIComponent(article.id)}">JSON</a></p>
</header>
${metadataTable(article)}
${versionsSection(article.id, versions)}
${analysis ? layersForm(layers) : html`<p class="note">This article has no stored analysis; its text is shown plain.</p>`}
<div class="text">${highlight(article.text, articleMarks(article, analysis, story, layers))}</div>
${removedSection(article)}
${messagesSection(article)}
</article>`;
  return layout({ title }, body);
}
