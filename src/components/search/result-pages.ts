/**
 * Results handed out a page at a time, their data loaded as they are taken: what the search
 * flow returns and the pager renders.
 */
import type { PagefindData, PagefindResult } from './pagefind-api';
import type { ShownResult } from './render-results';

/** Results rendered at once; more on request. */
export const PAGE_SIZE = 10;

/** Results taken in order, a page at a time. */
export interface ResultPages {
  /** The next (at most) `n` results, loaded. */
  next: (n: number) => Promise<ShownResult[]>;
  /** Whether results remain after those taken. */
  more: () => boolean;
  /** How many results there are. */
  count: () => number;
}

/**
 * Pages over results already loaded, then Pagefind's results loaded as taken.
 * @param load loads a result's data (cached)
 */
export function arrayPages(
  loaded: readonly ShownResult[],
  unloaded: readonly PagefindResult[],
  load: (r: PagefindResult) => Promise<PagefindData>,
): ResultPages {
  let rest = { loaded, unloaded };
  return {
    next: async (n) => {
      const ready = rest.loaded.slice(0, n);
      const fromPagefind = rest.unloaded.slice(0, n - ready.length);
      const data = (await Promise.all(fromPagefind.map(load))).map((d) => ({ data: d, lacks: [] }));
      rest = { loaded: rest.loaded.slice(ready.length), unloaded: rest.unloaded.slice(fromPagefind.length) };
      return [...ready, ...data];
    },
    more: () => rest.loaded.length > 0 || rest.unloaded.length > 0,
    count: () => loaded.length + unloaded.length,
  };
}
