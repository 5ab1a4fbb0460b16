// The attribution model: its weight tables, saving and loading (gzip), and where it lives in the package.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { WeightTable } from './hash.js';
import { DEFAULT_OPTIONS, type AttributionModelOptions } from './options.js';

/** A trained attribution model. */
export interface AttributionModel {
  options: AttributionModelOptions;
  cue: WeightTable;
  source: WeightTable;
  content: WeightTable;
  /**
   * The loaded weights laid out again for decoding (see `inferenceTables`); absent in a model
   * being trained, whose weights change.
   */
  inference?: InferenceTables;
}

/**
 * The content and source weights of each feature side by side in memory (`spans[2 * i]`, `spans[2 * i + 1]`): a
 * cue's window is scored under both tables in one pass, each feature's two weights read together. The values are
 * the same floats, summed in the same order, so the scores are the same. (The cue tagger's three tag weights laid
 * out the same way were no faster: its lookups are not what it waits on.)
 */
export interface InferenceTables {
  /** Null when the content and source tables differ in size. */
  spans: Float32Array | null;
}

/** Lays out a model's weights for decoding. */
export function inferenceTables(source: WeightTable, content: WeightTable): InferenceTables {
  if (source.w.length !== content.w.length) return { spans: null };
  const spans = new Float32Array(content.w.length * 2);
  for (let i = 0; i < content.w.length; i++) {
    spans[i * 2] = content.w[i]!;
    spans[i * 2 + 1] = source.w[i]!;
  }
  return { spans };
}

const MAGIC = 'TRIATTR1';
const MODEL_FILE = 'model.bin.gz';

/** A fresh, untrained model. */
export function emptyModel(options: AttributionModelOptions = DEFAULT_OPTIONS): AttributionModel {
  return {
    options,
    cue: new WeightTable(options.cueBits),
    source: new WeightTable(options.sourceBits),
    content: new WeightTable(options.contentBits),
  };
}

/** The package root: the nearest ancestor of this file holding package.json and models/. */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'models'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`attribution: no package root above ${from}`);
    dir = up;
  }
}

/** Default path of the trained model file. */
export function defaultModelPath(): string {
  return join(packageRoot(), 'models', 'attribution', MODEL_FILE);
}

function quantize(table: WeightTable, pruneFraction: number): { scale: number; data: Int16Array } {
  let max = 0;
  for (const v of table.w) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 32767 : 1;
  const cut = max * pruneFraction;
  const data = new Int16Array(table.w.length);
  for (let i = 0; i < data.length; i++) {
    const v = table.w[i];
    data[i] = Math.abs(v) < cut ? 0 : Math.round(v / scale);
  }
  return { scale, data };
}

/** Serialises a model: a JSON header, then each table's int16 weights, all gzipped. */
export function serializeModel(model: AttributionModel): Buffer {
  const tables = [model.cue, model.source, model.content].map((t) => quantize(t, model.options.pruneFraction));
  const header = Buffer.from(JSON.stringify({ options: model.options, scales: tables.map((t) => t.scale) }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length, 0);
  const parts: Buffer[] = [Buffer.from(MAGIC, 'ascii'), len, header];
  for (const t of tables) parts.push(Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Reads a model serialised by `serializeModel`. */
export function deserializeModel(gz: Buffer): AttributionModel {
  const raw = gunzipSync(gz);
  if (raw.subarray(0, MAGIC.length).toString('ascii') !== MAGIC) throw new Error('attribution: not a model file');
  const hlen = raw.readUInt32LE(MAGIC.length);
  let at = MAGIC.length + 4;
  const header = JSON.parse(raw.subarray(at, at + hlen).toString('utf8')) as {
    options: AttributionModelOptions;
    scales: number[];
  };
  at += hlen;
  const o = header.options;
  const tables = [o.cueBits, o.sourceBits, o.contentBits].map((bits, k) => {
    const n = 1 << bits;
    const copy = new Uint8Array(raw.subarray(at, at + n * 2));
    const data = new Int16Array(copy.buffer, 0, n);
    at += n * 2;
    const w = new Float32Array(n);
    const scale = header.scales[k];
    for (let i = 0; i < n; i++) w[i] = data[i] * scale;
    return new WeightTable(bits, w);
  });
  return { options: o, cue: tables[0], source: tables[1], content: tables[2], inference: inferenceTables(tables[1], tables[2]) };
}

/** Loads the model from `path` (default: models/attribution/model.bin.gz under the package root). */
export function loadAttributionModel(path: string = defaultModelPath()): AttributionModel {
  return deserializeModel(readFileSync(path));
}

/** Writes the model to `path`, creating its folder. */
export function saveAttributionModel(model: AttributionModel, path: string = defaultModelPath()): number {
  const buf = serializeModel(model);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, buf);
  return buf.length;
}
