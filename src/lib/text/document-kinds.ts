/**
 * The words that name a kind of document at the end of its title (…促进条例, …的若干意见,
 * …三年行动计划, 中华人民共和国…法) and after 本 when a text speaks of itself (本条例, 本意见).
 * One vocabulary for every rule that needs them: titles, closings, effect dates, kinds.
 */

/** Kind words, longest first so that a pattern built from them takes the whole word. */
export const DOCUMENT_KIND_WORDS = [
  '政策措施',
  '若干措施',
  '若干政策',
  '若干意见',
  '实施意见',
  '指导意见',
  '实施细则',
  '实施办法',
  '管理办法',
  '暂行办法',
  '行动计划',
  '行动方案',
  '工作方案',
  '实施方案',
  '若干规定',
  '暂行规定',
  '修正案',
  '命令',
  '条例',
  '规定',
  '办法',
  '细则',
  '决定',
  '决议',
  '意见',
  '通知',
  '通告',
  '公告',
  '方案',
  '计划',
  '规划',
  '纲要',
  '措施',
  '政策',
  '规则',
  '章程',
  '解释',
  '准则',
  '指引',
  '法典',
  '法',
] as const;

/** The kind words as a regex alternation. */
export const KIND_ALTERNATION = DOCUMENT_KIND_WORDS.join('|');

/** A title's tail after the kind word: （试行）, （2017年修订）, （2018—2020年）. */
export const TITLE_SUFFIX = '(?:（[^（）。，；]{1,20}）)*';

/** How a text names itself: 本条例, 本办法, 本意见 (the kind words after 本), or 本文件. */
export const SELF_REFERENCE = `本(?:${KIND_ALTERNATION}|文件)`;

/** The kind word a title ends with, or null: 中华人民共和国中小企业促进法 → 法. */
export function titleKindWord(title: string): string | null {
  const m = new RegExp(`(${KIND_ALTERNATION})${TITLE_SUFFIX}$`, 'u').exec(title);
  return m?.[1] ?? null;
}
