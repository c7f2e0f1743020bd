/**
 * `npm run bench:pages [-- <dist>] [--lighthouse]`: the bytes a first visit transfers (HTML +
 * CSS + JS, gzip) for the home page, the heaviest clause page, /awards/ and /search/, against
 * the 40 KB budget of a clause page. Exit code 1 when a clause page is over budget.
 * With --lighthouse, also the Lighthouse scores of those pages in Debian's Chromium.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pageWeight, sitemapPaths, type PageWeight } from './bench/page-weight';
import { printTable } from './bench/report';

/** The budget of a clause page, compressed. */
export const CLAUSE_BUDGET_BYTES = 40 * 1024;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lighthouse: { type: 'boolean', default: false } },
});
const dist = resolve(positionals[0] ?? process.env.DIST_DIR ?? 'dist');
if (!existsSync(dist)) {
  console.error(
    `No build at ${dist}: run "npm run build" first, or pass the folder (npm run bench:pages -- /tmp/dist).`,
  );
  process.exit(1);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const paths = sitemapPaths(dist);
const clausePaths = paths.filter((p) => /^\/policies\/[^/]+\/\d+\/$/.test(p));
const clauses = clausePaths.map((p) => pageWeight(dist, p)).sort((a, b) => b.total - a.total);
const heaviest = clauses[0];
const named: Array<[string, string]> = [
  ['home', '/'],
  ['awards', '/awards/'],
  ['search', '/search/'],
];
const rows: Array<[string, PageWeight]> = [];
for (const [label, path] of named) {
  if (existsSync(resolve(dist, `.${path}index.html`))) rows.push([label, pageWeight(dist, path)]);
  else console.log(`(no ${path} in this build: skipped)`);
}
if (heaviest) rows.splice(1, 0, [`clause (heaviest of ${String(clauses.length)})`, heaviest]);
else {
  // A budget that cannot be checked must not pass silently.
  console.error(`No clause page found in ${dist}: the clause-page budget cannot be checked.`);
  process.exitCode = 1;
}

console.log(`\n## First-visit weight, gzip, before search is used (${dist})\n`);
const table: string[][] = [['page', 'path', 'HTML', 'CSS', 'JS', 'total', 'files', 'budget']];
for (const [label, w] of rows) {
  const isClause = label.startsWith('clause');
  table.push([
    label,
    w.path,
    kb(w.html),
    kb(w.css),
    kb(w.js),
    kb(w.total),
    String(w.assets.length),
    isClause ? `${kb(CLAUSE_BUDGET_BYTES)}: ${w.total <= CLAUSE_BUDGET_BYTES ? 'ok' : 'OVER'}` : '–',
  ]);
}
printTable(table);
for (const [, w] of rows)
  if (w.missing.length > 0) console.log(`${w.path} references files not in the build: ${w.missing.join(', ')}`);
if (clauses.length > 1) {
  const lightest = clauses[clauses.length - 1];
  if (lightest)
    console.log(
      `clause pages range from ${kb(lightest.total)} (${lightest.path}) to ${kb(heaviest?.total ?? 0)} (${heaviest?.path ?? ''})`,
    );
}

if (values.lighthouse) {
  const { runLighthouse } = await import('./bench/lighthouse');
  await runLighthouse(
    dist,
    rows.map(([label, w]) => [label, w.path]),
  );
}

const over = clauses.filter((c) => c.total > CLAUSE_BUDGET_BYTES);
if (over.length > 0) {
  console.error(
    `\n${String(over.length)} clause page(s) over the ${kb(CLAUSE_BUDGET_BYTES)} budget, e.g. ${over[0]?.path ?? ''} at ${kb(over[0]?.total ?? 0)}.`,
  );
  process.exit(1);
}
