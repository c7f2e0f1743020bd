/**
 * Re-ranking of the first results, by where the query's words stand. Pagefind scores words one
 * by one (BM25, no proximity) and divides by the record's length, so two things go wrong:
 * - for “专项奖励” a clause with 专项 in one sentence and 奖励 in another can outscore the clause
 *   that says 专项奖励: pages containing more of the query's words as typed move up;
 * - a short article that names 首台（套） in passing outscores the long clause whose award is for
 *   首台（套）, because a clause's awards make its record long: among pages containing as many of
 *   the words, those where the words stand in the heading, a definition or an award (what the
 *   provision is about, or grants) move above those that only mention them in the text.
 * On a base of hundreds of documents two more rules apply, measured on the whole base (README,
 * Search):
 * - an article of the document whose title names the topic ranks above another document's
 *   passing mention (粮食安全: the 粮食安全保障条例 above the 2024 policy's item on it; 城市大脑:
 *   the 城市大脑 regulation above the 燃气管理条例's article that names it);
 * - among pages alike in all of the above, a policy in force ranks above one that is not (the
 *   expired one is still shown, marked with its status).
 * Ties keep Pagefind's order, so its weighting still decides between pages that are alike.
 */

/**
 * The status label of a policy in force, as records carry it (STATE_LABELS['in-force'] of
 * kb/status.ts, which a unit test ties to this; not imported, to keep the page's script small).
 */
export const IN_FORCE = '现行有效';

/**
 * The heading of a regulation's passage lines (题注: when and by whom it was adopted and amended):
 * they name the regulation, and so every word of its title, but rule nothing. Among results alike
 * by the words, the regulation's articles come before them (无人驾驶航空器 found the 题注 first).
 */
export const PASSAGE_TITLE = '题注';

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
  /** Its policy's short title (杭州城市大脑赋能城市治理促进条例). */
  policy: string;
  /** Whether its policy is in force (现行有效). */
  inForce: boolean;
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
interface MatchKey {
  /** Query words its heading or text holds as typed. */
  verbatim: number;
  /** Query words its policy's title names. */
  named: number;
  /** The summed strength of the places holding the words (PLACE_STRENGTH). */
  strength: number;
  /** 1 when its policy is in force, else 0. */
  inForce: number;
}

function matchOf(text: RankedText, phrases: readonly Phrase[]): MatchKey {
  let verbatim = 0;
  let named = 0;
  let strength = 0;
  for (const [word, ...policyWords] of phrases) {
    if (word === undefined) continue;
    if (text.title.includes(word) || text.body.includes(word)) verbatim += 1;
    const holds = (place: string) => place.includes(word) || policyWords.some((w) => place.includes(w));
    if (holds(text.policy)) named += 1;
    if (holds(text.title) || holds(text.defines)) strength += PLACE_STRENGTH.title;
    else if (holds(text.recipients)) strength += PLACE_STRENGTH.recipients;
    else if (holds(text.awards)) strength += PLACE_STRENGTH.awards;
  }
  if (text.title === PASSAGE_TITLE) strength -= 1;
  return { verbatim, named, strength, inForce: text.inForce ? 1 : 0 };
}

/** Compares two keys: more words as typed, then named by the policy's title, then stronger places, then in force. */
const compareKeys = (a: MatchKey, b: MatchKey) =>
  b.verbatim - a.verbatim || b.named - a.named || b.strength - a.strength || b.inForce - a.inForce;

/**
 * Orders `items` by how many of `phrases` their heading or text contains as typed, most first
 * (the user's own words are the surest sign), then by how many of them their policy's title
 * names, then by where the words or the policy words they stand for stand (heading or defined
 * terms, then recipients of awards, then the rest of awards, then text), then in force first;
 * stable otherwise.
 * @param text the texts of an item
 */
export function rerankByPhrases<T>(
  items: readonly T[],
  text: (item: T) => RankedText,
  phrases: readonly Phrase[],
): T[] {
  if (phrases.length === 0) return [...items];
  const keys = items.map((item) => matchOf(text(item), phrases));
  const none: MatchKey = { verbatim: 0, named: 0, strength: 0, inForce: 0 };
  const key = (i: number) => keys[i] ?? none;
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => compareKeys(key(a.i), key(b.i)) || a.i - b.i)
    .map((x) => x.item);
}
