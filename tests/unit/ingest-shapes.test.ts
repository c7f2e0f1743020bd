import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyText } from '../../src/lib/content/body';
import { formatIssues } from '../../src/lib/content/issue';
import { runIngest } from '../../src/lib/ingest/run';
import { rebuildPolicyText, sourcePolicyText } from '../../src/lib/validate/lossless';
import { validateContent } from '../../src/lib/validate/index';
import { toChineseNumeral } from '../../src/lib/text/numerals';
import { fixture, ingest, tempRoot } from '../fixtures/ingest/support';

/** The made-up fixtures, one per shape of policy text (tests/fixtures/ingest/README.md). */
const SHAPES = [
  'chapters-captions',
  'articles-only',
  'missing-first-chapter',
  'irregular-spacing',
  'passage-lines',
  'notice-attachment',
  'items-continuous',
  'items-per-section',
  'zhuanlan',
  'two-line-title',
] as const;

/** Ingests a fixture with the project's vocabularies. */
const shape = (name: string) => ingest(readFileSync(fixture(`${name}.raw.txt`), 'utf8'), `sample-${name}`);

/** A provision as (number, numeral, title, division). */
const outline = (r: ReturnType<typeof shape>) =>
  r.clauses.map((c) => [c.data.number, c.data.numeral, c.data.title, c.data.division]);

describe('every shape ingests, validates and is lossless', () => {
  it.each(SHAPES)('%s', async (name) => {
    const root = tempRoot();
    await runIngest({
      input: resolve(fixture(`${name}.raw.txt`)),
      policy: `sample-${name}`,
      out: root,
      force: false,
      check: false,
    });
    const { issues } = validateContent(root);
    expect(issues.length === 0 ? 'valid' : formatIssues(issues)).toBe('valid');
    const r = shape(name);
    const raw = readFileSync(fixture(`${name}.raw.txt`), 'utf8');
    expect(rebuildPolicyText(r.policy, r.clauses)).toBe(sourcePolicyText(raw, r.policy.source.excluded));
  });
});

describe('regulations: chapters, sections and articles', () => {
  it('reads captions, keeps （一） items and 款 in the article body as paragraphs', () => {
    const r = shape('chapters-captions');
    expect(r.policy.provisionStyle).toBe('article');
    expect(r.policy.divisions.map((d) => [d.id, d.kind, d.title])).toEqual([
      ['1', 'chapter', '总则'],
      ['2', 'chapter', '开发利用'],
      ['3', 'chapter', '附则'],
    ]);
    expect(outline(r)).toEqual([
      [1, '一', '目的和依据', '1'],
      [2, '二', '适用范围', '1'],
      [3, '三', '支持措施', '2'],
      [4, '四', '人工智能', '2'],
      [5, '五', '施行日期', '3'],
    ]);
    expect(r.clauses[1]?.body).toBe(
      '本市行政区域内的数据资源开发利用活动，适用本条例。\n\n本条例所称数据资源，是指以电子形式记录的信息资源。',
    );
    expect(r.clauses[2]?.body.split('\n\n')).toEqual([
      '市人民政府应当采取下列措施支持数据资源开发利用：',
      '（一）建设公共数据平台；',
      '（二）培育数据服务企业；',
      '（三）对符合条件的数据服务企业给予资金扶持。',
    ]);
    expect(r.clauses[3]?.data.industries).toEqual(['人工智能']);
  });
  it('puts articles without chapters directly under the title', () => {
    const r = shape('articles-only');
    expect(r.policy.divisions).toEqual([]);
    expect(outline(r).map((x) => x[3])).toEqual([null, null, null, null, null, null]);
    expect(r.policy.preamble).toBe('2015年6月5日 示例省第十二届人民代表大会常务委员会第二十次会议通过');
  });
  it('holds the articles before 第二章 in a chapter 1 the source lacks', () => {
    const r = shape('missing-first-chapter');
    expect(r.policy.divisions[0]).toEqual({
      id: '1',
      kind: 'chapter',
      numeral: '一',
      title: null,
      intro: '',
      inSource: false,
    });
    expect(r.policy.divisions.map((d) => d.title)).toEqual([null, '财税支持', '附则']);
    expect(outline(r).map((x) => x[3])).toEqual(['1', '1', '2', '2', '3']);
  });
  it('reads headings with no, wide or ideographic spacing, and sections inside chapters', () => {
    const r = shape('irregular-spacing');
    expect(r.policy.divisions.map((d) => [d.id, d.kind, d.numeral, d.title])).toEqual([
      ['1', 'chapter', '一', '总则'],
      ['2', 'chapter', '二', '市场环境'],
      ['2.1', 'section', '一', '公平竞争'],
      ['2.2', 'section', '二', '要素保障'],
      ['3', 'chapter', '三', '行政行为规范'],
      ['4', 'chapter', '四', '附则'],
    ]);
    expect(outline(r).map((x) => x[3])).toEqual(['1', '2.1', '2.2', '3', '4']);
  });
  it('numbers past 99 articles: 第一百零三条, files 103-clause.md', () => {
    const articles = Array.from(
      { length: 120 },
      (_, i) => `第${toChineseNumeral(i + 1)}条 本条为第${String(i + 1)}条。`,
    );
    const r = ingest(
      ['示例省长条例', '', '第一章 总则', ...articles.slice(0, 100), '第二章 附则', ...articles.slice(100)].join('\n'),
      'sample-long',
    );
    expect(r.clauses).toHaveLength(120);
    expect(r.clauses[102]?.file).toBe('content/clauses/sample-long/103-clause.md');
    expect(r.clauses[102]?.data.numeral).toBe('一百零三');
    expect(r.clauses[8]?.file).toBe('content/clauses/sample-long/09-clause.md');
    expect(r.clauses[119]?.data.division).toBe('2');
  });
});

