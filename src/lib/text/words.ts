/**
 * Vocabulary words inside regular expressions. The ingest and the search build their patterns from the names of
 * content/vocabularies/ rather than copying them into code, so that a word added there is read
 * here too; these helpers turn a list of names into a safe alternation.
 */

/** A word with the characters that RegExp reads as syntax escaped, so that it matches literally. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * The words as one RegExp alternation (without a group), longest first so that 国家级 wins over
 * 国家 and 专项资助 over 资助 where both start at the same place. No words give a pattern that
 * never matches: an empty alternative would match everywhere.
 */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words.filter((w) => w !== ''))];
  if (unique.length === 0) return '(?!)';
  return unique
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}
