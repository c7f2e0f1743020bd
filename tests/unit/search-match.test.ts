import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../src/lib/kb/index';
import { buildQueryDictionary } from '../../src/lib/search/dictionary';
import { findMatches } from '../../src/lib/search/find';
import { lexiconTerms } from '../../src/lib/search/lexicon';
import { indexedText, lackingWords, queryWords } from '../../src/lib/search/match';
import { prepareQuery } from '../../src/lib/search/query';
import { buildSearchRecords } from '../../src/lib/search/records';
import { synonymGroups } from '../../src/lib/search/synonyms';

const kb = getKnowledgeBase();
const records = buildSearchRecords(kb, new Date('2026-01-01'));
const dict = buildQueryDictionary(
  records,
  synonymGroups(kb.supportTypes, kb.industries, kb.searchEquivalents),
  lexiconTerms(kb, records),
);
const lexicon = new Set(dict.lexicon.map(([w]) => w));
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const segment = (t: string) => [...segmenter.segment(t)].filter((s) => s.isWordLike).map((s) => s.segment);
const wordsOf = (q: string) => queryWords(prepareQuery(q, dict).units, lexicon, segment).map((w) => w.match);

describe('query words', () => {
  it('keep a word no policy writes whole: a character left over is no word', () => {
    expect(wordsOf('元宇宙')).toEqual(['元宇宙']);
    expect(wordsOf('碳达峰')).toEqual(['碳达峰']);
  });
  it('cut a query into the lexicon’s words and the segmenter’s', () => {
    expect(wordsOf('绿色工厂资助')).toEqual(['绿色工厂', '资助']);
    expect(wordsOf('市场准入负面清单')).toEqual(['市场', '准入', '负面', '清单']);
    expect(wordsOf('跨境人民币结算')).toEqual(['跨境', '人民币', '结算']);
  });
  it('drop joining characters and self-introductions', () => {
    expect(wordsOf('企业上市的奖励')).toEqual(['企业', '上市', '奖励']);
    expect(wordsOf('我是集成电路企业能拿多少钱')).toEqual(['集成电路', '企业']);
    expect(prepareQuery('我是集成电路企业能拿多少钱', dict).wantsMoney).toBe(true);
  });
  it('keep numbers whole, as the index holds them', () => {
    expect(wordsOf('杭政办函[2018]64号')).toEqual(['杭政办函 2018 64号']);
    expect(wordsOf('200万 绿色工厂')).toEqual(['y2000000y', '绿色工厂']);
    expect(wordsOf('第十六条')).toEqual(['c16c']);
  });
  it('show numbers as written, never as tokens', () => {
    const p = prepareQuery('第十六条 杭政办函[2018]64号 200万元', dict);
    expect(p.shownTerms).toEqual(['第十六条', '杭政办函〔2018〕64号', '200万']);
    expect(p.units.map((u) => u.highlight)).toEqual([[], ['杭政办函〔2018〕64号'], ['200万元', '200万']]);
  });
});

describe('matching indexed text', () => {
  const text = indexedText('（十六）​实施​绿色​制造​工程. 对获评​国家级​、省级​绿色工厂​的 y2000000y 补贴');
  it('reads Pagefind’s content without its segment marks', () => {
    expect(text).toContain('绿色工厂');
  });
  it('names the words a text lacks', () => {
    const words = queryWords(prepareQuery('绿色工厂 单项冠军 200万', dict).units, lexicon, segment);
    expect(lackingWords(text, words).map((w) => w.shown)).toEqual(['单项冠军']);
  });
});

describe('findMatches', () => {
  /** A fake index: id → indexed text; search returns every page holding any character of the query, like a loose engine. */
  const pages: Record<string, string> = { a: '绿色工厂 资助', b: '单项冠军 奖励', c: '元 万元 资助' };
  const search = (q: string) =>
    Promise.resolve(
      Object.keys(pages)
        .filter((id) => Array.from(q).some((ch) => (pages[id] ?? '').includes(ch)))
        .map((id, i) => ({ id, score: 10 - i })),
    );
  const run = (q: string, order: string[] | null = null) =>
    findMatches({
      text: q,
      words: queryWords(prepareQuery(q, dict).units, lexicon, segment),
      search,
      load: (r: { id: string }) => Promise.resolve(pages[r.id] ?? ''),
      textOf: (d: string) => d,
      order: order ? () => Promise.resolve(order) : null,
      preferred: null,
    });
  it('keeps only pages holding every word', async () => {
    const out = await run('绿色工厂 资助');
    expect(out.strict.found.map((f) => f.id)).toEqual(['a']);
  });
  it('finds nothing, not even partially, for a word no page holds', async () => {
    const out = await run('元宇宙');
    expect(out.strict.found).toEqual([]);
    expect(out.partial).toEqual([]);
  });
  it('lists partial matches with what they lack when no page holds all words', async () => {
    const out = await run('绿色工厂 单项冠军');
    expect(out.strict.found).toEqual([]);
    expect(out.partial.map((f) => [f.id, f.lacks.map((w) => w.shown)])).toEqual([
      ['a', ['单项冠军']],
      ['b', ['绿色工厂']],
    ]);
  });
  it('keeps a chosen order for partial matches', async () => {
    const out = await run('绿色工厂 单项冠军', ['b', 'a', 'c']);
    expect(out.partial.map((f) => f.id)).toEqual(['b', 'a']);
  });
});
