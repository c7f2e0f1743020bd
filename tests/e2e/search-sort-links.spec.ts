/**
 * Sorting by the largest award holds (re-ranking does not reorder it), with and without a
 * query, in every policy; result links are clean (one ?, real words) and the page they lead to
 * highlights whole terms only.
 */
import { expect, test } from '@playwright/test';
import { allResultPaths, badgeMaxima, clause, POLICIES, resultsFor, search } from './search-helpers';

/** Whether `xs` never increases. */
const nonIncreasing = (xs: readonly number[]) => xs.every((x, i) => i === 0 || x <= (xs[i - 1] ?? Infinity));

test.describe('sort by largest award', () => {
  test('奖励 sorted by award: every badge maximum is at most the one above it', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('奖励')}&sort=award`);
    await resultsFor(page, '奖励');
    await allResultPaths(page);
    const maxima = await badgeMaxima(page);
    expect(maxima[0]).toBe(100_000_000);
    expect(nonIncreasing(maxima)).toBe(true);
  });

  test('without a query, lists every award by amount and says so', async ({ page }) => {
    await page.goto('/search/?sort=award');
    await resultsFor(page, '');
    const paths = await allResultPaths(page);
    // It says what it lists: provisions, as many as it shows, not 全部奖励.
    await expect(page.locator('[data-search-note]')).toContainText(`列出载明奖励金额的 ${String(paths.length)} 条条款`);
    const maxima = await badgeMaxima(page);
    expect(maxima.length).toBeGreaterThan(3);
    expect(maxima.every((m) => m > 0)).toBe(true);
    expect(nonIncreasing(maxima)).toBe(true);
  });

  for (const policy of POLICIES) {
    test(`within ${policy}, the award list is sorted or says why it is empty`, async ({ page }) => {
      await page.goto(`/search/?${new URLSearchParams({ policy, sort: 'award' }).toString()}`);
      await resultsFor(page, '');
      // The filter took: every result is a provision of this policy.
      const paths = await allResultPaths(page);
      expect(paths.every((p) => p.startsWith(`/policies/${policy}/`))).toBe(true);
      const maxima = await badgeMaxima(page);
      expect(nonIncreasing(maxima)).toBe(true);
      if (maxima.length === 0) await expect(page.getByRole('status')).toContainText('没有');
    });
  }
});

test.describe('clean links and whole-term highlights', () => {
  test('第十六条 shows no internal token anywhere', async ({ page }) => {
    await search(page, '第十六条');
    const text = (await page.locator('#search-app').textContent()) ?? '';
    expect(text).not.toMatch(/\bc\d+c\b|\by\d+y\b/);
  });

  for (const q of ['第十六条', '200万', '杭政办函〔2018〕64号', '补贴 绿色工厂']) {
    test(`“${q}”: every result link has one ? and real words only`, async ({ page }) => {
      await search(page, q);
      const hrefs = await page
        .getByTestId('search-result')
        .locator('h2 a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const h of hrefs) {
        expect(h.split('?').length, h).toBeLessThanOrEqual(2);
        const words = new URL(h, 'http://x').searchParams.getAll('highlight');
        for (const w of words) {
          expect(w, h).not.toMatch(/^[cy]\d+[cy]$/);
          expect(Array.from(w).length, h).toBeGreaterThan(1);
        }
      }
    });
  }

  test('from a 文号 search, the page highlights the number, never single characters', async ({ page }) => {
    await search(page, '杭政办函〔2018〕64号');
    await page.getByTestId('search-result').first().locator('h2 a').click();
    // The highlighter runs after the page loads: wait for its first mark before reading them all.
    await expect(page.locator('main mark').first()).toBeVisible();
    const marks = await page.locator('main mark').allTextContents();
    expect(marks).toContain('杭政办函〔2018〕64号');
    expect(marks.every((m) => Array.from(m).length > 1)).toBe(true);
  });

  test('from a 200万 search, the page highlights 200万元 (not 1200万元)', async ({ page }) => {
    await search(page, '200万');
    await page
      .getByTestId('search-result')
      .filter({ has: page.locator(`a[href^="${clause(16)}"]`) })
      .locator('h2 a')
      .click();
    await expect(page.locator('main mark').first()).toBeVisible();
    const marks = await page.locator('main mark').allTextContents();
    expect(marks.every((m) => m === '200万元' || m === '200万')).toBe(true);
  });
});
