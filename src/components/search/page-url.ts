/**
 * The search state between the form, the URL and the history: reads the form, fills it in from
 * a state, puts the state in the URL (a new history entry after a pause in typing, else
 * replacing the current one) and reads it back, dropping filter values no record carries and
 * remembering what was dropped or cut so that the page can say so.
 */
import { capQuery } from '../../lib/search/limits';
import {
  dropUnknownFilters,
  formatSearchState,
  parseSearchState,
  type SearchState,
  type UnknownFilter,
} from '../../lib/search/url-state';
import type { FilterKey } from '../../lib/search/filters';
import type { PageData, PageParts } from './page-parts';

/** A pause in typing longer than this starts a new history entry rather than replacing it. */
const NEW_ENTRY_AFTER_MS = 1000;

/** The search state of the page's form and URL. */
export class PageUrl {
  /** Filters of the URL that no record carries, dropped, said once. */
  dropped: UnknownFilter[] = [];
  /** Whether the URL's query was longer than MAX_QUERY_CHARS (parseSearchState cut it). */
  urlCut = false;
  private lastEntryAt = 0;

  constructor(
    private readonly parts: PageParts,
    private readonly known: PageData['filters'],
  ) {}

  /** The state the form shows. */
  readForm(): SearchState {
    const { input, selects } = this.parts;
    return parseSearchState(
      `?${new URLSearchParams([['q', input.value], ...selects.map((s) => [s.name, s.value] as [string, string])]).toString()}`,
    );
  }

  /** Fills the form in from a state. */
  writeForm(state: SearchState): void {
    const { input, selects, filtersBox } = this.parts;
    input.value = state.q;
    // Filters stay folded on a phone unless one is in use; on a wide screen they are open.
    if (state.sort || Object.keys(state.filters).length > 0 || matchMedia('(min-width: 48rem)').matches)
      filtersBox.open = true;
    for (const s of selects) s.value = s.name === 'sort' ? state.sort : (state.filters[s.name as FilterKey] ?? '');
  }

  /** Puts the state in the URL: a new entry after a pause, else replacing the current one. */
  record(state: SearchState): void {
    const url = `${location.pathname}${formatSearchState(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (Date.now() - this.lastEntryAt > NEW_ENTRY_AFTER_MS) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    this.lastEntryAt = Date.now();
  }

  /** The next change starts a new history entry (a submitted search, the page's first state). */
  newEntry(): void {
    this.lastEntryAt = 0;
  }

  /** Forgets what the URL had dropped or cut: the reader changed the search. */
  forgetNotes(): void {
    this.dropped = [];
    this.urlCut = false;
  }

  /** Reads the URL's state, dropping filter values no record carries (and the URL's copy of them). */
  fromUrl(): SearchState {
    const cleaned = dropUnknownFilters(parseSearchState(location.search), this.known);
    this.dropped = cleaned.unknown;
    this.urlCut = capQuery(new URLSearchParams(location.search).get('q') ?? '').cut;
    if (this.dropped.length > 0 || this.urlCut)
      history.replaceState(history.state, '', `${location.pathname}${formatSearchState(cleaned.state)}`);
    return cleaned.state;
  }
}
