/**
 * Which clauses apply to an industry. A clause names industries, or industry groups as a whole
 * (历史经典产业), or neither: then it applies to all manufacturing. Industry pages show the
 * three apart so that nobody mistakes a general clause for one aimed at their industry.
 */
import { clauseKey, type AwardView, type ClauseView, type IndustryView, type KnowledgeBase } from '../kb/model';

/** The clause fields this needs. */
type ClauseScope = Pick<ClauseView, 'industries' | 'industryGroups'>;

/** Clauses that name no industry and no industry group: they apply to all manufacturing. */
export function crossCuttingClauses<C extends ClauseScope>(clauses: readonly C[]): C[] {
  return clauses.filter((c) => c.industries.length === 0 && c.industryGroups.length === 0);
}

/** Clauses that name the industry's group as a whole but not the industry itself. */
export function groupClauses<C extends ClauseScope>(
  clauses: readonly C[],
  industry: { name: string; group: string },
): C[] {
  return clauses.filter(
    (c) => !c.industries.includes(industry.name) && (c.industryGroups as readonly string[]).includes(industry.group),
  );
}

/** The award fields generalAwards needs. */
type AwardScope = Pick<AwardView, 'industries' | 'policy' | 'clause'>;

/**
 * Awards open to every industry: the award's own sentence names none, and its clause names no
 * industry group (an award of a 历史经典产业 clause is for that group, not for all).
 */
export function generalAwards<A extends AwardScope>(
  awards: readonly A[],
  clauses: ReadonlyArray<Pick<ClauseView, 'policy' | 'number'> & ClauseScope>,
): A[] {
  const grouped = new Set(clauses.filter((c) => c.industryGroups.length > 0).map((c) => clauseKey(c.policy, c.number)));
  return awards.filter((a) => a.industries.length === 0 && !grouped.has(clauseKey(a.policy, a.clause)));
}

/** The lists an industry page shows. */
export interface IndustryLists {
  /** Awards whose own sentence names the industry. */
  awards: AwardView[];
  /** Awards open to every industry (generalAwards). */
  general: AwardView[];
  /** Clauses that name the industry. */
  clauses: ClauseView[];
  /** Clauses that name its group as a whole but not the industry (groupClauses). */
  group: ClauseView[];
}

/** The lists of clauses of an industry page that get pages of their own once they outgrow one. */
export const INDUSTRY_CLAUSE_LISTS = ['clauses', 'group'] as const;

/**
 * The lists of an industry page that get pages of their own once they outgrow one: its awards
 * and its lists of clauses (the general awards have /awards/general/).
 */
export type IndustryPagedList = 'awards' | (typeof INDUSTRY_CLAUSE_LISTS)[number];

/** The heading of an industry's paged list. */
export function industryListTitle(industry: Pick<IndustryView, 'name' | 'group'>, list: IndustryPagedList): string {
  switch (list) {
    case 'awards':
      return `原文点名“${industry.name}”的奖励与支持`;
    case 'clauses':
      return `提到“${industry.name}”的条款`;
    case 'group':
      return `整体点名“${industry.group}”的条款`;
  }
}

/** What an industry page lists, from the knowledge base. */
export function industryLists(
  kb: Pick<KnowledgeBase, 'awards' | 'clauses'>,
  industry: Pick<IndustryView, 'name' | 'group' | 'clauses'>,
): IndustryLists {
  return {
    awards: kb.awards.filter((a) => a.industries.includes(industry.name)),
    general: generalAwards(kb.awards, kb.clauses),
    clauses: industry.clauses,
    group: groupClauses(kb.clauses, industry),
  };
}
