/**
 * Writes content/vocabularies/short-forms.yaml from the texts of content/ (lib/search/short-forms),
 * keeping the reviewer's `use: false`: `npm run vocab:short-forms` and the collection import.
 */
import { join } from 'node:path';
import { writeFileSync, readFileSync, renameSync } from 'node:fs';
import { loadContent } from './load';
import { formatIssues, type ContentIssue } from './issue';
import { SHORT_FORMS_PATH, readShortForms, reviewedShortForms, shortFormsYaml } from '../search/short-forms';

/** What writing the file did. */
export interface ShortFormsUpdate {
  /** Entries written. */
  entries: number;
  /** Entries a reviewer keeps out of search (use: false). */
  unused: number;
  /** Whether the file's text changed. */
  changed: boolean;
}

/**
 * Reads the short forms every document of `root`'s content defines and writes the file (through
 * a temporary file, so that an interrupted run never leaves half of it).
 * @throws Error listing the content's problems when content/ cannot be read: the texts must load first
 */
export function updateShortFormsFile(root: string): ShortFormsUpdate {
  const issues: ContentIssue[] = [];
  const kb = loadContent(root, issues);
  const blocking = issues.filter((i) => i.file !== SHORT_FORMS_PATH);
  if (blocking.length > 0) throw new Error(`content/ has problems to fix first:\n${formatIssues(blocking)}`);
  const entries = reviewedShortForms(readShortForms(kb), kb.vocabularies.shortForms);
  const path = join(root, SHORT_FORMS_PATH);
  const text = shortFormsYaml(entries);
  let before = '';
  try {
    before = readFileSync(path, 'utf8');
  } catch {
    // No file yet: it is written whole.
  }
  if (text !== before) {
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
  }
  return { entries: entries.length, unused: entries.filter((e) => !e.use).length, changed: text !== before };
}
