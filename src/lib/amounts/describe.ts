import type { Amount } from '../../schemas/amount';
import { formatRate, formatYuan } from './money';

/**
 * The amount of an award in plain Chinese, as the site and the API show it:
 * "200万元", "投入额的15%，最高300万元", "最高50万元", "与国家或省资助额度同比例".
 * @param referenceName the cited document's number or name, for amounts another policy sets
 */
export function describeAmount(amount: Amount, referenceName?: string): string {
  switch (amount.type) {
    case 'fixed':
      return formatYuan(amount.yuan);
    case 'rate':
      return `${amount.base}的${formatRate(amount.rate)}${amount.capYuan === undefined ? '' : `，最高${formatYuan(amount.capYuan)}`}`;
    case 'upTo':
      return `最高${formatYuan(amount.maxYuan)}`;
    case 'matching':
      return `按${amount.base}同比例`;
    case 'byReference': {
      const name = referenceName ?? '所引文件';
      // Name-only references are often named "…相关政策" already.
      return `按${name}${name.endsWith('政策') ? '' : '相关政策'}`;
    }
    case 'unspecified':
      return amount.note;
  }
}

/** The largest sum an award can pay, for sorting: the sum, the cap, the ceiling, or null when none is stated. */
export function maxYuan(amount: Amount): number | null {
  if (amount.type === 'fixed') return amount.yuan;
  if (amount.type === 'rate') return amount.capYuan ?? null;
  if (amount.type === 'upTo') return amount.maxYuan;
  return null;
}
