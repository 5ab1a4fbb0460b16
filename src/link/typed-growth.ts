// Growing the typed arrays the linker keeps per term, document and bucket: by half, not doubling,
// since a large store holds millions of entries and a doubled array wastes up to half of them.

type Growable = Int32Array | Float64Array | Uint8Array;

/** `a` itself when it holds `n` entries, else a copy grown by half until it does (at least `least` long). */
export function grownTo<T extends Growable>(a: T, n: number, least = 16): T {
  if (n <= a.length) return a;
  let m = Math.max(least, a.length);
  while (m < n) m = Math.ceil(m * 1.5);
  const out = new (a.constructor as new (length: number) => T)(m);
  out.set(a);
  return out;
}
