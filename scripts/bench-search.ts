/**
 * Search benchmark (`npm run bench:search`): runs tests/fixtures/search-queries.json through
 * the real search page of a built site in Chromium and prints top-1 accuracy, MRR, time from
 * the last keystroke to rendered results (warm), time to the first result on a cold page and
 * bytes per query; beside them, a baseline Pagefind index with Pagefind's defaults over plain
 * pages of the same texts, searched with the query as typed, and for cold loads Pagefind's own
 * Default UI (pagefind-ui) over that index.
 *
 * Quality is reported for all queries and per group (the 2018 opinions, the regulations, the
 * held-out queries, and on the whole base the 2024 policy, the imported regulations and everyday
 * words of tests/fixtures/search-queries-base.json); each query that is not first is listed with
 * the results above it.
 *
 * Build first (npx astro build [--outDir DIR]); DIST_DIR=DIR selects the build, SEARCH_QUERIES=FILE
 * another query set. Exits non-zero only on errors, never on a missed target.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page, Request } from '@playwright/test';
import { BASELINE_UI, buildBaseline, serveWithBaseline } from './bench/baseline';
import { launchChromium } from './bench/queries';
import { quantile } from './bench/report';

/** One benchmark query: what a visitor types and the pages that answer it. */
interface Case {
  query: string;
  expected: string[];
  /** Which part of the base it is about (意见: the 2018 opinions; 条例: the regulations), reported apart. */
  group: string;
  /** Written before tuning and never tuned on: reported apart, to show what tuning did not see. */
  heldOut?: boolean;
}

const DIST = path.resolve(process.env['DIST_DIR'] ?? 'dist');
const COLD_RUNS = 7;
/** The curated documents' queries, run on every build. */
const CURATED_QUERIES = 'tests/fixtures/search-queries.json';
/** Queries on the 2024 policy, the imported regulations and everyday words: run when the build holds the whole base. */
const BASE_QUERIES = 'tests/fixtures/search-queries-base.json';
const readCases = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Case[];
/** Whether the build holds every page a query set expects. */
const holds = (set: readonly Case[]) =>
  set.every((c) => c.expected.every((u) => existsSync(path.join(DIST, u, 'index.html'))));
// SEARCH_QUERIES=file runs another query set of the same form (for trying queries out).
const cases: Case[] = process.env['SEARCH_QUERIES']
  ? readCases(process.env['SEARCH_QUERIES'])
  : [...readCases(CURATED_QUERIES), ...(holds(readCases(BASE_QUERIES)) ? readCases(BASE_QUERIES) : [])];

/** 1-based rank of the first expected URL among `paths`, or 0. */
const rankOf = (paths: readonly string[], expected: readonly string[]) =>
  paths.findIndex((p) => expected.includes(p)) + 1;

/** Paths of the result links on the search page. */
const resultPaths = (page: Page) =>
  page
    .getByTestId('search-result')
    .evaluateAll((items) => items.map((li) => new URL(li.querySelector('a')?.href ?? '', location.href).pathname));

/** Waits for the search page to render `q` and returns when that happened (page clock). */
const renderedAt = (page: Page, q: string) =>
  page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        const w = window as unknown as { __rendered?: { q: string; at: number } };
        if (w.__rendered?.q === q) resolve(w.__rendered.at);
        else
          document.addEventListener('search:rendered', (e) => {
            const d = (e as CustomEvent<{ q: string; at: number }>).detail;
            if (d.q === q) resolve(d.at);
          });
      }),
    q,
  );

/** Records the latest rendered search and the latest input time on every page. */
const INIT = `document.addEventListener('search:rendered', (e) => { window.__rendered = e.detail; });
document.addEventListener('input', (e) => { window.__inputAt = e.timeStamp; }, true);`;

