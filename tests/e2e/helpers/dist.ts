/**
 * The built site under test, read from disk: the folder the test server serves (DIST_DIR,
 * default dist), its HTML files, and the pages its sitemap lists.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Absolute path of the built site. */
export const DIST = resolve(process.env['DIST_DIR'] ?? 'dist');

/** Every file under a folder, recursively. */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every built HTML page, as site paths with a trailing slash for index pages (/awards/). */
export function builtPages(): { path: string; file: string }[] {
  return walk(DIST)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const path = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
      return { path, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The file that serves a site path, or null: /x/ → x/index.html, /x.json → x.json. */
export function fileFor(pathname: string): string | null {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/')
    ? [join(DIST, decoded, 'index.html')]
    : [join(DIST, decoded), join(DIST, decoded, 'index.html'), join(DIST, `${decoded}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/**
 * Paths of every page of the build, as people reach them (/awards/, /policies/x/16/), without the
 * 404 page. Read from the HTML files rather than a sitemap: a build without SITE_URL has none.
 */
export function sitePaths(): string[] {
  return builtPages()
    .map((p) => p.path)
    .filter((p) => p !== '/404.html');
}

/** Whether the build holds a page at `path` (for pages other engineers may not have built yet). */
export function hasPage(path: string): boolean {
  return fileFor(path) !== null;
}
