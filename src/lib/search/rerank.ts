/**
 * Re-ranking of the first results, by where the query's words stand. Pagefind scores words one
 * by one (BM25, no proximity) and divides by the record's length, so two things go wrong:
 * - for “专项奖励” a clause with 专项 in one sentence and 奖励 in another can outscore the clause
 *   that says 专项奖励: pages containing more of the query's words verbatim move up;
 * - a short article that names 首台（套） in passing outscores the long clause whose award is for
 *   首台（套）, because a clause's awards make its record long: among pages containing as many of
 *   the words, those where the words stand in the heading or in an award's condition (what the
 *   provision is about, or grants) move above those that only mention them in the text.
 * Ties keep Pagefind's order, so its weighting still decides between pages that are alike.
 */

/** The texts of a result that re-ranking reads (the record's metadata). */
export interface RankedText {
  /** The heading: （十六）实施绿色制造工程, 第十二条, 结语：施行日期与有效期. */
  title: string;
  /** The award lines: condition, recipient, level, amount and kind of each award; empty when none. */
  awards: string;
  /** The provision's text. */
  body: string;
}

/** A query word worth checking verbatim, with the policy's words it stands for (首台套 → 首台（套）). */
export type Phrase = readonly string[];

/**
 * The query words worth checking verbatim (two characters or more: 万 or 号 alone is everywhere),
 * each with the policy words its synonyms stand for, so that 补贴 counts where the text says 资助.
 * @param policyWords user word → the policy words it stands for (the query dictionary's)
 */
export function phrasesOf(terms: readonly string[], policyWords: Readonly<Record<string, readonly string[]>> = {}): Phrase[] {
  return terms.filter((t) => Array.from(t).length >= 2).map((t) => [t, ...(policyWords[t] ?? [])]);
}

/** How strongly a place says what a provision is about: its heading, then its awards, then its text. */
const PLACE_STRENGTH = { title: 2, awards: 1, body: 0 } as const;

/** How many phrases a result contains, and the sum of the strongest place of each. */
function matchOf(text: RankedText, phrases: readonly Phrase[]): { found: number; strength: number } {
  let found = 0;
  let strength = 0;
  for (const alternatives of phrases) {
    const holds = (place: string) => alternatives.some((w) => place.includes(w));
    if (holds(text.title)) strength += PLACE_STRENGTH.title;
    else if (holds(text.awards)) strength += PLACE_STRENGTH.awards;
    else if (!holds(text.body)) continue;
    found += 1;
  }
  return { found, strength };
}

/**
 * Orders `items` by how many of `phrases` they contain (in heading, awards or text), most first,
 * then by where they stand (heading above awards above text); stable otherwise.
 * @param text the texts of an item
 */
export function rerankByPhrases<T>(items: readonly T[], text: (item: T) => RankedText, phrases: readonly Phrase[]): T[] {
  if (phrases.length === 0) return [...items];
  const keys = items.map((item) => matchOf(text(item), phrases));
  const key = (i: number) => keys[i] ?? { found: 0, strength: 0 };
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => key(b.i).found - key(a.i).found || key(b.i).strength - key(a.i).strength || a.i - b.i)
    .map((x) => x.item);
}
