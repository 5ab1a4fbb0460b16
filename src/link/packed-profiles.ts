// Saved documents' compact profiles packed one after another in two growing typed arrays, read back as views.
//
// A linker scores each new article against up to 40 earlier ones that retrieval offers, and those
// may be any document a posting list still names, however old. Held as one object pair each, or
// read back from the store's rows (a lookup, inflating, JSON and term-table lookups per profile),
// that cost grew with the store; packed here, a profile costs its bytes only (ids and counts,
// about 1 KB for a news article) and reading it is two views.
import { grownTo } from './typed-growth.js';
import type { CompactProfile } from './compact.js';

/** Profiles by document number (0, 1, 2, ... in order), each kept once and never changed. */
export class PackedProfiles {
  private ints = new Int32Array(0);
  private nums = new Float64Array(0);
  /** Per document: where its ints and nums begin; entry `count` is where the next would begin. */
  private intAt = new Int32Array(1);
  private numAt = new Int32Array(1);
  private n = 0;

  /** Documents held. */
  get count(): number {
    return this.n;
  }

  /** Bytes of the arrays in use (for measurements). */
  get bytes(): number {
    return this.intAt[this.n]! * 4 + this.numAt[this.n]! * 8 + this.n * 8;
  }

  /** Appends the profile of document number `count`. */
  push(p: CompactProfile): void {
    const i = this.intAt[this.n]!;
    const j = this.numAt[this.n]!;
    this.ints = grownTo(this.ints, i + p.ints.length, 1024);
    this.nums = grownTo(this.nums, j + p.nums.length, 1024);
    this.ints.set(p.ints, i);
    this.nums.set(p.nums, j);
    this.intAt = grownTo(this.intAt, this.n + 2, 1024);
    this.numAt = grownTo(this.numAt, this.n + 2, 1024);
    this.n++;
    this.intAt[this.n] = i + p.ints.length;
    this.numAt[this.n] = j + p.nums.length;
  }

  /** The profile of document `d` (views into the packed arrays: read them, never write). */
  get(d: number): CompactProfile {
    if (d < 0 || d >= this.n) throw new RangeError(`no packed profile ${d} (${this.n} held)`);
    return { ints: this.ints.subarray(this.intAt[d]!, this.intAt[d + 1]!), nums: this.nums.subarray(this.numAt[d]!, this.numAt[d + 1]!) };
  }
}
