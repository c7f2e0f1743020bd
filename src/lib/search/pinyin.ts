/**
 * Pinyin of lexicon words, for suggestions to people who type pinyin (lvse, lvsegongchang).
 * Build time only: the page receives each word's spellings, never the table.
 */
import { PINYIN_BY_SYLLABLE } from './pinyin-table';

/** Character → its readings, inverted from the table once. */
const READINGS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [syllable, chars] of Object.entries(PINYIN_BY_SYLLABLE)) {
    for (const ch of Array.from(chars)) map.set(ch, [...(map.get(ch) ?? []), syllable]);
  }
  return map;
})();

/** At most this many spellings per word: a word of polyphones must not multiply without bound. */
const MAX_SPELLINGS = 4;

/**
 * The toneless pinyin spellings of `word`, syllables joined without spaces (绿色工厂 →
 * ['lvsegongchang']); empty when a character is not in the table.
 */
export function pinyinSpellings(word: string): string[] {
  let out = [''];
  for (const ch of Array.from(word)) {
    const readings = READINGS.get(ch);
    if (!readings) return [];
    out = out.flatMap((prefix) => readings.map((r) => prefix + r)).slice(0, MAX_SPELLINGS);
  }
  return out;
}

/** The characters of `words` that the table lacks, each once (for the test of the vocabularies). */
export function missingPinyin(words: readonly string[]): string[] {
  return [
    ...new Set(words.flatMap((w) => Array.from(w)).filter((ch) => /\p{Script=Han}/u.test(ch) && !READINGS.has(ch))),
  ];
}
