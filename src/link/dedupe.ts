// Near-duplicate and syndication detection: word-shingle MinHash with LSH banding, verified by exact Jaccard.
import { RecentlyUsed, type RowReader } from './compact.js';
import { mix32, dateMs, plainWords } from './text-features.js';

/** Tuned constants of the duplicate pass. */
export interface DuplicateOptions {
  /** Words per shingle. 5 is the usual choice for news near-duplicates (Broder; trafilatura uses similar). */
  shingleSize: number;
  /** MinHash values per document; must equal `bands * rows`. 128 keeps signatures at 512 bytes. */
  bands: number;
  /** Rows per band. 32 bands of 4 rows give an LSH threshold near (1/32)^(1/4) = 0.42, so a pair at
   *  Jaccard 0.8 becomes a candidate with probability 1 - (1 - 0.8^4)^32 > 0.9999. */
  rows: number;
  /** Exact Jaccard of shingle sets at or above which two documents are copies. 0.8 as in the brief;
   *  a re-introduced wire copy of ten sentences or more stays above it. */
  threshold: number;
  /** Documents with fewer shingles are not indexed: too short to call a copy. Chosen, not tuned. */
  minShingles: number;
  /** Largest LSH bucket kept; bounds the work of one insertion when boilerplate texts pile up. Chosen. */
  maxBucket: number;
  /** Seed of all hash functions, fixed so signatures are stable across runs and machines. */
  seed: number;
}

export const DEFAULT_DUPLICATE_OPTIONS: Readonly<DuplicateOptions> = {
  shingleSize: 5,
  bands: 32,
  rows: 4,
  threshold: 0.8,
  minShingles: 8,
  maxBucket: 500,
  seed: 0x7a1e,
};

/** A document offered to the index. */
export interface DuplicateInput {
  id: string;
  text: string;
  /** Publication date (ISO 8601), or null when unknown; dated copies rank before undated ones. */
  published: string | null;
  /** The text's shingles and MinHash signature under this index's options, when made ahead (see inputs.ts). */
  shingles?: Uint32Array;
  signature?: Uint32Array;
}

/** A verified near-copy. */
export interface CopyLink {
  id: string;
  /** Exact Jaccard similarity of the two documents' shingle sets. */
  similarity: number;
}

/** What `add` found for a document that has near-copies in the index. */
export interface DuplicateMatch {
  /** The document just added. */
  id: string;
  /** The earliest of its copies (by published date, then insertion order) when that copy precedes it;
   *  null when the added document is itself the earliest, in which case `rederived` lists the copies
   *  that now derive from it. */
  syndicatedFrom: string | null;
  /** Exact Jaccard with `syndicatedFrom`, or with the closest copy when that is null. */
  similarity: number;
  /** Every verified copy already in the index, earliest first. */
  copies: CopyLink[];
  /** Documents whose `derivesFrom` changed to the added document because it is earlier than their source. */
  rederived: string[];
  /** Rule id of the decision. */
  rule: 'dedupe/minhash-jaccard';
}

/** Per-document state: enough to rebuild the LSH buckets and to verify candidates exactly. */
export interface DuplicateRecord {
  id: string;
  published: string | null;
  /** Insertion rank, the tie-breaker after the date. */
  seq: number;
  /** Sorted distinct 32-bit shingle hashes, base64 of a little-endian Uint32Array. */
  shingles: string;
  /** MinHash signature, base64 of a little-endian Uint32Array. */
  signature: string;
  /** The earlier copy this document derives from, with their similarity. */
  derivesFrom: CopyLink | null;
}

/** Serialised form of a `DuplicateIndex`. */
export interface DuplicateState {
  version: 1;
  options: DuplicateOptions;
  records: DuplicateRecord[];
}

interface Entry {
  id: string;
  published: string | null;
  time: number;
  seq: number;
  /** Null once dropped from memory: read back from the document's saved row when needed (see `readRowsFrom`). */
  shingles: Uint32Array | null;
  /** Its number in the LSH buckets. */
  number: number;
  /** The MinHash signature until its row is saved (it is made again from the shingles if the row is written anew). */
  signature: Uint32Array | null;
  derivesFrom: CopyLink | null;
}

