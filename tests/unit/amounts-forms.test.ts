import { describe, expect, it } from 'vitest';
import { amountForms, contradictions, findCaps } from '../../src/lib/amounts/forms';
import { findForeignMoney, findMoney, findRates, textStatesRate } from '../../src/lib/amounts/money';

/** The kinds and words of the forms a quote's granted part states. */
const forms = (quote: string) => amountForms(quote).map((f) => [f.kind, f.text]);

describe('rates written in words', () => {
  it('reads 百分之, 千分之 and 万分之 with Chinese numerals, digits and decimals', () => {
    expect(findRates('按照百分之三十的比例给予资助').map((r) => [r.text, r.rate])).toEqual([['百分之三十', 0.3]]);
    expect(findRates('不超过千分之五、最高50万元').map((r) => r.rate)).toEqual([0.005]);
    expect(findRates('百分之十五点五；百分之百；万分之三；百分之20；5‰').map((r) => r.rate)).toEqual([
      0.155, 1, 0.0003, 0.2, 0.005,
    ]);
  });
  it('lets grounding prove a rate written in words', () => {
    expect(textStatesRate('按照研发投入百分之三十的比例给予资助', 0.3)).toBe(true);
    expect(textStatesRate('按照研发投入百分之三十的比例给予资助', 0.03)).toBe(false);
  });
});

describe('sums in other currencies', () => {
  it('finds them with their currency and never reads them as yuan', () => {
    expect(findForeignMoney('给予200万美元、100万港元和5万欧元').map((m) => [m.text, m.currency])).toEqual([
      ['200万美元', '美元'],
      ['100万港元', '港元'],
      ['5万欧元', '欧元'],
    ]);
    expect(findMoney('融资200万美元，给予50万元')).toEqual([expect.objectContaining({ yuan: 500_000 })]);
    expect(findMoney('分别给予100万、200万美元')).toEqual([]);
  });
});

describe('the form of the amount a quote grants', () => {
  it('reads ranges, floors and ceilings', () => {
    expect(forms('对企业给予10万—50万元奖励')).toEqual([['range', '10万—50万元']]);
    expect(forms('对企业给予200-300万元奖励')).toEqual([['range', '200-300万元']]);
    expect(forms('对企业给予2万至5万元奖励')).toEqual([['range', '2万至5万元']]);
    expect(forms('给予最高不超过200万元、最低不少于50万元的奖励')[0]).toEqual(['range', '最低不少于50万元']);
    expect(forms('给予五千元以上二万元以下的奖励')[0]).toEqual(['range', '五千元以上二万元']);
    expect(forms('给予最高100万元奖励')).toEqual([['bound', '最高100万元']]);
    expect(forms('按投入的10%—20%给予补助').map((f) => f[0])).toEqual(['rate', 'rate']);
    expect(amountForms('按投入的10%—20%给予补助', 0).map((f) => f.kind)).toEqual(['rate', 'range']);
  });
  it('reads sums per period and per unit, before or after the sum, and just before the verb', () => {
    expect(forms('给予3000元/月的生活补贴')).toEqual([['period', '3000元/月']]);
    expect(forms('给予每人每月500元补贴')).toEqual([['period', '每人每月']]);
    expect(forms('对引进人才每年给予5万元补贴')).toEqual([['period', '每年']]);
    expect(forms('给予100元/平方米补贴').map((f) => f[0])).toEqual(['perUnit']);
    expect(forms('给予每亩200元补助')).toEqual([['perUnit', '每亩']]);
  });
  it('leaves conditions before the verb alone', () => {
    expect(forms('对年营业收入5000万—1亿元、研发投入增长20%的企业，给予50万元奖励')).toEqual([]);
    expect(forms('对每年新认定的企业给予50万元奖励')).toEqual([]);
    expect(forms('对境外融资超过1000万美元的企业给予50万元奖励')).toEqual([]);
  });
  it('says which forms contradict an amount type', () => {
    const quote = '对企业研发投入，按照百分之三十的比例给予资助，最高100万元';
    expect(contradictions({ type: 'fixed', yuan: 1_000_000 }, quote).map((f) => f.kind)).toEqual(['rate', 'bound']);
    expect(contradictions({ type: 'rate', rate: 0.3, base: '企业研发投入', capYuan: 1_000_000 }, quote)).toEqual([]);
    expect(
      contradictions({ type: 'rate', rate: 0.1, base: '投入' }, '按投入的10%—20%给予补助').map((f) => f.kind),
    ).toEqual(['range']);
  });
});

describe('caps', () => {
  it('are sums after 最高 or 不超过, from the rate or the grant on', () => {
    expect(findCaps('按照百分之三十的比例给予资助，最高100万元').map((m) => m.yuan)).toEqual([1_000_000]);
    expect(findCaps('按年销售收入不超过千分之五、最高五十万元给予奖励').map((m) => m.yuan)).toEqual([500_000]);
    expect(findCaps('对投资不超过1000万元的项目，按投资额的10%给予补助').map((m) => m.yuan)).toEqual([]);
    expect(findCaps('按投资额的10%给予补助，另给予100万元奖励')).toEqual([]);
  });
});
