import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { axePages, provisionWithAwards, templatePages } from './helpers/axe-pages';
import { resultsFor } from './search-helpers';

// Axe on the first page of every template, the pages whose markup differs with their facts and
// a fixed sample of the rest (see helpers/axe-pages.ts); `npm run test:e2e:axe-all` (AXE_ALL=1)
// checks every page of the build instead. The link check visits every page either way.
const PATHS = axePages();
const AWARDS = provisionWithAwards();
const TEMPLATES = templatePages();

/** Axe's violations in a form that names the rule, the help and the offending elements. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
}

test.describe('axe', () => {
  test.describe.configure({ mode: 'parallel' });

  test('the pages checked hold every template of the build', () => {
    for (const template of [
      '/',
      '/policies/',
      'policy full text (clause)',
      'policy full text (article)',
      'provision (clause)',
      'provision (article)',
      'policy parts/N/',
      'policy chapters/N/',
      'policy preamble/',
      'policy closing/',
      '/industries/',
      '/industries/*/',
      '/support-types/',
      '/support-types/*/',
      '/awards/',
      '/targets/',
      '/references/',
      '/references/*/',
      '/search/',
      '/calculator/',
      '/calculator/*/',
      '/api/',
    ])
      expect([...TEMPLATES.keys()], template).toContain(template);
    for (const path of TEMPLATES.values()) expect(PATHS).toContain(path);
    expect(PATHS).toContain(AWARDS);
    expect(PATHS).toContain('/404.html');
  });

  for (const path of PATHS) {
    test(`${path} has no violations`, async ({ page }) => {
      // /awards/ holds every award (107 rows, about 125 KB): axe over it takes longer than a page.
      if (path === '/awards/') test.slow();
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }

  test('the search page with the results of a query has no violations', async ({ page }) => {
    await page.goto('/search/?q=奖励');
    await resultsFor(page, '奖励');
    await expect(page.getByTestId('search-result').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test.describe('in dark mode', () => {
    test.use({ colorScheme: 'dark' });
    for (const path of ['/', AWARDS, '/awards/', TEMPLATES.get('/references/*/') ?? '/references/']) {
      test(`${path} has no violations`, async ({ page }) => {
        await page.goto(path);
        expect(await violations(page)).toEqual([]);
      });
    }
  });

  test('a provision page with a highlighted sentence has no violations', async ({ page }) => {
    await page.goto(`${AWARDS}#s1`);
    await expect(page.locator('#s1')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
