import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';

/**
 * Where the lock lives, relative to the project root. `.astro/` belongs to the checkout (unlike
 * node_modules/, which a copy of the project may share through a symlink) and is git-ignored.
 */
export const LOCK_FILE = '.astro/policy-kb-build.lock';

/** A lock this process holds: released once, and only while the file is still ours. */
export interface BuildLock {
  /** Absolute path of the lock file. */
  path: string;
  /** Removes the lock file if it still names this process. */
  release: () => void;
}

/** The pid a lock file names, or null when it is empty or garbled (a build still writing it). */
function pidIn(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Whether a process with this pid runs (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The error a second build stops with: who holds the lock and what to do. */
function heldError(path: string, pid: number | null): AstroError {
  const who = pid === null ? 'pid unknown: the lock file is empty' : `pid ${String(pid)}`;
  const error = new AstroError(
    `another build is running (${who}) in this checkout; wait for it or remove ${path} if no build runs`,
    'Two builds in one checkout write the same dist/ and would leave pages of both; the lock stops the second one before it writes anything.',
  );
  error.name = 'BuildLocked';
  // The message says everything; Astro prints a stack section only when `stack` is set.
  error.stack = '';
  return error;
}

/** Creates the lock file with our pid, failing if it exists: O_CREAT | O_EXCL, atomic. */
function create(path: string): boolean {
  try {
    writeFileSync(path, `${String(process.pid)}\n`, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/**
 * Removes the lock of a dead build, `pid`, so that create() can take its place. It is renamed
 * aside first, which is atomic: of two builds recovering the same stale lock only one moves it.
 * If what was moved is not that stale lock (another build took over in between), it is put back.
 * @throws AstroError when the lock it moved belongs to another build
 */
function removeStale(path: string, pid: number): void {
  const aside = `${path}.${String(process.pid)}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return; // Another build moved it first: creating again tells who holds the lock now.
  }
  const moved = pidIn(aside);
  if (moved !== pid) {
    try {
      linkSync(aside, path);
    } catch {
      // Yet another build holds the lock by now; it is reported all the same.
    }
    unlinkSync(aside);
    throw heldError(path, moved);
  }
  unlinkSync(aside);
}

/**
 * Takes the build lock of the checkout at `root`, taking over a lock whose build is dead.
 * @throws AstroError "another build is running (pid N) in this checkout; …" when a live build holds it
 */
export function acquireBuildLock(root: string): BuildLock {
  const path = join(root, LOCK_FILE);
  mkdirSync(dirname(path), { recursive: true });
  // A few rounds: creating can fail again when another build took the stale lock over first.
  for (let round = 0; round < 3; round++) {
    if (create(path)) {
      let held = true;
      return {
        path,
        release: () => {
          if (!held) return;
          held = false;
          // Only our own lock: never remove one a later build took over after ours was removed by hand.
          if (pidIn(path) === process.pid) unlinkSync(path);
        },
      };
    }
    const pid = pidIn(path);
    if (pid === null || pid === process.pid || isRunning(pid)) throw heldError(path, pid);
    removeStale(path, pid);
  }
  throw heldError(path, pidIn(path));
}

/**
 * Lets one `astro build` at a time run in a checkout: two at once write the same dist/ and one
 * can leave pages of the other (a search page without its preload tags). The lock is taken when
 * the build's configuration is set up, before any other integration's setup, and released when
 * the build is done or when the process exits for any reason (a failed build, Ctrl-C); a lock left
 * by a killed build names a dead pid and is taken over. `astro dev`, `check` and `preview` write
 * no dist/ and take no lock.
 *
 * List it first in `integrations`. Hooks run in list order, so it adds a second integration at the
 * end of the list that releases the lock in `astro:build:done`, after the other integrations
 * (Pagefind, sitemap) have written their files.
 */
export function buildLock(): AstroIntegration {
  let lock: BuildLock | null = null;
  const release = () => {
    lock?.release();
    lock = null;
    process.off('exit', release);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  // A signal's default action kills the process without an 'exit' event: release first, then
  // raise the signal again, which with no handler left takes its default action.
  function onSignal(signal: NodeJS.Signals): void {
    release();
    process.kill(process.pid, signal);
  }
  const releaser: AstroIntegration = { name: 'policy-kb:build-lock-release', hooks: { 'astro:build:done': release } };
  return {
    name: 'policy-kb:build-lock',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || lock) return;
        lock = acquireBuildLock(fileURLToPath(config.root));
        process.once('exit', release);
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        updateConfig({ integrations: [releaser] });
      },
    },
  };
}
