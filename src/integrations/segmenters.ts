/**
 * The two segmenters of the search index (src/lib/search/index-words.ts): jieba as Pagefind's
 * indexer runs it (charabia cuts Chinese with jieba-rs, without HMM), from @node-rs/jieba, a
 * binding of the same jieba-rs with its default dictionary; and Intl.Segmenter, which
 * pagefind.js runs on a query in the browser (the one segmenter of the search code, segment.ts).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import type { Segmenters } from '../lib/search/index-words';
import { wordsOf } from '../lib/search/segment';

/** Word characters: what jieba returns besides punctuation and spaces, which Pagefind indexes no word for. */
const WORD = /[\p{L}\p{N}]/u;

let jieba: Jieba | null = null;

/** Pagefind's cut of indexed text: jieba without HMM, punctuation and spaces dropped. */
export function indexWords(text: string): string[] {
  jieba ??= Jieba.withDict(dict);
  return jieba.cut(text, false).filter((w) => WORD.test(w));
}

/** The index's and the browser's segmenters. */
export const SEGMENTERS: Segmenters = { index: indexWords, query: wordsOf };
