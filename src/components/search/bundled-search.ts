/**
 * The searcher behind loadPagefind: Pagefind instances over the root index or the split
 * index's bundles (instance-pool.ts). A search loads only the bundles its filters select, or
 * those the directory ranks highest (src/lib/search/bundles.ts), and merges their results by
 * score, as Pagefind merges its indexes.
 */
import {
  BUNDLE_FILTER,
  DIRECTORY_KEY,
  KEYS_FILE,
  SORT_FILE,
  bundleUrl,
  routeNamedFirst,
  selectBundles,
  splitIndex,
  valueAtRank,
  widenThroughDirectory,
  type BundleManifest,
} from '../../lib/search/bundles';
import { DIRECTORY_META, PAGE_META } from '../../lib/search/meta-keys';
import { bodyFromContent } from '../../lib/search/record-html';
import { distinctWords } from '../../lib/search/segment';
import { InstancePool } from './instance-pool';
import { keep, recall } from './lru';
import type { Pagefind, SearchResponse, SearchScope } from './pagefind-api';
import type {
  PagefindIndexOptions,
  PagefindInstance,
  PagefindModule,
  PagefindSearchOptions,
  PagefindSearchResult,
} from './pagefind-types';

/** The words Pagefind searches for in a query: its segmentation, without spaces and punctuation. */
function pagefindWords(q: string): string[] {
  return distinctWords([q.toLocaleLowerCase()]);
}

/** Directory routes kept: the queries of a visit. */
const KEPT_ROUTES = 64;

/** A searcher over the split index. */
export class BundledSearch implements Pagefind {
  private readonly pool: InstancePool;
  /** JSON files of the bundles (sort tables, the directory's keys), by URL. */
  private readonly files = new Map<string, Promise<unknown>>();
  /** The bundles a directory search chose, per query and filters, and the scope they cover. */
  private readonly routes = new Map<string, { keys: string[]; scope: SearchScope }>();
  private options_: PagefindIndexOptions = {};

  constructor(
    mod: PagefindModule,
    private readonly base: string,
    private readonly manifest: BundleManifest | null,
  ) {
    this.split = splitIndex(manifest);
    this.pool = new InstancePool(mod, base, manifest, () => this.options_);
  }

  /** The manifest of a split index; null for one index (the root bundle alone). */
  private readonly split: BundleManifest | null;

  options(o: PagefindIndexOptions): Promise<void> {
    this.options_ = { ...this.options_, ...o };
    return Promise.resolve();
  }

  /** Starts loading the runtime (WebAssembly, metadata) ahead of the first query. */
  init(): Promise<void> {
    this.pool.warm();
    return Promise.resolve();
  }

