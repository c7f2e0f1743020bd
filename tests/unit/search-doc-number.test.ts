import { describe, expect, it } from 'vitest';
import { docNumberIndexForms, rewriteDocNumbers } from '../../src/lib/search/doc-number';

describe('docNumberIndexForms', () => {
  it('gives the token form and the short forms people type', () => {
    expect(docNumberIndexForms('杭政办函〔2018〕64号')).toEqual([
      '杭政办函 2018 64号',
      '杭政办函2018',
      '2018-64',
      '2018年64号',
      '第64号',
    ]);
  });
  it('reads any bracket form', () => {
    expect(docNumberIndexForms('杭政〔2018〕14号')[0]).toBe('杭政 2018 14号');
    expect(docNumberIndexForms('杭政办函[2017]102号')[0]).toBe('杭政办函 2017 102号');
  });
  it('gives nothing for text that is not a number', () => {
    expect(docNumberIndexForms('研发费用加计扣除政策')).toEqual([]);
  });
});

describe('rewriteDocNumbers', () => {
  it('rewrites a number inside a longer query and keeps the rest', () => {
    expect(rewriteDocNumbers('集成电路 杭政办函[2018]94号 政策')).toBe('集成电路 杭政办函 2018 94号 政策');
  });
  it('rewrites year and serial without a prefix', () => {
    expect(rewriteDocNumbers('(2018)64号')).toBe('2018 64号');
    expect(rewriteDocNumbers('2018 64号')).toBe('2018 64号');
    expect(rewriteDocNumbers('2018-64号')).toBe('2018 64号');
  });
  it('rewrites a serial alone and drops leading zeros and 第', () => {
    expect(rewriteDocNumbers('第064号')).toBe('64号');
  });
  it('leaves queries without numbers alone', () => {
    expect(rewriteDocNumbers('绿色工厂 资助')).toBe('绿色工厂 资助');
    expect(rewriteDocNumbers('200万')).toBe('200万');
  });
});