/** Our search through the page: rank, warm latency and bytes per query. */
async function runOurs(page: Page, origin: string) {
  // Requests are counted per query and sized after it rendered, not while it runs.
  let requests: Request[] = [];
  page.on('requestfinished', (req) => requests.push(req));
  await page.goto(`${origin}/search/`);
  const box = page.locator('#search-q');
  await box.fill('预热');
  await renderedAt(page, '预热');
  const rows: { query: string; rank: number; ms: number; bytes: number; top: string[] }[] = [];
  for (const c of cases) {
    const chars = Array.from(c.query);
    const prefix = chars.slice(0, -1).join('');
    await box.fill(prefix);
    await renderedAt(page, prefix);
    requests = [];
    await page.keyboard.insertText(chars.at(-1) ?? '');
    const at = await renderedAt(page, c.query);
    const inputAt = await page.evaluate(() => (window as unknown as { __inputAt: number }).__inputAt);
    await page.waitForTimeout(20);
    const sizes = await Promise.all(requests.map((r) => r.sizes()));
    const bytes = sizes.reduce((sum, z) => sum + z.responseBodySize + z.responseHeadersSize, 0);
    const paths = await resultPaths(page);
    rows.push({ query: c.query, rank: rankOf(paths, c.expected), ms: at - inputAt, bytes, top: paths.slice(0, 3) });
  }
  return rows;
}

