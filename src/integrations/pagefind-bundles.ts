/**
 * Builds Pagefind bundles into a cache kept outside dist/, one folder per bundle with the hash
 * of what it indexes: a bundle whose records did not change is reused as it is, so that adding
 * a policy re-indexes that policy (and the small directory) only. Stale bundles are indexed a
 * few at a time on Pagefind's one service process.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { BUNDLE_FORMAT, KEYS_FILE, SORT_FILE } from '../lib/search/bundles';
import { recordUrls } from './record-ids';

/** One page of a bundle, as Pagefind indexes it. */
export interface BundlePage {
  url: string;
  content: string;
}

/** A bundle to build. */
export interface BundleJob {
  key: string;
  /**
   * Its pages, or a function making them when the bundle must be indexed: the directory's pages
   * cost seconds to make at 10,000 provisions and are needed only when a policy changed.
   */
  pages: readonly BundlePage[] | (() => readonly BundlePage[]);
  /** What the bundle's hash covers when `pages` is a function (its inputs' hashes). */
  inputs?: string;
  /** The records' sort values, written ascending to sort.json (see bundles.ts valueAtRank); none for no file. */
  sortValues?: readonly number[];
  /** Pagefind's runtime files kept in the bundle (only the root bundle serves them). */
  runtime?: readonly string[];
  /** The key each record names, from its URL, written to keys.json by its Pagefind id (the directory's bundles). */
  keyOfUrl?: (url: string) => string;
}

/** What building the bundles did. */
export interface BundleBuild {
  /** key → content hash. */
  hashes: Map<string, string>;
  built: string[];
  reused: string[];
}

/** The files of a written bundle that the browser reads; Pagefind also writes its UIs, unused here. */
const INDEX_FILES = (name: string) =>
  name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(name);
const HASH_FILE = '.hash';

/** Throws with every message when a Pagefind response reports errors. */
function check(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${what} failed:\n${errors.join('\n')}`);
}

/** The content hash of a bundle: its pages (or their inputs), sort values, the format and Pagefind's version. */
export function bundleHash(job: BundleJob, pagefindVersion: string): string {
  const h = createHash('sha256').update(
    `${String(BUNDLE_FORMAT)}\0${pagefindVersion}\0${job.key}\0${(job.runtime ?? []).join(',')}\0`,
  );
  if (typeof job.pages === 'function') h.update(`inputs\0${job.inputs ?? ''}\0`);
  else for (const p of job.pages) h.update(`${p.url}\0${p.content}\0`);
  h.update(JSON.stringify(job.sortValues ?? null));
  return h.digest('hex').slice(0, 20);
}

/** Indexes one bundle into `dir` (replacing it), keeping only the files the browser reads. */
async function indexBundle(job: BundleJob, dir: string, hash: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  try {
    const pages = typeof job.pages === 'function' ? job.pages() : job.pages;
    for (const p of pages)
      check(`indexing ${p.url}`, (await index.addHTMLFile({ url: p.url, content: p.content })).errors);
    const tmp = `${dir}.tmp-${String(process.pid)}`;
    rmSync(tmp, { recursive: true, force: true });
    check('writeFiles', (await index.writeFiles({ outputPath: tmp })).errors);
    const keep = new Set(job.runtime ?? []);
    for (const name of readdirSync(tmp))
      if (!INDEX_FILES(name) && !keep.has(name)) rmSync(path.join(tmp, name), { recursive: true });
    if (job.sortValues)
      writeFileSync(path.join(tmp, SORT_FILE), JSON.stringify([...job.sortValues].sort((a, b) => a - b)));
    const { keyOfUrl } = job;
    if (keyOfUrl) {
      const keys = [...recordUrls(tmp)].map(([id, url]) => [id, keyOfUrl(url)]);
      writeFileSync(path.join(tmp, KEYS_FILE), JSON.stringify(Object.fromEntries(keys)));
    }
    writeFileSync(path.join(tmp, HASH_FILE), hash);
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  } finally {
    // Frees the service's memory for this index: at 50,000 records it adds up.
    await index.deleteIndex();
  }
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

/**
 * Brings every bundle of `jobs` up to date in `cacheDir`, reusing those whose hash matches, and
 * removes cached bundles no job names. Parallel jobs: one per core, on Pagefind's service, which
 * indexes on threads of its own (measured: see README, Serving at scale).
 */
export async function buildBundles(
  jobs: readonly BundleJob[],
  cacheDir: string,
  pagefindVersion: string,
  parallel = cpus().length,
): Promise<BundleBuild> {
  mkdirSync(cacheDir, { recursive: true });
  const hashes = new Map<string, string>();
  const stale: Array<{ job: BundleJob; hash: string }> = [];
  const reused: string[] = [];
  for (const job of jobs) {
    const hash = bundleHash(job, pagefindVersion);
    hashes.set(job.key, hash);
    const hashFile = path.join(cacheDir, job.key, HASH_FILE);
    if (existsSync(hashFile) && readFileSync(hashFile, 'utf8') === hash) reused.push(job.key);
    else stale.push({ job, hash });
  }
  try {
    await pool(stale, parallel, ({ job, hash }) => indexBundle(job, path.join(cacheDir, job.key), hash));
  } finally {
    if (stale.length > 0) await pagefind.close();
  }
  // Dot folders are the integration's own caches (see cachedText), not bundles.
  for (const name of readdirSync(cacheDir))
    if (!hashes.has(name) && !name.startsWith('.')) rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  return { hashes, built: stale.map((s) => s.job.key), reused };
}

/**
 * Copies a cached bundle into dist: hard links where the file system allows (no bytes copied,
 * and the cache replaces a bundle by renaming a new folder, so dist's links stay intact), else
 * copies.
 */
export function installBundle(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name === HASH_FILE) continue;
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) {
      installBundle(src, dst);
      continue;
    }
    rmSync(dst, { force: true });
    try {
      linkSync(src, dst);
    } catch {
      copyFileSync(src, dst);
    }
  }
}

/**
 * Text kept in `dir` under `name` (a key and the hash of its inputs), made by `make` when absent.
 * Files whose name is not in `keep` are removed by pruneTexts.
 */
export function cachedText(dir: string, name: string, make: () => string): string {
  const file = path.join(dir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const text = make();
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${file}.tmp-${String(process.pid)}`, text);
  renameSync(`${file}.tmp-${String(process.pid)}`, file);
  return text;
}

/** Removes the files of `dir` not named in `keep`. */
export function pruneTexts(dir: string, keep: ReadonlySet<string>): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (!keep.has(name)) rmSync(path.join(dir, name), { force: true });
}
