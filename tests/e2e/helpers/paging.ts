/** Walks a paged list the way a reader does: page by page, through the pager's 下一页 link. */
import { expect, type Page } from '@playwright/test';

/** One page of a paged table, as read. */
export interface ReadPage {
  url: string;
  /** Each body row's text, whitespace collapsed. */
  rows: string[];
}

/**
 * Reads the table named `table` on `first` and on every page after it, following 下一页 until a
 * page has none, and checks on the way that each pager marks its own page as current.
 */
export async function readPagedTable(page: Page, first: string, table: RegExp): Promise<ReadPage[]> {
  const pages: ReadPage[] = [];
  let url: string | null = first;
  while (url !== null) {
    await page.goto(url);
    const rows = await page
      .getByRole('table', { name: table })
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.textContent.replace(/\s+/g, ' ').trim()));
    pages.push({ url, rows });
    const pager = page.getByRole('navigation', { name: /的分页/ }).first();
    if ((await pager.count()) === 0) break;
    await expect(pager.locator('[aria-current="page"]')).toHaveText(String(pages.length));
    const next = pager.locator('a[rel="next"]');
    url = (await next.count()) > 0 ? await next.getAttribute('href') : null;
    if (pages.length > 500) throw new Error(`${first}: more than 500 pages, the pager loops`);
  }
  return pages;
}
