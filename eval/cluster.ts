// Scores story linking by cross-validation: ECB+ folds by topic, GVA dev folds by incident; a fold's model and
// threshold come from the other folds only. Also the example corpus, batch independence and throughput.
//
// usage: eval/cluster [--ecb FILE] [--gva DIR] [--example DIR] [--folds N] [--options JSON] [--balance-sets] [--write-model] [--json] [--errors FILE]
// --errors writes the cross-validated errors (split gold stories, merged ones) of the tune half of each set's groups
// (`halfOf`), with the pair probabilities of the fold's model, for reading; the check half is only scored.
// --balance-sets weighs each set's candidate pairs equally in training.
// --write-model trains on every article of both sets and writes models/link/pair-model.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { packageRoot } from '../src/analyze/attribution/model.js';
import type { StoryOptions } from '../src/link/cluster.js';
import { PAIR_MODEL_PATH, defaultPairModel, type PairModel } from '../src/link/pair-model.js';
import { bcubed, pairwise } from './lib/cluster-metrics.js';
import { foldOf, halfOf, loadEcb, loadExample, loadGva, type GoldArticle } from './lib/link-data.js';
import { errorReport } from './lib/link-errors.js';
import { cluster, neighbourPairs, profiles, trainModel, type TrainSet } from './lib/link-train.js';

interface Args {
  ecb: string;
  gva: string;
  example: string;
  folds: number;
  writeModel: boolean;
  options: Partial<StoryOptions>;
  json: boolean;
  balanceSets: boolean;
  errors: string | null;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { ecb: '../shared/eval/ecbplus-docs.jsonl', gva: '../shared/eval/gva/dev', example: 'examples/korea-troops-2024', folds: 5, writeModel: false, options: {}, json: false, balanceSets: false, errors: null };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    if (x === '--ecb') a.ecb = argv[++i]!;
    else if (x === '--gva') a.gva = argv[++i]!;
    else if (x === '--example') a.example = argv[++i]!;
    else if (x === '--folds') a.folds = Number(argv[++i]);
    else if (x === '--write-model') a.writeModel = true;
    else if (x === '--json') a.json = true;
    else if (x === '--balance-sets') a.balanceSets = true;
    else if (x === '--errors') a.errors = argv[++i]!;
    else if (x === '--options') a.options = JSON.parse(argv[++i]!) as Partial<StoryOptions>;
    else throw new Error(`unknown argument ${x}`);
  }
  return a;
}

type Prf = { p: number; r: number; f1: number };
const fmt = (x: Prf): string => `P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f1.toFixed(3)}`;

function score(docs: readonly GoldArticle[], pred: readonly string[]): { pairwise: Prf; bcubed: Prf; stories: number } {
  const gold = docs.map((d) => d.story);
  return { pairwise: pairwise(gold, pred), bcubed: bcubed(gold, pred), stories: new Set(pred).size };
}

