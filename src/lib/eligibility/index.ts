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
import { CLI_WORDING, type Wording } from './wording';

export {
  buildCatalog,
  catalogOf,
  ladderKey,
  policyCatalog,
  type Catalog,
  type CatalogAward,
  type CatalogBudget,
} from './catalog';
export { decodeLink, decodeProfile, encodeProfile, LINK_HEAD_CHARS, MAX_LINK_CHARS, type DecodedLink } from './codec';
export { echo, echoText } from './echo';
export { readBaseWan, type BaseReading } from './form-base';
export { formErrorMessage, formErrorMessages, formTotalText } from './form-errors';
export {
  formCeilingAmount,
  formItemAmount,
  formTotals,
  validityNote,
  withValidity,
  type FormTotals,
  type ValidityNote,
} from './form-totals';
export { repairLink, type LinkRepair } from './link-repair';
export { calcDateText, calcPolicies, policiesOf, statusLine, type CalcPolicy, type StatusLine } from './policies';
export { MAX_JSON_DEPTH, parseProfileJson, type JsonReading } from './json';
export {
  baseName,
  groupAwards,
  sharedProvisos,
  shortCondition,
  type ClauseGroup,
  type LadderGroup,
  type SingleGroup,
} from './groups';
export { formatError, type ErrorKind, type ProfileError } from './errors';
export { ClaimSchema, MAX_BASE_YUAN, MAX_CLAIMS, ProfileSchema, type Claim, type Profile } from './profile';
export { MAX_SUGGEST_LENGTH } from './suggest';
export { ResultSchema, type CeilingItem, type NotComputed, type Result, type ResultItem } from './result';
export { rungLabel } from './rungs';
export { validateProfile, type ValidClaim, type Validation } from './validate';
export { CLI_WORDING, FORM_WORDING, type Wording } from './wording';

/** A computed profile: the result of its valid claims and the errors of the others. */
export interface Calculation {
  /** What the valid claims pay; the whole answer when `errors` is empty. */
  result: Result;
  /** One per bad claim (or for the profile as a whole), in claim order. */
  errors: ProfileError[];
}

/**
 * Validates a profile (parsed JSON, untrusted) and computes every claim that passed. A caller
 * that must refuse a profile with errors (the CLI) checks `errors` first. `wording` says how
 * the result's reasons name awards and bases (the CLI's ids, or the form's names).
 */
export function calculate(profile: unknown, catalog: Catalog, wording: Wording = CLI_WORDING): Calculation {
  const { valid, errors } = validateProfile(profile, catalog);
  const order = new Map(catalog.awards.map((a, i) => [a.id, i]));
  const result = computeClaims(valid, order, wording);
  // Bases are bounded so that this cannot happen with the real catalog (profile.ts); a total
  // that a JavaScript number cannot hold exactly is refused rather than shown wrong by one.
  // cumulativeYuan ≥ totalYuan: checking it covers both.
  if (!Number.isSafeInteger(result.cumulativeYuan)) {
    const error: ProfileError = {
      claim: null,
      award: null,
      kind: 'total-too-large',
      message: `合计超过 ${String(Number.MAX_SAFE_INTEGER)} 元，无法精确计算；请检查各项基数的单位（元）`,
    };
    return {
      result: { items: [], totalYuan: 0, cumulativeYuan: 0, ceilings: [], ceilingYuan: 0, notComputed: [] },
      errors: [...errors, error],
    };
  }
  return { result, errors };
}
