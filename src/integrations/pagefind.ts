import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { urls } from '../lib/kb/urls';
import { insertIntoHead } from '../lib/search/preload';
import { SEARCH_RECORDS_FILE, type SearchRecord } from '../lib/search/records';
import { DIRECTORY_FORMAT, directoryHtml, recordHtml } from '../lib/search/record-html';
import {
  BUNDLE_FORMAT,
  BUNDLES_DIR,
  DIRECTORY_KEY,
  DIRECTORY_TOP,
  MANIFEST_FILE,
  bundleUrl,
  groupByBundle,
  keyOfBundleUrl,
  strategyFor,
  indexLayout,
  type BundleManifest,
} from '../lib/search/bundles';
import { SEGMENTERS } from './segmenters';
import { bundleHash, buildBundles, cachedText, installBundle, pruneTexts, type BundleJob } from './pagefind-bundles';

/** The Pagefind version the bundles are built with: part of every bundle's hash. */
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/**
 * The cache of built bundles: outside dist (Astro empties dist on every build), in the
 * project's node_modules/.cache like other tools' caches; SEARCH_CACHE_DIR moves it.
 */
function cacheDir(root: string): string {
  return process.env.SEARCH_CACHE_DIR ?? path.join(root, 'node_modules/.cache/policy-kb-search');
}

/** The folder of the cache holding each policy's directory page (not a bundle: a name without one's shape). */
const DIRECTORY_PAGES = '.directory-pages';

/** The key of the root bundle in the cache: Pagefind's runtime and a placeholder index. */
const ROOT_KEY = 'root';

/**
 * Pagefind's files the site loads from /pagefind/: the search runtime and its WebAssembly. Not
 * pagefind-highlight.js: pages highlight the search's words themselves (SearchHighlight.astro).
 */
const RUNTIME = ['pagefind.js', 'wasm.unknown.pagefind'];

/**
 * The root bundle. Pagefind's primary index loads the WebAssembly from its own folder, so every
 * search starts from /pagefind/; the bundles are merged into it. Its one record carries no
 * filter, and every search asks for its bundles by filter, so the record is never a result.
 */
const ROOT_JOB: BundleJob = {
  key: ROOT_KEY,
  pages: [
    {
      url: '/',
      content:
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>政策库</title></head><body><main data-pagefind-body><p>政策库</p></main></body></html>',
    },
  ],
  runtime: RUNTIME,
};

/**
 * The jobs of the base, by its layout (indexLayout: by size unless SEARCH_INDEX says): the single
 * index in the root bundle, or the root, one bundle per policy, and the directory when the
 * strategy uses one. See README, Serving at scale, for the measurements behind the threshold.
 */
function jobsFor(
  records: readonly SearchRecord[],
  cache: string,
): {
  jobs: BundleJob[];
  keys: string[];
  strategy: BundleManifest['strategy'];
  titles: Record<string, string>;
} {
  const layout = indexLayout(process.env.SEARCH_INDEX, records.length);
  // The browser's cut of each indexed word, made once for the whole base.
  const bridges = new Map<string, string[]>();
  if (layout === 'single') {
    const pages = records.map((r) => ({ url: r.url, content: recordHtml(r, SEGMENTERS, bridges) }));
    return { jobs: [{ ...ROOT_JOB, key: 'single', pages }], keys: [], strategy: 'single', titles: {} };
  }
  const groups = groupByBundle(records);
  const keys = [...groups.keys()];
  const strategy = strategyFor(keys.length, layout === 'directory');
  const jobs: BundleJob[] = [ROOT_JOB];
  const policyJobs = [...groups].map(([key, rs]) => ({
    job: {
      key,
      pages: rs.map((r) => ({ url: r.url, content: recordHtml(r, SEGMENTERS, bridges) })),
      sortValues: rs.map((r) => r.maxYuan),
    },
    records: rs,
  }));
  jobs.push(...policyJobs.map((p) => p.job));
  if (strategy === 'directory') {
    // A policy's directory page depends on its records only: kept per policy hash, it is made
    // again for the changed policies alone (segmenting every policy costs 4 s at 10,000 provisions).
    const hashed = policyJobs.map((p) => ({ ...p, hash: bundleHash(p.job, PAGEFIND_VERSION) }));
    const pagesDir = path.join(cache, DIRECTORY_PAGES);
    jobs.push({
      key: DIRECTORY_KEY,
      inputs: [`format:${String(DIRECTORY_FORMAT)}`, ...hashed.map((h) => `${h.job.key}:${h.hash}`)].join('\n'),
      keyOfUrl: (url) => {
        const key = keyOfBundleUrl(url);
        if (key === null) throw new Error(`a directory record's URL names no bundle: ${url}`);
        return key;
      },
      pages: () => {
        const names = new Set(hashed.map((h) => `${h.job.key}.${h.hash}.d${String(DIRECTORY_FORMAT)}.html`));
        const pages = hashed.map((h) => ({
          url: bundleUrl('/', h.job.key),
          content: cachedText(pagesDir, `${h.job.key}.${h.hash}.d${String(DIRECTORY_FORMAT)}.html`, () =>
            directoryHtml(h.job.key, h.records, SEGMENTERS),
          ),
        }));
        pruneTexts(pagesDir, names);
        return pages;
      },
    });
  }
  // The directory routes a query to the policies whose titles name its words first (routeNamedFirst).
  const titles =
    strategy === 'directory' ? Object.fromEntries([...groups].map(([key, rs]) => [key, rs[0]?.policy ?? ''])) : {};
  return { jobs, keys, strategy, titles };
}

