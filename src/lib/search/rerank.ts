/**
 * Phrase re-ranking. Pagefind scores words one by one (BM25, no proximity): for “专项奖励” a
 * clause with 专项 in one sentence and 奖励 in another can outscore the clause that says
 * 专项奖励. Among the results shown first, pages that contain more of the query's words
 * verbatim move up; ties keep Pagefind's order, so title weighting still decides between
 * pages that both contain the words.
 */

/** The query words worth checking verbatim: two characters or more. */
export function phrasesOf(terms: readonly string[]): string[] {
  return terms.filter((t) => Array.from(t).length >= 2);
}

/**
 * Orders `items` by how many of `phrases` their text contains, most first; stable.
 * @param text the text of an item (title and body)
 */
export function rerankByPhrases<T>(items: readonly T[], text: (item: T) => string, phrases: readonly string[]): T[] {
  if (phrases.length === 0) return [...items];
  const hits = items.map((item) => {
    const t = text(item);
    return phrases.filter((p) => t.includes(p)).length;
  });
  return items.map((item, i) => ({ item, i })).sort((a, b) => (hits[b.i] ?? 0) - (hits[a.i] ?? 0) || a.i - b.i).map((x) => x.item);
}
