import { describe, expect, it } from 'vitest';
import { buildCatalog, calculate, type Result } from '../../src/lib/eligibility/index';
import { getKnowledgeBase } from '../../src/lib/kb/index';

// The real awards, read from content/: the amounts asserted below are the policy's own.
const catalog = buildCatalog(getKnowledgeBase());

/** The result of a profile that must be valid. */
function run(claims: unknown[]): Result {
  const { result, errors } = calculate({ claims }, catalog);
  expect(errors).toEqual([]);
  return result;
}

describe('eligibility: amounts of every form', () => {
  it('pays a fixed sum, with the policy sentence', () => {
    expect(run([{ award: 'single-item-champion-national' }])).toEqual({
      items: [
        {
          award: 'single-item-champion-national',
          clause: 9,
          amountYuan: 2_000_000,
          cumulativeYuan: 2_000_000,
          explanation: '国家级制造业“单项冠军”示范企业：定额奖励200万元',
          quote: '对国家级制造业“单项冠军”示范企业、省级制造业“隐形冠军”企业分别给予200万元、100万元的奖励',
        },
      ],
      totalYuan: 2_000_000,
      cumulativeYuan: 2_000_000,
      ceilings: [],
      ceilingYuan: 0,
      notComputed: [],
    });
  });

  it('caps a rate: 15% of 3000万元 is 450万元, capped to 300万元', () => {
    const r = run([{ award: 'major-sci-tech-project-municipal', baseYuan: 30_000_000 }]);
    expect(r.items[0]).toMatchObject({
      amountYuan: 3_000_000,
      explanation: '项目投入额3000万元 × 15% = 450万元，超过上限300万元，按300万元计',
    });
    expect(r.totalYuan).toBe(3_000_000);
  });

  it('pays a rate below its cap in full', () => {
    const r = run([{ award: 'major-sci-tech-project-municipal', baseYuan: 10_000_000 }]);
    expect(r.items[0]).toMatchObject({
      amountYuan: 1_500_000,
      explanation: '项目投入额1000万元 × 15% = 150万元，未超过上限300万元',
    });
  });

  it('pays a rate without a cap, rounded to whole yuan', () => {
    const r = run([{ award: 'obsolete-capacity-elimination', baseYuan: 12_345_677 }]);
    expect(r.items[0]).toMatchObject({
      amountYuan: 3_703_703,
      explanation: '各区、县（市）政府、管委会实际支付企业补偿资金12,345,677元 × 30% = 3,703,703元',
    });
  });

  it('matches a national or provincial grant', () => {
    const r = run([{ award: 'industrial-design-institute-national', baseYuan: 5_000_000 }]);
    expect(r.items[0]).toMatchObject({
      amountYuan: 5_000_000,
      explanation: '国家、省资助额度500万元，同比例资助500万元',
    });
  });

  it('steps up the revenue tiers: 500亿 tier received (2000万元), 1000亿 reached → 8000万元', () => {
    const r = run([{ award: 'kunpeng-revenue-1000-yi', previousAward: 'kunpeng-revenue-500-yi' }]);
    // Paid now: the difference; in all: the 1000亿 tier's 1亿元, 2000万元 of it received before.
    expect(r.items[0]).toMatchObject({
      clause: 7,
      amountYuan: 80_000_000,
      cumulativeYuan: 100_000_000,
      explanation: '已获500亿元档2000万元，进档至1000亿元档1亿元，补差8000万元',
    });
  });

  it('steps up a green factory: provincial (100万元) received, national reached → 100万元 more', () => {
    const r = run([{ award: 'green-factory-national', previousAward: 'green-factory-provincial' }]);
    expect(r.items[0]).toMatchObject({
      clause: 16,
      amountYuan: 1_000_000,
      cumulativeYuan: 2_000_000,
      explanation: '已获省级档100万元，进档至国家级档200万元，补差100万元',
    });
  });

  it('says both totals with a step-up: paid now (the difference) and in all (with the lower tier received earlier)', () => {
    // The report: 省级 then 国家级绿色工厂 and a 3000万元 project: 400万元 now, 500万元 in all.
    const r = run([
      { award: 'green-factory-national', previousAward: 'green-factory-provincial' },
      { award: 'major-sci-tech-project-municipal', baseYuan: 30_000_000 },
    ]);
    expect(r.totalYuan).toBe(4_000_000);
    expect(r.cumulativeYuan).toBe(5_000_000);
    expect(r.items.map((i) => i.cumulativeYuan - i.amountYuan)).toEqual([0, 1_000_000]);
  });

  it('counts only the highest rung of exclusive levels: national and provincial green park → 400万元', () => {
    const r = run([{ award: 'green-park-provincial' }, { award: 'green-park-national' }]);
    expect(r.items.map((i) => [i.award, i.amountYuan])).toEqual([['green-park-national', 4_000_000]]);
    expect(r.totalYuan).toBe(4_000_000);
    expect(r.notComputed).toEqual([
      {
        award: 'green-park-provincial',
        clause: 16,
        reason: '与 green-park-national 同属“绿色园区评级”，同一荣誉只计最高一档（国家级档），本档不另计',
      },
    ]);
  });

  it('counts only the highest of several step-up rungs claimed without previousAward', () => {
    const r = run([{ award: 'kunpeng-revenue-50-yi' }, { award: 'kunpeng-revenue-200-yi' }]);
    expect(r.totalYuan).toBe(8_000_000);
    expect(r.notComputed.map((n) => n.award)).toEqual(['kunpeng-revenue-50-yi']);
  });

  it('pays different honours of one clause side by side (单项冠军 and 隐形冠军 are no ladder)', () => {
    expect(run([{ award: 'single-item-champion-national' }, { award: 'hidden-champion-provincial' }]).totalYuan).toBe(
      3_000_000,
    );
  });

  it('cannot compute amounts another document sets, or that the text does not set', () => {
    const r = run([
      { award: 'high-tech-enterprise' },
      { award: 'quality-award' },
      { award: 'mfg-innovation-centre-municipal' },
    ]);
    expect(r).toEqual({
      items: [],
      totalYuan: 0,
      cumulativeYuan: 0,
      ceilings: [],
      ceilingYuan: 0,
      notComputed: [
        {
          award: 'mfg-innovation-centre-municipal',
          clause: 5,
          reason: '金额由我市深化改革加强科技创新加快创新活力之城建设相关政策规定，该文件尚未收录',
        },
        { award: 'high-tech-enterprise', clause: 9, reason: '金额由杭政办函〔2018〕64号规定，该文件尚未收录' },
        { award: 'quality-award', clause: 15, reason: '原文未规定金额：具体政策另行制定' },
      ],
    });
  });

  it('asks for the base of a rate or matching award when it is missing', () => {
    const r = run([
      { award: 'major-sci-tech-project-municipal' },
      { award: 'industrial-internet-base-platform-provincial' },
    ]);
    expect(r.notComputed).toEqual([
      { award: 'major-sci-tech-project-municipal', clause: 6, reason: '需要填写项目投入额（baseYuan，单位：元）' },
      {
        award: 'industrial-internet-base-platform-provincial',
        clause: 13,
        reason: '需要填写国家或省资助额度（baseYuan，单位：元）',
      },
    ]);
    expect(r.totalYuan).toBe(0);
  });

  it('never counts budgets: they have no award id, and the total is the sum of the items', () => {
    const budgetIds = catalog.budgets.map((b) => b.id);
    expect(budgetIds.length).toBeGreaterThan(0);
    expect(catalog.awards.filter((a) => budgetIds.includes(a.id))).toEqual([]);
    const r = run(catalog.awards.filter((a) => a.amount.type === 'fixed' && !a.ladder).map((a) => ({ award: a.id })));
    expect(r.totalYuan).toBe(r.items.reduce((s, i) => s + i.amountYuan, 0));
    // Nothing received earlier: the two totals are the same.
    expect(r.cumulativeYuan).toBe(r.totalYuan);
  });

  it('lists items and notComputed in the policy order whatever the claims order', () => {
    const r = run([
      { award: 'green-park-national' },
      { award: 'single-item-champion-national' },
      { award: 'mfg-innovation-centre-national' },
    ]);
    expect(r.items.map((i) => i.clause)).toEqual([5, 9, 16]);
    expect(r.totalYuan).toBe(100_000_000 + 2_000_000 + 4_000_000);
  });

  it('returns an empty result for an empty profile', () => {
    expect(run([])).toEqual({
      items: [],
      totalYuan: 0,
      cumulativeYuan: 0,
      ceilings: [],
      ceilingYuan: 0,
      notComputed: [],
    });
  });
});
