/**
 * Grouping in one pass. Lookups over the whole base are built with it once: filtering every
 * provision per policy, industry or reference would make builds and checks quadratic in the base.
 */

/**
 * The items under each key that `keysOf` gives them, in the items' order; an item under
 * several keys is listed under each, and once under a key it gives twice.
 */
export function groupByEach<T>(items: Iterable<T>, keysOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items)
    for (const key of new Set(keysOf(item))) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  return groups;
}

/** The items under the key `keyOf` gives each, in the items' order. */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  return groupByEach(items, (item) => [keyOf(item)]);
}

/** The keys that more than one item has. */
export function duplicateKeys<T>(items: Iterable<T>, keyOf: (item: T) => string): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const item of items) {
    const key = keyOf(item);
    (seen.has(key) ? twice : seen).add(key);
  }
  return twice;
}
