import type { KnowledgeBase, PolicyView } from '../kb/model';
import { pageKeys, policyCites } from './page-keys';

/**
 * getStaticPaths of the policy's whole-text page, with its incremental-build key: the page shows
 * its own policy and, in its provisions' citation links, the references they cite.
 */
export function policyStaticPaths(kb: KnowledgeBase): Array<{
  params: { policy: string };
  props: { policy: PolicyView };
  cacheKey: string;
}> {
  const keyOf = pageKeys();
  return kb.policies.map((policy) => ({
    params: { policy: policy.id },
    props: { policy },
    cacheKey: keyOf(policy.id, policyCites(policy)),
  }));
}

/**
 * getStaticPaths of a page made from one part of a policy's own text that cites nothing (preamble,
 * closing): the policies that have that part, each with its key.
 */
export function policyPartPaths(
  kb: KnowledgeBase,
  has: (policy: PolicyView) => boolean,
): Array<{ params: { policy: string }; props: { policy: PolicyView }; cacheKey: string }> {
  const keyOf = pageKeys();
  return kb.policies
    .filter(has)
    .map((policy) => ({ params: { policy: policy.id }, props: { policy }, cacheKey: keyOf(policy.id, []) }));
}
