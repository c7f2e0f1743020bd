/**
 * Pinyin of lexicon words, for suggestions to people who type pinyin (lvse, lvsegongchang,
 * haiwaicang). Build time only: the page receives each word's spelling, never a dictionary.
 * The readings come from pinyin-pro, which reads a word in context (银行 yinhang, 行政 xingzheng),
 * the library the collection's ids are spelled with (collection/policy-id.ts).
 */
import { pinyin } from 'pinyin-pro';

/** Whether a character is Chinese. */
const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);

/** The toneless syllables of a word, ü written v (绿 → lv), as pinyin-pro reads it. */
function syllables(word: string): string[] {
  return pinyin(word, { toneType: 'none', type: 'array', v: true });
}

/**
 * The toneless pinyin spellings of `word`, syllables joined without spaces (绿色工厂 →
 * ['lvsegongchang']); empty for a word with anything but Chinese characters (AI, 5G) or a
 * character pinyin-pro cannot read.
 */
export function pinyinSpellings(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length === 0 || !chars.every(isHan)) return [];
  const read = syllables(word);
  return read.length === chars.length && read.every((s) => /^[a-z]+$/u.test(s)) ? [read.join('')] : [];
}

/** The Chinese characters of `words` that have no reading, each once (for the test of the vocabularies). */
export function missingPinyin(words: readonly string[]): string[] {
  return [
    ...new Set(words.flatMap((w) => Array.from(w)).filter((ch) => isHan(ch) && pinyinSpellings(ch).length === 0)),
  ];
}
