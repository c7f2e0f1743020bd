import type { z } from 'zod';
import { preview, type ContentIssue } from './issue';

/** Where each vocabulary-backed field's allowed names come from, for the fix hint. */
const VOCABULARY_FIELDS: ReadonlyArray<[RegExp, string, string]> = [
  [/^industries\[\d+\]$/, 'content/vocabularies/industries.yaml', 'with its id and group'],
  [/\.level$/, 'content/vocabularies/levels.yaml', 'with its id and rank'],
  [/\.kind$/, 'content/vocabularies/support-types.yaml', 'with its id and description'],
];

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
  return error.issues.map((issue) => {
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
        found: `unknown field(s) ${issue.keys.join(', ')}`,
        expected: `only the fields documented in ${schemaFile}`,
        fix: 'remove or rename the field (check its spelling against the schema)',
      };
    }
    return {
      file,
      field,
      found,
      expected: issue.message.replace(/^Invalid input: /, '').replace(/^expected /, ''),
      fix: `correct ${field || 'the file'} as ${schemaFile} documents it`,
    };
  });
}
