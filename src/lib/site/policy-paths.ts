import { getKnowledgeBase } from '../kb/index';
import type { PolicyView } from '../kb/model';

/** getStaticPaths of the pages that exist once per policy (text, preamble, closing). */
export function policyStaticPaths(): Array<{ params: { policy: string }; props: { policy: PolicyView } }> {
  return getKnowledgeBase().policies.map((policy) => ({ params: { policy: policy.id }, props: { policy } }));
}
