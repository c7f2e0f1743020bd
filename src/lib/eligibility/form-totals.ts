import { formatYuan } from '../amounts/money';
import { formTotalText } from './form-errors';
import type { Result, ResultItem } from './result';

/** The totals of a calculation as the page shows them, in the result and in the sticky bar. */
export interface FormTotals {
  /** The first line: 合计 (nothing received earlier) or 本次可得 (a step-up pays only the difference). */
  paid: string;
  /** The second line, 累计 with what was received earlier, or null when it would repeat the first. */
  cumulative: string | null;
  /** The short form for the sticky bar: both figures, each labelled, when they differ. */
  bar: string;
}

/**
 * The page's totals. With a step-up (进档补差) a single 合计 is ambiguous: it could be what is
 * paid now or what the honour comes to with the lower tier received earlier. Both are then
 * shown, each labelled: 本次可得 (totalYuan) and 累计 (cumulativeYuan). Without one the two are
 * equal and the page says 合计 once, as before (formTotalText, which also says why a total is 0).
 */
export function formTotals(
  result: Pick<Result, 'items' | 'totalYuan' | 'cumulativeYuan' | 'notComputed'>,
  problems: number,
): FormTotals {
  const earlier = result.cumulativeYuan - result.totalYuan;
  if (earlier <= 0) {
    return {
      paid: formTotalText(result.totalYuan, result.items.length, result.notComputed.length, problems),
      cumulative: null,
      bar: `合计：${formatYuan(result.totalYuan)}`,
    };
  }
  const count = String(result.items.length);
  return {
    paid: `本次可得：${formatYuan(result.totalYuan)}（${count}项可计算，进档的只计补差）`,
    cumulative: `累计：${formatYuan(result.cumulativeYuan)}（含此前已获得的较低档次${formatYuan(earlier)}）`,
    bar: `本次可得：${formatYuan(result.totalYuan)} · 累计：${formatYuan(result.cumulativeYuan)}`,
  };
}

/**
 * An item's amount for the page: the sum, and for a step-up what it comes to in all:
 * 100万元（累计200万元，含此前已获得的100万元）.
 */
export function formItemAmount(item: Pick<ResultItem, 'amountYuan' | 'cumulativeYuan'>): string {
  const earlier = item.cumulativeYuan - item.amountYuan;
  if (earlier <= 0) return formatYuan(item.amountYuan);
  return `本次可得${formatYuan(item.amountYuan)}（累计${formatYuan(item.cumulativeYuan)}，含此前已获得的${formatYuan(earlier)}）`;
}
