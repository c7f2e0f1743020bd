/**
 * The search lexicon: the words a query is read with and suggestions come from. Built at build
 * time from the vocabularies (industries, support types, levels, search equivalents) and from the
 * index's own words (award recipients and conditions, ladder names, defined terms, short
 * headings), so that every word it holds finds something. Pure: no Node, no DOM.
 */
import type { KnowledgeBase } from '../kb/model';
import type { SearchRecord } from './records';
import { alternation } from '../text/words';

/** Longest word kept: suggestions compare short strings, and a long phrase is no word. */
export const MAX_TERM_CHARS = 8;

/** Words that open an award's condition and say nothing about what it is for (获评国家级绿色工厂 → 绿色工厂). */
const CONDITION_OPENERS =
  /^(?:对|经|新|首次|被|获评|获得|获|认定为|认定|评为|列入|入选|成为|属于|实施|新认定的|经认定的)+/u;

/**
 * Short level words that are no vocabulary name (国家 of 国家级): removed from conditions with
 * the vocabulary's level names.
 */
const SHORT_LEVEL_WORDS = ['国家', '全国'];

/** Level words inside conditions (the vocabulary's levels and their short forms), as one pattern. */
function levelPattern(levelNames: readonly string[]): RegExp {
  return new RegExp(alternation([...levelNames, ...SHORT_LEVEL_WORDS]), 'gu');
}

/** Where a condition splits into words: punctuation, spaces and joining words. */
const SPLIT = /[\s\p{P}\p{S}、的和或及与]+/u;

/** Only Han characters: what edit distance and pinyin are meant for. */
const HAN_ONLY = /^\p{Script=Han}+$/u;

/** Strips the quotes around a policy word (“鲲鹏计划” → 鲲鹏计划). */
const unquote = (w: string) => w.replace(/[“”"]/g, '');

/** Headings that only number a provision (第十二条) or name a paragraph (序言): no word of its own. */
const BARE_HEADING = /^(?:第.+条|序言|题注)$/u;

/** A candidate kept as a lexicon word: 2 to MAX_TERM_CHARS Han characters. */
const isTerm = (w: string) =>
  HAN_ONLY.test(w) && !BARE_HEADING.test(w) && Array.from(w).length >= 2 && Array.from(w).length <= MAX_TERM_CHARS;

/**
 * The honour or subject an award condition names, with its openers and level words removed.
 * @param levelNames the level vocabulary's names (国家级, 省级 …)
 */
export function conditionWords(condition: string, levelNames: readonly string[]): string[] {
  const levels = levelPattern(levelNames);
  return condition
    .split(SPLIT)
    .map((w) => w.replace(levels, '').replace(CONDITION_OPENERS, ''))
    .filter(isTerm);
}

/**
 * Every lexicon word of a base, sorted, each once.
 * @param records the search records (for the defined terms and headings the index holds)
 */
export function lexiconTerms(kb: KnowledgeBase, records: readonly SearchRecord[]): string[] {
  const levelNames = kb.levels.map((l) => l.name);
  const vocabulary = [
    ...kb.industries.flatMap((i) => [i.name, ...i.aliases]),
    ...kb.supportTypes.flatMap((s) => [s.name, ...s.synonyms]),
    ...kb.levels.map((l) => l.name),
    ...kb.searchEquivalents.flatMap((e) => [unquote(e.policyWord), ...e.searchWords]),
  ];
  const indexWords = [
    ...kb.awards.flatMap((a) => [
      a.recipient,
      ...conditionWords(a.condition, levelNames),
      ...(a.ladderInfo ? [a.ladderInfo.name.replace(/评级$|档次$/u, '')] : []),
    ]),
    ...records.flatMap((r) => [...r.defines, ...r.recipients, r.title.replace(/^（[^）]*）/u, '')]),
  ];
  return [...new Set([...vocabulary, ...indexWords].map(unquote).filter(isTerm))].sort();
}
