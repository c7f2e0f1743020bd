import { describe, expect, it } from 'vitest';
import { ingest } from '../fixtures/ingest/support';

/** The awards, ladders and award notes of the one clause of a small policy around `body`. */
function read(body: string) {
  const raw = `示例市人民政府关于测试的若干意见为测试,现提出如下意见。一、加强测试保障,提升测试水平坚持测试先行。(一)测试条款。${body}本意见自印发之日起施行。`;
  const result = ingest(raw, 'sample-test');
  const data = result.clauses[0]?.data;
  if (!data) throw new Error('the wrapper policy has no clause');
  return { awards: data.awards, ladders: data.ladders, notes: result.unclassified.map((u) => u.text) };
}

/** Asserts that a body gives no award and one note that starts with `reason`. */
function leftOut(body: string, reason: string): void {
  const { awards, notes } = read(body);
  expect(awards).toEqual([]);
  expect(notes).toHaveLength(1);
  expect(notes[0]).toContain(`award left out, ${reason}`);
}

describe('amounts read as the text states them, or left out with a note', () => {
  it('reads rates written in words as rates, with their cap', () => {
    expect(read('对企业技术改造投资,按照百分之三十的比例给予资助,最高100万元。').awards.map((a) => a.amount)).toEqual([
      { type: 'rate', rate: 0.3, base: '企业技术改造投资', capYuan: 1_000_000 },
    ]);
    expect(read('对企业,按年销售收入不超过千分之五、最高五十万元给予奖励。').awards.map((a) => a.amount)).toEqual([
      { type: 'rate', rate: 0.005, base: '年销售收入', capYuan: 500_000 },
    ]);
    expect(read('对企业,按研发费用的百分之十五点五给予补助。').awards.map((a) => a.amount)).toEqual([
      { type: 'rate', rate: 0.155, base: '研发费用' },
    ]);
  });
  it('never writes a range as fixed awards', () => {
    leftOut('对企业给予10万—50万元奖励。', 'the amount is a range or a floor (10万—50万元)');
    leftOut('对企业给予200-300万元奖励。', 'the amount is a range or a floor (200-300万元)');
    leftOut('对企业给予2万至5万元奖励。', 'the amount is a range or a floor (2万至5万元)');
    leftOut('对企业给予最高不超过200万元、最低不少于50万元的奖励。', 'the amount is a range or a floor');
    leftOut('对企业,按投入的10%—20%给予补助。', 'the amount is a range or a floor (10%—20%)');
  });
  it('writes a ceiling alone as a ceiling (upTo), never as a fixed award', () => {
    expect(read('对企业给予最高100万元奖励。').awards.map((a) => a.amount)).toEqual([
      { type: 'upTo', maxYuan: 1_000_000 },
    ]);
    expect(read('对企业给予不超过30万元的一次性奖励。').awards.map((a) => a.amount)).toEqual([
      { type: 'upTo', maxYuan: 300_000 },
    ]);
    // 最高 before a list makes each member a ceiling; the list is paired with its levels.
    expect(
      read('对首次认定的国家级、省级企业，分别给予最高100万元、20万元奖励。').awards.map((a) => [a.level, a.amount]),
    ).toEqual([
      ['国家级', { type: 'upTo', maxYuan: 1_000_000 }],
      ['省级', { type: 'upTo', maxYuan: 200_000 }],
    ]);
    // A ceiling with a floor is a range: left out.
    leftOut('对企业给予最高不超过200万元、最低不少于50万元的奖励。', 'the amount is a range or a floor');
  });
  it('names the recipient without a modal word, and 市场 is no level', () => {
    expect(read('对主动设计方式组织的重大项目可给予最高1000万元补助。').awards.map((a) => a.recipient)).toEqual([
      '重大项目',
    ]);
    expect(
      read('对争取到国家金融管理部门批准创新市场试点的市场运营机构，给予最高1000万元的一次性奖励。').awards.map((a) => [
        a.recipient,
        a.amount,
      ]),
    ).toEqual([['市场运营机构', { type: 'upTo', maxYuan: 10_000_000 }]]);
  });
  it('never reads a fine or a budget as an award, with or without 最高', () => {
    expect(read('对违反规定的企业，给予警告，并处最高10万元罚款。').awards).toEqual([]);
    expect(read('市财政每年安排专项资金2亿元，用于支持企业发展。').awards).toEqual([]);
  });
  it('never writes a sum per period or per unit as a one-off award', () => {
    leftOut('对引进人才给予3000元/月的生活补贴。', 'the amount is a sum per period (3000元/月)');
    leftOut('对引进人才给予每人每月500元补贴。', 'the amount is a sum per period (每人每月)');
    leftOut('对引进人才每年给予5万元补贴。', 'the amount is a sum per period (每年)');
    leftOut('对企业给予每平方米100元补贴。', 'the amount is a sum per unit or per head (每平方米)');
  });
  it('names a foreign currency, never reads it as yuan and never drops it silently', () => {
    leftOut('对企业给予200万美元奖励。', 'the amount is a sum in a foreign currency (200万美元)');
    leftOut('对企业给予100万港元奖励。', 'the amount is a sum in a foreign currency (100万港元)');
    leftOut('对企业给予50万欧元奖励。', 'the amount is a sum in a foreign currency (50万欧元)');
    expect(read('对境外融资超过1000万美元的企业给予50万元奖励。').awards.map((a) => a.amount)).toEqual([
      { type: 'fixed', yuan: 500_000 },
    ]);
  });
  it('never takes a rate without a base, or a change by a rate, for a share', () => {
    leftOut('对企业给予50万元奖励,次年再给予50%。', 'the amount is a rate whose base the text does not name (50%)');
    leftOut('对获评的企业,按照百分之三十的比例给予资助。', 'the amount is a rate whose base the text does not name');
    leftOut('对企业,按照补偿标准提高百分之十给予补偿。', 'the amount is a change by a rate (提高百分之十)');
  });
  it('keeps fines out of the awards and reports their sums', () => {
    const { awards, notes } = read('由公安机关给予警告,可以并处二百元以下罚款。');
    expect(awards).toEqual([]);
    expect(notes).toEqual(['amount not attached to an award: 由公安机关给予警告，可以并处二百元以下罚款。']);
  });
});

describe('ladders', () => {
  it('rank by level, and are left out when a higher level pays less', () => {
    const ok = read('对获评省级、国家级绿色工厂的,分别给予100万元、200万元资助(进档的予以补差)。');
    expect(ok.awards.map((a) => [a.level, a.ladder?.rank])).toEqual([
      ['省级', 1],
      ['国家级', 2],
    ]);
    expect(ok.ladders.map((l) => [l.stepUp, l.quote])).toEqual([[true, '进档的予以补差']]);
    leftOut(
      '对获评国家级、省级绿色工厂的,分别给予100万元、200万元资助。',
      "the ladder's 省级 rung pays more than the higher 国家级 rung (200万元 > 100万元)",
    );
  });
  it('step up only when the text says 进档 or 补差', () => {
    expect(read('对获评国家级、省级绿色工厂的,分别给予200万元、100万元资助。').ladders.map((l) => l.stepUp)).toEqual([
      false,
    ]);
    expect(
      read('对获评国家级、省级绿色工厂的,分别给予200万元、100万元资助,晋级的按差额补差。').ladders.map((l) => l.quote),
    ).toEqual(['晋级的按差额补差']);
  });
});
