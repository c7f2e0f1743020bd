import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../src/lib/kb/index';
import { generalAwards } from '../../src/lib/site/industries';
import {
  DEFAULT_PAGE_SIZE,
  combinedCalculatorMax,
  largestFirst,
  listPageSize,
  pageUrl,
  pageWindow,
  pagedCaption,
  pagedTitle,
} from '../../src/lib/site/paging';
import { buildCatalog, policyCatalog } from '../../src/lib/eligibility/index';

describe('listPageSize', () => {
  it('is the default without a setting, and the setting when it is a whole number from 5', () => {
    expect(listPageSize({})).toBe(DEFAULT_PAGE_SIZE);
    expect(listPageSize({ LIST_PAGE_SIZE: ' ' })).toBe(DEFAULT_PAGE_SIZE);
    expect(listPageSize({ LIST_PAGE_SIZE: '10' })).toBe(10);
    expect(combinedCalculatorMax(10)).toBe(30);
  });

  it('names the setting and what it takes when the value is wrong', () => {
    for (const bad of ['0', '4', '2.5', 'ten', '-20'])
      expect(() => listPageSize({ LIST_PAGE_SIZE: bad })).toThrow(
        new RegExp(`LIST_PAGE_SIZE is "${bad.replace('.', '\\.')}": use a whole number of rows from 5`),
      );
  });
});

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and two each side of the current page, with gaps between', () => {
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, 'gap', 20]);
    expect(pageWindow(10, 20)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
    expect(pageWindow(20, 20)).toEqual([1, 'gap', 18, 19, 20]);
  });

  it('never hides a single page behind a gap', () => {
    expect(pageWindow(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 20]);
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 20]);
  });

  it('stays short however many pages there are', () => {
    for (const last of [50, 500, 5000])
      for (const current of [1, 2, Math.floor(last / 2), last - 1, last])
        expect(pageWindow(current, last).length).toBeLessThanOrEqual(9);
  });
});

describe('page URLs, captions and titles', () => {
  it("follows Astro's paginate: the first page at the list's URL, then /2/, /3/", () => {
    expect(pageUrl('/awards/', 1)).toBe('/awards/');
    expect(pageUrl('/awards/', 2)).toBe('/awards/2/');
    expect(pageUrl('/support-types/funding/', 12)).toBe('/support-types/funding/12/');
  });

  it('says where a page sits, and nothing for a list of one page', () => {
    const one = { start: 0, end: 47, currentPage: 1, lastPage: 1 };
    expect(pagedCaption('全部 48 项奖励与支持', one)).toBe('全部 48 项奖励与支持');
    expect(pagedCaption('全部 248 项奖励与支持', { start: 100, end: 199, currentPage: 2, lastPage: 3 })).toBe(
      '全部 248 项奖励与支持，第 101–200 项（第 2 / 3 页）',
    );
    expect(pagedTitle('奖励一览', one)).toBe('奖励一览');
    expect(pagedTitle('奖励一览', { currentPage: 3 })).toBe('奖励一览（第 3 页）');
  });
});

describe('largestFirst', () => {
  it('takes the largest values, largest first, ties in list order and unknown values last', () => {
    const rows = [
      { id: 'a', v: 5 },
      { id: 'b', v: null },
      { id: 'c', v: 9 },
      { id: 'd', v: 5 },
      { id: 'e', v: 1 },
    ];
    expect(largestFirst(rows, (r) => r.v, 3).map((r) => r.id)).toEqual(['c', 'a', 'd']);
    expect(largestFirst(rows, (r) => r.v, 10).map((r) => r.id)).toEqual(['c', 'a', 'd', 'e', 'b']);
  });
});

describe('generalAwards', () => {
  const clauses: Parameters<typeof generalAwards>[1] = [
    { policy: 'p', number: 1, industries: [], industryGroups: [] },
    { policy: 'p', number: 2, industries: [], industryGroups: ['历史经典产业'] },
    { policy: 'q', number: 1, industries: ['茶叶'], industryGroups: [] },
  ];
  it('keeps awards whose sentence names no industry, in clauses that name no industry group', () => {
    const awards = [
      { id: 1, policy: 'p', clause: 1, industries: [] },
      { id: 2, policy: 'p', clause: 1, industries: ['生物医药'] },
      { id: 3, policy: 'p', clause: 2, industries: [] },
      // Same clause number, another policy: the group of p's clause 2 does not reach it.
      { id: 4, policy: 'q', clause: 2, industries: [] },
    ];
    expect(generalAwards(awards, clauses).map((a) => a.id)).toEqual([1, 4]);
  });

  it('finds the awards open to every industry in the real base, none naming an industry', () => {
    const kb = getKnowledgeBase();
    const general = generalAwards(kb.awards, kb.clauses);
    expect(general.length).toBeGreaterThan(0);
    expect(general.length).toBeLessThan(kb.awards.length);
    expect(general.every((a) => a.industries.length === 0)).toBe(true);
  });
});

describe('policyCatalog', () => {
  it("holds one policy's awards and budgets, and nothing of another's", () => {
    const catalog = buildCatalog(getKnowledgeBase());
    const policies = [...new Set(catalog.awards.map((a) => a.policy))];
    expect(policies.length).toBeGreaterThan(1);
    for (const id of policies) {
      const own = policyCatalog(catalog, id);
      expect(own.awards.length).toBe(catalog.awards.filter((a) => a.policy === id).length);
      expect(own.awards.every((a) => a.policy === id)).toBe(true);
      expect(own.budgets.every((b) => b.policy === id)).toBe(true);
    }
    const total = policies.reduce((n, id) => n + policyCatalog(catalog, id).awards.length, 0);
    expect(total).toBe(catalog.awards.length);
  });
});
