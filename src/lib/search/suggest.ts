/**
 * “是否要找：绿色工厂”: the lexicon words nearest to a word that found nothing, for people who
 * mistype (绿色公厂) or type pinyin (lvse, lvsegongchang). Edit distance on short strings and the
 * lexicon words' pinyin spellings, computed at build time (see lexicon.ts, pinyin.ts). Pure.
 */

/** A lexicon word and its pinyin spellings (none when a character has no pinyin in the table). */
export type LexiconEntry = readonly [word: string, ...spellings: string[]];

/** Longest word compared: edit distance is for short strings, and costs length². */
const MAX_COMPARED = 24;

/**
 * The Levenshtein distance of `a` and `b` (by code point), or `max + 1` as soon as it must be
 * larger than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const v = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[y.length] ?? max + 1;
}

/** Letters only (pinyin typed with or without spaces, ü as v or u:). */
const PINYIN_INPUT = /^[a-zü:\s]+$/u;

/** Distance allowed for a word of `n` characters: one slip in a short word, two in a long one. */
const allowed = (n: number) => (n <= 4 ? 1 : 2);

/**
 * The lexicon words nearest to `word`, best first, at most `limit`:
 * - pinyin (only letters): words spelled exactly so, then words whose spelling starts so (lvse →
 *   绿色工厂), then spellings one or two letters off;
 * - Han: words within one edit (two for words over four characters), never `word` itself.
 */
export function suggestWords(word: string, lexicon: readonly LexiconEntry[], limit = 3): string[] {
  const w = word.trim().toLowerCase();
  if (w.length === 0 || w.length > MAX_COMPARED) return [];
  const ranked: { word: string; rank: number }[] = [];
  if (PINYIN_INPUT.test(w)) {
    const typed = w.replace(/ü|u:/gu, 'v').replace(/\s+/gu, '');
    if (typed.length < 2) return [];
    for (const [term, ...spellings] of lexicon) {
      let rank = Infinity;
      for (const s of spellings) {
        if (s === typed) rank = Math.min(rank, 0);
        else if (typed.length >= 3 && s.startsWith(typed)) rank = Math.min(rank, 1 + (s.length - typed.length) / 100);
        else if (typed.length >= 4) {
          const d = editDistance(typed, s, allowed(typed.length / 3));
          if (d <= allowed(typed.length / 3)) rank = Math.min(rank, 2 + d);
        }
      }
      if (rank < Infinity) ranked.push({ word: term, rank });
    }
  } else {
    const n = Array.from(w).length;
    if (n < 2) return [];
    for (const [term] of lexicon) {
      if (term === w) continue;
      const d = editDistance(w, term, allowed(n));
      if (d <= allowed(n)) ranked.push({ word: term, rank: d + Math.abs(Array.from(term).length - n) / 10 });
    }
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.word.localeCompare(b.word, 'zh'))
    .slice(0, limit)
    .map((r) => r.word);
}
