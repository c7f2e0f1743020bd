/**
 * How new a policy is, from the dates its text states: the lists put the newest first, and a
 * regulation amended last year is as new as its amendment.
 */
import type { Policy } from '../../schemas/policy';

/** The dates of a policy that say how new it is. */
type Dated = Pick<Policy, 'passed' | 'approved' | 'issuedOn' | 'amendments' | 'effectiveFrom'>;

/**
 * The newest date the text states of its making or its force (通过, 批准, 印发 or 公布, 修正,
 * 施行), YYYY-MM-DD, or null when it states none. The effective date counts: a revision the
 * record does not list as an amendment (修订) still shows in the date it took effect.
 */
export function newestStatedDate(policy: Dated): string | null {
  const dates = [
    policy.passed?.date,
    policy.approved?.date,
    policy.issuedOn === 'unknown' ? undefined : policy.issuedOn,
    ...policy.amendments.map((a) => a.date),
    policy.effectiveFrom.date === 'unknown' ? undefined : policy.effectiveFrom.date,
  ].filter((d): d is string => d !== undefined);
  return dates.sort().at(-1) ?? null;
}
