/**
 * `npm run build:curated -- [--out <dir>]`: builds the site of the curated documents only (the
 * policies not taken from a collection: the 2018 and 2024 policies and the four curated
 * regulations) into dist-curated/. The detailed end-to-end tests read these documents' exact
 * clauses, rankings and counts, which the growing base must not move; the whole base has its own
 * tests (tests/e2e-base). The build runs in a throwaway copy of the project, so that it never
 * touches the main build's caches. References to documents outside the sample are unlinked in
 * the copy, as they were before those documents joined the base.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { linkProject } from './bench/project';

const project = process.cwd();
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist-curated' } } });
const out = resolve(project, values.out);
const content = join(project, 'content');

/** The ids of the policies that came from no collection. */
function curatedPolicies(): Set<string> {
  const ids = new Set<string>();
  for (const name of readdirSync(join(content, 'policies'))) {
    const data = load(readFileSync(join(content, 'policies', name), 'utf8')) as {
      id: string;
      source?: { collection?: unknown };
    };
    if (!data.source?.collection) ids.add(data.id);
  }
  return ids;
}

const dir = mkdtempSync(join(tmpdir(), 'policy-kb-curated-'));
try {
  const keep = curatedPolicies();
  console.log(`build:curated: ${String(keep.size)} curated policies (${[...keep].join(', ')}) in ${dir}`);
  linkProject(project, dir);
  const copy = join(dir, 'content');
  mkdirSync(join(copy, 'policies'), { recursive: true });
  mkdirSync(join(copy, 'clauses'), { recursive: true });
  mkdirSync(join(copy, 'references'), { recursive: true });
  cpSync(join(content, 'vocabularies'), join(copy, 'vocabularies'), { recursive: true });
  const sources = new Set<string>();
  for (const id of keep) {
    const text = readFileSync(join(content, 'policies', `${id}.yaml`), 'utf8');
    writeFileSync(join(copy, 'policies', `${id}.yaml`), text);
    cpSync(join(content, 'clauses', id), join(copy, 'clauses', id), { recursive: true });
    const raw = /^ {2}rawFile: (\S+)$/mu.exec(text)?.[1];
    if (raw) sources.add(raw);
  }
  for (const raw of sources) cpSync(join(project, raw), join(dir, raw), { recursive: true });
  // The references the sample's clauses cite, no others (a reference nothing cites is refused).
  const cited = new Set<string>();
  for (const id of keep)
    for (const name of readdirSync(join(content, 'clauses', id)))
      for (const m of readFileSync(join(content, 'clauses', id, name), 'utf8').matchAll(/^[\s-]+ref: (\S+)$/gmu))
        cited.add(`${m[1] ?? ''}.yaml`);
  for (const name of readdirSync(join(content, 'references')).filter((n) => cited.has(n))) {
    const text = readFileSync(join(content, 'references', name), 'utf8');
    const policy = /^policy: (\S+)$/mu.exec(text)?.[1];
    const unlinked =
      policy && policy !== 'null' && !keep.has(policy) ? text.replace(/^policy: \S+$/mu, 'policy: null') : text;
    writeFileSync(join(copy, 'references', name), unlinked);
  }
  const build = spawnSync('npx', ['astro', 'build', '--outDir', out], { cwd: dir, stdio: 'inherit', env: process.env });
  if (build.status !== 0) {
    console.error(`build:curated: the build failed (exit ${String(build.status)}); see its output above`);
    process.exit(build.status ?? 1);
  }
  console.log(`build:curated: built into ${out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
