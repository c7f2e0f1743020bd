import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { provisionParts } from '../lib/text/provision-parts';

/**
 * Gives each paragraph (款) and item (项) of a provision an id (para-2, item-3) and a class, so
 * that “第十二条第二款” or “第六十一条第（三）项” can be linked to and highlighted. The numbering
 * is provisionParts', which the site also uses to build such links.
 */
export const remarkProvisionAnchors: Plugin<[], Root> = () => (tree) => {
  const paragraphs = tree.children.filter((n) => n.type === 'paragraph');
  const parts = provisionParts(paragraphs.map((p) => toString(p)));
  paragraphs.forEach((p, i) => {
    const part = parts[i];
    if (!part) return;
    p.data = {
      ...p.data,
      hProperties: { ...(p.data?.hProperties ?? {}), id: part.anchor, className: [part.kind], title: part.label },
    };
  });
};
