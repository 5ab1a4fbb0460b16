// Scores claim groups and verdicts against hand-labelled ECB+ stories (eval/gold/claims-ecbplus.json): group precision, recall, verdict accuracy.
// Precision is over the groups the claims list shows (valued groups not folded as trivial: `isTrivialGroup`);
// recall and verdict accuracy are over all valued groups of the dossier; tune and held-out (check) stories are scored apart.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadAttributionModel } from '../src/analyze/index.js';
import { documentsFromJson } from '../src/ingest/index.js';
import { buildStory, type StoryMember } from '../src/link/index.js';
import type { ClaimGroup } from '../src/model/dossier.js';
import { analysisOf, extractItem } from '../src/pipeline/index.js';

const USAGE = 'usage: eval/claims [DOCS.jsonl] [--gold FILE] [--details FILE] [--details-split tune|check|all]\n  prints figures for the tune stories, the held-out check stories and all; --details lists hits, misses and extras of the tune stories only unless --details-split says otherwise';

type Value = number | [number, number];
interface GoldGroup { note: string; measure: string; scope: 'event' | 'background'; values: Value[]; verdict: string; subject?: string }
interface GoldStory { story: string; kind: string; split?: 'tune' | 'check'; groups: GoldGroup[] }
interface EcbDoc { doc: string; story: string; text: string; url: string | null }

const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, 0.01 * Math.max(Math.abs(a), Math.abs(b)));
function sameValue(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return near(a[0], b[0]) && near(a[1], b[1]);
  if (Array.isArray(a) || Array.isArray(b)) return false;
  return near(a, b);
}

/**
 * Whether a system group can be the gold group: same measure (any open-tail one for `other`, and the closed measures
 * added after the gold's vocabulary was fixed: troops, shots fired, people rescued), same scope, a value in common.
 */
export function matches(g: ClaimGroup, gold: GoldGroup): number {
  const m = g.frame.measure;
  const measureOk = gold.measure === 'other' ? m.startsWith('other:') || m === 'troops' || m === 'shots-fired' || m === 'rescued' : m === gold.measure;
  if (!measureOk || g.frame.scope !== gold.scope) return 0;
  if (gold.subject && !`${g.subject} ${g.tellings[0]?.unit ?? ''}`.toLowerCase().includes(gold.subject)) return 0;
  const values = g.tellings.map((t) => t.value).filter((v): v is Value => v !== null);
  return gold.values.filter((gv) => values.some((v) => sameValue(v, gv))).length;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const docsFile = args.find((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--')) ?? '../shared/eval/ecbplus-docs.jsonl';
  const goldFile = args.includes('--gold') ? args[args.indexOf('--gold') + 1] : 'eval/gold/claims-ecbplus.json';
  const detailsFile = args.includes('--details') ? args[args.indexOf('--details') + 1] : null;
  const detailsSplit = args.includes('--details-split') ? args[args.indexOf('--details-split') + 1] : 'tune';
  if (args.includes('--help')) { console.log(USAGE); return; }
  const gold = (JSON.parse(readFileSync(goldFile, 'utf8')) as { stories: GoldStory[] }).stories;
  const wanted = new Set(gold.map((s) => s.story));
  const docs = readFileSync(docsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as EcbDoc).filter((d) => wanted.has(d.story));
  const model = loadAttributionModel();
  const details: string[] = [];
  const tally: Record<string, { sys: number; sysMatched: number; matched: number; gold: number; verdictRight: number }> = {};
  const rows: string[] = [];
  for (const gs of gold) {
    // Each document is its own outlet (ECB+ keeps no outlet): its host when it has a URL.
    // ECB+ texts are tokenised ("$2. 6 - million", "35, 000", "2, 000ft"): the spaces tokenisation put inside numbers and hyphenated words are taken out.
    const untokenise = (t: string) => t.replace(/(\d)\. (\d)/g, '$1.$2').replace(/(\d), (\d{3})(?!\d)/g, '$1,$2').replace(/(\w) - (\w)/g, '$1-$2');
    const records = docs.filter((d) => d.story === gs.story).map((d) => JSON.stringify({ id: d.doc, text: untokenise(d.text), url: d.url ?? undefined, outlet: d.url ? new URL(d.url).hostname.replace(/^www\./, '') : `outlet of ${d.doc}` }));
    const members: StoryMember[] = [];
    for (const item of documentsFromJson(gs.story, records.join('\n'))) {
      const x = extractItem(item);
      if (x.ok) members.push({ article: x.article, analysis: analysisOf(x.article, { attributionModel: model }), syndicatedFrom: null });
    }
    const story = buildStory(gs.story, members);
    const valued = story.claimGroups.filter((g) => g.tellings.some((t) => t.value !== null));
    const taken = new Set<string>();
    let m = 0, v = 0;
    const listed = valued.filter((g) => !g.trivial);
    const split = gs.split ?? 'tune';
    const lines: string[] = [];
    lines.push(`== ${gs.story} (${gs.kind}): ${members.length} documents, ${valued.length} valued groups`);
    for (const gg of gs.groups) {
      const best = valued.filter((g) => !taken.has(g.id)).map((g) => ({ g, n: matches(g, gg) })).filter((x) => x.n > 0).sort((a, b) => b.n - a.n || b.g.tellings.length - a.g.tellings.length)[0];
      if (best) {
        taken.add(best.g.id);
        m++;
        if (best.g.verdict === gg.verdict) v++;
        lines.push(`  HIT  ${gg.note}: ${gg.verdict} | ${best.g.verdict} ${best.g.statement}`);
      } else lines.push(`  MISS ${gg.note} (${gg.measure}, ${gg.scope}, ${JSON.stringify(gg.values)})`);
    }
    for (const g of valued) if (!taken.has(g.id)) lines.push(`  ${g.trivial ? 'extra (folded)' : 'EXTRA'} ${g.frame.measure}/${g.frame.scope} ${g.verdict} ${g.statement}`);
    const listedMatched = listed.filter((g) => taken.has(g.id)).length;
    if (detailsSplit === 'all' || detailsSplit === split) details.push(...lines);
    for (const key of [split, 'all']) {
      const t = (tally[key] ??= { sys: 0, sysMatched: 0, matched: 0, gold: 0, verdictRight: 0 });
      t.sys += listed.length; t.sysMatched += listedMatched; t.matched += m; t.gold += gs.groups.length; t.verdictRight += v;
    }
    rows.push(`| ${gs.story} | ${split} | ${gs.kind} | ${gs.groups.length} | ${valued.length} | ${listed.length} | ${listedMatched} | ${m} | ${v} |`);
  }
  console.log('| story | split | kind | gold groups | system groups with values | listed | listed and matched | gold matched | verdict right |');
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
  console.log('');
  for (const key of ['tune', 'check', 'all']) {
    const t = tally[key];
    if (!t) continue;
    const p = t.sys ? t.sysMatched / t.sys : 0;
    const r = t.gold ? t.matched / t.gold : 0;
    const label = key === 'check' ? 'held-out (check)' : key;
    console.log(`${label}: group precision ${p.toFixed(3)} (${t.sysMatched}/${t.sys} listed), recall ${r.toFixed(3)} (${t.matched}/${t.gold}; ${t.sysMatched} of them listed), verdict accuracy ${(t.matched ? t.verdictRight / t.matched : 0).toFixed(3)} (${t.verdictRight}/${t.matched})`);
  }
  if (detailsFile) writeFileSync(detailsFile, `${details.join('\n')}\n`);
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exitCode = 1;
});
