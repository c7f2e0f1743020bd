/**
 * The unified parser of the ingest: raw text → a `policy` root of normalised lines, each with
 * its position in the source (line and column, 1-based, as unist positions are). Punctuation
 * is normalised with the content's own normaliser, so that every later comparison with the
 * source (lossless, quotes) sees the same characters. A line of only whitespace or invisible
 * characters (a zero-width space on a line of its own) is layout, as blank lines are.
 */
import type { Plugin } from 'unified';
import { normalizeText } from '../text/normalize';
import { isLayout } from '../validate/lossless';
import type { LineNode, PolicyRoot } from './tree';

/** Zero-width characters that join or separate without showing. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;

/** Splits a raw text into the trimmed, non-empty, normalised lines the lossless rule also reads. */
export function parseLines(raw: string): PolicyRoot {
  const children: LineNode[] = [];
  normalizeText(raw)
    .split('\n')
    .forEach((text, i) => {
      // Zero-width characters are layout (see withoutLayout): they must not hide a heading.
      const value = text.replace(ZERO_WIDTH, '').trim();
      if (isLayout(value)) return;
      const column = text.length - text.trimStart().length + 1;
      children.push({
        type: 'line',
        value,
        position: {
          start: { line: i + 1, column },
          end: { line: i + 1, column: column + value.length },
        },
      });
    });
  return { type: 'policy', children };
}

/** Parser plugin: sets the processor's parser to parseLines. */
export const ingestParse: Plugin<[], string, PolicyRoot> = function () {
  this.parser = (doc) => parseLines(doc);
};
