/**
 * Words people search with for the words the policies use. Pagefind ANDs the terms of a query
 * and knows no synonyms, so equivalents are added to the index, not to the query: a record
 * that says 资助 also carries 补贴, and “补贴 绿色工厂” then finds the clause on green factories.
 */
import type { SupportType, Industry } from '../../schemas/vocabulary';

/**
 * Equivalent spellings and short forms that no vocabulary file holds: each group is a set of
 * words that mean the same thing in these policies. A record containing any word of a group
 * is also indexed under the others.
 */
export const SEARCH_EQUIVALENTS: readonly (readonly string[])[] = [
  ['首台（套）', '首台套', '首台'],
  ['企业上云', '上云'],
  ['首批次', '首批'],
  ['高新技术企业', '高企', '高新企业'],
  ['研发费用加计扣除', '加计扣除'],
  ['中小微企业', '中小企业', '小微企业'],
  ['单项冠军', '冠军企业'],
  ['隐形冠军', '冠军企业'],
  ['“亩均论英雄”', '亩均论英雄', '亩均'],
  ['“亩产效益”', '亩产效益', '亩产'],
  ['数字化改造', '数字化转型'],
  ['技术改造', '技改'],
  ['上市', 'IPO'],
  ['兼并重组', '并购'],
  ['人才', '人才引进'],
  ['工业用地', '用地'],
  ['产业用地', '用地'],
  ['质量奖', '质量奖励'],
  ['“品字标”', '品字标'],
  ['“凤凰行动”', '凤凰行动'],
  ['“鲲鹏计划”', '鲲鹏计划'],
  ['“双创”', '双创'],
  ['“单项冠军”', '单项冠军'],
  ['“隐形冠军”', '隐形冠军'],
  ['“工业强基”', '工业强基'],
  ['制造业创新中心', '创新中心'],
  ['有效期', '有效期限', '失效', '截止日期'],
  ['自印发之日起施行', '施行日期', '生效'],
];

/** A group of equivalent words, with the reason it exists (for tests and reviewers). */
export interface SynonymGroup {
  /** The word the policy text uses. */
  canonical: string;
  /** What people type for it. */
  words: readonly string[];
}

/**
 * Every synonym group: support types with their vocabulary synonyms, industries with their
 * aliases, and the equivalents above.
 */
export function synonymGroups(supportTypes: readonly SupportType[], industries: readonly Industry[]): SynonymGroup[] {
  return [
    ...supportTypes.map((s) => ({ canonical: s.name, words: s.synonyms })),
    ...industries.filter((i) => i.aliases.length > 0).map((i) => ({ canonical: i.name, words: i.aliases })),
    ...SEARCH_EQUIVALENTS.map(([canonical, ...words]) => ({ canonical: canonical as string, words })),
  ];
}

/**
 * The extra words a text should be indexed under: for each group whose policy word the text
 * contains, the words people use for it that the text does not contain yet. Only the policy
 * word triggers a group: every clause says 支持, and 支持 must not make each of them a 资助.
 * @param text the record's own text (with the names of its support types)
 */
export function synonymsFor(text: string, groups: readonly SynonymGroup[]): string[] {
  const extra = new Set<string>();
  for (const g of groups) {
    if (!text.includes(g.canonical)) continue;
    for (const w of g.words) if (!text.includes(w)) extra.add(w);
  }
  return [...extra];
}
