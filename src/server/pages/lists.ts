// The stories list, search results and upload pages.
import { formatDate } from '../../report/index.js';
import { html, snippetHtml, type SafeHtml } from '../html.js';
import type { IngestResult, UploadLimits } from '../ingest.js';
import { articleHref, storyHref } from '../links.js';
import type { StoryFilters, StoryRow } from '../stories.js';
import type { StoryHits } from '../search.js';
import { dateRange, verdictBadge } from './common.js';
import { layout } from './layout.js';
import { count, outletName, outletPhrase, shortTitle, statementText } from './words.js';

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
  : html`<table class="stories cards"><caption>Stories, largest first</caption><thead><tr><th scope="col">Story</th><th scope="col">Coverage</th><th scope="col">Dates</th><th scope="col" class="num">Claim groups</th><th scope="col" class="num">Contested</th></tr></thead><tbody>
${rows.map((s) => html`<tr><th scope="row"><a href="${storyHref(s.id)}" title="${s.title ?? s.id}">${shortTitle(s.title ?? s.id)}</a></th><td>${outletPhrase(s.articles, s.outlets, s.unknownOutlet)}</td><td>${dateRange(s.from, s.to)}</td><td class="num">${s.claimGroups}</td><td class="num${s.contestedClaimGroups > 0 ? ' contested' : ''}">${s.contestedClaimGroups}</td></tr>`)}
</tbody></table>`}
<p class="pager">${count(total, 'story', 'stories')}${prev ? html` · <a href="${prev}" rel="prev">previous</a>` : ''}${next ? html` · <a href="${next}" rel="next">next</a>` : ''}</p>`;
  return layout({ title: 'Stories' }, body);
}

/** Search results grouped by story: the story, its matching claim groups with verdicts, then the articles' snippets. */
export function searchPage(q: string, results: readonly StoryHits[]): SafeHtml {
  const total = results.reduce((n, r) => n + r.hits.length, 0);
  const body = html`<h1>Search</h1>
<form class="filters" action="/search" method="get" role="search" aria-label="Search articles and claims"><label>Words, "phrases", -excluded, OR; numbers match as 3000, 3,000 or 3 000 <input type="search" name="q" value="${q}"></label> <button type="submit">Search</button></form>
${q === '' ? '' : total === 0 ? html`<p>Nothing matches <q>${q}</q>.</p>` : html`<p class="meta">${count(total, 'match', 'matches')} in ${count(results.filter((r) => r.story).length, 'story', 'stories')}.</p>
${results.map((r) => html`<section class="story-hits"><h2>${r.story ? html`<a href="${storyHref(r.story.id)}" title="${r.story.title}">${shortTitle(r.story.title)}</a>` : 'Articles in no story yet'}</h2>
${r.groups.length > 0 ? html`<h3>Claim groups</h3><ul class="group-hits">${r.groups.map((g) => html`<li>${verdictBadge(g.verdict, g.verdictRule)} <a href="${storyHref(r.story?.id ?? '', g.id)}">${statementText(g.statement)}</a> <span class="meta">${count(g.independentOrigins, 'independent origin')} · ${count(g.tellings.length, 'telling')}</span></li>`)}</ul>` : ''}
<h3>Articles</h3><ol class="hits">${r.hits.map(
  (h) => html`<li class="hit hit-${h.kind}"><a href="${articleHref(h.articleId, h.span?.[0])}" title="${h.article?.title ?? h.articleId}">${shortTitle(h.article?.title ?? h.articleId)}</a>
<span class="meta">${h.kind === 'claim' ? 'claim sentence · ' : ''}${outletName(h.article?.outlet)} · ${h.article?.published ? formatDate(h.article.published) : 'undated'}</span>
<p>${snippetHtml(h.snippet)}</p></li>`,
)}</ol></section>`)}`}`;
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
${result.stories.length > 0 ? html`<h2>Stories</h2><ul>${result.stories.map((s) => html`<li><a href="${storyHref(s.id)}">${s.title ?? s.id}</a> <span class="meta">${count(s.articles, 'article')}</span></li>`)}</ul>` : ''}
${result.added.length + result.present.length > 0 ? html`<h2>Articles</h2><ul>${[...result.added.map((a) => ({ ...a, state: 'added' })), ...result.present.map((a) => ({ ...a, state: 'already present' }))].map(
  (a) => html`<li><a href="${articleHref(a.articleId)}">${a.source}</a> <span class="meta">${a.state}</span></li>`,
)}</ul>` : ''}
${result.failed.length > 0 ? html`<h2>Failed</h2><ul class="failed">${result.failed.map(
  (f) => html`<li>${f.source}: ${f.messages.filter((m) => m.severity === 'error').map((m) => html`${m.reason} <code>${m.ruleId}</code> `)}</li>`,
)}</ul>` : ''}
<p><a href="/upload">Add more</a></p>`;
  return layout({ title: 'Documents added' }, body);
}
