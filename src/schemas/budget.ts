import { z } from 'zod';
import { QuoteSchema, SlugSchema, YuanSchema } from './common';

/**
 * Money the government sets aside (每年安排2亿元) or a fund it builds (100亿元的基金).
 * Not an award to an enterprise: the calculator never counts it.
 */
export const BudgetSchema = z.strictObject({
  /** Stable id, unique within the clause. */
  id: SlugSchema,
  /** budget: money allotted from the treasury; fund: an investment or guarantee fund. */
  kind: z.enum(['budget', 'fund']),
  /** What the money is for or what the fund is called, as written. */
  what: z.string().min(2),
  /** The sum in yuan; the quote must state it. */
  amountYuan: YuanSchema,
  /** How often, as written (每年), or null for a one-time size. */
  period: z.string().nullable(),
  /** Who pays, as written (市本级财政), or null when the text does not say. */
  payer: z.string().nullable(),
  /** The sentence of the body it comes from. */
  quote: QuoteSchema,
});

export type Budget = z.output<typeof BudgetSchema>;
