/**
 * The search flow: from a search state to its results, through Pagefind. A query is prepared,
 * cut into the words a match must hold and searched (findMatches); a filter or the award sort
 * without a query lists what Pagefind finds. The results come back as pages loaded on request;
 * the first page of a relevance search is re-ranked by where the words stand, and for a
 * question about money the results granting awards come first.
 */
import type { PreparedQuery } from '../../lib/search/query';
import { phrasesOf, rerankByPhrases, type RankedText } from '../../lib/search/rerank';
import { indexedText, queryWords, type QueryWord } from '../../lib/search/match';
import { findMatches } from '../../lib/search/find';
import { cleanWords } from '../../lib/search/highlight';
import type { SearchState } from '../../lib/search/url-state';
import { loadPagefind, type PagefindData, type PagefindResult } from './pagefind-api';
import type { ShownResult } from './render-results';
import type { PageData } from './page-parts';
import { arrayPages, PAGE_SIZE, type ResultPages } from './result-pages';

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
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** The words of a text as the browser segments them. */
const segment = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

/** The texts of a result that re-ranking reads, from its metadata. */
const rankedText = (d: PagefindData): RankedText => ({
  title: d.meta['title'] ?? '',
  defines: d.meta['defines'] ?? '',
  recipients: d.meta['recipients'] ?? '',
  awards: d.meta['awards'] ?? '',
  body: d.meta['body'] ?? '',
});

/**
 * The text Pagefind indexed for a result (its fragment's `content`: heading, text, award lines,
 * citations and synonyms), read defensively since the API type does not declare it.
 */
function contentOf(d: PagefindData): string {
  const content: unknown = (d as unknown as Record<string, unknown>)['content'];
  return typeof content === 'string' ? content : [d.meta['title'], d.meta['body'], d.meta['awards']].join(' ');
}

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
  private readonly cache = new Map<string, Promise<PagefindData>>();
  private readonly lexicon: Set<string>;

  constructor(private readonly dict: PageData) {
    this.lexicon = new Set(dict.lexicon.map(([w]) => w));
  }

  /** A result's data, from the cache or loaded. */
  private readonly load = (r: PagefindResult): Promise<PagefindData> => {
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
    const options = {
      filters: state.filters as Record<string, string>,
      ...(state.sort ? { sort: { award: 'desc' as const } } : {}),
    };
    const search = async (text: string | null) => (await pf.search(text, options))?.results ?? [];
    if (prepared.terms.length === 0) {
      const all = await search(null);
      if (awardList) {
        // Sorted by award without a query: the provisions that grant a sum, largest first.
        const data = await Promise.all(all.map(this.load));
        const results = data.filter((d) => (d.meta['badges'] ?? '').length > 0).map((d) => ({ data: d, lacks: [] }));
        return { words: [], highlight: [], results: arrayPages(results, [], this.load), partial: false, awardList };
      }
      return { words: [], highlight: [], results: arrayPages([], all, this.load), partial: false, awardList };
    }
    const words = queryWords(prepared.units, this.lexicon, segment);
    const outcome = await findMatches({
      text: prepared.text,
      words,
      search,
      load: this.load,
      textOf: (d: PagefindData) => indexedText(contentOf(d)),
      order: state.sort ? async () => (await search(null)).map((r) => r.id) : null,
    });
    const partial = outcome.full.length === 0;
    const found = partial ? outcome.partial : outcome.full;
    let results: ShownResult[] = found.map((f) => ({ data: f.data, lacks: f.lacks.map((w) => w.shown) }));
    if (!state.sort && !partial) {
      // Re-ranking by where the words stand refines relevance only; a chosen sort holds.
      const first = rerankByPhrases(
        results.slice(0, PAGE_SIZE),
        (r) => rankedText(r.data),
        phrasesOf(prepared.shownTerms, this.dict.policyWords),
      );
      results = [...first, ...results.slice(PAGE_SIZE)];
      // A question about money (能拿多少钱) is answered by the provisions that grant awards.
      if (prepared.wantsMoney)
        results = [...results.filter((r) => r.data.meta['awards']), ...results.filter((r) => !r.data.meta['awards'])];
    }
    const highlight = highlightFor(words, this.dict.policyWords);
    return { words, highlight, results: arrayPages(results, [], this.load), partial, awardList };
  }
}
