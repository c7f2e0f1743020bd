/**
 * Writes the files of an ingest, safely: nothing is written when a file would overwrite an
 * existing one, or when the policy's folder holds clause files the draft does not have, unless
 * --force; with --force those clause files are removed, so that the result equals a fresh ingest.
 * Writing is all or nothing: every file goes first into a hidden staging folder inside the output
 * root (the same file system as the targets, so the moves are renames), every existing file it
 * replaces or removes is moved aside into it, and on any failure every move is undone before
 * the error, which names the path, says that nothing was written.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { IngestError, REFUSED } from './errors';
import type { PlannedFile } from './serialize';

/** The clause folders of the planned files, content/clauses/<policy>, one per policy written. */
function clauseDirs(planned: readonly PlannedFile[]): string[] {
  return [...new Set(planned.filter((f) => f.path.startsWith('content/clauses/')).map((f) => dirname(f.path)))];
}

/** What is at a path: nothing, a regular file, or something else (a folder, a device). */
function kindAt(path: string): 'none' | 'file' | 'other' {
  try {
    return statSync(path).isFile() ? 'file' : 'other';
  } catch {
    return 'none';
  }
}

/**
 * The clause files of the policy's folder that the draft does not have: a clause file of the
 * same number under another name, and the provisions an earlier ingest had past the new last one.
 */
export function staleClauseFiles(root: string, planned: readonly PlannedFile[]): string[] {
  const paths = new Set(planned.map((f) => f.path));
  return clauseDirs(planned)
    .filter((dir) => isFolder(join(root, dir)))
    .flatMap((dir) =>
      readdirSync(join(root, dir), { withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.md') && !paths.has(`${dir}/${e.name}`))
        .map((e) => `${dir}/${e.name}`),
    )
    .sort();
}

/** Whether a path is a folder (following links). */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Refuses a plan whose target is a folder (or a device) where a file must go: an error that
 * names the path, exit 2, before anything is written.
 */
function assertFileTargets(root: string, planned: readonly PlannedFile[]): void {
  for (const f of planned)
    if (kindAt(join(root, f.path)) === 'other')
      throw new IngestError(
        `cannot write ${join(root, f.path)}: a folder (or another non-file) is in its place; nothing was written: move it away or choose another --out`,
      );
}

/** The files that writing would overwrite (same content counts as no conflict). */
export function conflicts(root: string, planned: readonly PlannedFile[]): string[] {
  assertFileTargets(root, planned);
  return planned
    .filter(
      (f) => kindAt(join(root, f.path)) === 'file' && !Buffer.from(f.text).equals(readFileSync(join(root, f.path))),
    )
    .map((f) => f.path)
    .sort();
}

/** Runs an I/O step; an error is returned as an IngestError (exit 2) that names the path. */
function io(what: string, path: string, step: () => void): void {
  try {
    step();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new IngestError(`cannot ${what} ${path} (${code})`);
  }
}

/** The moves made so far, to be undone on failure in reverse order. */
interface Journal {
  /** Folders created, outermost first. */
  folders: string[];
  /** Renames done, as [from, to]. */
  moves: Array<[string, string]>;
}

/** Undoes the moves and folders of a journal; returns the paths it could not restore. */
function rollBack(journal: Journal): string[] {
  const lost: string[] = [];
  for (const [from, to] of [...journal.moves].reverse()) {
    try {
      renameSync(to, from);
    } catch {
      lost.push(from);
    }
  }
  for (const folder of [...journal.folders].reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty (a file could not be moved back) or gone: leave it.
    }
  }
  return lost;
}

/** Creates the folder of a path, recording the folders it creates. */
function makeFolder(dir: string, journal: Journal): void {
  const first = mkdirSync(dir, { recursive: true });
  if (first === undefined) return;
  // mkdirSync gives the outermost folder it made; every folder from there down to dir is new.
  const made: string[] = [];
  for (let d = dir; d.length >= first.length; d = dirname(d)) {
    made.unshift(d);
    if (d === first) break;
  }
  journal.folders.push(...made);
}

/**
 * Writes the planned files under `root`, all or nothing (see the file's comment).
 * @throws IngestError (exit 1) listing the files it would overwrite or remove, unless `force`; (exit 2) on an I/O error, after undoing every move
 */
export function writeFiles(
  root: string,
  planned: readonly PlannedFile[],
  force: boolean,
): { written: string[]; removed: string[] } {
  const clashes = conflicts(root, planned);
  const removed = staleClauseFiles(root, planned);
  if ((clashes.length > 0 || removed.length > 0) && !force) {
    const what = [
      clashes.length > 0 ? `overwrite ${String(clashes.length)} existing file(s)` : '',
      removed.length > 0 ? `remove ${String(removed.length)} clause file(s) the new draft does not have` : '',
    ]
      .filter((x) => x !== '')
      .join(' and ');
    throw new IngestError(
      `refusing to ${what}; review them or run again with --force:\n${[...clashes, ...removed].map((c) => `  ${c}`).join('\n')}`,
      REFUSED,
    );
  }
  const nothing = 'nothing was written: check that the output folder exists and is writable';
  try {
    // A new --out folder is made; an existing one is left as it is.
    mkdirSync(root, { recursive: true });
  } catch (e) {
    throw new IngestError(
      `cannot create the output folder ${root} (${(e as NodeJS.ErrnoException).code ?? 'error'}); ${nothing}`,
    );
  }
  // Staged inside the output root, on the same file system as every target: the moves are renames.
  const staging = join(root, `.ingest-staging-${String(process.pid)}`);
  const journal: Journal = { folders: [], moves: [] };
  try {
    io('create the staging folder', staging, () => {
      rmSync(staging, { recursive: true, force: true });
      mkdirSync(staging);
    });
    planned.forEach((f, i) => {
      io('write', join(staging, String(i)), () => {
        writeFileSync(join(staging, String(i)), f.text);
      });
    });
    for (const f of planned)
      io('create the folder of', join(root, f.path), () => {
        makeFolder(dirname(join(root, f.path)), journal);
      });
    const aside = (path: string, i: number) => {
      const from = join(root, path);
      const to = join(staging, `old-${String(i)}`);
      io('move aside', from, () => {
        renameSync(from, to);
      });
      journal.moves.push([from, to]);
    };
    [...removed, ...planned.map((f) => f.path).filter((p) => kindAt(join(root, p)) === 'file')].forEach(aside);
    planned.forEach((f, i) => {
      const [from, to] = [join(staging, String(i)), join(root, f.path)];
      io('move into place', to, () => {
        renameSync(from, to);
      });
      journal.moves.push([from, to]);
    });
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    const lost = rollBack(journal);
    const left =
      lost.length === 0
        ? nothing
        : `the files could not all be restored; what was replaced is kept in ${relative(root, staging)}${sep}: ${lost.join(', ')}`;
    if (lost.length === 0) rmSync(staging, { recursive: true, force: true });
    throw new IngestError(`${e.message}; ${left}`);
  }
  rmSync(staging, { recursive: true, force: true });
  return { written: planned.map((f) => f.path), removed };
}
