/**
 * Hostile or broken input: very long queries are cut (and the page says so) in bounded time,
 * 800 highlight parameters do not break the page, an unknown filter value is dropped with a note.
 * Time bounds are generous: they catch minutes, not milliseconds.
 */
import { expect, test } from '@playwright/test';
import { clause, resultsFor, searchBox } from './search-helpers';
import { MAX_QUERY_CHARS } from '../../src/lib/search/limits';

test('a 100,000-character query pasted into the box is cut to the limit, quickly', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByText(`最多 ${String(MAX_QUERY_CHARS)} 个字`)).toBeVisible();
  const q = '绿色工厂资助'.repeat(100_000 / 6);
  const started = Date.now();
  await searchBox(page).fill(q);
  // The box holds MAX_QUERY_CHARS characters (maxlength); the search runs on them.
  expect(Array.from(await searchBox(page).inputValue()).length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  await expect(page.getByTestId('search-result').first()).toBeVisible({ timeout: 20_000 });
  expect(Date.now() - started).toBeLessThan(20_000);
});

test('a long query from a link is cut to the limit, the page says so, and the box shows what was searched', async ({
  page,
}) => {
  // About 1,000 characters: longer URLs are refused by servers before the page runs (HTTP 431).
  const q = '元宇宙碳达峰'.repeat(1_000 / 6);
  const started = Date.now();
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('#search-app')).toHaveAttribute('data-rendered-query', /.+/, { timeout: 20_000 });
  expect(Date.now() - started).toBeLessThan(20_000);
  expect(Array.from(await searchBox(page).inputValue()).length).toBe(MAX_QUERY_CHARS);
  await expect(page.locator('[data-search-notice]')).toContainText(`只按前 ${String(MAX_QUERY_CHARS)} 个字`);
  await expect(page.getByRole('status')).toContainText('没有找到');
});

test('a 40,000-character query typed into the box renders in bounded time', async ({ page }) => {
  await page.goto('/search/');
  const started = Date.now();
  await searchBox(page).fill('元宇宙碳达峰'.repeat(40_000 / 6));
  await expect(page.getByRole('status')).toContainText('没有找到', { timeout: 20_000 });
  expect(Date.now() - started).toBeLessThan(20_000);
});

test('800 highlight parameters neither throw nor hang; the first words are highlighted', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const params = new URLSearchParams([
    ['highlight', '绿色工厂'],
    // Short ASCII words: 800 of them still fit in the 16 kB a server accepts for a request line.
    ...Array.from({ length: 800 }, (_, i) => ['highlight', `w${String(i)}`] as [string, string]),
  ]);
  await page.goto(`${clause(16)}?${params.toString()}`);
  await expect(page.locator('main mark').first()).toHaveText('绿色工厂');
  expect(errors).toEqual([]);
});

test('an unknown filter value is dropped with a note, not applied in secret', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('资助')}&level=nonexistent`);
  await resultsFor(page, '资助');
  await expect(page.locator('[data-search-notice]')).toContainText('级别“nonexistent”');
  await expect(page).not.toHaveURL(/level=/);
  await expect(page.getByLabel('级别', { exact: true })).toHaveValue('');
  await expect(page.getByTestId('search-result').first()).toBeVisible();
});
