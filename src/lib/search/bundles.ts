/**
 * How the search index is split into Pagefind bundles, shared by the build (which bundle a
 * record goes to) and the browser (which bundles a search loads). Pure: no DOM, no Node.
 *
 * Below SPLIT_FROM_RECORDS the index is one (the root bundle). Past it, one bundle per policy: a
 * search filtered to a policy loads that policy's bundle alone, and a rebuild re-indexes only the
 * policies whose records changed. Unfiltered searches load every bundle while there are few, else
 * a "directory" bundle (one record per policy) first, then the bundles of the policies it ranks
 * highest. The README's "Serving at scale" has the figures.
 */
import { groupBy } from '../util/group';

/** Format of the files below; a change re-indexes every bundle. */
export const BUNDLE_FORMAT = 2;

/** The folder of the bundles, under the site's base: /pagefind/ holds the runtime and the root bundle. */
export const BUNDLES_DIR = 'pagefind';

/** The manifest's file name, in /pagefind/. */
export const MANIFEST_FILE = 'bundles.json';

/** The file of a bundle holding its records' sort values in Pagefind's order (see valueAtRank). */
export const SORT_FILE = 'sort.json';

/**
 * The directory's file naming the bundle of each of its records, by Pagefind id: a directory
 * search names its bundles from it instead of loading a fragment per result (one stage of
 * requests less between the directory and the bundles).
 */
export const KEYS_FILE = 'keys.json';

/**
 * The synthetic filter every merged bundle carries (Pagefind's `mergeFilter`): its key. A search
 * asks for the bundles it loaded, which also keeps the root bundle's placeholder out of results.
 */
export const BUNDLE_FILTER = 'bundle';

/** The filter that names a policy (its id: two policies never share one). */
export const POLICY_FILTER = 'policy';

/** Up to this many bundles, an unfiltered search merges them all; above, it asks the directory. */
export const ALL_BUNDLES_MAX = 8;

/**
 * Bundles a directory search may load at most: the policies it ranks highest. Each bundle costs a
 * cold query its entry, metadata and an index chunk per query word (Pagefind chunks at 20,000
 * word locations, about 20–30 KB), so they are loaded DIRECTORY_STEP at a time and only while
 * those loaded hold fewer than DIRECTORY_ENOUGH results.
 */
export const DIRECTORY_TOP = 4;

/** Bundles a directory search loads at a time. */
export const DIRECTORY_STEP = 2;

/**
 * Results that make the loaded bundles enough: a page of the search page's ten. Measured at
 * 1,000 provisions, asking for two pages widened most queries to six bundles and 250–350 KB.
 */
export const DIRECTORY_ENOUGH = 10;

/** What /pagefind/bundles.json says. */
export interface BundleManifest {
  format: number;
  /** Changes with the content: appended to Pagefind's entry requests so they can be cached. */
  tag: string;
  /**
   * How an unfiltered search finds its bundles; `single` is one index (the root
   * bundle holds every record), for comparison (SEARCH_INDEX=single).
   */
  strategy: 'all' | 'directory' | 'single';
  /** The bundle keys, when the strategy is `all` (else empty: the directory names them). */
  bundles: string[];
  /** Bundles a directory search loads. */
  top: number;
  /**
   * Each policy bundle's short title, by key (directory strategy): a query whose words a title
   * names is routed to that policy first (routeNamedFirst). About 7 KB gzip for 445 policies.
   */
  titles?: Record<string, string>;
}

/** Han characters only: the query words a title can name (not tokens such as c16c or y2000000y). */
const HAN_WORD = /^\p{Script=Han}{2,}$/u;

/**
 * The directory's ranking of bundles with those whose policy title names query words moved first,
 * most words first, the directory's order kept otherwise. The directory scores single
 * characters: the browser cuts 河长 into 河 and 长, which prefix-match 河道, 河流, 长江 …, so the
 * policies with the most such words outranked 浙江省河长制规定 (measured: not in the first 4 of
 * 33). Only bundles the directory found (holding every word) move.
 * @param words the query's words as typed (space-separated terms of the prepared query)
 */
export function routeNamedFirst(
  keys: readonly string[],
  words: readonly string[],
  titles: Readonly<Record<string, string>> | undefined,
): string[] {
  const han = words.filter((w) => HAN_WORD.test(w));
  if (!titles || han.length === 0) return [...keys];
  const named = (k: string) => han.filter((w) => titles[k]?.includes(w)).length;
  const counts = new Map(keys.map((k) => [k, named(k)]));
  return keys
    .map((k, i) => ({ k, i }))
    .sort((a, b) => (counts.get(b.k) ?? 0) - (counts.get(a.k) ?? 0) || a.i - b.i)
    .map((x) => x.k);
}

/**
 * FNV-1a over UTF-16 code units, as 8 hex digits: stable, tiny, and the same in Node and the
 * browser (no async crypto on the query path).
 */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The bundle of a policy, from the value of its policy filter (its id): the browser computes it
 * from the filter alone, without a table of every policy. Keyed by the id, which is unique in
 * the base, so that no two policies share a bundle.
 */
export function bundleKey(policyFilterValue: string): string {
  return `p${fnv1a(policyFilterValue)}`;
}

/** The key of the directory bundle (never a policy's: those start with p). */
export const DIRECTORY_KEY = 'directory';

/** The URL of a bundle's folder, e.g. /pagefind/b/p1a2b3c4d/. */
export function bundleUrl(base: string, key: string): string {
  return `${base.replace(/\/?$/, '/')}${BUNDLES_DIR}/b/${key}/`;
}

/** The bundle key a URL made by bundleUrl names, or null for another URL. */
export function keyOfBundleUrl(url: string): string | null {
  return /\/b\/([^/]+)\/$/u.exec(url)?.[1] ?? null;
}