/**
 * LSH buckets in typed arrays: per band, an open-addressing table from the band's 32-bit hash to a
 * chain of bucket entries, each the number of an indexed document; a bucket's entries read back in
 * the order added, and a bucket takes at most `max` of them. A slot is 8 bytes (hash and first
 * entry); a bucket's last entry and size are found by walking its chain, which is one entry long
 * for nearly every bucket (a bucket holds the documents that share a whole band). A bucket of one
 * document keeps it in its slot (as minus the number, minus one) and takes no chain entry.
 */
class BandTable {
  /** Per band: the hash of each slot, and its first chain entry plus one (0: empty slot). */
  private readonly keys: Uint32Array[] = [];
  private readonly head: Int32Array[] = [];
  private readonly used: number[] = [];
  /** Chain entries: the document number and the next entry plus one (0: none). */
  private doc: Int32Array = new Int32Array(1 << 12);
  private next: Int32Array = new Int32Array(1 << 12);
  private entries = 0;

  constructor(private readonly max: number) {}

  private band(b: number): void {
    while (this.keys.length <= b) {
      this.keys.push(new Uint32Array(1 << 8));
      this.head.push(new Int32Array(1 << 8));
      this.used.push(0);
    }
  }

  private static slot(keys: Uint32Array, head: Int32Array, h: number): number {
    const mask = keys.length - 1;
    let i = mix32(h) & mask;
    while (head[i] !== 0 && keys[i] !== h) i = (i + 1) & mask;
    return i;
  }

  /** Calls `fn` with each document of the bucket of band key `key` (band * 2^32 + hash), in the order added. */
  forEach(key: number, fn: (doc: number) => void): void {
    const b = Math.floor(key / 0x1_0000_0000);
    if (b >= this.keys.length) return;
    const head = this.head[b]!;
    const i = BandTable.slot(this.keys[b]!, head, key % 0x1_0000_0000);
    if (head[i]! < 0) {
      fn(-head[i]! - 1);
      return;
    }
    for (let e = head[i]!; e !== 0; e = this.next[e - 1]!) fn(this.doc[e - 1]!);
  }

  /** A new chain entry for `doc`, last of its chain. */
  private entry(doc: number): number {
    if (this.entries === this.doc.length) {
      this.doc = grown(this.doc);
      this.next = grown(this.next);
    }
    const e = ++this.entries;
    this.doc[e - 1] = doc;
    this.next[e - 1] = 0;
    return e;
  }

  add(key: number, doc: number): void {
    const b = Math.floor(key / 0x1_0000_0000);
    const h = key % 0x1_0000_0000;
    this.band(b);
    let i = BandTable.slot(this.keys[b]!, this.head[b]!, h);
    const head = this.head[b]!;
    if (head[i] === 0) {
      if ((this.used[b]! + 1) * 4 > this.keys[b]!.length * 3) {
        this.grow(b);
        i = BandTable.slot(this.keys[b]!, this.head[b]!, h);
      }
      this.used[b]!++;
      this.keys[b]![i] = h;
      this.head[b]![i] = -(doc + 1);
      return;
    }
    if (head[i]! < 0) {
      // A second document: the bucket's first moves to a chain.
      if (this.max <= 1) return;
      head[i] = this.entry(-head[i]! - 1);
    }
    let size = 1;
    let last = head[i]!;
    for (; this.next[last - 1] !== 0; last = this.next[last - 1]!) size++;
    if (size >= this.max) return;
    this.next[last - 1] = this.entry(doc);
  }

  /** Bytes of the arrays (for measurements). */
  get bytes(): number {
    let n = this.doc.byteLength + this.next.byteLength;
    for (let b = 0; b < this.keys.length; b++) n += this.keys[b]!.byteLength + this.head[b]!.byteLength;
    return n;
  }

  private grow(b: number): void {
    const keys = this.keys[b]!;
    const head = this.head[b]!;
    const nextKeys = new Uint32Array(keys.length * 2);
    const nextHead = new Int32Array(keys.length * 2);
    for (let j = 0; j < keys.length; j++) {
      if (head[j] === 0) continue;
      const i = BandTable.slot(nextKeys, nextHead, keys[j]!);
      nextKeys[i] = keys[j]!;
      nextHead[i] = head[j]!;
    }
    this.keys[b] = nextKeys;
    this.head[b] = nextHead;
  }
}

