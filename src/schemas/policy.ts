import { z } from 'zod';
import { DateOrUnknownSchema, IsoDateSchema, SlugSchema } from './common';

/** A part of a policy (一、构建高能级产业体系，明确高质量发展目标). */
export const PartSchema = z.strictObject({
  /** 1 for 一、 */
  number: z.number().int().min(1),
  /** The numeral as written (一); must agree with `number`. */
  numeral: z.string().regex(/^[一二三四五六七八九十]+$/),
  /** The heading after 一、, as normalised. */
  title: z.string().min(2),
  /** The paragraph that follows the heading, before the first clause. */
  intro: z.string(),
});

/** content/policies/<id>.yaml: one policy document. */
export const PolicySchema = z.strictObject({
  /** Slug used in URLs and by clauses (`hz-2018-manufacturing`). */
  id: SlugSchema,
  /** The full official title. */
  title: z.string().min(4),
  /** A short name for lists and breadcrumbs. */
  shortTitle: z.string().min(2),
  /** The issuing bodies, in the order the title names them. */
  issuers: z.array(z.string().min(2)).min(1),
  /** The document number (文号), or "unknown" when the source does not state it. */
  docNumber: z.union([z.string().regex(/〔\d{4}〕\d+号$/, 'expected a number such as 杭政〔2018〕14号'), z.literal('unknown')]),
  /** The date of issue, or "unknown". */
  issuedOn: DateOrUnknownSchema,
  /** When it takes effect: the rule as written and the date, if known. */
  effectiveFrom: z.strictObject({
    /** As written, e.g. 自印发之日起施行. */
    rule: z.string().min(2),
    /** The date, or "unknown" when the rule depends on an unstated date. */
    date: DateOrUnknownSchema,
  }),
  /** The last day it is in force (有效期至2021年12月31日); the closing must state it. */
  expiresOn: IsoDateSchema.nullable(),
  /** Where the text comes from. */
  source: z.strictObject({
    /** The portal the text was taken from, as the page names itself. */
    portal: z.string().min(2),
    /** The raw text as scraped, relative to the project root. */
    rawFile: z.string().regex(/^content\/sources\/.+\.txt$/),
    /** Lines of the raw file that are not policy text (portal boilerplate, a repeated title line), as normalised; each entry removes one such line, so a line that occurs twice is listed twice. */
    excluded: z.array(z.string()).default([]),
  }),
  /** The paragraph before the first part. */
  preamble: z.string().min(2),
  /** The parts, in order. */
  parts: z.array(PartSchema).min(1),
  /** The paragraph after the last clause (施行日期, 有效期 …). */
  closing: z.string(),
});

export type Policy = z.output<typeof PolicySchema>;
export type Part = z.output<typeof PartSchema>;
