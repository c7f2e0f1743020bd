/**
 * The two segmenters of the search index (src/lib/search/index-words.ts): Pagefind's indexer's
 * (jieba, lib/search/jieba.ts) and the browser's, which pagefind.js runs on a query
 * (Intl.Segmenter: the one segmenter of the search page's code, lib/search/segment.ts).
 */
import type { Segmenters } from '../lib/search/index-words';
import { indexWords } from '../lib/search/jieba';
import { wordsOf } from '../lib/search/segment';

export { indexWords };

/** The index's and the browser's segmenters. */
export const SEGMENTERS: Segmenters = { index: indexWords, query: wordsOf };
