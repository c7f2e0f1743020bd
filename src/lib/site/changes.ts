/**
 * The changes the site's feeds and /changes/ list, computed once per build: the base's policies,
 * the build day, and the day each record entered the repository (POLICY_KB_HISTORY names the
 * repository when the build runs in a copy of it, as build:curated does).
 */
import { policyAddedDates } from '../feed/git-dates';
import { policyChanges, type Change } from '../feed/changes';
import type { KnowledgeBase } from '../kb/model';
import { beijingDay } from '../kb/status';
import { buildDate } from './build-date';

const cache = new WeakMap<KnowledgeBase, Change[]>();

/** Every change of the base up to the build day, newest first. */
export function siteChanges(kb: KnowledgeBase): Change[] {
  const known = cache.get(kb);
  if (known) return known;
  const changes = policyChanges(
    kb.policies,
    buildDate(),
    policyAddedDates(process.env['POLICY_KB_HISTORY'] || process.cwd()),
  );
  cache.set(kb, changes);
  return changes;
}

/** The changes of the policies whose provisions name an industry. */
export function industryChanges(kb: KnowledgeBase, industry: { clauses: readonly { policy: string }[] }): Change[] {
  const policies = new Set(industry.clauses.map((c) => c.policy));
  return siteChanges(kb).filter((c) => policies.has(c.policy));
}

/** The build day, as a feed without entries gives it. */
export function feedFallbackDay(): string {
  return beijingDay(buildDate());
}

/** An Atom response. */
export function atomResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
