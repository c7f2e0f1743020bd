import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { edit } from './helpers/content-copy';

// The real build, on a copy of the project whose content has one bad amount: it must stop
// before writing anything, name the file and field, and print no stack trace.
const project = mkdtempSync(join(tmpdir(), 'policy-kb-build-'));
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe('astro build with bad content', () => {
  it('fails naming the file, the field and the fix, and writes no output', () => {
    for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'node_modules']) {
      symlinkSync(join(process.cwd(), entry), join(project, entry));
    }
    cpSync(join(process.cwd(), 'content'), join(project, 'content'), { recursive: true });
    edit(project, 'content/clauses/hz-2018-manufacturing/16-green-manufacturing.md', 'yuan: 4000000', 'yuan: 4500000');

    const run = spawnSync(join(project, 'node_modules/.bin/astro'), ['build'], { cwd: project, encoding: 'utf8', timeout: 120_000 });
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toContain('content/clauses/hz-2018-manufacturing/16-green-manufacturing.md');
    expect(output).toContain('awards[0].amount.yuan: found 4500000 (450万元)');
    expect(output).toContain('Fix: correct the amount');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(join(project, 'dist'))).toBe(false);
  }, 120_000);
});
