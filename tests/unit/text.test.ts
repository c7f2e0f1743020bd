import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/lib/text/normalize';
import { parseChineseNumeral, toChineseNumeral } from '../../src/lib/text/numerals';
import { sentenceNumberOf, splitSentences } from '../../src/lib/text/sentences';
import { chineseDate, isoDateOf } from '../../src/lib/text/dates';

describe('normalizeText', () => {
  it('turns the portal’s ASCII punctuation into the official full-width forms', () => {
    expect(normalizeText('构建高能级产业体系,明确高质量发展目标')).toBe('构建高能级产业体系，明确高质量发展目标');
    expect(normalizeText('首台(套)项目;对省级')).toBe('首台（套）项目；对省级');
    expect(normalizeText('工业云制造(工业互联网):')).toBe('工业云制造（工业互联网）：');
  });
  it('keeps ASCII punctuation inside numbers', () => {
    expect(normalizeText('1,000万元 3.5% 10:30')).toBe('1,000万元 3.5% 10:30');
  });
  it('writes document-number brackets one way', () => {
    expect(normalizeText('杭政办函[2018]64号')).toBe('杭政办函〔2018〕64号');
    expect(normalizeText('杭政办函【2018】64号')).toBe('杭政办函〔2018〕64号');
  });
  it('makes full-width digits and letters half-width, pairs straight quotes, and drops BOM and CRLF', () => {
    expect(normalizeText('\uFEFF２００万元\r\n"双创"平台')).toBe('200万元\n“双创”平台');
  });
  it('is idempotent on the real source', async () => {
    const { readFileSync } = await import('node:fs');
    const raw = readFileSync('content/sources/hangzhou-2018-manufacturing-opinions.raw.txt', 'utf8');
    const once = normalizeText(raw);
    expect(normalizeText(once)).toBe(once);
    expect(once).not.toMatch(/[\u4e00-\u9fa5][,;()]|[,;()][\u4e00-\u9fa5]/u);
  });
});

describe('Chinese numerals', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [16, '十六'],
    [20, '二十'],
    [22, '二十二'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [103, '一百零三'],
    [110, '一百一十'],
    [119, '一百一十九'],
    [250, '二百五十'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [9999, '九千九百九十九'],
  ])('%i ↔ %s', (n, text) => {
    expect(toChineseNumeral(n)).toBe(text);
    expect(parseChineseNumeral(text)).toBe(n);
  });
  it('reads the variants headings also use', () => {
    expect(parseChineseNumeral('一十六')).toBe(16);
    expect(parseChineseNumeral('一百〇三')).toBe(103);
  });
  it('round-trips every number it writes', () => {
    for (let n = 1; n <= 9999; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });
  it('rejects what is not a numeral', () => {
    for (const bad of ['', '十十', '一二', '百', '一百三', '零', '一百零', '二十百', '一千千', 'x十'])
      expect(parseChineseNumeral(bad), bad).toBeNull();
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
    expect(() => toChineseNumeral(10000)).toThrow(RangeError);
  });
});

describe('sentences', () => {
  const text = '支持企业。对获评国家级、省级绿色园区的，分别给予400万元、200万元资助；对获评绿色工厂的，给予资助。';
  it('splits at 。 and ；, keeping the punctuation', () => {
    expect(splitSentences(text)).toEqual([
      '支持企业。',
      '对获评国家级、省级绿色园区的，分别给予400万元、200万元资助；',
      '对获评绿色工厂的，给予资助。',
    ]);
  });
  it('finds the sentence a quote starts in', () => {
    expect(sentenceNumberOf(text, '对获评绿色工厂的')).toBe(3);
    expect(sentenceNumberOf(text, '不在文中')).toBeNull();
  });
});

describe('chineseDate', () => {
  it('writes dates as the policies do', () => {
    expect(chineseDate('2021-12-31')).toBe('2021年12月31日');
    expect(chineseDate('2018-07-05')).toBe('2018年7月5日');
  });
});

describe('isoDateOf', () => {
  it('reads the first Chinese date in a text, the inverse of chineseDate', () => {
    expect(isoDateOf('本意见自印发之日起施行，有效期至2021年12月31日。')).toBe('2021-12-31');
    expect(isoDateOf('自2019年1月1日起施行')).toBe('2019-01-01');
    expect(isoDateOf(chineseDate('2018-07-05'))).toBe('2018-07-05');
    expect(isoDateOf('自印发之日起施行')).toBeNull();
  });
});
