/**
 * Search as a visitor meets it, in Chromium: for each query, the bytes transferred and the
 * time until results are there, cold (empty HTTP cache) and warm (a new page, cache filled).
 * Through the site's /search/ page when it exists, else through pagefind.js in a Chinese page.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { BENCH_PAGE, type StaticServer } from './serve';

/** The fixed queries of the benchmark: words of the real text, one two-word query. */
export const QUERIES = [
  '绿色工厂',
  '单项冠军',
  '集成电路',
  '研发费用',
  '人才',
  '上市',
  '工业互联网',
  '生物医药 资助',
] as const;

/** Chromium as the tests launch it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** One measured search. */
export interface SearchRun {
  /** Bytes the server sent (headers included) for all requests of the run; cache hits send none. */
  bytes: number;
  /** Bytes of /pagefind/ requests alone. */
  pagefindBytes: number;
  /** Those bytes by what they are (serve.ts pagefindKind). */
  byKind: Record<string, number>;
  /** Milliseconds until results are there. */
  ms: number;
  /** Results found (API mode), or result elements rendered (page mode). */
  results: number;
  /** API mode: milliseconds of a second, different query in the same page, once Pagefind is loaded. */
  nextMs: number | null;
}

/** A query measured cold, and warm `warmRuns` times. */
export interface QueryResult {
  query: string;
  cold: SearchRun;
  /** The next query's milliseconds in each warm run (a p95 of one sample per query is its slowest query). */
  warmNextMs: number[];
}

/** The pagefind.js API the benchmark uses. */
interface PagefindApi {
  search: (q: string) => Promise<{ results: Array<{ data: () => Promise<{ url: string; excerpt: string }> }> }>;
}

/**
 * Runs a query with pagefind.js in the page (importing it on first use) and loads the first
 * results' data, as a result list would. No named functions inside: tsx would wrap them in a
 * helper the page does not have.
 */
async function apiSearch(page: Page, query: string): Promise<{ ms: number; results: number }> {
  return page.evaluate(async (q) => {
    const holder = window as unknown as { benchPagefind?: PagefindApi };
    const url = '/pagefind/pagefind.js';
    const start = performance.now();
    holder.benchPagefind ??= (await import(url)) as PagefindApi;
    const search = await holder.benchPagefind.search(q);
    const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    const list = document.getElementById('results');
    if (list) list.innerHTML = data.map((d) => `<li><a href="${d.url}">${d.excerpt}</a></li>`).join('');
    return { ms: performance.now() - start, results: search.results.length };
  }, query);
}

/** Selectors a search page's result items may match. */
const RESULT_SELECTOR =
  process.env.BENCH_RESULT_SELECTOR ??
  '[data-testid="search-results"] > li, [data-search-results] li, [data-search-result], .pagefind-ui__result, pagefind-results a, #search-results li';

/** Loads /search/?q= and waits for a rendered result. */
async function pageSearch(
  page: Page,
  origin: string,
  query: string,
  params: Readonly<Record<string, string>>,
): Promise<{ ms: number; results: number }> {
  const start = Date.now();
  await page.goto(`${origin}/search/?${new URLSearchParams({ q: query, ...params }).toString()}`);
  await page.waitForSelector(RESULT_SELECTOR, { timeout: 15_000 });
  const ms = Date.now() - start;
  return { ms, results: await page.locator(RESULT_SELECTOR).count() };
}

/** A visitor typing on in the search page: the time from the input event to a changed result list. */
function pageNext(page: Page, query: string): Promise<number | null> {
  return page.evaluate(
    async ([selector, q2]) => {
      const input = document.querySelector<HTMLInputElement>(
        'form[data-search-form] input[type="search"], main input[type="search"]',
      );
      const list = document.querySelector(selector)?.parentElement;
      if (!input || !list) return null;
      const before = list.textContent;
      const t0 = performance.now();
      const changed = new Promise<number | null>((resolve) => {
        const observer = new MutationObserver(() => {
          if (list.children.length > 0 && list.textContent !== before) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(list, { childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, 10_000);
      });
      input.value = q2;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return changed;
    },
    [RESULT_SELECTOR, query] as const,
  );
}

/**
 * Measures every query cold and warm.
 * @param params more of the search page's URL parameters (a filter: `{ policy: '…' }`), page mode only
 * @param warmRuns warm runs per query, each a new page
 */
export async function measureQueries(
  server: StaticServer,
  mode: 'page' | 'api',
  queries: readonly string[] = QUERIES,
  params: Readonly<Record<string, string>> = {},
  warmRuns = 1,
): Promise<QueryResult[]> {
  const origin = server.origin;
  const browser = await launchChromium();
  const out: QueryResult[] = [];
  try {
    for (const [i, query] of queries.entries()) {
      const next = queries[(i + 1) % queries.length] ?? query;
      const context = await browser.newContext({ locale: 'zh-CN' });
      const run = async (): Promise<SearchRun> => {
        const page = await context.newPage();
        if (mode === 'api') await page.goto(origin + BENCH_PAGE);
        server.resetSent();
        const r = mode === 'page' ? await pageSearch(page, origin, query, params) : await apiSearch(page, query);
        const { bytes, pagefindBytes } = server.sent;
        const byKind = { ...server.sent.byKind };
        const nextMs = mode === 'page' ? await pageNext(page, next) : (await apiSearch(page, next)).ms;
        await page.close();
        return { ...r, nextMs, bytes, pagefindBytes, byKind };
      };
      const cold = await run();
      const warmNextMs: number[] = [];
      for (let w = 0; w < warmRuns; w++) {
        const { nextMs } = await run();
        if (nextMs !== null) warmNextMs.push(nextMs);
      }
      await context.close();
      out.push({ query, cold, warmNextMs });
    }
  } finally {
    await browser.close();
  }
  return out;
}
