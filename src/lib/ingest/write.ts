/**
 * Writes the files of an ingest, safely: nothing is written when a file would overwrite an
 * existing one (or a clause file of the same number under another name) unless --force; with
 * --force the clause files the draft replaces are removed first, so that numbers stay unique.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IngestError, REFUSED } from './errors';
import type { PlannedFile } from './serialize';

/** Existing clause files of the policy whose number a planned clause file takes. */
function sameNumber(root: string, planned: readonly PlannedFile[]): string[] {
  const clauses = planned.filter((f) => f.path.startsWith('content/clauses/'));
  const dir = clauses[0] ? dirname(clauses[0].path) : null;
  if (!dir || !existsSync(join(root, dir))) return [];
  const numbers = new Set(clauses.map((f) => basename(f.path).slice(0, 3)));
  return readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.md') && numbers.has(name.slice(0, 3)))
    .map((name) => `${dir}/${name}`);
}

/** The files that writing would overwrite or replace (same content counts as no conflict). */
export function conflicts(root: string, planned: readonly PlannedFile[]): string[] {
  const texts = new Map(planned.map((f) => [f.path, f.text]));
  const clashes = new Set<string>();
  for (const f of planned) {
    const path = join(root, f.path);
    if (existsSync(path) && readFileSync(path, 'utf8') !== f.text) clashes.add(f.path);
  }
  for (const path of sameNumber(root, planned)) if (!texts.has(path)) clashes.add(path);
  return [...clashes].sort();
}

/**
 * Writes the planned files under `root`.
 * @throws IngestError (exit 1) listing the files it would overwrite, unless `force`
 */
export function writeFiles(root: string, planned: readonly PlannedFile[], force: boolean): { written: string[]; removed: string[] } {
  const clashes = conflicts(root, planned);
  if (clashes.length > 0 && !force) {
    throw new IngestError(`refusing to overwrite ${String(clashes.length)} existing file(s); review them or run again with --force:\n${clashes.map((c) => `  ${c}`).join('\n')}`, REFUSED);
  }
  const paths = new Set(planned.map((f) => f.path));
  const removed = clashes.filter((c) => !paths.has(c));
  for (const path of removed) rmSync(join(root, path));
  for (const f of planned) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
  return { written: planned.map((f) => f.path), removed };
}
