import { describe, expect, it } from 'vitest';
import { buildCatalog, calculate, formatError } from '../../src/lib/eligibility/index';
import { getKnowledgeBase } from '../../src/lib/kb/index';

const catalog = buildCatalog(getKnowledgeBase());

/** The errors of a profile as a reader sees them, and the awards still computed. */
function check(profile: unknown) {
  const { result, errors } = calculate(profile, catalog);
  return {
    errors: errors.map(formatError),
    computed: [...result.items.map((i) => i.award), ...result.notComputed.map((n) => n.award)],
  };
}

/** One bad claim followed by a good one: the bad one's error, and only the good one computed. */
function oneBad(claim: unknown): string {
  const { errors, computed } = check({ claims: [claim, { award: 'green-park-national' }] });
  expect(computed).toEqual(['green-park-national']);
  expect(errors).toHaveLength(1);
  return errors[0] ?? '';
}

describe('eligibility: profile errors name the claim, say what to do, and compute nothing from it', () => {
  it('an unknown award id, with close ids suggested', () => {
    expect(oneBad({ award: 'green-factry' })).toBe(
      'claims[0]（award "green-factry"）：没有这个奖励 id。是否想填 "green-factory-national"、"green-factory-provincial"？全部奖励 id 见 /calculator/ 页面或 npm run calc -- --list',
    );
  });

  it('an id with nothing close', () => {
    expect(oneBad({ award: 'zzzz' })).toBe(
      'claims[0]（award "zzzz"）：没有这个奖励 id。全部奖励 id 见 /calculator/ 页面或 npm run calc -- --list',
    );
  });

  it('a budget claimed as an award', () => {
    expect(oneBad({ award: 'historic-classic-industries' })).toBe(
      'claims[0]（award "historic-classic-industries"）："historic-classic-industries" 是杭州市推动制造业高质量发展的若干意见第（十二）条的财政预算或资金（推进历史经典产业的保护、传承与发展），不是给企业的奖励，不能申报，也从不计入合计。请删去这一项',
    );
  });

  it('a negative base', () => {
    expect(oneBad({ award: 'major-sci-tech-project-municipal', baseYuan: -5 })).toBe(
      'claims[0]（award "major-sci-tech-project-municipal"）：baseYuan 应大于0；收到 -5。没有基数时请删去 baseYuan',
    );
  });

  it('a zero base', () => {
    expect(oneBad({ award: 'major-sci-tech-project-municipal', baseYuan: 0 })).toBe(
      'claims[0]（award "major-sci-tech-project-municipal"）：baseYuan 应大于0；收到 0。没有基数时请删去 baseYuan',
    );
  });

  it('a base that is not a number', () => {
    expect(oneBad({ award: 'major-sci-tech-project-municipal', baseYuan: '3000万' })).toBe(
      'claims[0]（award "major-sci-tech-project-municipal"）：baseYuan 应为数字（单位：元，例如 30000000 表示3000万元）；收到 "3000万"',
    );
  });

  it('a base that is not whole yuan', () => {
    expect(oneBad({ award: 'public-service-platform', baseYuan: 1.5 })).toBe(
      'claims[0]（award "public-service-platform"）：baseYuan 应为整数元（例如 30000000 表示3000万元）；收到 1.5',
    );
  });

  it('a base given for a fixed award (an error: the amount does not depend on it)', () => {
    expect(oneBad({ award: 'green-factory-national', baseYuan: 100 })).toBe(
      'claims[0]（award "green-factory-national"）："green-factory-national" 是定额奖励（200万元），不需要 baseYuan，请删去 baseYuan',
    );
  });

  it('a base given for an award another document sets', () => {
    expect(oneBad({ award: 'high-tech-enterprise', baseYuan: 100 })).toBe(
      'claims[0]（award "high-tech-enterprise"）："high-tech-enterprise" 的金额不按基数计算（按杭政办函〔2018〕64号相关政策），不需要 baseYuan，请删去 baseYuan',
    );
  });

  it('a previous award on a ladder whose text grants no difference', () => {
    expect(oneBad({ award: 'first-set-equipment-domestic', previousAward: 'first-set-equipment-in-province' })).toBe(
      'claims[0]（award "first-set-equipment-domestic"）：“重大技术装备首台（套）认定”的原文没有规定进档补差，已获得的较低档次不能抵扣，请删去 previousAward；同一荣誉只按最高一档计',
    );
  });

  it('a previous award that is not lower', () => {
    expect(oneBad({ award: 'kunpeng-revenue-500-yi', previousAward: 'kunpeng-revenue-1000-yi' })).toBe(
      'claims[0]（award "kunpeng-revenue-500-yi"）：previousAward "kunpeng-revenue-1000-yi"（1000亿元档）不低于 "kunpeng-revenue-500-yi"（500亿元档），请填写较低的一档',
    );
  });

  it('a previous award that is the award itself', () => {
    expect(oneBad({ award: 'green-factory-national', previousAward: 'green-factory-national' })).toBe(
      'claims[0]（award "green-factory-national"）：previousAward "green-factory-national"（国家级档）不低于 "green-factory-national"（国家级档），请填写较低的一档',
    );
  });

  it('a previous award of another ladder', () => {
    expect(oneBad({ award: 'kunpeng-revenue-200-yi', previousAward: 'green-factory-provincial' })).toBe(
      'claims[0]（award "kunpeng-revenue-200-yi"）：previousAward "green-factory-provincial" 与 "kunpeng-revenue-200-yi" 不属于同一“制造业业务年营业收入首次达到的档次（鲲鹏计划）”，请填写同一档次序列中较低的一档',
    );
  });

  it('a previous award for an award on no ladder', () => {
    expect(oneBad({ award: 'single-item-champion-national', previousAward: 'hidden-champion-provincial' })).toBe(
      'claims[0]（award "single-item-champion-national"）："single-item-champion-national" 不属于任何分档的荣誉，没有“较低档次”可言，请删去 previousAward',
    );
  });

  it('an unknown previous award', () => {
    expect(oneBad({ award: 'kunpeng-revenue-1000-yi', previousAward: 'kunpeng-revenue-10-yi' })).toBe(
      'claims[0]（award "kunpeng-revenue-1000-yi"）：previousAward "kunpeng-revenue-10-yi" 不是任何奖励的 id。是否想填 "kunpeng-revenue-100-yi"、"kunpeng-revenue-50-yi"、"kunpeng-revenue-1000-yi"？全部奖励 id 见 /calculator/ 页面或 npm run calc -- --list',
    );
  });

  it('an unknown field in a claim', () => {
    expect(oneBad({ award: 'single-item-champion-national', amount: 3 })).toBe(
      'claims[0]（award "single-item-champion-national"）：不认识的字段 "amount"；每项申报只能有 award、baseYuan、previousAward',
    );
  });

  it('an award id that is not a string, a missing one, and a claim that is not an object', () => {
    expect(oneBad({ award: 5 })).toBe('claims[0]：award 应为奖励 id 字符串，例如 "green-factory-national"；收到 5');
    expect(oneBad({ baseYuan: 5 })).toBe(
      'claims[0]：award 应为奖励 id 字符串，例如 "green-factory-national"；没有填写',
    );
    expect(oneBad('x')).toBe('claims[0]：每项申报应为对象，例如 { "award": "green-factory-national" }；收到 "x"');
  });

  it('a previousAward that is not a string', () => {
    expect(oneBad({ award: 'green-factory-national', previousAward: 1 })).toBe(
      'claims[0]（award "green-factory-national"）：previousAward 应为较低档次的奖励 id 字符串；收到 1',
    );
  });

  it('a duplicate claim: the first counts, the second is an error', () => {
    const { errors, computed } = check({
      claims: [{ award: 'green-park-national' }, { award: 'green-park-national' }],
    });
    expect(errors).toEqual(['claims[1]（award "green-park-national"）：与 claims[0] 重复申报同一奖励，请删去其中一项']);
    expect(computed).toEqual(['green-park-national']);
  });

  it('a rung claimed again although another claim lists it as already received', () => {
    const { errors, computed } = check({
      claims: [
        { award: 'green-factory-provincial' },
        { award: 'green-factory-national', previousAward: 'green-factory-provincial' },
      ],
    });
    expect(errors).toEqual([
      'claims[0]（award "green-factory-provincial"）：claims[1] 已把 "green-factory-provincial" 列为已获得的较低档次（previousAward），不能再申报一次；请删去其中一项',
    ]);
    expect(computed).toEqual(['green-factory-national']);
  });

  it('a profile that is not an object, or has no claims array, or other fields: nothing computed', () => {
    expect(check([]).errors).toEqual(['档案：档案应为 JSON 对象 { "claims": [ … ] }；收到 []']);
    expect(check({ claims: 'x' }).errors).toEqual([
      '档案：claims 应为数组，例如 [ { "award": "green-factory-national" } ]；收到 "x"',
    ]);
    expect(check({ claim: [{ award: 'green-park-national' }] })).toEqual({
      errors: [
        '档案：claims 应为数组，例如 [ { "award": "green-factory-national" } ]；没有填写',
        '档案：档案中不认识的字段 "claim"；档案只能有 claims',
      ],
      computed: [],
    });
  });

  it('reports every bad claim of a profile at once, in claim order', () => {
    const { errors } = check({
      claims: [{ award: 'x1' }, { award: 'green-park-national' }, { award: 'green-park-national', baseYuan: -1 }],
    });
    expect(errors.map((e) => e.slice(0, 10))).toEqual(['claims[0]（', 'claims[2]（']);
  });
});
