/**
 * Browsing the policies of the base by facets (/policies/): level, kind, status and issuer, each
 * option with its count, a filter on the title, an order and a page, all kept in the URL
 * (?level=浙江省&kind=地方性法规&status=现行有效&page=2). Pure: the page's script passes the rows
 * it read from the list, and the build passes the same rows for the counts it renders.
 */

/** The facets a policy list filters by, in the order the form shows them. */
export const FACETS = ['level', 'kind', 'status', 'issuer'] as const;

/** One facet of the policy list. */
export type Facet = (typeof FACETS)[number];

/** The orders of the list: newest first (the default) or by title. */
export const SORTS = ['newest', 'title'] as const;

/** An order of the list. */
export type Sort = (typeof SORTS)[number];

/** What the list needs to know of one policy. */
export interface BrowseRow {
  /** 国家, 浙江省, 杭州市 or 其他 (jurisdiction.ts). */
  level: string;
  /** The kind as the site shows it (地方性法规, 类别未知 …). */
  kind: string;
  /** The status label (现行有效 …). */
  status: string;
  /** The issuing bodies as the text names them. */
  issuers: readonly string[];
  /** Whether the policy grants awards or support. */
  support: boolean;
  /** The full title (the title filter reads it). */
  title: string;
  /** The newest date the text states, YYYY-MM-DD, or "" when it states none. */
  date: string;
}

/** The state of the list, as the URL keeps it. */
export interface BrowseState {
  /** A chosen value per facet; "" for all. */
  level: string;
  kind: string;
  status: string;
  issuer: string;
  /** Only policies that grant awards or support. */
  support: boolean;
  /** Words the title must hold, as typed. */
  q: string;
  sort: Sort;
  /** The page, from 1. */
  page: number;
}

/** The state of a list nobody has filtered: every policy, newest first, page 1. */
export const INITIAL_STATE: Readonly<BrowseState> = {
  level: '',
  kind: '',
  status: '',
  issuer: '',
  support: false,
  q: '',
  sort: 'newest',
  page: 1,
};

/** The longest title filter kept from a URL (a title is well under 100 characters). */
export const MAX_TITLE_QUERY = 100;

/**
 * Reads the state from a query string. Unknown parameters are ignored, a bad page is page 1 and
 * a bad order the default; a facet value is kept as written (see dropUnknownValues).
 */
export function parseBrowseState(search: string): BrowseState {
  const params = new URLSearchParams(search);
  const page = Number(params.get('page') ?? '1');
  const sort = params.get('sort');
  return {
    level: params.get('level') ?? '',
    kind: params.get('kind') ?? '',
    status: params.get('status') ?? '',
    issuer: params.get('issuer') ?? '',
    support: params.get('support') === '1',
    q: (params.get('q') ?? '').slice(0, MAX_TITLE_QUERY),
    sort: sort === 'title' ? 'title' : 'newest',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** Writes the state as a query string ("?level=浙江省&page=2"), leaving out what is the default; "" for the initial state. */
export function formatBrowseState(state: BrowseState): string {
  const params = new URLSearchParams();
  for (const f of FACETS) if (state[f]) params.set(f, state[f]);
  if (state.support) params.set('support', '1');
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.sort !== 'newest') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The state without facet values that no row carries (?level=火星 would find nothing while the
 * form shows 全部), and the facets it dropped.
 */
export function dropUnknownValues(
  state: BrowseState,
  rows: readonly BrowseRow[],
): { state: BrowseState; dropped: Facet[] } {
  const next = { ...state };
  const dropped: Facet[] = [];
  for (const f of FACETS) {
    const v = state[f];
    if (v && !rows.some((r) => valuesOf(r, f).includes(v))) {
      next[f] = '';
      dropped.push(f);
    }
  }
  return { state: next, dropped };
}

/** The values a row has for a facet: one, or several issuers. */
export function valuesOf(row: BrowseRow, facet: Facet): readonly string[] {
  return facet === 'issuer' ? row.issuers : [row[facet]];
}

/** The words of a title filter: split on white space, empty words dropped. */
function titleWords(q: string): string[] {
  return q
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
}

/** Whether a row passes the state's filters; `except` leaves one facet out (for that facet's counts). */
export function rowMatches(row: BrowseRow, state: BrowseState, except?: Facet): boolean {
  for (const f of FACETS) {
    if (f === except || state[f] === '') continue;
    if (!valuesOf(row, f).includes(state[f])) return false;
  }
  if (state.support && !row.support) return false;
  const title = row.title.toLowerCase();
  return titleWords(state.q).every((w) => title.includes(w.toLowerCase()));
}

/**
 * The count of each option of each facet: how many rows the list would show with that option
 * chosen and every other filter kept (so that a count is what choosing it gives).
 */
export function facetCounts(rows: readonly BrowseRow[], state: BrowseState): Record<Facet, Map<string, number>> {
  const counts: Record<Facet, Map<string, number>> = {
    level: new Map(),
    kind: new Map(),
    status: new Map(),
    issuer: new Map(),
  };
  for (const row of rows)
    for (const f of FACETS) {
      if (!rowMatches(row, state, f)) continue;
      for (const v of new Set(valuesOf(row, f))) counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
    }
  return counts;
}

/** How many rows pass every filter but `facet`'s: the count of its option 全部. */
export function facetTotal(rows: readonly BrowseRow[], state: BrowseState, facet: Facet): number {
  return rows.filter((r) => rowMatches(r, state, facet)).length;
}

/** How many rows that grant support pass every other filter: the support switch's count. */
export function supportCount(rows: readonly BrowseRow[], state: BrowseState): number {
  const all = { ...state, support: false };
  return rows.filter((r) => r.support && rowMatches(r, all)).length;
}

/**
 * The indexes of the rows that pass the filters, in the state's order: newest first (rows that
 * state no date last), ties and the title order by title in Chinese collation.
 */
export function visibleOrder(rows: readonly BrowseRow[], state: BrowseState): number[] {
  const collator = new Intl.Collator('zh-CN');
  const byTitle = (a: number, b: number) => collator.compare(rows[a]?.title ?? '', rows[b]?.title ?? '') || a - b;
  const shown = rows.flatMap((r, i) => (rowMatches(r, state) ? [i] : []));
  if (state.sort === 'title') return shown.sort(byTitle);
  return shown.sort((a, b) => {
    const da = rows[a]?.date ?? '';
    const db = rows[b]?.date ?? '';
    if (da !== db) return da === '' ? 1 : db === '' ? -1 : db.localeCompare(da);
    return byTitle(a, b);
  });
}

/** Where one page sits in a list of `total` rows: the page (clamped to the last), the last page, and its rows [start, end). */
export function pageSpan(
  total: number,
  page: number,
  size: number,
): { page: number; last: number; start: number; end: number } {
  const last = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, Math.floor(page)), last);
  const start = (current - 1) * size;
  return { page: current, last, start, end: Math.min(total, start + size) };
}

/**
 * The options of a facet in the order the form lists them: those of `order` first in its order,
 * then any other by count, largest first, and by name (issuers have no fixed order).
 */
export function orderedOptions(counts: ReadonlyMap<string, number>, order: readonly string[] = []): string[] {
  const collator = new Intl.Collator('zh-CN');
  const known = order.filter((o) => counts.has(o));
  const rest = [...counts.keys()]
    .filter((k) => !order.includes(k))
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || collator.compare(a, b));
  return [...known, ...rest];
}
