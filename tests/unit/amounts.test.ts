import { describe, expect, it } from 'vitest';
import { findMoney, findRates, formatRate, formatYuan, textStatesRate, textStatesYuan } from '../../src/lib/amounts/money';
import { describeAmount, maxYuan } from '../../src/lib/amounts/describe';

describe('money in Chinese policy text', () => {
  it('reads every sum of a list, in yuan', () => {
    const quote = '市本级财政分别给予1亿元、2000万元、800万元、400万元和200万元的奖励';
    expect(findMoney(quote).map((m) => m.yuan)).toEqual([100_000_000, 20_000_000, 8_000_000, 4_000_000, 2_000_000]);
  });
  it('reads decimals and plain yuan', () => {
    expect(findMoney('1.5亿元和300元').map((m) => m.yuan)).toEqual([150_000_000, 300]);
  });
  it('reads rates', () => {
    expect(findRates('不超过15%、最高300万元；1％').map((r) => r.rate)).toEqual([0.15, 0.01]);
  });
  it('knows whether a text states an amount', () => {
    expect(textStatesYuan('分别给予1亿元和1500万元的资助', 15_000_000)).toBe(true);
    expect(textStatesYuan('分别给予1亿元和1500万元的资助', 1_500_000)).toBe(false);
    expect(textStatesRate('不超过30%', 0.3)).toBe(true);
    expect(textStatesRate('不超过30%', 0.03)).toBe(false);
  });
  it('writes yuan and rates the way the policy does', () => {
    expect(formatYuan(2_000_000)).toBe('200万元');
    expect(formatYuan(100_000_000)).toBe('1亿元');
    expect(formatYuan(15_000_000)).toBe('1500万元');
    expect(formatYuan(2_000_000_000)).toBe('20亿元');
    expect(formatYuan(1234)).toBe('1,234元');
    expect(formatRate(0.15)).toBe('15%');
  });
});

describe('describeAmount', () => {
  it('describes every form of amount', () => {
    expect(describeAmount({ type: 'fixed', yuan: 2_000_000 })).toBe('200万元');
    expect(describeAmount({ type: 'rate', rate: 0.15, base: '项目投入额', capYuan: 3_000_000 })).toBe('项目投入额的15%，最高300万元');
    expect(describeAmount({ type: 'rate', rate: 0.3, base: '实际支付企业补偿资金' })).toBe('实际支付企业补偿资金的30%');
    expect(describeAmount({ type: 'matching', base: '国家或省资助额度' })).toBe('按国家或省资助额度同比例');
    expect(describeAmount({ type: 'byReference', ref: 'x' }, '杭政办函〔2018〕64号')).toBe('按杭政办函〔2018〕64号相关政策');
    expect(describeAmount({ type: 'byReference', ref: 'x' }, '我市深化改革加强科技创新加快创新活力之城建设相关政策')).toBe('按我市深化改革加强科技创新加快创新活力之城建设相关政策');
    expect(describeAmount({ type: 'unspecified', note: '具体政策另行制定' })).toBe('具体政策另行制定');
  });
  it('gives the largest sum for sorting', () => {
    expect(maxYuan({ type: 'fixed', yuan: 5 })).toBe(5);
    expect(maxYuan({ type: 'rate', rate: 0.1, base: '投入', capYuan: 9 })).toBe(9);
    expect(maxYuan({ type: 'matching', base: '国家资助' })).toBeNull();
  });
});
