/**
 * Relaxed search. Pagefind ANDs a query's terms, so "绿色工厂 单项冠军" (two clauses) finds
 * nothing; then each term is searched alone and the pages are merged, those matching more
 * terms first and, among them, by the sum of their scores.
 */

/** The part of a Pagefind result that merging needs. */
export interface ScoredResult {
  /** Pagefind's page id. */
  id: string;
  /** Pagefind's score. */
  score: number;
}

/** Runs one query (with the page's filters and sort) and returns Pagefind's results. */
export type SearchFn<R extends ScoredResult> = (text: string) => Promise<R[]>;

/** The outcome of a search: the results in order, and whether the query had to be relaxed. */
export interface SearchOutcome<R extends ScoredResult> {
  results: R[];
  /** True when no page matched every term and the results match only some. */
  relaxed: boolean;
}

/**
 * Searches `terms` together; when nothing matches them all, searches each alone and merges.
 * @param terms the prepared query's terms (see query.ts)
 */
export async function searchWithRelaxation<R extends ScoredResult>(terms: readonly string[], search: SearchFn<R>): Promise<SearchOutcome<R>> {
  const strict = await search(terms.join(' '));
  if (strict.length > 0 || terms.length < 2) return { results: strict, relaxed: false };
  const perTerm = await Promise.all(terms.map((t) => search(t)));
  const merged = new Map<string, { result: R; hits: number; score: number }>();
  for (const results of perTerm) {
    for (const r of results) {
      const m = merged.get(r.id);
      if (m) {
        m.hits += 1;
        m.score += r.score;
      } else merged.set(r.id, { result: r, hits: 1, score: r.score });
    }
  }
  const results = [...merged.values()].sort((a, b) => b.hits - a.hits || b.score - a.score).map((m) => m.result);
  return { results, relaxed: true };
}