/**
 * Preload hints for the search page: the manifest and the root bundle's entry and meta (every
 * search needs them), with the `?ts=` tag Pagefind adds so that the preloaded response is the
 * one it asks for.
 */
function addPreloads(outDir: string, tag: string): void {
  const page = path.join(outDir, urls.search(), 'index.html');
  if (!existsSync(page)) return;
  const root = path.join(outDir, BUNDLES_DIR);
  const entry = JSON.parse(readFileSync(path.join(root, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const hrefs = [
    `/${BUNDLES_DIR}/${MANIFEST_FILE}`,
    `/${BUNDLES_DIR}/pagefind-entry.json?ts=${tag}`,
    ...Object.values(entry.languages).map((l) => `/${BUNDLES_DIR}/pagefind.${l.hash}.pf_meta`),
  ];
  const links = hrefs.map((h) => `<link rel="preload" href="${h}" as="fetch" crossorigin="anonymous">`).join('');
  writeFileSync(page, insertIntoHead(readFileSync(page, 'utf8'), links));
}

/**
 * Builds the search index after `astro build`, from the knowledge base rather than from the
 * pages (its records, which the build wrote to <outDir>/search-records.json and which this
 * removes): one Pagefind bundle per policy in <outDir>/pagefind/b/<key>/ (see lib/search/bundles.ts),
 * the runtime and a root bundle in <outDir>/pagefind/, and bundles.json saying how they are
 * searched. Unchanged bundles come from the cache.
 */
export function pagefindIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'policy-kb:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const outDir = fileURLToPath(dir);
        const recordsFile = path.join(outDir, SEARCH_RECORDS_FILE);
        const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecord[];
        rmSync(recordsFile);
        const bundleRoot = path.join(outDir, BUNDLES_DIR);
        const cache = cacheDir(root);
        const { jobs, keys, strategy, titles } = jobsFor(records, cache);
        const result = await buildBundles(jobs, cache, PAGEFIND_VERSION);
        const indexedMs = performance.now() - start;
        rmSync(bundleRoot, { recursive: true, force: true });
        const [rootJob, ...bundleJobs] = jobs;
        installBundle(path.join(cache, rootJob?.key ?? ROOT_KEY), bundleRoot);
        for (const job of bundleJobs) installBundle(path.join(cache, job.key), path.join(bundleRoot, 'b', job.key));
        const tag = createHash('sha256')
          .update([...result.hashes].map(([k, h]) => `${k}:${h}`).join('\n'))
          .digest('hex')
          .slice(0, 12);
        const manifest: BundleManifest = {
          format: BUNDLE_FORMAT,
          tag,
          strategy,
          bundles: strategy === 'all' ? keys : [],
          top: DIRECTORY_TOP,
          ...(strategy === 'directory' ? { titles } : {}),
        };
        writeFileSync(path.join(bundleRoot, MANIFEST_FILE), JSON.stringify(manifest));
        addPreloads(outDir, tag);
        // One line the scale benchmark reads: what was indexed and how long it took.
        logger.info(
          `indexed ${String(records.length)} records in ${String(keys.length)} bundles (${strategy}); re-indexed ${String(result.built.length)}, reused ${String(result.reused.length)}; index ${(indexedMs / 1000).toFixed(2)} s, total ${((performance.now() - start) / 1000).toFixed(2)} s`,
        );
      },
    },
  };
}
