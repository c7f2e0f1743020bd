import { z } from 'zod';
import { AwardSchema, LadderSchema, type VocabularyNames } from './award';
import { BudgetSchema } from './budget';
import { CitationSchema, NoteSchema } from './citation';
import { SlugSchema } from './common';
import { TargetSchema } from './target';
import { INDUSTRY_GROUPS } from './vocabulary';

/** A department as the text writes it (市科技局), without the list's 、 or ，. */
export const DepartmentSchema = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[^、，,（）()：:；;。\s]+$/u, 'expected one department name, without 、，（）：； or spaces (市科技局)');

/**
 * The frontmatter of a clause file, content/clauses/<policy>/NN-<slug>.md. The body is the
 * clause's text after its heading, exactly as in the source after punctuation normalisation.
 */
export const ClauseSchema = (names: VocabularyNames) =>
  z.strictObject({
    /** The id of the policy (content/policies/<id>.yaml). */
    policy: SlugSchema,
    /**
     * The provision's place in the policy's numbering, 1 for （一） or 第一条; numbers run 1, 2, 3 …
     * through the whole policy and are its URL. The file name starts with it (two digits at least).
     */
    number: z.number().int().min(1).max(9999),
    /**
     * The number as the heading writes it: a Chinese numeral for clauses and articles (十六,
     * 一百零三), digits for items (3). It agrees with `number`, or for items numbered afresh in each
     * part, with the place in the part.
     */
    numeral: z
      .string()
      .regex(
        /^(?:[一二三四五六七八九十百千零]+|[1-9]\d{0,3})$/u,
        'expected a Chinese numeral such as 十六 or 一百零三, or digits for 1. items',
      ),
    /**
     * The heading after the numeral: a clause's title without its closing 。 (实施绿色制造工程), an
     * article's caption without its brackets (目的和依据), or null when the article has none.
     */
    title: z.string().min(1).nullable(),
    /**
     * How a clause's or item's title ends as written: with 。 (（一）实施绿色制造工程。), or with
     * nothing when the heading stands alone on its line (（一）指导思想). Articles' captions ignore it.
     */
    titleEnd: z.enum(['。', '']).default('。'),
    /** The id of the division (part, chapter, section) the provision stands in, or null when the policy has none. */
    division: z.string().nullable(),
    /** Industries the clause names, by vocabulary name. Empty: it names none. */
    industries: z.array(z.enum(names.industries)).default([]),
    /** Industry groups the clause names as a whole (历史经典产业). */
    industryGroups: z.array(z.enum(INDUSTRY_GROUPS)).default([]),
    /** Awards to enterprises, institutions or districts. */
    awards: z.array(AwardSchema(names)).default([]),
    /** Ladders that group awards for levels or tiers of one honour. */
    ladders: z.array(LadderSchema).default([]),
    /** Budgets and funds: money the government sets aside, not awards. */
    budgets: z.array(BudgetSchema).default([]),
    /** Quantitative goals. */
    targets: z.array(TargetSchema).default([]),
    /** Documents the clause cites. */
    citations: z.array(CitationSchema).default([]),
    /** Announcements without an amount or a citation (具体政策另行制定). */
    notes: z.array(NoteSchema).default([]),
    /**
     * The departments responsible for the provision, as its text names them in
     * （责任单位：市科技局、市财政局） (市科技局, 国家税务总局杭州市税务局, 各市属国企), in the text's
     * order; the build checks that the body names each. Empty: the text names none.
     */
    departments: z.array(DepartmentSchema).default([]),
  });

export type ClauseData = z.output<ReturnType<typeof ClauseSchema>>;
