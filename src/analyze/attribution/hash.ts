// Integer feature hashing and averaged-perceptron weight tables.

/** 32-bit FNV-1a hash of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * `mix` as a signed 32-bit integer: the same 32 bits (`mixBits(a, b) >>> 0 === mix(a, b)`), for
 * callers that store it in a `Uint32Array` or mix it again. V8 keeps every signed 32-bit integer
 * unboxed, whereas a result of `>>> 0` at or above 2^31 returned from a call that is not inlined
 * is a new heap number: the feature writers make millions of them.
 */
export function mixBits(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) + b) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Mixes two 32-bit values into one (murmur3 finaliser over a combination). */
export function mix(a: number, b: number): number {
  return mixBits(a, b) >>> 0;
}

/** Mixes three values. */
export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}

/** `mix3` as a signed 32-bit integer (see mixBits). */
export function mix3Bits(a: number, b: number, c: number): number {
  return mixBits(mixBits(a, b), c);
}

/** A hashed weight vector; during training it also keeps the sums needed for averaging. */
export class WeightTable {
  readonly bits: number;
  readonly mask: number;
  w: Float32Array;
  private acc: Float64Array | null = null;
  private step = 1;

  constructor(bits: number, weights?: Float32Array) {
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.w = weights ?? new Float32Array(1 << bits);
  }

  /** Starts collecting the sums for averaging. */
  startTraining(): void {
    this.acc = new Float64Array(1 << this.bits);
    this.step = 1;
  }

  /** Sum of the weights of the given features. */
  score(feats: ArrayLike<number>, from = 0, to = feats.length, salt = 0): number {
    const w = this.w;
    const m = this.mask;
    let s = 0;
    for (let k = from; k < to; k++) s += w[(feats[k] + salt) & m];
    return s;
  }

  /** Adds `delta` to the weight of every feature. */
  update(feats: ArrayLike<number>, delta: number, from = 0, to = feats.length, salt = 0): void {
    const acc = this.acc;
    const m = this.mask;
    const c = this.step * delta;
    for (let k = from; k < to; k++) {
      const i = (feats[k] + salt) & m;
      this.w[i] += delta;
      if (acc) acc[i] += c;
    }
  }

  /** Marks the end of one training instance. */
  tick(): void {
    this.step++;
  }

  /** Replaces the weights with their average over all training steps and stops training. */
  average(): void {
    if (!this.acc) return;
    const acc = this.acc;
    const c = this.step;
    for (let i = 0; i < this.w.length; i++) this.w[i] = this.w[i] - acc[i] / c;
    this.acc = null;
  }

  /** A copy of the averaged weights, leaving training state untouched. */
  averagedCopy(): WeightTable {
    const out = new WeightTable(this.bits, new Float32Array(this.w));
    if (this.acc) {
      const c = this.step;
      for (let i = 0; i < out.w.length; i++) out.w[i] -= this.acc[i] / c;
    }
    return out;
  }
}
