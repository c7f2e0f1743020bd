/**
 * `npm run bench:scale -- --clauses N [--seed S] [--keep]`: generates a synthetic base of N
 * clauses in a temporary folder, builds it with the project's own pipeline, runs Pagefind
 * alone on the same HTML, measures search in Chromium, and prints one table.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssues } from '../src/lib/content/issue';
import { loadValidContent, validateContent } from '../src/lib/validate/index';
import { generateCorpus } from './bench/corpus';
import { folderBytes, linkProject, measure } from './bench/project';
import { measureQueries, type QueryResult } from './bench/queries';
import { serveStatic } from './bench/serve';

const { values } = parseArgs({
  options: {
    clauses: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '2018' },
    keep: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
  },
});
const clauses = Number(values.clauses);
if (!Number.isInteger(clauses) || clauses < 1) throw new Error(`--clauses expects a positive whole number, got ${values.clauses}`);

const kb = (n: number) => (n / 1024).toFixed(1);
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(1);

/** Columns a string takes in a terminal: CJK characters take two. */
function width(text: string): number {
  return Array.from(text).reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
}

/** Prints rows as an aligned table. */
function table(rows: ReadonlyArray<readonly string[]>): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? '')))) ?? [];
  for (const r of rows) console.log(r.map((cell, i) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(cell)))).join('  ').trimEnd());
}

