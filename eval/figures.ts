// Scores stories' key figures (killed, injured) against Gun Violence Archive incidents, on linked stories and on gold stories.
// It also judges the verdict of each figure whose history holds two or more distinct values against the
// incident's true count (eval/lib/verdict-honesty.ts states the rule): with T the true count, a figure
// whose other values were all told before T (or lower than T on T's last day) should be `updated`; one
// whose values still differ from T after it should be `contested`; one whose only other values are bounds
// that hold T may be `corroborated`, `single-origin` or `updated`; one whose tellings never state T is not judged.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAttributionModel } from '../src/analyze/index.js';
import { documentsFromJson } from '../src/ingest/index.js';
import { buildStory, Linker, type StoryMember } from '../src/link/index.js';
import type { Article } from '../src/model/index.js';
import type { Story } from '../src/model/dossier.js';
import { analysisOf, extractItem } from '../src/pipeline/index.js';
import { hasDistinctValues, judgeVerdict, type HonestyClass } from './lib/verdict-honesty.js';

const USAGE = 'usage: eval/figures DIR [--misses FILE] [--json] [--gold-only] [--half tune|check] [--verdict-cases all] [--single]';

interface Incident { killed: number; injured: number }

/** Which half of the incidents an id falls in: rules are validated on `tune` and checked on `check`. */
export function half(id: string): 'tune' | 'check' {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return h % 2 === 0 ? 'tune' : 'check';
}

/** The key figure a story states for a measure; a figure not stated reads as 0. */
export function statedFigure(story: Story, measure: 'killed' | 'injured'): number | null {
  const f = story.keyFigures.find((k) => k.measure === measure);
  if (!f) return null;
  return Array.isArray(f.value) ? f.value[1] : f.value;
}

interface Row { incident: string; half: 'tune' | 'check'; mode: 'linked' | 'gold'; measure: 'killed' | 'injured'; truth: number; stated: number | null; right: boolean; storyId: string; articles: number }

interface VerdictRow { incident: string; half: 'tune' | 'check'; mode: 'linked' | 'gold'; measure: 'killed' | 'injured'; truth: number; verdict: string; cls: HonestyClass; right: boolean | null; history: string }

/** Share right per system verdict, and judged figures per class, for one mode and half. */
function verdictTable(rows: readonly VerdictRow[], mode: VerdictRow['mode'], which: VerdictRow['half']): string[] {
  const sel = rows.filter((r) => r.mode === mode && r.half === which);
  const judged = sel.filter((r) => r.right !== null);
  const right = judged.filter((r) => r.right).length;
  const out = [`${mode} stories, ${which} half: ${sel.length} figures with 2+ values, ${judged.length} judged, right ${(judged.length ? right / judged.length : 0).toFixed(3)} (${right}/${judged.length}); classes: ${(['reconciled', 'unreconciled', 'agree', 'truth-absent'] as const).map((c) => `${c} ${sel.filter((r) => r.cls === c).length}`).join(', ')}`];
  for (const v of [...new Set(sel.map((r) => r.verdict))].sort()) {
    const j = judged.filter((r) => r.verdict === v);
    const k = j.filter((r) => r.right).length;
    out.push(`  ${v}: right ${(j.length ? k / j.length : 0).toFixed(3)} (${k}/${j.length}); not judged ${sel.filter((r) => r.verdict === v && r.right === null).length}`);
  }
  return out;
}

