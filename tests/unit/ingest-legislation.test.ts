import { describe, expect, it } from 'vitest';
import { enactingBody, publishersOf, readPassage } from '../../src/lib/ingest/passage';
import { ofPlace } from '../../src/lib/ingest/policy-record';
import { ingest } from '../fixtures/ingest/support';
import { readLawRefBook } from '../../src/lib/ingest/formats/lawrefbook';

describe('passage lines as the collection writes them, one event per line', () => {
  it('reads passing, amendments and revisions with their bodies', () => {
    const p = readPassage(
      [
        '1985年1月21日 第六届全国人民代表大会常务委员会第九次会议通过',
        '1993年12月29日 第八届全国人民代表大会常务委员会第五次会议《关于修改<中华人民共和国会计法>的决定》第一次修正',
        '1999年10月31日 第九届全国人民代表大会常务委员会第十二次会议修订',
      ].join('\n\n'),
    );
    expect(p.passed).toEqual({ date: '1985-01-21', by: '第六届全国人民代表大会常务委员会第九次会议' });
    expect(p.amendments.map((a) => a.date)).toEqual(['1993-12-29', '1999-10-31']);
    expect(p.amendments[0]?.by).toBe(
      '第八届全国人民代表大会常务委员会第五次会议《关于修改<中华人民共和国会计法>的决定》',
    );
  });

  it("reads a city's amendment by the province's approval of its decision (杭州市水上交通管理条例)", () => {
    const p = readPassage(
      [
        '1998年8月22日 杭州市第九届人民代表大会常务委员会第十三次会议通过',
        '1998年10月24日 浙江省第九届人民代表大会常务委员会第八次会议批准',
        '2008年4月22日 杭州市第十一届人民代表大会常务委员会第八次会议通过',
        '2008年8月1日 浙江省第十一届人民代表大会常务委员会第五次会议批准的《杭州市人民代表大会常务委员会关于修改〈杭州市水上交通管理条例〉的决定》修正',
      ].join('\n\n'),
    );
    expect(p.passed?.date).toBe('1998-08-22');
    expect(p.approved?.date).toBe('1998-10-24');
    expect(p.amendments.map((a) => a.date)).toEqual(['2008-08-01']);
    expect(p.amendments[0]?.by).toContain('《杭州市人民代表大会常务委员会关于修改〈杭州市水上交通管理条例〉的决定》');
  });

  it('never reads a 修订通过 as the passing, nor spans two events of one line', () => {
    const p = readPassage('1988年1月16日 国务院公布\n\n2008年11月19日 国务院第36次常务会议修订通过');
    expect(p.passed).toBeNull();
    expect(p.issuedBy).toEqual({ date: '1988-01-16', by: '国务院' });
    expect(p.amendments).toEqual([{ date: '2008-11-19', by: '国务院第36次常务会议' }]);
    const inline = readPassage(
      '2015年9月25日浙江省第十二届人民代表大会常务委员会第二十三次会议通过 根据2020年11月27日浙江省第十三届人民代表大会常务委员会第二十五次会议《关于修改〈浙江省专利条例〉的决定》修正',
    );
    expect(inline.passed?.date).toBe('2015-09-25');
    expect(inline.amendments.map((a) => a.date)).toEqual(['2020-11-27']);
  });

  it('names the publishers an order names, joint orders too', () => {
    expect(publishersOf('中华人民共和国国务院令第306号')).toEqual(['国务院']);
    expect(publishersOf('中华人民共和国国务院、中华人民共和国中央军事委员会令第128号')).toEqual([
      '国务院',
      '中央军事委员会',
    ]);
    expect(publishersOf('第306号')).toEqual([]);
  });

  it('names a city congress by its place when its passage abbreviates it', () => {
    expect(enactingBody('市十二届人大常委会第二十一次会议')).toBe('市人大常委会');
    expect(enactingBody('国务院第176次常务会议')).toBe('国务院');
    expect(ofPlace('市人大常委会', '杭州市民用建筑节能条例')).toBe('杭州市人大常委会');
    expect(ofPlace('市人大常委会', '杭州城市大脑赋能城市治理促进条例')).toBe('市人大常委会');
    expect(ofPlace('浙江省人民代表大会常务委员会', '浙江省专利条例')).toBe('浙江省人民代表大会常务委员会');
  });
});

