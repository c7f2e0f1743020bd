/**
 * One line of facts per policy for lists (home, /policies/): kind, issuers, the dates the text
 * states, status and size. Plain data, so that the list and its filters share one source.
 */
import type { KnowledgeBase, PolicyView } from '../kb/model';
import { policyStatus, type PolicyStatus } from '../kb/status';
import type { BrowseRow } from '../policies/browse';
import { policyJurisdiction, type Jurisdiction } from '../policies/jurisdiction';
import { newestStatedDate } from '../policies/newest';
import { chineseDate } from '../text/dates';
import { kindLabel } from '../../schemas/policy';

/** What a policy list shows of one policy. */
export interface PolicySummary {
  policy: PolicyView;
  status: PolicyStatus;
  /** The dates the text states, as 通过 2020年12月24日 · 施行 2021年3月1日. */
  dates: string[];
  /** Number of provisions and what they are called (条, 项). */
  provisions: string;
  awardCount: number;
  /** The level of government it comes from, read from its issuers. */
  level: Jurisdiction;
  /** The newest date its text states (YYYY-MM-DD), or null: lists put the newest first. */
  newest: string | null;
}

/** The dates a list shows, in the order of a text's life; unknown dates are left out here (the policy page says 未知). */
function datesOf(p: PolicyView): string[] {
  const out: string[] = [];
  if (p.passed) out.push(`${chineseDate(p.passed.date)}通过`);
  if (p.approved) out.push(`${chineseDate(p.approved.date)}批准`);
  if (p.issuedOn !== 'unknown') out.push(`${chineseDate(p.issuedOn)}${p.passed ? '公布' : '印发'}`);
  for (const a of p.amendments) out.push(`${chineseDate(a.date)}修正`);
  if (p.effectiveFrom.date !== 'unknown') out.push(`${chineseDate(p.effectiveFrom.date)}起施行`);
  else if (p.effectiveFrom.rule !== 'unknown') out.push(p.effectiveFrom.rule);
  if (p.expiresOn) out.push(`有效期至${chineseDate(p.expiresOn)}`);
  return out;
}

/** The summaries of every policy, newest first (those that state no date last), then by title. */
export function policySummaries(kb: KnowledgeBase, today: Date): PolicySummary[] {
  // Counted in one pass: a filter per policy costs policies × awards (12 million tests at 50,000 provisions).
  const awards = new Map<string, number>();
  for (const a of kb.awards) awards.set(a.policy, (awards.get(a.policy) ?? 0) + 1);
  const collator = new Intl.Collator('zh-CN');
  return kb.policies
    .map((policy) => ({
      policy,
      status: policyStatus(policy, today),
      dates: datesOf(policy),
      provisions: `${String(policy.clauses.length)} ${policy.provisionStyle === 'item' ? '项' : '条'}`,
      awardCount: awards.get(policy.id) ?? 0,
      level: policyJurisdiction(policy),
      newest: newestStatedDate(policy),
    }))
    .sort((a, b) => (b.newest ?? '').localeCompare(a.newest ?? '') || collator.compare(a.policy.title, b.policy.title));
}

/** What the policy list's filters read of a summary (the page writes it on each row). */
export function browseRow(s: PolicySummary): BrowseRow {
  return {
    level: s.level,
    kind: kindLabel(s.policy.kind),
    status: s.status.label,
    issuers: s.policy.issuers,
    support: s.awardCount > 0,
    title: s.policy.title,
    date: s.newest ?? '',
  };
}

/** The order of states in a list of what applies: in force first, expired last. */
const STATE_ORDER: Readonly<Record<PolicyStatus['state'], number>> = {
  'in-force': 0,
  'not-yet': 1,
  unknown: 2,
  expired: 3,
  repealed: 4,
};

/**
 * The policies that grant awards or support, those in force first, then by how many they grant,
 * then newest: what the home page leads with (enterprises come for the money that applies now).
 */
export function supportPolicies(summaries: readonly PolicySummary[]): PolicySummary[] {
  return summaries
    .filter((s) => s.awardCount > 0)
    .sort(
      (a, b) =>
        STATE_ORDER[a.status.state] - STATE_ORDER[b.status.state] ||
        b.awardCount - a.awardCount ||
        (b.newest ?? '').localeCompare(a.newest ?? ''),
    );
}
