/**
 * `compute`, remembered per key in a Map that is emptied when it reaches
 * `limit` entries: for values asked for over and over (day names, normalised
 * region names) by code that may run for a long time on a page.
 */
export function boundedMemo<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
