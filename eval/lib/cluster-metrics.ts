// Clustering scores: pairwise and B-cubed precision, recall and F1 of predicted against gold story labels.

export function prf(p: number, r: number): { p: number; r: number; f1: number } {
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Sizes of each gold cluster, predicted cluster and their intersections (keyed gold NUL predicted). */
function counts(gold: readonly string[], pred: readonly string[]): { both: Map<string, number>; g: Map<string, number>; s: Map<string, number> } {
  const both = new Map<string, number>();
  const g = new Map<string, number>();
  const s = new Map<string, number>();
  for (let i = 0; i < gold.length; i++) {
    const k = `${gold[i]}\u0000${pred[i]}`;
    both.set(k, (both.get(k) ?? 0) + 1);
    g.set(gold[i]!, (g.get(gold[i]!) ?? 0) + 1);
    s.set(pred[i]!, (s.get(pred[i]!) ?? 0) + 1);
  }
  return { both, g, s };
}

/** Pairwise scores over all document pairs: a pair is positive when both share a cluster. */
export function pairwise(gold: readonly string[], pred: readonly string[]): { p: number; r: number; f1: number } {
  const { both, g, s } = counts(gold, pred);
  const pairs = (m: Map<string, number>): number => [...m.values()].reduce((a, n) => a + (n * (n - 1)) / 2, 0);
  const tp = pairs(both);
  const predPairs = pairs(s);
  const goldPairs = pairs(g);
  return prf(predPairs === 0 ? 1 : tp / predPairs, goldPairs === 0 ? 1 : tp / goldPairs);
}

/** B-cubed: per-document precision and recall of its predicted cluster against its gold one, averaged. */
export function bcubed(gold: readonly string[], pred: readonly string[]): { p: number; r: number; f1: number } {
  const { both, g, s } = counts(gold, pred);
  let p = 0;
  let r = 0;
  for (let i = 0; i < gold.length; i++) {
    const n = both.get(`${gold[i]}\u0000${pred[i]}`)!;
    p += n / s.get(pred[i]!)!;
    r += n / g.get(gold[i]!)!;
  }
  return prf(p / gold.length, r / gold.length);
}
