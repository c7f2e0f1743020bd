/**
 * The Pagefind instances of a search page: one per bundle, kept across queries, each a root
 * instance (which serves the runtime) with its bundle merged in (`mergeIndex`), tagged by the
 * synthetic `bundle` filter.
 *
 * Root instances are made ahead, so that a query reaching a new bundle finds one whose runtime
 * is loaded: Pagefind polls for its runtime every 50 ms before it merges an index or searches,
 * and a bundle merged into a new instance waited about 50 ms, measured at 10,000 provisions, on
 * every unfiltered query that reached a bundle not searched before. The first is made alone (a
 * cold page fetches the runtime once), the others at once when it is loaded.
 */
import { BUNDLE_FILTER, BUNDLES_DIR, bundleUrl, splitIndex, type BundleManifest } from '../../lib/search/bundles';
import { keep, recall } from './lru';
import type { PagefindIndexOptions, PagefindInstance, PagefindModule } from './pagefind-types';

export type { PagefindInstance, PagefindModule } from './pagefind-types';

/** Bundle instances kept: the bundles a visit's queries go to, reused query after query. */
const KEPT_INSTANCES = 24;

/** A root instance and when its runtime is loaded. */
interface Root {
  pf: PagefindInstance;
  ready: Promise<unknown>;
}

/** The instances of a search page. */
export class InstancePool {
  private readonly instances = new Map<string, Promise<PagefindInstance>>();
  /** Root instances made ahead, oldest first, the last perhaps still loading. */
  private readonly spares: Root[] = [];
  /** Whether the first spare is loading: until the runtime is in the browser's cache, a cold page fetches it once. */
  private making = false;
  /** Whether a root instance has loaded the runtime (then in the browser's cache: more are made at once). */
  private loaded = false;

  constructor(
    private readonly mod: PagefindModule,
    private readonly base: string,
    private readonly manifest: BundleManifest | null,
    private readonly options: () => PagefindIndexOptions,
  ) {
    this.splitIndex = splitIndex(manifest);
  }

  /** The manifest of a split index; null for one index (the root bundle alone). */
  private readonly splitIndex: BundleManifest | null;

  /** Starts the runtime ahead of the first query: the root instance, or a spare for the first bundle. */
  warm(): void {
    if (this.splitIndex) this.fill(1);
    else void this.instanceFor(null);
  }

  /**
   * Makes spares for the next query through the directory: as many as the bundles it may load.
   * Called after a search through the directory: a search filtered to one policy keeps to its
   * bundle, and making spares it does not need would only compete with its next query.
   */
  prepare(): void {
    this.fill(this.splitIndex?.top ?? 0);
  }

  /** The instance of bundle `key` (null: the root alone, the single index of a small base). */
  instanceFor(key: string | null): Promise<PagefindInstance> {
    const id = key ?? '';
    const kept = recall(this.instances, id);
    if (kept) return kept;
    const root = this.takeRoot();
    const inst =
      key === null
        ? Promise.resolve(root.pf)
        : root.pf
            .mergeIndex(bundleUrl(this.base, key), {
              ...this.split().shared,
              mergeFilter: { [BUNDLE_FILTER]: [key] },
            })
            .then(() => root.pf);
    // A bundle that failed to load is loaded again by the next query that needs it.
    inst.catch(() => {
      if (this.instances.get(id) === inst) this.instances.delete(id);
    });
    return keep(this.instances, id, inst, KEPT_INSTANCES);
  }

  /** The page's options: whether the main thread searches, and the options a merged bundle shares. */
  private split(): { noWorker: boolean; shared: PagefindIndexOptions } {
    const { noWorker = true, ...shared } = this.options();
    // The tag, rather than Pagefind's timestamp, lets the entry file the page preloads serve the
    // instance: one index too, where a timestamp cost a cold search a second request for it.
    return { noWorker, shared: { ...shared, ...(this.manifest ? { metaCacheTag: this.manifest.tag } : {}) } };
  }

  /**
   * A new root instance. An empty query resolves once its runtime is loaded and fetches no index
   * chunk (Pagefind's init() resolves before that on the main thread); the canary test
   * (search-pagefind-canary.test.ts) checks both.
   */
  private makeRoot(): Root {
    const { noWorker, shared } = this.split();
    const pf = this.mod.createInstance({ ...shared, basePath: `${this.base}${BUNDLES_DIR}/`, noWorker });
    const ready = pf.search('').then(
      () => {
        this.loaded = true;
      },
      () => null,
    );
    return { pf, ready };
  }

  /** The oldest spare, else a new root instance. */
  private takeRoot(): Root {
    return this.spares.shift() ?? this.makeRoot();
  }

  /**
   * Makes spares until there are `count`: at once when the runtime is cached, else one first and
   * the others once it is loaded. A spare taken meanwhile is not made again: the next search
   * through the directory asks for more.
   */
  private fill(count: number): void {
    if (this.making) return;
    const missing = count - this.spares.length;
    if (missing <= 0) return;
    const makeRest = (n: number) => {
      for (let i = 0; i < n; i++) this.spares.push(this.makeRoot());
    };
    if (this.loaded) {
      makeRest(missing);
      return;
    }
    this.making = true;
    const first = this.makeRoot();
    this.spares.push(first);
    void first.ready.then(() => {
      this.making = false;
      makeRest(missing - 1);
    });
  }
}
