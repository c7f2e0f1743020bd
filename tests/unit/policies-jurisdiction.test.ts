import { describe, expect, it } from 'vitest';
import { issuerJurisdiction, JURISDICTIONS, policyJurisdiction } from '../../src/lib/policies/jurisdiction';
import { newestStatedDate } from '../../src/lib/policies/newest';

describe('issuerJurisdiction', () => {
  it('places national bodies, the province and the city by the names their texts give them', () => {
    // Issuers as the texts of the base and of the collection name them.
    expect(issuerJurisdiction('全国人民代表大会')).toBe('国家');
    expect(issuerJurisdiction('全国人民代表大会常务委员会')).toBe('国家');
    expect(issuerJurisdiction('国务院')).toBe('国家');
    expect(issuerJurisdiction('国务院办公厅')).toBe('国家');
    expect(issuerJurisdiction('浙江省人民代表大会')).toBe('浙江省');
    expect(issuerJurisdiction('浙江省人民代表大会常务委员会')).toBe('浙江省');
    expect(issuerJurisdiction('浙江省人民政府')).toBe('浙江省');
    expect(issuerJurisdiction('中共浙江省委')).toBe('浙江省');
    expect(issuerJurisdiction('杭州市人民代表大会常务委员会')).toBe('杭州市');
    expect(issuerJurisdiction('杭州市人民政府')).toBe('杭州市');
    expect(issuerJurisdiction('中共杭州市委')).toBe('杭州市');
  });

  it('reads a name with spaces as written, and leaves every other body as 其他', () => {
    expect(issuerJurisdiction('杭州市 人民政府')).toBe('杭州市');
    expect(issuerJurisdiction('宁波市人民代表大会常务委员会')).toBe('其他');
    // A city of the province is not the province: the prefix is the whole name 浙江省.
    expect(issuerJurisdiction('浙江大学')).toBe('其他');
    expect(issuerJurisdiction('市经信局')).toBe('其他');
  });
});

describe('policyJurisdiction', () => {
  it('takes the level of the first issuer it places: joint issuers share one', () => {
    expect(policyJurisdiction({ issuers: ['中共杭州市委', '杭州市人民政府'] })).toBe('杭州市');
    expect(policyJurisdiction({ issuers: ['某某协会', '浙江省人民政府'] })).toBe('浙江省');
    expect(policyJurisdiction({ issuers: ['某某协会'] })).toBe('其他');
  });

  it('gives only the levels the site browses by', () => {
    for (const issuers of [['国务院'], ['浙江省人民政府'], ['杭州市人民政府'], ['x']])
      expect(JURISDICTIONS).toContain(policyJurisdiction({ issuers }));
  });
});

describe('newestStatedDate', () => {
  const base = {
    passed: null,
    approved: null,
    issuedOn: 'unknown' as const,
    amendments: [],
    effectiveFrom: { rule: '自公布之日起施行', date: 'unknown' as const },
  };

  it('is the latest of passed, approved, issued, amended and in force', () => {
    expect(
      newestStatedDate({
        ...base,
        passed: { date: '2009-10-23', by: null },
        amendments: [{ date: '2021-09-30', by: null }],
        effectiveFrom: { rule: '自2010年1月1日起施行', date: '2010-01-01' },
      }),
    ).toBe('2021-09-30');
    expect(newestStatedDate({ ...base, issuedOn: '2024-02-18' })).toBe('2024-02-18');
  });

  it('counts the effective date (a 修订 the record does not list), and is null when the text states no date', () => {
    // 浙江省促进科技成果转化条例: passed 2004, revised 2017, in force from 2017-10-01.
    expect(
      newestStatedDate({
        ...base,
        passed: { date: '2004-01-16', by: null },
        effectiveFrom: { rule: '自2017年10月1日起施行', date: '2017-10-01' },
      }),
    ).toBe('2017-10-01');
    expect(newestStatedDate(base)).toBeNull();
  });
});
