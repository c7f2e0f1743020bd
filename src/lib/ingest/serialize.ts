/**
 * Writes drafts as the files of content/: YAML records and Markdown clause files with YAML
 * frontmatter, in the layout curated files use, so that a reviewer can diff them.
 */
import { dump } from 'js-yaml';
import type { Reference } from '../../schemas/reference';
import type { Policy } from '../../schemas/policy';
import type { ClauseDraftFile, IngestResult } from './pipeline';

/** YAML without line folding (Chinese text has no spaces to fold at) and without anchors. */
export function toYaml(data: unknown): string {
  return dump(data, { lineWidth: -1, noRefs: true });
}

/** A clause file: frontmatter, a blank line, the body. */
export function clauseMarkdown(clause: Pick<ClauseDraftFile, 'data' | 'body'>): string {
  return `---\n${toYaml(clause.data)}---\n\n${clause.body}\n`;
}

/** A file to write: path relative to the project root and its text. */
export interface PlannedFile {
  /** Relative to the project root, e.g. content/clauses/<policy>/01-clause.md. */
  path: string;
  /** The whole file: text, or the bytes of an original kept beside its text (a PDF). */
  text: string | Uint8Array;
}

/** Every file an ingest result writes, the raw source excepted. */
export function plannedFiles(result: IngestResult): PlannedFile[] {
  const policy: Policy = result.policy;
  const references: Reference[] = result.newReferences;
  return [
    { path: `content/policies/${policy.id}.yaml`, text: toYaml(policy) },
    ...result.clauses.map((c) => ({ path: c.file, text: clauseMarkdown(c) })),
    ...references.map((r) => ({ path: `content/references/${r.id}.yaml`, text: toYaml(r) })),
  ];
}
