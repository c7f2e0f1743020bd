/**
 * Results handed out a page at a time, their data loaded (and checked) only as they are taken:
 * what the search flow returns and the pager renders. Matches come from a LazyMatches, which
 * checks Pagefind's results just far enough for the page asked for, plus one to know whether
 * there are more.
 */
import type { LazyMatches, ResultCount } from '../../lib/search/lazy-matches';
import type { Found } from '../../lib/search/find';
import type { PagefindSearchFragment, PagefindSearchResult } from './pagefind-types';
import type { ShownResult } from './render-results';

export { PAGE_SIZE } from '../../lib/search/lazy-matches';

/** Results taken in order, a page at a time. */
export interface ResultPages {
  /** The next (at most) `n` results, loaded. */
  next: (n: number) => Promise<ShownResult[]>;
  /** Whether results remain after those taken (or may, when not all are checked yet). */
  more: () => boolean;
  /** How many results there are: exact, or an estimate while not all are checked. */
  count: () => ResultCount;
}

/** A found result as the page shows it: its data and the words it lacks, as the reader knows them. */
export const shown = (f: Found<PagefindSearchFragment>): ShownResult => ({
  data: f.data,
  lacks: f.lacks.map((w) => w.shown),
});

/**
 * Pages over the matches of `matches`, found as they are taken.
 * @param lookAhead matches found beyond a page, to know whether there are more (0 when every result is a match)
 * @param firstPage reorders the first page (re-ranking), the others keep their order
 */
export function matchPages(
  matches: LazyMatches<PagefindSearchResult, PagefindSearchFragment>,
  lookAhead: number,
  firstPage: (page: ShownResult[]) => ShownResult[] = (page) => page,
): ResultPages {
  let taken = 0;
  return {
    next: async (n) => {
      await matches.fill(taken + n + lookAhead);
      const page = matches.found.slice(taken, taken + n).map(shown);
      const out = taken === 0 ? firstPage(page) : page;
      taken += page.length;
      return out;
    },
    // Results not checked yet may hold more matches, unless none was found at all.
    more: () => matches.found.length > taken || (!matches.done && matches.found.length > 0),
    count: () => matches.count,
  };
}

/** Pages over results already loaded (partial matches), with the count to say. */
export function loadedPages(results: readonly ShownResult[], count: ResultCount): ResultPages {
  let taken = 0;
  return {
    next: (n) => {
      const page = results.slice(taken, taken + n);
      taken += page.length;
      return Promise.resolve(page);
    },
    more: () => taken < results.length,
    count: () => count,
  };
}