/** A collection file, read as the ingest reads it. */
function collectionLaw(body: string, passage = '2016年3月16日 第十二届全国人民代表大会第四次会议通过'): string {
  return readLawRefBook(`# 中华人民共和国示例法\n\n${passage}\n\n<!-- INFO END -->\n\n${body}`).text;
}

describe('laws of the collection', () => {
  it('keep the passage lines when the text repeats its title after them', () => {
    const result = ingest(
      collectionLaw('中华人民共和国示例法\n\n第一条 为了规范示例，制定本法。\n\n第二条 本法自公布之日起施行。'),
      'cn-shili-fa',
    );
    expect(result.policy.title).toBe('中华人民共和国示例法');
    expect(result.policy.kind).toBe('法律');
    expect(result.policy.issuers).toEqual(['全国人民代表大会']);
    expect(result.policy.passed?.date).toBe('2016-03-16');
  });

  it('keep an award only where the text states its money, and report the others', () => {
    const result = ingest(
      collectionLaw(
        [
          '第一条 对在示例工作中做出显著成绩的单位和个人，按照国家有关规定给予表彰和奖励。',
          '第二条 用人单位解除劳动合同的，应当依照国家有关规定给予经济补偿。',
          '第三条 违反本法规定的，处五万元以上二十万元以下的罚款。',
          '第四条 参保人员退休当年计发的月基本养老金低于当地上一年度月平均基本养老金百分之六十的，由社会保险经办机构按照当地上一年度月平均基本养老金的百分之六十予以补足。',
          '第五条 本法自2017年1月1日起施行。',
        ].join('\n\n'),
      ),
      'cn-shili-fa',
    );
    expect(result.clauses.flatMap((c) => c.data.awards)).toEqual([]);
    expect(result.unclassified.filter((u) => u.text.startsWith('award left out')).map((u) => u.clause)).toEqual([
      1, 2, 4,
    ]);
  });

  it('read 分编 as divisions between 编 and 章, their chapters numbered on across them', () => {
    const body = [
      '第一编 合同',
      '第一分编 通则',
      '第一章 一般规定',
      '第一条 本编调整因合同产生的民事关系。',
      '第二章 合同的订立',
      '第二条 当事人订立合同，可以采用书面形式、口头形式或者其他形式。',
      '第二分编 典型合同',
      '第三章 买卖合同',
      '第三条 买卖合同是出卖人转移标的物的所有权于买受人，买受人支付价款的合同。',
      '第四条 本法自2021年1月1日起施行。',
    ].join('\n\n');
    const result = ingest(collectionLaw(body, '2020年5月28日 第十三届全国人民代表大会第三次会议通过'), 'cn-shili-fa');
    const divisions = result.policy.divisions.map((d) => `${d.id} ${d.kind} ${d.numeral}`);
    expect(divisions).toEqual([
      '1 book 一',
      '1.1 subbook 一',
      '1.1.1 chapter 一',
      '1.1.2 chapter 二',
      '1.2 subbook 二',
      '1.2.1 chapter 三',
    ]);
    expect(result.policy.defects).toEqual([]);
    // No heading is glued to the article before it.
    expect(result.clauses.map((c) => c.body).join('\n')).not.toMatch(/分编|第三章/u);
  });
});

describe('what legislation leaves out and what it dates', () => {
  it('tags no industry, and says so', () => {
    const result = ingest(
      collectionLaw(
        '第一条 县级以上人民政府农业机械化主管部门负责本行政区域内的农业机械安全监督管理工作。\n\n第二条 本法自2017年1月1日起施行。',
      ),
      'cn-shili-fa',
    );
    expect(result.clauses.flatMap((c) => c.data.industries)).toEqual([]);
  });

  it('dates 自公布之日起施行 by the publication its passage states', () => {
    const result = ingest(
      collectionLaw(
        '第一条 为了规范示例，制定本条例。\n\n第二条 本条例自公布之日起施行。',
        '2004年11月30日 中华人民共和国国务院令第426号公布',
      ),
      'cn-shili-tiaoli',
    );
    expect(result.policy.effectiveFrom).toEqual({ rule: '自公布之日起施行', date: '2004-11-30' });
  });
});
