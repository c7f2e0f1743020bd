import { expect, test } from '@playwright/test';
import { sitePaths } from './helpers/dist';

// The site makes no request to another host: one page of every page type of the build (from
// its pages), a search with a query and the 404 page, each with every request recorded,
// workers' included, after the page has settled and its search box has been focused (which
// loads the search lazily).

/** The page type of a URL path: ids and numbers replaced (/policies/:id/:n/). */
function pageType(path: string): string {
  const segments = path.split('/').filter(Boolean);
  return `/${segments.map((s, i) => (/^\d+$/.test(s) ? ':n' : i === 1 ? ':id' : s)).join('/')}${segments.length > 0 ? '/' : ''}`;
}

/** The first page of each type in the build. */
function pagesByType(): Map<string, string> {
  const byType = new Map<string, string>();
  for (const path of sitePaths()) {
    if (!byType.has(pageType(path))) byType.set(pageType(path), path);
  }
  byType.set('search with a query', `/search/?q=${encodeURIComponent('绿色工厂')}`);
  byType.set('404', '/no-such-page-here/');
  return byType;
}

const pages = pagesByType();

test('the build has the page types of the site', () => {
  for (const type of ['/', '/policies/:id/', '/policies/:id/:n/']) expect([...pages.keys()]).toContain(type);
});

for (const [type, path] of pages) {
  test(`${type} (${path}) requests nothing from another host`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').host;
    const requests: string[] = [];
    // The context sees the requests of the page's workers too (Pagefind searches in one).
    page.context().on('request', (r) => requests.push(r.url()));
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(type === '404' ? 404 : 200);
    const search = page.locator('input[type="search"]').first();
    if ((await search.count()) > 0) {
      await search.focus();
      await page.waitForLoadState('networkidle');
    }
    if (type === 'search with a query')
      await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible();
    await page.waitForLoadState('networkidle');

    const foreign = requests.filter((url) => {
      const u = new URL(url);
      if (u.protocol === 'data:') return false;
      if (u.protocol === 'blob:') return new URL(u.pathname).host !== origin;
      return u.host !== origin;
    });
    expect(requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
}
