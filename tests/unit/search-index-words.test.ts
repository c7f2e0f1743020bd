import { describe, expect, it } from 'vitest';
import { bridgeWords, distinctIndexWords } from '../../src/lib/search/index-words';
import { indexWords, SEGMENTERS } from '../../src/integrations/segmenters';
import { wordsOf } from '../../src/lib/search/segment';

describe('the index’s words and the query’s', () => {
  it('cuts indexed text as Pagefind does (jieba without HMM) and queries as the browser does', () => {
    // Measured on the whole base: Pagefind indexes 粮食安全 as one word and 河长 as 河 + 长 (a
    // search for 长 finds 浙江省河长制规定 第十二条); the browser cuts the query 粮食安全 in two.
    expect(indexWords('浙江省粮食安全保障条例')).toEqual(['浙江省', '粮食安全', '保障', '条例']);
    expect(indexWords('各级河长名单，应当公布。')).toEqual(['各级', '河', '长', '名单', '应当', '公布']);
    expect(wordsOf('粮食安全')).toEqual(['粮食', '安全']);
  });
  it('bridges each indexed word that the browser cuts otherwise with the browser’s words', () => {
    expect(bridgeWords('浙江省粮食安全保障条例', SEGMENTERS)).toEqual(['粮食', '安全']);
    expect(bridgeWords('高新技术企业', SEGMENTERS)).toEqual(['高', '新', '技术']);
    // Words both cut alike need nothing.
    expect(bridgeWords('绿色工厂给予资助', SEGMENTERS)).toEqual([]);
  });
  it('makes every word of a query a prefix of some word the record holds', () => {
    const text = '为了保障粮食安全，确保高新技术企业与跨境电子商务的发展';
    const held = [...indexWords(text), ...bridgeWords(text, SEGMENTERS)];
    for (const q of ['粮食安全', '高新技术企业', '跨境电子商务'])
      for (const w of wordsOf(q))
        expect(
          held.some((h) => h.startsWith(w)),
          `${q}: ${w}`,
        ).toBe(true);
    // Without the bridge, 安全 is no prefix of 粮食安全: the query missed the regulation.
    expect(indexWords(text).some((h) => h.startsWith('安全'))).toBe(false);
  });
  it('uses segmenters handed in, caching the query cut of each word', () => {
    const calls: string[] = [];
    const seg = {
      index: (t: string) => t.split(' '),
      query: (t: string) => {
        calls.push(t);
        return Array.from(t);
      },
    };
    expect(bridgeWords('甲乙 甲乙 丙 abc', seg)).toEqual(['甲', '乙']);
    expect(calls).toEqual(['甲乙']);
  });
});

describe('directory words', () => {
  it('keeps each word once, in first-seen order, without the words to skip', () => {
    expect(distinctIndexWords(['甲 乙 甲', '丙 甲'], (t) => t.split(' '), new Set(['乙']))).toEqual(['甲', '丙']);
  });
});
