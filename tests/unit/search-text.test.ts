import { describe, expect, it } from 'vitest';
import { makeExcerpt, markWords } from '../../src/lib/search/excerpt';
import { insertIntoHead, preloadLinks } from '../../src/lib/search/preload';
import { definedTerms } from '../../src/lib/search/definitions';
import { IN_FORCE, PASSAGE_TITLE, phrasesOf, rerankByPhrases, type RankedText } from '../../src/lib/search/rerank';
import { simplify } from '../../src/lib/search/simplify';
import { STATE_LABELS } from '../../src/lib/kb/status';
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
    expect(insertIntoHead('<html><head><title>t</title></head></html>', '<link>')).toBe(
      '<html><head><title>t</title><link></head></html>',
    );
    expect(() => insertIntoHead('<p>', '<link>')).toThrow(/no <\/head>/);
  });
});

describe('phrase re-ranking', () => {
  const text = (body: string, more: Partial<RankedText> = {}): RankedText => ({
    title: '',
    defines: '',
    recipients: '',
    awards: '',
    body,
    policy: '',
    inForce: true,
    ...more,
  });
  const items = [
    { id: 'a', text: text('专项行动……给予奖励') },
    { id: 'b', text: text('给予专项奖励') },
    { id: 'c', text: text('专项奖励与专项资助') },
  ];
  it('moves pages containing more query words verbatim up, keeping the order of ties', () => {
    expect(rerankByPhrases(items, (i) => i.text, phrasesOf(['专项奖励'])).map((i) => i.id)).toEqual(['b', 'c', 'a']);
    expect(rerankByPhrases(items, (i) => i.text, phrasesOf(['专项奖励', '专项资助'])).map((i) => i.id)).toEqual([
      'c',
      'b',
      'a',
    ]);
  });
  it('checks words of two characters or more only, each with the policy words it stands for', () => {
    expect(phrasesOf(['号', '64号', 'y2000000y'])).toEqual([['64号'], ['y2000000y']]);
    expect(phrasesOf(['首台套', '补贴'], { 首台套: ['首台（套）'], 补贴: ['资助', '奖励'] })).toEqual([
      ['首台套', '首台（套）'],
      ['补贴', '资助', '奖励'],
    ]);
    expect(rerankByPhrases(items, (i) => i.text, []).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });
  it('puts a provision whose award is for the words above one that mentions them in passing', () => {
    // Two fixture policies: a short article of one names 首台（套） in its text; the other's
    // clause grants an award for it. Pagefind ranks the short one first.
    const passing = { id: 'article', text: text('可以采购首台（套）装备') };
    const award = {
      id: 'clause',
      text: text('对首台（套）项目给予资助', { awards: '首台（套）项目 企业 资助', recipients: '企业' }),
    };
    expect(
      rerankByPhrases([passing, award], (i) => i.text, phrasesOf(['首台套'], { 首台套: ['首台（套）'] })).map(
        (i) => i.id,
      ),
    ).toEqual(['clause', 'article']);
  });
  it('ranks a heading or a definition above an award, and the recipient above the rest of an award', () => {
    const phrases = phrasesOf(['高新技术企业']);
    const inText = { id: 'text', text: text('支持高新技术企业') };
    const inCondition = {
      id: 'condition',
      text: text('发展高新技术企业', { awards: '发展高新技术企业 中介机构', recipients: '中介机构' }),
    };
    const inRecipient = {
      id: 'recipient',
      text: text('高新技术企业', { awards: '属于高新技术企业 高新技术企业', recipients: '高新技术企业' }),
    };
    const defines = { id: 'definition', text: text('本条例所称的高新技术企业，是指…', { defines: '高新技术企业' }) };
    const order = rerankByPhrases([inText, inCondition, inRecipient, defines], (i) => i.text, phrases).map((i) => i.id);
    expect(order).toEqual(['definition', 'recipient', 'condition', 'text']);
  });
  it('lets the words as typed count before the words they stand for', () => {
    const phrases = phrasesOf(['高新技术企业', '扶持'], { 扶持: ['奖励'] });
    const typed = { id: 'typed', text: text('扶持高新技术企业') };
    const standsFor = {
      id: 'stands-for',
      text: text('高新技术企业 给予奖励', { awards: '高新技术企业 奖励', recipients: '高新技术企业' }),
    };
    expect(rerankByPhrases([standsFor, typed], (i) => i.text, phrases).map((i) => i.id)).toEqual([
      'typed',
      'stands-for',
    ]);
  });
  it('ranks an article of the document whose title names the topic above another document’s mention', () => {
    // Two fixture policies: the 2024 policy's item headed with the words (strength 3) and the
    // regulation whose title names them, in an article that only uses them.
    const item = {
      id: 'item',
      text: text('健全粮食安全保障机制', { title: '健全粮食安全保障机制', policy: '若干政策' }),
    };
    const article = { id: 'article', text: text('为了保障粮食安全，制定本条例', { policy: '浙江省粮食安全保障条例' }) };
    expect(rerankByPhrases([item, article], (i) => i.text, phrasesOf(['粮食安全'])).map((i) => i.id)).toEqual([
      'article',
      'item',
    ]);
    // The words as typed still count first: the title's document does not win a word it lacks.
    const lacking = { id: 'lacking', text: text('保障供给', { policy: '浙江省粮食安全保障条例' }) };
    expect(rerankByPhrases([lacking, item], (i) => i.text, phrasesOf(['粮食安全'])).map((i) => i.id)).toEqual([
      'item',
      'lacking',
    ]);
  });
  it('ranks a policy in force above an expired one for the same words, keeping both', () => {
    const expired = { id: 'expired', text: text('给予专项奖励', { inForce: false }) };
    const inForce = { id: 'in-force', text: text('给予专项奖励') };
    expect(rerankByPhrases([expired, inForce], (i) => i.text, phrasesOf(['专项奖励'])).map((i) => i.id)).toEqual([
      'in-force',
      'expired',
    ]);
    // Where the words stand counts before the status.
    const headed = { id: 'headed', text: text('给予专项奖励', { title: '专项奖励', inForce: false }) };
    expect(rerankByPhrases([inForce, headed], (i) => i.text, phrasesOf(['专项奖励'])).map((i) => i.id)).toEqual([
      'headed',
      'in-force',
    ]);
  });
  it('puts a regulation’s articles before its passage lines (题注), which name its title but rule nothing', () => {
    const passage = { id: 'passage', text: text('浙江省无人驾驶航空器公共安全管理规定', { title: PASSAGE_TITLE }) };
    const article = { id: 'article', text: text('无人驾驶航空器依照国家规定实行实名登记管理') };
    expect(rerankByPhrases([passage, article], (i) => i.text, phrasesOf(['无人驾驶航空器'])).map((i) => i.id)).toEqual([
      'article',
      'passage',
    ]);
  });
  it('puts the passage lines after the articles even where they hold stronger words (a heading, a definition)', () => {
    const policy = '浙江省无人驾驶航空器公共安全管理规定';
    const passage = {
      id: 'passage',
      text: text(`${policy} 无人驾驶航空器`, { title: PASSAGE_TITLE, defines: '无人驾驶航空器', policy }),
    };
    const article = { id: 'article', text: text('无人驾驶航空器依照国家规定实行实名登记管理', { policy }) };
    expect(rerankByPhrases([passage, article], (i) => i.text, phrasesOf(['无人驾驶航空器'])).map((i) => i.id)).toEqual([
      'article',
      'passage',
    ]);
  });
  it('among results alike, prefers the policy whose title names more of the topic’s words (生活垃圾分类)', () => {
    const law = { id: 'law', text: text('推行生活垃圾分类制度', { policy: '中华人民共和国固体废物污染环境防治法' }) };
    const regulation = { id: 'regulation', text: text('本市实行生活垃圾分类', { policy: '杭州市生活垃圾管理条例' }) };
    expect(rerankByPhrases([law, regulation], (i) => i.text, phrasesOf(['生活垃圾分类'])).map((i) => i.id)).toEqual([
      'regulation',
      'law',
    ]);
    // A title naming less than half of the word says little of its topic (技术 of 智能技术).
    const science = { id: 'science', text: text('推广智能技术', { policy: '中华人民共和国科学技术普及法' }) };
    const digital = { id: 'digital', text: text('推广智能技术', { policy: '浙江省数字经济促进条例' }) };
    expect(rerankByPhrases([science, digital], (i) => i.text, phrasesOf(['智能技术'])).map((i) => i.id)).toEqual([
      'science',
      'digital',
    ]);
    // The words of a title's form (条例, 管理, 办法 …) name no topic: 管理办法 does not favour a 管理办法.
    const other = { id: 'other', text: text('制定管理办法', { policy: '浙江省促进中小企业发展条例' }) };
    const form = { id: 'form', text: text('制定管理办法', { policy: '杭州市物业管理暂行办法' }) };
    expect(rerankByPhrases([other, form], (i) => i.text, phrasesOf(['管理办法'])).map((i) => i.id)).toEqual([
      'other',
      'form',
    ]);
  });
  it('reads in force as the status label records carry', () => {
    expect(IN_FORCE).toBe(STATE_LABELS['in-force']);
  });
});

describe('definedTerms', () => {
  it('reads the terms a regulation defines, by 所称…是指 and 以下简称 / 以下统称', () => {
    expect(definedTerms('本条例所称数字经济，是指以数据资源为关键生产要素…')).toEqual(['数字经济']);
    expect(definedTerms('本条例所称的高新技术，是指…。本条例所称的高新技术企业，是指…')).toEqual([
      '高新技术',
      '高新技术企业',
    ]);
    expect(definedTerms('中国（杭州）跨境电子商务综合试验区（以下简称杭州跨境电商综试区）。')).toEqual([
      '杭州跨境电商综试区',
    ]);
    expect(definedTerms('国有独资企业、国有资本控股企业（以下统称国有企业）')).toEqual(['国有企业']);
  });
  it('finds none in a text that only uses terms', () => {
    expect(definedTerms('杭州跨境电商综试区应当建立跨境电子商务大数据中心')).toEqual([]);
  });
});
