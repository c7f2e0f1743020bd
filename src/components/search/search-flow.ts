/**
 * The search flow: from a search state to its results, through Pagefind. A query is cut into
 * the words a match must hold and searched (findMatches); a filter or the award sort without a
 * query lists what Pagefind finds (the award list through the award filter). The results come
 * back as pages loaded and checked on request, never all at once; the first page of a relevance
 * search is re-ranked by where the words stand, and for a question about money the results
 * granting awards come first (Pagefind names them through the award filter).
 */
import type { PreparedQuery } from '../../lib/search/query';
import { phrasesOf, rerankByPhrases, type RankedText } from '../../lib/search/rerank';
import { indexedText, queryWords, type QueryWord } from '../../lib/search/match';
import { findMatches, type Found } from '../../lib/search/find';
import { LazyMatches } from '../../lib/search/lazy-matches';
import { AWARD_FILTER, AWARD_VALUES } from '../../lib/search/filters';
import { cleanWords } from '../../lib/search/highlight';
import type { SearchState } from '../../lib/search/url-state';
import { META } from '../../lib/search/meta-keys';
import { IN_FORCE } from '../../lib/search/rerank';
import { wordsOf } from '../../lib/search/segment';
import { keyWords } from '../../lib/search/key-words';
import { loadPagefind, type SearchScope } from './pagefind-api';
import type { PagefindSearchFragment, PagefindSearchResult } from './pagefind-types';
import type { ShownResult } from './render-results';
import type { PageData } from './page-parts';
import { loadedPages, matchPages, shown, type ResultPages } from './result-pages';

/** What a search found. */
export interface SearchOutcome {
  /** The query words a match holds (none without a query). */
  words: QueryWord[];
  /** The words to highlight in results and on the pages they lead to. */
  highlight: string[];
  /** The results, in order, a page at a time. */
  results: ResultPages;
  /** Whether the results hold only some of the words (none holds them all). */
  partial: boolean;
  /** Sorted by award without a query: the list of the awards that state a sum. */
  awardList: boolean;
  /** A long question's words left out of the search (keyWords): how many; 0 for most queries. */
  leftOut: number;
  /** On a large base, the policies the directory chose for the search, of those holding its words (none: all searched). */
  scope: SearchScope | null;
}

/** The texts of a result that re-ranking reads, from its metadata. */
const rankedText = (d: PagefindSearchFragment): RankedText => ({
  title: d.meta[META.title] ?? '',
  defines: d.meta[META.defines] ?? '',
  recipients: d.meta[META.recipients] ?? '',
  awards: d.meta[META.awards] ?? '',
  body: d.meta[META.body] ?? '',
  policy: d.meta[META.policy] ?? '',
  inForce: d.meta[META.status] === IN_FORCE,
});

/** The words to highlight for query words: each word's terms and the policy words a user word stands for (补贴 → 资助). */
function highlightFor(words: readonly QueryWord[], policyWords: Readonly<Record<string, readonly string[]>>): string[] {
  return cleanWords(words.flatMap((w) => [...w.highlight, ...(policyWords[w.shown] ?? [])]));
}

/** Whether a state asks for nothing: no query word, no filter, no award list. */
export function asksNothing(state: SearchState, prepared: PreparedQuery): boolean {
  return prepared.terms.length === 0 && Object.keys(state.filters).length === 0 && state.sort !== 'award';
}

/** Runs searches for the page, keeping each result's data once loaded. */
export class SearchFlow {
  /** A result's data, loaded once per page: the same pages come back query after query. */
  private readonly cache = new Map<string, Promise<PagefindSearchFragment>>();
  private readonly lexicon: Set<string>;

  constructor(private readonly dict: PageData) {
    this.lexicon = new Set(dict.lexicon.map(([w]) => w));
  }

  /** A result's data, from the cache or loaded. */
  private readonly load = (r: PagefindSearchResult): Promise<PagefindSearchFragment> => {
    let d = this.cache.get(r.id);
    if (!d) {
      d = r.data();
      this.cache.set(r.id, d);
    }
    return d;
  };

