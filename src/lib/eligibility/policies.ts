import type { KnowledgeBase } from '../kb/model';
import { beijingDay, policyStatus, type PolicyStatus } from '../kb/status';
import { chineseDate } from '../text/dates';
import type { Catalog } from './catalog';

/**
 * What the calculator's result says of a policy: its names, page, and the dates that decide
 * its status. Plain JSON, embedded in the page, so that the status is judged on the day of the
 * calculation (a page built in 2021 and opened in 2023 must say 已失效).
 */
export interface CalcPolicy {
  /** The policy's id. */
  id: string;
  /** Its full title, for a printout. */
  title: string;
  /** Its short title, for headings. */
  shortTitle: string;
  /** Its page on the site. */
  url: string;
  /** When it takes effect, as the knowledge base holds it. */
  effectiveFrom: { rule: string; date: string };
  /** The last day it is in force, or null when the text sets none. */
  expiresOn: string | null;
}

/** The policies that grant at least one award of the catalog, in the knowledge base's order. */
export function calcPolicies(kb: Pick<KnowledgeBase, 'policies'>, catalog: Pick<Catalog, 'awards'>): CalcPolicy[] {
  const ids = new Set(catalog.awards.map((a) => a.policy));
  return kb.policies
    .filter((p) => ids.has(p.id))
    .map((p) => ({
      id: p.id,
      title: p.title,
      shortTitle: p.shortTitle,
      url: p.url,
      effectiveFrom: { ...p.effectiveFrom },
      expiresOn: p.expiresOn,
    }));
}

/** A policy's status on a day, as a line of the result: 已失效：有效期至2021年12月31日. */
export interface StatusLine {
  /** The policy. */
  policy: CalcPolicy;
  /** Its status on the day (state and label as on the policy's pages). */
  status: PolicyStatus;
  /** The dates the status rests on: 有效期至2021年12月31日. */
  detail: string;
  /** The label and the dates in one sentence, without the page banner's advice. */
  text: string;
}

/**
 * The status of a policy on `day`, in one sentence naming the dates it rests on. The state
 * comes from policyStatus (the same rule as the site's banners); the words are the result's own,
 * since a printout must say the dates, not the page's 本页内容仅供查阅参考.
 */
export function statusLine(policy: CalcPolicy, day: Date): StatusLine {
  const status = policyStatus(policy, day);
  const from = policy.effectiveFrom.date === 'unknown' ? null : chineseDate(policy.effectiveFrom.date);
  const until = policy.expiresOn === null ? null : chineseDate(policy.expiresOn);
  const detail =
    status.state === 'not-yet'
      ? `自${from ?? '（日期未载明）'}起施行`
      : until !== null
        ? `有效期至${until}`
        : from !== null
          ? `自${from}起施行，原文未规定有效期`
          : '原文未载明施行日期和有效期';
  return { policy, status, detail, text: `${status.label}：${detail}` };
}

/**
 * The policies a result concerns (an award computed, or chosen but not computed), in the
 * knowledge base's order; every policy when nothing was chosen, so that a printout always says
 * the status of what it covers.
 */
export function policiesOf(
  awardIds: readonly string[],
  catalog: Pick<Catalog, 'awards'>,
  policies: readonly CalcPolicy[],
): CalcPolicy[] {
  const ids = new Set(awardIds.map((id) => catalog.awards.find((a) => a.id === id)?.policy));
  const chosen = policies.filter((p) => ids.has(p.id));
  return chosen.length > 0 ? chosen : [...policies];
}

/** The day of a calculation, by China's calendar as the policies' dates are: 2026年3月1日（北京时间）. */
export function calcDateText(day: Date): string {
  return `${chineseDate(beijingDay(day))}（北京时间）`;
}
