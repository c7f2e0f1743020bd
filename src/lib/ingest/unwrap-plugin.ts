/** Plugin: joins the hard-wrapped lines of the root into paragraphs (see unwrap.ts). */
import type { Plugin } from 'unified';
import { unwrapLines } from './unwrap';
import type { LineNode, PolicyRoot } from './tree';

/** Rebuilds paragraphs from hard-wrapped lines before anything else reads them. */
export const ingestUnwrap: Plugin<[], PolicyRoot> = () => (tree) => {
  const lines = tree.children.filter((c): c is LineNode => c.type === 'line');
  // Excluded lines (a page number) stand apart: a paragraph is rebuilt from the text around them.
  const text = unwrapLines(lines.filter((l) => l.data?.role !== 'excluded'));
  const marks = lines.filter((l) => l.data?.role === 'excluded');
  const lineOf = (l: LineNode) => l.position?.start.line ?? 0;
  tree.children = [...text, ...marks].sort((a, b) => lineOf(a) - lineOf(b));
};
