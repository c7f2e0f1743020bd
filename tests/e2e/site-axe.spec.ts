import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitePaths } from './helpers/dist';

// Every page of the build (read from DIST_DIR at collection time), plus the 404 page,
// except that provision pages, hundreds of one template, are sampled: each policy's first two,
// every tenth, and every one of the 2018 policy (they carry the award tables); so are industry
// pages, one template for 50 industries: the first three and every fifth. The link check still
// visits every page.
const PROVISION = /^\/policies\/([^/]+)\/(\d+)\/$/u;
const INDUSTRY = /^\/industries\/[^/]+\/$/u;
const ALL = sitePaths();
const industries = ALL.filter((p) => INDUSTRY.test(p));
const PATHS = [
  ...ALL.filter((p) => {
    if (INDUSTRY.test(p)) {
      const i = industries.indexOf(p);
      return i < 3 || i % 5 === 0 || p === '/industries/biomedicine/';
    }
    const m = PROVISION.exec(p);
    if (!m) return true;
    const n = Number(m[2]);
    return n <= 2 || n % 10 === 0 || m[1] === 'hz-2018-manufacturing';
  }),
  '/404.html',
];

/** Axe's violations in a form that names the rule, the help and the offending elements. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
}

test.describe('axe', () => {
  test.describe.configure({ mode: 'parallel' });

  test('the build has pages of every type', () => {
    for (const p of [
      '/',
      '/policies/hz-2018-manufacturing/',
      '/policies/hz-2018-manufacturing/16/',
      '/awards/',
      '/industries/biomedicine/',
      '/references/hangzhengbanhan-2018-64/',
    ]) {
      expect(PATHS).toContain(p);
    }
  });

  for (const path of PATHS) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }

  test.describe('in dark mode', () => {
    test.use({ colorScheme: 'dark' });
    for (const path of [
      '/',
      '/policies/hz-2018-manufacturing/16/',
      '/awards/',
      '/references/hangzhengbanhan-2018-64/',
    ]) {
      test(`${path} has no violations`, async ({ page }) => {
        await page.goto(path);
        expect(await violations(page)).toEqual([]);
      });
    }
  });

  test('the clause page with a highlighted sentence has no violations', async ({ page }) => {
    await page.goto('/policies/hz-2018-manufacturing/16/#s4');
    expect(await violations(page)).toEqual([]);
  });
});
