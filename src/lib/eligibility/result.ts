import { z } from 'zod';

/** An award computed from a claim. */
export const ResultItemSchema = z.strictObject({
  /** The award's id. */
  award: z.string(),
  /** The number of its clause (16 for （十六）). */
  clause: z.number().int(),
  /** What it pays, in whole yuan. */
  amountYuan: z.number().int().nonnegative(),
  /** The calculation in Chinese words (项目投入额3000万元 × 15% = 450万元，超过上限300万元，按300万元计). */
  explanation: z.string(),
  /** The sentence of the policy that grants it, word for word. */
  quote: z.string(),
});

/** A claim the calculator could not turn into a sum, and why. */
export const NotComputedSchema = z.strictObject({
  /** The award's id. */
  award: z.string(),
  /** The number of its clause. */
  clause: z.number().int(),
  /** Why, in Chinese, and what input would help (需要填写项目投入额…). */
  reason: z.string(),
});

/** What the calculator returns for a profile: the CLI prints it as JSON. */
export const ResultSchema = z.strictObject({
  /** Computed awards, in the policy's order. */
  items: z.array(ResultItemSchema),
  /** Sum of the items, in whole yuan. Budgets and funds never count. */
  totalYuan: z.number().int().nonnegative(),
  /** Claimed awards without a sum, in the policy's order. */
  notComputed: z.array(NotComputedSchema),
});

export type ResultItem = z.output<typeof ResultItemSchema>;
export type NotComputed = z.output<typeof NotComputedSchema>;
export type Result = z.output<typeof ResultSchema>;
