import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { copyCuratedSample } from '../../../src/lib/content/curated-sample';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIssues } from '../../../src/lib/content/issue';
import { validateContent } from '../../../src/lib/validate/index';

/** A copy of the project's curated content in a temporary folder, to break one thing in. */
export function copyContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'policy-kb-'));
  copyCuratedSample(process.cwd(), root);
  return root;
}

/** Replaces text in a file of a content copy; fails loudly when the text is not there. */
export function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit found nothing to replace in ${file}: ${String(from)}`);
  writeFileSync(path, next);
}

/** Validates a content copy and returns the report an author would read. */
export function report(root: string): string {
  const { issues } = validateContent(root);
  return issues.length === 0 ? 'valid' : formatIssues(issues);
}

/** The clause file of clause 16 (实施绿色制造工程), which most fixtures break. */
export const CLAUSE_16 = 'content/clauses/hz-2018-manufacturing/16-green-manufacturing.md';
