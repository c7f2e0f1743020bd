/**
 * A problem found in content, reported so that an author can fix it without reading code:
 * which file, which field, what was found, what was expected, and what to do.
 */
export interface ContentIssue {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Path of the field inside the file, e.g. `awards[0].amount.yuan`; empty for the whole file. */
  field: string;
  /** What the file has. */
  found: string;
  /** What it should have. */
  expected: string;
  /** What to do about it. */
  fix: string;
}

/** Thrown when content is invalid; `issues` lists every problem, not just the first. */
export class ContentError extends Error {
  /** Every problem found. */
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    super(formatIssues(issues));
    this.name = 'ContentError';
    this.issues = issues;
  }
}

/** Shortens a value for an error message, keeping its start. */
export function preview(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) as string | undefined) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Writes issues as a report an author can act on, grouped by file. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  const byFile = new Map<string, ContentIssue[]>();
  for (const issue of issues) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
  const lines = [`Content is invalid: ${String(issues.length)} problem${issues.length === 1 ? '' : 's'}.`];
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const i of list) {
      lines.push(`  ${i.field || '(file)'}: found ${i.found}; expected ${i.expected}.`, `    Fix: ${i.fix}`);
    }
  }
  return lines.join('\n');
}
