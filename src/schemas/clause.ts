import { z } from 'zod';
import { AwardSchema, LadderSchema, type VocabularyNames } from './award';
import { BudgetSchema } from './budget';
import { CitationSchema, NoteSchema } from './citation';
import { SlugSchema } from './common';
import { TargetSchema } from './target';
import { INDUSTRY_GROUPS } from './vocabulary';

/**
 * The frontmatter of a clause file, content/clauses/<policy>/NN-<slug>.md. The body is the
 * clause's text after its heading, exactly as in the source after punctuation normalisation.
 */
export const ClauseSchema = (names: VocabularyNames) =>
  z.strictObject({
    /** The id of the policy (content/policies/<id>.yaml). */
    policy: SlugSchema,
    /** The clause number, 1 for （一）; the file name starts with it, two digits. */
    number: z.number().int().min(1),
    /** The number as the heading writes it (十六); must agree with `number`. */
    numeral: z.string().regex(/^[一二三四五六七八九十]+$/, 'expected a Chinese numeral such as 十六'),
    /** The heading after the numeral, without the closing 。 (实施绿色制造工程). */
    title: z.string().min(2),
    /** The number of the part (一、… 六、) the clause stands in. */
    part: z.number().int().min(1),
    /** Industries the clause names, by vocabulary name. Empty: it applies across manufacturing. */
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
  });

export type ClauseData = z.output<ReturnType<typeof ClauseSchema>>;
