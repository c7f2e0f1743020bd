import { describe, expect, it } from 'vitest';
import { targetFinder } from '../../src/lib/ingest/targets';
import { clauseOf, project } from '../fixtures/ingest/support';

/** The targets of a sentence, with the project's support types. */
const findTargets = targetFinder(project.vocabularies.supportTypes);

/** The targets of a sentence as (what, text, value, unit, deadline). */
const targets = (s: string) => findTargets(s).map((t) => [t.what, t.text, t.value, t.unit, t.deadline]);

describe('the targets plugin', () => {
  it('reads figures that end a phrase, with the sentence’s deadline', () => {
    expect(
      targets('通过3—5年努力，全市制造业中战略性新兴产业占比达50%以上，形成万亿级产业集群1个，千亿级主导产业集群5个。'),
    ).toEqual([
      ['全市制造业中战略性新兴产业占比', '50%以上', 50, '%', '通过3—5年努力'],
      ['万亿级产业集群', '1个', 1, '个', '通过3—5年努力'],
      ['千亿级主导产业集群', '5个', 5, '个', '通过3—5年努力'],
    ]);
    expect(targets('到2020年，全市高新技术企业累计达到5688家。')).toEqual([
      ['全市高新技术企业累计', '5688家', 5688, '家', '到2020年'],
    ]);
  });
  it('reads goals without a deadline when the sentence commits to them (确保, 不低于)', () => {
    expect(targets('确保全市工业用地总规模保持在300平方公里，出让比例不低于30%。')).toEqual([
      ['全市工业用地总规模', '300平方公里', 300, '平方公里', null],
      ['出让比例', '不低于30%', 30, '%', null],
    ]);
  });
  it('reads yes-or-no goals (全覆盖, 零突破)', () => {
    expect(targets('通过3—5年努力，实现规模以上工业企业数字化改造全覆盖。')).toEqual([
      ['规模以上工业企业数字化改造', '全覆盖', null, null, '通过3—5年努力'],
    ]);
  });
  it('skips counts inside a phrase, facts without a goal, and figures in award sentences', () => {
    expect(targets('通过3—5年努力，纺织、化工等4个千亿级产业的发展质效得到全面提升。')).toEqual([]);
    expect(targets('构建以1个万亿级产业为支撑的产业体系，建成平台10个。')).toEqual([]);
    expect(targets('对营业收入首次达到100亿元的（占比不低于50%），给予200万元的奖励。')).toEqual([]);
  });
  it('puts ids on the targets of a clause', () => {
    expect(clauseOf('到2020年，全市新增境内外上市企业70家。').targets.map((t) => [t.id, t.quote])).toEqual([
      ['sample-test-c01-target-1', '到2020年，全市新增境内外上市企业70家'],
    ]);
  });
});
