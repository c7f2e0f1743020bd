import { describe, expect, it } from 'vitest';
import { rateBase } from '../../src/lib/ingest/provision';
import { clauseOf } from '../fixtures/ingest/support';

/** The awards of a clause as (condition, level, kind, amount). */
const awards = (body: string) => clauseOf(body).awards.map((a) => [a.condition, a.level, a.kind, a.amount]);

describe('the awards plugin', () => {
  it('pairs 分别给予 sums with a list of levels, as a ladder', () => {
    const c = clauseOf('对获评国家级、省级绿色工厂的,分别给予200万元、100万元资助(进档的予以补差)。');
    expect(c.awards.map((a) => [a.condition, a.level, a.kind, a.amount, a.ladder])).toEqual([
      [
        '获评国家级绿色工厂',
        '国家级',
        '资助',
        { type: 'fixed', yuan: 2_000_000 },
        { id: 'sample-test-c01-ladder-1', rank: 2 },
      ],
      [
        '获评省级绿色工厂',
        '省级',
        '资助',
        { type: 'fixed', yuan: 1_000_000 },
        { id: 'sample-test-c01-ladder-1', rank: 1 },
      ],
    ]);
    expect(c.ladders).toEqual([
      { id: 'sample-test-c01-ladder-1', name: '符合条件的单位认定', stepUp: true, quote: '进档的予以补差' },
    ]);
    expect(c.awards[0]?.quote).toBe('对获评国家级、省级绿色工厂的，分别给予200万元、100万元资助（进档的予以补差）');
  });
  it('pairs sums with items, and with thresholds, which are conditions and not awards', () => {
    expect(
      awards('对国家级“单项冠军”企业、省级“隐形冠军”企业分别给予200万元、100万元的奖励。').map((a) => a.slice(0, 2)),
    ).toEqual([
      ['国家级“单项冠军”企业', '国家级'],
      ['省级“隐形冠军”企业', '省级'],
    ]);
    expect(awards('对营业收入首次达到100亿元、50亿元的,分别给予400万元和200万元的奖励。')).toEqual([
      ['营业收入首次达到100亿元', null, '奖励', { type: 'fixed', yuan: 4_000_000 }],
      ['营业收入首次达到50亿元', null, '奖励', { type: 'fixed', yuan: 2_000_000 }],
    ]);
  });
  it('reads a rate with a cap, and a rate alone', () => {
    expect(awards('对实施市级重大专项的,按项目投入额给予不超过15%、最高300万元的资助。')[0]?.[3]).toEqual({
      type: 'rate',
      rate: 0.15,
      base: '项目投入额',
      capYuan: 3_000_000,
    });
    expect(awards('对中介机构,按其技术转让合同实际成交额的1%给予最高100万元的资助。')[0]?.[3]).toEqual({
      type: 'rate',
      rate: 0.01,
      base: '技术转让合同实际成交额',
      capYuan: 1_000_000,
    });
    expect(awards('对各区淘汰落后产能项目,市财政按照不超过实际支付补偿资金的30%给予一次性补助。')[0]?.slice(2)).toEqual(
      ['补助', { type: 'rate', rate: 0.3, base: '实际支付补偿资金' }],
    );
    expect(rateBase('按其服务合同给予实际成交额的1%', 13, '1%')).toBe('实际成交额');
  });
  it('splits 同比例资助 by level', () => {
    expect(awards('对经认定的国家级、省级基础性平台,按照国家或省资助额度给予同比例资助。')).toEqual([
      ['经认定的国家级基础性平台', '国家级', '资助', { type: 'matching', base: '国家或省资助额度' }],
      ['经认定的省级基础性平台', '省级', '资助', { type: 'matching', base: '国家或省资助额度' }],
    ]);
  });
  it('points support by reference to the cited document, split by level when the items have levels', () => {
    const c = clauseOf('对列入国家重点研发计划、省重大科技专项的,按我市科技项目扶持资金管理办法相关标准给予支持。');
    expect(c.awards.map((a) => [a.level, a.kind, a.amount.type])).toEqual([
      ['国家级', '政策支持', 'byReference'],
      ['省级', '政策支持', 'byReference'],
    ]);
    expect(c.awards[0]?.amount).toEqual({ type: 'byReference', ref: c.citations[0]?.ref });
  });
  it('records support without an amount, with the text’s reason', () => {
    expect(
      awards('对获得质量奖的给予专项资助;对主导制定标准的给予专项奖励,具体政策另行制定。').map((a) => a.slice(2)),
    ).toEqual([
      ['专项资助', { type: 'unspecified', note: '具体政策另行制定' }],
      ['专项奖励', { type: 'unspecified', note: '具体政策另行制定' }],
    ]);
    expect(awards('定期对突出贡献企业进行通报表扬。')[0]?.slice(2)).toEqual([
      '通报表扬',
      { type: 'unspecified', note: '通报表扬' },
    ]);
    expect(clauseOf('对获得质量奖的给予专项资助;对主导制定标准的给予专项奖励,具体政策另行制定。').notes).toEqual([
      { text: '具体政策另行制定', quote: '对获得质量奖的给予专项资助；对主导制定标准的给予专项奖励，具体政策另行制定' },
    ]);
    expect(awards('对获得国家、省、市政府质量奖,中国工业大奖(企业)等奖项的给予专项资助。')[0]?.slice(0, 2)).toEqual([
      '获得国家、省、市政府质量奖，中国工业大奖（企业）等奖项',
      null,
    ]);
  });
  it('leaves budgets to the budgets plugin and reports an amount it cannot attach', () => {
    const c = clauseOf('市本级财政每年安排2000万元用于推进历史经典产业发展。');
    expect(c.awards).toEqual([]);
    expect(c.budgets.map((b) => [b.kind, b.amountYuan, b.period, b.payer, b.what])).toEqual([
      ['budget', 20_000_000, '每年', '市本级财政', '推进历史经典产业发展'],
    ]);
    expect(
      clauseOf('建立规模为100亿元的稳健发展基金,逐步将产业基金规模扩大至30亿元。').budgets.map((b) => [
        b.what,
        b.amountYuan,
      ]),
    ).toEqual([
      ['稳健发展基金', 10_000_000_000],
      ['产业基金', 3_000_000_000],
    ]);
  });
});
