import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amountKey } from '../../src/lib/ingest/check';
import { fixture, ingest } from '../fixtures/ingest/support';

/**
 * A made-up policy written differently from the 2018 one (headings on their own lines, parts
 * without intros, a longer kind of document, amounts after the kind word, a signature and date):
 * the rules must not be the 2018 text's rules in disguise.
 */
describe('a policy the rules were not written for', () => {
  const r = ingest(readFileSync(fixture('unseen.raw.txt'), 'utf8'), 'sample-unseen');
  it('finds title, parts, clauses, closing and dates', () => {
    expect(r.policy.title).toBe('示例省人民政府办公厅关于促进软件和信息服务业高质量发展的若干政策措施');
    expect(r.policy.issuers).toEqual(['示例省人民政府办公厅']);
    expect(r.policy.divisions.map((p) => [p.title, p.intro])).toEqual([
      ['支持企业做大做强', ''],
      ['强化创新能力建设', ''],
      ['优化发展环境', '省财政每年安排专项资金3亿元支持软件产业发展。'],
    ]);
    expect(r.clauses.map((c) => [c.data.number, Number(c.data.division), c.data.title])).toEqual([
      [1, 1, '支持骨干企业发展'],
      [2, 1, '鼓励企业上规模'],
      [3, 2, '支持研发平台建设'],
      [4, 2, '明确发展目标'],
      [5, 3, '加强人才支撑'],
    ]);
    expect([r.policy.effectiveFrom.date, r.policy.expiresOn, r.policy.issuedOn]).toEqual([
      '2023-01-01',
      '2027-12-31',
      '2022-12-20',
    ]);
  });
  it('reads awards, targets and citations', () => {
    expect(r.clauses.map((c) => c.data.awards.map((a) => amountKey(a.amount)))).toEqual([
      ['fixed:1000000', 'fixed:3000000', 'fixed:500000'],
      ['fixed:200000'],
      ['rate:0.5:5000000', 'rate:0.5:5000000', 'byReference'],
      [],
      // 给予最高1亿元的项目资助 states a ceiling, not a sum every team is paid: an upTo amount.
      ['upTo:100000000'],
    ]);
    expect(r.clauses[3]?.data.targets.map((t) => [t.text, t.deadline])).toEqual([
      ['5000亿元', '到2025年'],
      ['10家', '到2025年'],
      ['15个', '到2025年'],
    ]);
    expect(r.newReferences).toEqual([
      {
        id: expect.stringMatching(/^ref-/) as unknown,
        docNumber: null,
        title: '示例省首版次软件产品认定管理办法',
        policy: null,
      },
    ]);
    expect(r.unclassified.map((u) => [u.clause, u.text])).toEqual([]);
  });
});
