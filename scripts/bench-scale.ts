/**
 * `npm run bench:scale -- --clauses N [--seed S] [--keep] [--no-single] [--no-browser] [--warm-runs R]`:
 * generates a synthetic base of N provisions (意见 and 条例) in a temporary folder and builds it
 * with the project's own pipeline, split into bundles: first without its last policy (a full
 * build, every page rendered), then with it (the incremental rebuild: Astro copies the pages whose
 * key is unchanged, Pagefind indexes the new policy and the directory). With the same HTML it also builds
 * a single index (SEARCH_INDEX=single) for comparison, then measures search through the
 * site's /search/ page in Chromium, unfiltered and filtered to one policy (each warm query R times,
 * 3 by default, so that the p95 is not one query's slowest run). Ends with one line:
 * RESULT clauses=N build_s=… incremental_s=… cold_kb_max=… cold_ms_p50=… warm_ms_p95=… peak_rss_mb=…
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { formatIssues } from '../src/lib/content/issue';
import { loadValidContent, validateContent } from '../src/lib/validate/index';
import { generateCorpus } from './bench/corpus';
import { copiedPages, indexSeconds } from './bench/build-log';
import { filteredQueries, heldPolicy, movePolicy } from './bench/held-policy';
import { folderBytes, linkProject, measure, type RunStats } from './bench/project';
import { QUERIES, measureQueries, type QueryResult } from './bench/queries';
import { printTable, quantile } from './bench/report';
import { serveStatic } from './bench/serve';

const { values } = parseArgs({
  options: {
    clauses: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '2018' },
    keep: { type: 'boolean', default: false },
    'no-single': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'warm-runs': { type: 'string', default: '3' },
  },
});
const clauses = Number(values.clauses);
if (!Number.isInteger(clauses) || clauses < 1)
  throw new Error(`--clauses expects a positive whole number, got ${values.clauses}`);

const warmRuns = Number(values['warm-runs']);
if (!Number.isInteger(warmRuns) || warmRuns < 1)
  throw new Error(`--warm-runs expects a positive whole number, got ${values['warm-runs']}`);

const kb = (n: number) => (n / 1024).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(1);
/** The search page's HTML, gzip: its filter lists grow with the base. */
function pageKb(dist: string): string {
  const file = join(dist, 'search/index.html');
  return existsSync(file) ? kb(gzipSync(readFileSync(file)).length) : '–';
}

/**
 * Runs `astro build` in the copy, or stops with its output. `force` renders every page (Astro's
 * incremental build would copy unchanged pages from the previous build).
 */
async function build(dir: string, outDir: string, env: Record<string, string>, force = false): Promise<RunStats> {
  const args = ['build', '--outDir', outDir, ...(force ? ['--force'] : [])];
  const run = await measure(join(dir, 'node_modules/.bin/astro'), args, dir, {
    ...process.env,
    ...env,
  });
  if (run.code !== 0) throw new Error(`astro build failed (exit ${String(run.code)}):\n${run.output.slice(-4000)}`);
  return run;
}

/** Cold and warm figures of a set of measured queries. */
function summary(runs: readonly QueryResult[]): {
  coldKbMax: number;
  coldMsP50: number;
  warmMsP50: number;
  warmMsP95: number;
} {
  const warm = runs.flatMap((q) => q.warmNextMs);
  return {
    coldKbMax: Math.max(0, ...runs.map((q) => q.cold.pagefindBytes)) / 1024,
    coldMsP50: quantile(
      runs.map((q) => q.cold.ms),
      0.5,
    ),
    warmMsP50: quantile(warm, 0.5),
    warmMsP95: quantile(warm, 0.95),
  };
}

/** Measures search on a built site: unfiltered, and filtered to one policy. */
async function searchFigures(
  dist: string,
  filtered: { policy: string; queries: string[] },
): Promise<{ all: QueryResult[]; one: QueryResult[] }> {
  const server = await serveStatic(dist);
  try {
    const all = await measureQueries(server, 'page', QUERIES, {}, warmRuns);
    const one =
      filtered.queries.length > 0
        ? await measureQueries(server, 'page', filtered.queries, { policy: filtered.policy }, warmRuns)
        : [];
    return { all, one };
  } finally {
    await server.close();
  }
}

