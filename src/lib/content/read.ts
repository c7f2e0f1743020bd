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

/** Parses YAML text, reporting a syntax error with its line instead of throwing. */
export function parseYaml(file: string, text: string, issues: ContentIssue[]): unknown {
  try {
    return load(text);
  } catch (e) {
    issues.push({ file, field: '', found: `malformed YAML (${(e as Error).message.split('\n')[0] ?? ''})`, expected: 'valid YAML', fix: 'fix the YAML syntax at the line named (quote values that contain ": " or start with a symbol)' });
    return undefined;
  }
}

/** Parses a Markdown file's frontmatter, reporting (not throwing) when it is malformed. */
export function parseMarkdown(file: string, text: string, issues: ContentIssue[]): MarkdownFile | null {
  try {
    return parseMarkdownFile(text);
  } catch (e) {
    issues.push({ file, field: 'frontmatter', found: (e as Error).message.split('\n')[0] ?? 'an error', expected: 'YAML between two "---" lines', fix: 'fix the frontmatter syntax at the line named' });
    return null;
  }
}

/** Validates data with a schema, reporting each zod issue with the file and field. */
export function validate<S extends z.ZodType>(file: string, data: unknown, schema: S, issues: ContentIssue[]): z.output<S> | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  issues.push(...zodIssues(file, data, result.error));
  return null;
}
