/**
 * The search page loads the data of results (Pagefind fragments, one request each) only as far
 * as it shows them: a common word does not load every result, “显示更多结果” goes on from where
 * the page stopped, the award list without a query loads no more than a page. Before, 企业 loaded
 * every one of its hundred-odd results and the award list every record of the base.
 */
import { expect, test, type Page } from '@playwright/test';
import { MAX_CHECKS_PER_PAGE, PAGE_SIZE } from '../../src/lib/search/lazy-matches';
import { resultPaths, resultsFor } from './search-helpers';

/** Counts the fragment requests the page makes from now on. */
function countFragments(page: Page): { n: number } {
  const count = { n: 0 };
  page.on('request', (r) => {
    if (/\/pagefind\/.*fragment\//.test(r.url())) count.n += 1;
  });
  return count;
}

/** The status line's text. */
const statusOf = async (page: Page) => (await page.getByRole('status').textContent()) ?? '';

for (const q of ['企业', '政府']) {
  test(`“${q}”, a word of most provisions, loads a bounded number of results and says when its count is an estimate`, async ({
    page,
  }) => {
    const fragments = countFragments(page);
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await resultsFor(page, q);
    await expect(page.getByTestId('search-result')).toHaveCount(PAGE_SIZE);
    expect(fragments.n).toBeLessThanOrEqual(MAX_CHECKS_PER_PAGE);
    const status = await statusOf(page);
    const m = /找到(约)? (\d+) 条结果/.exec(status);
    // The base has more results for it than a page checks: an estimate, said to be one.
    expect(Number(m?.[2])).toBeGreaterThan(MAX_CHECKS_PER_PAGE);
    expect(m?.[1]).toBe('约');
    expect(status).toContain('估计');
  });
}

test('“显示更多结果” checks on from where the page stopped, and the count becomes exact at the end', async ({
  page,
}) => {
  const fragments = countFragments(page);
  await page.goto(`/search/?q=${encodeURIComponent('企业')}`);
  await resultsFor(page, '企业');
  const more = page.getByRole('button', { name: '显示更多结果' });
  let before = fragments.n;
  while (await more.isVisible()) {
    const shown = await page.getByTestId('search-result').count();
    await more.click();
    await expect.poll(() => page.getByTestId('search-result').count()).toBeGreaterThan(shown);
    expect(fragments.n - before).toBeLessThanOrEqual(MAX_CHECKS_PER_PAGE);
    before = fragments.n;
  }
  const paths = await resultPaths(page);
  expect(new Set(paths).size).toBe(paths.length);
  // Every result was checked once: the count is exact and is what the list holds.
  await expect(page.getByRole('status')).toHaveText(`找到 ${String(paths.length)} 条结果。`);
  expect(fragments.n).toBeLessThanOrEqual(paths.length + MAX_CHECKS_PER_PAGE);
});

test('the award list without a query loads a page of results, not every record', async ({ page }) => {
  const fragments = countFragments(page);
  await page.goto('/search/?sort=award');
  await resultsFor(page, '');
  const shown = await page.getByTestId('search-result').count();
  expect(shown).toBeGreaterThan(3);
  expect(fragments.n).toBeLessThanOrEqual(PAGE_SIZE);
  await expect(page.getByRole('status')).toHaveText(/^找到 \d+ 条结果。$/);
});
