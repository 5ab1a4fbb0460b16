// Values made once per key and kept for the keys asked last: a story asks the same names, numbers and texts many
// times, and the cache is cleared whole once it holds its limit, so memory stays bounded over any number of stories.
export class BoundedCache<K, V> {
  private readonly values = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The value of `key`, made by `make` the first time it is asked since the cache was last cleared. */
  get(key: K, make: (key: K) => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = make(key);
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(key, value);
    }
    return value;
  }
}
