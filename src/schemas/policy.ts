import { z } from 'zod';
import { DateOrUnknownSchema, IsoDateSchema, SlugSchema, UNKNOWN } from './common';
import { CitationSchema } from './citation';
import { DefectSchema } from './defect';
import { DivisionSchema, PROVISION_STYLES } from './division';

/**
 * Kinds of policy documents, in the order of the legal hierarchy: 法律 and 行政法规 are
 * national; 地方性法规 are passed by a people's congress; 地方政府规章 are issued by a government
 * as 令; 规范性文件 are the opinions, notices and measures of governments and their departments.
 */
export const POLICY_KINDS = ['法律', '行政法规', '部门规章', '地方性法规', '地方政府规章', '规范性文件'] as const;

/** A date the text states, with the body it names (通过, 批准, 修正). */
export const StatedEventSchema = z.strictObject({
  /** The date, as YYYY-MM-DD. */
  date: IsoDateSchema,
  /** The body or act the text names with it, as written (浙江省第十三届人民代表大会常务委员会第二十六次会议). */
  by: z.string().min(2).nullable(),
});

/** A 印发 notice that wraps the policy as its attachment: kept whole, as the policy's cover. */
export const CoverSchema = z.strictObject({
  /** The notice's own title (杭州市人民政府办公厅关于印发…的通知). */
  title: z.string().min(4),
  /** The notice's text, from its addressees to its date; paragraphs separated by blank lines. */
  text: z.string(),
});

