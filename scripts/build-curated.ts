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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { copyCuratedSample } from '../src/lib/content/curated-sample';
import { linkProject } from './bench/project';

const project = process.cwd();
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist-curated' } } });
const out = resolve(project, values.out);

const dir = mkdtempSync(join(tmpdir(), 'policy-kb-curated-'));
try {
  linkProject(project, dir);
  const keep = copyCuratedSample(project, dir);
  console.log(`build:curated: ${String(keep.size)} curated policies (${[...keep].join(', ')}) in ${dir}`);
  // The copy has no history: the feeds read when each record was added from the project's.
  const build = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, POLICY_KB_HISTORY: project },
  });
  if (build.status !== 0) {
    console.error(`build:curated: the build failed (exit ${String(build.status)}); see its output above`);
    process.exit(build.status ?? 1);
  }
  console.log(`build:curated: built into ${out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
