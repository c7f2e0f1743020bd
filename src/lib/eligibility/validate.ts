import type { Catalog, CatalogAward } from './catalog';
import { ladderKey } from './catalog';
import { echo } from './echo';
import { errorsFromIssues, rawAwardId, type ProfileError } from './errors';
import { MAX_JSON_DEPTH, nestingExceeds } from './json';
import { ClaimSchema, MAX_CLAIMS, ProfileSchema, type Claim } from './profile';
import { ladderName, rungLabel } from './rungs';
import { closeIds } from './suggest';

/** A claim that passed every check, with the awards it names. */
export interface ValidClaim {
  /** Its index in `claims`. */
  index: number;
  /** The claim as parsed. */
  claim: Claim;
  /** The award it names. */
  award: CatalogAward;
  /** The lower rung already received, for step-up ladders. */
  previous: CatalogAward | null;
}

/** The claims that can be computed and the errors of the others. */
export interface Validation {
  /** Claims to compute, in claim order. */
  valid: ValidClaim[];
  /** Errors of the other claims (or of the whole profile), in claim order. */
  errors: ProfileError[];
}

/** Where to find the ids, said at the end of every unknown-id message. */
const WHERE_IDS = '全部奖励 id 见 /calculator/ 页面或 npm run calc -- --list';

/**
 * How many unknown ids of one profile get close ids suggested. Each suggestion compares the id
 * with every award's; past a few typos more suggestions help nobody, and the bound keeps a
 * profile of hundreds of unknown ids fast.
 */
const MAX_SUGGESTIONS = 20;

/** A claim's problem, before it is tied to the claim. */
type Problem = Omit<ProfileError, 'claim' | 'award'>;

/** Counts the suggestions made so far in one validation. */
interface Budget {
  suggestions: number;
}

/** The problem of an id that names no award: a budget, a near miss, or nothing. */
function unknownId(field: 'award' | 'previousAward', id: string, catalog: Catalog, budget: Budget): Problem {
  const fund = catalog.budgets.find((b) => b.id === id);
  if (fund) {
    return {
      kind: 'budget',
      value: id,
      message: `${echo(id)} 是${fund.policyTitle}${fund.clauseLabel}的财政预算或资金（${fund.what}），不是给企业的奖励，不能申报，也从不计入合计。请删去这一项`,
    };
  }
  const close =
    budget.suggestions < MAX_SUGGESTIONS
      ? closeIds(
          id,
          catalog.awards.map((a) => a.id),
        )
      : [];
  budget.suggestions++;
  const hint = close.length > 0 ? `是否想填 ${close.map((c) => `"${c}"`).join('、')}？` : '';
  const what = field === 'award' ? '没有这个奖励 id' : `previousAward ${echo(id)} 不是任何奖励的 id`;
  return {
    kind: field === 'award' ? 'unknown-award' : 'unknown-previous',
    value: id,
    suggestions: close,
    message: `${what}。${hint}${WHERE_IDS}`,
  };
}

/** Checks a claim's baseYuan against the form of its award's amount. */
function baseError(claim: Claim, award: CatalogAward): Problem | null {
  if (claim.baseYuan === undefined || award.amount.type === 'rate' || award.amount.type === 'matching') return null;
  const form =
    award.amount.type === 'fixed' ? `是定额奖励（${award.amountText}）` : `的金额不按基数计算（${award.amountText}）`;
  return {
    kind: 'base-not-needed',
    value: claim.baseYuan,
    message: `"${award.id}" ${form}，不需要 baseYuan，请删去 baseYuan`,
  };
}

/** Checks a claim's previousAward: a lower rung of the same ladder, and a ladder that pays the difference. */
function previousError(claim: Claim, award: CatalogAward, catalog: Catalog, budget: Budget): Problem | null {
  const prevId = claim.previousAward;
  if (prevId === undefined) return null;
  const prev = catalog.awards.find((a) => a.id === prevId);
  if (!prev) return unknownId('previousAward', prevId, catalog, budget);
  const message = previousMessage(award, prev);
  return message === null ? null : { kind: 'previous-not-allowed', value: prevId, message };
}

