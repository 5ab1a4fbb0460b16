// Trains the attribution model on PolNeAR train and writes models/attribution/model.bin.gz.
// Usage: node dist/scripts/train-attribution.js [trainDir] [--holdout] [--epochs N] [--out path]
import { performance } from 'node:perf_hooks';
import { loadPolnear } from '../src/analyze/attribution/corpus.js';
import { evaluateModel } from '../src/analyze/attribution/evaluate.js';
import { defaultModelPath, saveAttributionModel } from '../src/analyze/attribution/model.js';
import { DEFAULT_OPTIONS } from '../src/analyze/attribution/options.js';
import { prf, ROLES } from '../src/analyze/attribution/score.js';
import { trainModel } from '../src/analyze/attribution/train.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = args.find((a, i) => !a.startsWith('--') && (i === 0 || !['--epochs', '--out'].includes(args[i - 1])))
  ?? '../shared/eval/polnear/train';
const holdout = args.includes('--holdout');
const options = { ...DEFAULT_OPTIONS, epochs: Number(flag('--epochs') ?? DEFAULT_OPTIONS.epochs) };

const t0 = performance.now();
const docs = loadPolnear(dir);
// Held-out mode: every tenth article (by sorted name) is kept out of training and scored after each epoch.
const train = holdout ? docs.filter((_, i) => i % 10 !== 9) : docs;
const held = holdout ? docs.filter((_, i) => i % 10 === 9) : [];
console.log(`training on ${train.length} articles${holdout ? `, scoring ${held.length} held out` : ''}`);

const model = trainModel(train, options, (epoch, averaged, errors) => {
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  let line = `epoch ${epoch} (${secs}s) errors cue ${errors.cue} source ${errors.source} content ${errors.content}`;
  if (held.length) {
    const s = evaluateModel(averaged, held);
    line += ' | held-out exact F1 ' + ROLES.map((r) => `${r} ${prf(s[r].exact).f.toFixed(1)}`).join(' ');
  }
  console.log(line);
});

if (!holdout || args.includes('--out')) {
  const out = flag('--out') ?? defaultModelPath();
  const bytes = saveAttributionModel(model, out);
  console.log(`wrote ${out} (${(bytes / 1e6).toFixed(2)} MB)`);
}
console.log(`done in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
