/**
 * Chinese words as Pagefind's indexer cuts them: jieba without HMM (charabia runs jieba-rs so),
 * through @node-rs/jieba, a binding of the same jieba-rs with its default dictionary. Build time
 * only (a Node addon): the page's script never imports this file.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/** Word characters: jieba also returns punctuation and spaces, for which Pagefind indexes no word. */
const WORD = /[\p{L}\p{N}]/u;

let jieba: Jieba | null = null;

/** jieba's tokens of a text, punctuation and spaces included, in order. */
function tokens(text: string): string[] {
  jieba ??= Jieba.withDict(dict);
  return jieba.cut(text, false);
}

/** Pagefind's cut of indexed text: jieba's words, punctuation and spaces dropped. */
export function indexWords(text: string): string[] {
  return tokens(text).filter((w) => WORD.test(w));
}

/**
 * Whether `text` holds `word` as a word of its own, starting and ending where jieba cuts: 高企
 * is not in 提高企业 (提高|企业), 电商 is in 跨境电商 (跨境|电商), 上云 is in 企业上云 (企业|上|云).
 */
export function holdsWord(text: string, word: string): boolean {
  if (word.length === 0 || !text.includes(word)) return false;
  const cuts = new Set<number>([0]);
  let at = 0;
  for (const t of tokens(text)) cuts.add((at += t.length));
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1))
    if (cuts.has(i) && cuts.has(i + word.length)) return true;
  return false;
}
