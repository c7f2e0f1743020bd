import { formatYuan } from '../amounts/money';
import type { PolicyStatus } from '../kb/status';
import { formTotalText } from './form-errors';
import type { CeilingItem, Result, ResultItem } from './result';

/** The totals of a calculation as the page shows them, in the result and in the sticky bar. */
export interface FormTotals {
  /** The first line: 合计 (nothing received earlier) or 本次可得 (a step-up pays only the difference). */
  paid: string;
  /** The second line, 累计 with what was received earlier, or null when it would repeat the first. */
  cumulative: string | null;
  /**
   * The ceilings (awards whose text states only 最高…), apart from the totals: 另有2项只规定上限，
   * 最高共150万元（不计入合计）; null when none was claimed.
   */
  ceiling: string | null;
  /** The short form for the sticky bar: both figures, each labelled, when they differ, and the ceilings' 最高. */
  bar: string;
}

/** The ceilings' line, or null: never added to a total, always said with 最高. */
function ceilingLine(result: Pick<Result, 'ceilings' | 'ceilingYuan'>): string | null {
  const n = result.ceilings.length;
  if (n === 0) return null;
  return `另有${String(n)}项只规定上限：最高共${formatYuan(result.ceilingYuan)}（实际金额以核定为准，不计入合计）`;
}

/** The ceilings in the sticky bar: · 另有最高150万元. */
function ceilingBar(result: Pick<Result, 'ceilings' | 'ceilingYuan'>): string {
  return result.ceilings.length === 0 ? '' : ` · 另有最高${formatYuan(result.ceilingYuan)}（上限）`;
}

/**
 * The page's totals. With a step-up (进档补差) a single 合计 is ambiguous: it could be what is
 * paid now or what the honour comes to with the lower tier received earlier. Both are then
 * shown, each labelled: 本次可得 (totalYuan) and 累计 (cumulativeYuan). Without one the two are
 * equal and the page says 合计 once, as before (formTotalText, which also says why a total is 0).
 * Ceilings (最高…) are never in either: they have a line of their own that says 最高.
 */
export function formTotals(
  result: Pick<Result, 'items' | 'totalYuan' | 'cumulativeYuan' | 'ceilings' | 'ceilingYuan' | 'notComputed'>,
  problems: number,
): FormTotals {
  const earlier = result.cumulativeYuan - result.totalYuan;
  const ceiling = ceilingLine(result);
  if (earlier <= 0) {
    const onlyCeilings = result.items.length === 0 && result.ceilings.length > 0 && problems === 0;
    return {
      paid: onlyCeilings
        ? '合计：0元（所选奖励只规定上限，没有确定金额）'
        : formTotalText(result.totalYuan, result.items.length, result.notComputed.length, problems),
      cumulative: null,
      ceiling,
      bar: `合计：${formatYuan(result.totalYuan)}${ceilingBar(result)}`,
    };
  }
  const count = String(result.items.length);
  return {
    paid: `本次可得：${formatYuan(result.totalYuan)}（${count}项可计算，进档的只计补差）`,
    cumulative: `累计：${formatYuan(result.cumulativeYuan)}（含此前已获得的较低档次${formatYuan(earlier)}）`,
    ceiling,
    bar: `本次可得：${formatYuan(result.totalYuan)} · 累计：${formatYuan(result.cumulativeYuan)}${ceilingBar(result)}`,
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

/** A ceiling's amount for the page: 最高50万元（上限）. */
export function formCeilingAmount(item: Pick<CeilingItem, 'maxYuan'>): string {
  return `最高${formatYuan(item.maxYuan)}（上限）`;
}

/** What the totals say of the policies they rest on, when some are not in force. */
export interface ValidityNote {
  /** 按原政策测算（已失效）, or 部分按原政策测算，含已失效政策. */
  text: string;
  /** Whether every policy concerned is out of force: the note then names the total itself. */
  all: boolean;
}

/**
 * What the totals say of the policies they rest on, on the day of the calculation: nothing when
 * every one is in force; 按原政策测算（已失效） when none is (the sum is what the text granted,
 * not what can be applied for now); 部分按原政策测算，含已失效政策 when some are.
 * @param states the status of each policy an item or a ceiling of the result comes from
 */
export function validityNote(states: readonly Pick<PolicyStatus, 'state' | 'label'>[]): ValidityNote | null {
  const others = states.filter((s) => s.state !== 'in-force');
  if (others.length === 0) return null;
  const labels = [...new Set(others.map((s) => s.label))].join('、');
  return others.length === states.length
    ? { text: `按原政策测算（${labels}）`, all: true }
    : { text: `部分按原政策测算，含${labels}政策`, all: false };
}

/**
 * A total named by its validity: 本次可得：400万元 under an expired policy reads
 * 按原政策测算（已失效）：400万元; with some policies in force, 合计（部分按原政策测算，含已失效政策）：….
 */
export function withValidity(total: string, note: ValidityNote | null): string {
  if (note === null) return total;
  return total.replace(/^(合计|本次可得)：/u, (_, word: string) =>
    note.all ? `${note.text}：` : `${word}（${note.text}）：`,
  );
}