const project = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'policy-kb-scale-'));
try {
  console.log(`Generating ${String(clauses)} clauses in ${dir} …`);
  const genStart = performance.now();
  const stats = generateCorpus(dir, loadValidContent(project), { clauses, seed: Number(values.seed) });
  const genMs = performance.now() - genStart;
  const checkStart = performance.now();
  const { issues } = validateContent(dir);
  const checkMs = performance.now() - checkStart;
  if (issues.length > 0) throw new Error(`the generated corpus is invalid:\n${formatIssues(issues.slice(0, 20))}`);
  linkProject(project, dir);

  console.log('Building with astro build …');
  const loadBefore = loadavg()[0] ?? 0;
  const build = await measure(join(dir, 'node_modules/.bin/astro'), ['build'], dir);
  if (build.code !== 0) throw new Error(`astro build failed (exit ${String(build.code)}):\n${build.output.slice(-4000)}`);
  const loadAfter = loadavg()[0] ?? 0;
  const dist = join(dir, 'dist');
  const integrated = existsSync(join(dist, 'pagefind/pagefind.js'));
  const html = folderBytes(dist);

  console.log('Indexing the same HTML with Pagefind alone …');
  const aloneOut = join(dir, 'pagefind-alone');
  const alone = await measure(join(dir, 'node_modules/.bin/pagefind'), ['--site', dist, '--output-path', aloneOut], dir);
  if (alone.code !== 0) throw new Error(`pagefind failed:\n${alone.output.slice(-4000)}`);
  // Without the project's own indexing step, search is measured on Pagefind's output.
  if (!integrated) rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  const index = folderBytes(integrated ? join(dist, 'pagefind') : aloneOut);
  const indexDir = integrated ? join(dist, 'pagefind') : aloneOut;
  const gz = (file: string) => (existsSync(join(indexDir, file)) ? gzipSync(readFileSync(join(indexDir, file))).length : 0);
  const runtimeBytes = gz('pagefind.js') + gz('pagefind-worker.js') + readdirSync(indexDir).filter((f) => f.startsWith('wasm.')).reduce((n, f) => n + gz(f), 0);
  const metaBytes = readdirSync(indexDir).filter((f) => f.endsWith('.pf_meta')).reduce((n, f) => n + gz(f), 0);
  const chunkSizes = readdirSync(join(indexDir, 'index')).map((f) => statSync(join(indexDir, 'index', f)).size);
  if (!integrated) renameSync(aloneOut, join(dist, 'pagefind'));

  const searchPage = existsSync(join(dist, 'search/index.html'));
  const runs: Array<{ mode: 'page' | 'api'; queries: QueryResult[] }> = [];
  if (!values['no-browser']) {
    const server = await serveStatic(dist);
    try {
      runs.push({ mode: 'api', queries: await measureQueries(server, 'api') });
      if (searchPage) {
        try {
          runs.push({ mode: 'page', queries: await measureQueries(server, 'page') });
        } catch (e) {
          console.log(`The /search/ page showed no results: ${(e as Error).message.split('\n')[0] ?? ''}`);
        }
      }
    } finally {
      await server.close();
    }
  }

  const peak = Math.max(build.maxRssKb ?? 0, build.treeRssKb);
  console.log(`\n## Scale benchmark: ${String(stats.clauses)} clauses\n`);
  table([
    ['measure', 'value'],
    ['policies / clauses / awards / references', `${String(stats.policies)} / ${String(stats.clauses)} / ${String(stats.awards)} / ${String(stats.references)}`],
    ['clause text', `${(stats.bodyChars / 10_000).toFixed(1)} 万字`],
    ['corpus generation / validateContent', `${s(genMs)} s / ${s(checkMs)} s`],
    ['astro build (whole pipeline)', `${s(build.ms)} s`],
    ['load average before / after the build', `${loadBefore.toFixed(1)} / ${loadAfter.toFixed(1)} on ${String(cpus().length)} cores (timings are noisy above that)`],
    ['build time per 1,000 clauses', `${s((build.ms * 1000) / stats.clauses)} s`],
    ['Pagefind in the build', integrated ? 'yes (dist/pagefind written by the build)' : 'no: dist/pagefind absent, index below from Pagefind alone'],
    ['Pagefind alone on the built HTML', `${s(alone.ms)} s`],
    ['build / Pagefind alone', `${(build.ms / alone.ms).toFixed(2)}×`],
    ['built site (dist)', `${mb(html.bytes)} MB in ${String(html.files)} files`],
    ['Pagefind index on disk', `${mb(index.bytes)} MB in ${String(index.files)} files`],
    ['search runtime, gzip (pagefind.js + worker + wasm)', `${kb(runtimeBytes)} KB, loaded by every cold query`],
    ['index metadata (pf_meta), gzip', `${kb(metaBytes)} KB, loaded by every cold query`],
    ['index chunks', `${String(chunkSizes.length)}, mean ${kb(chunkSizes.reduce((a, b) => a + b, 0) / Math.max(1, chunkSizes.length))} KB, largest ${kb(Math.max(0, ...chunkSizes))} KB`],
    ['peak RSS, largest process (GNU time)', build.maxRssKb === null ? 'n/a' : `${mb(build.maxRssKb * 1024)} MB`],
    ['peak RSS, process tree sum (sampled)', `${mb(build.treeRssKb * 1024)} MB`],
    ['peak RSS, Pagefind alone', alone.maxRssKb === null ? `${mb(alone.treeRssKb * 1024)} MB` : `${mb(alone.maxRssKb * 1024)} MB`],
    ['peak memory target (< 4 GB)', peak < 4 * 1024 * 1024 ? 'met' : 'NOT met'],
  ]);
  // Where the build's time went, as Astro and the integrations log it.
  const stages = build.output.split('\n').filter((l) => /Completed in|built in|\bin \d+(?:\.\d+)?m?s\b|pagefind|content guard/i.test(l)).map((l) => l.replace(/^\S+ /, '').replace(/\x1b\[[0-9;]*m/g, '').trim());
  if (stages.length > 0) console.log(`\nBuild log, timed steps:\n  ${stages.join('\n  ')}`);
  for (const { mode, queries } of runs) {
    console.log(mode === 'api'
      ? '\nSearch, pagefind.js alone in a zh-CN page (search + data of the first 5 results); cold = empty cache, warm = new page with the cache filled, next = another query in that page\n'
      : '\nSearch through the site\'s /search/?q=… page, from navigation to rendered results; cold = empty cache, warm = new page with the cache filled, next = typing another query in that page until the list changes\n');
    table([
      ['query', 'results', 'cold KB', 'cold pagefind KB', 'cold ms', 'warm KB', 'warm ms', 'next ms'],
      ...queries.map((q) => [q.query, String(q.cold.results), kb(q.cold.bytes), kb(q.cold.pagefindBytes), q.cold.ms.toFixed(0), kb(q.warm.bytes), q.warm.ms.toFixed(0), q.warm.nextMs === null ? '–' : q.warm.nextMs.toFixed(0)]),
    ]);
    const worstCold = Math.max(...queries.map((q) => q.cold.pagefindBytes));
    const worstWarm = Math.max(...queries.map((q) => q.warm.ms));
    const nexts = queries.flatMap((q) => (q.warm.nextMs === null ? [] : [q.warm.nextMs]));
    console.log(`worst cold /pagefind/ transfer: ${kb(worstCold)} KB (target ≤ 150 KB at 10,000 clauses: ${worstCold <= 150 * 1024 ? 'met' : 'NOT met'}); worst warm: ${worstWarm.toFixed(0)} ms; worst next query: ${nexts.length > 0 ? `${Math.max(...nexts).toFixed(0)} ms` : 'n/a'} (target ≤ 300 ms)`);
  }
} finally {
  if (values.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
