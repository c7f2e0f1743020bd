import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import type { z } from 'zod';
import type { ContentIssue } from './issue';
import { parseMarkdownFile, type MarkdownFile } from './frontmatter';
import { zodIssues } from './zod-issues';

/** Files larger than this are refused: no policy clause comes near it, and a huge file is a mistake. */
export const MAX_CONTENT_BYTES = 512 * 1024;

/** Reads a file as strict UTF-8, reporting (not throwing) when it is not text the base can hold. */
export function readText(root: string, path: string, issues: ContentIssue[]): string | null {
  const file = relative(root, path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    issues.push({ file, field: '', found: 'no such file', expected: 'the file to exist', fix: `create ${file}` });
    return null;
  }
  if (bytes.length > MAX_CONTENT_BYTES) {
    issues.push({ file, field: '', found: `${String(bytes.length)} bytes`, expected: `at most ${String(MAX_CONTENT_BYTES)} bytes`, fix: 'split the file: one clause per file' });
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    issues.push({ file, field: '', found: 'bytes that are not UTF-8', expected: 'a UTF-8 text file', fix: 'save the file as UTF-8 (for example iconv -f GBK -t UTF-8)' });
    return null;
  }
}

/** Lists the entries of a folder that pass `keep`, sorted, as paths; none if the folder is missing. */
function listEntries(dir: string, keep: (entry: Dirent) => boolean): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter(keep).map((e) => join(dir, e.name)).sort();
  } catch {
    return [];
  }
}

/** Lists the files with one of the given extensions in a folder. */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
  return listEntries(dir, (e) => e.isFile() && extensions.some((x) => e.name.endsWith(x)));
}

/** Lists the sub-folders of a folder. */
export function listDirs(dir: string): string[] {
  return listEntries(dir, (e) => e.isDirectory());
}

/**
 * Describes a YAML or frontmatter error with its line in the file.
 * @param lineOffset lines before the YAML starts in the file (1 for the opening "---")
 */
function yamlProblem(e: unknown, lineOffset = 0): string {
  const mark = (e as { mark?: { line: number; column: number } }).mark;
  const reason = (e as { reason?: string }).reason ?? (e as Error).message.split('\n')[0] ?? 'unreadable';
  return mark ? `${reason} at line ${String(mark.line + 1 + lineOffset)}, column ${String(mark.column + 1)}` : reason;
}

/** Parses YAML text, reporting a syntax error with its line instead of throwing. */
export function parseYaml(file: string, text: string, issues: ContentIssue[]): unknown {
  try {
    return load(text);
  } catch (e) {
    issues.push({ file, field: '', found: `malformed YAML: ${yamlProblem(e)}`, expected: 'valid YAML', fix: 'fix the YAML syntax there (quote values that contain ": " or start with a symbol such as [ or *)' });
    return undefined;
  }
}

/** Parses a Markdown file's frontmatter, reporting (not throwing) when it is malformed. */
export function parseMarkdown(file: string, text: string, issues: ContentIssue[]): MarkdownFile | null {
  try {
    return parseMarkdownFile(text);
  } catch (e) {
    issues.push({ file, field: 'frontmatter', found: yamlProblem(e, 1), expected: 'YAML between two "---" lines', fix: 'fix the YAML syntax there (quote values that contain ": " or start with a symbol such as [ or *)' });
    return null;
  }
}

/** Validates data with a schema, reporting each zod issue with the file and field. */
export function validate<S extends z.ZodType>(file: string, data: unknown, schema: S, schemaFile: string, issues: ContentIssue[]): z.output<S> | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  issues.push(...zodIssues(file, data, result.error, schemaFile));
  return null;
}
