import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { sentenceId, splitSentences } from '../lib/text/sentences';

/** Options of remarkSentenceAnchors. */
export interface SentenceAnchorOptions {
  /** Class of each sentence's span, for styling the :target sentence. Default "sentence". */
  className?: string;
}

/**
 * Wraps each sentence of a clause (up to a 。 or ；) in a span with id s1, s2 … so that people
 * can link to, and cite, exactly one provision. Numbering follows splitSentences, which the
 * site also uses to link awards and citations to their sentence.
 */
export const remarkSentenceAnchors: Plugin<[Readonly<SentenceAnchorOptions>?], Root> = (options) => {
  const className = options?.className ?? 'sentence';
  return (tree) => {
    let n = 0;
    visit(tree, 'paragraph', (paragraph: Paragraph) => {
      paragraph.children = paragraph.children.flatMap((child): PhrasingContent[] => {
        if (child.type !== 'text') return [child];
        return splitSentences(child.value).map((value) => {
          n += 1;
          const text: Text = { type: 'text', value };
          // An mdast node that remark-rehype turns into <span id="sN">: mdast has no span type.
          return {
            type: 'emphasis',
            children: [text],
            data: { hName: 'span', hProperties: { id: sentenceId(n), className: [className] } },
          };
        });
      });
      return 'skip';
    });
  };
};
