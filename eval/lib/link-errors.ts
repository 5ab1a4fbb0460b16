// Readable lists of linking errors: gold stories split over several predicted stories, and predicted stories that hold
// several gold stories, each with the pair probabilities and deciding features of the model that linked them.
import { backgroundIdf } from '../../src/link/background.js';
import { explain, pairFeatures, pairScore, type PairModel, type WeightedProfile } from '../../src/link/pair-model.js';
import type { GoldArticle } from './link-data.js';

const DAY = 86_400_000;
const day = (d: number | null): string => (d === null ? '-' : new Date(d * DAY).toISOString().slice(0, 10));

function line(d: GoldArticle, p: WeightedProfile, pred: string): string {
  const head = (d.title ?? '').slice(0, 90) + ' | ' + d.text.replace(/\s+/gu, ' ').slice(0, 160);
  return `    ${d.id} [${pred}] ${d.outlet ?? '-'} pub ${day(p.publishedDay)} ev ${day(p.eventDay)} stated ${p.statedDays.slice(0, 4).map(day).join(',')} :: ${head}`;
}

/** Error blocks of one set's linked articles (aligned arrays), strongest evidence first within each block. */
export function errorReport(set: string, docs: readonly GoldArticle[], ps: readonly WeightedProfile[], pred: readonly string[], model: PairModel): string[] {
  const idf = backgroundIdf();
  const out: string[] = [];
  const byGold = new Map<string, number[]>();
  const byPred = new Map<string, number[]>();
  docs.forEach((d, i) => {
    byGold.set(d.story, [...(byGold.get(d.story) ?? []), i]);
    byPred.set(pred[i]!, [...(byPred.get(pred[i]!) ?? []), i]);
  });
  const pairInfo = (i: number, j: number): { p: number; why: string } => {
    const x = pairFeatures(ps[i]!, ps[j]!, idf);
    return { p: pairScore(model, ps[i]!, ps[j]!, idf), why: explain(model, x, 5).join(', ') };
  };
  for (const [g, idx] of byGold) {
    const parts = new Set(idx.map((i) => pred[i]!));
    if (parts.size < 2) continue;
    // Best cross-part pair: how close the split came.
    let best = { p: -1, why: '', i: -1, j: -1 };
    for (const i of idx) for (const j of idx) if (i < j && pred[i] !== pred[j]) {
      const e = pairInfo(i, j);
      if (e.p > best.p) best = { ...e, i, j };
    }
    out.push(`SPLIT ${set} ${g}: ${idx.length} articles in ${parts.size} stories; best cross pair ${best.p.toFixed(2)} (${docs[best.i]!.id} ~ ${docs[best.j]!.id}: ${best.why})`);
    for (const i of idx) out.push(line(docs[i]!, ps[i]!, pred[i]!));
  }
  for (const [s, idx] of byPred) {
    const golds = new Set(idx.map((i) => docs[i]!.story));
    if (golds.size < 2) continue;
    const cross: { p: number; why: string; i: number; j: number }[] = [];
    for (const i of idx) for (const j of idx) if (i < j && docs[i]!.story !== docs[j]!.story) cross.push({ ...pairInfo(i, j), i, j });
    cross.sort((a, b) => b.p - a.p);
    out.push(`MERGE ${set} ${s}: ${idx.length} articles of ${golds.size} gold stories (${[...golds].join(', ')}); strongest wrong pairs:`);
    for (const c of cross.slice(0, 3)) out.push(`    ${c.p.toFixed(2)} ${docs[c.i]!.id} ~ ${docs[c.j]!.id}: ${c.why}`);
    for (const i of idx) out.push(line(docs[i]!, ps[i]!, `${docs[i]!.story}`));
  }
  return out;
}
