/**
 * Plugin: citations. Every document a clause cites (by number or by name only) becomes a
 * citation with the sentence that cites it, and so does every document its preamble cites by
 * title and number; documents content/references/ does not hold get
 * new reference records. Sentences keep which documents they cite, for the awards plugin.
 */
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { Reference } from '../../schemas/reference';
import { findCitations } from './cite';
import { ingestData } from './file-data';
import { ReferenceRegistry } from './references';
import { splitSentences } from '../text/sentences';
import { isClause, paragraphOf, quoteOf, type ClauseNode, type PolicyRoot } from './tree';

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
  // A preamble's citations by title and number (根据《…》（浙政发〔2024〕4号）等文件精神). Only numbered
  // ones: a regulation's passage lines name the decisions that amended it, which are its record, not citations.
  const preamble = paragraphOf(tree, 'preamble')?.value ?? '';
  for (const sentence of preamble.split(/\n+/u).flatMap((p) => splitSentences(p))) {
    for (const c of findCitations(sentence).filter((x) => x.docNumber !== null && x.title !== x.docNumber)) {
      const ref = registry.resolve(c).id;
      if (!data.preambleCitations.some((x) => x.ref === ref))
        data.preambleCitations.push({ ref, quote: quoteOf(sentence) });
    }
  }
  data.newReferences = registry.created;
  data.references = registry.byId;
};
