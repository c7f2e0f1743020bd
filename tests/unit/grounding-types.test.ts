import { describe, expect, it } from 'vitest';
import type { ClauseEntry, RawKnowledgeBase } from '../../src/lib/content/load';
import { checkClauseFacts } from '../../src/lib/validate/clause-facts';
import { checkGrounding } from '../../src/lib/validate/grounding';
import type { Award, Ladder } from '../../src/schemas/award';
import { project } from '../fixtures/ingest/support';

const template = project.clauses[0];
if (!template) throw new Error('the project has no clause');

/** A base of the project's policies and vocabularies with one clause holding `body` and these awards. */
function baseWith(body: string, awards: Award[], ladders: Ladder[] = []): RawKnowledgeBase {
  const clause: ClauseEntry = {
    file: 'content/clauses/x/01-test.md',
    body,
    data: {
      ...(template as ClauseEntry).data,
      awards,
      ladders,
      budgets: [],
      targets: [],
      citations: [],
      notes: [],
      industries: [],
      industryGroups: [],
    },
  };
  return { ...project, clauses: [clause] };
}

/** An award on the quote, with the amount given. */
function award(id: string, quote: string, amount: Award['amount'], more: Partial<Award> = {}): Award {
  return { id, recipient: '企业', condition: '获评', level: null, kind: '奖励', amount, quote, ...more };
}

/** The fields and found values of the grounding issues. */
const grounding = (kb: RawKnowledgeBase) => checkGrounding(kb).map((i) => [i.field, i.found, i.expected]);

describe('grounding checks the type of an amount, not only its figure', () => {
  it('refuses a fixed award whose quote grants a rate, a range, a period, a ceiling or a foreign sum', () => {
    const cases: Array<[string, number, string]> = [
      ['对企业研发投入，按照百分之三十的比例给予资助，最高100万元', 1_000_000, 'a rate (百分之三十)'],
      ['对企业给予10万—50万元奖励', 500_000, 'a range or a floor (10万—50万元)'],
      ['对引进人才给予3000元/月的生活补贴', 3_000, 'a sum per period (3000元/月)'],
      ['对企业给予最高100万元奖励', 1_000_000, 'a ceiling, not a sum the award pays (最高100万元)'],
      ['对企业给予200万美元和50万元奖励', 500_000, 'a sum in a foreign currency (200万美元)'],
    ];
    for (const [quote, yuan, form] of cases) {
      const issues = checkGrounding(baseWith(`${quote}。`, [award('a1', quote, { type: 'fixed', yuan })]));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ file: 'content/clauses/x/01-test.md', field: 'awards[0].amount.type' });
      expect(issues[0]?.expected).toContain(`the granted part states ${form}`);
      expect(issues[0]?.fix).toContain('use the type the quote states');
    }
  });
  it('accepts the same quotes read as what they state', () => {
    const quote = '对企业研发投入，按照百分之三十的比例给予资助，最高100万元';
    const rate = award('a1', quote, { type: 'rate', rate: 0.3, base: '企业研发投入', capYuan: 1_000_000 });
    expect(grounding(baseWith(`${quote}。`, [rate]))).toEqual([]);
    const fixed = '对获评的企业给予50万元奖励';
    expect(grounding(baseWith(`${fixed}。`, [award('a1', fixed, { type: 'fixed', yuan: 500_000 })]))).toEqual([]);
  });
  it('needs the rate stated and the cap after 最高 or 不超过', () => {
    const quote = '对企业研发投入，按照百分之三十的比例给予资助，另给予100万元奖励';
    const kb = baseWith(`${quote}。`, [
      award('a1', quote, { type: 'rate', rate: 0.03, base: '企业研发投入', capYuan: 1_000_000 }),
    ]);
    expect(grounding(kb)).toEqual([
      ['awards[0].amount.rate', '0.03 (3%)', expect.stringContaining('a rate its quote states')],
      [
        'awards[0].amount.capYuan',
        '1000000 (100万元)',
        'a cap its quote states, after 最高 or 不超过 (最高300万元, 不超过100万元)',
      ],
    ]);
  });
  it('refuses a rate whose quote states a range of rates', () => {
    const quote = '对企业，按投入的10%—20%给予补助';
    const issues = checkGrounding(
      baseWith(`${quote}。`, [award('a1', quote, { type: 'rate', rate: 0.1, base: '投入' })]),
    );
    expect(issues.map((i) => [i.field, i.found])).toEqual([['awards[0].amount.type', 'rate (投入的10%)']]);
  });
});

describe('ladders agree with their levels and amounts', () => {
  const quote = '对获评国家级、省级绿色工厂的，分别给予500万元、200万元资助（进档的予以补差）';
  const rungs = (national: number, provincial: number, yuan: [number, number] = [5_000_000, 2_000_000]) => [
    award('a1', quote, { type: 'fixed', yuan: yuan[0] }, { level: '国家级', ladder: { id: 'l1', rank: national } }),
    award('a2', quote, { type: 'fixed', yuan: yuan[1] }, { level: '省级', ladder: { id: 'l1', rank: provincial } }),
  ];
  const ladder: Ladder = { id: 'l1', name: '绿色工厂认定', stepUp: true, quote: '进档的予以补差' };
  const facts = (kb: RawKnowledgeBase) =>
    checkClauseFacts(kb).filter((i) => i.file === 'content/clauses/x/01-test.md' && i.field.startsWith('ladders'));

  it('accepts a ladder ranked by level whose amounts rise with it', () => {
    expect(facts(baseWith(`${quote}。`, rungs(2, 1), [ladder]))).toEqual([]);
  });
  it('names the ladder and the rungs when a higher level is ranked below a lower one', () => {
    const issues = facts(baseWith(`${quote}。`, rungs(1, 2), [ladder]));
    expect(issues.map((i) => [i.field, i.found])).toEqual([
      [
        'ladders[0]',
        'ladder l1 (绿色工厂认定): awards[0] (国家级, rank 1, 500万元) is ranked below awards[1] (省级, rank 2, 200万元)',
      ],
      [
        'ladders[0]',
        'ladder l1 (绿色工厂认定): awards[1] (省级, rank 2, 200万元) pays less than the lower awards[0] (国家级, rank 1, 500万元)',
      ],
    ]);
    expect(issues[0]?.expected).toContain('国家级 above 省级 above 市级');
  });
  it('refuses a higher rung that pays less, whatever the levels', () => {
    const issues = facts(baseWith(`${quote}。`, rungs(2, 1, [2_000_000, 5_000_000]), [ladder]));
    expect(issues.map((i) => i.found)).toEqual([
      'ladder l1 (绿色工厂认定): awards[0] (国家级, rank 2, 200万元) pays less than the lower awards[1] (省级, rank 1, 500万元)',
    ]);
  });
  it('needs 进档 or 补差 in the words of a step-up', () => {
    const issues = facts(baseWith(`${quote}。`, rungs(2, 1), [{ ...ladder, quote: '获评国家级' }]));
    expect(issues.map((i) => [i.field, i.found, i.expected])).toEqual([
      ['ladders[0].quote', '"获评国家级"', 'the words that grant the difference, saying 进档 or 补差 (进档的予以补差)'],
    ]);
  });
});
