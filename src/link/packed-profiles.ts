// Saved documents' compact profiles packed one after another in two growing typed arrays, read back as copies.
//
// A linker scores each new article against up to 40 earlier ones that retrieval offers, and those
// may be any document a posting list still names, however old. Held as one object pair each, or
// read back from the store's rows (a lookup, inflating, JSON and term-table lookups per profile),
// that cost grew with the store; packed here, a profile costs its bytes only and reading it back
// is decoding a few hundred small numbers.
//
// The header and term ids of a profile (`ints` up to `countsStart`) are kept as variable-length
// integers, 7 bits a byte: a store of 100,000 articles holds a few million terms, so most ids take
// 3 bytes instead of 4 and the header's counts one. The packed term counts after them are kept as
// they are (4 bytes each), and the weights (`nums`) as doubles, so a profile reads back bit for bit.
import { countsStart, PROFILE_HEADER, type CompactProfile } from './compact.js';
import { grownTo } from './typed-growth.js';

/** Where profiles are decoded before they are copied out. */
let scratch = new Int32Array(1024);

/** Profiles by document number (0, 1, 2, ... in order), each kept once and never changed. */
export class PackedProfiles {
  private bytes8 = new Uint8Array(0);
  private nums = new Float64Array(0);
  /** Per document: where its bytes and nums begin; entry `count` is where the next would begin. */
  private byteAt = new Int32Array(1);
  private numAt = new Int32Array(1);
  private n = 0;

  /** Documents held. */
  get count(): number {
    return this.n;
  }

  /** Bytes of the arrays in use (for measurements). */
  get bytes(): number {
    return this.byteAt[this.n]! + this.numAt[this.n]! * 8 + this.n * 8;
  }

  /** Appends the profile of document number `count`. */
  push(p: CompactProfile): void {
    const ints = p.ints;
    const ids = countsStart(ints);
    let at = this.byteAt[this.n]!;
    // At most 5 bytes a varint (a header's outlet of -1 is kept as 0: every value is kept plus one).
    this.bytes8 = grownTo(this.bytes8, at + ids * 5 + (ints.length - ids) * 4, 4096);
    const b = this.bytes8;
    for (let i = 0; i < ids; i++) {
      let v = (ints[i]! + 1) >>> 0;
      while (v >= 0x80) {
        b[at++] = (v & 0x7f) | 0x80;
        v >>>= 7;
      }
      b[at++] = v;
    }
    for (let i = ids; i < ints.length; i++) {
      const v = ints[i]!;
      b[at++] = v & 0xff;
      b[at++] = (v >>> 8) & 0xff;
      b[at++] = (v >>> 16) & 0xff;
      b[at++] = v >>> 24;
    }
    const j = this.numAt[this.n]!;
    this.nums = grownTo(this.nums, j + p.nums.length, 1024);
    this.nums.set(p.nums, j);
    this.byteAt = grownTo(this.byteAt, this.n + 2, 1024);
    this.numAt = grownTo(this.numAt, this.n + 2, 1024);
    this.n++;
    this.byteAt[this.n] = at;
    this.numAt[this.n] = j + p.nums.length;
  }

  /** The profile of document `d`: its ints decoded anew, its nums a view into the packed array (read them, never write). */
  get(d: number): CompactProfile {
    if (d < 0 || d >= this.n) throw new RangeError(`no packed profile ${d} (${this.n} held)`);
    const b = this.bytes8;
    let at = this.byteAt[d]!;
    const end = this.byteAt[d + 1]!;
    const read = (): number => {
      let v = 0;
      let shift = 0;
      for (;;) {
        const x = b[at++]!;
        v += (x & 0x7f) * 2 ** shift;
        if (x < 0x80) return v - 1;
        shift += 7;
      }
    };
    // Every int takes a byte at least, so the scratch holds them all. The header first: its counts say how
    // many ids follow (see compact.ts); the packed counts take the bytes left.
    if (end - at > scratch.length) scratch = new Int32Array(Math.max(end - at, scratch.length * 2));
    const out = scratch;
    for (let i = 0; i < PROFILE_HEADER; i++) out[i] = read();
    const ids = countsStart(out);
    for (let i = PROFILE_HEADER; i < ids; i++) out[i] = read();
    const words = (end - at) / 4;
    for (let i = ids; i < ids + words; i++, at += 4) out[i] = b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24);
    const ints = out.slice(0, ids + words);
    return { ints, nums: this.nums.subarray(this.numAt[d]!, this.numAt[d + 1]!) };
  }
}
