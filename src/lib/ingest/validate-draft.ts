/**
 * The build's own rules, run on a draft before anything is written: the drafts of one policy
 * are checked as part of the base they will join (consistency across the base, safe markup,
 * grounding of every fact in its quote), so that the ingest and the build can never disagree
 * about a document. Only the problems of the draft's own files are returned.
 */
import type { ContentIssue } from '../content/issue';
import type { RawKnowledgeBase } from '../content/load';
import { checkConsistency } from '../validate/consistency';
import { checkGrounding } from '../validate/grounding';
import { checkSafeMarkup } from '../validate/safe-markup';
import type { IngestResult } from './pipeline';

/** The base with the draft in place of any policy of the same id. */
export function withDraft(base: RawKnowledgeBase, draft: IngestResult): RawKnowledgeBase {
  const id = draft.policy.id;
  return {
    ...base,
    policies: [
      ...base.policies.filter((p) => p.data.id !== id),
      { file: `content/policies/${id}.yaml`, data: draft.policy },
    ],
    references: [
      ...base.references,
      ...draft.newReferences.map((r) => ({ file: `content/references/${r.id}.yaml`, data: r })),
    ],
    clauses: [...base.clauses.filter((c) => c.data.policy !== id), ...draft.clauses],
  };
}

/** The build's problems with a draft (empty when the build will accept it). */
export function draftIssues(base: RawKnowledgeBase, draft: IngestResult): ContentIssue[] {
  const kb = withDraft(base, draft);
  const own = new Set([
    `content/policies/${draft.policy.id}.yaml`,
    ...draft.clauses.map((c) => c.file),
    ...draft.newReferences.map((r) => `content/references/${r.id}.yaml`),
  ]);
  const mine: RawKnowledgeBase = { ...kb, clauses: draft.clauses };
  return [...checkConsistency(kb), ...checkSafeMarkup(mine), ...checkGrounding(mine)].filter((i) => own.has(i.file));
}
