import { load } from 'js-yaml';

/** A Markdown file split into its YAML frontmatter and its body. */
export interface MarkdownFile {
  /** The parsed frontmatter. */
  data: unknown;
  /** The body after the frontmatter, without the blank lines around it. */
  body: string;
}

/**
 * Splits `---` YAML frontmatter from a Markdown body and parses it.
 * @throws Error with the YAML parser's message when the frontmatter is missing or malformed
 */
export function parseMarkdownFile(text: string): MarkdownFile {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!m) throw new Error('no frontmatter: the file must start with a line "---", the YAML fields, and a closing "---"');
  return { data: load(m[1] as string) ?? {}, body: (m[2] as string).trim() };
}
