// Large JSON state in parts: arrays too long for one string are cut into slices, each serialised on its own.
//
// A JavaScript string holds at most about 512 million characters, so a linker state of a few
// hundred thousand articles cannot be one JSON text. The state is kept as a small skeleton in
// which every long array is a reference to the parts that hold its slices.

/** Key of the object that stands for a long array in the skeleton: [first part, number of parts]. */
const MARK = '$parts';

/** Elements of a long array per part; a part of linker documents stays in the tens of megabytes. */
export const PART_ITEMS = 2000;

/** The value as JSON texts: the skeleton first, then the slices of its long arrays. */
export function toParts(value: unknown, maxItems = PART_ITEMS): string[] {
  const parts: string[] = [''];
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      if (v.length <= maxItems) return v.map(walk);
      const first = parts.length;
      for (let i = 0; i < v.length; i += maxItems) parts.push(JSON.stringify(v.slice(i, i + maxItems)));
      return { [MARK]: [first, parts.length - first] };
    }
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  parts[0] = JSON.stringify(walk(value));
  return parts;
}

/** The value that `toParts` cut up. */
export function fromParts(parts: readonly string[]): unknown {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const ref = o[MARK];
      if (Array.isArray(ref) && Object.keys(o).length === 1) {
        const [first, count] = ref as [number, number];
        const out: unknown[] = [];
        for (let i = first; i < first + count; i++) {
          const slice = parts[i];
          if (slice === undefined) throw new Error(`state part ${i} is missing`);
          for (const x of JSON.parse(slice) as unknown[]) out.push(x);
        }
        return out;
      }
      for (const k of Object.keys(o)) o[k] = walk(o[k]);
      return o;
    }
    return v;
  };
  if (parts.length === 0) throw new Error('a state in parts has no skeleton');
  return walk(JSON.parse(parts[0]!));
}
