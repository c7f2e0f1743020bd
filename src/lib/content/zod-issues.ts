import type { z } from 'zod';
import { preview, type ContentIssue } from './issue';

/** Where each vocabulary-backed field's allowed names come from, for the fix hint. */
const VOCABULARY_FIELDS: ReadonlyArray<[RegExp, string, string]> = [
  [/^industries\[\d+\]$/, 'content/vocabularies/industries.yaml', 'with its id and group'],
  [/\.level$/, 'content/vocabularies/levels.yaml', 'with its id and rank'],
  [/\.kind$/, 'content/vocabularies/support-types.yaml', 'with its id and description'],
];

/** At most this many issues are reported per file: a few hundred would bury the first. */
const MAX_ISSUES_PER_FILE = 50;

/** Cuts a text for a message to at most `max` characters. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Lists names for a message, the first few of them, so that the message stays short. */
function someNames(names: readonly string[], max = 10): string {
  const shown = names.slice(0, max).map((n) => clip(n, 40)).join(', ');
  return names.length > max ? `${shown} and ${String(names.length - max)} more` : shown;
}

/** Writes a zod path the way authors read it: `awards[0].amount.yuan`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${String(p)}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/** Reads the value at a zod path, to show what the file actually has. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/**
 * Turns zod's issues into issues an author can act on, naming the file and the field.
 * Unknown vocabulary names point to the vocabulary file instead of listing every allowed name.
 * @param schemaFile the source file of the schema, where each field is documented
 */
export function zodIssues(file: string, data: unknown, error: z.ZodError, schemaFile: string): ContentIssue[] {
  const issues = error.issues.slice(0, MAX_ISSUES_PER_FILE).map((issue): ContentIssue => {
    const field = formatPath(issue.path);
    const value = valueAt(data, issue.path);
    const found = value === undefined ? 'nothing (the field is missing)' : preview(value);
    const [, vocabulary, needs] = VOCABULARY_FIELDS.find(([re]) => re.test(field)) ?? [];
    if (issue.code === 'invalid_value' && vocabulary) {
      return {
        file,
        field,
        found,
        expected: `a name listed in ${vocabulary}`,
        fix: `use one of the names in ${vocabulary} (check the spelling), or add the new term there ${needs ?? ''}`,
      };
    }
    if (issue.code === 'unrecognized_keys') {
      return {
        file,
        field: field || '(top level)',
        found: `unknown field(s) ${someNames(issue.keys)}`,
        expected: `only the fields documented in ${schemaFile}`,
        fix: 'remove or rename the field (check its spelling against the schema)',
      };
    }
    return {
      file,
      field,
      found,
      // zod's messages name types and options, never the value, but an enum lists all its options.
      expected: clip(issue.message.replace(/^Invalid input: /, '').replace(/^expected /, ''), 300),
      fix: `correct ${field || 'the file'} as ${schemaFile} documents it`,
    };
  });
  const left = error.issues.length - issues.length;
  if (left > 0) issues.push({ file, field: '(file)', found: `${String(left)} more problems`, expected: 'a file that matches its schema', fix: 'fix the problems above and re-check: the rest are listed then' });
  return issues;
}
