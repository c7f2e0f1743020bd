/**
 * The part of Pagefind's browser API the search page uses, loaded lazily: the bundle exists
 * only after the build, so its path is built at run time and Vite never tries to bundle it.
 *
 * The types and the loading live here; the searcher over the root index or the split index's
 * bundles is bundled-search.ts.
 */
import { BUNDLES_DIR, MANIFEST_FILE, type BundleManifest } from '../../lib/search/bundles';
import { BundledSearch } from './bundled-search';
import type { PagefindModule } from './instance-pool';

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

/**
 * How much of the base a search covered, when the directory chose its bundles: the policies
 * searched, of those whose words the directory matched. Absent when every selected policy was
 * searched.
 */
export interface SearchScope {
  policies: number;
  of: number;
}

/** What a search returns. */
export interface SearchResponse {
  results: PagefindResult[];
  scope?: SearchScope;
}

/** The module /pagefind/pagefind.js. */
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: PagefindSearchOptions) => Promise<SearchResponse | null>;
}

/**
 * Pagefind's options. Each bundle is a few hundred records at most, which the main thread
 * searches in a few milliseconds: no web worker saves a cold page pagefind-worker.js (43 kB) and
 * every search a message round trip.
 */
export const PAGEFIND_OPTIONS = {
  highlightParam: 'highlight',
  noWorker: true,
  // Pagefind also matches a query against metadata and adds a boost. The award lines, the
  // recipients, the defined terms and the status are there for display and re-ranking and must
  // not rank a record (资助 would lift every clause with a 资助 award, 失效 every clause of an
  // expired policy).
  ranking: { metaWeights: { awards: 0, recipients: 0, defines: 0, status: 0, bundle: 0 } },
} as const;

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind and the bundle manifest once (later calls share the first load).
 * @param base the site's base URL, e.g. "/"
 */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const root = base.replace(/\/?$/, '/');
    const [mod, manifest] = await Promise.all([
      import(/* @vite-ignore */ `${root}${BUNDLES_DIR}/pagefind.js`) as Promise<PagefindModule>,
      // A site indexed as one (SEARCH_INDEX=single) has no manifest: the root bundle is the index.
      fetch(`${root}${BUNDLES_DIR}/${MANIFEST_FILE}`).then(
        async (r) => (r.ok ? ((await r.json()) as BundleManifest) : null),
        () => null,
      ),
    ]);
    const pf = new BundledSearch(mod, root, manifest?.strategy === 'single' ? null : manifest);
    await pf.options(PAGEFIND_OPTIONS);
    await pf.init();
    return pf;
  })();
  return loading;
}
