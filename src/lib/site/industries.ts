/**
 * Which clauses apply to an industry. A clause names industries, or industry groups as a whole
 * (历史经典产业), or neither: then it applies to all manufacturing. Industry pages show the
 * three apart so that nobody mistakes a general clause for one aimed at their industry.
 */
import type { ClauseView } from '../kb/model';

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
