/**
 * Plugin: marks the lines a format reader found not to be policy text (page numbers, a
 * masthead, a site's navigation, the LawRefBook marker) as excluded before anything reads the
 * text, so that no later pass joins them into a paragraph or takes them for a title.
 */
import type { Plugin } from 'unified';
import type { ExcludedLine } from './formats/extracted';
import type { LineNode, PolicyRoot } from './tree';

/** Marks the reader's excluded lines (by their 1-based line number in the text). */
export const ingestExcludedLines: Plugin<[readonly ExcludedLine[]], PolicyRoot> = (excluded) => (tree) => {
  const lines = new Set(excluded.map((e) => e.line));
  if (lines.size === 0) return;
  for (const node of tree.children) {
    const line = (node as LineNode).position?.start.line;
    if (node.type === 'line' && line !== undefined && lines.has(line)) node.data = { role: 'excluded' };
  }
};
