// Scores the attribution model on a PolNeAR split: exact and begin-match precision, recall, F1 per role.
// Usage: node dist/eval/attribution.js [splitDir] [--model path]
import { loadPolnear } from '../src/analyze/attribution/corpus.js';
import { evaluateModel } from '../src/analyze/attribution/evaluate.js';
import { defaultModelPath, loadAttributionModel } from '../src/analyze/attribution/model.js';
import { prf, ROLES } from '../src/analyze/attribution/score.js';

const args = process.argv.slice(2);
const mi = args.indexOf('--model');
const modelPath = mi >= 0 ? args[mi + 1] : defaultModelPath();
const dir = args.find((a, i) => !a.startsWith('--') && (i === 0 || args[i - 1] !== '--model')) ?? '../shared/eval/polnear/dev';

const model = loadAttributionModel(modelPath);
const docs = loadPolnear(dir);
const t0 = Date.now();
const scores = evaluateModel(model, docs);
const ms = Date.now() - t0;

console.log(`PolNeAR ${dir}: ${docs.length} articles (one annotator each: first file by name), model ${modelPath}`);
console.log('role      match   P      R      F1     (tp/pred/gold)');
for (const role of ROLES) {
  for (const kind of ['exact', 'begin'] as const) {
    const c = scores[role][kind];
    const { p, r, f } = prf(c);
    console.log(`${role.padEnd(9)} ${kind.padEnd(6)} ${p.toFixed(1).padStart(5)}  ${r.toFixed(1).padStart(5)}  ${f.toFixed(1).padStart(5)}   (${c.tp}/${c.pred}/${c.gold})`);
  }
}
console.log(`inference ${ms} ms (${(ms / docs.length).toFixed(1)} ms per article)`);
