// Markdown view of a dossier: per story the brief with citations, claim groups, timeline, who said what, coverage, entities, and the cited articles.
import type { ArticleJson } from '../model/index.js';
import type { ClaimGroup, Dossier, Story, Telling } from '../model/dossier.js';
import {
  articleIndex,
  bySpeaker,
  citationNumbers,
  cueWords,
  formatDate,
  formatNumber,
  formatValue,
  isoAtPrecision,
  leadingValue,
  mergeLine,
  oneLine,
  tellingOutlets,
  valueHistory,
} from './dossier-format.js';

/**
 * Page text escaped for inline Markdown: one line, a backslash before every character that could open
 * emphasis, code, a link, a table cell, a heading or strikethrough, HTML and entities made inert, and a
 * leading list marker or setext underline neutralised. Parentheses stay: without `[` they cannot form a link.
 */
export function escapeMarkdown(text: string): string {
  const escaped = oneLine(text)
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  // "1. x" or "- x" at the start of list-item or heading content would open a nested list.
  return escaped.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1');
}

/** The anchor an article's entry carries in the article list. */
export function articleAnchor(id: string): string {
  return `article-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

interface Ctx {
  numbers: Map<string, number>;
  articles: Map<string, ArticleJson>;
}

function cite(ctx: Ctx, id: string): string {
  const n = ctx.numbers.get(id);
  return n === undefined ? `\\[${escapeMarkdown(id)}?\\]` : `[${n}](#${articleAnchor(id)})`;
}

function cites(ctx: Ctx, ids: readonly string[]): string {
  const unique = [...new Set(ids)].sort((a, b) => (ctx.numbers.get(a) ?? 1e9) - (ctx.numbers.get(b) ?? 1e9));
  return unique.map((id) => cite(ctx, id)).join(', ');
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly string[][]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

function badge(group: ClaimGroup): string {
  return `**${group.verdict.toUpperCase()}**`;
}

function outletsOfStory(story: Story, ctx: Ctx): string[] {
  const outlets = new Set<string>(story.coverage.outlets);
  for (const id of story.articleIds) {
    const outlet = ctx.articles.get(id)?.outlet;
    if (outlet) outlets.add(outlet);
  }
  return [...outlets];
}

function header(story: Story, ctx: Ctx): string[] {
  const n = story.articleIds.length;
  const outlets = outletsOfStory(story, ctx).length;
  const { from, to } = story.dateRange;
  const range = from || to ? `${formatDate(from)} – ${formatDate(to)}` : 'dates unknown';
  return [
    `## ${escapeMarkdown(story.title)}`,
    '',
    `${n} article${n === 1 ? '' : 's'} from ${outlets} outlet${outlets === 1 ? '' : 's'} · ${range}`,
    ...(story.merges ?? []).flatMap((m) => ['', `_${mergeLine(m, (id) => cite(ctx, id), escapeMarkdown)}_`]),
  ];
}

/** The figures a reader needs first, before the brief. */
function keyFigures(story: Story, ctx: Ctx): string[] {
  if (story.keyFigures.length === 0) return [];
  const out = ['', '### Key figures', ''];
  for (const f of story.keyFigures) {
    const ids = [...new Set(f.history.flatMap((p) => p.articleIds))];
    out.push(`- **${f.verdict.toUpperCase()}** ${escapeMarkdown(f.statement)}${ids.length ? ` ${cites(ctx, ids)}` : ''}`);
  }
  return out;
}

function brief(story: Story, ctx: Ctx): string[] {
  const out = ['', '### Brief', ''];
  if (story.brief.length === 0) return [...out, '_No brief._'];
  for (const s of story.brief) {
    const citations = s.articleIds.length > 0 ? ` ${cites(ctx, s.articleIds)}` : ' _(uncited)_';
    out.push(`- ${escapeMarkdown(s.text)}${citations}`);
  }
  return out;
}

function tellingValue(t: Telling): string {
  const v = formatValue(t.value, t.approx, t.unit);
  // A negated event ("no arrests have been made") did not happen, as told; only a denial (modality) denies.
  return escapeMarkdown(t.negated ? (v ? `not ${v}` : t.modality === 'denied' ? 'denied' : 'not so') : v || '—');
}

function tellingRow(t: Telling, i: number, ctx: Ctx): string[] {
  const copy = t.syndicatedFrom ? ` (copy of ${cite(ctx, t.syndicatedFrom)})` : '';
  return [
    String(i + 1),
    escapeMarkdown(t.outlet ?? 'unknown outlet'),
    escapeMarkdown(t.origin),
    tellingValue(t),
    t.asOf ? escapeMarkdown(t.asOf) : 'undated',
    escapeMarkdown(t.modality),
    `“${escapeMarkdown(t.sentence)}”`,
    `${cite(ctx, t.articleId)}${copy}`,
  ];
}

function claimGroups(story: Story, ctx: Ctx): string[] {
  const out = ['', '### Claim groups'];
  if (story.claimGroups.length === 0) return [...out, '', '_No claim groups._'];
  // Folded groups (one outlet's asides, one-off figures that measure nothing of the story: `trivial`) come last
  // in the story's order; they get one line each instead of a section, so they do not crowd the list.
  const folded: string[] = [];
  story.claimGroups.forEach((g, i) => {
    if (g.trivial) {
      folded.push(`- #${i + 1} ${badge(g)} ${escapeMarkdown(g.statement)} ${cites(ctx, [...new Set(g.tellings.map((t) => t.articleId))])}`);
      return;
    }
    out.push('', `#### ${i + 1}. ${badge(g)} ${escapeMarkdown(g.statement)}`, '');
    const origins = g.origins.length > 0 ? ` (${g.origins.map(escapeMarkdown).join('; ')})` : '';
    out.push(`Independent origins: **${g.independentOrigins}**${origins} · rule \`${oneLine(g.verdictRule).replace(/`/g, "'")}\``);
    const lead = leadingValue(g);
    if (lead !== null) out.push('', `Leading value: ${escapeMarkdown(lead)}`);
    const history = valueHistory(g);
    if (history.length > 1) {
      const steps = history.map((h) => {
        const when = h.asOf ? escapeMarkdown(h.asOf) : h.earlier ? 'earlier' : 'undated';
        return `${escapeMarkdown(formatValue(h.value, h.approx))} (${when}, ${escapeMarkdown(h.origin)} via ${escapeMarkdown(h.outlet ?? 'unknown outlet')})`;
      });
      // Only an update is a history; values of any other verdict are told side by side, never as a change.
      out.push('', g.verdict === 'updated' ? `Value history: ${steps.join(' → ')}` : `Values told: ${steps.join('; ')}`);
    }
    out.push('', escapeMarkdown(g.explanation));
    for (const r of g.related) {
      const target = story.claimGroups.findIndex((x) => x.id === r.groupId);
      const name = target >= 0 ? `#${target + 1}` : escapeMarkdown(r.groupId);
      out.push('', `Related: ${escapeMarkdown(r.relation)} ${name}`);
    }
    out.push('', ...table(
      ['#', 'Outlet', 'Origin', 'Value', 'As of', 'Modality', 'Sentence', 'Source'],
      g.tellings.map((t, j) => tellingRow(t, j, ctx)),
    ));
  });
  if (folded.length > 0) out.push('', `_${folded.length} minor claim group${folded.length === 1 ? '' : 's'} (one outlet's asides, one-off figures), folded:_`, '', ...folded);
  return out;
}

