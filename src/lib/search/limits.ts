/**
 * Bounds on what a visitor (or a link) can hand the search: a query and the highlight words of a
 * result link. Without them a 100,000-character query blocked the page for minutes and 800
 * highlight words overflowed the highlighter's stack. Also the bounds of relaxed (partial)
 * matching; those of checking results page by page are in lazy-matches.ts.
 */

/** Characters of a query that are searched; the rest is cut, and the page says so. */
export const MAX_QUERY_CHARS = 200;

/** Words a result link asks its page to highlight, and that a page accepts. */
export const MAX_HIGHLIGHT_WORDS = 12;

/** Characters of one highlight word: longer ones are no word of a policy's text. */
export const MAX_HIGHLIGHT_CHARS = 50;

/** Query words searched one by one when no provision holds them all. */
export const MAX_RELAXED_WORDS = 8;

/** Results shown when only some of the words are found. */
export const MAX_PARTIAL_RESULTS = 10;

/**
 * Results of the one-word searches checked for partial matches, the best by their summed
 * scores: each check loads the result's data, and a common word has thousands of results.
 */
export const MAX_PARTIAL_CANDIDATES = 50;

/** A query cut to MAX_QUERY_CHARS characters (code points, so no surrogate pair is split). */
export interface CappedQuery {
  /** The query, at most MAX_QUERY_CHARS characters. */
  q: string;
  /** Whether characters were cut. */
  cut: boolean;
}

/** Cuts `q` to MAX_QUERY_CHARS characters, in time linear in the characters kept. */
export function capQuery(q: string): CappedQuery {
  // A cheap first cut: MAX_QUERY_CHARS code points take at most twice as many UTF-16 units.
  const head = q.slice(0, MAX_QUERY_CHARS * 2);
  const chars = Array.from(head);
  if (chars.length <= MAX_QUERY_CHARS && head.length === q.length) return { q, cut: false };
  const kept = chars.slice(0, MAX_QUERY_CHARS).join('');
  return { q: kept, cut: kept.length < q.length };
}