function score(rows: readonly Row[], mode: Row['mode'], measure: Row['measure'], which?: Row['half']): { n: number; right: number; share: number } {
  const sel = rows.filter((r) => r.mode === mode && r.measure === measure && (!which || r.half === which));
  const right = sel.filter((r) => r.right).length;
  return { n: sel.length, right, share: sel.length ? right / sel.length : 0 };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) throw new Error(USAGE);
  const missesFile = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : null;
  const goldOnly = args.includes('--gold-only');
  const onlyHalf = args.includes('--half') ? args[args.indexOf('--half') + 1] : null;
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<string, string>;
  const incidents = JSON.parse(readFileSync(join(dir, 'incidents.json'), 'utf8')) as Record<string, Incident>;
  const items = documentsFromJson(join(dir, 'articles.jsonl'), readFileSync(join(dir, 'articles.jsonl'), 'utf8'));
  const model = loadAttributionModel();
  const linker = Linker.create();
  const members = new Map<string, StoryMember>();
  const storyOf = new Map<string, string>();
  const idOfRecord = new Map<string, string>();
  const started = Date.now();
  let failed = 0;
  for (const item of items) {
    if (onlyHalf && item.ok && half(gold[item.document.externalId ?? item.document.id] ?? '') !== onlyHalf) continue;
    const extracted = extractItem(item);
    if (!extracted.ok) { failed++; continue; }
    const article: Article = extracted.article;
    const analysis = analysisOf(article, { attributionModel: model });
    const decision = goldOnly ? null : linker.add(article, analysis);
    members.set(article.id, { article, analysis, syndicatedFrom: decision?.syndicatedFrom ?? null });
    // gold.json names articles by their record ids, which the pipeline keeps as external ids.
    if (article.externalId) idOfRecord.set(article.externalId, article.id);
    if (decision) storyOf.set(article.id, decision.storyId);
  }
  const analysed = Date.now() - started;
  // Incidents told by two or more articles (by one with --single).
  const byIncident = new Map<string, string[]>();
  for (const [recordId, incident] of Object.entries(gold)) {
    const articleId = idOfRecord.get(recordId) ?? recordId;
    if (members.has(articleId)) byIncident.set(incident, [...(byIncident.get(incident) ?? []), articleId]);
  }
  // --single: the incidents told by one article instead, a second development set (each story of one article: what its
  // figures are read from that article alone).
  const single = args.includes('--single');
  const told = single ? 'told by one article' : 'told by 2+ articles';
  const multi = [...byIncident].filter(([, ids]) => (single ? ids.length === 1 : ids.length >= 2)).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const byStory = new Map<string, string[]>();
  for (const [a, s] of storyOf) byStory.set(s, [...(byStory.get(s) ?? []), a]);
  const built = new Map<string, Story>();
  const storyFor = (id: string, ids: readonly string[]): Story => {
    let s = built.get(id);
    if (!s) { s = buildStory(id, ids.map((x) => members.get(x)!)); built.set(id, s); }
    return s;
  };
  const rows: Row[] = [];
  const verdictRows: VerdictRow[] = [];
  let showMisses = args.includes('--show') ? Number(args[args.indexOf('--show') + 1]) : 0;
  const shown: string[] = [];
  for (const [incident, ids] of multi) {
    const truth = incidents[incident];
    if (!truth) continue;
    const stories: [Row['mode'], Story][] = [['gold', storyFor(`gold:${incident}`, ids)]];
    if (!goldOnly) {
      const counts = new Map<string, number>();
      for (const a of ids) { const s = storyOf.get(a); if (s) counts.set(s, (counts.get(s) ?? 0) + 1); }
      const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
      if (best) stories.push(['linked', storyFor(best, byStory.get(best) ?? [])]);
    }
    for (const [mode, story] of stories) {
      for (const measure of ['killed', 'injured'] as const) {
        const stated = statedFigure(story, measure);
        if (mode === 'gold' && showMisses > 0 && (stated ?? 0) !== truth[measure]) {
          showMisses--;
          const lines = story.claimGroups.filter((g) => g.frame.measure === measure || g.frame.measure === 'shot').flatMap((g) => g.tellings.map((t) => `    [${g.id} ${g.frame.subject}/${g.frame.scope}] ${JSON.stringify(t.value)} ${t.approx ?? ''} ${t.rules.measure} ${t.asOf ?? ''}: ${t.sentence.replace(/\s+/g, ' ').slice(0, 200)}`));
          shown.push(`${incident} ${measure} truth=${truth[measure]} stated=${stated}\n${lines.join('\n')}`);
        }
        rows.push({ incident, half: half(incident), mode, measure, truth: truth[measure], stated, right: (stated ?? 0) === truth[measure], storyId: story.id, articles: story.articleIds.length });
        const fig = story.keyFigures.find((k) => k.measure === measure && k.stance === 'actual');
        const group = fig && story.claimGroups.find((g) => g.id === fig.claimGroupId);
        if (fig && group && hasDistinctValues(fig)) {
          const j = judgeVerdict(fig.verdict, group, truth[measure]);
          const history = group.tellings.filter((t) => t.value !== null).map((t) => `${t.approx ? `${t.approx} ` : ''}${JSON.stringify(t.value)} (${t.published ?? '?'}, ${t.origin}${t.asOf && t.asOf !== t.published ? `, as of ${t.asOf}` : ''}): ${t.sentence.replace(/\s+/g, ' ').slice(0, 140)}`).join('\n      ');
          verdictRows.push({ incident, half: half(incident), mode, measure, truth: truth[measure], verdict: fig.verdict, cls: j.cls, right: j.right, history });
        }
      }
    }
  }
  const modes: Row['mode'][] = goldOnly ? ['gold'] : ['linked', 'gold'];
  const table = modes.flatMap((mode) => (['killed', 'injured'] as const).map((measure) => ({
    mode, measure, all: score(rows, mode, measure), tune: score(rows, mode, measure, 'tune'), check: score(rows, mode, measure, 'check'),
  })));
  if (args.includes('--json')) {
    console.log(JSON.stringify({ incidents: multi.length, table }, null, 2));
  } else {
    console.log(`GVA key figures: ${items.length} articles (${failed} failed extraction), ${multi.length} incidents ${told}; analysis and linking ${(analysed / 1000).toFixed(0)} s`);
    console.log('| stories | measure | all | tune half | check half |');
    console.log('|---|---|---:|---:|---:|');
    const f = (s: { n: number; right: number; share: number }) => `${s.share.toFixed(3)} (${s.right}/${s.n})`;
    for (const r of table) console.log(`| ${r.mode} | ${r.measure} | ${f(r.all)} | ${f(r.tune)} | ${f(r.check)} |`);
  }
  if (!args.includes('--json')) {
    console.log('\nVerdicts of key figures with 2+ distinct values, judged against the true count:');
    for (const mode of modes) for (const which of ['tune', 'check'] as const) console.log(verdictTable(verdictRows, mode, which).join('\n'));
    // --verdict-cases all: every tune-half figure with 2+ values, right or not (the check half is never listed).
    const all = args.includes('--verdict-cases') && args[args.indexOf('--verdict-cases') + 1] === 'all';
    const listed = verdictRows.filter((r) => r.mode === modes[0] && r.half === 'tune' && (all || r.right === false));
    console.log(`\n${modes[0]} stories, tune half, ${all ? 'all figures with 2+ values' : 'verdicts judged wrong'} (${listed.length}):`);
    for (const r of listed) console.log(`  ${r.incident} ${r.measure} truth=${r.truth} verdict=${r.verdict} class=${r.cls} right=${r.right}\n      ${r.history}`);
  }
  if (shown.length) console.log(shown.join('\n'));
  if (missesFile) {
    const lines = rows.filter((r) => !r.right).map((r) => `${r.mode}\t${r.half}\t${r.incident}\t${r.measure}\ttruth=${r.truth}\tstated=${r.stated}\tstory=${r.storyId} (${r.articles} articles)`);
    writeFileSync(missesFile, `${lines.join('\n')}\n`);
    console.log(`misses written to ${missesFile} (${lines.length})`);
  }
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exitCode = 1;
});
