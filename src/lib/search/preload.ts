/**
 * Preload hints for the search page, written after Pagefind has built the index: the names of
 * the index files carry hashes the page cannot know when Astro renders it. Without the hints
 * a cold search waits for four requests in a row (entry, meta, index chunk, fragment); with
 * them the meta and the index chunks download while the page's script starts.
 */

/** The file names of a Pagefind bundle that the hints name. */
export interface PagefindFiles {
  /** pagefind-entry.json's `languages` hashes, e.g. zh-cn_9d3232e194e3f. */
  metaHashes: readonly string[];
  /** Files of the bundle's index/ folder. */
  indexChunks: readonly string[];
}

/** Above this many chunks the index is too large to fetch in full before a query names a chunk. */
export const MAX_PRELOADED_CHUNKS = 4;

/**
 * The <link rel="preload"> elements for a bundle at `base` (e.g. /pagefind/): every language's
 * meta file, and the index chunks when there are few enough to fetch them all.
 */
export function preloadLinks(base: string, files: PagefindFiles): string {
  const hrefs = [
    ...files.metaHashes.map((h) => `${base}pagefind.${h}.pf_meta`),
    ...(files.indexChunks.length <= MAX_PRELOADED_CHUNKS ? files.indexChunks.map((f) => `${base}index/${f}`) : []),
  ];
  return hrefs.map((h) => `<link rel="preload" href="${h}" as="fetch" crossorigin="anonymous">`).join('');
}

/** Inserts `links` at the end of an HTML page's head. Throws when the page has no </head>. */
export function insertIntoHead(html: string, links: string): string {
  const at = html.indexOf('</head>');
  if (at === -1) throw new Error('search page has no </head> to add preload hints to');
  return `${html.slice(0, at)}${links}${html.slice(at)}`;
}
