/**
 * The policy calculator: which awards a profile claims, how much each pays and why. Pure
 * TypeScript over a catalog taken from the knowledge base, so that the CLI (scripts/calc.ts)
 * and the /calculator/ page run this one implementation.
 */
import type { Catalog } from './catalog';
import { computeClaims } from './compute';
import type { ProfileError } from './errors';
import type { Result } from './result';
import { validateProfile } from './validate';

export { buildCatalog, ladderKey, type Catalog, type CatalogAward, type CatalogBudget } from './catalog';
export { decodeProfile, encodeProfile } from './codec';
export { baseName, groupAwards, sharedProvisos, shortCondition, type ClauseGroup, type LadderGroup, type SingleGroup } from './groups';
export { formatError, type ProfileError } from './errors';
export { ClaimSchema, ProfileSchema, type Claim, type Profile } from './profile';
export { ResultSchema, type NotComputed, type Result, type ResultItem } from './result';
export { rungLabel } from './rungs';
export { validateProfile, type ValidClaim, type Validation } from './validate';

/** A computed profile: the result of its valid claims and the errors of the others. */
export interface Calculation {
  /** What the valid claims pay; the whole answer when `errors` is empty. */
  result: Result;
  /** One per bad claim (or for the profile as a whole), in claim order. */
  errors: ProfileError[];
}

/**
 * Validates a profile (parsed JSON, untrusted) and computes every claim that passed. A caller
 * that must refuse a profile with errors (the CLI) checks `errors` first.
 */
export function calculate(profile: unknown, catalog: Catalog): Calculation {
  const { valid, errors } = validateProfile(profile, catalog);
  const order = new Map(catalog.awards.map((a, i) => [a.id, i]));
  return { result: computeClaims(valid, order), errors };
}
