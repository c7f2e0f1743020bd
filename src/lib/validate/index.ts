import { loadContent, type RawKnowledgeBase } from '../content/load';
import { ContentError, type ContentIssue } from '../content/issue';
import { checkConsistency } from './consistency';
import { checkGrounding } from './grounding';
import { checkLossless } from './lossless';

/**
 * Loads content/ and runs every rule: schema, consistency, grounding, lossless.
 * @returns the content and every problem found (empty when the content is valid)
 */
export function validateContent(root: string): { kb: RawKnowledgeBase; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const kb = loadContent(root, issues);
  issues.push(...checkConsistency(kb), ...checkGrounding(kb), ...checkLossless(kb));
  return { kb, issues };
}

/**
 * Loads content/ and returns it when valid.
 * @throws ContentError listing every problem, each with file, field and what to do
 */
export function loadValidContent(root: string): RawKnowledgeBase {
  const { kb, issues } = validateContent(root);
  if (issues.length > 0) throw new ContentError(issues);
  return kb;
}
