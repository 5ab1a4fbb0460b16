// Trains the attribution model on gold documents: cue tagger and both span scorers, averaged perceptrons.
import type { CharSpan, GoldDoc } from './corpus.js';
import { goldTags, paragraphFeatures, trainParagraph } from './cue-tagger.js';
import { tokenFeatures } from './features.js';
import { emptyModel, type AttributionModel } from './model.js';
import { DEFAULT_OPTIONS, type AttributionModelOptions } from './options.js';
import { contextFor } from './pipeline.js';
import { trimSpan } from './score.js';
import type { CueContext } from './span-features.js';
import { forbiddenFor, reachable, trainSpan, type TokenSpan } from './span-model.js';
import { tokenize, type TokenizedText } from './tokenize.js';

interface ParagraphInstance { feats: Uint32Array; gold: number[] }
interface SpanInstance { ctx: CueContext; source: TokenSpan | undefined; content: TokenSpan | undefined; forbid: TokenSpan }

/** Token range [first, last] covering the characters [s, e), or null when no token lies there. */
export function charsToTokens(t: TokenizedText, [s, e]: CharSpan): [number, number] | null {
  let lo = 0;
  let hi = t.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.ends[mid] <= s) lo = mid + 1; else hi = mid;
  }
  const first = lo;
  let last = first;
  while (last + 1 < t.starts.length && t.starts[last + 1] < e) last++;
  if (first >= t.starts.length || t.starts[first] >= e) return null;
  return [first, last];
}

function goldTokens(t: TokenizedText, span: CharSpan | null): TokenSpan {
  if (span === null) return null;
  return charsToTokens(t, trimSpan(t.text, span) ?? span);
}

function prepare(docs: GoldDoc[], o: AttributionModelOptions): { paras: ParagraphInstance[]; spans: SpanInstance[] } {
  const paras: ParagraphInstance[] = [];
  const spans: SpanInstance[] = [];
  for (const doc of docs) {
    const t = tokenize(doc.text);
    const f = tokenFeatures(t);
    const cues: Array<[number, number]> = [];
    for (const a of doc.attributions) {
      const cue = goldTokens(t, a.cue);
      if (cue === null) continue;
      cues.push([cue[0], cue[1] + 1]);
      const ctx = contextFor(t, f, cue[0], cue[1] + 1, o);
      const source = goldTokens(t, a.source);
      const content = a.content ? goldTokens(t, a.content) : undefined;
      const forbid = forbiddenFor(ctx, content);
      spans.push({
        ctx,
        source: reachable(ctx, o.source, source, forbid) ? source : undefined,
        content: content !== undefined && reachable(ctx, o.content, content) ? content : undefined,
        forbid,
      });
    }
    cues.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    for (let p = 0; p + 1 < t.paraStarts.length; p++) {
      const lo = t.paraStarts[p];
      const hi = t.paraStarts[p + 1];
      if (hi > lo) paras.push({ feats: paragraphFeatures(f, lo, hi), gold: goldTags(lo, hi, cues) });
    }
  }
  return { paras, spans };
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, random: () => number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx;
}

/** Called after each epoch with a copy of the averaged model. */
export type EpochHook = (epoch: number, model: AttributionModel, errors: { cue: number; source: number; content: number }) => void;

/** Trains a model; deterministic for given documents (in order) and options. */
export function trainModel(docs: GoldDoc[], o: AttributionModelOptions = DEFAULT_OPTIONS, onEpoch?: EpochHook): AttributionModel {
  const model = emptyModel(o);
  const { paras, spans } = prepare(docs, o);
  model.cue.startTraining();
  model.source.startTraining();
  model.content.startTraining();
  const random = rng(o.seed);
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const errors = { cue: 0, source: 0, content: 0 };
    for (const k of shuffled(paras.length, random)) {
      if (trainParagraph(model.cue, paras[k].feats, paras[k].gold)) errors.cue++;
    }
    for (const k of shuffled(spans.length, random)) {
      const s = spans[k];
      if (s.source !== undefined && trainSpan(model.source, s.ctx, o.source, s.source, s.forbid)) errors.source++;
      if (s.content !== undefined && trainSpan(model.content, s.ctx, o.content, s.content)) errors.content++;
    }
    if (onEpoch) {
      onEpoch(epoch, { options: o, cue: model.cue.averagedCopy(), source: model.source.averagedCopy(), content: model.content.averagedCopy() }, errors);
    }
  }
  model.cue.average();
  model.source.average();
  model.content.average();
  return model;
}
