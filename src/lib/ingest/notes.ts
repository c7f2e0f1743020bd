/**
 * Plugin: notes. A clause that promises a policy still to be written (具体政策另行制定) gets a
 * note, so that the site can say the amount is not known yet.
 */
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { isClause, quoteOf, type ClauseNode, type PolicyRoot } from './tree';

/** Announcements of rules to come: 具体政策另行制定, 具体办法另行制定. */
const LATER = /具体[^，。；]{0,6}另行制定|另行制定/u;

/** Adds a note for each sentence that announces rules to come. */
export const ingestNotes: Plugin<[], PolicyRoot> = () => (tree) => {
  visit(tree, isClause, (clause: ClauseNode) => {
    const body = clause.body;
    for (const sentence of clause.children) {
      const m = LATER.exec(sentence.value);
      if (!m) continue;
      // Quote the whole 。-sentence: the provision before a ； is what the note is about.
      const start = body.lastIndexOf('。', body.indexOf(sentence.value) - 1) + 1;
      const quote = quoteOf(body.slice(start, body.indexOf(sentence.value) + sentence.value.length));
      clause.data.draft.notes.push({ text: m[0], quote });
    }
  });
};
