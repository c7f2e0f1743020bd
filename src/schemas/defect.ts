import { z } from 'zod';

/**
 * What a source can lack or repeat that the ingest records instead of repairing: a number
 * missing from a sequence (第十五条 jumps from （一） to （三）), a number written twice, a
 * heading the structure implies but the text omits, items run into one line, a line the
 * source repeats, a regulation's text that ends with neither a 附则 nor the article on its effect,
 * and one whose article numbers do not start at 第一条.
 */
export const DEFECT_KINDS = [
  'missing-number',
  'repeated-number',
  'missing-heading',
  'run-in-items',
  'repeated-line',
  'no-ending',
  'missing-start',
] as const;

/** A defect of the source text, kept as published and shown on the policy's page. */
export const DefectSchema = z.strictObject({
  /** What kind of defect (see DEFECT_KINDS). */
  kind: z.enum(DEFECT_KINDS),
  /** Where, as people cite it: 第十五条, 第三章, （二十）, 全文. */
  place: z.string().min(1),
  /** The 1-based line of the source text (content/sources) where it shows. */
  line: z.number().int().min(1),
  /** The note the site shows, in the text's words: 原文缺第（二）项. */
  note: z.string().min(2),
  /** The number of the provision it concerns (its URL), or null when it concerns none. */
  provision: z.number().int().min(1).nullable().default(null),
  /** The id of the division it concerns, or null. */
  division: z.string().nullable().default(null),
});

export type Defect = z.output<typeof DefectSchema>;
export type DefectKind = (typeof DEFECT_KINDS)[number];
