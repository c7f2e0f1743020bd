import { z } from 'zod';
import { QuoteSchema, SlugSchema } from './common';

/** A quantitative goal the policy sets: 到2020年，全市新增境内外上市企业70家. */
export const TargetSchema = z.strictObject({
  /** Stable id, unique within the clause. */
  id: SlugSchema,
  /** What is measured, as written (全市新增境内外上市企业). */
  what: z.string().min(2),
  /** The figure as written, e.g. "70家", "50%以上", "300项以上"; the quote must contain it. */
  text: z.string().min(1),
  /** The number in `text`, or null when the goal is not a number (零突破). */
  value: z.number().nonnegative().nullable(),
  /** The unit in `text` (家, %, 个, 项, 平方公里), or null. */
  unit: z.string().nullable(),
  /** The deadline as written (到2020年, 通过3—5年努力), or null when the text sets none. */
  deadline: z.string().nullable(),
  /** The sentence it comes from. */
  quote: QuoteSchema,
});

export type Target = z.output<typeof TargetSchema>;
