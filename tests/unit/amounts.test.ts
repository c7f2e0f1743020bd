import { describe, expect, it } from 'vitest';
import {
  findMoney,
  findRates,
  formatRate,
  formatYuan,
  textStatesRate,
  textStatesYuan,
} from '../../src/lib/amounts/money';
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
    expect(describeAmount({ type: 'rate', rate: 0.15, base: '项目投入额', capYuan: 3_000_000 })).toBe(
      '项目投入额的15%，最高300万元',
    );
    expect(describeAmount({ type: 'rate', rate: 0.3, base: '实际支付企业补偿资金' })).toBe('实际支付企业补偿资金的30%');
    expect(describeAmount({ type: 'matching', base: '国家或省资助额度' })).toBe('按国家或省资助额度同比例');
    expect(describeAmount({ type: 'byReference', ref: 'x' }, '杭政办函〔2018〕64号')).toBe(
      '按杭政办函〔2018〕64号相关政策',
    );
    expect(
      describeAmount({ type: 'byReference', ref: 'x' }, '我市深化改革加强科技创新加快创新活力之城建设相关政策'),
    ).toBe('按我市深化改革加强科技创新加快创新活力之城建设相关政策');
    expect(describeAmount({ type: 'unspecified', note: '具体政策另行制定' })).toBe('具体政策另行制定');
  });
  it('gives the largest sum for sorting', () => {
    expect(maxYuan({ type: 'fixed', yuan: 5 })).toBe(5);
    expect(maxYuan({ type: 'rate', rate: 0.1, base: '投入', capYuan: 9 })).toBe(9);
    expect(maxYuan({ type: 'matching', base: '国家资助' })).toBeNull();
  });
});

describe('one reader for number + unit', () => {
  it('reads list members whose 元 comes later, and only those', () => {
    expect(findMoney('分别给予100万、50万元资助').map((m) => m.yuan)).toEqual([1_000_000, 500_000]);
    expect(findMoney('对获评国家级、省级绿色园区的，分别给予400万元、200万元资助').map((m) => m.yuan)).toEqual([
      4_000_000, 2_000_000,
    ]);
    expect(findMoney('给予1亿元和1500万元的资助').map((m) => m.yuan)).toEqual([100_000_000, 15_000_000]);
    expect(findMoney('1、2亿元').map((m) => m.yuan)).toEqual([100_000_000, 200_000_000]);
  });
  it('reads Chinese numerals before a unit', () => {
    expect(findMoney('处五万元以上二十万元以下的罚款').map((m) => m.yuan)).toEqual([50_000, 200_000]);
    expect(findMoney('最高一千万元').map((m) => m.yuan)).toEqual([10_000_000]);
    expect(findMoney('两千万元').map((m) => m.yuan)).toEqual([20_000_000]);
  });
  it('does not take other numbers for money', () => {
    expect(findMoney('到2020年，新增上市企业70家，营业收入首次达到1000亿元')).toEqual([
      expect.objectContaining({ yuan: 100_000_000_000, text: '1000亿元' }),
    ]);
    expect(findMoney('第一条 十个重点项目、200万平方米')).toEqual([]);
    expect(findMoney('建设100个项目、投资5亿元')).toEqual([expect.objectContaining({ yuan: 500_000_000 })]);
  });
  it('reads a long text in linear time', () => {
    const text = '100万、'.repeat(50_000) + '50万元';
    const started = performance.now();
    expect(findMoney(text)).toHaveLength(50_001);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
