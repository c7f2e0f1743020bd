import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../src/lib/kb/index';
import { buildQueryDictionary } from '../../src/lib/search/dictionary';
import { makeExcerpt, markWords } from '../../src/lib/search/excerpt';
import { cleanWords, highlightParams, resultHref, wordRanges } from '../../src/lib/search/highlight';
import { capQuery, MAX_HIGHLIGHT_WORDS, MAX_QUERY_CHARS } from '../../src/lib/search/limits';
import { prepareQuery } from '../../src/lib/search/query';
import { buildSearchRecords } from '../../src/lib/search/records';
import { synonymGroups } from '../../src/lib/search/synonyms';
import { dropUnknownFilters, parseSearchState } from '../../src/lib/search/url-state';

const kb = getKnowledgeBase();
const records = buildSearchRecords(kb, new Date('2026-01-01'));
const dict = buildQueryDictionary(records, synonymGroups(kb.supportTypes, kb.industries, kb.searchEquivalents));

describe('query length', () => {
  it('is cut to the limit, by character, and says so', () => {
    expect(capQuery('绿色工厂')).toEqual({ q: '绿色工厂', cut: false });
    const long = capQuery('𠀀'.repeat(MAX_QUERY_CHARS + 5));
    expect(Array.from(long.q)).toHaveLength(MAX_QUERY_CHARS);
    expect(long.cut).toBe(true);
    expect(parseSearchState(`?q=${'a'.repeat(1000)}`).q).toHaveLength(MAX_QUERY_CHARS);
  });
  it('keeps preparing a 100,000-character query fast (linear work on a bounded query)', () => {
    const started = performance.now();
    const p = prepareQuery('杭政办函〔2018〕64号 200万 第十六条 元宇宙'.repeat(4000), dict);
    expect(p.cut).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('highlighting', () => {
  it('links with one ? and whole words, dropping Pagefind’s own parameters', () => {
    expect(resultHref('/policies/x/16/?highlight=y2000000y&highlight=c16c', ['200万元', '政'])).toBe(
      '/policies/x/16/?highlight=200%E4%B8%87%E5%85%83',
    );
    expect(resultHref('/policies/x/16/#para-2', [])).toBe('/policies/x/16/#para-2');
  });
  it('accepts a bounded number of words, however many a link carries', () => {
    const many = new URLSearchParams(
      Array.from({ length: 800 }, (_, i) => ['highlight', `词${String(i)}`] as [string, string]),
    );
    expect(highlightParams(`?${many.toString()}`)).toHaveLength(MAX_HIGHLIGHT_WORDS);
    expect(cleanWords(['政', '', '  绿色工厂 '])).toEqual(['绿色工厂']);
  });
  it('marks a sum only as a whole number', () => {
    expect(wordRanges('给予1200万元、200万元资助', ['200万元'])).toEqual([[9, 14]]);
    expect(
      markWords('200万元', ['200万元', '200万'])
        .filter((p) => p.mark)
        .map((p) => p.text),
    ).toEqual(['200万元']);
  });
  it('builds excerpts in bounded time from a long text', () => {
    const body = '绿色工厂资助'.repeat(20_000);
    const started = performance.now();
    makeExcerpt(body, ['绿色工厂', '资助']);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('filter values from a URL', () => {
  it('drops a value no record carries and names it', () => {
    const state = parseSearchState('?q=资助&level=nonexistent&industry=集成电路');
    const out = dropUnknownFilters(state, { level: ['国家级'], industry: ['集成电路'] });
    expect(out.state.filters).toEqual({ industry: '集成电路' });
    expect(out.unknown).toEqual([{ key: 'level', value: 'nonexistent' }]);
  });
});
