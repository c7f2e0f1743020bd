import { describe, expect, it } from 'vitest';
import { issuerOfDocNumber, normalizeDocNumber, parseDocNumber } from '../../src/lib/citations/doc-number';

describe('document numbers', () => {
  it.each([
    '杭政办函〔2018〕64号',
    '杭政办函[2018]64号',
    '杭政办函(2018)64号',
    '杭政办函（2018）64号',
    '杭政办函【2018】64号',
    '杭政办函［2018］64号',
    '杭政办函 2018 64号',
  ])('reads %s', (text) => {
    expect(normalizeDocNumber(text)).toBe('杭政办函〔2018〕64号');
  });
  it('rejects what is not a number', () => {
    expect(parseDocNumber('杭州市高新技术企业')).toBeNull();
    expect(parseDocNumber('64号')).toBeNull();
  });
  it('tells the issuer as far as the code does', () => {
    expect(issuerOfDocNumber({ prefix: '杭政', year: 2018, serial: 14 })).toBe('杭州市人民政府');
    expect(issuerOfDocNumber({ prefix: '杭政办函', year: 2018, serial: 64 })).toBe('杭州市人民政府办公厅');
    expect(issuerOfDocNumber({ prefix: '浙政发', year: 2018, serial: 1 })).toBeNull();
  });
});
