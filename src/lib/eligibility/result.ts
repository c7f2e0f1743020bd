import { z } from 'zod';

/** An award computed from a claim. */
export const ResultItemSchema = z.strictObject({
  /** The award's id. */
  award: z.string(),
  /** The number of its clause (16 for （十六）). */
  clause: z.number().int(),
  /** What it pays now, in whole yuan: for a step-up (进档补差), the difference only. */
  amountYuan: z.number().int().nonnegative(),
  /**
   * What the award comes to in all, in whole yuan: for a step-up, the higher rung's full sum
   * (the difference paid now plus the lower tier received earlier); otherwise amountYuan.
   */
  cumulativeYuan: z.number().int().nonnegative(),
  /** The calculation in Chinese words (项目投入额3000万元 × 15% = 450万元，超过上限300万元，按300万元计). */
  explanation: z.string(),
  /** The sentence of the policy that grants it, word for word. */
  quote: z.string(),
});

/**
 * An award whose text states only a ceiling (给予最高50万元奖励, the upTo form): at most this
 * much, decided case by case. Never added to a total as a sure sum.
 */
export const CeilingItemSchema = z.strictObject({
  /** The award's id. */
  award: z.string(),
  /** The number of its clause. */
  clause: z.number().int(),
  /** The ceiling, in whole yuan (最高50万元 → 500000). */
  maxYuan: z.number().int().nonnegative(),
  /** In words: 首次认定的新雏鹰企业：最高奖励50万元（上限，实际金额以核定为准）. */
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
  /** What is paid now: the sum of the items' amountYuan, in whole yuan. Budgets and funds never count. */
  totalYuan: z.number().int().nonnegative(),
  /**
   * The sum of the items' cumulativeYuan: totalYuan plus the lower tiers received earlier on
   * step-up ladders. Equal to totalYuan when no claim names a tier received earlier.
   */
  cumulativeYuan: z.number().int().nonnegative(),
  /** Claimed awards whose text states only a ceiling (最高…), in the policy's order: not in the totals. */
  ceilings: z.array(CeilingItemSchema),
  /** The sum of the ceilings' maxYuan: what they could come to at most, never a sure sum. */
  ceilingYuan: z.number().int().nonnegative(),
  /** Claimed awards without a sum, in the policy's order. */
  notComputed: z.array(NotComputedSchema),
});

/** An award computed from a claim. */
export type ResultItem = z.output<typeof ResultItemSchema>;
/** An award with a ceiling only. */
export type CeilingItem = z.output<typeof CeilingItemSchema>;
/** A claim without a sum, and why. */
export type NotComputed = z.output<typeof NotComputedSchema>;
/** What the calculator returns for a profile. */
export type Result = z.output<typeof ResultSchema>;