/** Incidents with `min`+ articles, each linked alone into a fresh index: the share whose stories match the full run's. */
function batchIndependence(docs: readonly GoldArticle[], full: readonly string[], model: PairModel, options: Partial<StoryOptions>, min = 5): { incidents: number; same: number } {
  const byStory = new Map<string, number[]>();
  docs.forEach((d, i) => byStory.set(d.story, [...(byStory.get(d.story) ?? []), i]));
  let incidents = 0;
  let same = 0;
  const partition = (labels: readonly string[]): string => {
    const first = new Map<string, number>();
    return labels.map((l, i) => (first.has(l) ? first.get(l)! : (first.set(l, i), i))).join(',');
  };
  for (const idx of byStory.values()) {
    if (idx.length < min) continue;
    incidents++;
    const alone = cluster(idx.map((i) => docs[i]!), model, options);
    if (partition(alone) === partition(idx.map((i) => full[i]!))) same++;
  }
  return { incidents, same };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const ecb = loadEcb(args.ecb);
  const gva = loadGva(args.gva);
  const sets: TrainSet[] = [ecb, gva].map((docs) => {
    const ps = profiles(docs);
    return { docs, profiles: ps, pairs: neighbourPairs(ps) };
  });
  const log = (s: string): void => {
    if (!args.json) console.log(s);
  };
  log(`ECB+ ${ecb.length} documents, GVA dev ${gva.length} articles; profiles and candidate pairs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const preds = sets.map((s) => new Array<string>(s.docs.length).fill(''));
  const thresholds: number[] = [];
  const errorLines: string[] = [];
  for (let k = 0; k < args.folds; k++) {
    const model = trainModel(sets, (d) => foldOf(d.group, args.folds) !== k, `ECB+ and GVA dev outside fold ${k} of ${args.folds}`, args.options, { balanceSets: args.balanceSets });
    thresholds.push(model.threshold);
    sets.forEach((s, si) => {
      const idx = s.docs.map((d, i) => (foldOf(d.group, args.folds) === k ? i : -1)).filter((i) => i >= 0);
      const pred = cluster(idx.map((i) => s.docs[i]!), model, args.options);
      idx.forEach((i, j) => (preds[si]![i] = `f${k}:${pred[j]}`));
      if (args.errors !== null) {
        const tune = idx.map((i, j) => [i, j] as const).filter(([i]) => halfOf(s.docs[i]!.group) === 'tune');
        errorLines.push(...errorReport(si === 0 ? 'ECB+' : 'GVA', tune.map(([i]) => s.docs[i]!), tune.map(([i]) => s.profiles[i]!), tune.map(([, j]) => pred[j]!), model));
      }
    });
    log(`fold ${k}: threshold ${model.threshold}, supportShare ${model.decision?.supportShare ?? 0}, bridgeShare ${model.decision?.bridgeShare ?? 0}, undatedOffset ${model.decision?.undatedOffset ?? 0}`);
  }
  if (args.errors !== null) writeFileSync(args.errors, errorLines.join('\n') + '\n');
  const cv = { ecb: score(ecb, preds[0]!), gva: score(gva, preds[1]!) };
  log(`cross-validated, ${args.folds} folds (ECB+ by topic, GVA by incident):`);
  log(`  ECB+     pairwise ${fmt(cv.ecb.pairwise)} | B-cubed ${fmt(cv.ecb.bcubed)} | ${cv.ecb.stories} stories`);
  log(`  GVA dev  pairwise ${fmt(cv.gva.pairwise)} | B-cubed ${fmt(cv.gva.bcubed)} | ${cv.gva.stories} stories`);

  let model: PairModel;
  if (args.writeModel) {
    model = trainModel(sets, () => true, 'every ECB+ topic and every GVA dev incident', args.options, { balanceSets: args.balanceSets });
    writeFileSync(join(packageRoot(), PAIR_MODEL_PATH), JSON.stringify(model, null, 2) + '\n');
    log(`wrote ${PAIR_MODEL_PATH} (threshold ${model.threshold})`);
  } else model = defaultPairModel();

  // The shipped model over each whole set (trained on them: not a result, a consistency check), and batch independence.
  const started = performance.now();
  const fullGva = cluster(gva, model, args.options);
  const seconds = (performance.now() - started) / 1000;
  if (args.errors !== null) {
    // The whole set in one index (more confusers than a fold): the shipped model's errors on the tune half, for reading.
    const tune = gva.map((d, i) => i).filter((i) => halfOf(gva[i]!.group) === 'tune');
    const lines = errorReport('GVA-whole', tune.map((i) => gva[i]!), tune.map((i) => sets[1]!.profiles[i]!), tune.map((i) => fullGva[i]!), model);
    writeFileSync(args.errors.replace(/(\.txt)?$/u, '-whole.txt'), lines.join('\n') + '\n');
  }
  const bi = batchIndependence(gva, fullGva, model, args.options);
  log(`shipped model, whole GVA dev in one batch: ${gva.length / seconds > 0 ? (gva.length / seconds).toFixed(0) : '?'} articles/s linked`);
  log(`batch independence: ${bi.same}/${bi.incidents} GVA dev incidents with 5+ articles, each linked alone, form the same stories as in the full set (${((100 * bi.same) / Math.max(1, bi.incidents)).toFixed(1)}%)`);

  const example = loadExample(args.example);
  const ex = example.length > 0 ? score(example, cluster(example, model, args.options)) : null;
  if (ex) log(`example corpus (${example.length} pages, one story): ${ex.stories} stories | pairwise ${fmt(ex.pairwise)}`);

  const result = { folds: args.folds, thresholds, cv, batchIndependence: bi, example: ex, linkedPerSecond: gva.length / seconds, model: { threshold: model.threshold, trainedOn: model.trainedOn } };
  mkdirSync(join('eval', 'out'), { recursive: true });
  writeFileSync(join('eval', 'out', 'cluster.json'), JSON.stringify(result, null, 2));
  if (args.json) console.log(JSON.stringify(result));
}

main();
