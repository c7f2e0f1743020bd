/**
 * Search answers the same whatever the index layout: one index (the real base's default by
 * size), one bundle per policy, or bundles routed through the directory, the layout of a large
 * base. `npm run test:e2e:layouts` builds the real base with SEARCH_INDEX=directory and runs this
 * file against it, with EXPECT_SEARCH_STRATEGY saying which layout the build must have.
 */
import { expect, test, type Page } from '@playwright/test';
import { clause, provision, REGULATIONS, resultPaths, resultsFor } from './search-helpers';

/** The policy a result path belongs to. */
const policyOf = (path: string) => path.split('/')[2] ?? '';

/** The search page with a query and filters in the URL, once its results are in. */
async function open(page: Page, q: string, params: Record<string, string> = {}): Promise<string[]> {
  await page.goto(`/search/?${new URLSearchParams({ q, ...params }).toString()}`);
  await resultsFor(page, q);
  return resultPaths(page);
}

test('the index has the layout the build was asked for', async ({ request }) => {
  const response = await request.get('/pagefind/bundles.json');
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as { strategy: string };
  expect(manifest.strategy).toBe(process.env.EXPECT_SEARCH_STRATEGY ?? 'single');
});

test('绿色工厂 资助 finds clause （十六） first', async ({ page }) => {
  expect((await open(page, '绿色工厂 资助'))[0]).toBe(clause(16));
});

test('a word only one policy holds finds that policy’s provision first', async ({ page }) => {
  expect((await open(page, '跨境电商综试区'))[0]).toBe(provision(REGULATIONS.crossBorder, 2));
  expect((await open(page, '知识产权质押'))[0]).toBe(provision(REGULATIONS.highTech, 20));
});

test('a policy filter searches that policy alone, and loads no other policy’s bundle', async ({ page }) => {
  const bundles = new Set<string>();
  page.on('request', (r) => {
    const m = /\/pagefind\/b\/([^/]+)\//.exec(new URL(r.url()).pathname);
    if (m?.[1]) bundles.add(m[1]);
  });
  const paths = await open(page, '数据', { policy: REGULATIONS.digitalEconomy });
  expect(paths.length).toBeGreaterThan(0);
  expect(new Set(paths.map(policyOf))).toEqual(new Set([REGULATIONS.digitalEconomy]));
  // A split index loads the one bundle of the policy (and nothing of the directory); one index has none.
  expect(bundles.size).toBeLessThanOrEqual(1);
});

test('sorted by award, the largest award of the base comes first', async ({ page }) => {
  const paths = await open(page, '资助', { sort: 'award' });
  // 1亿元 is the largest award of the base: （五） and （七） of the 2018 opinions grant it.
  expect([clause(5), clause(7)]).toContain(paths[0]);
  await expect(page.getByTestId('search-result').first().getByRole('list', { name: '奖励金额' })).toContainText(
    '1亿元',
  );
});

test('a provision asked for by number in one policy comes first', async ({ page }) => {
  const paths = await open(page, '第十二条', { policy: REGULATIONS.highTech });
  expect(paths[0]).toBe(provision(REGULATIONS.highTech, 12));
});

test('words that no one provision holds together give partial matches, marked', async ({ page }) => {
  await open(page, '绿色工厂 跨境物流');
  const states = await page.getByTestId('search-result').evaluateAll((items) => items.map((li) => li.dataset.match));
  expect(states.length).toBeGreaterThan(0);
  expect(new Set(states)).toEqual(new Set(['partial']));
});

test('searched through the directory, the status line says which policies the results come from', async ({ page }) => {
  await open(page, '企业');
  const status = page.getByRole('status');
  await expect(status).toContainText(/找到约? \d+ 条结果/);
  if ((process.env.EXPECT_SEARCH_STRATEGY ?? 'single') === 'directory')
    await expect(status).toContainText(/结果来自最相关的 \d 项政策（共 \d 项政策含有这些词）；按“政策”筛选/);
  else await expect(status).not.toContainText('项政策');
});

test('the directory names the bundles of its results without loading their fragments', async ({ page }) => {
  const directory: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/pagefind/b/directory/')) directory.push(path.replace(/^.*\/b\/directory\//, ''));
  });
  expect((await open(page, '跨境电商综试区'))[0]).toBe(provision(REGULATIONS.crossBorder, 2));
  if ((process.env.EXPECT_SEARCH_STRATEGY ?? 'single') === 'directory') {
    expect(directory).toContain('keys.json');
    expect(directory.filter((p) => p.startsWith('fragment/'))).toEqual([]);
  } else expect(directory).toEqual([]);
});
