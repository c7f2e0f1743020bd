/**
 * Lists that grow with the base (every award, the awards of one support type, every target) are
 * split into pages of a fixed number of rows, so that no page grows with the base: at 50,000
 * provisions the unpaged /awards/ was 80 MB and each industry page 46 MB (README, Serving at
 * scale). A list that fits one page is shown whole, as before.
 */
import type { ListScope } from './in-force-pages';

/**
 * Rows a list page holds unless LIST_PAGE_SIZE says otherwise: about 170 KB of HTML for awards
 * (measured: 100 award rows with the budgets made /awards/ 119 KB). Raised from 100 when the 2024
 * policy's curated awards brought the base to 107: the real base's lists stay whole on one page,
 * where /awards/ filters and sorts in place.
 */
export const DEFAULT_PAGE_SIZE = 150;

/** Rows shown before a link to the whole list, where a page only previews a list (the largest first). */
export const PREVIEW_ROWS = 10;

/**
 * The rows of one list page: DEFAULT_PAGE_SIZE, or the LIST_PAGE_SIZE setting (a whole number
 * from 5), which lets a small base be built in the shape of a large one, for tests.
 * Throws, naming the setting and what it takes, on any other value.
 */
export function listPageSize(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const value = (env['LIST_PAGE_SIZE'] ?? '').trim();
  if (value === '') return DEFAULT_PAGE_SIZE;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 5)
    throw new Error(
      `LIST_PAGE_SIZE is "${value.slice(0, 40)}": use a whole number of rows from 5 (default ${String(DEFAULT_PAGE_SIZE)}), or leave it unset.`,
    );
  return n;
}

/**
 * The most awards the calculator shows on one page for every policy together (a form row weighs
 * about as much as three table rows: 1.8 KB); past it, /calculator/ lists the policies and each
 * policy's own calculator page holds its awards.
 */
export function combinedCalculatorMax(pageSize: number = listPageSize()): number {
  return 3 * pageSize;
}

/** The URL of page `n` of a list whose first page is `first` (Astro's paginate: /awards/, /awards/2/, …). */
export function pageUrl(first: string, n: number): string {
  return n <= 1 ? first : `${first}${String(n)}/`;
}

/** One entry of a pager: a page number, or a gap standing for the pages left out. */
export type PagerEntry = number | 'gap';

/**
 * The page numbers a pager shows for page `current` of `last`: the first and last pages, and
 * `around` pages each side of the current one, with a gap where pages are left out, so that
 * the pager stays one line long however many pages there are. A gap never hides a single page.
 */
export function pageWindow(current: number, last: number, around = 2): PagerEntry[] {
  const shown = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const pages = [...shown].sort((a, b) => a - b);
  const out: PagerEntry[] = [];
  for (const [i, n] of pages.entries()) {
    const prev = pages[i - 1];
    if (prev !== undefined && n - prev === 2) out.push(prev + 1);
    else if (prev !== undefined && n - prev > 2) out.push('gap');
    out.push(n);
  }
  return out;
}

/** The `n` items with the largest `value`, largest first, ties in list order; null values last. */
export function largestFirst<T>(items: readonly T[], value: (item: T) => number | null, n: number): T[] {
  return items
    .map((item, i) => ({ item, i, v: value(item) }))
    .sort((a, b) => (b.v ?? -Infinity) - (a.v ?? -Infinity) || a.i - b.i)
    .slice(0, n)
    .map((x) => x.item);
}

/** The position fields of one page of a paged list (Astro's Page has them). */
export interface PagePosition {
  /** Index of the page's first row, from 0. */
  start: number;
  /** Index of its last row, from 0. */
  end: number;
  currentPage: number;
  lastPage: number;
}

/**
 * A table's caption with where its page sits in the list: "…，第 101–200 项（第 2 / 9 页）"; as it
 * is for a list of one page. A page of rows in force only says so (in-force-pages.ts).
 */
export function pagedCaption(caption: string, page: PagePosition, scope?: Pick<ListScope, 'inForceOnly'>): string {
  if (scope?.inForceOnly) caption = `${caption}（只看现行有效）`;
  if (page.lastPage <= 1) return caption;
  return `${caption}，第 ${String(page.start + 1)}–${String(page.end + 1)} 项（第 ${String(page.currentPage)} / ${String(page.lastPage)} 页）`;
}

/** A page's title: the list's, and its page number after the first page, so that tabs and history tell pages apart. */
export function pagedTitle(title: string, page: Pick<PagePosition, 'currentPage'>): string {
  return page.currentPage > 1 ? `${title}（第 ${String(page.currentPage)} 页）` : title;
}

/**
 * What a page shows of a list that has pages of its own elsewhere: the whole list while it fits
 * one page; past that, PREVIEW_ROWS rows (the largest by `largestBy` when given, else the first),
 * and `cut` says to link to the whole list.
 */
export function preview<T>(
  items: readonly T[],
  pageSize: number,
  largestBy?: (item: T) => number | null,
): { shown: T[]; cut: boolean } {
  if (items.length <= pageSize) return { shown: [...items], cut: false };
  const shown = largestBy ? largestFirst(items, largestBy, PREVIEW_ROWS) : items.slice(0, PREVIEW_ROWS);
  return { shown, cut: true };
}
