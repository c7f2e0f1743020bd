/**
 * The search page's state as it lives in the URL (/search/?q=绿色工厂+资助&industry=生物医药&sort=award),
 * so that a search can be shared, bookmarked and gone back to.
 */
import { FILTER_KEYS, type FilterKey } from './filters';

/** What the search page shows. */
export interface SearchState {
  /** The query as typed. */
  q: string;
  /** Chosen filter values, by filter name. */
  filters: Partial<Record<FilterKey, string>>;
  /** Order: by relevance (empty) or by largest award. */
  sort: '' | 'award';
}

/** Reads the state from a query string. Unknown parameters are ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) filters[k] = v;
  }
  return { q: params.get('q') ?? '', filters, sort: params.get('sort') === 'award' ? 'award' : '' };
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