function timeline(story: Story, ctx: Ctx): string[] {
  const out = ['', '### Timeline', ''];
  if (story.timeline.length === 0) return [...out, '_No dated events._'];
  for (const e of story.timeline) {
    const when = `**${escapeMarkdown(isoAtPrecision(e.date, e.precision))}** (${e.precision})`;
    const citations = e.articleIds.length > 0 ? ` ${cites(ctx, e.articleIds)}` : '';
    out.push(`- ${when} — ${escapeMarkdown(e.event)}${citations}`);
  }
  return out;
}

function whoSaidWhat(story: Story, ctx: Ctx): string[] {
  const out = ['', '### Who said what'];
  if (story.attributions.length === 0) return [...out, '', '_No attributed statements._'];
  for (const speaker of bySpeaker(story.attributions)) {
    out.push('', `#### ${escapeMarkdown(speaker.name)}`, '');
    for (const a of speaker.attributions) {
      const content = a.direct ? `“${escapeMarkdown(a.content)}”` : escapeMarkdown(a.content);
      out.push(`- _${escapeMarkdown(cueWords(a.cue))}_: ${content} ${cite(ctx, a.articleId)}`);
    }
  }
  return out;
}

function coverage(story: Story): string[] {
  const out = ['', '### Coverage', ''];
  const groups = story.claimGroups;
  const outlets = [...new Set([...story.coverage.outlets, ...story.coverage.byClaimGroup.flatMap((c) => c.outlets)])];
  if (groups.length === 0 || outlets.length === 0) return [...out, '_No coverage to show._'];
  const told = new Map<string, Set<string>>();
  for (const g of groups) told.set(g.id, new Set(tellingOutlets(g)));
  for (const c of story.coverage.byClaimGroup) told.set(c.claimGroupId, new Set(c.outlets));
  const rows = outlets.map((o) => [
    escapeMarkdown(o),
    ...groups.map((g) => (told.get(g.id)?.has(o) ? '✓' : '')),
  ]);
  out.push(...table(['Outlet', ...groups.map((_, i) => `#${i + 1}`)], rows));
  out.push('', groups.map((g, i) => `#${i + 1}: ${escapeMarkdown(g.statement)}`).join(' · '));
  return out;
}

