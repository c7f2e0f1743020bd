import { z } from 'zod';
import { RateSchema, SlugSchema, YuanSchema } from './common';

/** A fixed sum: 给予200万元资助. */
export const FixedAmountSchema = z.strictObject({
  type: z.literal('fixed'),
  /** The sum in yuan; the quote must state it. */
  yuan: YuanSchema,
});

/** A share of a base, with or without a cap: 按项目投入额给予不超过15%、最高300万元的资助. */
export const RateAmountSchema = z.strictObject({
  type: z.literal('rate'),
  /** The share as a fraction; the quote must state it as a percentage. */
  rate: RateSchema,
  /** What the rate applies to, as written (项目投入额, 技术转让合同实际成交额). */
  base: z.string().min(2),
  /** The ceiling in yuan (最高300万元), when the text sets one. */
  capYuan: YuanSchema.optional(),
});

/**
 * A ceiling without a sure sum: 给予最高50万元奖励, 给予不超过30万元的一次性奖励, 最高可补贴50万元.
 * The text promises at most this much; what is paid is decided case by case, so the calculator
 * says 最高 and never adds it to a total as a sure sum.
 */
export const UpToAmountSchema = z.strictObject({
  type: z.literal('upTo'),
  /** The ceiling in yuan; the quote must state it after 最高, 不超过 or a like word. */
  maxYuan: YuanSchema,
});

/** A grant equal to another government's grant: 按照国家或省资助额度给予同比例资助. */
export const MatchingAmountSchema = z.strictObject({
  type: z.literal('matching'),
  /** The grant it matches, as written (国家或省资助额度). */
  base: z.string().min(2),
});

/** Support whose amount another policy sets: 按照《…》(杭政办函〔2018〕64号)相关政策给予支持. */
export const ByReferenceAmountSchema = z.strictObject({
  type: z.literal('byReference'),
  /** The referenced document (an id in content/references/) that sets the amount. */
  ref: SlugSchema,
});

/** Support the text promises without an amount (具体政策另行制定, 优先保障). */
export const UnspecifiedAmountSchema = z.strictObject({
  type: z.literal('unspecified'),
  /** Why there is no amount, in the text's words. */
  note: z.string().min(2),
});

/** The amount of an award, in one of the forms the policies use. */
export const AmountSchema = z.discriminatedUnion('type', [
  FixedAmountSchema,
  RateAmountSchema,
  UpToAmountSchema,
  MatchingAmountSchema,
  ByReferenceAmountSchema,
  UnspecifiedAmountSchema,
]);

export type Amount = z.output<typeof AmountSchema>;
