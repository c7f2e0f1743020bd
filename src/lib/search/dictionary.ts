/**
 * What the browser needs to prepare queries, computed at build time from the records and
 * embedded in the search page: a traditional → simplified map, the synonym rewrites and the
 * lexicon (words with their pinyin).
 */
import type { SynonymGroup } from './synonyms';
import { queryRewrites, type HoldsWord } from './synonyms';
import type { SearchRecord } from './records';
import { buildTradMap, type TradMap } from './trad-map';
import { pinyinSpellings } from './pinyin';
import type { LexiconEntry } from './suggest';

/** Build-time data for query preparation (about two kilobytes as JSON). */
export interface QueryDictionary {
  /** Traditional → simplified characters of the indexed text. */
  trad: TradMap;
  /** Word people type → the policy's word (技改 → 技术改造). */
  rewrites: Record<string, string>;
  /** Word people type → the policy words it stands for, to highlight them (补贴 → 资助, 奖励 …). */
  policyWords: Record<string, string[]>;
  /** The lexicon's words with their pinyin spellings (see lexicon.ts): how queries are cut into words, and what suggestions offer. */
  lexicon: LexiconEntry[];
}

/** The indexed text of a record: what the query side may expect to find. */
export function recordText(r: SearchRecord): string {
  return [r.title, r.body, ...r.awards, ...r.citations].join(' ');
}

/** Each synonym → the policy words of the groups it belongs to. */
function policyWordsOf(groups: readonly SynonymGroup[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const g of groups) for (const w of g.words) (out[w] ??= []).push(g.canonical);
  return out;
}

/**
 * Builds the query dictionary for a set of records.
 * @param lexicon the lexicon's words (lexiconTerms); their pinyin is added here
 * @param holds whether a text holds a word as a word of its own (jieba.ts holdsWord at build time)
 */
export function buildQueryDictionary(
  records: readonly SearchRecord[],
  groups: readonly SynonymGroup[],
  lexicon: readonly string[] = [],
  holds?: HoldsWord,
): QueryDictionary {
  const corpus = records.map(recordText).join('\n');
  const rewrites = queryRewrites(groups, corpus, holds);
  return {
    trad: buildTradMap([corpus, ...records.flatMap((r) => r.synonyms), ...Object.keys(rewrites)]),
    rewrites,
    policyWords: policyWordsOf(groups),
    lexicon: lexicon.map((w): LexiconEntry => [w, ...pinyinSpellings(w)]),
  };
}
