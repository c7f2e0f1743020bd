import { describe, expect, it } from 'vitest';
import { highlightWords, makeExcerpt, markWords } from '../../src/lib/search/excerpt';
import { insertIntoHead, preloadLinks } from '../../src/lib/search/preload';
import { searchWithRelaxation } from '../../src/lib/search/relax';
import { phrasesOf, rerankByPhrases } from '../../src/lib/search/rerank';
import { simplify } from '../../src/lib/search/simplify';
import { buildTradMap } from '../../src/lib/search/trad-map';
import { formatSearchState, parseSearchState, sameSearch } from '../../src/lib/search/url-state';

describe('traditional → simplified', () => {
  const map = buildTradMap(['绿色工厂资助单项冠军']);
  it('maps the traditional forms of the corpus characters only', () => {
    expect(map['綠']).toBe('绿');
    expect(map['廠']).toBe('厂');
    expect(map['雲']).toBeUndefined();
    expect(Object.values(map).every((s) => '绿色工厂资助单项冠军'.includes(s))).toBe(true);
  });
  it('simplifies a query character by character', () => {
    expect(simplify('綠色工廠 資助 abc', map)).toBe('绿色工厂 资助 abc');
  });
});

describe('excerpts', () => {
  it('marks words, longest first, without overlapping marks', () => {
    expect(markWords('对获评绿色工厂的给予资助', ['绿色工厂', '工厂', '资助'])).toEqual([
      { text: '对获评', mark: false },
      { text: '绿色工厂', mark: true },
      { text: '的给予', mark: false },
      { text: '资助', mark: true },
    ]);
  });
  it('quotes the passage holding the most words', () => {
    const body = `${'甲'.repeat(200)}绿色工厂分别给予200万元资助${'乙'.repeat(200)}`;
    const parts = makeExcerpt(body, ['绿色工厂', '资助'], 60);
    expect(parts[0]).toEqual({ text: '…', mark: false });
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['绿色工厂', '资助']);
    expect(parts.at(-1)).toEqual({ text: '…', mark: false });
  });
  it('starts at the beginning when no word occurs', () => {
    expect(makeExcerpt('短文本', ['无'])).toEqual([{ text: '短文本', mark: false }]);
  });
  it('highlights the policy words a user word stands for, and no stray single characters', () => {
    const seg = (t: string) => (t === '绿色工厂的资助' ? ['绿色', '工厂', '的', '资助'] : [t]);
    expect(highlightWords(['补贴'], seg, { 补贴: ['资助', '奖励'] })).toEqual(['补贴', '资助', '奖励']);
    expect(highlightWords(['绿色工厂的资助'], seg, {})).toEqual(['绿色工厂的资助', '绿色', '工厂', '资助']);
    expect(highlightWords(['号'], seg, {})).toEqual(['号']);
  });
});

describe('relaxed search', () => {
  const index: Record<string, { id: string; score: number }[]> = {
    'a b': [],
    a: [{ id: 'x', score: 1 }, { id: 'y', score: 5 }],
    b: [{ id: 'x', score: 1 }],
  };
  const search = (t: string) => Promise.resolve(index[t] ?? []);
  it('keeps the strict results when some page matches every term', async () => {
    expect(await searchWithRelaxation(['a'], search)).toEqual({ results: index['a'], relaxed: false });
  });
  it('ranks pages matching more terms first when none matches all', async () => {
    const out = await searchWithRelaxation(['a', 'b'], search);
    expect(out.relaxed).toBe(true);
    expect(out.results.map((r) => r.id)).toEqual(['x', 'y']);
  });
});

describe('URL state', () => {
  it('round-trips the query, filters and sort', () => {
    const s = parseSearchState('?q=绿色工厂+资助&level=国家级&sort=award&bogus=1');
    expect(s).toEqual({ q: '绿色工厂 资助', filters: { level: '国家级' }, sort: 'award' });
    expect(parseSearchState(formatSearchState(s))).toEqual(s);
  });
  it('writes nothing for an empty search', () => {
    expect(formatSearchState({ q: '  ', filters: {}, sort: '' })).toBe('');
    expect(sameSearch(parseSearchState(''), parseSearchState('?q='))).toBe(true);
  });
});

describe('preload hints', () => {
  it('name the meta file and few index chunks', () => {
    const links = preloadLinks('/pagefind/', { metaHashes: ['zh-cn_abc'], indexChunks: ['zh-cn_1.pf_index'] });
    expect(links).toBe(
      '<link rel="preload" href="/pagefind/pagefind.zh-cn_abc.pf_meta" as="fetch" crossorigin="anonymous"><link rel="preload" href="/pagefind/index/zh-cn_1.pf_index" as="fetch" crossorigin="anonymous">',
    );
    expect(preloadLinks('/p/', { metaHashes: [], indexChunks: ['1', '2', '3', '4', '5'] })).toBe('');
  });
  it('go at the end of the head', () => {
    expect(insertIntoHead('<html><head><title>t</title></head></html>', '<link>')).toBe('<html><head><title>t</title><link></head></html>');
    expect(() => insertIntoHead('<p>', '<link>')).toThrow(/no <\/head>/);
  });
});

describe('highlighting amounts', () => {
  it('does not mark a number cut from its unit', () => {
    const seg = (t: string) => (t === '200万' ? ['200', '万'] : [t]);
    expect(highlightWords(['200万', '补贴'], seg, {})).toEqual(['200万', '补贴']);
  });
});

describe('phrase re-ranking', () => {
  const items = [
    { id: 'a', text: '专项行动……给予奖励' },
    { id: 'b', text: '给予专项奖励' },
    { id: 'c', text: '专项奖励与专项资助' },
  ];
  it('moves pages containing more query words verbatim up, keeping the order of ties', () => {
    expect(rerankByPhrases(items, (i) => i.text, ['专项奖励']).map((i) => i.id)).toEqual(['b', 'c', 'a']);
    expect(rerankByPhrases(items, (i) => i.text, ['专项奖励', '专项资助']).map((i) => i.id)).toEqual(['c', 'b', 'a']);
  });
  it('checks words of two characters or more only', () => {
    expect(phrasesOf(['号', '64号', 'y2000000y'])).toEqual(['64号', 'y2000000y']);
    expect(rerankByPhrases(items, (i) => i.text, []).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });
});
