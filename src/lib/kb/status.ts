import type { Policy } from '../../schemas/policy';
import { chineseDate } from '../text/dates';
import { toChineseNumeral } from '../text/numerals';
import type { Repeal } from './repeals';

/** The states a policy can be in on a day, as far as its own text tells. */
export const POLICY_STATES = ['in-force', 'expired', 'not-yet', 'unknown', 'repealed'] as const;

/** Labels of the states, as the site and the filters show them. */
export const STATE_LABELS: Readonly<Record<(typeof POLICY_STATES)[number], string>> = {
  'in-force': '现行有效',
  expired: '已失效',
  'not-yet': '尚未施行',
  unknown: '时效未知',
  repealed: '已废止',
};

/** Whether a policy is in force on a given day. */
export interface PolicyStatus {
  /** in-force, expired, not-yet (its in-force date is ahead), repealed (a document of the base says so), or unknown when the text tells neither. */
  state: (typeof POLICY_STATES)[number];
  /** Short label: 现行有效, 已失效, 尚未施行, 已废止, 时效未知. */
  label: string;
  /** One sentence for the banner, e.g. 已失效：有效期至2021年12月31日。 */
  message: string;
}

/**
 * The calendar day in Beijing time (Asia/Shanghai, UTC+8 all year): policies take effect and
 * expire by China's calendar, so a build at 20:00 UTC on 31 December is already 1 January.
 */
export function beijingDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * The status of a policy on `today` (the build date on the site), from the dates its text
 * states: in force from its effective date through its expiry day. A text without an end date
 * is in force once its effective date is past; the base does not know of later repeals, and the
 * message says so. A repeal another document of the base states comes first.
 */
export function policyStatus(
  policy: Pick<Policy, 'expiresOn' | 'effectiveFrom'> &
    Partial<Pick<Policy, 'validity'>> & { repealedBy?: Repeal | null },
  today: Date,
): PolicyStatus {
  const day = beijingDay(today);
  if (policy.repealedBy)
    return {
      state: 'repealed',
      label: STATE_LABELS.repealed,
      message: `已废止：《${policy.repealedBy.title}》第${toChineseNumeral(policy.repealedBy.provision)}条规定“${policy.repealedBy.quote}”。本页内容仅供查阅参考。`,
    };
  // A validity the text states but the base cannot read: never shown as in force.
  if (policy.validity && policy.validity.reading === null && !policy.expiresOn)
    return {
      state: 'unknown',
      label: STATE_LABELS.unknown,
      message: `时效未知：原文称“${policy.validity.rule}”，本库无法据此确定有效期，请以发布机关的说明为准。`,
    };
  const from = policy.effectiveFrom.date;
  if (from !== 'unknown' && day < from) {
    return { state: 'not-yet', label: STATE_LABELS['not-yet'], message: `尚未施行：自${chineseDate(from)}起施行。` };
  }
  if (policy.expiresOn) {
    const until = chineseDate(policy.expiresOn);
    return day > policy.expiresOn
      ? { state: 'expired', label: STATE_LABELS.expired, message: `已失效：有效期至${until}。本页内容仅供查阅参考。` }
      : { state: 'in-force', label: STATE_LABELS['in-force'], message: `现行有效：有效期至${until}。` };
  }
  if (from !== 'unknown') {
    return {
      state: 'in-force',
      label: STATE_LABELS['in-force'],
      message: `现行有效：自${chineseDate(from)}起施行，原文未规定有效期。其后的修改或废止本库未收录，请以发布机关公布的现行文本为准。`,
    };
  }
  return { state: 'unknown', label: STATE_LABELS.unknown, message: '原文未载明施行日期和有效期。' };
}
