import { z } from 'zod';

/**
 * How a policy divides its text above the numbered provisions, as the heading writes it:
 * 第一编, 第一分编, 第一章, 第一节, or the 一、 parts of a 意见 or 通知.
 */
export const DIVISION_KINDS = ['book', 'subbook', 'chapter', 'section', 'part'] as const;

/**
 * The values of `provisionStyle`: what the numbered provisions of a policy are, as their headings
 * write them. "Clause" alone, in code (the `clauses` collection, ClauseView, clauseKey), means any
 * provision; the style whose value is `clause` is called the parenthesised style, after its
 * （一） numerals, so that the two meanings stay apart.
 */
export const PROVISION_STYLE = {
  /** （一）（二）…: the numbered paragraphs of a 意见, cited 第（一）条; stored as `clause`. */
  parenthesised: 'clause',
  /** 第一条: the articles of a regulation (条例, 办法). */
  article: 'article',
  /** 1. 2. …: numbered items. */
  item: 'item',
} as const;

/** Every value of `provisionStyle`, for the schema. */
export const PROVISION_STYLES = [PROVISION_STYLE.parenthesised, PROVISION_STYLE.article, PROVISION_STYLE.item] as const;

/** A Chinese numeral as headings write it (十六, 一百零三). */
export const ChineseNumeralSchema = z
  .string()
  .regex(/^[一二三四五六七八九十百千零]+$/u, 'expected a Chinese numeral such as 十六 or 一百零三');

/**
 * A division of a policy: a 编, 章 or 节 of a regulation, or a part (一、) of a 意见. Divisions
 * nest through their ids: chapter "3" holds section "3.1".
 */
export const DivisionSchema = z.strictObject({
  /**
   * The division's path of numbers, dot-separated: "4" for part 四 or chapter 四, "3.2" for
   * section 二 of chapter 三. Provisions name their division by this id.
   */
  id: z.string().regex(/^[1-9]\d{0,3}(?:\.[1-9]\d{0,3}){0,3}$/u, 'expected a path of numbers such as "3" or "3.2"'),
  /** book (第X编), subbook (第X分编), chapter (第X章), section (第X节) or part (一、). */
  kind: z.enum(DIVISION_KINDS),
  /**
   * The numeral as the heading writes it (三); must agree with the last number of `id`. Null when
   * the heading writes none: the collection's parts of the 民法典 head each 编 人格权编, not
   * 第四编, and no numeral is made up for it (its id is its place among the books).
   */
  numeral: ChineseNumeralSchema.nullable(),
  /**
   * The heading after its numeral without spaces (总则, 附则, 构建高能级产业体系，明确高质量发展目标),
   * or null when the source lacks the heading (see `inSource`).
   */
  title: z.string().min(1).nullable(),
  /** The text between the heading and the first provision or sub-division; often empty. */
  intro: z.string().default(''),
  /**
   * False when the source omits the heading although the structure implies the division (the
   * articles before 第二章 stand in a 第一章 whose heading is missing). The site shows the division
   * without a title and says the heading is missing; the lossless rule expects no heading text.
   */
  inSource: z.boolean().default(true),
});

export type Division = z.output<typeof DivisionSchema>;
export type DivisionKind = (typeof DIVISION_KINDS)[number];
export type ProvisionStyle = (typeof PROVISION_STYLES)[number];
