import { load } from 'js-yaml';

/**
 * Parses the YAML of a content file (a whole .yaml file or a Markdown file's frontmatter).
 *
 * Aliases (`*name`, repeating a value marked `&name`) are refused: content never needs them, and
 * a few hundred bytes of nested aliases ("billion laughs") expand into a value so large that
 * validating or printing it takes minutes and gigabytes. js-yaml's `maxAliases: 0` refuses the
 * first alias while parsing, before anything is expanded.
 * @throws YAMLException on malformed YAML or an alias; `isAliasError` tells the two apart
 */
export function loadContentYaml(text: string): unknown {
  return load(text, { maxAliases: 0 });
}

/** Whether a YAML error is js-yaml refusing an alias (see loadContentYaml). */
export function isAliasError(e: unknown): boolean {
  const reason = (e as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' && reason.startsWith('aliases exceeded maxAliases');
}
