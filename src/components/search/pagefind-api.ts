/**
 * The part of Pagefind's browser API the search page uses, loaded lazily: the bundle exists
 * only after the build, so its path is built at run time and Vite never tries to bundle it.
 */

/** One result of pagefind.search(). */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

/** A result's fragment. */
export interface PagefindData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
}

/** Options of pagefind.search(). */
export interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The module /pagefind/pagefind.js. */
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: PagefindSearchOptions) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Pagefind's options. The index is a few hundred records, which the main thread searches in a
 * few milliseconds: no web worker saves a cold page pagefind-worker.js (43 kB) and every
 * search a message round trip.
 */
export const PAGEFIND_OPTIONS = {
  highlightParam: 'highlight',
  noWorker: true,
  // Pagefind also matches a query against metadata and adds a boost. The award lines, the
  // recipients, the defined terms and the status are there for display and re-ranking and must
  // not rank a record (资助 would lift every clause with a 资助 award, 失效 every clause of an
  // expired policy).
  ranking: { metaWeights: { awards: 0, recipients: 0, defines: 0, status: 0 } },
} as const;

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once (later calls share the first load).
 * @param base the site's base URL, e.g. "/"
 */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const path = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pf.options(PAGEFIND_OPTIONS);
    await pf.init();
    return pf;
  })();
  return loading;
}
