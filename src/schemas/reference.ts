import { z } from 'zod';
import { SlugSchema } from './common';

/** content/references/<id>.yaml: a document a policy cites, whether or not the base holds its text. */
export const ReferenceSchema = z.strictObject({
  /** Slug used in URLs and by citations. */
  id: SlugSchema,
  /** The document number in the official form (杭政办函〔2018〕64号), or null when it is cited by name only. */
  docNumber: z
    .string()
    .regex(/^[\u4e00-\u9fa5]+〔\d{4}〕\d+号$/, 'expected the official form, e.g. 杭政办函〔2018〕64号')
    .nullable(),
  /** The title as the citing text writes it, without 《》, or the name a name-only citation uses. */
  title: z.string().min(2),
  /**
   * The id of the policy in content/policies/ when the base holds the document's full text:
   * citations then link to it (and to the article they name). null while the base lacks it.
   */
  policy: SlugSchema.nullable().default(null),
});

export type Reference = z.output<typeof ReferenceSchema>;
