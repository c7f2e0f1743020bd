import { describe, expect, it } from 'vitest';
import { ingest } from '../fixtures/ingest/support';

/** A short regulation under a title. */
const law = (title: string, body = '第一条 为了测试，制定本法。\n\n第二条 本法自2024年1月1日起施行。') =>
  `${title}\n\n${body}`;

describe('titles are recognised as they are written', () => {
  it.each([
    '中华人民共和国中小企业促进法',
    '浙江省实施《中华人民共和国慈善法》办法',
    '浙江省实施〈中华人民共和国反恐怖主义法〉办法',
    '杭州市城市市容和环境卫生管理条例（2017年修订）',
    '杭州市制造业数字化改造行动计划（2018—2020年）',
    '浙江省县、乡两级人民代表大会代表选举实施细则',
    '㐀㐁地方测试条例',
    '𠀀𠀁地方测试规定',
    '〇〇市测试办法',
    '全国人民代表大会常务委员会关于修改《中华人民共和国测试法》的决定',
  ])('%s', (title) => {
    expect(ingest(law(title), 'sample-title').policy.title).toBe(title);
  });
  it('reads 第　二　条 with ideographic spaces inside the numeral as 第二条', () => {
    const r = ingest(law('示例省测试条例', '第一条 甲。\n\n第　二　条 乙。\n\n第三条 丙。'), 'sample-spaces');
    expect(r.clauses.map((c) => c.data.numeral)).toEqual(['一', '二', '三']);
    expect(r.policy.defects).toEqual([]);
  });
});
