/**
 * Plugin: what the format reader knew of the lines before anything reads the text. The lines it
 * found not to be policy text (page numbers, a masthead, a site's navigation, the LawRefBook
 * marker) are marked excluded, so that no later pass joins them into a paragraph or takes them
 * for a title; the lines its markup makes 编 headings without a numeral are marked as such.
 */
import type { Plugin } from 'unified';
import type { ExcludedLine } from './formats/extracted';
import type { LineNode, PolicyRoot } from './tree';

/** What the reader says of the lines of its text (by their 1-based line number). */
export interface ReaderLines {
  excluded: readonly ExcludedLine[];
  /** Lines the markup makes 编 headings that write no numeral. */
  books?: readonly number[];
}

/** Marks the reader's excluded lines and its numeral-less 编 headings. */
export const ingestExcludedLines: Plugin<[ReaderLines], PolicyRoot> =
  ({ excluded, books = [] }) =>
  (tree) => {
    const out = new Set(excluded.map((e) => e.line));
    const headings = new Set(books);
    if (out.size === 0 && headings.size === 0) return;
    for (const node of tree.children) {
      const line = (node as LineNode).position?.start.line;
      if (node.type !== 'line' || line === undefined) continue;
      if (out.has(line)) node.data = { role: 'excluded' };
      else if (headings.has(line)) node.data = { heading: 'book' };
    }
  };
