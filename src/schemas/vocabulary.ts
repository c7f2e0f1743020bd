import { z } from 'zod';
import { SlugSchema } from './common';

/** Industry groups as Hangzhou's policies name them. */
export const INDUSTRY_GROUPS = ['战略性新兴产业', '传统制造业', '历史经典产业', '未来产业', '生产性服务业'] as const;

/** One industry of content/vocabularies/industries.yaml. */
export const IndustrySchema = z.strictObject({
  /** URL slug of the industry's page. */
  id: SlugSchema,
  /** Name as the policies write it, e.g. 生物医药. Clauses refer to industries by this name. */
  name: z.string().min(1),
  /** Other names a text may use for it (安防视频 for 数字安防); the build accepts any of them in a clause body. */
  aliases: z.array(z.string().min(1)).default([]),
  /** The group it belongs to. */
  group: z.enum(INDUSTRY_GROUPS),
});

/** One kind of support of content/vocabularies/support-types.yaml (资助, 奖励, 补助 …). */
export const SupportTypeSchema = z.strictObject({
  /** URL slug of the support type's page. */
  id: SlugSchema,
  /** Name as the policies write it, e.g. 资助. */
  name: z.string().min(1),
  /** Plain-language explanation shown on its page. */
  description: z.string().min(1),
  /** Words people search with for it (补贴 for 补助); used by search, never by grounding. */
  synonyms: z.array(z.string().min(1)).default([]),
});

/** One level of content/vocabularies/levels.yaml (国家级, 省级, 市级, 国内, 省内 …). */
export const LevelSchema = z.strictObject({
  /** URL slug. */
  id: SlugSchema,
  /** Name as the policies write it. */
  name: z.string().min(1),
  /** Rank for sorting, highest first (国家级 above 省级). */
  rank: z.number().int(),
});

/** One entry of content/vocabularies/search-equivalents.yaml: words people type for a policy word. */
export const SearchEquivalentSchema = z.strictObject({
  /** The word as the policy text writes it (首台（套）). */
  policyWord: z.string().min(1),
  /** What people search with for it (首台套); used by search only, never by grounding. */
  searchWords: z.array(z.string().min(1)).min(1),
  /**
   * Whether the search words are short forms of the policy word that texts also write (电商 for
   * 电子商务): then a text writing a short form, as a word of its own (高企 is not in 提高企业), is
   * also indexed under the policy word, so that either form finds both. Default false.
   */
  bothWays: z.boolean().default(false),
});

/** The file of content/vocabularies holding the short forms the texts define. */
export const SHORT_FORMS_FILE = 'short-forms.yaml';

/**
 * One entry of content/vocabularies/short-forms.yaml: a short form a document defines for itself
 * （以下简称X）, read from its text by `npm run vocab:short-forms` and reviewed like content.
 */
export const ShortFormSchema = z.strictObject({
  /** The id of the document that defines it: the two forms mean each other in that document only. */
  policy: z.string().min(1),
  /** The full form, before the definition: 中华人民共和国公路法. */
  full: z.string().min(1),
  /** The short form the definition gives: 公路法. */
  short: z.string().min(1),
  /**
   * False keeps a wrong reading out of search: a reviewer's decision, which writing the file again
   * keeps. Default true.
   */
  use: z.boolean().default(true),
});

/** The whole vocabulary files. */
export const IndustriesFileSchema = z.array(IndustrySchema).min(1);
/** content/vocabularies/support-types.yaml */
export const SupportTypesFileSchema = z.array(SupportTypeSchema).min(1);
/** content/vocabularies/levels.yaml */
export const LevelsFileSchema = z.array(LevelSchema).min(1);
/** content/vocabularies/search-equivalents.yaml */
export const SearchEquivalentsFileSchema = z.array(SearchEquivalentSchema);
/** content/vocabularies/short-forms.yaml */
export const ShortFormsFileSchema = z.array(ShortFormSchema);

export type Industry = z.output<typeof IndustrySchema>;
export type SupportType = z.output<typeof SupportTypeSchema>;
export type Level = z.output<typeof LevelSchema>;
export type SearchEquivalent = z.output<typeof SearchEquivalentSchema>;
export type ShortForm = z.output<typeof ShortFormSchema>;
export type IndustryGroup = (typeof INDUSTRY_GROUPS)[number];

/** The controlled vocabularies that clause frontmatter must use. */
export interface Vocabularies {
  industries: Industry[];
  supportTypes: SupportType[];
  levels: Level[];
  searchEquivalents: SearchEquivalent[];
  shortForms: ShortForm[];
}
