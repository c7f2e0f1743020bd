/**
 * A search that says what it found: the results holding every query word, found lazily page by
 * page (see lazy-matches.ts), and when the first page finds none, at most MAX_PARTIAL_RESULTS
 * results holding some, each with the words it lacks. Pagefind finds the candidates; each is
 * checked against its indexed text (see match.ts). Pure: the search and the loading of a
 * result's text are handed in.
 */
import { MAX_PARTIAL_CANDIDATES, MAX_PARTIAL_RESULTS, MAX_RELAXED_WORDS } from './limits';
import { LazyMatches, PAGE_SIZE, type Found } from './lazy-matches';
import { lackingWords, type QueryWord } from './match';

export type { Found } from './lazy-matches';

/** The part of a Pagefind result that the search needs. */
export interface ScoredResult {
  /** Pagefind's page id. */
  id: string;
  /** Pagefind's score. */
  score: number;
}

/** Runs one query (with the page's filters and sort) and returns Pagefind's results. */
export type SearchFn<R extends ScoredResult> = (text: string) => Promise<R[]>;

/**
 * What a search found: the matches, checked lazily in the order asked for (the first page
 * already checked), and when that page holds none, the partial matches.
 */
export interface FindOutcome<R extends ScoredResult, D> {
  /** The results holding every word; more are checked on request (LazyMatches.fill). */
  strict: LazyMatches<R, D>;
  /** When no match was found: results holding some of the words, best first; else empty. */
  partial: Found<D>[];
}

/** How to run and check a search. */
export interface FindOptions<R extends ScoredResult, D> {
  /** The query as Pagefind receives it (PreparedQuery.text). */
  text: string;
  /** The words a match holds (queryWords). */
  words: readonly QueryWord[];
  /** Runs one Pagefind query with the page's filters and sort. */
  search: SearchFn<R>;
  /** Loads a result's data (cached by the caller: the same page comes back query after query). */
  load: (r: R) => Promise<D>;
  /** The indexed text of a result's data, as indexedText gives it. */
  textOf: (d: D) => string;
  /** Sorted by award: the ids of every page in that order, so that partial matches keep it; null for relevance. */
  order: (() => Promise<readonly string[]>) | null;
  /**
   * The ids of the query's results to list first, keeping Pagefind's order otherwise (for a
   * question about money, those that grant awards); null for none.
   */
  preferred: ((text: string) => Promise<readonly string[]>) | null;
}

/** Loads and checks results, keeping their order. */
async function check<R extends ScoredResult, D>(results: readonly R[], o: FindOptions<R, D>): Promise<Found<D>[]> {
  const data = await Promise.all(results.map((r) => o.load(r)));
  return results.map((r, i) => {
    const d = data[i] as D;
    return { id: r.id, data: d, lacks: lackingWords(o.textOf(d), o.words) };
  });
}

/** `results` with those whose id is in `first` moved to the front, in order otherwise. */
function preferring<R extends ScoredResult>(results: readonly R[], first: ReadonlySet<string>): R[] {
  return [...results.filter((r) => first.has(r.id)), ...results.filter((r) => !first.has(r.id))];
}

/**
 * The partial matches when the checked results hold no match: each word is searched alone (at
 * most MAX_RELAXED_WORDS), the MAX_PARTIAL_CANDIDATES best results by their summed scores are
 * checked besides those checked already, and the pages holding the most words come first
 * (among them, those Pagefind found for the whole query, in its order, then by their scores for
 * the words), or, sorted by award, the largest award first.
 */
async function partialMatches<R extends ScoredResult, D>(
  o: FindOptions<R, D>,
  strictResults: readonly R[],
  checked: readonly Found<D>[],
): Promise<Found<D>[]> {
  const perWord = await Promise.all(o.words.slice(0, MAX_RELAXED_WORDS).map((w) => o.search(w.match)));
  const merged = new Map<string, { result: R; score: number }>();
  for (const results of perWord) {
    for (const r of results) {
      const m = merged.get(r.id);
      if (m) m.score += r.score;
      else merged.set(r.id, { result: r, score: r.score });
    }
  }
  for (const r of strictResults) if (!merged.has(r.id)) merged.set(r.id, { result: r, score: 0 });
  const known = new Set(checked.map((f) => f.id));
  const best = [...merged.values()]
    .filter((c) => !known.has(c.result.id))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_PARTIAL_CANDIDATES);
  const found = [
    ...checked,
    ...(await check(
      best.map((c) => c.result),
      o,
    )),
  ];
  const some = found.filter((f) => f.lacks.length < o.words.length);
  // Pages of the strict search first, in its order: Pagefind ranked them for the whole query.
  const strictRank = new Map(strictResults.map((r, i) => [r.id, i]));
  const scoreOf = (id: string) => merged.get(id)?.score ?? 0;
  if (o.order) {
    const rank = new Map((await o.order()).map((id, i) => [id, i]));
    some.sort((a, b) => (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER));
  } else {
    const strictOf = (id: string) => strictRank.get(id) ?? Number.MAX_SAFE_INTEGER;
    some.sort(
      (a, b) => a.lacks.length - b.lacks.length || strictOf(a.id) - strictOf(b.id) || scoreOf(b.id) - scoreOf(a.id),
    );
  }
  return some.slice(0, MAX_PARTIAL_RESULTS);
}

/**
 * Searches and checks the first page. Matches keep Pagefind's order (relevance or the sort,
 * the preferred results first); when the first page finds none and the query has several
 * words, partial matches are looked for (see partialMatches).
 */
export async function findMatches<R extends ScoredResult, D>(o: FindOptions<R, D>): Promise<FindOutcome<R, D>> {
  const strictResults = await o.search(o.text);
  const ordered = o.preferred ? preferring(strictResults, new Set(await o.preferred(o.text))) : strictResults;
  const strict = new LazyMatches(ordered, (batch) => check(batch, o), true);
  await strict.fill(PAGE_SIZE + 1);
  if (strict.found.length > 0 || o.words.length < 2) return { strict, partial: [] };
  return { strict, partial: await partialMatches(o, strictResults, strict.checked) };
}