describe('the policy record of a regulation, from its passage lines', () => {
  const r = shape('passage-lines');
  it('keeps the lines in the preamble and reads passed, approved, published, amended and in force', () => {
    const p = r.policy;
    expect(p.preamble.split('\n\n')).toHaveLength(5);
    expect(p.kind).toBe('地方性法规');
    expect(p.issuers).toEqual(['示例市人民代表大会常务委员会']);
    expect(p.passed).toEqual({ date: '2018-10-26', by: '示例市第十四届人民代表大会常务委员会第十次会议' });
    expect(p.approved).toEqual({ date: '2018-12-20', by: '示例省第十三届人民代表大会常务委员会第七次会议' });
    expect([p.docNumber, p.issuedOn]).toEqual(['示例市第十四届人民代表大会常务委员会公告第12号', '2018-12-28']);
    expect(p.amendments).toEqual([
      {
        date: '2021-05-28',
        by: '示例市第十五届人民代表大会常务委员会第三次会议《关于修改〈示例市电子商务促进条例〉的决定》',
      },
    ]);
    expect(p.effectiveFrom).toEqual({ rule: '自2019年3月1日起施行', date: '2019-03-01' });
    expect(p.expiresOn).toBeNull();
  });
  it('leaves unstated facts unknown', () => {
    const p = shape('articles-only').policy;
    expect([p.docNumber, p.issuedOn, p.approved, p.amendments]).toEqual(['unknown', 'unknown', null, []]);
    expect(p.issuers).toEqual(['示例省人民代表大会常务委员会']);
    const plain = shape('chapters-captions').policy;
    expect([plain.issuers, plain.passed, plain.effectiveFrom.date]).toEqual([['unknown'], null, '2024-03-01']);
  });
});

describe('policies numbered 一、 → （一） or 1.', () => {
  it('takes a 印发 notice as the cover, with its 文号 and date', () => {
    const r = shape('notice-attachment');
    const p = r.policy;
    expect(p.cover?.title).toBe('示例市人民政府办公厅关于印发示例市促进软件产业发展若干意见的通知');
    expect(p.cover?.text.split('\n\n')).toEqual([
      '示政办发〔2023〕8号',
      '各区、县（市）人民政府，市政府各部门：',
      '《示例市促进软件产业发展若干意见》已经市政府同意，现印发给你们，请认真贯彻执行。',
      '示例市人民政府办公厅',
      '2023年5月10日',
      '附件',
    ]);
    expect([p.title, p.docNumber, p.issuedOn, p.issuers, p.kind]).toEqual([
      '示例市促进软件产业发展若干意见',
      '示政办发〔2023〕8号',
      '2023-05-10',
      ['示例市人民政府办公厅'],
      '规范性文件',
    ]);
    expect(outline(r)).toEqual([
      [1, '一', '培育骨干企业', '1'],
      [2, '二', '支持集成电路设计', '1'],
      [3, '三', '加强组织领导', '2'],
    ]);
    expect(p.expiresOn).toBe('2025-12-31');
  });
  it('numbers 1. items through the policy, with and without titles', () => {
    const r = shape('items-continuous');
    expect(r.policy.provisionStyle).toBe('item');
    expect(outline(r)).toEqual([
      [1, '1', '鼓励企业扩大规模', '1'],
      [2, '2', '支持品牌建设', '1'],
      [3, '3', '支持技术改造', '2'],
      [4, '4', null, '2'],
    ]);
    expect(r.clauses[0]?.data.awards.map((a) => a.amount)).toEqual([{ type: 'fixed', yuan: 500_000 }]);
  });
  it('numbers 1. items afresh in each part, keeping the numeral as written', () => {
    expect(outline(shape('items-per-section'))).toEqual([
      [1, '1', '支持企业上规模', '1'],
      [2, '2', '支持企业上市', '1'],
      [3, '1', '加强人才培养', '2'],
      [4, '2', '完善金融服务', '2'],
    ]);
  });
  it('keeps 专栏 boxes as the text of the part intro or the provision before them', () => {
    const r = shape('zhuanlan');
    expect(r.policy.divisions[0]?.intro).toBe('专栏1 未来工厂建设目标\n\n到2025年，全市建成未来工厂10家。');
    // Stored escaped (1\. would read as a Markdown list); the page shows the text itself.
    expect(bodyText(r.clauses[0]?.body ?? '')).toBe(
      '支持企业实施数字化改造，对改造项目给予不超过投资额10%的补助。\n\n专栏2 重点培育行业\n\n1.汽车零部件\n\n2.高端装备\n\n3.生物医药',
    );
    expect(outline(r)).toEqual([
      [1, '1', '推进数字化改造', '1'],
      [2, '2', '培育服务商', '1'],
      [3, '3', '加强组织领导', '2'],
    ]);
  });
  it('joins a title wrapped over two lines', () => {
    const r = shape('two-line-title');
    expect(r.policy.title).toBe('示例市人民政府关于加快推进数字贸易高质量发展的若干意见');
    expect(r.policy.source.excluded).toEqual([]);
    expect(r.policy.divisions.map((d) => [d.title, d.intro])).toEqual([
      ['发展目标', '到2026年，全市数字贸易额达到500亿元。'],
      ['政策措施', ''],
    ]);
  });
});
