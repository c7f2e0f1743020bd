/**
 * Plugin: citations. Every document a clause cites (by number or by name only) becomes a
 * citation with the sentence that cites it; documents content/references/ does not hold get
 * new reference records. Sentences keep which documents they cite, for the awards plugin.
 */
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { Reference } from '../../schemas/reference';
import { findCitations } from './cite';
import { ingestData } from './file-data';
import { ReferenceRegistry } from './references';
import { isClause, quoteOf, type ClauseNode, type PolicyRoot } from './tree';

/** Options of ingestCitations. */
export interface CitationOptions {
  /** The records of content/references/, reused when a citation names one of them. */
  references?: readonly Reference[];
}

/** Finds citations in every clause and resolves them to reference records. */
export const ingestCitations: Plugin<[Readonly<CitationOptions>?], PolicyRoot> = (options) => (tree, file) => {
  const registry = new ReferenceRegistry(options?.references ?? []);
  visit(tree, isClause, (clause: ClauseNode) => {
    for (const sentence of clause.children) {
      const cited = findCitations(sentence.value).map((c) => ({ ref: registry.resolve(c).id, at: c.at }));
      sentence.data = { ...sentence.data, citations: cited };
      for (const { ref } of cited) {
        if (!clause.data.draft.citations.some((c) => c.ref === ref))
          clause.data.draft.citations.push({ ref, quote: quoteOf(sentence.value) });
      }
    }
  });
  const data = ingestData(file);
  data.newReferences = registry.created;
  data.references = registry.byId;
};
