import type { RawKnowledgeBase } from '../content/load';
import { CitationTargets } from './targets';

/** The resolver of the base's mentions, over every policy and provision of the base. */
export function citationTargetsOf(raw: Pick<RawKnowledgeBase, 'policies' | 'clauses'>): CitationTargets {
  return new CitationTargets(
    raw.policies.map((p) => p.data),
    raw.clauses.map((c) => ({ policy: c.data.policy, number: c.data.number, numeral: c.data.numeral, body: c.body })),
  );
}
