/**
 * The search page's state as it lives in the URL (/search/?q=绿色工厂+资助&industry=生物医药&sort=award),
 * so that a search can be shared, bookmarked and gone back to.
 */
import { FILTER_KEYS, type FilterKey } from './filters';
import { capQuery } from './limits';

/** What the search page shows. */
export interface SearchState {
  /** The query as typed. */
  q: string;
  /** Chosen filter values, by filter name. */
  filters: Partial<Record<FilterKey, string>>;
  /** Order: by relevance (empty) or by largest award. */
  sort: '' | 'award';
}

/** Reads the state from a query string. Unknown parameters are ignored; the query is cut to MAX_QUERY_CHARS. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) filters[k] = v;
  }
  return { q: capQuery(params.get('q') ?? '').q, filters, sort: params.get('sort') === 'award' ? 'award' : '' };
}

/** A filter value in a URL that no record carries (?level=nonexistent). */
export interface UnknownFilter {
  key: FilterKey;
  value: string;
}

/**
 * Splits the filters of `state` into those some record carries and those none does: an unknown
 * value would be applied (and find nothing) while the form shows 全部, so the page drops it and
 * says so.
 * @param known the values each filter can take (filterOptions of the records)
 */
export function dropUnknownFilters(
  state: SearchState,
  known: Readonly<Partial<Record<FilterKey, readonly string[]>>>,
): { state: SearchState; unknown: UnknownFilter[] } {
  const filters: Partial<Record<FilterKey, string>> = {};
  const unknown: UnknownFilter[] = [];
  for (const k of FILTER_KEYS) {
    const v = state.filters[k];
    if (v === undefined) continue;
    if (known[k]?.includes(v)) filters[k] = v;
    else unknown.push({ key: k, value: v });
  }
  return { state: { ...state, filters }, unknown };
}

/** Writes the state as a query string ("?q=…&industry=…"), or "" when there is nothing to keep. */
export function formatSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const k of FILTER_KEYS) {
    const v = state.filters[k];
    if (v) params.set(k, v);
  }
  if (state.sort) params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Whether two states show the same search. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return formatSearchState(a) === formatSearchState(b);
}
