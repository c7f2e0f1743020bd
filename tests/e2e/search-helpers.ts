import { expect, type Page } from '@playwright/test';
import { urls } from '../../src/lib/kb/urls';

/** The policy of the knowledge base. */
export const POLICY = 'hz-2018-manufacturing';
/** The URL of clause `n`. */
export const clause = (n: number) => urls.clause(POLICY, n);

/** The search box of the search page. */
export const searchBox = (page: Page) => page.getByRole('searchbox', { name: '输入关键词、文号或金额' });

/** Waits until the page shows the results of `q`. */
export async function resultsFor(page: Page, q: string): Promise<void> {
  await expect(page.locator('#search-app')).toHaveAttribute('data-rendered-query', q);
}

/** Types `q` into the search page's box (as a user would) and returns the result paths in order. */
export async function search(page: Page, q: string): Promise<string[]> {
  if (!page.url().includes('/search/')) await page.goto('/search/');
  await searchBox(page).fill(q);
  await resultsFor(page, q);
  return resultPaths(page);
}

/** The path of each result's first link, in order. */
export async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await page.getByTestId('search-result').evaluateAll((items) => items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''));
  return hrefs.map((h) => new URL(h, 'http://x').pathname);
}
