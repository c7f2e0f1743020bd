/**
 * What a query that finds nothing is closest to: the policies whose titles share the most pairs
 * of adjacent characters with its words (无人机管理 → 无人驾驶航空器公共安全管理规定 by 管理; 河长 →
 * 浙江省河长制规定). Pairs, not words: a title and a query need not be cut alike. Pure.
 */

/** A policy as the search form lists it: its id and short title. */
export interface TitledPolicy {
  id: string;
  title: string;
}

/** Most policies offered. */
export const MAX_CLOSEST = 5;

/** The distinct pairs of adjacent Han characters of a word (河长制 → 河长, 长制). */
function pairs(word: string): string[] {
  const chars = Array.from(word.replace(/[^\p{Script=Han}]/gu, ''));
  return [...new Set(chars.slice(1).map((c, i) => `${chars[i] ?? ''}${c}`))];
}

/**
 * The policies whose titles share a pair of characters with the query's words, most pairs first,
 * then the shorter title (the more specific), at most `max`; none when no title shares one.
 */
export function closestPolicies(
  words: readonly string[],
  policies: readonly TitledPolicy[],
  max = MAX_CLOSEST,
): TitledPolicy[] {
  const wanted = [...new Set(words.flatMap(pairs))];
  if (wanted.length === 0) return [];
  return policies
    .map((p) => ({ p, n: wanted.filter((w) => p.title.includes(w)).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || a.p.title.length - b.p.title.length)
    .slice(0, max)
    .map((x) => x.p);
}
