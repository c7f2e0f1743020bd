/**
 * Which industries a text names, read the way a person reads it: at each place the longest
 * vocabulary word that stands there wins and takes its characters, so 精细化工 is named where the
 * text says 精细化工, and 化工 is not named inside it; 电气机械 does not name 机械. One matcher for
 * the ingest, the build's grounding rule and the award tags of the site.
 */

/** An industry as the matcher needs it: its name and the other names a text may use. */
export interface NamedIndustry {
  name: string;
  aliases: readonly string[];
}

/**
 * Words that end in the suffix 化 (信息化, 数字化, 现代化): a vocabulary word that starts with 化
 * right after one of them (化工 in 信息化工作) is not named there.
 */
const HUA_WORDS =
  /(?:信息|数字|现代|智能|绿色|国际|市场|一体|便利|标准|规范|产业|自动|网络|集约|规模|多元|法治|专业|品牌|高端|服务|电子|工业|城镇|个性)$/u;

/** A compiled vocabulary: every word with its industry, longest first. */
export interface IndustryMatcher {
  /** The industries named in `text`, in vocabulary order. */
  namedIn(text: string): string[];
}

/** Compiles a vocabulary once; matching a text is then linear in its length times the words tried at each place. */
export function industryMatcher(industries: readonly NamedIndustry[]): IndustryMatcher {
  const order = new Map(industries.map((i, n) => [i.name, n]));
  const byFirst = new Map<string, Array<{ word: string; name: string }>>();
  for (const i of industries) {
    for (const word of new Set([i.name, ...i.aliases])) {
      if (word === '') continue;
      const first = word[0] as string;
      byFirst.set(first, [...(byFirst.get(first) ?? []), { word, name: i.name }]);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  return {
    namedIn(text) {
      const found = new Set<string>();
      for (let at = 0; at < text.length;) {
        const hit = (byFirst.get(text[at] as string) ?? []).find(
          (w) =>
            text.startsWith(w.word, at) &&
            !(w.word.startsWith('化') && HUA_WORDS.test(text.slice(Math.max(0, at - 4), at))),
        );
        if (!hit) {
          at += 1;
          continue;
        }
        found.add(hit.name);
        at += hit.word.length;
      }
      return [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    },
  };
}
