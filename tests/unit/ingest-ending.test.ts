import { describe, expect, it } from 'vitest';
import { ingest } from '../fixtures/ingest/support';

describe('a regulation whose text stops short is flagged, never completed', () => {
  it('chapters that end before 附则, with no article on its effect (浙江省消防条例 stops in 第三章)', () => {
    const raw =
      '浙江省测试条例\n\n2021年9月29日 浙江省第十三届人民代表大会常务委员会第三十二次会议通过\n\n第一章 总则\n\n第一条 为了测试，制定本条例。\n\n第二章 火灾预防\n\n第二条 各级人民政府应当将消防规划纳入国土空间规划。';
    const p = ingest(raw, 'sample-cut').policy;
    expect(p.defects).toEqual([
      {
        kind: 'no-ending',
        place: '第二条',
        line: 11,
        note: '原文止于第二条，没有附则，也没有写明施行日期的条款：收录的文本可能不完整，请以官方公布的文本为准',
        provision: 2,
        division: null,
      },
    ]);
  });

  it('an undivided regulation with no article on its effect', () => {
    const raw =
      '杭州市测试条例\n\n2020年12月9日 杭州市第十三届人民代表大会常务委员会第三十一次会议通过\n\n第一条 为了测试，制定本条例。\n\n第二条 本条例所称城市大脑，是指测试。';
    expect(ingest(raw, 'sample-cut-undivided').policy.defects.map((d) => d.note)).toEqual([
      '原文止于第二条，没有写明施行日期的条款：收录的文本可能不完整，请以官方公布的文本为准',
    ]);
  });

  it('is silent on a whole text: one that ends with 附则, or with its date of effect', () => {
    const withAnnex =
      '浙江省测试条例\n\n2021年9月29日 浙江省第十三届人民代表大会常务委员会第三十二次会议通过\n\n第一章 总则\n\n第一条 为了测试，制定本条例。\n\n第二章 附则\n\n第二条 省人民政府可以制定实施办法。';
    const withEffect =
      '浙江省测试条例\n\n2021年9月29日 浙江省第十三届人民代表大会常务委员会第三十二次会议通过\n\n第一条 为了测试，制定本条例。\n\n第二条 本条例自2022年1月1日起施行。';
    expect(ingest(withAnnex, 'sample-annex').policy.defects).toEqual([]);
    expect(ingest(withEffect, 'sample-effect').policy.defects).toEqual([]);
  });
});

describe('a regulation whose article numbers do not start at 第一条 is flagged, never renumbered', () => {
  it('the first articles unnumbered among the passage lines (浙江省无人驾驶航空器公共安全管理规定 starts at 第五条)', () => {
    const raw =
      '浙江省测试规定\n\n2019年3月28日 浙江省第十三届人民代表大会常务委员会第十一次会议通过\n\n为了测试，制定本规定。\n\n在本省行政区域内的测试活动，适用本规定。\n\n第三条 县级以上人民政府应当加强领导。\n\n第四条 本规定自2019年7月1日起施行。';
    const p = ingest(raw, 'sample-start').policy;
    expect(p.defects).toEqual([
      {
        kind: 'missing-start',
        place: '第三条',
        line: 9,
        note: '原文的条号从第三条起，没有第一条至第二条：收录的文本可能缺了这些条文或它们的条号，请以官方公布的文本为准',
        provision: 1,
        division: null,
      },
    ]);
    // The unnumbered lines are kept where the text puts them.
    expect(p.preamble).toContain('为了测试，制定本规定。');
  });

  it('is silent on a text that starts at 第一条', () => {
    const raw =
      '浙江省测试规定\n\n2019年3月28日 浙江省第十三届人民代表大会常务委员会第十一次会议通过\n\n第一条 为了测试，制定本规定。\n\n第二条 本规定自2019年7月1日起施行。';
    expect(ingest(raw, 'sample-start-whole').policy.defects).toEqual([]);
  });
});
