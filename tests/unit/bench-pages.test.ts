import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { pageWeight, sitemapPaths } from '../../scripts/bench/page-weight';

const dist = mkdtempSync(join(tmpdir(), 'policy-kb-weight-'));
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
});

/** Writes a file of the fake build. */
function put(path: string, text: string): void {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
}

describe('first-visit page weight', () => {
  put(
    'policies/p/1/index.html',
    '<html lang="zh-CN"><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/app.js"></script><script src="https://cdn.example/x.js"></script>正文</html>',
  );
  put('_astro/a.css', '@import "./b.css"; body{color:red}');
  put('_astro/b.css', 'p{margin:0}');
  put('_astro/app.js', 'import{a}from"./chunk.js";import "./side.js";const p=import("/pagefind/pagefind.js");a(p);');
  put('_astro/chunk.js', 'export const a=(x)=>x;');
  put('_astro/side.js', 'console.log(1);');
  put(
    'sitemap-0.xml',
    '<urlset><url><loc>http://localhost:4321/</loc></url><url><loc>http://localhost:4321/policies/p/1/</loc></url></urlset>',
  );

  it('counts the HTML, stylesheets with their @imports and scripts with their static imports, gzip-compressed', () => {
    const w = pageWeight(dist, '/policies/p/1/');
    expect(w.assets.map((a) => a.path).sort()).toEqual([
      '/_astro/a.css',
      '/_astro/app.js',
      '/_astro/b.css',
      '/_astro/chunk.js',
      '/_astro/side.js',
      '/policies/p/1/',
    ]);
    expect(w.missing).toEqual([]);
    const css = gzipSync('@import "./b.css"; body{color:red}').length + gzipSync('p{margin:0}').length;
    expect(w.css).toBe(css);
    expect(w.total).toBe(w.html + w.css + w.js);
  });

  it('leaves out Pagefind, dynamic imports and other hosts', () => {
    const w = pageWeight(dist, '/policies/p/1/');
    expect(w.assets.some((a) => a.path.includes('pagefind') || a.path.includes('cdn'))).toBe(false);
  });

  it('reads page paths from the sitemap', () => {
    expect(sitemapPaths(dist)).toEqual(['/', '/policies/p/1/']);
  });
});
