// The top of the dossier page: the story's key figures in words, then the claims that are disputed or denied.
import type { ClaimGroup, KeyFigure, Story, Verdict } from '../../model/dossier.js';
import { formatDate } from '../../report/index.js';
import { html, type SafeHtml } from '../html.js';
import { claimAnchor } from '../links.js';
import { verdictBadge } from './common.js';
import { count, CURRENCIES, readableDates, readableValue, statementText, verdictWords } from './words.js';

function sameValue(a: number | [number, number], b: number | [number, number]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The unit the claim group's tellings give the figure's value in ("special operations forces"), if any. */
function unitOf(k: KeyFigure, group: ClaimGroup | undefined): string | null {
  const tellings = group?.tellings.filter((t) => t.value !== null && !t.negated) ?? [];
  return (tellings.find((t) => sameValue(t.value as number | [number, number], k.value)) ?? tellings[0])?.unit ?? null;
}

/** How the figure changed, in words: "first 1,500 (Oct 7, 2024), then 3,000 (Oct 23, 2024)", or that it did not. */
export function changeWords(k: KeyFigure, unit: string | null): string {
  const steps: { value: number | [number, number]; asOf: string | null }[] = [];
  for (const p of k.history) {
    const last = steps[steps.length - 1];
    if (!last || !sameValue(last.value, p.value)) steps.push({ value: p.value, asOf: p.asOf });
  }
  const say = (s: { value: number | [number, number]; asOf: string | null }) => `${readableValue(s.value, null, unit && CURRENCIES.has(unit) ? unit : null)}${s.asOf ? ` (${formatDate(s.asOf)})` : ''}`;
  if (steps.length <= 1) {
    const first = k.history[0]?.asOf ?? k.asOf;
    return first ? `Unchanged since first reported on ${formatDate(first)}.` : 'No other value was reported.';
  }
  return `Changed: first ${steps.slice(0, -1).map(say).join(', then ')}, now ${say(steps[steps.length - 1])}.`;
}

function keyFigureItem(k: KeyFigure, group: ClaimGroup | undefined): SafeHtml {
  const unit = unitOf(k, group);
  const origins = k.origins.length;
  return html`<li class="figure v-${k.verdict}">
<p class="what">${k.measure[0]?.toUpperCase() ?? ''}${k.measure.slice(1)} <span class="subject">· ${k.subject}</span></p>
<p class="value">${unit && !CURRENCIES.has(unit) ? html`<span class="num">${readableValue(k.value)}</span> <span class="unit">${unit}</span>` : html`<span class="num">${readableValue(k.value, null, unit)}</span>`}</p>
<p>${k.asOf ? `As of ${formatDate(k.asOf)}. ` : ''}${changeWords(k, unit)}</p>
<p>${count(origins, 'independent origin')}${origins > 0 ? `: ${k.origins.join('; ')}` : ''}.</p>
<p>${verdictBadge(k.verdict)} <span class="verdict-words">${verdictWords(k.verdict)[0]?.toUpperCase()}${verdictWords(k.verdict).slice(1)}.</span></p>
${group ? html`<p><a href="#${claimAnchor(group.id)}">Tellings of this figure</a></p>` : ''}
</li>`;
}

/** The key figures section, or nothing when the story has none. */
export function keyFiguresSection(story: Story): SafeHtml {
  const figures = story.keyFigures ?? [];
  if (figures.length === 0) return html``;
  const groups = new Map(story.claimGroups.map((g) => [g.id, g]));
  return html`<section id="key-figures"><h2>Key figures</h2>
<ul class="figures">${figures.map((k) => keyFigureItem(k, groups.get(k.claimGroupId)))}</ul></section>`;
}

/** Verdicts that say sources disagree or a claim was denied, in the order a reader needs them. */
const DISPUTED: readonly Verdict[] = ['denied', 'contested', 'updated'];

/** Claim groups whose verdict says they are denied, contested or updated, in that order. */
export function disputedGroups(story: Story): ClaimGroup[] {
  return DISPUTED.flatMap((v) => story.claimGroups.filter((g) => g.verdict === v));
}

/** What is disputed and what was denied: one line per claim group, linked to its tellings. */
export function disputedSection(story: Story): SafeHtml {
  const groups = disputedGroups(story);
  const corroborated = story.claimGroups.filter((g) => g.verdict === 'corroborated').length;
  return html`<section id="disputed"><h2>Disputed, denied and changed</h2>
${groups.length === 0
  ? html`<p>No claim is contested, denied or updated among ${count(story.claimGroups.length, 'claim group')}.</p>`
  : html`<ul class="disputed">${groups.map((g) => html`<li>${verdictBadge(g.verdict, g.verdictRule)} <a href="#${claimAnchor(g.id)}">${statementText(g.statement)}</a> <span class="meta">${readableDates(g.explanation)}</span></li>`)}</ul>`}
<p class="meta">${count(corroborated, 'claim group')} corroborated by independent origins; ${count(story.claimGroups.filter((g) => g.verdict === 'single-origin').length, 'claim group')} from a single origin.</p>
</section>`;
}
