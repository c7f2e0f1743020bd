/**
 * Each policy's status on the build day, looked up by id: every list row that names an award or
 * a provision shows it (45 of the 48 awards of the curated base come from a policy that expired in
 * 2021), and the site-wide 只看现行有效 switch reads it from the row.
 */
import type { KnowledgeBase } from '../kb/model';
import { policyStatus, type PolicyStatus } from '../kb/status';

/** What a row shows of its policy's status. */
export interface RowState {
  state: PolicyStatus['state'];
  /** 现行有效, 已失效 … */
  label: string;
  /** The last day in force (YYYY-MM-DD) as the text states it, or null. */
  expiresOn: string | null;
}

const cache = new WeakMap<KnowledgeBase, Map<string, RowState>>();

/** The status of every policy on `today`, by id, computed once per knowledge base. */
export function policyStates(kb: KnowledgeBase, today: Date): ReadonlyMap<string, RowState> {
  const known = cache.get(kb);
  if (known) return known;
  const states = new Map(
    kb.policies.map((p): [string, RowState] => {
      const s = policyStatus(p, today);
      return [p.id, { state: s.state, label: s.label, expiresOn: p.expiresOn }];
    }),
  );
  cache.set(kb, states);
  return states;
}

/** The state of a policy the base does not hold (never on the site: every row's policy is held). */
export const UNKNOWN_STATE: RowState = { state: 'unknown', label: '时效未知', expiresOn: null };
