import { describe, expect, it } from 'vitest';
import { rewriteClauseNumbers } from '../../src/lib/search/query';
import { moneyTokens } from '../../src/lib/search/records';
import { clauseToken, moneyToken, rewriteSums } from '../../src/lib/search/tokens';

describe('money tokens', () => {
  it('write a sum in yuan between letters, so that no sum is the prefix of another', () => {
    expect(moneyToken(2_000_000)).toBe('y2000000y');
    expect(moneyToken(20_000_000).startsWith(moneyToken(2_000_000))).toBe(false);
  });
  it('find every sum of a text once', () => {
    expect(moneyTokens('分别给予200万元、100万元资助；对获评国家级的给予200万元')).toEqual(['y2000000y', 'y1000000y']);
    expect(moneyTokens('市本级财政每年统筹安排20亿元资金')).toEqual(['y2000000000y']);
  });
  it('rewrite the sums of a query in any spelling', () => {
    expect(rewriteSums('20亿').trim()).toBe('y2000000000y');
    expect(rewriteSums('20亿元').trim()).toBe('y2000000000y');
    expect(rewriteSums('1.5亿').trim()).toBe('y150000000y');
    expect(rewriteSums('绿色工厂 200万元').replace(/\s+/g, ' ').trim()).toBe('绿色工厂 y2000000y');
  });
  it('leave numbers without a unit alone', () => {
    expect(rewriteSums('2018 64号 15%')).toBe('2018 64号 15%');
  });
});

describe('clause numbers', () => {
  it('become the clause token in any spelling', () => {
    for (const q of ['第十六条', '第16条', '第（十六）条', '第 16 条'])
      expect(rewriteClauseNumbers(q).trim(), q).toBe(clauseToken(16));
    expect(rewriteClauseNumbers('第十条 资助').replace(/\s+/g, ' ').trim()).toBe('c10c 资助');
  });
  it('are closed by a letter, so that c1c is no prefix of c16c', () => {
    expect(clauseToken(16).startsWith(clauseToken(1))).toBe(false);
  });
});
