/**
 * The words of the index and the words of a query, which two segmenters cut. Pagefind indexes
 * Chinese with jieba (charabia, without HMM: 粮食安全 and 高新技术 are one word each, 河长 is 河 +
 * 长), and pagefind.js cuts a query in the browser with Intl.Segmenter (粮食|安全, 高|新|技术).
 * Pagefind prefix-matches each query word against the index's words and ANDs them, so a query
 * word that is no prefix of an indexed word finds nothing: 安全 is no prefix of 粮食安全, and on
 * the whole base 粮食安全 missed the 粮食安全保障条例 for that reason.
 *
 * The index is therefore given both cuts: each record also holds the query segmenter's words of
 * every indexed word that the browser cuts otherwise (the bridge), and the routing directory
 * holds the indexed words themselves (with how often they occur) rather than another
 * segmenter's. Both segmenters are handed in: jieba is a Node addon, Intl.Segmenter the browser's.
 * Pure: no Node, no DOM.
 */

/** Cuts a text into words, punctuation and spaces dropped. */
export type Segment = (text: string) => string[];

/** The two segmenters: Pagefind's at index time, the browser's at query time. */
export interface Segmenters {
  /** How Pagefind cuts indexed text (jieba without HMM). */
  index: Segment;
  /** How the browser cuts a query (Intl.Segmenter, zh-CN). */
  query: Segment;
}

/** Han characters only: the words the two segmenters may cut differently. */
const HAN = /^\p{Script=Han}+$/u;

/**
 * The bridge of a text: for each indexed word of two Han characters or more that the query
 * segmenter cuts into other words, those words (粮食安全 → 粮食, 安全; 高新技术 → 高, 新, 技术),
 * each once, in first-seen order. Indexed words the query segmenter keeps whole need nothing.
 * @param cache query cuts already made, by indexed word (the same words recur record after record)
 */
export function bridgeWords(text: string, seg: Segmenters, cache = new Map<string, string[]>()): string[] {
  const out = new Set<string>();
  for (const w of new Set(seg.index(text))) {
    if (!HAN.test(w) || Array.from(w).length < 2) continue;
    let parts = cache.get(w);
    if (!parts) {
      parts = seg.query(w);
      cache.set(w, parts);
    }
    if (parts.length > 1 || parts[0] !== w) for (const p of parts) out.add(p);
  }
  return [...out];
}

/**
 * The distinct words of texts as the index cuts them, in first-seen order; `skip` words are left
 * out. Each word stands once in a directory record: repeating words by how often a policy uses
 * them (1 + log2 of the count, at most 4) was measured on the whole base and ranked long policies
 * lower, as Pagefind's BM25 divides by a record's length (top-1 on the 2024 policy's queries
 * 1.000 → 0.933, on the opinions' 0.844 → 0.811: 工业设计 and 人才引育 no longer reached their
 * policies' bundles).
 */
export function distinctIndexWords(
  texts: readonly string[],
  segment: Segment,
  skip: ReadonlySet<string> = new Set(),
): string[] {
  const out = new Set<string>();
  for (const t of texts) for (const w of segment(t)) if (!skip.has(w)) out.add(w);
  return [...out];
}
