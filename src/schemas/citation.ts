import { z } from 'zod';
import { QuoteSchema, SlugSchema } from './common';

/**
 * A place where the clause cites another document, by number (杭政办函〔2018〕64号) or by
 * name only (我市…资金管理办法相关政策). The cited document is a record in content/references/.
 */
export const CitationSchema = z.strictObject({
  /** The id of the referenced document in content/references/. */
  ref: SlugSchema,
  /** The sentence that cites it; it must contain the document's number, or its name for a name-only reference. */
  quote: QuoteSchema,
  /**
   * The article or clause of the cited document the quote names (第十二条 → 12), when the base
   * holds that document: the citation then links to it. The quote must name it.
   */
  provision: z.number().int().min(1).optional(),
});

/** Something the text says that is neither an award nor a citation: 具体政策另行制定. */
export const NoteSchema = z.strictObject({
  /** What it means for a reader, e.g. 具体政策另行制定. */
  text: z.string().min(2),
  /** The sentence it comes from. */
  quote: QuoteSchema,
});

export type Citation = z.output<typeof CitationSchema>;
export type Note = z.output<typeof NoteSchema>;
