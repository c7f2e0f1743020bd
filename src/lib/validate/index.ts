import { loadContent, type RawKnowledgeBase } from '../content/load';
import { ContentError, type ContentIssue } from '../content/issue';
import { checkConsistency } from './consistency';
import { checkGrounding } from './grounding';
import { checkLossless } from './lossless';
import { checkSafeMarkup } from './safe-markup';
import { checkShortForms } from '../search/short-forms';

/**
 * Loads content/ and runs every rule: schema, safe markup and grounding per file; consistency,
 * lossless and the short forms' file against the texts across files once every file is valid on its own.
 * @returns the content and every problem found (empty when the content is valid)
 */
export function validateContent(root: string): { kb: RawKnowledgeBase; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const kb = loadContent(root, issues);
  // Files that failed to load would make every cross-file rule report phantom gaps: those
  // rules run once each file is valid on its own.
  if (issues.length === 0) issues.push(...checkConsistency(kb), ...checkLossless(kb), ...checkShortForms(kb));
  issues.push(...checkSafeMarkup(kb), ...checkGrounding(kb));
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
