/**
 * The provision tree: headings derived from numerals and titles, the tree of divisions, the
 * status of a policy in Beijing time, and where citations link.
 */
import { describe, expect, it } from 'vitest';
import { citationHref } from '../../src/lib/kb/citation-href';
import { getKnowledgeBase } from '../../src/lib/kb/index';
import { beijingDay, policyStatus } from '../../src/lib/kb/status';
import { policyTree } from '../../src/lib/kb/tree';
import { urls } from '../../src/lib/kb/urls';
import { divisionAnchor } from '../../src/lib/site/anchors';
import {
  divisionHeading,
  divisionName,
  provisionHeading,
  provisionLabel,
  provisionName,
} from '../../src/lib/text/headings';

describe('headings', () => {
  it('writes each shape of heading as the texts do', () => {
    expect(provisionHeading('clause', { numeral: '十六', title: '实施绿色制造工程' })).toBe(
      '（十六）实施绿色制造工程。',
    );
    expect(provisionHeading('article', { numeral: '一百零三', title: null })).toBe('第一百零三条');
    expect(provisionHeading('article', { numeral: '一', title: '目的和依据' })).toBe('第一条（目的和依据）');
    expect(provisionHeading('item', { numeral: '3', title: '加大财政支持' })).toBe('3.加大财政支持。');
    expect(divisionHeading('chapter', { numeral: '七', title: '附则' })).toBe('第七章附则');
    expect(divisionHeading('part', { numeral: '四', title: '构建高效率升级体系' })).toBe('四、构建高效率升级体系');
  });
  it('names and labels them for people', () => {
    expect(provisionName('article', { numeral: '十二', title: null })).toBe('第十二条');
    expect(provisionLabel('clause', '十六')).toBe('第（十六）条');
    expect(provisionLabel('article', '十二')).toBe('第十二条');
    expect(divisionName('chapter', { numeral: '一', title: '总则' })).toBe('第一章 总则');
    expect(divisionName('chapter', { numeral: '一', title: null })).toBe('第一章');
    expect(divisionName('section', { numeral: '二', title: '数据资源' })).toBe('第二节 数据资源');
  });
});

describe('the tree of a policy', () => {
  const kb = getKnowledgeBase();
  const policy = (id: string) => {
    const p = kb.policies.find((x) => x.id === id);
    if (!p) throw new Error(`${id} missing`);
    return p;
  };

  it('puts every provision exactly once under its division, in order', () => {
    for (const p of kb.policies) {
      const tree = policyTree(p);
      const walk = (nodes: ReturnType<typeof policyTree>['nodes']): number[] =>
        nodes.flatMap((n) => [...n.clauses.map((c) => c.number), ...walk(n.children)]);
      expect([...tree.clauses.map((c) => c.number), ...walk(tree.nodes)]).toEqual(p.clauses.map((c) => c.number));
    }
  });

  it('holds a regulation without chapters as provisions directly under the title', () => {
    const tree = policyTree(policy('zj-2009-high-tech'));
    expect(tree.nodes).toEqual([]);
    expect(tree.clauses).toHaveLength(31);
  });

  it('keeps a chapter whose heading the source lacks, untitled', () => {
    const first = policy('zj-2020-private-enterprises').divisionViews[0];
    expect(first).toMatchObject({ id: '1', kind: 'chapter', title: null, inSource: false, name: '第一章' });
    expect(first?.clauses[0]?.number).toBe(1);
  });

  it('nests sections in chapters, in URLs and anchors', () => {
    expect(urls.division('p', '3.2', 'section')).toBe('/policies/p/chapters/3/sections/2/');
    expect(urls.division('p', '4', 'part')).toBe('/policies/p/parts/4/');
    expect(divisionAnchor({ id: '3.2', kind: 'section' })).toBe('chapter-3-section-2');
    expect(divisionAnchor({ id: '4', kind: 'part' })).toBe('part-4');
  });
});

describe('status, in Beijing time', () => {
  const p = { effectiveFrom: { rule: '自2021年3月1日起施行', date: '2021-03-01' }, expiresOn: '2023-12-31' };
  it('turns at midnight in Beijing, not in UTC', () => {
    expect(beijingDay(new Date('2021-02-28T15:59:00Z'))).toBe('2021-02-28');
    expect(beijingDay(new Date('2021-02-28T16:00:00Z'))).toBe('2021-03-01');
    expect(policyStatus(p, new Date('2021-02-28T15:59:00Z')).state).toBe('not-yet');
    expect(policyStatus(p, new Date('2021-02-28T16:00:00Z')).state).toBe('in-force');
    expect(policyStatus(p, new Date('2023-12-31T15:59:00Z')).state).toBe('in-force');
    expect(policyStatus(p, new Date('2023-12-31T16:00:00Z')).state).toBe('expired');
  });
  it('says what it does not know', () => {
    expect(
      policyStatus({ effectiveFrom: { rule: '自印发之日起施行', date: 'unknown' }, expiresOn: null }, new Date()).state,
    ).toBe('unknown');
    expect(
      policyStatus(
        { effectiveFrom: { rule: '自2021年3月1日起施行', date: '2021-03-01' }, expiresOn: null },
        new Date('2026-01-01'),
      ).message,
    ).toContain('原文未规定有效期');
  });
});

describe('where a citation links', () => {
  const href = citationHref([
    { id: 'in-base', policy: 'zj-2020-digital-economy' },
    { id: 'elsewhere', policy: null },
  ]);
  it('to the cited policy, and its article, when the base holds the text', () => {
    expect(href('in-base')).toBe('/policies/zj-2020-digital-economy/');
    expect(href('in-base', 12)).toBe('/policies/zj-2020-digital-economy/12/');
  });
  it('to the reference page otherwise', () => {
    expect(href('elsewhere', 12)).toBe('/references/elsewhere/');
  });
});
