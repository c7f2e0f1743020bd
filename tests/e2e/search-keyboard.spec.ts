/**
 * The results by keyboard: Enter moves focus to the first result (typing does not), in the
 * search page's box or the header box of any page, ↑/↓ move between results and back to the
 * box, and Back returns focus to the result opened.
 */
import { expect, test } from '@playwright/test';
import { resultsFor, searchBox } from './search-helpers';

/** The href of the focused element, or its tag when it has none. */
const focused = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id ?? '');

/** The hrefs of the result links, in order. */
const links = (page: import('@playwright/test').Page) =>
  page
    .getByTestId('search-result')
    .locator('h2 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

test('typing keeps focus in the box; Enter moves it to the first result', async ({ page }) => {
  await page.goto('/search/');
  await searchBox(page).pressSequentially('资助', { delay: 20 });
  await resultsFor(page, '资助');
  expect(await focused(page)).toBe('search-q');
  await searchBox(page).press('Enter');
  await expect.poll(() => focused(page)).toBe((await links(page))[0]);
});

test('/, a query and Enter in the header box of any page land on the first result; ↓ goes on', async ({ page }) => {
  await page.goto('/policies/');
  await page.locator('body').press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('资助');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/u);
  await resultsFor(page, '资助');
  const hrefs = await links(page);
  await expect.poll(() => focused(page)).toBe(hrefs[0]);
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toBe(hrefs[1]);
  // The request is used once: the same address opened again leaves focus at the top.
  await page.reload();
  await resultsFor(page, '资助');
  expect(hrefs).not.toContain(await focused(page));
});

test('↓ and ↑ move through the results and back to the box', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('资助'));
  await resultsFor(page, '资助');
  const hrefs = await links(page);
  await searchBox(page).focus();
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toBe(hrefs[0]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toBe(hrefs[2]);
  await page.keyboard.press('ArrowUp');
  expect(await focused(page)).toBe(hrefs[1]);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expect(await focused(page)).toBe('search-q');
});

test('Back returns focus to the result opened', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('资助'));
  await resultsFor(page, '资助');
  const hrefs = await links(page);
  await searchBox(page).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/search\//);
  await page.goBack();
  await expect.poll(() => focused(page)).toBe(hrefs[1]);
});
