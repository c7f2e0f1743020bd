/**
 * The part of Pagefind's browser API (the bundle's pagefind.js) the search page uses, under the
 * names and with the shapes of Pagefind's published types, pagefind_web_js/types/index.d.ts.
 *
 * Those types are not in any npm package: the `pagefind` package ships the Node API's types
 * only (pagefind/types/index.d.ts), and pagefind.js is written by the indexer. So this module
 * declares the fields used, as published, and tests/unit/search-pagefind-canary.test.ts checks
 * each against the installed Pagefind's real results: an upgrade that changes one fails there.
 */

/** Options of pagefind.search() (published: PagefindSearchOptions). */
export interface PagefindSearchOptions {
  /** The filters of the search: a value per filter key here. */
  filters?: Record<string, string>;
  /** A sort instead of relevance: one key, asc or desc. */
  sort?: Record<string, 'asc' | 'desc'>;
}

/** Options of createInstance(), options() and mergeIndex() (published: PagefindIndexOptions). */
export interface PagefindIndexOptions {
  basePath?: string;
  highlightParam?: string;
  language?: string;
  noWorker?: boolean;
  metaCacheTag?: string;
  indexWeight?: number;
  mergeFilter?: Record<string, readonly string[]>;
  ranking?: { metaWeights?: Record<string, number> };
}

/** A result's data (published: PagefindSearchFragment). */
export interface PagefindSearchFragment {
  /** The page's URL. */
  url: string;
  /** The full processed content text of the page. */
  content: string;
  /** The excerpt, with the matching words in <mark>. */
  excerpt: string;
  /** The page's metadata (see lib/search/meta-keys.ts for this site's keys). */
  meta: Record<string, string>;
  /** The page's filters and their values. */
  filters: Record<string, string[]>;
}

/** One result of a search, before its data is loaded (published: PagefindSearchResult). */
export interface PagefindSearchResult {
  /** Pagefind's id of the page, unique in its index. */
  id: string;
  /** Pagefind's score, by which results are ranked. */
  score: number;
  /** Loads the result's data. */
  data: () => Promise<PagefindSearchFragment>;
}

/** What a search returns (published: PagefindSearchResults; the fields used). */
export interface PagefindSearchResults {
  results: PagefindSearchResult[];
}

/**
 * An instance made by createInstance() (published: PagefindInstance). `search` takes null for a
 * search by filters or sort alone, as Pagefind's filtering guide documents (the published type
 * says string).
 */
export interface PagefindInstance {
  mergeIndex: (indexPath: string, options: PagefindIndexOptions) => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearchResults>;
}

/** The module pagefind.js, as far as it is used: independent instances. */
export interface PagefindModule {
  createInstance: (options: PagefindIndexOptions) => PagefindInstance;
}
