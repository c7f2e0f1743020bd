import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { CitationTargets, pinpointSpans } from '../../src/lib/citations/targets';
import { versionNote } from '../../src/lib/citations/versions';
import { remarkPinpointLinks } from '../../src/remark/pinpoint-links';
import { citingPolicy as policy } from './helpers/citing-policy';

// Texts of the base: 浙江省数字经济促进条例 第十六条 (two paragraphs) and 第六十一条 (items in its first paragraph).
const digital = policy('zj-digital', '浙江省数字经济促进条例', '2020-12-24');
const ecommerce = policy('cn-ecommerce', '中华人民共和国电子商务法', '2018-08-31');
const penalty = policy(
  'cn-penalty',
  '中华人民共和国行政处罚法',
  '1996-03-17',
  ['2009-08-27', '2017-09-01', '2021-01-22'],
  ['2009-08-27', '2017-09-01'],
);
const old = policy('zj-old', '浙江省湿地保护条例', '2012-05-30');
const provisions = [
  {
    policy: 'zj-digital',
    number: 16,
    numeral: '十六',
    body: '新建、改建、扩建建筑物应当配套建设通信基础设施。\n\n建设单位应当按照国家和省有关标准预留基站站址。',
  },
  {
    policy: 'zj-digital',
    number: 60,
    numeral: '六十',
    body: '建设单位违反本条例第十六条第二款规定，未按国家和省有关标准预留基站站址的，处五万元以上二十万元以下罚款。',
  },
  {
    policy: 'zj-digital',
    number: 61,
    numeral: '六十一',
    body: '有下列行为之一的，依法处理：\n\n（一）甲；\n\n（二）乙；\n\n（三）丙。',
  },
  {
    policy: 'cn-ecommerce',
    number: 14,
    numeral: '十四',
    body: '电子商务经营者销售商品或者提供服务应当依法出具纸质发票或者电子发票等购货凭证或者服务单据。\n\n电子发票与纸质发票具有同等法律效力。',
  },
  {
    policy: 'cn-penalty',
    number: 19,
    numeral: '十九',
    body: '法律、行政法规对违法行为已经作出行政处罚规定的，依照其规定。',
  },
  {
    policy: 'zj-old',
    number: 30,
    numeral: '三十',
    body: '违反本条例规定的，依照《中华人民共和国行政处罚法》第十九条的规定处理。',
  },
];
const targets = new CitationTargets([digital, ecommerce, penalty, old], provisions);

describe('titles as people write them resolve to the base', () => {
  it('with or without 中华人民共和国, and titles quoted inside titles', () => {
    expect(targets.policyOfTitle('电子商务法')?.id).toBe('cn-ecommerce');
    expect(targets.policyOfTitle('中华人民共和国电子商务法')?.id).toBe('cn-ecommerce');
    expect(targets.policyOfTitle('浙江省电子商务条例')).toBeNull();
    const charity = new CitationTargets(
      [policy('zj-charity', '浙江省实施〈中华人民共和国慈善法〉办法', '2021-01-01')],
      [],
    );
    expect(charity.policyOfTitle('浙江省实施《中华人民共和国慈善法》办法')?.id).toBe('zj-charity');
  });
});

