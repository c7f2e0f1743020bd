/**
 * What the plugins share about the whole file besides the tree: the lines left out as
 * boilerplate, the portal, references found, and what could not be classified.
 */
import type { Defect } from '../../schemas/defect';
import type { StatedEvent } from '../../schemas/policy';
import type { Reference } from '../../schemas/reference';

/** Policy-level facts the plugins collect. */
export interface IngestFileData {
  /** Lines that are not policy text (portal boilerplate, a repeated title line), as normalised. */
  excluded: string[];
  /** The portal named by the boilerplate, or 'unknown'. */
  portal: string;
  /** A document number stated before the title, or 'unknown'. */
  docNumber: string;
  /** The date of issue stated after the closing (YYYY-MM-DD), or 'unknown'. */
  issuedOn: string;
  /** Documents cited that content/references/ does not hold yet, to be written. */
  newReferences: Reference[];
  /** Every document cited, known or new, by id. */
  references: Map<string, Reference>;
  /** Documents the preamble cites by title and number (根据《…》（浙政发〔2024〕4号）), with the sentence. */
  preambleCitations: Array<{ ref: string; quote: string }>;
  /** Defects of the source: missing or repeated numbers, missing headings, run-in items. */
  defects: Defect[];
  /** Whom the end matter says the document is copied to (抄送), as written, or null. */
  copiedTo: string | null;
  /** The 印发 line of the end matter: office and date, or null. */
  printed: StatedEvent | null;
}

declare module 'vfile' {
  interface DataMap {
    /** Shared state of the ingest plugins. */
    ingest: IngestFileData;
  }
}

/** The ingest data of a file, created on first use. */
export function ingestData(file: { data: { ingest?: IngestFileData } }): IngestFileData {
  file.data.ingest ??= {
    excluded: [],
    portal: 'unknown',
    docNumber: 'unknown',
    issuedOn: 'unknown',
    newReferences: [],
    references: new Map(),
    preambleCitations: [],
    defects: [],
    copiedTo: null,
    printed: null,
  };
  return file.data.ingest;
}
