/**
 * Of the versions the collection holds of one document, the one in force on a day: the latest
 * whose version date is not after it. A version without a date stands only when no dated one
 * does. The others are kept, by date, for the record.
 */
import type { CatalogueEntry } from './catalogue';
import { titleKey } from '../text/title-key';

/** One document of the collection with the version chosen and the others. */
export interface DocumentVersions {
  /** The version in force on the day. */
  chosen: CatalogueEntry;
  /** The other versions' dates, oldest first (null: a version without one). */
  others: Array<string | null>;
  /**
   * The files of a document the collection keeps in parts (the 民法典, one file per 编, none
   * dated), in path order; empty for a document in one file.
   */
  parts: CatalogueEntry[];
}

/** Groups entries by title key and picks each document's version in force on `today` (ISO). */
export function versionsInForce(entries: readonly CatalogueEntry[], today: string): DocumentVersions[] {
  const byKey = new Map<string, CatalogueEntry[]>();
  for (const e of entries) byKey.set(titleKey(e.title), [...(byKey.get(titleKey(e.title)) ?? []), e]);
  const out: DocumentVersions[] = [];
  for (const versions of byKey.values()) {
    const dated = versions
      .filter((v) => v.date !== null && v.date <= today)
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    const undated = versions.filter((v) => v.date === null);
    const chosen = dated[0] ?? undated[0];
    if (!chosen) continue;
    const inParts = dated.length === 0 && undated.length > 1;
    out.push({
      parts: inParts ? undated : [],
      chosen,
      others: versions
        .filter((v) => v !== chosen)
        .map((v) => v.date)
        .sort((a, b) => (a ?? '').localeCompare(b ?? '')),
    });
  }
  return out.sort((a, b) => a.chosen.file.localeCompare(b.chosen.file));
}
