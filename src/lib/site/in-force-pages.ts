/**
 * The 只看现行有效 view of a paged list. On a list of one page the switch hides rows in place
 * (in-force-switch.ts). Once a list outgrows a page, hiding rows would filter that page alone, so
 * the rows of policies in force get pages of their own under IN_FORCE_SEGMENT (/awards/in-force/,
 * /awards/in-force/2/), counted and paged as a list of their own, and the switch goes there.
 */
import type { RowState } from './policy-states';

/** The path segment, under a paged list's first page, of its pages of rows in force. */
export const IN_FORCE_SEGMENT = 'in-force';

/** Which rows of a list a page shows. */
export interface ListScope {
  /** Whether the page is one of the list's pages of rows in force. */
  inForceOnly: boolean;
  /** Rows of the whole list whose policy is not in force: what the pages of rows in force leave out. */
  notInForce: number;
  /** Whether the list has pages of rows in force: it takes more than one page, and some row is not in force. */
  split: boolean;
}

/** The URL of the first page of rows in force of a list whose first page is `first`. */
export function inForceFirst(first: string): string {
  return `${first}${IN_FORCE_SEGMENT}/`;
}

/** The rows of `rows` whose policy is in force: what the pages of rows in force list. */
export function inForceRows<T extends { policy: string }>(
  rows: readonly T[],
  states: ReadonlyMap<string, Pick<RowState, 'state'>>,
): T[] {
  return rows.filter((row) => states.get(row.policy)?.state === 'in-force');
}

/** What Astro's paginate returns for each page, as far as this module reads it. */
interface PagePath {
  params: { page: string | undefined };
  props: object;
}

/**
 * The pages of a list (`paginate` pages the rows it is given, with the route's other params and
 * props), each with its ListScope; and once the list takes more than one page and holds rows of
 * policies not in force, the pages of its rows in force again, under IN_FORCE_SEGMENT.
 * @param states each policy's state on the build day (policyStates)
 */
export function paginateWithInForce<T extends { policy: string }, P extends PagePath>(
  paginate: (rows: readonly T[]) => P[],
  rows: readonly T[],
  pageSize: number,
  states: ReadonlyMap<string, Pick<RowState, 'state'>>,
): (P & { props: { scope: ListScope } })[] {
  const inForce = inForceRows(rows, states);
  const notInForce = rows.length - inForce.length;
  const split = rows.length > pageSize && notInForce > 0;
  const scoped = (paths: P[], inForceOnly: boolean) =>
    paths.map((p) => ({ ...p, props: { ...p.props, scope: { inForceOnly, notInForce, split } } }));
  if (!split) return scoped(paginate(rows), false);
  const inForcePaths = paginate(inForce).map((p) => ({
    ...p,
    params: {
      ...p.params,
      page: p.params.page === undefined ? IN_FORCE_SEGMENT : `${IN_FORCE_SEGMENT}/${p.params.page}`,
    },
  }));
  return [...scoped(paginate(rows), false), ...scoped(inForcePaths, true)];
}
