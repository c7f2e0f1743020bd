/**
 * Re-ranking of the first results, by where the query's words stand. Pagefind scores words one
 * by one (BM25, no proximity) and divides by the record's length, so two things go wrong:
 * - for “专项奖励” a clause with 专项 in one sentence and 奖励 in another can outscore the clause
 *   that says 专项奖励: pages containing more of the query's words as typed move up;
 * - a short article that names 首台（套） in passing outscores the long clause whose award is for
 *   首台（套）, because a clause's awards make its record long: among pages containing as many of
 *   the words, those where the words stand in the heading, a definition or an award (what the
 *   provision is about, or grants) move above those that only mention them in the text.
 * Ties keep Pagefind's order, so its weighting still decides between pages that are alike.
 */

/** The texts of a result that re-ranking reads (the record's metadata). */
export interface RankedText {
  /** The heading: （十六）实施绿色制造工程, 第十二条, 结语：施行日期与有效期. */
  title: string;
  /** The terms the provision defines (数字经济, 杭州跨境电商综试区), see definitions.ts; empty when none. */
  defines: string;
  /** Who the awards go to (企业, 高新技术企业, 中介服务机构); empty when none. */
  recipients: string;
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
export function phrasesOf(
  terms: readonly string[],
  policyWords: Readonly<Record<string, readonly string[]>> = {},
): Phrase[] {
  return terms.filter((t) => Array.from(t).length >= 2).map((t) => [t, ...(policyWords[t] ?? [])]);
}

/**
 * How strongly a place says what a provision is about: its heading or the terms it defines
 * (the article that defines 数字经济 above the sixty that use it), then whom its awards go to (a
 * query naming the recipient asks for that support: 高新技术企业 支持政策), then the rest of its
 * awards (conditions, kinds), then its text.
 */
const PLACE_STRENGTH = { title: 3, recipients: 2, awards: 1, body: 0 } as const;

/**
 * How many query words a result contains verbatim in its heading or text, and the sum of the
 * strongest place where each word or a policy word it stands for stands.
 */
function matchOf(text: RankedText, phrases: readonly Phrase[]): { verbatim: number; strength: number } {
  let verbatim = 0;
  let strength = 0;
  for (const [word, ...policyWords] of phrases) {
    if (word === undefined) continue;
    if (text.title.includes(word) || text.body.includes(word)) verbatim += 1;
    const holds = (place: string) => place.includes(word) || policyWords.some((w) => place.includes(w));
    if (holds(text.title) || holds(text.defines)) strength += PLACE_STRENGTH.title;
    else if (holds(text.recipients)) strength += PLACE_STRENGTH.recipients;
    else if (holds(text.awards)) strength += PLACE_STRENGTH.awards;
  }
  return { verbatim, strength };
}

/**
 * Orders `items` by how many of `phrases` their heading or text contains as typed, most first
 * (the user's own words are the surest sign), then by where the words or the policy words they
 * stand for stand (heading or defined terms, then recipients of awards, then the rest of awards, then text); stable otherwise.
 * @param text the texts of an item
 */
export function rerankByPhrases<T>(
  items: readonly T[],
  text: (item: T) => RankedText,
  phrases: readonly Phrase[],
): T[] {
  if (phrases.length === 0) return [...items];
  const keys = items.map((item) => matchOf(text(item), phrases));
  const key = (i: number) => keys[i] ?? { verbatim: 0, strength: 0 };
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => key(b.i).verbatim - key(a.i).verbatim || key(b.i).strength - key(a.i).strength || a.i - b.i)
    .map((x) => x.item);
}
