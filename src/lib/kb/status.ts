import type { Policy } from '../../schemas/policy';
import { chineseDate } from '../text/dates';

/** Whether a policy is in force on a given day. */
export interface PolicyStatus {
  /** in-force, expired, or unknown when the text sets no end date. */
  state: 'in-force' | 'expired' | 'unknown';
  /** Short label: 现行有效, 已失效, 时效未知. */
  label: string;
  /** One sentence for the banner, e.g. 已失效：有效期至2021年12月31日。 */
  message: string;
}

/**
 * The status of a policy on `today` (the build date on the site), from the dates in content.
 * A policy is in force through its expiry day.
 */
export function policyStatus(policy: Pick<Policy, 'expiresOn'>, today: Date): PolicyStatus {
  if (!policy.expiresOn) return { state: 'unknown', label: '时效未知', message: '原文未载明有效期。' };
  const until = chineseDate(policy.expiresOn);
  const todayIso = today.toISOString().slice(0, 10);
  return todayIso > policy.expiresOn
    ? { state: 'expired', label: '已失效', message: `已失效：有效期至${until}。本页内容仅供查阅参考。` }
    : { state: 'in-force', label: '现行有效', message: `现行有效：有效期至${until}。` };
}
