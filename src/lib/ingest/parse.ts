/**
 * The unified parser of the ingest: raw text → a `policy` root of normalised lines. Punctuation
 * is normalised with the content's own normaliser, so that every later comparison with the
 * source (lossless, quotes) sees the same characters.
 */
import type { Plugin } from 'unified';
import { normalizeText } from '../text/normalize';
import type { LineNode, PolicyRoot } from './tree';

/** Splits a raw text into the trimmed, non-empty, normalised lines the lossless rule also reads. */
export function parseLines(raw: string): PolicyRoot {
  const children: LineNode[] = normalizeText(raw)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((value) => ({ type: 'line', value }));
  return { type: 'policy', children };
}

/** Parser plugin: sets the processor's parser to parseLines. */
export const ingestParse: Plugin<[], string, PolicyRoot> = function () {
  this.parser = (doc) => parseLines(doc);
};