  /** Searches for `state` (see asksNothing for what it needs). */
  async run(state: SearchState, prepared: PreparedQuery): Promise<SearchOutcome> {
    const awardList = state.sort === 'award' && prepared.terms.length === 0;
    const pf = await loadPagefind(import.meta.env.BASE_URL);
    performance.mark('search:pagefind-ready');
    const sort = state.sort ? { sort: { award: 'desc' as const } } : {};
    /** The scope of the search for the whole query (or of the list without one). */
    let scope: SearchScope | null = null;
    /** The text searched for the whole query (a long question's key words only). */
    let searched: string = prepared.text;
    /** Pagefind's results for `text` with the page's filters and sort, and `also` (the award filter). */
    const search = async (text: string | null, also: Record<string, string> = {}) => {
      const found = await pf.search(text, { filters: { ...state.filters, ...also }, ...sort });
      if (text === null || text === searched) scope = found.scope ?? scope;
      return found.results;
    };
    if (prepared.terms.length === 0) {
      // A filter alone lists what it keeps; sorted by award, the provisions that grant a sum,
      // largest first. Every result is one: loaded only as shown.
      const all = await search(null, awardList ? { [AWARD_FILTER]: AWARD_VALUES.sum } : {});
      const results = matchPages(new LazyMatches(all, loadBatch(this.load), false), 0);
      return { words: [], highlight: [], results, partial: false, awardList, scope, leftOut: 0 };
    }
    const all = queryWords(prepared.units, this.lexicon, wordsOf);
    // A long question searches for the words that matter (keyWords), not for every word of it.
    const words = keyWords(all, this.lexicon);
    const leftOut = all.length - words.length;
    const text = leftOut > 0 ? words.map((w) => w.match).join(' ') : prepared.text;
    searched = text;
    const relevance = !state.sort;
    const outcome = await findMatches({
      text,
      words,
      search: (text) => search(text),
      load: this.load,
      // The text Pagefind indexed: heading, text, award lines, citations and synonyms.
      textOf: (d: PagefindSearchFragment) => indexedText(d.content),
      order: state.sort ? async () => (await search(null)).map((r) => r.id) : null,
      // A question about money (能拿多少钱) is answered by the provisions that grant awards.
      preferred:
        relevance && prepared.wantsMoney
          ? async (text) => (await search(text, { [AWARD_FILTER]: AWARD_VALUES.any })).map((r) => r.id)
          : null,
    });
    const highlight = highlightFor(words, this.dict.policyWords);
    if (outcome.strict.found.length === 0) {
      const results = loadedPages(outcome.partial.map(shown), outcome.strict.count);
      return { words, highlight, results, partial: true, awardList, scope, leftOut };
    }
    const phrases = phrasesOf(prepared.shownTerms, this.dict.policyWords);
    /** Re-ranking by where the words stand refines relevance only; a chosen sort holds. */
    const firstPage = (page: ShownResult[]) => {
      if (!relevance) return page;
      const ranked = rerankByPhrases(page, (r) => rankedText(r.data), phrases);
      if (!prepared.wantsMoney) return ranked;
      return [...ranked.filter((r) => r.data.meta[META.awards]), ...ranked.filter((r) => !r.data.meta[META.awards])];
    };
    return {
      words,
      highlight,
      results: matchPages(outcome.strict, 1, firstPage),
      partial: false,
      awardList,
      scope,
      leftOut,
    };
  }
}

/** Loads a batch of results as matches of a list without a query (nothing to check). */
const loadBatch =
  (load: (r: PagefindSearchResult) => Promise<PagefindSearchFragment>) =>
  async (batch: readonly PagefindSearchResult[]): Promise<Found<PagefindSearchFragment>[]> =>
    (await Promise.all(batch.map(load))).map((data, i) => ({ id: batch[i]?.id ?? '', data, lacks: [] }));