function entities(story: Story): string[] {
  const out = ['', '### Entities', ''];
  if (story.entities.length === 0) return [...out, '_No entities._'];
  const rows = story.entities.map((e) => [
    escapeMarkdown(e.name),
    escapeMarkdown(e.type),
    e.aliases.map(escapeMarkdown).join(', '),
    formatNumber(e.articleIds.length),
    formatNumber(e.mentions),
  ]);
  return [...out, ...table(['Name', 'Type', 'Aliases', 'Articles', 'Mentions'], rows)];
}

function syndication(story: Story, ctx: Ctx): string[] {
  if (story.syndication.length === 0) return [];
  const out = ['', '### Syndicated copies', ''];
  for (const s of story.syndication) {
    out.push(`- ${cite(ctx, s.articleId)} copies ${cite(ctx, s.copyOf)} (similarity ${s.similarity.toFixed(2)})`);
  }
  return out;
}

/** An http(s) URL as an autolink; any other address, and the source path, as inert code. */
function linkOrSource(a: ArticleJson): string {
  const url = a.url ? oneLine(a.url) : '';
  if (/^https?:\/\/[^\s<>]+$/i.test(url)) return `<${url}>`;
  return `\`${oneLine(url || a.source).replace(/`/g, "'")}\``;
}

function articleList(dossier: Dossier, ctx: Ctx): string[] {
  const out = ['', '## Articles', ''];
  if (dossier.articles.length === 0) return [...out, '_No articles._'];
  for (const a of dossier.articles) {
    const n = ctx.numbers.get(a.id);
    const guess = a.outletGuess ? ' (outlet guessed)' : '';
    const published = a.published
      ? `published ${escapeMarkdown(a.published)}${a.publishedBasis ? ` (${a.publishedBasis})` : ''}`
      : 'publication date unknown';
    const where = linkOrSource(a);
    out.push(
      `${n}. <a id="${articleAnchor(a.id)}"></a>**${escapeMarkdown(a.outlet ?? 'Unknown outlet')}**${guess} — ` +
        `${escapeMarkdown(a.title ?? '(untitled)')} — ${published} — ${where}`,
    );
  }
  return out;
}

/** The whole dossier as one Markdown document; citations link to the article list at its end. */
export function renderDossierMarkdown(dossier: Dossier): string {
  const ctx: Ctx = { numbers: citationNumbers(dossier), articles: articleIndex(dossier.articles) };
  const out: string[] = [
    '# Triangulate dossier',
    '',
    `_Generated ${escapeMarkdown(dossier.generatedAt)} · ${dossier.stories.length} ` +
      `stor${dossier.stories.length === 1 ? 'y' : 'ies'} · ${dossier.articles.length} articles_`,
  ];
  for (const story of dossier.stories) {
    out.push('');
    out.push(...header(story, ctx));
    out.push(...keyFigures(story, ctx));
    out.push(...brief(story, ctx));
    out.push(...claimGroups(story, ctx));
    out.push(...timeline(story, ctx));
    out.push(...whoSaidWhat(story, ctx));
    out.push(...coverage(story));
    out.push(...entities(story));
    out.push(...syndication(story, ctx));
  }
  out.push(...articleList(dossier, ctx));
  return `${out.join('\n')}\n`;
}
