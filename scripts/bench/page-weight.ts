/**
 * What a first visit to a built page transfers before search is used: the HTML, the
 * stylesheets and scripts it references, and the modules those scripts import statically,
 * each gzip-compressed as a host would serve it. Pagefind's files load only when search is
 * used and are left out; so are dynamic import()s.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file of a page's first visit. */
export interface Asset {
  /** Its URL path. */
  path: string;
  kind: 'html' | 'css' | 'js';
  /** Bytes on disk. */
  raw: number;
  /** Bytes gzip-compressed. */
  gzip: number;
}

/** A page's first-visit weight. */
export interface PageWeight {
  path: string;
  assets: Asset[];
  /** Compressed bytes of each kind. */
  html: number;
  css: number;
  js: number;
  total: number;
  /** URL paths referenced but absent from the build. */
  missing: string[];
}

/** The file a URL path names in the build. */
function fileOf(dist: string, path: string): string {
  return path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
}

/** Attribute values of the tags that match. */
function attrs(html: string, tag: RegExp, attr: string): string[] {
  return [...html.matchAll(tag)].flatMap((m) => {
    const v = new RegExp(`\\s${attr}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(m[0]);
    return v ? [v[1] ?? v[2] ?? v[3] ?? ''] : [];
  });
}

/** Resolves a reference against the URL path of the file that makes it; null for other hosts and data: URLs. */
function resolve(from: string, ref: string): string | null {
  if (/^(?:[a-z]+:|\/\/)/i.test(ref)) return null;
  const clean = ref.split(/[?#]/)[0] ?? ref;
  return clean.startsWith('/')
    ? posix.normalize(clean)
    : posix.normalize(posix.join(from.endsWith('/') ? from : posix.dirname(from), clean));
}

/** Static imports of a module (import … from "x", import "x", export … from "x"). */
function staticImports(js: string): string[] {
  return [...js.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g)].map(
    (m) => m[1] ?? '',
  );
}

/** The first-visit weight of the page at URL path `path` of the build in `dist`. */
export function pageWeight(dist: string, path: string): PageWeight {
  const html = readFileSync(fileOf(dist, path), 'utf8');
  const assets: Asset[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (p: string, kind: Asset['kind']): string | null => {
    if (seen.has(p) || p.startsWith('/pagefind/')) return null;
    seen.add(p);
    const file = fileOf(dist, p);
    if (!existsSync(file)) {
      missing.push(p);
      return null;
    }
    const bytes = readFileSync(file);
    assets.push({ path: p, kind, raw: bytes.length, gzip: gzipSync(bytes).length });
    return bytes.toString('utf8');
  };
  add(path, 'html');
  const css = attrs(html, /<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi, 'href');
  const js = [
    ...attrs(html, /<script\b[^>]*\bsrc=[^>]*>/gi, 'src'),
    ...attrs(html, /<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi, 'href'),
  ];
  const cssQueue = css.map((r) => resolve(path, r)).filter((p): p is string => p !== null);
  while (cssQueue.length > 0) {
    const p = cssQueue.shift() as string;
    const text = add(p, 'css');
    if (text !== null)
      for (const m of text.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g)) {
        const r = resolve(p, m[1] ?? '');
        if (r) cssQueue.push(r);
      }
  }
  const jsQueue = js.map((r) => resolve(path, r)).filter((p): p is string => p !== null);
  while (jsQueue.length > 0) {
    const p = jsQueue.shift() as string;
    const text = add(p, 'js');
    if (text !== null)
      for (const ref of staticImports(text)) {
        const r = resolve(p, ref);
        if (r) jsQueue.push(r);
      }
  }
  const sum = (kind: Asset['kind']) => assets.filter((a) => a.kind === kind).reduce((n, a) => n + a.gzip, 0);
  return {
    path,
    assets,
    html: sum('html'),
    css: sum('css'),
    js: sum('js'),
    total: sum('html') + sum('css') + sum('js'),
    missing,
  };
}

/** Every index.html under a folder, as site paths (/awards/). */
function htmlPaths(dist: string, dir = ''): string[] {
  return readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return htmlPaths(dist, join(dir, e.name));
    return e.name === 'index.html' ? [`/${dir.split(sep).filter(Boolean).join('/')}${dir ? '/' : ''}`] : [];
  });
}

/**
 * URL paths of the build's pages, from its sitemap (sitemap-0.xml …), else by walking the HTML
 * files: a build without SITE_URL has no sitemap, and its pages must still be weighed.
 */
export function sitemapPaths(dist: string): string[] {
  const paths: string[] = [];
  for (let i = 0; existsSync(join(dist, `sitemap-${String(i)}.xml`)); i++) {
    const xml = readFileSync(join(dist, `sitemap-${String(i)}.xml`), 'utf8');
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(m[1] ?? '/').pathname);
  }
  return paths.length > 0 ? paths : htmlPaths(dist).sort();
}
