// The process's one table of terms and their integer ids, with the strings packed in a typed array.
//
// Linking a large store meets millions of distinct terms (names, rare words): held as JavaScript
// strings in a Map with an array beside it they cost about 100 bytes each, here about 30 (the
// UTF-16 code units, where each begins, and a slot of an open-addressing hash table of ids).
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

/**
 * A term (or `@name`, or any other key) and its integer id. Strings beginning with `@` are looked
 * up by what follows it too, so a name is found without building `@name` first.
 */
export class TermTable {
  /** Code units of every term, one after another. */
  private units = new Uint16Array(1 << 16);
  private used = 0;
  /** Per id: where its code units begin; entry `size` is where the next term would begin. */
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

  /** Whether term `id` is `prefix` (or nothing when -1) followed by `s`. */
  private equals(id: number, prefix: number, s: string): boolean {
    let at = this.starts[id]!;
    const end = this.starts[id + 1]!;
    if (end - at !== s.length + (prefix >= 0 ? 1 : 0)) return false;
    if (prefix >= 0 && this.units[at++] !== prefix) return false;
    for (let i = 0; i < s.length; i++) if (this.units[at + i] !== s.charCodeAt(i)) return false;
    return true;
  }

  /** The slot of `prefix` + `s`: holding its id plus one, or empty (0). */
  private slot(prefix: number, s: string, h: number): number {
    const mask = this.slots.length - 1;
    let i = h & mask;
    for (;;) {
      const e = this.slots[i]!;
      if (e === 0 || this.equals(e - 1, prefix, s)) return i;
      i = (i + 1) & mask;
    }
  }

  private lookup(prefix: number, s: string, add: boolean): number {
    const h = hashOf(prefix, s);
    let i = this.slot(prefix, s, h);
    const e = this.slots[i]!;
    if (e !== 0) return e - 1;
    if (!add) return -1;
    if ((this.count + 1) * 2 > this.slots.length) {
      this.rehash();
      i = this.slot(prefix, s, h);
    }
    const n = s.length + (prefix >= 0 ? 1 : 0);
    if (this.used + n > this.units.length) {
      let m = this.units.length;
      while (m < this.used + n) m = Math.ceil(m * 1.5);
      const next = new Uint16Array(m);
      next.set(this.units.subarray(0, this.used));
      this.units = next;
    }
    if (this.count + 2 > this.starts.length) {
      const next = new Int32Array(Math.ceil(this.starts.length * 1.5));
      next.set(this.starts);
      this.starts = next;
    }
    let at = this.used;
    if (prefix >= 0) this.units[at++] = prefix;
    for (let k = 0; k < s.length; k++) this.units[at + k] = s.charCodeAt(k);
    this.used += n;
    const id = this.count++;
    this.starts[this.count] = this.used;
    this.slots[i] = id + 1;
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.count; id++) {
      let h = 0x811c9dc5;
      for (let k = this.starts[id]!; k < this.starts[id + 1]!; k++) h = Math.imul(h ^ this.units[k]!, 0x01000193);
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
    let out = '';
    // In pieces: String.fromCharCode takes a bounded number of arguments.
    for (let at = from; at < to; at += 4096) out += String.fromCharCode(...this.units.subarray(at, Math.min(to, at + 4096)));
    return out;
  }
}
