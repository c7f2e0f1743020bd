import { z } from 'zod';
import { AmountSchema } from './amount';
import { QuoteSchema, SlugSchema } from './common';

/** Names allowed by the vocabularies, passed in so that an unknown name fails with the list. */
export interface VocabularyNames {
  industries: readonly [string, ...string[]];
  supportTypes: readonly [string, ...string[]];
  levels: readonly [string, ...string[]];
}

/**
 * A ladder: awards for levels or tiers of one honour (国家级/省级绿色工厂, the revenue tiers of
 * 鲲鹏计划). An enterprise gets one award of a ladder, the highest it reaches.
 */
export const LadderSchema = z.strictObject({
  /** Unique within the clause. */
  id: SlugSchema,
  /** What is being climbed, e.g. 绿色工厂评级. */
  name: z.string().min(2),
  /**
   * Whether reaching a higher rung after a lower one pays the difference (进档的奖励差额,
   * 进档的予以补差). When false the text says nothing of it and only the higher award is due.
   */
  stepUp: z.boolean(),
  /** The words that say so (进档的予以补差); required when stepUp is true. */
  quote: z.string().optional(),
});

/** A rung of a ladder that an award stands on. */
export const LadderRungSchema = z.strictObject({
  /** The ladder's id in the same clause. */
  id: SlugSchema,
  /** 1 is the lowest rung; higher numbers are higher rungs. */
  rank: z.number().int().min(1),
});

/** An award factory, for the vocabularies of levels and support types. */
export const AwardSchema = (names: VocabularyNames) =>
  z.strictObject({
    /** Stable id, unique in the whole base; used in URLs (#award-<id>) and calculator profiles. */
    id: SlugSchema,
    /** Who receives it, as written (企业, 中介服务机构, 各区、县（市）). */
    recipient: z.string().min(1),
    /** What must be true to receive it, as written (获评国家级绿色工厂). */
    condition: z.string().min(2),
    /** Level of the honour or project (国家级, 省级 …), or null when the text names none. */
    level: z.enum(names.levels).nullable(),
    /** Kind of support (资助, 奖励, 补助 …). */
    kind: z.enum(names.supportTypes),
    /** How much. */
    amount: AmountSchema,
    /** The ladder rung, when the award is one of several levels or tiers of the same honour. */
    ladder: LadderRungSchema.optional(),
    /** The sentence of the body it comes from, word for word; it must state the amount. */
    quote: QuoteSchema,
  });

export type Award = z.output<ReturnType<typeof AwardSchema>>;
export type Ladder = z.output<typeof LadderSchema>;
