import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../src/lib/kb/index';
import { duplicateKeys, groupBy, groupByEach } from '../../src/lib/util/group';

describe('grouping in one pass', () => {
  it('lists each item under its key, in order', () => {
    const g = groupBy(['甲1', '乙1', '甲2', '丙1', '乙2'], (s) => s.charAt(0));
    expect([...g]).toEqual([
      ['甲', ['甲1', '甲2']],
      ['乙', ['乙1', '乙2']],
      ['丙', ['丙1']],
    ]);
  });

  it('lists an item under each of its keys, once per key', () => {
    const g = groupByEach(
      [
        { id: 'a', tags: ['x', 'y', 'x'] },
        { id: 'b', tags: [] },
        { id: 'c', tags: ['y'] },
      ],
      (i) => i.tags,
    );
    expect(Object.fromEntries([...g].map(([k, v]) => [k, v.map((i) => i.id)]))).toEqual({ x: ['a'], y: ['a', 'c'] });
  });

  it('names the keys that occur more than once', () => {
    expect(duplicateKeys(['1', '2', '1', '3', '2', '1'], (s) => s)).toEqual(new Set(['1', '2']));
    expect(duplicateKeys([], (s: string) => s).size).toBe(0);
  });
});

// The knowledge base groups its lookups in one pass; each must list what a filter over the
// whole base lists, in the same order.
describe('the knowledge base lookups', () => {
  const kb = getKnowledgeBase();

  it("lists each policy's provisions", () => {
    for (const p of kb.policies) expect(p.clauses).toEqual(kb.clauses.filter((c) => c.policy === p.id));
    expect(kb.policies.reduce((n, p) => n + p.clauses.length, 0)).toBe(kb.clauses.length);
  });

  it('lists the provisions naming each industry', () => {
    for (const i of kb.industries) expect(i.clauses).toEqual(kb.clauses.filter((c) => c.industries.includes(i.name)));
    expect(kb.industries.some((i) => i.clauses.length > 0)).toBe(true);
  });

  it('lists the awards of each support type', () => {
    for (const t of kb.supportTypes) expect(t.awards).toEqual(kb.awards.filter((a) => a.kind === t.name));
    expect(kb.supportTypes.reduce((n, t) => n + t.awards.length, 0)).toBe(kb.awards.length);
  });

  it('lists every citation of each reference, in clause order', () => {
    for (const r of kb.references) {
      const expected = kb.clauses.flatMap((c) =>
        c.citations
          .filter((ct) => ct.ref === r.id)
          .map((ct) => ({ policy: c.policy, clause: c.number, quote: ct.quote })),
      );
      expect(r.citedBy.map((x) => ({ policy: x.policy, clause: x.clause, quote: x.quote }))).toEqual(expected);
      // Every reference is cited: by a provision, or by a preamble (浙政发〔2024〕4号).
      expect(expected.length + r.citedByPreamble.length).toBeGreaterThan(0);
    }
  });
});
