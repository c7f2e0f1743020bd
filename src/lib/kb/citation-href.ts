import type { Reference } from '../../schemas/reference';
import { urls } from './urls';

/**
 * Where a citation links: to the cited policy's own pages when the base holds its text (to
 * the provision the citation names, if it names one), else to the reference's page, which says
 * that the text is not in the base and lists who cites it.
 */
export function citationHref(
  references: readonly Pick<Reference, 'id' | 'policy'>[],
): (id: string, provision?: number) => string {
  const inBase = new Map(references.map((r) => [r.id, r.policy]));
  return (id, provision) => {
    const policy = inBase.get(id);
    if (!policy) return urls.reference(id);
    return provision === undefined ? urls.policy(policy) : urls.clause(policy, provision);
  };
}
