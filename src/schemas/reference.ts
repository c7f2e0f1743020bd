import { z } from 'zod';
import { SlugSchema } from './common';

/** content/references/<id>.yaml: a document a policy cites, whose text the base does not hold yet. */
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
});

export type Reference = z.output<typeof ReferenceSchema>;
