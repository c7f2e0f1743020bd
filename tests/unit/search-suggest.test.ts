import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../src/lib/kb/index';
import { lexiconTerms, conditionWords } from '../../src/lib/search/lexicon';
import { missingPinyin, pinyinSpellings } from '../../src/lib/search/pinyin';
import { buildSearchRecords } from '../../src/lib/search/records';
import { editDistance, suggestWords, type LexiconEntry } from '../../src/lib/search/suggest';

const kb = getKnowledgeBase();
const terms = lexiconTerms(kb, buildSearchRecords(kb, new Date('2026-01-01')));
const lexicon: LexiconEntry[] = terms.map((w) => [w, ...pinyinSpellings(w)]);
const LEVELS = kb.levels.map((l) => l.name);

describe('edit distance', () => {
  it('counts edits by character and stops past the bound', () => {
    expect(editDistance('绿色公厂', '绿色工厂', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('the lexicon', () => {
  it('holds the vocabularies’ words and the honours awards are for', () => {
    expect(terms).toContain('集成电路');
    expect(terms).toContain('资助');
    expect(terms).toContain('绿色工厂');
    expect(terms).toContain('单项冠军');
    expect(terms.every((t) => Array.from(t).length >= 2 && Array.from(t).length <= 8)).toBe(true);
    expect(terms.some((t) => /^第.+条$/.test(t))).toBe(false);
  });
  it('reads the honour out of an award condition', () => {
    expect(conditionWords('获评国家级绿色工厂', LEVELS)).toEqual(['绿色工厂']);
    // A level the vocabulary gains is removed too: the words come from the vocabulary.
    expect(conditionWords('获评乡镇级绿色工厂', LEVELS)).toEqual(['乡镇级绿色工厂']);
    expect(conditionWords('获评乡镇级绿色工厂', [...LEVELS, '乡镇级'])).toEqual(['绿色工厂']);
  });
  it('has pinyin for every word of the vocabularies', () => {
    const vocabulary = [
      ...kb.industries.flatMap((i) => [i.name, ...i.aliases]),
      ...kb.supportTypes.flatMap((s) => [s.name, ...s.synonyms]),
      ...kb.levels.map((l) => l.name),
    ];
    expect(missingPinyin(vocabulary)).toEqual([]);
    expect(pinyinSpellings('绿色工厂')).toEqual(['lvsegongchang']);
    // Read in context, by pinyin-pro: 行 is hang in 银行, xing in 行政; a word with letters has none.
    expect(pinyinSpellings('海外仓')).toEqual(['haiwaicang']);
    expect(pinyinSpellings('专精特新')).toEqual(['zhuanjingtexin']);
    expect(pinyinSpellings('银行')).toEqual(['yinhang']);
    expect(pinyinSpellings('行政')).toEqual(['xingzheng']);
    expect(pinyinSpellings('5G')).toEqual([]);
  });
});

describe('suggestions', () => {
  it('offer the nearest word for a slip', () => {
    expect(suggestWords('绿色公厂', lexicon)[0]).toBe('绿色工厂');
    expect(suggestWords('单项冠君', lexicon)[0]).toBe('单项冠军');
  });
  it('read pinyin, whole or begun, with or without spaces', () => {
    expect(suggestWords('lvsegongchang', lexicon)[0]).toBe('绿色工厂');
    expect(suggestWords('lv se gong chang', lexicon)[0]).toBe('绿色工厂');
    expect(suggestWords('lvse', lexicon)).toContain('绿色工厂');
    expect(suggestWords('jichengdianlu', lexicon)[0]).toBe('集成电路');
  });
  it('offer nothing for a word far from every word, nor for the word itself', () => {
    expect(suggestWords('元宇宙', lexicon)).toEqual([]);
    expect(suggestWords('绿色工厂', lexicon)).not.toContain('绿色工厂');
  });
});
