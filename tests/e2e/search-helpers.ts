import { expect, type Page } from '@playwright/test';
import { urls } from '../../src/lib/kb/urls';

/** The 2018 opinions (意见), numbered （一） to （二十二）. */
export const POLICY = 'hz-2018-manufacturing';
/** The URL of clause `n` of the 2018 opinions. */
export const clause = (n: number) => urls.clause(POLICY, n);

/** The regulations (条例) of the base, by the short name the tests use. */
export const REGULATIONS = {
  digitalEconomy: 'zj-2020-digital-economy',
  highTech: 'zj-2009-high-tech',
  privateEnterprises: 'zj-2020-private-enterprises',
  crossBorder: 'hz-2016-cross-border-ecommerce',
} as const;
/** The city's 2024 policy (若干政策), ingested from its PDF: items （一） to （七十六）. */
export const POLICY_2024 = 'hz-2024-economy-policies';
/** Every policy of the base (tests are made per policy before any page is open, so the list is written out). */
export const POLICIES = [POLICY, POLICY_2024, ...Object.values(REGULATIONS)] as const;
/** The URL of provision `n` (an article of a regulation, a clause of the opinions) of `policy`. */
export const provision = (policy: string, n: number) => urls.clause(policy, n);

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
  const hrefs = await page
    .getByTestId('search-result')
    .evaluateAll((items) => items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''));
  return hrefs.map((h) => new URL(h, 'http://x').pathname);
}

/** The number of results the status line announces (找到 N 条结果), 0 when none. */
export async function resultCount(page: Page): Promise<number> {
  const text = (await page.getByRole('status').textContent()) ?? '';
  return Number(/找到 (\d+) 条结果/.exec(text)?.[1] ?? 0);
}

/** Every result's path: shows more results until there are no more (ten are shown at first). */
export async function allResultPaths(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: '显示更多结果' });
  while (await more.isVisible()) {
    const shown = await page.getByTestId('search-result').count();
    await more.click();
    await expect.poll(() => page.getByTestId('search-result').count()).toBeGreaterThan(shown);
  }
  // Above 50 results the count is estimated (找到约 N 条结果) until every result is checked: read it once all are shown.
  await expect(page.getByRole('status')).not.toContainText('找到约');
  const total = await resultCount(page);
  const paths = await resultPaths(page);
  expect(paths).toHaveLength(total);
  return paths;
}

/** Each result's match state (data-match: all or partial), in order. */
export async function matchStates(page: Page): Promise<string[]> {
  return page
    .getByTestId('search-result')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-match') ?? ''));
}

/**
 * The largest sum (in yuan) each result's award badges state, in order; 0 for none. Reads 1亿元,
 * 200万元 and 最高300万元 as the page shows them.
 */
export async function badgeMaxima(page: Page): Promise<number[]> {
  const texts = await page
    .getByTestId('search-result')
    .evaluateAll((items) => items.map((li) => li.querySelector('.search-result-badges')?.textContent ?? ''));
  const unit: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };
  return texts.map((t) =>
    Math.max(0, ...[...t.matchAll(/(\d+(?:\.\d+)?)(万|亿)元/g)].map((m) => Number(m[1]) * (unit[m[2] ?? ''] ?? 0))),
  );
}
