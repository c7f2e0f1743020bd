import { loadContentYaml } from './yaml';

/** A Markdown file split into its YAML frontmatter and its body. */
export interface MarkdownFile {
  /** The parsed frontmatter. */
  data: unknown;
  /** The body after the frontmatter, without the blank lines around it. */
  body: string;
  /** The line of the file (from 1) on which the body starts, to report places in the body. */
  bodyLine: number;
}

/** The parts of a Markdown file's text, before the frontmatter is parsed. */
export interface MarkdownParts {
  /** The YAML between the two `---` lines. */
  yaml: string;
  /** The body, trimmed. */
  body: string;
  /** The line of the file (from 1) on which the trimmed body starts. */
  bodyLine: number;
}

/**
 * Splits `---` YAML frontmatter from a Markdown body, without parsing the YAML.
 * @returns null when the file does not start with a frontmatter block
 */
export function splitMarkdownFile(text: string): MarkdownParts | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!m) return null;
  const rest = m[2] as string;
  const start = text.length - rest.trimStart().length;
  return { yaml: m[1] as string, body: rest.trim(), bodyLine: text.slice(0, start).split('\n').length };
}

/**
 * Splits `---` YAML frontmatter from a Markdown body and parses it (aliases refused, see
 * loadContentYaml).
 * @throws Error with the YAML parser's message when the frontmatter is missing or malformed
 */
export function parseMarkdownFile(text: string): MarkdownFile {
  const parts = splitMarkdownFile(text);
  if (!parts) throw new Error('no frontmatter: the file must start with a line "---", the YAML fields, and a closing "---"');
  return { data: loadContentYaml(parts.yaml) ?? {}, body: parts.body, bodyLine: parts.bodyLine };
}