function grown(a: Int32Array): Int32Array {
  const out = new Int32Array(Math.ceil(a.length * 1.5));
  out.set(a);
  return out;
}

function encode(a: Uint32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

function decode(s: string): Uint32Array {
  const b = Buffer.from(s, 'base64');
  const out = new Uint32Array(b.byteLength / 4);
  if (LITTLE_ENDIAN) new Uint8Array(out.buffer).set(b.subarray(0, out.length * 4));
  else for (let i = 0; i < out.length; i++) out[i] = b.readUInt32LE(i * 4);
  return out;
}

/** Sorted distinct hashes of the word n-shingles of a text (the whole text is one shingle when shorter). */
export function shingleHashes(text: string, size: number, seed: number): Uint32Array {
  const words = plainWords(text);
  const set = new Set<number>();
  const count = Math.max(words.length > 0 ? 1 : 0, words.length - size + 1);
  // hash32 of each shingle's words joined by spaces, read from the words themselves (no string made per shingle).
  for (let i = 0; i < count; i++) {
    let h = (0x811c9dc5 ^ seed) >>> 0;
    const end = Math.min(words.length, i + size);
    for (let k = i; k < end; k++) {
      if (k > i) h = Math.imul(h ^ 32, 0x01000193);
      const w = words[k]!;
      for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193);
    }
    set.add(mix32(h));
  }
  return Uint32Array.from(set).sort();
}

/** MinHash signature over a family of seeded bijections x -> mix32(x ^ seed_i). */
export function minhash(shingles: Uint32Array, length: number, seed: number): Uint32Array {
  const seeds = new Uint32Array(length);
  for (let i = 0; i < length; i++) seeds[i] = mix32((seed + 0x9e3779b9 * (i + 1)) >>> 0);
  const sig = new Uint32Array(length);
  // Each seed's least value over all shingles, kept in a local while the shingles pass.
  for (let i = 0; i < length; i++) {
    const seed = seeds[i]!;
    let least = 0xffffffff;
    for (let k = 0; k < shingles.length; k++) {
      const h = mix32((shingles[k]! ^ seed) >>> 0);
      if (h < least) least = h;
    }
    sig[i] = least;
  }
  return sig;
}

/** Exact Jaccard similarity of two sorted distinct arrays. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - both;
  return union === 0 ? 0 : both / union;
}

/** An incremental index of documents that finds near-copies without comparing every pair. */
export class DuplicateIndex {
  readonly options: DuplicateOptions;
  private readonly entries = new Map<string, Entry>();
  /** Indexed documents by number, in the order indexed. */
  private readonly indexed: Entry[] = [];
  /** LSH buckets by band and band hash (band * 2^32 + hash). */
  private readonly buckets: BandTable;
  private seq = 0;
  /** Documents added or re-derived since `markSaved`. */
  private readonly changed = new Set<string>();

