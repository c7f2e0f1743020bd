import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages, fileFor, hasPage } from './helpers/dist';

// A link check of the built site, read from disk (DIST_DIR): every internal href and src of
// every HTML page must name a built file, and every #fragment an id on the target page.

/** Pages other engineers build; when they are not in this build, links to them are skipped. */
const OPTIONAL_PAGES = ['/search/', '/calculator/'];

/** Decodes the few entities Astro writes into attribute values. */
function decode(value: string): string {
  return value
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
}

/** Every href and src of a page. */
function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
}

const idCache = new Map<string, Set<string>>();
/** The ids (and a names) of an HTML file. */
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1] ?? '')));
    idCache.set(file, ids);
  }
  return ids;
}

test('every internal link and anchor of the built site resolves', () => {
  const origin = 'http://site.invalid';
  const problems: string[] = [];
  const skipped = new Set<string>();
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(50);
  let checked = 0;
  for (const { path, file } of pages) {
    for (const link of linksOf(readFileSync(file, 'utf8'))) {
      if (/^(mailto|tel|javascript|data):/i.test(link)) continue;
      const url = new URL(link, origin + path);
      if (url.origin !== origin) {
        problems.push(`${path}: links to another host: ${link}`);
        continue;
      }
      if (OPTIONAL_PAGES.includes(url.pathname) && !hasPage(url.pathname)) {
        skipped.add(url.pathname);
        continue;
      }
      checked += 1;
      const target = fileFor(url.pathname);
      if (!target) {
        problems.push(`${path}: link ${link} → no file for ${url.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        problems.push(`${path}: link ${link} → ${url.pathname} has no id="${fragment}"`);
      }
    }
  }
  if (skipped.size > 0) {
    test.info().annotations.push({
      type: 'skipped links',
      description: `not in this build, links to them not checked: ${[...skipped].join(', ')}`,
    });
    console.log(`link check: skipped links to pages not in this build: ${[...skipped].join(', ')}`);
  }
  expect(checked).toBeGreaterThan(1000);
  expect(problems, `${String(problems.length)} broken links:\n${problems.join('\n')}`).toEqual([]);
});
