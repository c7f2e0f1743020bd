import { describe, expect, it } from 'vitest';
import { IN_FORCE_SEGMENT, inForceFirst, paginateWithInForce } from '../../src/lib/site/in-force-pages';
import { pagedCaption } from '../../src/lib/site/paging';

/** A stand-in for Astro's paginate: pages of `size` rows, the first without a page param. */
const pager =
  (size: number) =>
  <T>(rows: readonly T[]) => {
    const last = Math.max(1, Math.ceil(rows.length / size));
    return Array.from({ length: last }, (_, i) => ({
      params: { page: i === 0 ? undefined : String(i + 1) },
      props: { page: { data: rows.slice(i * size, (i + 1) * size), currentPage: i + 1, lastPage: last } },
    }));
  };

const states = new Map([
  ['current', { state: 'in-force' as const }],
  ['old', { state: 'expired' as const }],
]);
const rows = (policies: string[]) => policies.map((policy, i) => ({ policy, n: i }));

describe('paginateWithInForce', () => {
  it('gives a list that outgrows a page pages of its rows in force, paged and counted apart', () => {
    const list = rows(['old', 'current', 'old', 'current', 'current', 'old', 'current']);
    const paths = paginateWithInForce(pager(3), list, 3, states);
    const all = paths.filter((p) => !p.props.scope.inForceOnly);
    const inForce = paths.filter((p) => p.props.scope.inForceOnly);
    expect(all.map((p) => p.params.page)).toEqual([undefined, '2', '3']);
    expect(inForce.map((p) => p.params.page)).toEqual([IN_FORCE_SEGMENT, `${IN_FORCE_SEGMENT}/2`]);
    // Every row in force, once, in list order: not the rows in force of one page.
    expect(inForce.flatMap((p) => p.props.page.data.map((r) => r.n))).toEqual([1, 3, 4, 6]);
    expect(paths.every((p) => p.props.scope.notInForce === 3 && p.props.scope.split)).toBe(true);
  });

  it('adds no pages to a list of one page (its switch hides rows in place) or to a list wholly in force', () => {
    const onePage = paginateWithInForce(pager(10), rows(['old', 'current']), 10, states);
    expect(onePage.map((p) => p.params.page)).toEqual([undefined]);
    expect(onePage[0]?.props.scope).toEqual({ inForceOnly: false, notInForce: 1, split: false });
    const allInForce = paginateWithInForce(pager(1), rows(['current', 'current']), 1, states);
    expect(allInForce.map((p) => p.params.page)).toEqual([undefined, '2']);
    expect(allInForce.every((p) => !p.props.scope.split)).toBe(true);
  });

  it('counts a row of a policy of unknown state as not in force', () => {
    const paths = paginateWithInForce(pager(1), rows(['current', 'gone']), 1, states);
    expect(
      paths.filter((p) => p.props.scope.inForceOnly).flatMap((p) => p.props.page.data.map((r) => r.policy)),
    ).toEqual(['current']);
  });
});

describe('inForceFirst and the caption of a page of rows in force', () => {
  it('puts the pages under the list and says what the caption counts', () => {
    expect(inForceFirst('/awards/')).toBe('/awards/in-force/');
    const page = { start: 0, end: 9, currentPage: 1, lastPage: 2 };
    expect(pagedCaption('全部 12 项奖励与支持', page, { inForceOnly: true })).toBe(
      '全部 12 项奖励与支持（只看现行有效），第 1–10 项（第 1 / 2 页）',
    );
    expect(pagedCaption('全部 12 项奖励与支持', page, { inForceOnly: false })).toBe(
      '全部 12 项奖励与支持，第 1–10 项（第 1 / 2 页）',
    );
  });
});
