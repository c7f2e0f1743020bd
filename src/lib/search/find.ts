/**
 * A search that says what it found: the results holding every query word, and when there are
 * none, at most MAX_PARTIAL_RESULTS results holding some, each with the words it lacks. Pagefind
 * finds the candidates; each is checked against its indexed text (see match.ts). Pure: the
 * search and the loading of a result's text are handed in.
 */
import { MAX_PARTIAL_RESULTS, MAX_RELAXED_WORDS } from './limits';
import { lackingWords, type QueryWord } from './match';

/** The part of a Pagefind result that the search needs. */
export interface ScoredResult {
  /** Pagefind's page id. */
  id: string;
  /** Pagefind's score. */
  score: number;
}

/** Runs one query (with the page's filters and sort) and returns Pagefind's results. */
export type SearchFn<R extends ScoredResult> = (text: string) => Promise<R[]>;

/** A result with its loaded data and the query words it lacks (none for a match). */
export interface Found<D> {
  id: string;
  data: D;
  lacks: QueryWord[];
}

/** What a search found: matches in the order asked for, or partial matches when there are none. */
export interface FindOutcome<D> {
  full: Found<D>[];
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
}

/** Loads and checks results, keeping their order. */
async function check<R extends ScoredResult, D>(results: readonly R[], o: FindOptions<R, D>): Promise<Found<D>[]> {
  const data = await Promise.all(results.map((r) => o.load(r)));
  return results.map((r, i) => {
    const d = data[i] as D;
    return { id: r.id, data: d, lacks: lackingWords(o.textOf(d), o.words) };
  });
}

/**
 * Searches and checks. Matches keep Pagefind's order (relevance or the sort); when none holds
 * every word, each word is searched alone (at most MAX_RELAXED_WORDS) and the pages holding
 * the most words come first (among them, those Pagefind found for the whole query, in its order,
 * then by their scores for the words), or, sorted by award, the largest award first.
 */
export async function findMatches<R extends ScoredResult, D>(o: FindOptions<R, D>): Promise<FindOutcome<D>> {
  const strictResults = await o.search(o.text);
  const strict = await check(strictResults, o);
  const full = strict.filter((f) => f.lacks.length === 0);
  if (full.length > 0 || o.words.length < 2) return { full, partial: [] };
  const perWord = await Promise.all(o.words.slice(0, MAX_RELAXED_WORDS).map((w) => o.search(w.match)));
  const merged = new Map<string, { result: R; score: number }>();
  for (const results of perWord) {
    for (const r of results) {
      const m = merged.get(r.id);
      if (m) m.score += r.score;
      else merged.set(r.id, { result: r, score: r.score });
    }
  }
  // Pages of the strict search first, in its order: Pagefind ranked them for the whole query.
  const strictRank = new Map(strict.map((f, i) => [f.id, i]));
  for (const r of strictResults) if (!merged.has(r.id)) merged.set(r.id, { result: r, score: 0 });
  const candidates = [...merged.values()];
  const found = (
    await check(
      candidates.map((c) => c.result),
      o,
    )
  ).map((f, i) => ({ f, score: candidates[i]?.score ?? 0 }));
  const some = found.filter(({ f }) => f.lacks.length < o.words.length);
  if (o.order) {
    const rank = new Map((await o.order()).map((id, i) => [id, i]));
    some.sort((a, b) => (rank.get(a.f.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.f.id) ?? Number.MAX_SAFE_INTEGER));
  } else {
    const strictOf = (id: string) => strictRank.get(id) ?? Number.MAX_SAFE_INTEGER;
    some.sort(
      (a, b) => a.f.lacks.length - b.f.lacks.length || strictOf(a.f.id) - strictOf(b.f.id) || b.score - a.score,
    );
  }
  return { full: [], partial: some.slice(0, MAX_PARTIAL_RESULTS).map(({ f }) => f) };
}
