/**
 * The words of a long question that matter. A pasted question of 300 characters is cut into 60
 * words or more (培育等, 谢谢您 …); Pagefind ANDs them and finds nothing, and the page listed every
 * one. Past MAX_KEY_WORDS words, the search keeps the lexicon's words (the base's own terms: 绿色工厂,
 * 高新技术企业) and then the longest others, in the question's order, and says which it kept. Pure.
 */
import type { QueryWord } from './match';

/** Words a search keeps at most: a question names a few things, and Pagefind ANDs every word. */
export const MAX_KEY_WORDS = 6;

/** Words named at most in a status line or a note; the rest are counted (等 N 个词). */
export const MAX_NAMED_WORDS = 4;

/**
 * The words to search for: all of them up to MAX_KEY_WORDS; else the lexicon's words first,
 * then the longest, at most MAX_KEY_WORDS, in the order typed. Numbers (document numbers, sums,
 * clause numbers) count as the lexicon's.
 * @param lexicon the lexicon's words (lexicon.ts)
 */
export function keyWords(words: readonly QueryWord[], lexicon: ReadonlySet<string>): QueryWord[] {
  if (words.length <= MAX_KEY_WORDS) return [...words];
  const known = (w: QueryWord) => lexicon.has(w.shown) || w.shown !== w.match || /\d/u.test(w.shown);
  const kept = new Set(
    words
      .map((w, i) => ({ w, i }))
      .sort(
        (a, b) =>
          Number(known(b.w)) - Number(known(a.w)) ||
          Array.from(b.w.shown).length - Array.from(a.w.shown).length ||
          a.i - b.i,
      )
      .slice(0, MAX_KEY_WORDS)
      .map((x) => x.w),
  );
  return words.filter((w) => kept.has(w));
}

/** Words as a note names them: at most MAX_NAMED_WORDS quoted, the rest counted. */
export function namedWords(shown: readonly string[]): string {
  const quoted = shown
    .slice(0, MAX_NAMED_WORDS)
    .map((w) => `“${w}”`)
    .join('');
  const rest = shown.length - MAX_NAMED_WORDS;
  return rest > 0 ? `${quoted}等 ${String(shown.length)} 个词` : quoted;
}
