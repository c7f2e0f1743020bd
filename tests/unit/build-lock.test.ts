import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireBuildLock, buildLock, LOCK_FILE } from '../../src/integrations/build-lock';

// The lock of one checkout, exercised in a temporary folder: taken atomically, refused while its
// build lives, taken over once that build is dead, released by its own build only.

let root = '';
const fresh = () => (root = mkdtempSync(join(tmpdir(), 'policy-kb-lock-')));
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A pid that no process has: one of a child that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

/** Writes a lock file as another build would. */
function lockedBy(pid: number): string {
  const path = join(root, LOCK_FILE);
  mkdirSync(join(root, '.astro'), { recursive: true });
  writeFileSync(path, `${String(pid)}\n`);
  return path;
}

/** Runs an integration's astro:config:setup as Astro would, for a command. */
function setup(
  integration: AstroIntegration,
  command: 'dev' | 'build' | 'preview' | 'sync',
  added: AstroIntegration[] = [],
): void {
  const hook = integration.hooks['astro:config:setup'];
  const params = {
    command,
    config: { root: pathToFileURL(`${root}/`) },
    updateConfig: (c: { integrations?: AstroIntegration[] }) => added.push(...(c.integrations ?? [])),
  };
  // Only the fields the hook reads are given; the rest of Astro's parameters are not needed.
  (hook as unknown as (p: typeof params) => void)(params);
}

describe('the build lock', () => {
  it('is a file with the pid of the build, removed on release', () => {
    const lock = acquireBuildLock(fresh());
    expect(lock.path).toBe(join(root, '.astro/policy-kb-build.lock'));
    expect(readFileSync(lock.path, 'utf8')).toBe(`${String(process.pid)}\n`);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it('stops a second build while the first runs, saying who holds it and what to do', () => {
    fresh();
    const path = lockedBy(process.ppid);
    expect(() => acquireBuildLock(root)).toThrow(
      `another build is running (pid ${String(process.ppid)}) in this checkout; wait for it or remove ${path} if no build runs`,
    );
    expect(readFileSync(path, 'utf8')).toBe(`${String(process.ppid)}\n`);
  });

  it('stops a second build of the same process (astro called twice in one program)', () => {
    const first = acquireBuildLock(fresh());
    expect(() => acquireBuildLock(root)).toThrow(`another build is running (pid ${String(process.pid)})`);
    first.release();
  });

  it('takes over the lock of a build that is dead', () => {
    fresh();
    const path = lockedBy(deadPid());
    const lock = acquireBuildLock(root);
    expect(readFileSync(path, 'utf8')).toBe(`${String(process.pid)}\n`);
    lock.release();
  });

  it('refuses an empty lock (a build still writing it) instead of guessing', () => {
    fresh();
    const path = lockedBy(1);
    writeFileSync(path, '');
    expect(() => acquireBuildLock(root)).toThrow('another build is running (pid unknown: the lock file is empty)');
  });

  it('never removes a lock another build took after ours was removed by hand', () => {
    const lock = acquireBuildLock(fresh());
    writeFileSync(lock.path, `${String(process.ppid)}\n`);
    lock.release();
    expect(readFileSync(lock.path, 'utf8')).toBe(`${String(process.ppid)}\n`);
  });

  it('is taken by `astro build` only and released by a hook added at the end of the list', () => {
    fresh();
    for (const command of ['dev', 'sync', 'preview'] as const) {
      setup(buildLock(), command);
      expect(existsSync(join(root, LOCK_FILE)), command).toBe(false);
    }
    const added: AstroIntegration[] = [];
    setup(buildLock(), 'build', added);
    expect(readFileSync(join(root, LOCK_FILE), 'utf8')).toBe(`${String(process.pid)}\n`);
    expect(added.map((i) => i.name)).toEqual(['policy-kb:build-lock-release']);
    const done = added[0]?.hooks['astro:build:done'] as unknown as () => void;
    done();
    expect(existsSync(join(root, LOCK_FILE))).toBe(false);
  });

  it('is released when a failed build exits', () => {
    fresh();
    // A child process takes the lock as a build would, then fails with an exception.
    const script = [
      "import { existsSync } from 'node:fs';",
      `import { buildLock } from ${JSON.stringify(join(process.cwd(), 'src/integrations/build-lock.ts'))};`,
      `const hook = buildLock().hooks['astro:config:setup'];`,
      `hook({ command: 'build', config: { root: new URL(${JSON.stringify(pathToFileURL(`${root}/`).href)}) }, updateConfig: () => {} });`,
      `console.log(existsSync(${JSON.stringify(join(root, LOCK_FILE))}));`,
      `throw new Error('the build failed');`,
    ].join('\n');
    const child = spawnSync(join(process.cwd(), 'node_modules/.bin/tsx'), ['--input-type=module', '--eval', script], {
      encoding: 'utf8',
    });
    expect(child.stdout.trim()).toBe('true');
    expect(child.status).not.toBe(0);
    expect(existsSync(join(root, LOCK_FILE))).toBe(false);
  });
});
