// The stories list, search results and upload pages.
import type { ArticleSummary } from '../../store/index.js';
import { formatDate } from '../../report/index.js';
import { html, snippetHtml, type SafeHtml } from '../html.js';
import type { IngestResult, UploadLimits } from '../ingest.js';
import { articleHref, storyHref } from '../links.js';
import type { StoryFilters, StoryRow } from '../stories.js';
import { dateRange } from './common.js';
import { layout } from './layout.js';

function pageHref(f: StoryFilters, offset: number): string {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (offset > 0) p.set('offset', String(offset));
  const s = p.toString();
  return s ? `/?${s}` : '/';
}

export function storiesPage(filters: StoryFilters, total: number, rows: readonly StoryRow[]): SafeHtml {
  const prev = filters.offset > 0 ? pageHref(filters, Math.max(0, filters.offset - filters.limit)) : null;
  const next = filters.offset + rows.length < total ? pageHref(filters, filters.offset + filters.limit) : null;
  const body = html`<h1>Stories</h1>
<form class="filters" action="/" method="get">
<label>Title, outlet or id <input type="text" name="q" value="${filters.q ?? ''}"></label>
<label>From <input type="date" name="from" value="${filters.from ?? ''}"></label>
<label>To <input type="date" name="to" value="${filters.to ?? ''}"></label>
<button type="submit">Filter</button>
</form>
${rows.length === 0
  ? html`<p>No stories${filters.q || filters.from || filters.to ? ' match these filters' : ' yet'}. <a href="/upload">Add documents</a>.</p>`
  : html`<table class="stories"><thead><tr><th>Story</th><th class="num">Articles</th><th class="num">Outlets</th><th>Dates</th><th class="num">Claim groups</th><th class="num">Contested</th></tr></thead><tbody>
${rows.map((s) => html`<tr><td><a href="${storyHref(s.id)}">${s.title ?? s.id}</a></td><td class="num">${s.articles}</td><td class="num">${s.outlets}</td><td>${dateRange(s.from, s.to)}</td><td class="num">${s.claimGroups}</td><td class="num${s.contestedClaimGroups > 0 ? ' contested' : ''}">${s.contestedClaimGroups}</td></tr>`)}
</tbody></table>`}
<p class="pager">${total} ${total === 1 ? 'story' : 'stories'}${prev ? html` · <a href="${prev}" rel="prev">previous</a>` : ''}${next ? html` · <a href="${next}" rel="next">next</a>` : ''}</p>`;
  return layout({ title: 'Stories' }, body);
}

export interface SearchRow {
  kind: 'article' | 'claim';
  articleId: string;
  span: [number, number] | null;
  snippet: string;
  article: ArticleSummary | null;
}

export function searchPage(q: string, rows: readonly SearchRow[]): SafeHtml {
  const body = html`<h1>Search</h1>
<form class="filters" action="/search" method="get"><label>Words, "phrases", -excluded, OR <input type="search" name="q" value="${q}" autofocus></label> <button type="submit">Search</button></form>
${q === '' ? '' : rows.length === 0 ? html`<p>Nothing matches <q>${q}</q>.</p>` : html`<ol class="hits">${rows.map(
  (r) => html`<li class="hit hit-${r.kind}"><a href="${articleHref(r.articleId, r.span?.[0])}">${r.article?.title ?? r.articleId}</a>
<span class="meta">${r.kind === 'claim' ? 'claim · ' : ''}${r.article?.outlet ?? 'unknown outlet'} · ${r.article?.published ? formatDate(r.article.published) : 'undated'}</span>
<p>${snippetHtml(r.snippet)}</p></li>`,
)}</ol>`}`;
  return layout({ title: q ? `Search: ${q}` : 'Search', query: q }, body);
}

export function uploadPage(limits: UploadLimits): SafeHtml {
  const body = html`<h1>Add documents</h1>
<p>Pages as HTML or text (<code>.html</code>, <code>.txt</code>, <code>.md</code>, <code>.gz</code>), or JSON lines of records. They are extracted, analysed, stored and linked into stories. At most ${limits.maxDocuments} documents and ${Math.round(limits.maxBodyBytes / 1048576)} MiB at once.</p>
<form class="upload" action="/upload" method="post" enctype="multipart/form-data">
<div class="drop" id="drop"><label>Files <input type="file" name="file" multiple id="files"></label><p class="hint">or drop files here</p><ul id="picked"></ul></div>
<label class="paste">Or paste an article's text <textarea name="text" rows="10"></textarea></label>
<button type="submit">Add</button>
</form>`;
  return layout({ title: 'Add documents', scripts: ['upload.js'] }, body);
}

export function uploadResultPage(result: IngestResult): SafeHtml {
  const body = html`<h1>Documents added</h1>
<p>${result.added.length} added, ${result.present.length} already present, ${result.failed.length} failed.</p>
${result.stories.length > 0 ? html`<h2>Stories</h2><ul>${result.stories.map((s) => html`<li><a href="${storyHref(s.id)}">${s.title ?? s.id}</a> <span class="meta">${s.articles} articles</span></li>`)}</ul>` : ''}
${result.added.length + result.present.length > 0 ? html`<h2>Articles</h2><ul>${[...result.added.map((a) => ({ ...a, state: 'added' })), ...result.present.map((a) => ({ ...a, state: 'already present' }))].map(
  (a) => html`<li><a href="${articleHref(a.articleId)}">${a.source}</a> <span class="meta">${a.state}</span></li>`,
)}</ul>` : ''}
${result.failed.length > 0 ? html`<h2>Failed</h2><ul class="failed">${result.failed.map(
  (f) => html`<li>${f.source}: ${f.messages.filter((m) => m.severity === 'error').map((m) => html`${m.reason} <code>${m.ruleId}</code> `)}</li>`,
)}</ul>` : ''}
<p><a href="/upload">Add more</a></p>`;
  return layout({ title: 'Documents added' }, body);
}