  /**
   * A JSON file of a bundle, fetched once, tagged so that a new build's is never mixed with an
   * old one's. A failed fetch rejects and is forgotten: the next query fetches it again.
   */
  private bundleFile<T>(key: string, file: string): Promise<T> {
    const url = `${bundleUrl(this.base, key)}${file}?ts=${this.manifest?.tag ?? ''}`;
    const kept = this.files.get(url) as Promise<T> | undefined;
    if (kept) return kept;
    const f = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${String(r.status)}`);
      return (await r.json()) as T;
    });
    this.files.set(url, f);
    f.catch(() => {
      if (this.files.get(url) === f) this.files.delete(url);
    });
    return f;
  }

  /**
   * The directory's answer for this query and these filters: the bundle keys of its results
   * ranked `from` to `to`, and how many policies it matched. The directory is searched once; a
   * result names its bundle in the directory's keys.json, or else in its fragment.
   */
  private directoryRanking(
    q: string | null,
    o: PagefindSearchOptions,
  ): { keysRanked: (from: number, to: number) => Promise<string[]>; count: () => Promise<number> } {
    // Sorted by award, the directory ranks the policies by their largest award (its sort key).
    const options = { filters: { ...o.filters, [BUNDLE_FILTER]: DIRECTORY_KEY }, ...(o.sort ? { sort: o.sort } : {}) };
    const found = this.pool.instanceFor(DIRECTORY_KEY).then(async (dir) => (await dir.search(q, options)).results);
    // Without keys.json a result names its bundle in its fragment: slower, still right.
    const named = this.bundleFile<Record<string, string>>(DIRECTORY_KEY, KEYS_FILE).catch(
      (): Record<string, string> => ({}),
    );
    const titles = this.split?.titles;
    // The directory's whole ranking, the policies whose titles name the query's words first.
    const ranked = (async () => {
      const [results, keys] = await Promise.all([found, named]);
      // Sorted by award, the directory's own order (largest award first) holds.
      if (!titles || q === null || o.sort) return { results, order: null };
      const all = results.map((r) => keys[r.id]);
      if (all.some((k) => k === undefined)) return { results, order: null };
      return { results, order: routeNamedFirst(all as string[], q.split(/\s+/u), titles) };
    })();
    return {
      keysRanked: async (from, to) => {
        const [{ results, order }, keys] = await Promise.all([ranked, named]);
        if (order) return order.slice(from, to);
        const picked = await Promise.all(
          results.slice(from, to).map(async (r) => keys[r.id] ?? (await r.data()).meta[DIRECTORY_META.bundle]),
        );
        return picked.filter((k): k is string => k !== undefined);
      },
      count: async () => (await found).length,
    };
  }

  /**
   * The ids of the results that hold every word of `q` that some bundle holds, or null when
   * that needs no check (one word). Pagefind drops a word that matches nothing in an index,
   * and it decides that per merged index: 64号 with 杭政办函 would find any 64号 of a policy
   * that never names 杭政办函. One search per word gives the words' results across the
   * bundles, and a result must hold all of the words that matched anywhere, as it would in a
   * single index.
   */
  private async holdingAll(
    bundles: readonly Bundle[],
    q: string | null,
    filters: Record<string, string>,
  ): Promise<Set<string> | null> {
    const words = q === null ? [] : pagefindWords(q);
    if (words.length < 2) return null;
    const sets = (
      await Promise.all(
        words.map(async (w) => new Set((await searchEach(bundles, w, filters)).flat().map((r) => r.id))),
      )
    ).filter((ids) => ids.size > 0);
    const [first, ...others] = sets;
    return new Set([...(first ?? [])].filter((id) => others.every((ids) => ids.has(id))));
  }

  /**
   * Searches the selected bundles. Sorted searches merge per bundle: Pagefind scores a sorted
   * result by its rank in its own bundle, which cannot be compared across bundles, so each
   * bundle is searched alone (by its filter) and its ranks are turned back into values. A sort
   * table that cannot be fetched fails the search (the page says so; the next query fetches it
   * again): without it every value would read 0 and the order would be silently wrong.
   */
  async search(q: string | null, o: PagefindSearchOptions = {}): Promise<SearchResponse> {
    const { results, scope } = await this.searchRaw(q, o);
    return { results: results.map(withBody), ...(scope && scope.policies < scope.of ? { scope } : {}) };
  }

  /** Searches as `search` does, with Pagefind's results as they come. */
  private async searchRaw(q: string | null, o: PagefindSearchOptions): Promise<SearchResponse> {
    const filters = o.filters ?? {};
    if (!this.split) return { results: (await (await this.pool.instanceFor(null)).search(q, o)).results };
    const selection = selectBundles(this.split, filters);
    if (selection.kind === 'bundles') return { results: await this.searchIn(selection.keys, q, o) };
    // The same query comes back with another sort or page: it goes to the bundles found before.
    const route = JSON.stringify([q, filters, o.sort ?? null]);
    const known = recall(this.routes, route);
    if (known) return { results: await this.searchIn(known.keys, q, o), scope: known.scope };
    const directory = this.directoryRanking(q, o);
    const { keys, results } = await widenThroughDirectory({
      keysRanked: directory.keysRanked,
      searchIn: (ks) => this.searchIn(ks, q, o),
      top: this.split.top,
    });
    const scope = { policies: keys.length, of: await directory.count() };
    keep(this.routes, route, { keys, scope }, KEPT_ROUTES);
    // The next query will likely reach other bundles.
    this.pool.prepare();
    return { results, scope };
  }

  /**
   * Searches bundles `keys` together (none: no results). Each bundle has its instance, kept
   * across queries, so that widening a search or the next query reuses the bundles loaded;
   * results merge as Pagefind merges its indexes (by score, in the bundles' order).
   */
  private async searchIn(
    keys: readonly string[],
    q: string | null,
    o: PagefindSearchOptions,
  ): Promise<PagefindSearchResult[]> {
    if (keys.length === 0) return [];
    const filters = o.filters ?? {};
    const bundles = await Promise.all(keys.map(async (key) => ({ key, pf: await this.pool.instanceFor(key) })));
    const sort = o.sort;
    // The words' searches run beside the query's: both only wait on the chunks they load.
    const holding = keys.length > 1 ? this.holdingAll(bundles, q, filters) : Promise.resolve(null);
    const held = async <T>(found: readonly T[], id: (t: T) => string): Promise<T[]> => {
      const allowed = await holding;
      return allowed === null ? [...found] : found.filter((t) => allowed.has(id(t)));
    };
    if (!sort) {
      const found = (await searchEach(bundles, q, filters)).flat().sort((a, b) => b.score - a.score);
      return held(found, (r) => r.id);
    }
    const desc = Object.values(sort)[0] !== 'asc';
    const perBundle = await Promise.all(
      bundles.map(async ({ key, pf }) => {
        const [found, table] = await Promise.all([
          pf.search(q, { filters: { ...filters, [BUNDLE_FILTER]: key }, sort }),
          this.bundleFile<number[]>(key, SORT_FILE),
        ]);
        return found.results.map((r) => ({ r, value: valueAtRank(table, r.score) }));
      }),
    );
    const ranked = perBundle.flat().sort((a, b) => (desc ? b.value - a.value : a.value - b.value));
    return (await held(ranked, (m) => m.r.id)).map((m) => m.r);
  }
}

/** A bundle and its instance. */
interface Bundle {
  key: string;
  pf: PagefindInstance;
}

/** Results of `q` in each bundle (filtered to its records), in the bundles' order. */
function searchEach(
  bundles: readonly Bundle[],
  q: string | null,
  filters: Record<string, string>,
): Promise<PagefindSearchResult[][]> {
  return Promise.all(
    bundles.map(async ({ key, pf }) => (await pf.search(q, { filters: { ...filters, [BUNDLE_FILTER]: key } })).results),
  );
}

/**
 * A result whose data carries the record's body in its metadata (PAGE_META.body), cut out of
 * the fragment's content (the index stores it once: see BODY_MARK).
 */
function withBody(r: PagefindSearchResult): PagefindSearchResult {
  return {
    ...r,
    data: async () => {
      const d = await r.data();
      const body = bodyFromContent(d.content);
      return body === null ? d : { ...d, meta: { ...d.meta, [PAGE_META.body]: body } };
    },
  };
}