/** Why `prev` cannot be the lower rung already received for `award`, or null when it can. */
function previousMessage(award: CatalogAward, prev: CatalogAward): string | null {
  const prevId = prev.id;
  if (!award.ladder || !award.ladderInfo) {
    return `"${award.id}" 不属于任何分档的荣誉，没有“较低档次”可言，请删去 previousAward`;
  }
  if (!award.ladderInfo.stepUp) {
    return `${ladderName(award)}的原文没有规定进档补差，已获得的较低档次不能抵扣，请删去 previousAward；同一荣誉只按最高一档计`;
  }
  if (ladderKey(prev) !== ladderKey(award)) {
    return `previousAward "${prevId}" 与 "${award.id}" 不属于同一${ladderName(award)}，请填写同一档次序列中较低的一档`;
  }
  if ((prev.ladder?.rank ?? 0) >= award.ladder.rank) {
    return `previousAward "${prevId}"（${rungLabel(prev)}）不低于 "${award.id}"（${rungLabel(award)}），请填写较低的一档`;
  }
  return null;
}

/** A profile-level error that stops validation before the schema runs. */
function refuse(message: string): Validation {
  return { valid: [], errors: [{ claim: null, award: null, kind: 'profile', message }] };
}

/**
 * Validates a profile as parsed from JSON: its size and depth, the shape (zod, profile.ts),
 * then each claim against the catalog. A claim with any error is left out of `valid`: nothing
 * is computed from it.
 */
export function validateProfile(input: unknown, catalog: Catalog): Validation {
  // Before zod: it recurses into whatever it is given (4,500 nested arrays overflowed the stack)
  // and reports every element of an array (a claims list of 500,000 items).
  if (nestingExceeds(input, MAX_JSON_DEPTH))
    return refuse(`嵌套超过 ${String(MAX_JSON_DEPTH)} 层；档案只需要 3 层：{ "claims": [ { … } ] }`);
  const rawClaims: unknown[] =
    typeof input === 'object' && input !== null && 'claims' in input && Array.isArray(input.claims)
      ? (input.claims as unknown[])
      : [];
  if (rawClaims.length > MAX_CLAIMS) {
    return refuse(
      `claims 有 ${String(rawClaims.length)} 项，超过上限 ${String(MAX_CLAIMS)} 项；每个奖励只能申报一次，请删去重复或无关的项`,
    );
  }
  const parsed = ProfileSchema.safeParse(input);
  const errors = parsed.success ? [] : errorsFromIssues(parsed.error.issues, rawClaims);
  if (errors.some((e) => e.claim === null)) return { valid: [], errors };

  const bad = new Set(errors.map((e) => e.claim));
  const seen = new Map<string, number>();
  const budget: Budget = { suggestions: 0 };
  const valid: ValidClaim[] = [];
  rawClaims.forEach((raw, index) => {
    if (bad.has(index)) return;
    const claim = ClaimSchema.parse(raw);
    const award = catalog.awards.find((a) => a.id === claim.award);
    const first = award ? seen.get(award.id) : undefined;
    if (award && first === undefined) seen.set(award.id, index);
    const problem: Problem | null = !award
      ? unknownId('award', claim.award, catalog, budget)
      : first !== undefined
        ? { kind: 'duplicate', other: first, message: `与 claims[${String(first)}] 重复申报同一奖励，请删去其中一项` }
        : (baseError(claim, award) ?? previousError(claim, award, catalog, budget));
    if (problem !== null || !award) {
      errors.push({ claim: index, award: rawAwardId(raw), ...(problem ?? { kind: 'unknown-award', message: '' }) });
      return;
    }
    const previous = catalog.awards.find((a) => a.id === claim.previousAward) ?? null;
    valid.push({ index, claim, award, previous });
  });

  // A rung listed as already received cannot also be claimed again in the same profile.
  const received = new Map(valid.filter((v) => v.previous).map((v) => [v.previous?.id, v.index]));
  const kept = valid.filter((v) => {
    const by = received.get(v.award.id);
    if (by === undefined) return true;
    errors.push({
      claim: v.index,
      award: v.award.id,
      kind: 'previous-also-claimed',
      other: by,
      message: `claims[${String(by)}] 已把 "${v.award.id}" 列为已获得的较低档次（previousAward），不能再申报一次；请删去其中一项`,
    });
    return false;
  });
  errors.sort((a, b) => (a.claim ?? -1) - (b.claim ?? -1));
  return { valid: kept, errors };
}
