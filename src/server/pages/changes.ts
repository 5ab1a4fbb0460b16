// The dossier page's change history: the story's watch events, newest first, each with its evidence sentences and links to the articles.
import type { Story, Verdict } from '../../model/dossier.js';
import { formatDate } from '../../report/index.js';
import type { StoredEvent } from '../../store/index.js';
import { CHANGE_KINDS, groupsByKey, type ChangeEvent, type ChangeKind, type EventSentence } from '../../watch/index.js';
import { html, type SafeHtml } from '../html.js';
import { articleHref, claimAnchor } from '../links.js';
import { verdictBadge } from './common.js';

/** Events the page shows; the rest are left to the JSON API. */
export const CHANGES_SHOWN = 50;

const KIND_LABELS: Record<ChangeKind, string> = {
  'new-story': 'New story',
  'new-article': 'New article',
  revised: 'Revised',
  'new-claim-group': 'New claim',
  updated: 'Updated',
  'verdict-changed': 'Verdict changed',
  denied: 'Denied',
  'story-merged': 'Stories merged',
};

const VERDICTS: ReadonlySet<string> = new Set(['corroborated', 'single-origin', 'updated', 'contested', 'denied']);

/** A stored event's data as a ChangeEvent when it has the fields the page reads; null for anything else. */
export function asChangeEvent(data: unknown): ChangeEvent | null {
  const e = data as Partial<ChangeEvent> | null;
  if (!e || typeof e !== 'object' || typeof e.key !== 'string' || typeof e.message !== 'string' || typeof e.detectedAt !== 'string') return null;
  if (!CHANGE_KINDS.includes(e.kind as ChangeKind) || !Array.isArray(e.sentences) || !Array.isArray(e.articles)) return null;
  return e as ChangeEvent;
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${formatDate(iso.slice(0, 10))} ${d.toISOString().slice(11, 16)} UTC`;
}

function badge(v: Verdict | null): SafeHtml {
  return v && VERDICTS.has(v) ? verdictBadge(v) : html`<span class="meta">none</span>`;
}

function sentenceItem(s: EventSentence, titles: ReadonlyMap<string, string>): SafeHtml {
  const start = Array.isArray(s.span) && Number.isInteger(s.span[0]) ? s.span[0] : undefined;
  const where = [s.outlet ?? 'unknown outlet', s.asOf ? formatDate(s.asOf) : null].filter(Boolean).join(', ');
  return html`<li class="${s.role === 'earlier' ? 'earlier' : 'new'}">${s.role === 'earlier' ? html`<span class="meta">earlier:</span> ` : ''}<q>${s.text}</q> <span class="meta">${s.origin ? html`${s.origin} · ` : ''}<a href="${articleHref(s.articleId, start)}" title="${titles.get(s.articleId) ?? s.articleId}">${where}</a></span></li>`;
}

function eventItem(e: ChangeEvent, story: Story, anchors: ReadonlyMap<string, string>): SafeHtml {
  const titles = new Map(e.articles.map((a) => [a.id, a.title ?? a.id]));
  const groupId = e.claimGroup ? anchors.get(e.claimGroup.key) : undefined;
  return html`<li class="change k-${e.kind}">
<p><span class="kind">${KIND_LABELS[e.kind]}</span> <time datetime="${e.detectedAt}">${when(e.detectedAt)}</time> ${e.message}</p>
${e.verdict ? html`<p class="meta">Verdict: ${badge(e.verdict.from)} → ${badge(e.verdict.to)}</p>` : ''}
${e.claimGroup && groupId ? html`<p class="meta">Claim: <a href="#${claimAnchor(groupId)}">${story.claimGroups.find((g) => g.id === groupId)?.statement ?? e.claimGroup.statement}</a></p>` : ''}
${e.sentences.length > 0 ? html`<ul class="evidence">${e.sentences.map((s) => sentenceItem(s, titles))}</ul>` : ''}
${e.articles.length > 0 ? html`<p class="meta">Articles: ${e.articles.map((a, i) => html`${i > 0 ? ' · ' : ''}<a href="${articleHref(a.id)}">${a.title ?? a.id}</a> (${a.outlet ?? 'unknown outlet'}${a.published ? `, ${formatDate(a.published)}` : ''})`)}</p>` : ''}
</li>`;
}

/**
 * The story's change history, newest first (the order the store lists them in). Claim groups
 * are linked through their stable key, since a group's id can change as tellings arrive.
 */
export function changesSection(story: Story, stored: readonly StoredEvent[]): SafeHtml {
  const events = stored.map((s) => asChangeEvent(s.data)).filter((e): e is ChangeEvent => e !== null).slice(0, CHANGES_SHOWN);
  if (events.length === 0) return html``;
  const anchors = new Map([...groupsByKey(story)].map(([key, g]) => [key, g.id]));
  return html`<section id="changes"><h2>Changes</h2>
<ol class="changes">${events.map((e) => eventItem(e, story, anchors))}</ol>
${stored.length > CHANGES_SHOWN ? html`<p class="more">The ${CHANGES_SHOWN} newest changes; <a href="${`/api/stories/${encodeURIComponent(story.id)}/events`}">all of them as JSON</a>.</p>` : ''}</section>`;
}
