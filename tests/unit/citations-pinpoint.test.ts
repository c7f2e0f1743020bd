import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/lib/citations/mentions';
import { pinpointsAt } from '../../src/lib/citations/pinpoint';

/** The mentions of a text, each as kind, title and its pinpoints' numbers. */
function read(text: string) {
  return findMentions(text).map((m) => ({
    kind: m.kind,
    title: m.title,
    pinpoints: m.pinpoints.map(({ article, paragraph, item, through, text: words }) => ({
      article,
      paragraph,
      item,
      through,
      words,
    })),
  }));
}

describe('pinpoints after a title (real sentences of the base)', () => {
  it('reads an article, a paragraph and an item', () => {
    const [m] = read('依照《中华人民共和国电子商务法》第十四条第二款的规定执行。');
    expect(m?.title).toBe('中华人民共和国电子商务法');
    expect(m?.pinpoints).toEqual([
      { article: 14, paragraph: 2, item: undefined, through: undefined, words: '第十四条第二款' },
    ]);
    expect(read('有《浙江省数字经济促进条例》第二十二条第一款第（三）项规定情形的')[0]?.pinpoints[0]).toMatchObject({
      article: 22,
      paragraph: 1,
      item: 3,
    });
    expect(read('符合《浙江省数字经济促进条例》第六十一条第（三）项规定的')[0]?.pinpoints[0]).toMatchObject({
      article: 61,
      item: 3,
      paragraph: undefined,
    });
  });

  it('reads a range, naming its last article', () => {
    const [m] = read('按照《中华人民共和国土地管理法》第十条至第十五条的规定');
    expect(m?.pinpoints).toEqual([
      { article: 10, paragraph: undefined, item: undefined, through: 15, words: '第十条至第十五条' },
    ]);
  });

  it('reads a list sharing one document, paragraphs of the article before them too', () => {
    const [m] = read('《中华人民共和国城市房地产管理法》第三十九条、第四十条规定的条件。');
    expect(m?.pinpoints.map((p) => p.article)).toEqual([39, 40]);
    const [n] = read('符合本法第二十一条第一款、第二十二条第一款规定的');
    expect(n?.kind).toBe('self');
    expect(n?.pinpoints.map((p) => [p.article, p.paragraph])).toEqual([
      [21, 1],
      [22, 1],
    ]);
    const [o] = read('违反本条例第十条第一款、第二款规定的');
    expect(o?.pinpoints.map((p) => [p.article, p.paragraph])).toEqual([
      [10, 1],
      [10, 2],
    ]);
    expect(read('享受本条例第三十条、第三十二条和第三十三条规定的待遇')[0]?.pinpoints.map((p) => p.article)).toEqual([
      30, 32, 33,
    ]);
  });

  it('reads a pinpoint after the number of the cited document', () => {
    const [m] = read('按照《杭州市人民政府关于某事的通知》（杭政函〔2019〕7号）第三条执行');
    expect(m?.pinpoints.map((p) => p.article)).toEqual([3]);
  });

  it('takes nothing that does not follow the title at once', () => {
    expect(read('依照《中华人民共和国行政处罚法》的规定，第三十条所列')[0]?.pinpoints).toEqual([]);
    expect(pinpointsAt('第一次修正', 0)).toEqual([]);
  });
});

describe('titles as people write them', () => {
  it('reads a title quoted inside a title, in 〈〉 or in 《》', () => {
    expect(read('《浙江省实施〈中华人民共和国慈善法〉办法》第五条')[0]).toMatchObject({
      title: '浙江省实施〈中华人民共和国慈善法〉办法',
    });
    expect(read('《浙江省实施《中华人民共和国慈善法》办法》第五条')[0]).toMatchObject({
      title: '浙江省实施《中华人民共和国慈善法》办法',
      pinpoints: [{ article: 5 }],
    });
  });

  it('reads each title of a list', () => {
    const titles = read('根据《中华人民共和国社会保险法》《中华人民共和国基本医疗卫生与健康促进法》等有关法律').map(
      (m) => m.title,
    );
    expect(titles).toEqual(['中华人民共和国社会保险法', '中华人民共和国基本医疗卫生与健康促进法']);
  });
});

describe('within the document', () => {
  it('reads 本条例, 本办法, 本法 and 本规定 with their pinpoints', () => {
    expect(read('违反本条例第十六条第二款规定的')[0]).toMatchObject({
      kind: 'self',
      pinpoints: [{ article: 16, paragraph: 2 }],
    });
    expect(read('依照本办法第三条')[0]?.kind).toBe('self');
    expect(read('按照本条例第十三条至第十八条的规定执行。')[0]?.pinpoints[0]).toMatchObject({
      article: 13,
      through: 18,
    });
  });

  it('reads 本条第一款 as the citing article, and leaves 本条 and 前款 alone', () => {
    expect(read('由村集体经济组织依照本条第一款规定的民主决策程序予以确定。')).toEqual([
      {
        kind: 'article',
        title: null,
        pinpoints: [{ article: null, paragraph: 1, item: undefined, through: undefined, words: '第一款' }],
      },
    ]);
    expect(
      read('可以享受本条第一款第（一）项、第（二）项规定的')[0]?.pinpoints.map((p) => [p.paragraph, p.item]),
    ).toEqual([
      [1, 1],
      [1, 2],
    ]);
    expect(read('依照前款规定，本条所称')).toEqual([]);
  });

  it('never takes 本条例 for 本条', () => {
    expect(read('本条例第五条')[0]?.kind).toBe('self');
  });
});

describe('the ingest finds the outer title of a title quoted inside a title', () => {
  it('《浙江省实施《中华人民共和国慈善法》办法》 cites the 办法, not the law', async () => {
    const { findCitations } = await import('../../src/lib/ingest/cite');
    expect(findCitations('依照《浙江省实施《中华人民共和国慈善法》办法》第五条的规定').map((c) => c.title)).toEqual([
      '浙江省实施《中华人民共和国慈善法》办法',
    ]);
    expect(findCitations('依照《浙江省实施〈中华人民共和国慈善法〉办法》的规定').map((c) => c.title)).toEqual([
      '浙江省实施〈中华人民共和国慈善法〉办法',
    ]);
  });
});
