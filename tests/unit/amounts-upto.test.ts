import { describe, expect, it } from 'vitest';
import { describeAmount, maxYuan } from '../../src/lib/amounts/describe';
import { contradictions, findCeilings } from '../../src/lib/amounts/forms';
import type { ClauseEntry, RawKnowledgeBase } from '../../src/lib/content/load';
import { calculate, formTotals } from '../../src/lib/eligibility/index';
import type { Catalog, CatalogAward } from '../../src/lib/eligibility/index';
import { checkGrounding } from '../../src/lib/validate/grounding';
import { AmountSchema } from '../../src/schemas/amount';
import type { Award } from '../../src/schemas/award';
import { project } from '../fixtures/ingest/support';

// Quotes from 《关于进一步推动经济高质量发展的若干政策》(杭政函〔2024〕16号).
const XINCHUYING = '对首次认定的新雏鹰企业，给予最高50万元奖励';
const SHANGGUI = '上规后连续3年保持在规的再给予不超过30万元的一次性奖励';

describe('the upTo amount form (最高X万元, 不超过X万元)', () => {
  it('is an amount of the schema, a ceiling in whole yuan', () => {
    expect(AmountSchema.parse({ type: 'upTo', maxYuan: 500_000 })).toEqual({ type: 'upTo', maxYuan: 500_000 });
    expect(AmountSchema.safeParse({ type: 'upTo', maxYuan: 0.5 }).success).toBe(false);
    expect(AmountSchema.safeParse({ type: 'upTo', yuan: 500_000 }).success).toBe(false);
  });
  it('is shown with 最高 and sorts by its ceiling', () => {
    expect(describeAmount({ type: 'upTo', maxYuan: 500_000 })).toBe('最高50万元');
    expect(maxYuan({ type: 'upTo', maxYuan: 500_000 })).toBe(500_000);
  });
  it('reads the ceilings a quote grants, after 最高 or 不超过, not a sum of its condition', () => {
    expect(findCeilings(XINCHUYING).map((m) => m.yuan)).toEqual([500_000]);
    expect(findCeilings(SHANGGUI).map((m) => m.yuan)).toEqual([300_000]);
    expect(findCeilings('对年度研发投入额1亿元以上的，直接给予200万元补助')).toEqual([]);
  });
  it('is the form a ceiling quote states: no contradiction, while a fixed amount has one', () => {
    expect(contradictions({ type: 'upTo', maxYuan: 500_000 }, XINCHUYING)).toEqual([]);
    expect(contradictions({ type: 'fixed', yuan: 500_000 }, XINCHUYING).map((f) => f.kind)).toEqual(['bound']);
    expect(
      contradictions({ type: 'upTo', maxYuan: 500_000 }, '对购买科技保险产品的企业给予最高50%的保费补贴').map(
        (f) => f.kind,
      ),
    ).toEqual(['rate']);
  });
});

const template = project.clauses[0];
if (!template) throw new Error('the project has no clause');

/** A base of the project with one clause holding `body` and these awards. */
function baseWith(body: string, awards: Award[]): RawKnowledgeBase {
  const clause: ClauseEntry = {
    file: 'content/clauses/x/18-test.md',
    body,
    data: {
      ...(template as ClauseEntry).data,
      awards,
      ladders: [],
      budgets: [],
      targets: [],
      citations: [],
      notes: [],
      industries: [],
      industryGroups: [],
      departments: [],
    },
  };
  return { ...project, clauses: [clause] };
}

/** An upTo award on the quote. */
const upTo = (quote: string, maxYuan: number): Award => ({
  id: 'a1',
  recipient: '企业',
  condition: '首次认定',
  level: null,
  kind: '奖励',
  amount: { type: 'upTo', maxYuan },
  quote,
});

describe('grounding of an upTo amount', () => {
  it('accepts a ceiling its quote grants', () => {
    expect(checkGrounding(baseWith(`${XINCHUYING}。`, [upTo(XINCHUYING, 500_000)]))).toEqual([]);
  });
  it('refuses a ceiling not in the text, with the file and the field', () => {
    const issues = checkGrounding(baseWith(`${XINCHUYING}。`, [upTo(XINCHUYING, 800_000)]));
    expect(issues).toEqual([
      {
        file: 'content/clauses/x/18-test.md',
        field: 'awards[0].amount.maxYuan',
        found: '800000 (80万元)',
        expected: `a ceiling its quote grants, after 最高 or 不超过 (最高50万元, 不超过30万元); the quote says "${XINCHUYING}"`,
        fix: 'correct the ceiling (whole yuan: 50万元 is 500000), quote the sentence that states it, or use fixed when the text grants a sure sum',
      },
    ]);
  });
  it('refuses a sure sum read as a ceiling: 给予200万元补助 states no 最高', () => {
    const quote = '对年度研发投入额1亿元以上的，直接给予200万元补助';
    const issues = checkGrounding(baseWith(`${quote}。`, [upTo(quote, 2_000_000)]));
    expect(issues.map((i) => i.field)).toEqual(['awards[0].amount.maxYuan']);
  });
  it('refuses a ceiling of a rate: a share is a rate with its cap, not upTo', () => {
    const quote = '对购买科技保险产品的企业给予最高50%的保费补贴，单个企业最高可补贴50万元';
    const issues = checkGrounding(baseWith(`${quote}。`, [upTo(quote, 500_000)]));
    expect(issues.map((i) => [i.field, i.expected.includes('a rate (50%)')])).toEqual([
      ['awards[0].amount.type', true],
    ]);
  });
});

describe('the calculator and a ceiling', () => {
  const award = (id: string, amount: CatalogAward['amount']): CatalogAward =>
    ({
      id,
      policy: 'p',
      clause: 18,
      condition: '首次认定的新雏鹰企业',
      kind: '奖励',
      amount,
      amountText: describeAmount(amount),
      quote: XINCHUYING,
      ladder: null,
    }) as unknown as CatalogAward;
  const catalog = {
    awards: [award('up', { type: 'upTo', maxYuan: 500_000 }), award('fix', { type: 'fixed', yuan: 300_000 })],
    budgets: [],
  } as unknown as Catalog;

  it('lists it apart with 最高, never in a total', () => {
    const { result, errors } = calculate({ claims: [{ award: 'up' }, { award: 'fix' }] }, catalog);
    expect(errors).toEqual([]);
    expect(result.totalYuan).toBe(300_000);
    expect(result.ceilings).toEqual([
      {
        award: 'up',
        clause: 18,
        maxYuan: 500_000,
        explanation: '首次认定的新雏鹰企业：最高奖励50万元（上限，实际金额以核定为准，不计入合计）',
        quote: XINCHUYING,
      },
    ]);
    expect(result.ceilingYuan).toBe(500_000);
    const totals = formTotals(result, 0);
    expect(totals.paid).toBe('合计：30万元（1项可计算）');
    expect(totals.ceiling).toBe('另有1项只规定上限：最高共50万元（实际金额以核定为准，不计入合计）');
    expect(totals.bar).toBe('合计：30万元 · 另有最高50万元（上限）');
  });
  it('says there is no sure sum when only ceilings are chosen', () => {
    const { result } = calculate({ claims: [{ award: 'up' }] }, catalog);
    expect(formTotals(result, 0).paid).toBe('合计：0元（所选奖励只规定上限，没有确定金额）');
  });
  it('refuses a base for it', () => {
    const { errors } = calculate({ claims: [{ award: 'up', baseYuan: 1_000_000 }] }, catalog);
    expect(errors.map((e) => e.kind)).toEqual(['base-not-needed']);
  });
});