  constructor(options: Partial<DuplicateOptions> = {}) {
    this.options = { ...DEFAULT_DUPLICATE_OPTIONS, ...options };
    if (!Number.isInteger(this.options.bands * this.options.rows) || this.options.bands < 1 || this.options.rows < 1) {
      throw new RangeError('bands and rows must be positive integers');
    }
    this.buckets = new BandTable(this.options.maxBucket);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Adds a document; returns its verified copies and which one it derives from, or null when it has none. */
  add(doc: DuplicateInput): DuplicateMatch | null {
    if (this.entries.has(doc.id)) throw new Error(`document ${doc.id} is already in the duplicate index`);
    const o = this.options;
    const shingles = doc.shingles ?? shingleHashes(doc.text, o.shingleSize, o.seed);
    const signature = doc.signature ?? minhash(shingles, o.bands * o.rows, o.seed);
    const entry: Entry = { id: doc.id, published: doc.published, time: dateMs(doc.published) ?? Infinity, seq: this.seq++, shingles, number: -1, signature, derivesFrom: null };
    if (shingles.length < o.minShingles) return null;
    const copies = this.verify(entry, this.candidates(signature));
    this.entries.set(entry.id, entry);
    this.changed.add(entry.id);
    this.index(entry);
    if (copies.length === 0) return null;
    copies.sort((a, b) => earlier(this.entries.get(a.id)!, this.entries.get(b.id)!));
    const first = this.entries.get(copies[0]!.id)!;
    const rederived: string[] = [];
    if (earlier(first, entry) < 0) {
      entry.derivesFrom = copies[0]!;
    } else {
      for (const c of copies) {
        const other = this.entries.get(c.id)!;
        const current = other.derivesFrom === null ? null : this.entries.get(other.derivesFrom.id);
        if (current === null || current === undefined || earlier(entry, current) < 0) {
          other.derivesFrom = { id: entry.id, similarity: c.similarity };
          this.changed.add(other.id);
          rederived.push(other.id);
        }
      }
    }
    const closest = copies.reduce((a, b) => (b.similarity > a.similarity ? b : a));
    return {
      id: entry.id,
      syndicatedFrom: entry.derivesFrom?.id ?? null,
      similarity: entry.derivesFrom?.similarity ?? closest.similarity,
      copies,
      rederived,
      rule: 'dedupe/minhash-jaccard',
    };
  }

  /** The copy a document derives from directly, or null when it is an original (or unknown). */
  derivesFrom(id: string): CopyLink | null {
    return this.entries.get(id)?.derivesFrom ?? null;
  }

  /** The original at the end of a document's chain of copies (the document itself when it is one). */
  originOf(id: string): string {
    let cur = id;
    const seen = new Set<string>();
    for (;;) {
      const next = this.entries.get(cur)?.derivesFrom;
      if (next === null || next === undefined || seen.has(next.id)) return cur;
      seen.add(cur);
      cur = next.id;
    }
  }

  /** The state of one document, for a store that persists signatures per article. */
  record(id: string): DuplicateRecord | null {
    const e = this.entries.get(id);
    return e === undefined ? null : this.toRecord(e);
  }

  /** One row per document added or re-derived since `markSaved` (every document when `all`), in insertion order. */
  rows(all = false): { key: string; data: string }[] {
    const list = all ? [...this.entries.values()] : [...this.changed].map((id) => this.entries.get(id)!);
    list.sort((a, b) => a.seq - b.seq);
    return list.map((e) => ({ key: e.id, data: JSON.stringify(this.toRecord(e)) }));
  }

  /** Forgets which documents changed: their rows are saved. */
  markSaved(): void {
    // Saved rows hold the signatures: they are made again from the shingles if a row is written anew.
    for (const id of this.changed) {
      const e = this.entries.get(id)!;
      e.signature = null;
      if (e.shingles !== null) this.keep(e);
    }
    this.changed.clear();
  }

  /** Puts back one document's row written by `rows`; rows come back in the order first written, which is insertion order. */
  restoreRow(data: string): void {
    const r = JSON.parse(data) as DuplicateRecord;
    if (r.seq < this.seq) throw new Error(`duplicate index row ${r.id} is out of insertion order`);
    this.restore(r);
  }

  toJSON(): DuplicateState {
    return { version: 1, options: { ...this.options }, records: [...this.entries.values()].map((e) => this.toRecord(e)) };
  }

  static fromJSON(state: DuplicateState): DuplicateIndex {
    if (state.version !== 1) throw new Error(`unsupported duplicate index state version ${String(state.version)}`);
    const out = new DuplicateIndex(state.options);
    for (const r of [...state.records].sort((a, b) => a.seq - b.seq)) out.restore(r);
    return out;
  }

  /**
   * Puts back one persisted record (records must come in insertion order). With a row reader, its
   * shingle set stays in the row until a candidate needs it: restoring a large store decodes no
   * shingle sets only to drop all but the last few thousand.
   */
  restore(r: DuplicateRecord): void {
    const e: Entry = {
      id: r.id,
      published: r.published,
      time: dateMs(r.published) ?? Infinity,
      seq: r.seq,
      shingles: this.reader === null ? decode(r.shingles) : null,
      number: -1,
      signature: decode(r.signature),
      derivesFrom: r.derivesFrom,
    };
    this.entries.set(e.id, e);
    this.index(e);
    // Its saved row holds the signature.
    e.signature = null;
    this.seq = Math.max(this.seq, r.seq + 1);
  }

  // Shingle sets of saved documents in memory: with a row reader, only the most recently used
  // `limit`; the others are read back from their rows when LSH offers them as candidates.

  private reader: RowReader | null = null;
  private recent: RecentlyUsed | null = null;

  /**
   * Keeps at most `limit` saved documents' shingle sets in memory from now on, reading the others
   * from their saved rows with `read` (the document's row by its id). Null: every set stays.
   */
  readRowsFrom(read: RowReader | null, limit: number): void {
    this.reader = read;
    if (read === null) {
      this.recent = null;
      for (const e of this.indexed) this.shinglesOf(e);
      return;
    }
    if (this.recent === null || this.recent.limit !== limit) {
      this.recent = new RecentlyUsed(limit);
      for (const e of this.indexed) if (e.shingles !== null && !this.changed.has(e.id)) this.keep(e);
    }
  }

  /** Bytes of the LSH buckets' arrays (for measurements). */
  get bucketBytes(): number {
    return this.buckets.bytes;
  }

  /** Shingle sets held in memory now (for tests and measurements). */
  get shinglesInMemory(): number {
    let n = 0;
    for (const e of this.indexed) if (e.shingles !== null) n++;
    return n;
  }

  private keep(e: Entry): void {
    this.recent?.touch(e.number, (j) => {
      this.indexed[j]!.shingles = null;
    });
  }

  private shinglesOf(e: Entry): Uint32Array {
    if (e.shingles !== null) {
      if (!this.changed.has(e.id)) this.keep(e);
      return e.shingles;
    }
    const data = this.reader?.(e.id) ?? null;
    if (data === null) throw new Error(`the saved row of document ${e.id} is missing`);
    const r = JSON.parse(data) as DuplicateRecord;
    if (r.id !== e.id || r.seq !== e.seq) throw new Error(`the saved row of document ${e.id} is not its own`);
    e.shingles = decode(r.shingles);
    this.keep(e);
    return e.shingles;
  }

  private toRecord(e: Entry): DuplicateRecord {
    return { id: e.id, published: e.published, seq: e.seq, shingles: encode(this.shinglesOf(e)), signature: encode(this.signatureOf(e)), derivesFrom: e.derivesFrom };
  }

  private bandKeys(signature: Uint32Array): number[] {
    const { bands, rows } = this.options;
    const keys: number[] = [];
    for (let b = 0; b < bands; b++) {
      let h = b;
      for (let r = 0; r < rows; r++) h = mix32((h ^ signature[b * rows + r]!) >>> 0);
      keys.push(b * 0x1_0000_0000 + h);
    }
    return keys;
  }

  private candidates(signature: Uint32Array): Set<string> {
    const out = new Set<string>();
    for (const k of this.bandKeys(signature)) this.buckets.forEach(k, (d) => out.add(this.indexed[d]!.id));
    return out;
  }

  private verify(entry: Entry, ids: Set<string>): CopyLink[] {
    const out: CopyLink[] = [];
    for (const id of ids) {
      const other = this.entries.get(id)!;
      const similarity = jaccard(entry.shingles!, this.shinglesOf(other));
      if (similarity >= this.options.threshold) out.push({ id, similarity });
    }
    return out;
  }

  private index(e: Entry): void {
    const d = this.indexed.length;
    e.number = d;
    this.indexed.push(e);
    for (const k of this.bandKeys(this.signatureOf(e))) this.buckets.add(k, d);
  }

  private signatureOf(e: Entry): Uint32Array {
    return e.signature ?? minhash(this.shinglesOf(e), this.options.bands * this.options.rows, this.options.seed);
  }
}

/** Orders two entries by published date (undated last), then insertion order. */
function earlier(a: { time: number; seq: number }, b: { time: number; seq: number }): number {
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  return a.seq - b.seq;
}