describe('pinpoints land on the article and its anchor', () => {
  const at = (text: string, citing = { policy: 'zj-digital', number: 60 }) =>
    targets.linksIn(text, citing).map((l) => ({ url: l.target.url, note: l.target.note, label: l.target.label }));

  it('a paragraph of another document', () => {
    expect(at('依照《中华人民共和国电子商务法》第十四条第二款的规定')).toEqual([
      { url: '/policies/cn-ecommerce/14/#para-2', note: null, label: '《中华人民共和国电子商务法》第十四条第二款' },
    ]);
    expect(at('依照《电子商务法》第十四条的规定')[0]?.url).toBe('/policies/cn-ecommerce/14/');
  });

  it('an item, and a paragraph within the document (本条例)', () => {
    expect(at('违反《浙江省数字经济促进条例》第六十一条第（三）项')[0]?.url).toBe('/policies/zj-digital/61/#item-3');
    expect(at('建设单位违反本条例第十六条第二款规定')).toEqual([
      { url: '/policies/zj-digital/16/#para-2', note: null, label: '《浙江省数字经济促进条例》第十六条第二款' },
    ]);
  });

  it('本条第一款 lands in the citing article; a range lands on its first article and names the range', () => {
    expect(at('依照本条第一款规定', { policy: 'zj-digital', number: 16 })[0]).toEqual({
      url: '/policies/zj-digital/16/#para-1',
      note: null,
      label: '《浙江省数字经济促进条例》第十六条第一款',
    });
    expect(at('按照本条例第十六条至第六十条的规定')[0]).toMatchObject({
      url: '/policies/zj-digital/16/',
      label: '《浙江省数字经济促进条例》第十六条至第六十条',
    });
  });

  it('names the article of an item the list leaves to the one before it', () => {
    expect(at('违反《浙江省数字经济促进条例》第六十一条第（一）项、第（三）项规定的').map((l) => l.label)).toEqual([
      '《浙江省数字经济促进条例》第六十一条第（一）项',
      '《浙江省数字经济促进条例》第六十一条第（三）项',
    ]);
  });

  it('a title written without 《》 before its pinpoint (违反价格法第十四条), never the citing document itself', () => {
    expect(at('经营者违反电子商务法第十四条第二款规定的')[0]?.url).toBe('/policies/cn-ecommerce/14/#para-2');
    expect(at('违反浙江省数字经济促进条例第十六条规定的')).toEqual([]);
    expect(at('依照有关法律第十四条')).toEqual([]);
  });

  it('links nothing the base lacks: a document, an article, an inserted article', () => {
    expect(at('依照《中华人民共和国民法典》第十四条')).toEqual([]);
    expect(at('依照本条例第九十条')).toEqual([]);
    expect(at('依照本条例第十六条之一')).toEqual([]);
  });

  it('a pinpoint into a later version says so', () => {
    const [link] = at('依照《中华人民共和国行政处罚法》第十九条的规定处理。', { policy: 'zj-old', number: 30 });
    expect(link?.url).toBe('/policies/cn-penalty/19/');
    expect(link?.note).toBe('引用时为2009年版本；本库收录2021年修订版，条文序号可能已变');
  });
});

describe('version notes', () => {
  it('none when the citing document is later than the version held, or a date is unknown', () => {
    expect(versionNote(digital, ecommerce)).toBeNull();
    expect(versionNote({ ...digital, passed: null }, penalty)).toBeNull();
  });
  it('names the version in force when the citing document was made', () => {
    expect(versionNote(policy('x', 'x', '2018-01-01'), penalty)).toBe(
      '引用时为2017年版本；本库收录2021年修订版，条文序号可能已变',
    );
  });
});

describe('remarkPinpointLinks', () => {
  const render = (text: string, citing: { policy: string; number: number }) =>
    String(
      unified()
        .use(remarkParse)
        .use(remarkPinpointLinks, { pinpoints: pinpointSpans(targets, citing) })
        .use(remarkRehype)
        .use(rehypeStringify)
        .processSync(text),
    );

  it('links the pinpoint words, title and all, leaving the rest of the text', () => {
    expect(render('建设单位违反本条例第十六条第二款规定。', { policy: 'zj-digital', number: 60 })).toBe(
      '<p>建设单位违反本条例<a href="/policies/zj-digital/16/#para-2" title="《浙江省数字经济促进条例》第十六条第二款" class="pinpoint">第十六条第二款</a>规定。</p>',
    );
  });

  it('says so when the article has no such paragraph in the base, and links to the article', () => {
    const html = render('依照《中华人民共和国行政处罚法》第十九条第二款的规定处理。', {
      policy: 'cn-penalty',
      number: 1,
    });
    expect(html).toContain(
      'href="/policies/cn-penalty/19/" title="《中华人民共和国行政处罚法》第十九条第二款（本库所收文本中该条未分出此款项，链接到该条）"',
    );
  });

  it('follows a pinpoint into a later version with its note', () => {
    const html = render('依照《中华人民共和国行政处罚法》第十九条的规定处理。', { policy: 'zj-old', number: 30 });
    expect(html).toContain(
      'class="pinpoint other-version">第十九条</a><small class="version-note" data-pagefind-ignore="">（引用时为2009年版本；本库收录2021年修订版，条文序号可能已变）</small>',
    );
  });
});
