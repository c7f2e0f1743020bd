import { describe, expect, it } from 'vitest';
import { keyWords, MAX_KEY_WORDS, MAX_NAMED_WORDS, namedWords } from '../../src/lib/search/key-words';
import { queryWords } from '../../src/lib/search/match';
import { prepareQuery } from '../../src/lib/search/query';
import { wordsOf } from '../../src/lib/search/segment';

const dict = { trad: {}, rewrites: {} };
const lexicon = new Set(['绿色工厂', '高新技术企业', '资助']);
const wordsOfQuery = (q: string) => queryWords(prepareQuery(q, dict).units, lexicon, wordsOf);

describe('the words of a long question that matter', () => {
  it('keeps a short query whole', () => {
    const words = wordsOfQuery('绿色工厂 资助');
    expect(keyWords(words, lexicon)).toEqual(words);
  });
  it('keeps the lexicon’s words, then the longest, in the order typed, at most MAX_KEY_WORDS', () => {
    const question =
      '您好，我们是一家位于杭州的高新技术企业，今年刚刚获评了国家级绿色工厂，想咨询一下按照贵市的政策可以申请哪些资助，具体的申报流程和材料要求是怎样的，谢谢您的解答';
    const all = wordsOfQuery(question);
    expect(all.length).toBeGreaterThan(MAX_KEY_WORDS);
    const kept = keyWords(all, lexicon).map((w) => w.shown);
    expect(kept).toHaveLength(MAX_KEY_WORDS);
    expect(kept).toEqual(expect.arrayContaining(['高新技术企业', '绿色工厂', '资助']));
    // In the order typed.
    expect(kept.indexOf('高新技术企业')).toBeLessThan(kept.indexOf('绿色工厂'));
  });
  it('names at most MAX_NAMED_WORDS words and counts the rest', () => {
    expect(namedWords(['甲乙', '丙丁'])).toBe('“甲乙”“丙丁”');
    const many = ['一一', '二二', '三三', '四四', '五五', '六六'];
    expect(namedWords(many)).toBe(`“一一”“二二”“三三”“四四”等 ${String(many.length)} 个词`);
    expect(namedWords(many).match(/“/g)).toHaveLength(MAX_NAMED_WORDS);
  });
});
