/**
 * The documents of a LawRefBook/Laws checkout: each Markdown file of the chosen folders with the
 * title its `# ` line states and the date its file name carries (会计法(2024-06-28).md), the date
 * the collection gives the version. Folder index pages (_index.md) are not documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidIsoDate } from '../text/dates';

/** One document file of the collection. */
export interface CatalogueEntry {
  /** The path inside the checkout, with / separators. */
  file: string;
  /** The title of the file's first `# ` line, as written. */
  title: string;
  /** The version's date from the file name, or null when the name carries none. */
  date: string | null;
}

/** The version date a collection file name carries: 会计法(2024-06-28).md → 2024-06-28. */
export function versionDateOf(name: string): string | null {
  const date = /\((\d{4}-\d{2}-\d{2})\)\.md$/u.exec(name)?.[1] ?? null;
  return date && isValidIsoDate(date) ? date : null;
}

/** The title a collection file states on its first `# ` line, or null when it has none. */
export function titleOf(text: string): string | null {
  return /^\uFEFF?# +(\S[^\n]*?)\s*$/mu.exec(text.slice(0, 400))?.[1] ?? null;
}

/**
 * The document files under `folders` of the checkout at `root`, sorted by path; a file without a
 * `# ` title is returned in `untitled` rather than guessed at.
 */
export function readCatalogue(
  root: string,
  folders: readonly string[],
): { entries: CatalogueEntry[]; untitled: string[] } {
  const entries: CatalogueEntry[] = [];
  const untitled: string[] = [];
  for (const folder of folders)
    for (const name of readdirSync(join(root, folder)).sort()) {
      if (!name.endsWith('.md') || name.startsWith('_')) continue;
      const file = `${folder}/${name}`;
      const title = titleOf(readFileSync(join(root, file), 'utf8'));
      if (title) entries.push({ file, title, date: versionDateOf(name) });
      else untitled.push(file);
    }
  return { entries, untitled };
}
