/**
 * The searcher behind loadPagefind: Pagefind instances over the root index or the split
 * index's bundles. A search loads only the bundles its filters select, or those the directory
 * ranks highest (src/lib/search/bundles.ts); each bundle is merged (`mergeIndex`) into an
 * instance rooted at /pagefind/, which serves the runtime, tagged by a synthetic `bundle`
 * filter. Instances are kept across queries and their results merged by score, as Pagefind
 * merges its indexes.
 */
import {
  BUNDLE_FILTER,
  BUNDLES_DIR,
  DIRECTORY_KEY,
  SORT_FILE,
  bundleUrl,
  selectBundles,
  valueAtRank,
  widenThroughDirectory,
  type BundleManifest,
} from '../../lib/search/bundles';
import { bodyFromContent } from '../../lib/search/record-html';
import type { Pagefind, PagefindResult, PagefindSearchOptions, SearchResponse, SearchScope } from './pagefind-api';

/** The part of a Pagefind instance (createInstance) used here. */
interface PagefindInstance {
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  search: (
    q: string | null,
    o?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

/** The module's exports used here. */
export interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => PagefindInstance;
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The words Pagefind searches for in a query: its segmentation, without spaces and punctuation. */
function pagefindWords(q: string): string[] {
  return [...new Set([...segmenter.segment(q.toLocaleLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment))];
}

/** The value kept under `key`, made the most recently used. */
function recall<V>(map: Map<string, V>, key: string): V | undefined {
  const value = map.get(key);
  if (value !== undefined) {
    map.delete(key);
    map.set(key, value);
  }
  return value;
}

/** Keeps `value` under `key` as the most recently used, dropping the least recently used past `limit`. */
function keep<V>(map: Map<string, V>, key: string, value: V, limit: number): V {
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value ?? '');
  return value;
}

/** Bundle instances kept: the bundles a visit's queries go to, reused query after query. */
const KEPT_INSTANCES = 24;

/** Directory routes kept: the queries of a visit. */
const KEPT_ROUTES = 64;

/** A searcher over the split index. */
export class BundledSearch implements Pagefind {
  private readonly instances = new Map<string, Promise<PagefindInstance>>();
  private readonly sortTables = new Map<string, Promise<number[]>>();
  /** The bundles a directory search chose, per query and filters, and the scope they cover. */
  private readonly routes = new Map<string, { keys: string[]; scope: SearchScope }>();
  private options_: Record<string, unknown> = {};

  constructor(
    private readonly mod: PagefindModule,
    private readonly base: string,
    private readonly manifest: BundleManifest | null,
  ) {}

  options(o: Record<string, unknown>): Promise<void> {
    this.options_ = { ...this.options_, ...o };
    return Promise.resolve();
  }

  /** Starts the root instance (runtime, WebAssembly, manifest) ahead of the first query. */
  async init(): Promise<void> {
    await this.instanceFor(null);
  }

  /** The instance of bundle `key` (null: the root alone, the single index of a small base). */
  private instanceFor(key: string | null): Promise<PagefindInstance> {
    const id = key ?? '';
    const kept = recall(this.instances, id);
    if (kept) return kept;
    const { noWorker, ...instanceOptions } = this.options_;
    const tag = this.manifest ? { metaCacheTag: this.manifest.tag } : {};
    const inst = (async () => {
      const pf = this.mod.createInstance({
        ...this.options_,
        ...tag,
        basePath: `${this.base}${BUNDLES_DIR}/`,
        noWorker: noWorker ?? true,
      });
      if (key !== null)
        await pf.mergeIndex(bundleUrl(this.base, key), {
          ...instanceOptions,
          ...tag,
          mergeFilter: { [BUNDLE_FILTER]: [key] },
        });
      return pf;
    })();
    return keep(this.instances, id, inst, KEPT_INSTANCES);
  }

  /** A bundle's sort values in Pagefind's order, fetched once. */
  private sortTable(key: string): Promise<number[]> {
    let t = this.sortTables.get(key);
    if (!t) {
      t = fetch(`${bundleUrl(this.base, key)}${SORT_FILE}`).then(async (r) =>
        r.ok ? ((await r.json()) as number[]) : [],
      );
      this.sortTables.set(key, t);
    }
    return t;
  }

  /**
   * The directory's answer for this query and these filters: the bundle keys of its results
   * ranked `from` to `to`, and how many policies it matched. The directory is searched once, and
   * a result's fragment (which names its bundle) is loaded only when the widening reaches it.
   */
  private directoryRanking(
    q: string | null,
    o: PagefindSearchOptions,
  ): { keysRanked: (from: number, to: number) => Promise<string[]>; count: () => Promise<number> } {
    // Sorted by award, the directory ranks the policies by their largest award (its sort key).
    const options = { filters: { ...o.filters, [BUNDLE_FILTER]: DIRECTORY_KEY }, ...(o.sort ? { sort: o.sort } : {}) };
    const found = this.instanceFor(DIRECTORY_KEY).then(async (dir) => (await dir.search(q, options))?.results ?? []);
    return {
      keysRanked: async (from, to) => {
        const metas = await Promise.all(
          (await found).slice(from, to).map(async (r) => (await r.data()).meta[BUNDLE_FILTER]),
        );
        return metas.filter((k): k is string => k !== undefined);
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
   * bundle is searched alone (by its filter) and its ranks are turned back into values.
   */
  async search(q: string | null, o: PagefindSearchOptions = {}): Promise<SearchResponse> {
    const { results, scope } = await this.searchRaw(q, o);
    return { results: results.map(withBody), ...(scope && scope.policies < scope.of ? { scope } : {}) };
  }

  /** Searches as `search` does, with Pagefind's results as they come. */
  private async searchRaw(q: string | null, o: PagefindSearchOptions): Promise<SearchResponse> {
    const filters = o.filters ?? {};
    if (!this.manifest) return (await (await this.instanceFor(null)).search(q, o)) ?? { results: [] };
    const selection = selectBundles(this.manifest, filters);
    if (selection.kind === 'bundles') return { results: await this.searchIn(selection.keys, q, o) };
    // The same query comes back with another sort or page: it goes to the bundles found before.
    const route = JSON.stringify([q, filters, o.sort ?? null]);
    const known = recall(this.routes, route);
    if (known) return { results: await this.searchIn(known.keys, q, o), scope: known.scope };
    const directory = this.directoryRanking(q, o);
    const { keys, results } = await widenThroughDirectory({
      keysRanked: directory.keysRanked,
      searchIn: (ks) => this.searchIn(ks, q, o),
      top: this.manifest.top,
    });
    const scope = { policies: keys.length, of: await directory.count() };
    keep(this.routes, route, { keys, scope }, KEPT_ROUTES);
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
  ): Promise<PagefindResult[]> {
    if (keys.length === 0) return [];
    const filters = o.filters ?? {};
    const bundles = await Promise.all(keys.map(async (key) => ({ key, pf: await this.instanceFor(key) })));
    const sort = o.sort;
    const allowed = keys.length > 1 ? await this.holdingAll(bundles, q, filters) : null;
    const keep = (r: PagefindResult) => allowed === null || allowed.has(r.id);
    if (!sort)
      return (await searchEach(bundles, q, filters))
        .flat()
        .sort((a, b) => b.score - a.score)
        .filter(keep);
    const desc = Object.values(sort)[0] !== 'asc';
    const perBundle = await Promise.all(
      bundles.map(async ({ key, pf }) => {
        const [found, table] = await Promise.all([
          pf.search(q, { filters: { ...filters, [BUNDLE_FILTER]: key }, sort }),
          this.sortTable(key),
        ]);
        return (found?.results ?? []).filter(keep).map((r) => ({ r, value: valueAtRank(table, r.score) }));
      }),
    );
    return perBundle
      .flat()
      .sort((a, b) => (desc ? b.value - a.value : a.value - b.value))
      .map((m) => m.r);
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
): Promise<PagefindResult[][]> {
  return Promise.all(
    bundles.map(
      async ({ key, pf }) => (await pf.search(q, { filters: { ...filters, [BUNDLE_FILTER]: key } }))?.results ?? [],
    ),
  );
}

/**
 * A result whose data carries the record's body in `meta.body`, cut out of the fragment's
 * content (the index stores it once: see BODY_MARK).
 */
function withBody(r: PagefindResult): PagefindResult {
  return {
    ...r,
    data: async () => {
      const d = await r.data();
      const content = (d as unknown as { content?: unknown }).content;
      const body = typeof content === 'string' ? bodyFromContent(content) : null;
      return body === null ? d : { ...d, meta: { ...d.meta, body } };
    },
  };
}
