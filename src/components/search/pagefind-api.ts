/**
 * The search page's searcher, loaded lazily: the bundle exists only after the build, so its
 * path is built at run time and Vite never tries to bundle it.
 *
 * Pagefind's types are pagefind-types.ts; the searcher over the root index or the split index's
 * bundles is bundled-search.ts.
 */
import { BUNDLES_DIR, MANIFEST_FILE, type BundleManifest } from '../../lib/search/bundles';
import { RECORD_META, DIRECTORY_META } from '../../lib/search/meta-keys';
import { BundledSearch } from './bundled-search';
import type {
  PagefindIndexOptions,
  PagefindModule,
  PagefindSearchOptions,
  PagefindSearchResult,
} from './pagefind-types';

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
  results: PagefindSearchResult[];
  scope?: SearchScope;
}

/** The searcher of the search page. */
export interface Pagefind {
  options: (o: PagefindIndexOptions) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: PagefindSearchOptions) => Promise<SearchResponse>;
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
  ranking: {
    metaWeights: {
      [RECORD_META.awards]: 0,
      [RECORD_META.recipients]: 0,
      [RECORD_META.defines]: 0,
      [RECORD_META.status]: 0,
      [DIRECTORY_META.bundle]: 0,
    },
  },
} as const satisfies PagefindIndexOptions;

let loading: Promise<Pagefind> | undefined;

/** Imports the runtime, pagefind.js: a parameter so that tests can hand in a module. */
export type ImportRuntime = (url: string) => Promise<PagefindModule>;

const importRuntime: ImportRuntime = (url) => import(/* @vite-ignore */ url) as Promise<PagefindModule>;

/**
 * The bundle manifest, or null for a site built without one (its root bundle is the index). Any
 * other failure throws: searching the root bundle of a split index would find nothing and say so.
 */
async function loadManifest(url: string): Promise<BundleManifest | null> {
  const r = await fetch(url);
  if (r.ok) return (await r.json()) as BundleManifest;
  if (r.status === 404) return null;
  throw new Error(`${url}: HTTP ${String(r.status)}`);
}

/**
 * Loads Pagefind and the bundle manifest once (later calls share the first load). A load that
 * fails is forgotten, so that the next query tries again; the page says the search is
 * unavailable meanwhile.
 * @param base the site's base URL, e.g. "/"
 */
export function loadPagefind(base: string, importModule: ImportRuntime = importRuntime): Promise<Pagefind> {
  const load = (loading ??= (async () => {
    const root = base.replace(/\/?$/, '/');
    const [mod, manifest] = await Promise.all([
      importModule(`${root}${BUNDLES_DIR}/pagefind.js`),
      loadManifest(`${root}${BUNDLES_DIR}/${MANIFEST_FILE}`),
    ]);
    const pf = new BundledSearch(mod, root, manifest);
    await pf.options(PAGEFIND_OPTIONS);
    await pf.init();
    return pf;
  })());
  load.catch(() => {
    if (loading === load) loading = undefined;
  });
  return load;
}
