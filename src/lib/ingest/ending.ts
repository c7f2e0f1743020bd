/**
 * A regulation whose text stops short. Legislation ends with its 附则 chapter, or, undivided,
 * with the article that says when it takes effect (本条例自…起施行). A text of the collection that
 * has neither may be cut off (浙江省消防条例 stops at 第十八条 inside 第三章 火灾预防): the reader must be
 * told, and the text is kept as it is. The note says what the text lacks, not that it is cut.
 */
import type { Defect } from '../../schemas/defect';
import type { Policy } from '../../schemas/policy';
import { UNKNOWN } from '../../schemas/common';
import { SELF_REFERENCE } from '../text/document-kinds';
import { provisionLabel } from '../text/headings';
import { LEGISLATION_KINDS } from './legislation-awards';

/** The last provision of a policy, as its defect names it. */
interface LastProvision {
  number: number;
  numeral: string;
}

/** A sentence that dates the document's own effect: 本条例自2021年1月1日起施行. */
const STATES_EFFECT = new RegExp(`${SELF_REFERENCE}[^。；]{0,40}?(?:施行|实施|执行)`, 'u');

/**
 * The defect of a regulation's text that ends with neither a 附则 nor an article on its effect
 * (see the file's comment), or null. A constitution states neither and is whole.
 * @param bodies the provisions' texts and the closing
 * @param line the 1-based line of the source where the text ends
 */
export function endingDefect(
  policy: Policy,
  bodies: readonly string[],
  last: LastProvision | undefined,
  line: number,
): Defect | null {
  if (!last || policy.provisionStyle !== 'article' || policy.kind === UNKNOWN) return null;
  if (!LEGISLATION_KINDS.has(policy.kind) || /宪法$/u.test(policy.title)) return null;
  if (bodies.some((b) => STATES_EFFECT.test(b))) return null;
  const top = policy.divisions.filter((d) => !d.id.includes('.'));
  const lastTop = top.at(-1);
  if (lastTop?.title === '附则') return null;
  const place = provisionLabel('article', last.numeral);
  const lacks = lastTop ? `没有附则，也没有写明施行日期的条款` : '没有写明施行日期的条款';
  return {
    kind: 'no-ending',
    place,
    line,
    note: `原文止于${place}，${lacks}：收录的文本可能不完整，请以官方公布的文本为准`,
    provision: last.number,
    division: null,
  };
}
