import { spawnSync } from 'node:child_process';
import { copyCuratedSample } from '../../src/lib/content/curated-sample';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_HINT } from '../../src/integrations/content-guard';
import { edit } from './helpers/content-copy';

// The real build, on a copy of the project: with one bad amount it must stop before writing
// anything, name the file and field, and print no stack trace; with the checkout's build lock
// held by a running build it must stop at once, saying so.
const project = mkdtempSync(join(tmpdir(), 'policy-kb-build-'));
const CLAUSE_16 = 'content/clauses/hz-2018-manufacturing/16-green-manufacturing.md';
beforeAll(() => {
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'node_modules']) {
    symlinkSync(join(process.cwd(), entry), join(project, entry));
  }
});
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

/** Runs `astro build` in the copy, returning its exit status and everything it printed. */
function build(): { status: number | null; output: string } {
  const run = spawnSync(join(project, 'node_modules/.bin/astro'), ['build'], {
    cwd: project,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** Fresh content in the copy, as the project has it. */
function freshContent(): void {
  rmSync(join(project, 'content'), { recursive: true, force: true });
  copyCuratedSample(process.cwd(), project);
}

describe('astro build', () => {
  it('with bad content fails naming the file, the field and the fix, with no stack trace, and writes no output', () => {
    freshContent();
    edit(project, CLAUSE_16, /yuan: 4000000/, 'yuan: 4500000');
    const { status, output } = build();
    expect(status).not.toBe(0);
    expect(output).toContain(CLAUSE_16);
    expect(output).toContain('awards[0].amount.yuan: found 4500000 (450万元)');
    expect(output).toContain('Fix: correct the amount');
    expect(output).toMatch(/\[InvalidContent\] Content is invalid: \d+ problems?, listed above\./);
    expect(output).toContain(CONTENT_HINT);
    expect(output).not.toContain('    at ');
    expect(output).not.toContain('Stack trace');
    // The configuration itself warns of nothing (Shiki's inline styles against the CSP, for one).
    expect(output).not.toContain('[WARN]');
    expect(existsSync(join(project, 'dist'))).toBe(false);
  }, 120_000);

  it('while another build runs in the checkout fails at once, naming its pid and the lock file', () => {
    freshContent();
    const lock = join(project, '.astro/policy-kb-build.lock');
    mkdirSync(join(project, '.astro'), { recursive: true });
    // The test runner's parent stands for the other build: a process that is running.
    writeFileSync(lock, `${String(process.ppid)}\n`);
    const { status, output } = build();
    expect(status).not.toBe(0);
    expect(output).toContain(
      `[BuildLocked] another build is running (pid ${String(process.ppid)}) in this checkout; wait for it or remove ${lock} if no build runs`,
    );
    expect(output).not.toContain('    at ');
    expect(readFileSync(lock, 'utf8')).toBe(`${String(process.ppid)}\n`);
    expect(existsSync(join(project, 'dist'))).toBe(false);
    rmSync(lock);
  }, 120_000);
});
