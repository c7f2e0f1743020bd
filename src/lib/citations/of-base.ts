import type { RawKnowledgeBase } from '../content/load';
import type { Reference } from '../../schemas/reference';
import { CitationTargets } from './targets';

/** The resolver of the base's mentions, over every policy and provision of the base. */
export function citationTargetsOf(raw: Pick<RawKnowledgeBase, 'policies' | 'clauses'>): CitationTargets {
  return new CitationTargets(
    raw.policies.map((p) => p.data),
    raw.clauses.map((c) => ({ policy: c.data.policy, number: c.data.number, numeral: c.data.numeral, body: c.body })),
  );
}

/**
 * The reference records with the document the base holds filled in where the record names none
 * but its title names one as people write it (《电子商务法》 for 中华人民共和国电子商务法): its citations
 * then link to that document, as those of a record the import linked do. A record with a number is
 * left as it is: its title is the number's, not matched by words.
 */
export function withHeldPolicies<R extends Pick<Reference, 'docNumber' | 'title' | 'policy'>>(
  references: readonly R[],
  targets: CitationTargets,
): R[] {
  return references.map((r) => {
    if (r.policy !== null || r.docNumber !== null) return r;
    const held = targets.policyOfTitle(r.title);
    return held ? { ...r, policy: held.id } : r;
  });
}
