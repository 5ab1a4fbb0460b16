// The process's one table of terms and their integer ids, with the strings packed in a typed array.
//
// Linking a large store meets millions of distinct terms (names, rare words): held as JavaScript
// strings in a Map with an array beside it they cost about 100 bytes each, here about 20 (a byte
// per code unit below 255, where each term begins, and a slot of an open-addressing hash table of
// ids filled up to three quarters).
// Ids are given in the order terms are first seen, so they are the same as before for the same
// lookups; `str` makes the string again when asked.

/** 32-bit FNV-1a of `prefix` (a code unit, or -1 for none) followed by the code units of `s`. */
function hashOf(prefix: number, s: string): number {
  let h = 0x811c9dc5;
  if (prefix >= 0) h = Math.imul(h ^ prefix, 0x01000193);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const AT = 64;

/** A code unit of 255 or more is kept as this byte and the unit's two bytes (high first). */
const WIDE = 0xff;

/** Bytes a code unit takes in the table. */
function unitBytes(c: number): number {
  return c < WIDE ? 1 : 3;
}

/**
 * A term (or `@name`, or any other key) and its integer id. Strings beginning with `@` are looked
 * up by what follows it too, so a name is found without building `@name` first.
 */
export class TermTable {
  /** Code units of every term, one after another: a byte each, or three (see WIDE). */
  private units = new Uint8Array(1 << 16);
  private used = 0;
  /** Per id: where its bytes begin; entry `size` is where the next term would begin. */
  private starts = new Int32Array(1 << 12);
  private count = 0;
  /** Open addressing by hash: id plus one (0: empty). */
  private slots = new Int32Array(1 << 13);

  get size(): number {
    return this.count;
  }

  /** Bytes of the arrays (for measurements). */
  get bytes(): number {
    return this.units.byteLength + this.starts.byteLength + this.slots.byteLength;
  }

  /** Whether term `id` is `prefix` (or nothing when -1) followed by `s`, which take `n` bytes in the table. */
  private equals(id: number, prefix: number, s: string, n: number): boolean {
    const u = this.units;
    let at = this.starts[id]!;
    if (this.starts[id + 1]! - at !== n) return false;
    if (prefix >= 0) {
      if (this.unitAt(at) !== prefix) return false;
      at = this.nextAt;
    }
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < WIDE) {
        if (u[at++] !== c) return false;
      } else {
        if (u[at] !== WIDE || ((u[at + 1]! << 8) | u[at + 2]!) !== c) return false;
        at += 3;
      }
    }
    return true;
  }

  /** The slot of `prefix` + `s` (`n` bytes): holding its id plus one, or empty (0). */
  private slot(prefix: number, s: string, n: number, h: number): number {
    const mask = this.slots.length - 1;
    let i = h & mask;
    for (;;) {
      const e = this.slots[i]!;
      if (e === 0 || this.equals(e - 1, prefix, s, n)) return i;
      i = (i + 1) & mask;
    }
  }

  private lookup(prefix: number, s: string, add: boolean): number {
    const h = hashOf(prefix, s);
    let n = prefix >= 0 ? unitBytes(prefix) : 0;
    for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= WIDE) n += 2;
    n += s.length;
    let i = this.slot(prefix, s, n, h);
    const e = this.slots[i]!;
    if (e !== 0) return e - 1;
    if (!add) return -1;
    if ((this.count + 1) * 4 > this.slots.length * 3) {
      this.rehash();
      i = this.slot(prefix, s, n, h);
    }
    if (this.used + n > this.units.length) {
      let m = this.units.length;
      while (m < this.used + n) m = Math.ceil(m * 1.5);
      const next = new Uint8Array(m);
      next.set(this.units.subarray(0, this.used));
      this.units = next;
    }
    if (this.count + 2 > this.starts.length) {
      const next = new Int32Array(Math.ceil(this.starts.length * 1.5));
      next.set(this.starts);
      this.starts = next;
    }
    let at = this.used;
    const put = (c: number): void => {
      if (c < WIDE) this.units[at++] = c;
      else {
        this.units[at++] = WIDE;
        this.units[at++] = c >> 8;
        this.units[at++] = c & 0xff;
      }
    };
    if (prefix >= 0) put(prefix);
    for (let k = 0; k < s.length; k++) put(s.charCodeAt(k));
    this.used = at;
    const id = this.count++;
    this.starts[this.count] = this.used;
    this.slots[i] = id + 1;
    return id;
  }

  /** The code unit at byte `at` of the table, and where the next begins (through `this.nextAt`). */
  private nextAt = 0;
  private unitAt(at: number): number {
    const u = this.units;
    if (u[at] !== WIDE) {
      this.nextAt = at + 1;
      return u[at]!;
    }
    this.nextAt = at + 3;
    return (u[at + 1]! << 8) | u[at + 2]!;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.count; id++) {
      let h = 0x811c9dc5;
      const end = this.starts[id + 1]!;
      for (let k = this.starts[id]!; k < end; k = this.nextAt) h = Math.imul(h ^ this.unitAt(k), 0x01000193);
      let i = (h >>> 0) & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = id + 1;
    }
    this.slots = slots;
  }

  id(s: string): number {
    return this.lookup(-1, s, true);
  }

  /** The id of `@` + name. */
  nameId(name: string): number {
    return this.lookup(AT, name, true);
  }

  /** The id of a string already in the table, or -1. */
  find(s: string): number {
    return this.lookup(-1, s, false);
  }

  str(id: number): string {
    if (!(id >= 0 && id < this.count)) throw new RangeError(`no term ${id} (${this.count} held)`);
    const from = this.starts[id]!;
    const to = this.starts[id + 1]!;
    // A short term of bytes alone (most are) made a character at a time: spreading the bytes into the call costs more.
    if (to - from <= 64) {
      const u = this.units;
      let out = '';
      let at = from;
      for (; at < to; at++) {
        const c = u[at]!;
        if (c === WIDE) break;
        out += String.fromCharCode(c);
      }
      if (at === to) return out;
    }
    if (to - from <= 4096 && !this.units.subarray(from, to).includes(WIDE)) return String.fromCharCode(...this.units.subarray(from, to));
    const units: number[] = [];
    for (let at = from; at < to; at = this.nextAt) units.push(this.unitAt(at));
    let out = '';
    // In pieces: String.fromCharCode takes a bounded number of arguments.
    for (let at = 0; at < units.length; at += 4096) out += String.fromCharCode(...units.slice(at, at + 4096));
    return out;
  }
}
