// A bound on the garbage a long run lets pile up: a full collection once the heap grew past what the last one left by a margin.
//
// Adding to a large store, the live heap stays a few hundred MB, but V8 lets garbage of stored
// forms, rows and snapshots reach two to three times that before it collects, and the process's
// peak memory follows those highs. A run checks the bound between steps and inside the long
// ones (restoring the linker, saving its rows, building snapshots; cheap: one heap statistic)
// and collects when the heap in use passed the live size after the last collection plus a
// margin in proportion to that live size (see HeapMargin). The collector is reached without a flag from the user (V8's own
// `--expose-gc`, set at run time for a fresh context); where that is refused, the bound does nothing.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MB = 1024 * 1024;

/**
 * Heap growth past the last collection's live size that a run lets pass: a share of that live
 * size, kept between a least and a most (bytes). A fixed 192 MB was as large as the live heap
 * adding to a 100k-article store, so the heap in use reached twice the live heap; a margin in
 * proportion keeps the peak in proportion, and a collection costs about what the live heap
 * holds, so the collector's work per byte allocated stays about the same at every size. Chosen
 * (bench/RESULTS.md): `add` of GVA dev peaked at 325-334 MB with it against 422-430 MB with
 * 192 MB fixed, for the same CPU within the repeats' spread.
 */
export interface HeapMargin {
  least: number;
  most: number;
  /** Of the live heap after the last collection. */
  share: number;
}

export const HEAP_MARGIN: HeapMargin = { least: 64 * MB, most: 192 * MB, share: 1 };

function collector(): (() => void) | null {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

export class HeapBound {
  private readonly gc: (() => void) | null;
  private live: number;
  /** Full collections made by this bound. */
  collections = 0;

  /** A margin in bytes (fixed), or one in proportion to the live heap. */
  constructor(readonly margin: number | HeapMargin = HEAP_MARGIN) {
    this.gc = collector();
    this.live = getHeapStatistics().used_heap_size;
  }

  /** The growth let pass now, in bytes. */
  get allowance(): number {
    const m = this.margin;
    return typeof m === 'number' ? m : Math.min(m.most, Math.max(m.least, m.share * this.live));
  }

  /** A full collection now (when the collector is reached); the heap in use after it, in bytes. */
  collect(): number {
    if (this.gc !== null) {
      this.gc();
      this.live = getHeapStatistics().used_heap_size;
    }
    return getHeapStatistics().used_heap_size;
  }

  /** Collects when the heap in use passed the last live size plus the margin; returns whether it did. */
  check(): boolean {
    if (this.gc === null || getHeapStatistics().used_heap_size < this.live + this.allowance) return false;
    this.gc();
    this.collections++;
    this.live = getHeapStatistics().used_heap_size;
    return true;
  }
}