/** content/policies/<id>.yaml: one policy document. */
export const PolicySchema = z.strictObject({
  /** Slug used in URLs and by clauses (`hz-2018-manufacturing`). */
  id: SlugSchema,
  /** The full official title. */
  title: z.string().min(4),
  /** A short name for lists and breadcrumbs. */
  shortTitle: z.string().min(2),
  /** The kind of document (地方性法规, 规范性文件 …), or "unknown" when the text does not show it. */
  kind: z.union([z.enum(POLICY_KINDS), z.literal(UNKNOWN)]),
  /** The issuing or enacting bodies, in the order the text names them. */
  issuers: z.array(z.string().min(2)).min(1),
  /**
   * The document number (杭政办函〔2018〕64号) or announcement number (…公告第78号) as stated, or
   * "unknown" when the source does not state it.
   */
  docNumber: z.union([
    z.string().regex(/号$/u, 'expected a number as written, such as 杭政〔2018〕14号 or 公告第78号'),
    z.literal('unknown'),
  ]),
  /** The date of issue or promulgation (印发, 公布), or "unknown". */
  issuedOn: DateOrUnknownSchema,
  /** When a congress or its standing committee passed it (通过), for regulations; null when not applicable. */
  passed: StatedEventSchema.nullable().default(null),
  /** When a higher congress approved it (批准), for a city's regulations; null when not applicable. */
  approved: StatedEventSchema.nullable().default(null),
  /** Amendments the text states (修正, 修订), oldest first. */
  amendments: z.array(StatedEventSchema).default([]),
  /** Whom the document is copied to (抄送), as its end matter writes it, or null when it states none. */
  copiedTo: z.string().min(2).nullable().default(null),
  /** The 印发 line of the end matter: the office that printed it and the date, or null when it states none. */
  printed: StatedEventSchema.nullable().default(null),
  /** When it takes effect: the rule as written and the date, if known. */
  effectiveFrom: z.strictObject({
    /** As written, e.g. 自印发之日起施行, 自2021年3月1日起施行. */
    rule: z.string().min(2),
    /** The date, or "unknown" when the rule depends on an unstated date. */
    date: DateOrUnknownSchema,
  }),
  /**
   * The last day it is in force, as the text states it (有效期至2021年12月31日) or as it follows from
   * `validity` (有效期5年 from 2018-01-01 → 2022-12-31); null when the text sets none or cannot be read.
   */
  expiresOn: IsoDateSchema.nullable(),
  /**
   * What the text says of its validity, when it says anything: the phrase as written and how the
   * last day follows from it, or a null reading when the phrase cannot be read (the status is then
   * 时效未知, never 现行有效).
   */
  validity: z
    .strictObject({
      /** The phrase as written (有效期5年, 有效期至2020年底, 均为2024年全年有效). */
      rule: z.string().min(2),
      /** How `expiresOn` follows from it (5年，自2018年1月1日起，至2022年12月31日止), or null when unread. */
      reading: z.string().min(2).nullable(),
    })
    .nullable()
    .default(null),
  /** Where the text comes from. */
  source: z.strictObject({
    /** The portal or collection the text was taken from, as it names itself. */
    portal: z.string().min(2),
    /** The raw text as scraped, relative to the project root: a .txt file under content/sources/, with no . or .. segment. */
    rawFile: z
      .string()
      .regex(
        /^content\/sources\/(?!(?:[^/]*\/)*\.\.?(?:\/|$))(?:[^/\\]+\/)*[^/\\]+\.txt$/u,
        'expected a path content/sources/<name>.txt inside content/sources/ (no .. segments)',
      ),
    /** Lines of the raw file that are not policy text (portal boilerplate, a repeated title line), as normalised; each entry removes one such line, so a line that occurs twice is listed twice. */
    excluded: z.array(z.string()).default([]),
    /** The file of a published collection the text was taken from, when it came from one; null otherwise. */
    collection: z
      .strictObject({
        /** The collection's repository, owner/name (LawRefBook/Laws). */
        repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/u, 'expected owner/name'),
        /** The commit of the snapshot taken. */
        commit: z.string().regex(/^[0-9a-f]{7,40}$/u, 'expected a commit hash'),
        /** The file inside the snapshot; for a document kept in parts, their folder. */
        path: z.string().min(1),
        /**
         * The files a document the collection keeps in parts was joined from (the 民法典, one file
         * per 编), in the order joined, which is the order of their first articles; empty when
         * the document is one file.
         */
        parts: z.array(z.string().min(1)).default([]),
        /** The dates of the other versions the collection holds of the document, oldest first. */
        otherVersions: z.array(IsoDateSchema).default([]),
      })
      .nullable()
      .default(null),
  }),
  /** The 印发 notice around the policy, when it came as one's attachment; null otherwise. */
  cover: CoverSchema.nullable().default(null),
  /** The text between the title and the first division or provision: a 意见's preamble, a regulation's passage lines (题注). */
  preamble: z.string().default(''),
  /**
   * Documents the preamble cites (根据《浙江省人民政府印发…的通知》（浙政发〔2024〕4号）等文件精神): the
   * quote is a sentence of the preamble and names the document. Empty: it cites none.
   */
  preambleCitations: z.array(CitationSchema.omit({ provision: true })).default([]),
  /** What the numbered provisions are (PROVISION_STYLE): `clause` for the parenthesised （一）, `article` for 第一条, `item` for 1. */
  provisionStyle: z.enum(PROVISION_STYLES),
  /** Parts, chapters and sections, in document order; empty when the provisions stand directly under the title. */
  divisions: z.array(DivisionSchema).default([]),
  /** The paragraph after the last provision (施行日期, 有效期 …); empty when the last provision says it. */
  closing: z.string().default(''),
  /** Defects of the source (a missing or repeated number, a missing heading), kept as published and shown on the policy's page. */
  defects: z.array(DefectSchema).default([]),
});

export type Policy = z.output<typeof PolicySchema>;
export type PolicyKind = (typeof POLICY_KINDS)[number];

/** A kind as the site shows it: 类别未知 for "unknown". */
export function kindLabel(kind: Policy['kind']): string {
  return kind === UNKNOWN ? '类别未知' : kind;
}
export type StatedEvent = z.output<typeof StatedEventSchema>;
