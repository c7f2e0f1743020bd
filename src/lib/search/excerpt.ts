/**
 * Excerpts with highlighted words, built from a record's own text. Pagefind's excerpt may
 * come from the added synonyms (补贴 扶持 …), which the page does not show; this one always
 * quotes the clause.
 */
import { wordRanges } from './highlight';

/** A piece of an excerpt: text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Splits `text` into marked and unmarked parts, longest words first where they overlap (see wordRanges). */
export function markWords(text: string, words: readonly string[]): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let at = 0;
  for (const [start, end] of wordRanges(text, words)) {
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/**
 * The passage of `body` (about `length` characters) that holds the most distinct words, with
 * them marked; the start of the body when none occurs.
 */
export function makeExcerpt(body: string, words: readonly string[], length = 110): ExcerptPart[] {
  let best = { start: 0, score: 0 };
  for (const w of words) {
    // A few dozen places per word are enough to find the best passage, and keep this linear.
    let seen = 0;
    for (let i = body.indexOf(w); i !== -1 && seen++ < 40; i = body.indexOf(w, i + 1)) {
      const start = Math.max(0, i - 24);
      const window = body.slice(start, start + length);
      const score = words.filter((x) => window.includes(x)).reduce((s, x) => s + x.length, 0);
      if (score > best.score) best = { start, score };
    }
  }
  const end = Math.min(body.length, best.start + length);
  const parts = markWords(body.slice(best.start, end), words);
  if (best.start > 0) parts.unshift({ text: '…', mark: false });
  if (end < body.length) parts.push({ text: '…', mark: false });
  return parts;
}
