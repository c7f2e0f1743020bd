import { formatRate, formatYuan } from '../amounts/money';
import type { CatalogAward } from './catalog';
import { rungLabel } from './rungs';

/** A fixed sum: 获评国家级绿色工厂：定额资助200万元. */
export function explainFixed(award: CatalogAward, yuan: number): string {
  return `${award.condition}：定额${award.kind}${formatYuan(yuan)}`;
}

/** A step-up: 已获500亿元档2000万元，进档至1000亿元档1亿元，补差8000万元. */
export function explainStepUp(award: CatalogAward, yuan: number, previous: CatalogAward, previousYuan: number): string {
  return `已获${rungLabel(previous)}${formatYuan(previousYuan)}，进档至${rungLabel(award)}${formatYuan(yuan)}，补差${formatYuan(yuan - previousYuan)}`;
}

/**
 * A share of a base, with the cap when there is one:
 * 项目投入额3000万元 × 15% = 450万元，超过上限300万元，按300万元计.
 */
export function explainRate(
  base: string,
  baseYuan: number,
  rate: number,
  product: number,
  capYuan: number | undefined,
): string {
  const calc = `${base}${formatYuan(baseYuan)} × ${formatRate(rate)} = ${formatYuan(product)}`;
  if (capYuan === undefined) return calc;
  return product > capYuan
    ? `${calc}，超过上限${formatYuan(capYuan)}，按${formatYuan(capYuan)}计`
    : `${calc}，未超过上限${formatYuan(capYuan)}`;
}

/** A matching grant: 国家或省资助额度500万元，同比例资助500万元. */
export function explainMatching(base: string, baseYuan: number, kind: string): string {
  return `${base}${formatYuan(baseYuan)}，同比例${kind}${formatYuan(baseYuan)}`;
}

/** A ceiling (upTo): 首次认定的新雏鹰企业：最高奖励50万元（上限，实际金额以核定为准，不计入合计）. */
export function explainCeiling(award: CatalogAward, maxYuan: number): string {
  return `${award.condition}：最高${award.kind}${formatYuan(maxYuan)}（上限，实际金额以核定为准，不计入合计）`;
}