/** The bundle a record goes to: its policy's. Throws when the record names no policy. */
export function recordBundle(record: { readonly filters: Readonly<Record<string, readonly string[]>> }): string {
  const policy = record.filters[POLICY_FILTER]?.[0];
  if (policy === undefined) throw new Error('a search record without a policy filter has no bundle');
  return bundleKey(policy);
}

/** Records grouped by bundle, in first-seen order. */
export function groupByBundle<T extends { readonly filters: Readonly<Record<string, readonly string[]>> }>(
  records: readonly T[],
): Map<string, T[]> {
  return groupBy(records, recordBundle);
}

/**
 * How an unfiltered search finds its bundles, for a base of `bundleCount` bundles.
 * @param forceDirectory route through the directory however few the bundles (SEARCH_INDEX=directory, for tests)
 */
export function strategyFor(bundleCount: number, forceDirectory = false): 'all' | 'directory' {
  return bundleCount <= ALL_BUNDLES_MAX && !forceDirectory ? 'all' : 'directory';
}

/**
 * Records from which the index is split by default. Measured by bench:search on the real base of
 * 25,802 records (README, Serving at scale), one index against the split one routed through the
 * directory: top-1 0.807 against 0.757 (held-out queries 0.647 against 0.529, because the
 * directory cannot route a word the browser cuts into single characters), cold first results
 * 511 against 746 ms, cold bytes 638 against 1,217 KB, warm p95 105 against 202 ms. One index
 * ranks with the whole base's statistics and needs no routing; its metadata grows with the base
 * (237 KB at 25,802 records), which is what the split saves on a base far larger than the one
 * this project is heading to (about 25,000 provisions).
 */
export const SPLIT_FROM_RECORDS = 40_000;

/** How the index is built: one index, one bundle per policy, or bundles routed through the directory. */
export type IndexLayout = 'single' | 'split' | 'directory';

/**
 * The layout for a base of `records` records and the SEARCH_INDEX setting: `auto` (or unset)
 * chooses by size; `single`, `split` and `directory` force one. Throws on any other value.
 */
export function indexLayout(setting: string | undefined, records: number): IndexLayout {
  const value = (setting ?? '').trim();
  if (value === '' || value === 'auto') return records >= SPLIT_FROM_RECORDS ? 'split' : 'single';
  if (value === 'single' || value === 'split' || value === 'directory') return value;
  throw new Error(
    `SEARCH_INDEX is "${value.slice(0, 40)}": use auto (the default: split from ${String(SPLIT_FROM_RECORDS)} records), single, split or directory.`,
  );
}

/**
 * The manifest of a split index, or null for one index (`single`: the root bundle is the index,
 * searched alone, with no bundles to merge or route to).
 */
export function splitIndex(manifest: BundleManifest | null): BundleManifest | null {
  return manifest?.strategy === 'single' ? null : manifest;
}

/** What a search loads: named bundles, or the directory first. */
export type Selection = { kind: 'bundles'; keys: string[] } | { kind: 'directory' };

/**
 * The bundles a search with these filters loads: the policy's when the policy filter is set,
 * else every bundle or the directory, as the manifest says.
 */
export function selectBundles(
  manifest: BundleManifest,
  filters: Readonly<Record<string, string | undefined>>,
): Selection {
  const policy = filters[POLICY_FILTER];
  if (policy !== undefined && policy !== '') return { kind: 'bundles', keys: [bundleKey(policy)] };
  return manifest.strategy === 'all' ? { kind: 'bundles', keys: [...manifest.bundles] } : { kind: 'directory' };
}

/**
 * A sortable value of Pagefind's: numbers sort as numbers when every value is one, as the
 * award sort's are. Returns the table a bundle's sort.json holds: values ascending.
 */
export function sortTable(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/**
 * The sort value of a result of a sorted search in one bundle. Pagefind scores such a result by
 * its position in the bundle's ascending sort order (negated for asc), which means nothing next
 * to another bundle's positions; the table turns it back into the value, which does.
 */
export function valueAtRank(table: readonly number[], score: number): number {
  return table[Math.round(Math.abs(score))] ?? 0;
}

/** How a directory search widens, handed in so that the routine stays pure. */
export interface Widening<R> {
  /** The bundle keys of the directory's results from rank `from` (inclusive) to `to` (exclusive), in rank order. */
  keysRanked: (from: number, to: number) => Promise<string[]>;
  /** Results of the query searched in these bundles together. */
  searchIn: (keys: readonly string[]) => Promise<R[]>;
  /** The most bundles to load (the manifest's `top`). */
  top: number;
  /** Bundles per step. */
  step?: number;
  /** Results that stop the widening. */
  enough?: number;
}

/**
 * Searches the bundles the directory ranks highest, DIRECTORY_STEP at a time, until they hold
 * DIRECTORY_ENOUGH results or `top` bundles are loaded: a common query costs two bundles, a rare
 * one looks further. Returns the results of the last search and the bundles it covered.
 */
export async function widenThroughDirectory<R>(w: Widening<R>): Promise<{ keys: string[]; results: R[] }> {
  const step = w.step ?? DIRECTORY_STEP;
  const enough = w.enough ?? DIRECTORY_ENOUGH;
  let keys: string[] = [];
  let results: R[] = [];
  for (let from = 0; from < w.top; from += step) {
    const more = await w.keysRanked(from, Math.min(w.top, from + step));
    if (more.length === 0) break;
    keys = [...keys, ...more.filter((k) => !keys.includes(k))];
    results = await w.searchIn(keys);
    if (results.length >= enough) break;
  }
  return { keys, results };
}
