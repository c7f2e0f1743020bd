/** Plugin: joins the hard-wrapped lines of the root into paragraphs (see unwrap.ts). */
import type { Plugin } from 'unified';
import { unwrapLines } from './unwrap';
import type { LineNode, PolicyRoot } from './tree';

/** Rebuilds paragraphs from hard-wrapped lines before anything else reads them. */
export const ingestUnwrap: Plugin<[], PolicyRoot> = () => (tree) => {
  tree.children = unwrapLines(tree.children.filter((c): c is LineNode => c.type === 'line'));
};
