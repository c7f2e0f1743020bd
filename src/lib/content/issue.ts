import { groupBy } from '../util/group';

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

/**
 * Writes at most `budget` characters of `value` as JSON-like text, stopping as soon as the budget
 * is spent: a value can be huge (a 512 KB string, or an array repeated through YAML aliases whose
 * full text would exceed what a string can hold), so it is never serialised whole.
 */
function boundedText(value: unknown, budget: number): string {
  let out = '';
  // Cycles cannot come from our YAML (aliases are refused) but a value may come from anywhere.
  const seen = new Set<object>();
  const put = (s: string): boolean => {
    out += s.length > budget - out.length ? s.slice(0, Math.max(0, budget - out.length)) : s;
    return out.length < budget;
  };
  const walk = (v: unknown): boolean => {
    if (typeof v === 'string') return put(JSON.stringify(v.slice(0, budget)));
    // JSON for what JSON can write; undefined, bigint and the like as String writes them.
    if (v === null || typeof v === 'number' || typeof v === 'boolean') return put(JSON.stringify(v));
    if (typeof v === 'bigint' || typeof v === 'symbol' || v === undefined) return put(String(v));
    if (typeof v !== 'object') return put('[function]');
    // Dates and the like show as JSON.stringify would show them.
    const toJSON: unknown = (v as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return walk((toJSON as (this: unknown) => unknown).call(v));
    if (seen.has(v)) return put('[circular]');
    seen.add(v);
    const isArray = Array.isArray(v);
    if (!put(isArray ? '[' : '{')) return false;
    let first = true;
    // for…in stops early, unlike Object.keys, which would list every key of a huge object first.
    for (const key in v) {
      if (!Object.hasOwn(v, key)) continue;
      if (!first && !put(',')) return false;
      first = false;
      if (!isArray && !put(`${JSON.stringify(key.slice(0, budget))}:`)) return false;
      if (!walk((v as Record<string, unknown>)[key])) return false;
    }
    seen.delete(v);
    return put(isArray ? ']' : '}');
  };
  walk(value);
  return out;
}

/**
 * Shortens a value for an error message, keeping its start. Strings show in quotes, other values
 * as JSON; the work done is bounded by `max`, whatever the size of the value.
 */
export function preview(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? `"${value.slice(0, max)}"` : boundedText(value, max + 1);
  const full = typeof value === 'string' ? value.length + 2 <= max : text.length <= max;
  return full ? text : `${text.slice(0, max - 1)}…`;
}

/** Writes issues as a report an author can act on, grouped by file. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  const byFile = groupBy(issues, (issue) => issue.file);
  const lines = [`Content is invalid: ${String(issues.length)} problem${issues.length === 1 ? '' : 's'}.`];
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const i of list) {
      lines.push(`  ${i.field || '(file)'}: found ${i.found}; expected ${i.expected}.`, `    Fix: ${i.fix}`);
    }
  }
  return lines.join('\n');
}