/** Cold page loads: time to the first rendered result and bytes transferred. */
async function runCold(browser: Browser, origin: string) {
  const runs: { ms: number; bytes: number }[] = [];
  for (const c of cases.slice(0, COLD_RUNS)) {
    const context = await browser.newContext({ locale: 'zh-CN' });
    await context.addInitScript(INIT);
    // Sizes are asked for after the page has rendered: asking during the load would slow it.
    const requests: Request[] = [];
    context.on('requestfinished', (req) => requests.push(req));
    const page = await context.newPage();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(c.query)}`);
    const ms = await renderedAt(page, c.query);
    await page.waitForTimeout(100);
    const sizes = await Promise.all(requests.map((r) => r.sizes()));
    runs.push({ ms, bytes: sizes.reduce((sum, z) => sum + z.responseBodySize + z.responseHeadersSize, 0) });
    await context.close();
  }
  return runs;
}

/** Cold page loads of Pagefind's Default UI over the baseline index: time to its first result and bytes. */
async function runColdDefaultUi(browser: Browser, origin: string) {
  const runs: { ms: number; bytes: number }[] = [];
  for (const c of cases.slice(0, COLD_RUNS)) {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const requests: Request[] = [];
    context.on('requestfinished', (req) => requests.push(req));
    const page = await context.newPage();
    await page.goto(`${origin}${BASELINE_UI}?q=${encodeURIComponent(c.query)}`);
    const ms = await page
      .waitForFunction(() => (window as unknown as { __firstResultAt?: number }).__firstResultAt, null, {
        timeout: 30_000,
      })
      .then(async (h) => (await h.jsonValue()) ?? NaN)
      .catch(() => NaN);
    await page.waitForTimeout(100);
    const sizes = await Promise.all(requests.map((r) => r.sizes()));
    runs.push({ ms, bytes: sizes.reduce((sum, z) => sum + z.responseBodySize + z.responseHeadersSize, 0) });
    await context.close();
  }
  return runs;
}

/** The baseline: Pagefind's own search with the query as typed. */
async function runBaseline(page: Page, origin: string): Promise<number[]> {
  await page.goto(`${origin}/__baseline/`);
  return page.evaluate(async (cases) => {
    const pf = (await import(`${location.origin}/__baseline/pagefind/pagefind.js`)) as {
      options: (o: object) => Promise<void>;
      init: () => Promise<void>;
      search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
    };
    // The bundle is served under /__baseline/; result URLs are the site's own.
    await pf.options({ baseUrl: '/' });
    await pf.init();
    const ranks: number[] = [];
    for (const c of cases) {
      const { results } = await pf.search(c.query);
      const paths = await Promise.all(results.map(async (r) => new URL((await r.data()).url, location.href).pathname));
      ranks.push(paths.findIndex((p) => c.expected.includes(p)) + 1);
    }
    return ranks;
  }, cases);
}

const top1 = (ranks: readonly number[]) => ranks.filter((r) => r === 1).length / ranks.length;
const mrr = (ranks: readonly number[]) => ranks.reduce((s, r) => s + (r > 0 ? 1 / r : 0), 0) / ranks.length;
const fmt = (n: number, digits = 3) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

async function main(): Promise<void> {
  if (!existsSync(path.join(DIST, 'search', 'index.html')) || !existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))) {
    throw new Error(`no built site with search in ${DIST}: run "npx astro build" first (or set DIST_DIR)`);
  }
  const baselineDir = mkdtempSync(path.join(tmpdir(), 'search-baseline-'));
  await buildBaseline(baselineDir);
  const { server, origin } = await serveWithBaseline(DIST, baselineDir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'zh-CN' });
    await context.addInitScript(INIT);
    const ours = await runOurs(await context.newPage(), origin);
    const baseRanks = await runBaseline(await context.newPage(), origin);
    const cold = await runCold(browser, origin);
    const coldUi = await runColdDefaultUi(browser, origin);

    const ranks = ours.map((r) => r.rank);
    const warm = ours.map((r) => r.ms);
    const quality = (label: string, keep: (c: Case) => boolean): [string, string, string, string, string][] => {
      const ix = cases.flatMap((c, i) => (keep(c) ? [i] : []));
      const o = ix.map((i) => ranks[i] ?? 0);
      const b = ix.map((i) => baseRanks[i] ?? 0);
      return [
        [
          `top-1 accuracy, ${label} (${String(ix.length)})`,
          fmt(top1(o)),
          fmt(top1(b)),
          fmt(top1(o) / top1(b), 2),
          '≥ 0.95',
        ],
        [`MRR, ${label}`, fmt(mrr(o)), fmt(mrr(b)), fmt(mrr(o) / mrr(b), 2), '≥ 0.97'],
      ];
    };
    const groups = [...new Set(cases.map((c) => c.group))];
    const rows: [string, string, string, string, string][] = [
      ['metric', 'ours', 'baseline', 'ours/baseline', 'target'],
      ...quality('all', () => true),
      ...groups.flatMap((g) => quality(g, (c) => c.group === g && !c.heldOut)),
      ...(cases.some((c) => c.heldOut) ? quality('held out', (c) => c.heldOut === true) : []),
      ['warm median ms (last key → results)', fmt(quantile(warm, 0.5), 1), '', '', '≤ 50'],
      ['warm p95 ms', fmt(quantile(warm, 0.95), 1), '', '', '≤ 50'],
      [
        `cold first result ms (median of ${String(COLD_RUNS)})`,
        fmt(
          quantile(
            cold.map((c) => c.ms),
            0.5,
          ),
          1,
        ),
        fmt(
          quantile(
            coldUi.map((c) => c.ms),
            0.5,
          ),
          1,
        ),
        '',
        '≤ baseline (Pagefind Default UI)',
      ],
      [
        'bytes per query, cold (whole page)',
        fmt(
          quantile(
            cold.map((c) => c.bytes),
            0.5,
          ),
          0,
        ),
        fmt(
          quantile(
            coldUi.map((c) => c.bytes),
            0.5,
          ),
          0,
        ),
        '',
        '',
      ],
      [
        'bytes per query, warm (mean)',
        fmt(warm.length ? ours.reduce((s, r) => s + r.bytes, 0) / ours.length : NaN, 0),
        '',
        '',
        '',
      ],
    ];
    // Han characters take two columns in a terminal.
    const width = (text: string) => Array.from(text).reduce((w, ch) => w + (/\p{Script=Han}/u.test(ch) ? 2 : 1), 0);
    const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
    // Timings depend on what else the machine runs: print its load beside them.
    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    console.log(`\nSearch benchmark: ${String(cases.length)} queries, build ${DIST}, load average ${load}\n`);
    for (const r of rows)
      console.log(r.map((c, i) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(c)))).join('  '));
    // What came first instead shows why a query missed.
    const misses = ours
      .filter((r) => r.rank !== 1)
      .map((r) => `  “${r.query}” rank ${r.rank === 0 ? 'not found' : String(r.rank)}; first: ${r.top.join(' ')}`);
    const baseMisses = cases.filter((_, i) => baseRanks[i] !== 1).map((c) => `“${c.query}”`);
    console.log(`\nNot first (ours): ${misses.length === 0 ? 'none' : `\n${misses.join('\n')}`}`);
    console.log(`Not first (baseline, ${String(baseMisses.length)}): ${baseMisses.join(' ')}`);
    // Where the warm tail goes: the slowest queries with what they loaded.
    const slowest = [...ours].sort((a, b) => b.ms - a.ms).slice(0, 8);
    console.log(
      `Slowest warm queries: ${slowest.map((r) => `“${r.query}” ${fmt(r.ms, 0)} ms, ${fmt(r.bytes / 1024, 1)} KB`).join('; ')}`,
    );
  } finally {
    await browser.close();
    server.close();
    rmSync(baselineDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