const project = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'policy-kb-scale-'));
try {
  console.log(`Generating ${String(clauses)} provisions in ${dir} …`);
  const stats = generateCorpus(dir, loadValidContent(project), { clauses, seed: Number(values.seed) });
  const { issues } = validateContent(dir);
  if (issues.length > 0) throw new Error(`the generated corpus is invalid:\n${formatIssues(issues.slice(0, 20))}`);
  linkProject(project, dir);
  const last = heldPolicy(dir);
  const lastSize = readdirSync(join(dir, 'content/clauses', last)).length;

  const splitEnv = { SEARCH_INDEX: 'split', SEARCH_CACHE_DIR: join(dir, 'cache-split') };
  console.log(`Full build, split index, without ${last} (${String(lastSize)} provisions) …`);
  movePolicy(dir, last, true);
  const full = await build(dir, join(dir, 'dist'), splitEnv, true);
  movePolicy(dir, last, false);
  console.log(`Incremental build: ${last} added …`);
  const incr = await build(dir, join(dir, 'dist'), splitEnv);
  const single = values['no-single']
    ? null
    : (console.log('Single index build (SEARCH_INDEX=single) …'),
      await build(
        dir,
        join(dir, 'dist-single'),
        { SEARCH_INDEX: 'single', SEARCH_CACHE_DIR: join(dir, 'cache-single') },
        true,
      ));

  const fullIdx = indexSeconds(full);
  const incrIdx = indexSeconds(incr);
  // The build figures first: a search run that fails must not lose minutes of builds.
  console.log(
    `builds (s): split full ${s(full.ms)}, index ${fullIdx.index.toFixed(1)}; incremental ${s(incr.ms)}, index ${incrIdx.index.toFixed(1)}${single ? `; single ${s(single.ms)}, index ${indexSeconds(single).index.toFixed(1)}` : ''}`,
  );

  const filtered = filteredQueries(dir);
  /** Search figures, or null (said why) when a query found nothing in time. */
  const measured = async (dist: string) => {
    try {
      return await searchFigures(dist, filtered);
    } catch (e) {
      console.log(`search on ${dist} failed: ${(e as Error).message.split('\n')[0] ?? ''}`);
      return null;
    }
  };
  const split = values['no-browser'] ? null : await measured(join(dir, 'dist'));
  const old = values['no-browser'] || !single ? null : await measured(join(dir, 'dist-single'));

  const peak = (r: RunStats) => Math.max(r.maxRssKb ?? 0, r.treeRssKb) / 1024;
  const fig = (r: { all: QueryResult[]; one: QueryResult[] } | null, f: (x: ReturnType<typeof summary>) => number) =>
    r ? [f(summary(r.all)), f(summary(r.one))] : [NaN, NaN];
  const row = (label: string, a: string, b: string) => [label, a, b];
  /** A row of milliseconds, unfiltered / one policy, for the split index and the single one. */
  const msRow = (label: string, f: (x: ReturnType<typeof summary>) => number) => {
    const [a = '', b = ''] = [split, old].map((r) =>
      fig(r, f)
        .map((v) => v.toFixed(0))
        .join(' / '),
    );
    return row(label, a, b);
  };
  console.log(
    `\n## Scale benchmark: ${String(stats.clauses)} provisions in ${String(stats.policies)} policies (${String(stats.awards)} awards), ${String(cpus().length)} cores\n`,
  );
  console.log(
    `split: ${fullIdx.line}\nsplit, incremental: ${incrIdx.line}${single ? `\nsingle: ${indexSeconds(single).line}` : ''}\n`,
  );
  const [sAll, sOne] = fig(split, (x) => x.coldKbMax);
  const [oAll, oOne] = fig(old, (x) => x.coldKbMax);
  printTable([
    ['measure', 'split (bundles)', 'single index'],
    row('astro build, full (s)', s(full.ms), single ? s(single.ms) : '–'),
    row('index step, full (s)', fullIdx.index.toFixed(1), single ? indexSeconds(single).index.toFixed(1) : '–'),
    row(
      `incremental, ${last} added: whole build / index step (s)`,
      `${s(incr.ms)} / ${incrIdx.index.toFixed(1)} (${((100 * incr.ms) / full.ms).toFixed(1)} % of full; ${String(copiedPages(incr))} pages copied)`,
      single ? 'every record, every build' : '–',
    ),
    row(
      'index on disk (MB)',
      (folderBytes(join(dir, 'dist/pagefind')).bytes / 1048576).toFixed(1),
      single ? (folderBytes(join(dir, 'dist-single/pagefind')).bytes / 1048576).toFixed(1) : '–',
    ),
    row('search page HTML (KB gzip)', pageKb(join(dir, 'dist')), single ? pageKb(join(dir, 'dist-single')) : '–'),
    row('peak RSS of the build (MB)', peak(full).toFixed(0), single ? peak(single).toFixed(0) : '–'),
    row(
      'cold KB per query, max: unfiltered / one policy',
      `${(sAll ?? NaN).toFixed(1)} / ${(sOne ?? NaN).toFixed(1)}`,
      `${(oAll ?? NaN).toFixed(1)} / ${(oOne ?? NaN).toFixed(1)}`,
    ),
    msRow('cold page → results, p50 (ms): unfiltered / one policy', (x) => x.coldMsP50),
    msRow('warm query → results, p50 (ms): unfiltered / one policy', (x) => x.warmMsP50),
    msRow('warm query → results, p95 (ms): unfiltered / one policy', (x) => x.warmMsP95),
  ]);
  for (const [name, r] of [
    ['split', split],
    ['single', old],
  ] as const) {
    if (!r) continue;
    console.log(
      `\n${name}: per query (cold KB, cold ms, warm next ms: median of ${String(warmRuns)} runs, results); filtered to ${filtered.policy}`,
    );
    printTable([
      ['query', 'filter', 'results', 'cold KB', 'cold ms', 'next ms'],
      ...[...r.all.map((q) => ({ q, f: '–' })), ...r.one.map((q) => ({ q, f: 'policy' }))].map(({ q, f }) => [
        q.query,
        f,
        String(q.cold.results),
        kb(q.cold.pagefindBytes),
        q.cold.ms.toFixed(0),
        q.warmNextMs.length === 0 ? '–' : quantile(q.warmNextMs, 0.5).toFixed(0),
      ]),
    ]);
  }
  for (const [name, r] of [
    ['split', split],
    ['single', old],
  ] as const) {
    if (!r) continue;
    console.log(`\n${name}: mean cold KB per query by what was loaded`);
    const kinds = [...new Set([...r.all, ...r.one].flatMap((q) => Object.keys(q.cold.byKind)))].sort();
    const mean = (qs: readonly QueryResult[], k: string) =>
      qs.length === 0 ? '–' : kb(qs.reduce((n, q) => n + (q.cold.byKind[k] ?? 0), 0) / qs.length);
    printTable([['loaded', 'unfiltered', 'one policy'], ...kinds.map((k) => [k, mean(r.all, k), mean(r.one, k)])]);
  }
  const runs = split ? [...split.all, ...split.one] : [];
  const total = summary(runs);
  console.log(
    `\nRESULT clauses=${String(stats.clauses)} build_s=${s(full.ms)} incremental_s=${s(incr.ms)} cold_kb_max=${total.coldKbMax.toFixed(1)} cold_ms_p50=${total.coldMsP50.toFixed(0)} warm_ms_p95=${total.warmMsP95.toFixed(0)} peak_rss_mb=${peak(full).toFixed(0)}`,
  );
} finally {
  if (values.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  if (existsSync(join(dir, 'held'))) rmSync(join(dir, 'held'), { recursive: true, force: true });
}
