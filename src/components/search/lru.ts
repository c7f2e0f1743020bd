/** Maps used as caches of the most recently used entries, up to a limit. */

/** The value kept under `key`, made the most recently used. */
export function recall<V>(map: Map<string, V>, key: string): V | undefined {
  const value = map.get(key);
  if (value !== undefined) {
    map.delete(key);
    map.set(key, value);
  }
  return value;
}

/** Keeps `value` under `key` as the most recently used, dropping the least recently used past `limit`. */
export function keep<V>(map: Map<string, V>, key: string, value: V, limit: number): V {
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value ?? '');
  return value;
}
