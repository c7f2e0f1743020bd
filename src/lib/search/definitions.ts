/**
 * The terms a provision defines. Regulations define their terms in one article (本条例所称数字经济，
 * 是指… ; …综合试验区（以下简称杭州跨境电商综试区）) and then use them in dozens of others, so a
 * search for the term should find the definition first: re-ranking reads these terms as it
 * reads a heading.
 */

import { SHORT_FORM_DEFINITION } from './abbreviations';

/** 本条例所称X，是指 / 所称的X，是指: X is defined here. */
const SO_CALLED = /所称的?([^，。；：、,]{2,30}?)，?是指/gu;

/**
 * The terms `text` defines, in order of appearance, each once.
 * @example definedTerms('本条例所称数字经济，是指…') → ['数字经济']
 */
export function definedTerms(text: string): string[] {
  const terms = [...text.matchAll(SO_CALLED), ...text.matchAll(SHORT_FORM_DEFINITION)]
    .sort((a, b) => a.index - b.index)
    .map((m) => m[1] ?? '');
  return [...new Set(terms.filter((t) => t.length > 0))];
}
