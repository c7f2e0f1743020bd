/**
 * Writes the files of an ingest, safely: nothing is written when a file would overwrite an
 * existing one (or a clause file of the same number under another name) unless --force; with
 * --force the clause files the draft replaces are removed. Writing is all or nothing as far as
 * the file system allows: every file goes first into a temporary folder under the output root,
 * every target folder is created, and only then are the files renamed into place. On an I/O
 * error the temporary folder is removed and the error names the path.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IngestError, REFUSED } from './errors';
import type { PlannedFile } from './serialize';

/** The number a provision file starts with (07 of 07-clause.md, 103 of 103-x.md). */
function numberOf(name: string): string | null {
  return /^(\d+)-/u.exec(name)?.[1] ?? null;
}

/** Existing clause files of the policy whose number a planned clause file takes. */
function sameNumber(root: string, planned: readonly PlannedFile[]): string[] {
  const clauses = planned.filter((f) => f.path.startsWith('content/clauses/'));
  const dir = clauses[0] ? dirname(clauses[0].path) : null;
  if (!dir || !existsSync(join(root, dir))) return [];
  const numbers = new Set(clauses.map((f) => Number(numberOf(basename(f.path)))));
  return readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.md') && numberOf(name) !== null && numbers.has(Number(numberOf(name))))
    .map((name) => `${dir}/${name}`);
}

/** The files that writing would overwrite or replace (same content counts as no conflict). */
export function conflicts(root: string, planned: readonly PlannedFile[]): string[] {
  const texts = new Map(planned.map((f) => [f.path, f.text]));
  const clashes = new Set<string>();
  for (const f of planned) {
    const path = join(root, f.path);
    if (existsSync(path) && !Buffer.from(f.text).equals(readFileSync(path))) clashes.add(f.path);
  }
  for (const path of sameNumber(root, planned)) if (!texts.has(path)) clashes.add(path);
  return [...clashes].sort();
}

/** Runs an I/O step; an error becomes an IngestError (exit 2) that names the path. */
function io<T>(what: string, path: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new IngestError(
      `cannot ${what} ${path} (${code}); nothing was written: check that the output folder exists and is writable`,
    );
  }
}

/**
 * Writes the planned files under `root`, all or nothing.
 * @throws IngestError (exit 1) listing the files it would overwrite, unless `force`; (exit 2) on an I/O error
 */
export function writeFiles(
  root: string,
  planned: readonly PlannedFile[],
  force: boolean,
): { written: string[]; removed: string[] } {
  const clashes = conflicts(root, planned);
  if (clashes.length > 0 && !force) {
    throw new IngestError(
      `refusing to overwrite ${String(clashes.length)} existing file(s); review them or run again with --force:\n${clashes.map((c) => `  ${c}`).join('\n')}`,
      REFUSED,
    );
  }
  const paths = new Set(planned.map((f) => f.path));
  const removed = clashes.filter((c) => !paths.has(c));
  // A new --out folder is made; the temporary folder sits inside it, on the same file system as the targets.
  io('create the output folder', root, () => mkdirSync(root, { recursive: true }));
  const temp = io('create a temporary folder in', root, () => mkdtempSync(join(root, '.ingest-')));
  try {
    planned.forEach((f, i) => {
      // Flat names in the temporary folder: only the final rename needs the target's folders.
      io('write', join(temp, String(i)), () => {
        writeFileSync(join(temp, String(i)), f.text);
      });
    });
    for (const f of planned)
      io('create the folder of', join(root, f.path), () => mkdirSync(dirname(join(root, f.path)), { recursive: true }));
    for (const path of removed)
      io('remove', join(root, path), () => {
        rmSync(join(root, path));
      });
    planned.forEach((f, i) => {
      io('move into place', join(root, f.path), () => {
        renameSync(join(temp, String(i)), join(root, f.path));
      });
    });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return { written: planned.map((f) => f.path), removed };
}
