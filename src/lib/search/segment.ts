/**
 * Words as the browser's Intl.Segmenter cuts Chinese text (ICU's dictionary), which is how
 * Pagefind cuts a query in the browser: the one segmenter of the search code.
 */
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The words of a text, in order, without spaces and punctuation (repeats kept). */
export function wordsOf(text: string): string[] {
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** The distinct words of some texts, in first-seen order. */
export function distinctWords(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap(wordsOf))];
}
