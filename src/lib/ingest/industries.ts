/**
 * Plugin: industries. A clause lists the vocabulary industries its body names, by name or
 * alias, and the industry groups it names as a whole. Items of an enumeration of industries
 * (…、…等产业/领域) that the vocabulary does not know are reported, so that a reviewer can add
 * them to content/vocabularies/industries.yaml.
 */
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { INDUSTRY_GROUPS, type Industry, type Vocabularies } from '../../schemas/vocabulary';
import { industryMatcher } from '../text/industry-match';
import { splitTop } from './lists';
import { isClause, type ClauseNode, type PolicyRoot } from './tree';

/** Options of ingestIndustries. */
export interface IndustryOptions {
  /** The controlled vocabularies; only industries are read. */
  vocabularies: Pick<Vocabularies, 'industries'>;
}

/** An enumeration that names industries: 生物医药、集成电路、新能源等产业 / 等领域 / 等行业. */
const ENUMERATION =
  /([^，。；：]{2,120}?)等(?:[\d一二三四五六七八九十]+个)?(?:[^，。；、等]{0,8}?)(?:产业|领域|行业)/gu;

/** The industries named in a text, in vocabulary order (longest word wins its place: see industryMatcher). */
export function industriesIn(text: string, industries: readonly Industry[]): string[] {
  return industryMatcher(industries).namedIn(text);
}

/** Items of industry enumerations that no vocabulary name or alias covers. */
export function unknownIndustries(text: string, industries: readonly Industry[]): string[] {
  const words = industries.flatMap((i) => [i.name, ...i.aliases]);
  const unknown: string[] = [];
  for (const m of text.matchAll(ENUMERATION)) {
    const list = (m[1] ?? '').replace(/^.*?(?:发展|聚焦|推进|加快|实施|在)/u, '');
    for (const raw of splitTop(list, '、')) {
      const item = raw.replace(/（.*）$/u, '').trim();
      if (item.length >= 2 && item.length <= 10 && !words.some((w) => item.includes(w) || w.includes(item)))
        unknown.push(item);
    }
  }
  return unknown;
}

/** Lists the industries and groups of every clause and reports unknown industry words. */
export const ingestIndustries: Plugin<[Readonly<IndustryOptions>], PolicyRoot> = (options) => (tree) => {
  const industries = options.vocabularies.industries;
  visit(tree, isClause, (clause: ClauseNode) => {
    clause.data.draft.industries = industriesIn(clause.body, industries);
    clause.data.draft.industryGroups = INDUSTRY_GROUPS.filter((g) => clause.body.includes(g));
    for (const word of unknownIndustries(clause.body, industries))
      clause.data.unclassified.push(`industry-like word not in the vocabulary: ${word}`);
  });
};
