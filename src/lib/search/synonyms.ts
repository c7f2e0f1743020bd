/**
 * Words people search with for the words the policies use. Pagefind ANDs the terms of a query
 * and knows no synonyms, so equivalents are added to the index, not to the query: a record
 * that says 资助 also carries 补贴, and “补贴 绿色工厂” then finds the clause on green factories.
 */
import type { Industry, SearchEquivalent, SupportType } from '../../schemas/vocabulary';

/** A group of equivalent words, with the reason it exists (for tests and reviewers). */
export interface SynonymGroup {
  /** The word the policy text uses. */
  canonical: string;
  /** What people type for it. */
  words: readonly string[];
  /**
   * Whether `canonical` counts only as a word of its own (a short form: 高企 is not in 提高企业);
   * else it counts wherever the text holds it.
   */
  whole?: boolean;
}

/** Whether a text holds a word as a word of its own (jieba's cut at build time, see jieba.ts). */
export type HoldsWord = (text: string, word: string) => boolean;

/** Anywhere in the text: the test of policy words. */
const anywhere: HoldsWord = (text, word) => text.includes(word);

/** The word by which the vocabulary marks a support type as money (资助, 奖励, 补助 …). */
const MONEY_MARK = '补贴';

/**
 * The words for money from the government, which people use interchangeably whatever the
 * policy wrote (“上市 奖励” for a clause that says 给予支持): the names and synonyms of every
 * support type that the vocabulary calls 补贴.
 */
export function moneyWords(supportTypes: readonly SupportType[]): string[] {
  const money = supportTypes.filter((s) => s.synonyms.includes(MONEY_MARK));
  return [...new Set(money.flatMap((s) => [s.name, ...s.synonyms]))];
}

/**
 * Every synonym group: support types with their vocabulary synonyms (and, for a money type,
 * every other word for money), industries with their aliases, and the search equivalents of
 * content/vocabularies/search-equivalents.yaml.
 */
export function synonymGroups(
  supportTypes: readonly SupportType[],
  industries: readonly Industry[],
  equivalents: readonly SearchEquivalent[],
): SynonymGroup[] {
  const money = moneyWords(supportTypes);
  return [
    ...supportTypes.map((s) => ({
      canonical: s.name,
      words: s.synonyms.includes(MONEY_MARK) ? money.filter((w) => w !== s.name) : s.synonyms,
    })),
    ...industries.filter((i) => i.aliases.length > 0).map((i) => ({ canonical: i.name, words: i.aliases })),
    ...equivalents.map((e) => ({ canonical: e.policyWord, words: e.searchWords })),
    // Short forms link back to the full form, counted only as words of their own.
    ...equivalents
      .filter((e) => e.bothWays)
      .flatMap((e) => e.searchWords.map((w) => ({ canonical: w, words: [e.policyWord], whole: true }))),
  ];
}

/**
 * The extra words a text should be indexed under: for each group whose policy word the text
 * contains, the words people use for it that the text does not contain yet. Only the policy
 * word triggers a group: every clause says 支持, and 支持 must not make each of them a 资助.
 * @param text the record's own text (with the names of its support types)
 */
export function synonymsFor(text: string, groups: readonly SynonymGroup[], holds: HoldsWord = anywhere): string[] {
  const extra = new Set<string>();
  for (const g of groups) {
    if (!(g.whole ? holds(text, g.canonical) : text.includes(g.canonical))) continue;
    for (const w of g.words) if (!text.includes(w)) extra.add(w);
  }
  return [...extra];
}

/** Whether some line of the corpus holds `word` as a word (lines are records: only those holding it are cut). */
function writes(corpus: string, word: string, holds: HoldsWord): boolean {
  if (!corpus.includes(word)) return false;
  return corpus.split('\n').some((line) => line.includes(word) && holds(line, word));
}

/**
 * Query-side rewrites: a word people type that the policies never write and that stands for
 * exactly one policy word (技改 → 技术改造, 营收 → 营业收入, 高企 → 高新技术企业). The browser
 * segments a query with Intl.Segmenter, which splits such words into single characters that
 * then match everywhere; replacing them with the policy word finds the right clause. Words
 * shared by several groups (补贴) stay as they are: the index carries them.
 * A word counts as written only as a word of its own: 高企 is inside 提高企业, yet the policies
 * never write 高企, so it is rewritten (else it matched 提高企业 first).
 * @param corpus every text the index holds (records' titles, bodies, award lines)
 * @param holds whether a text holds a word as a word (jieba's cut at build time)
 */
export function queryRewrites(
  groups: readonly SynonymGroup[],
  corpus: string,
  holds: HoldsWord = anywhere,
): Record<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const g of groups) for (const w of g.words) owners.set(w, (owners.get(w) ?? new Set()).add(g.canonical));
  const rewrites: Record<string, string> = {};
  for (const [word, canon] of owners) {
    const only = [...canon][0];
    if (canon.size === 1 && only !== undefined && !writes(corpus, word, holds)) rewrites[word] = only;
  }
  return rewrites;
}
