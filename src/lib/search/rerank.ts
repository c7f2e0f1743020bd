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
import { wordsOf } from './segment';

/**
 * The status label of a policy in force, as records carry it (STATE_LABELS['in-force'] of
 * kb/status.ts, which a unit test ties to this; not imported, to keep the page's script small).
 */
export const IN_FORCE = '现行有效';

/**
 * The heading of a regulation's passage lines (题注: when and by whom it was adopted and amended):
 * they name the regulation, and so every word of its title, but rule nothing. Among results alike
 * by the words and the title, the regulation's articles come before them (无人驾驶航空器 found the
 * 题注 first; one place lower was not enough).
 */
export const PASSAGE_TITLE = '题注';

/**
 * Words of every policy's title that name its form, place or maker rather than its topic: a query
 * word among them (企业管理 → 管理) says nothing of which policy is about the query.
 */
const TITLE_FORM_WORDS = new Set(
  '中华人民共和国 浙江省 杭州市 条例 规定 办法 决定 意见 政策 若干 实施 细则 管理 促进 保护 关于 国务院 人民代表大会 常务委员会'.split(
    ' ',
  ),
);

/** The words of a query word a policy's title may name: the browser's cut, its form words and single characters left out. */
function topicWords(word: string): string[] {
  return wordsOf(word).filter((w) => Array.from(w).length >= 2 && !TITLE_FORM_WORDS.has(w));
}

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
  /** Query words its policy's title names, as typed or as the policy words they stand for. */
  named: number;
  /**
   * Characters of the query's topic words that its policy's title names, where they are most of a
   * query word (生活垃圾分类 → 生活, 垃圾 in 杭州市生活垃圾管理条例: 4): a query word the title does
   * not name whole may still name its topic.
   */
  titleWords: number;
  /** 0 for a regulation's passage lines (题注), 1 for a provision: its articles rule, the lines only name it. */
  rules: number;
  /** The summed strength of the places holding the words (PLACE_STRENGTH). */
  strength: number;
  /** 1 when its policy is in force, else 0. */
  inForce: number;
}

/**
 * Characters of the topic words of `word` that `title` holds, when they are more than half of
 * `word`: 科技 of 科技企业孵化器 in a 科技成果转化条例, or 技术 of 智能技术 in a 科学技术普及法, says
 * little of the topic; 生活垃圾 of 生活垃圾分类 says it.
 */
function titleChars(title: string, word: string): number {
  const chars = topicWords(word)
    .filter((w) => title.includes(w))
    .reduce((n, w) => n + Array.from(w).length, 0);
  return chars * 2 > Array.from(word).length ? chars : 0;
}

function matchOf(text: RankedText, phrases: readonly Phrase[]): MatchKey {
  let verbatim = 0;
  let named = 0;
  let titleWords = 0;
  let strength = 0;
  for (const [word, ...policyWords] of phrases) {
    if (word === undefined) continue;
    if (text.title.includes(word) || text.body.includes(word)) verbatim += 1;
    const holds = (place: string) => place.includes(word) || policyWords.some((w) => place.includes(w));
    if (holds(text.policy)) named += 1;
    titleWords += Math.max(...[word, ...policyWords].map((w) => titleChars(text.policy, w)));
    if (holds(text.title) || holds(text.defines)) strength += PLACE_STRENGTH.title;
    else if (holds(text.recipients)) strength += PLACE_STRENGTH.recipients;
    else if (holds(text.awards)) strength += PLACE_STRENGTH.awards;
  }
  const rules = text.title === PASSAGE_TITLE ? 0 : 1;
  return { verbatim, named, rules, strength, titleWords, inForce: text.inForce ? 1 : 0 };
}

/**
 * Compares two keys: more words as typed, then named by the policy's title, then provisions before
 * passage lines, then stronger places, then more of the topic's words in the policy's title, then
 * in force.
 */
const compareKeys = (a: MatchKey, b: MatchKey) =>
  b.verbatim - a.verbatim ||
  b.named - a.named ||
  b.rules - a.rules ||
  b.strength - a.strength ||
  b.titleWords - a.titleWords ||
  b.inForce - a.inForce;

/**
 * Orders `items` by how many of `phrases` their heading or text contains as typed, most first
 * (the user's own words are the surest sign), then by how many of them their policy's title
 * names, then provisions before a regulation's passage lines, then by where the words or the policy words they stand for stand (heading or defined
 * terms, then recipients of awards, then the rest of awards, then text), then by how much of the
 * query's topic words their policy's title names, then in force first;
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
  const none: MatchKey = { verbatim: 0, named: 0, titleWords: 0, rules: 0, strength: 0, inForce: 0 };
  const key = (i: number) => keys[i] ?? none;
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => compareKeys(key(a.i), key(b.i)) || a.i - b.i)
    .map((x) => x.item);
}
