/**
 * Reference records for cited documents: an existing record of content/references/ is reused
 * (same number, or same name for a name-only citation); an unknown document gets a new record
 * with an ASCII id derived from its number or, for a name-only citation, from a hash of its name.
 */
import type { Reference } from '../../schemas/reference';
import { parseDocNumber } from '../citations/doc-number';
import type { FoundCitation } from './cite';

/** A short, stable hash of a text (FNV-1a, hex), for ids of documents cited by name only. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

/** Resolves citations to reference records, reusing known ones and creating the others. */
export class ReferenceRegistry {
  /** Every record by id: the known ones and those created. */
  readonly byId = new Map<string, Reference>();
  /** The records created for documents content/references/ does not hold. */
  readonly created: Reference[] = [];

  constructor(known: readonly Reference[]) {
    for (const r of known) this.byId.set(r.id, r);
  }

  /** The record for a citation, created when no known record matches. */
  resolve(c: FoundCitation): Reference {
    const match = [...this.byId.values()].find((r) =>
      c.docNumber ? r.docNumber === c.docNumber : r.docNumber === null && r.title === c.title,
    );
    if (match) return match;
    const doc = c.docNumber ? parseDocNumber(c.docNumber) : null;
    let id = doc ? `doc-${String(doc.year)}-${String(doc.serial)}` : `ref-${shortHash(c.title)}`;
    if (this.byId.has(id)) id = `${id}-${shortHash(c.docNumber ?? c.title)}`;
    const record: Reference = { id, docNumber: c.docNumber, title: c.title, policy: null };
    this.byId.set(id, record);
    this.created.push(record);
    return record;
  }
}
