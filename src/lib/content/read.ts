import { readdirSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { controlCharsInText, controlCharsInValue } from './control-chars';
import { readRegularFile } from './read-bounded';
import type { ContentIssue } from './issue';
import { parseMarkdownFile, type MarkdownFile } from './frontmatter';
import { isAliasError, loadContentYaml } from './yaml';
import { zodIssues } from './zod-issues';

/** Files larger than this are refused: no policy clause comes near it, and a huge file is a mistake. */
export const MAX_CONTENT_BYTES = 512 * 1024;

/**
 * Reads a file as strict UTF-8, reporting (not throwing) when it is not text the base can hold:
 * too large, not UTF-8, or holding control or bidirectional-control characters (each reported
 * with its line, column and code point; see control-chars.ts).
 */
export function readText(root: string, path: string, issues: ContentIssue[]): string | null {
  const file = relative(root, path);
  // Bounded before it is read: a FIFO or a link to /dev/zero among the content files never blocks the build.
  const read = readRegularFile(path, MAX_CONTENT_BYTES);
  if (!read.ok) {
    const why = read.reason;
    if (why.kind === 'too-large')
      issues.push({ file, field: '', found: `${String(why.bytes)} bytes`, expected: `at most ${String(MAX_CONTENT_BYTES)} bytes`, fix: 'split the file: one clause per file' });
    else if (why.kind === 'not-regular')
      issues.push({ file, field: '', found: 'a folder, device or pipe', expected: 'a regular file', fix: `replace ${file} with the file itself` });
    else issues.push({ file, field: '', found: why.kind === 'missing' ? 'no such file' : `a file that cannot be read (${why.code})`, expected: 'the file to exist', fix: `create ${file}` });
    return null;
  }
  const bytes = read.bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    issues.push({ file, field: '', found: 'bytes that are not UTF-8', expected: 'a UTF-8 text file', fix: 'save the file as UTF-8 (for example iconv -f GBK -t UTF-8)' });
    return null;
  }
  const controls = controlCharsInText(file, text);
  if (controls.length > 0) {
    issues.push(...controls);
    return null;
  }
  return text;
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
  const reason = (e as { reason?: unknown } | null)?.reason;
  const message = e instanceof Error ? e.message : String(e);
  return `${typeof reason === 'string' ? reason : (message.split('\n')[0] ?? 'unreadable')}${yamlPlace(e, lineOffset)}`;
}

/** Where a YAML error is, as "line L, column C" (or nothing when the parser gave no place). */
function yamlPlace(e: unknown, lineOffset: number): string {
  const mark = (e as { mark?: { line: number; column: number } } | null)?.mark;
  return mark ? ` at line ${String(mark.line + 1 + lineOffset)}, column ${String(mark.column + 1)}` : '';
}

/** The report of a YAML alias (`*name`), which content may not use (see loadContentYaml). */
function aliasIssue(file: string, field: string, e: unknown, lineOffset: number): ContentIssue {
  const mark = (e as { mark?: { line: number; column: number } } | null)?.mark;
  // js-yaml marks the character after the * of the alias; the report points at the *.
  const at = mark ? yamlPlace({ mark: { line: mark.line, column: Math.max(0, mark.column - 1) } }, lineOffset) : '';
  return {
    file,
    field,
    found: `a YAML alias (*name)${at}`,
    expected: 'YAML without aliases: content never repeats a value by reference',
    fix: 'write the value out in full where it is needed; if a text starts with * or &, put it in quotes',
  };
}

/** What to do about malformed YAML, in a YAML file or a frontmatter alike. */
const SYNTAX_FIX = 'fix the YAML syntax there (quote values that contain ": " or start with a symbol such as [ or *)';

/**
 * Parses YAML text, reporting instead of throwing: a syntax error or an alias with its line, and
 * control characters that escapes put in a value with their field.
 * @returns the parsed value, or undefined when it was reported
 */
export function parseYaml(file: string, text: string, issues: ContentIssue[]): unknown {
  let data: unknown;
  try {
    data = loadContentYaml(text);
  } catch (e) {
    issues.push(isAliasError(e) ? aliasIssue(file, '', e, 0) : { file, field: '', found: `malformed YAML: ${yamlProblem(e)}`, expected: 'valid YAML', fix: SYNTAX_FIX });
    return undefined;
  }
  const controls = controlCharsInValue(file, data);
  issues.push(...controls);
  return controls.length > 0 ? undefined : data;
}

/**
 * Parses a Markdown file's frontmatter, reporting (not throwing) when it is malformed, uses an
 * alias, or holds control characters through YAML escapes.
 */
export function parseMarkdown(file: string, text: string, issues: ContentIssue[]): MarkdownFile | null {
  let md: MarkdownFile;
  try {
    md = parseMarkdownFile(text);
  } catch (e) {
    issues.push(isAliasError(e) ? aliasIssue(file, 'frontmatter', e, 1) : { file, field: 'frontmatter', found: yamlProblem(e, 1), expected: 'YAML between two "---" lines', fix: SYNTAX_FIX });
    return null;
  }
  const controls = controlCharsInValue(file, md.data);
  issues.push(...controls);
  return controls.length > 0 ? null : md;
}

/** Validates data with a schema, reporting each zod issue with the file and field. */
export function validate<S extends z.ZodType>(file: string, data: unknown, schema: S, schemaFile: string, issues: ContentIssue[]): z.output<S> | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  issues.push(...zodIssues(file, data, result.error, schemaFile));
  return null;
}
