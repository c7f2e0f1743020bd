/**
 * `npm run bench:scale -- --clauses N [--seed S] [--keep] [--no-single] [--no-browser] [--warm-runs R]`:
 * generates a synthetic base of N provisions (意见 and 条例) in a temporary folder and builds it
 * with the project's own pipeline, split into bundles: first without its last policy (a full
 * build, every page rendered), then with it (the incremental rebuild: Astro copies the pages whose
 * key is unchanged, Pagefind indexes the new policy and the directory). With the same HTML it also builds
 * the old single index (SEARCH_INDEX=single) for comparison, then measures search through the
 * site's /search/ page in Chromium, unfiltered and filtered to one policy (each warm query R times,
 * 3 by default, so that the p95 is not one query's slowest run). Ends with one line:
 * RESULT clauses=N build_s=… incremental_s=… cold_kb_max=… cold_ms_p50=… warm_ms_p95=… peak_rss_mb=…
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { load } from 'js-yaml';
import { formatIssues } from '../src/lib/content/issue';
import { loadValidContent, validateContent } from '../src/lib/validate/index';
import { generateCorpus } from './bench/corpus';
import { folderBytes, linkProject, measure, type RunStats } from './bench/project';
import { QUERIES, measureQueries, type QueryResult } from './bench/queries';
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
const pct = (xs: readonly number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** Columns a string takes in a terminal: CJK characters take two. */
function width(text: string): number {
  return Array.from(text).reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
}

/** Prints rows as an aligned table. */
function table(rows: ReadonlyArray<readonly string[]>): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? '')))) ?? [];
  for (const r of rows)
    console.log(
      r
        .map((cell, i) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(cell))))
        .join('  ')
        .trimEnd(),
    );
}

/** The index step's own timing, from the line the Pagefind integration logs. */
function indexSeconds(build: RunStats): { index: number; total: number; line: string } {
  const line =
    build.output
      .split('\n')
      .find((l) => l.includes('[policy-kb:pagefind]'))
      ?.replace(/\x1b\[[0-9;]*m/g, '')
      .trim() ?? '';
  const m = /index ([\d.]+) s, total ([\d.]+) s/.exec(line);
  return { index: Number(m?.[1] ?? NaN), total: Number(m?.[2] ?? NaN), line };
}

/** Pages Astro's incremental build copied from the previous build rather than rendered (it logs each). */
function copiedPages(build: RunStats): number {
  return build.output.split('\n').filter((l) => /\((cached|restored)\)/.test(l)).length;
}

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

/** The policy (short title) whose provisions hold the most benchmark queries, and those queries. */
function filteredQueries(dir: string): { policy: string; queries: string[] } {
  let best = { policy: '', queries: [] as string[] };
  for (const file of readdirSync(join(dir, 'content/policies'))) {
    const policy = load(readFileSync(join(dir, 'content/policies', file), 'utf8')) as {
      id: string;
      shortTitle: string;
    };
    const folder = join(dir, 'content/clauses', policy.id);
    const text = readdirSync(folder)
      .map((f) => readFileSync(join(folder, f), 'utf8'))
      .join('\n');
    const hits = QUERIES.filter((q) => q.split(' ').every((w) => text.includes(w)));
    if (hits.length > best.queries.length) best = { policy: policy.shortTitle, queries: hits };
  }
  return best;
}

/** Moves a policy's files (record, provisions, source) between the content folder and a holding folder. */
function movePolicy(dir: string, id: string, out: boolean): void {
  const hold = join(dir, 'held');
  mkdirSync(join(hold, 'policies'), { recursive: true });
  mkdirSync(join(hold, 'clauses'), { recursive: true });
  mkdirSync(join(hold, 'sources'), { recursive: true });
  for (const [inContent, held] of [
    [`content/policies/${id}.yaml`, `policies/${id}.yaml`],
    [`content/clauses/${id}`, `clauses/${id}`],
    [`content/sources/${id}.raw.txt`, `sources/${id}.raw.txt`],
  ] as const) {
    if (out) renameSync(join(dir, inContent), join(hold, held));
    else renameSync(join(hold, held), join(dir, inContent));
  }
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
    warmMsP50: pct(warm, 50),
    coldKbMax: Math.max(0, ...runs.map((q) => q.cold.pagefindBytes)) / 1024,
    coldMsP50: pct(
      runs.map((q) => q.cold.ms),
      50,
    ),
    warmMsP95: pct(warm, 95),
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
  // The policy added by the incremental build: the last one that cites nothing (a reference
  // only it cites would be left uncited without it, which the content guard rejects).
  const citesNothing = (id: string) =>
    readdirSync(join(dir, 'content/clauses', id)).every((f) =>
      readFileSync(join(dir, 'content/clauses', id, f), 'utf8').includes('citations: []'),
    );
  const last =
    readdirSync(join(dir, 'content/policies'))
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort()
      .reverse()
      .find(citesNothing) ?? '';
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
  console.log(
    `\n## Scale benchmark: ${String(stats.clauses)} provisions in ${String(stats.policies)} policies (${String(stats.awards)} awards), ${String(cpus().length)} cores\n`,
  );
  console.log(
    `split: ${fullIdx.line}\nsplit, incremental: ${incrIdx.line}${single ? `\nsingle: ${indexSeconds(single).line}` : ''}\n`,
  );
  const [sAll, sOne] = fig(split, (x) => x.coldKbMax);
  const [oAll, oOne] = fig(old, (x) => x.coldKbMax);
  table([
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
    row(
      'cold page → results, p50 (ms): unfiltered / one policy',
      fig(split, (x) => x.coldMsP50)
        .map((v) => v.toFixed(0))
        .join(' / '),
      fig(old, (x) => x.coldMsP50)
        .map((v) => v.toFixed(0))
        .join(' / '),
    ),
    row(
      'warm query → results, p50 (ms): unfiltered / one policy',
      fig(split, (x) => x.warmMsP50)
        .map((v) => v.toFixed(0))
        .join(' / '),
      fig(old, (x) => x.warmMsP50)
        .map((v) => v.toFixed(0))
        .join(' / '),
    ),
    row(
      'warm query → results, p95 (ms): unfiltered / one policy',
      fig(split, (x) => x.warmMsP95)
        .map((v) => v.toFixed(0))
        .join(' / '),
      fig(old, (x) => x.warmMsP95)
        .map((v) => v.toFixed(0))
        .join(' / '),
    ),
  ]);
  for (const [name, r] of [
    ['split', split],
    ['single', old],
  ] as const) {
    if (!r) continue;
    console.log(
      `\n${name}: per query (cold KB, cold ms, warm next ms: median of ${String(warmRuns)} runs, results); filtered to ${filtered.policy}`,
    );
    table([
      ['query', 'filter', 'results', 'cold KB', 'cold ms', 'next ms'],
      ...[...r.all.map((q) => ({ q, f: '–' })), ...r.one.map((q) => ({ q, f: 'policy' }))].map(({ q, f }) => [
        q.query,
        f,
        String(q.cold.results),
        kb(q.cold.pagefindBytes),
        q.cold.ms.toFixed(0),
        q.warmNextMs.length === 0 ? '–' : pct(q.warmNextMs, 50).toFixed(0),
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
    table([['loaded', 'unfiltered', 'one policy'], ...kinds.map((k) => [k, mean(r.all, k), mean(r.one, k)])]);
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
