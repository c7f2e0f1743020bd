/**
 * A regulation whose article numbers do not start at 第一条. The collection lost the heading of a
 * text's first articles in some files: 浙江省无人驾驶航空器公共安全管理规定 numbers its articles from
 * 第五条, and the four before stand unnumbered among the passage lines (…制定本规定。…适用本规定。).
 * The reader must be told, and the text is kept as it is. The note says what the text lacks.
 */
import type { Defect } from '../../schemas/defect';
import type { Policy } from '../../schemas/policy';
import { provisionLabel } from '../text/headings';
import { parseChineseNumeral, toChineseNumeral } from '../text/numerals';

/** The first provision of a policy, as its defect names it. */
interface FirstProvision {
  number: number;
  numeral: string;
}

/**
 * The defect of a text of articles whose first article is not 第一条, or null.
 * @param raw the source text, whose line holding the first numbered article the defect names
 */
export function startDefect(policy: Policy, first: FirstProvision | undefined, raw: string): Defect | null {
  if (!first || policy.provisionStyle !== 'article') return null;
  const value = parseChineseNumeral(first.numeral);
  if (value === null || value <= 1) return null;
  const place = provisionLabel('article', first.numeral);
  const before =
    value === 2
      ? provisionLabel('article', '一')
      : `${provisionLabel('article', '一')}至${provisionLabel('article', toChineseNumeral(value - 1))}`;
  const line = raw.split('\n').findIndex((l) => l.trim().startsWith(place)) + 1;
  return {
    kind: 'missing-start',
    place,
    line: Math.max(line, 1),
    note: `原文的条号从${place}起，没有${before}：收录的文本可能缺了这些条文或它们的条号，请以官方公布的文本为准`,
    provision: first.number,
    division: null,
  };
}
