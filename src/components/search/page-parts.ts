/**
 * The search page's markup as its script sees it: the elements it drives (found once, by their
 * data attributes) and the dictionary data the page embeds at build time (SearchApp.astro).
 */
import type { QueryDictionaryData } from '../../lib/search/query';
import type { LexiconEntry } from '../../lib/search/suggest';
import type { FilterKey } from '../../lib/search/filters';

/** Dictionary data embedded by the page at build time. */
export interface PageData extends QueryDictionaryData {
  policyWords: Record<string, string[]>;
  lexicon: LexiconEntry[];
  /** The values each filter can take, to tell an unknown value in a URL. */
  filters: Partial<Record<FilterKey, string[]>>;
}

/** The elements of the search page. */
export interface PageParts {
  /** The element holding the form and the results; it carries the dictionary and the rendered query. */
  root: HTMLElement;
  form: HTMLFormElement;
  /** The query box. */
  input: HTMLInputElement;
  /** The filter and sort selects. */
  selects: HTMLSelectElement[];
  /** The folding box around the selects. */
  filtersBox: HTMLDetailsElement;
  /** The live line saying how many results there are. */
  status: HTMLElement;
  /** Notes on the results (query rewritten, partial matches, the award list). */
  note: HTMLElement;
  /** Notes on the request (query cut, filter dropped). */
  notice: HTMLElement;
  /** “是否要找：…” */
  suggest: HTMLElement;
  /** The list of results. */
  list: HTMLElement;
  /** “显示更多结果” */
  more: HTMLButtonElement;
  /** The empty state: other wordings and ways to browse. */
  empty: HTMLElement;
  /** In the empty state: the words found nowhere and the policies closest to the query. */
  closest: HTMLElement;
}

/** Finds an element by its data attribute or stops: the markup and the script go together. */
function part<T extends Element>(root: Element, selector: string, type: abstract new () => T): T {
  const el = root.querySelector(selector);
  if (!(el instanceof type)) throw new Error(`search page: ${selector} missing`);
  return el;
}

/** The elements of the search page inside `root`. */
export function findParts(root: HTMLElement): PageParts {
  const form = part(root, '[data-search-form]', HTMLFormElement);
  return {
    root,
    form,
    input: part(form, 'input[name="q"]', HTMLInputElement),
    selects: [...form.querySelectorAll('select')],
    filtersBox: part(form, '[data-search-filters]', HTMLDetailsElement),
    status: part(root, '[data-search-status]', HTMLElement),
    note: part(root, '[data-search-note]', HTMLElement),
    notice: part(root, '[data-search-notice]', HTMLElement),
    suggest: part(root, '[data-search-suggest]', HTMLElement),
    list: part(root, '[data-search-list]', HTMLElement),
    more: part(root, '[data-search-more]', HTMLButtonElement),
    empty: part(root, '[data-search-empty]', HTMLElement),
    closest: part(root, '[data-search-closest]', HTMLElement),
  };
}

/** The dictionary data the page embeds (data-dict). */
export function readPageData(root: HTMLElement): PageData {
  return JSON.parse(root.dataset['dict'] ?? '{}') as PageData;
}
