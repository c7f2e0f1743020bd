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

/**
 * The words to highlight for a query: its terms, their pieces as the browser segments them
 * (绿色工厂资助 → 绿色工厂, 资助), and the policy words its synonyms stand for (补贴 → 资助).
 * Single characters are left out unless typed as a word: 万 or 号 would light up everywhere; so
 * are numbers cut from their unit.
 * @param segment splits a term into words (Intl.Segmenter in the browser)
 * @param policyWords user word → the policy words it stands for
 */
export function highlightWords(terms: readonly string[], segment: (term: string) => string[], policyWords: Readonly<Record<string, readonly string[]>>): string[] {
  const words = new Set<string>();
  for (const term of terms) {
    const pieces = [term, ...segment(term)];
    for (const p of pieces) {
      // A number cut from its unit (200 of 200万) would light up 2000万 too.
      const bareNumber = p !== term && /^\d+$/.test(p);
      if ((p.length > 1 || p === term) && !bareNumber) words.add(p);
      for (const w of policyWords[p] ?? []) words.add(w);
    }
  }
  return [...words].filter((w) => w.trim().length > 0).sort((a, b) => b.length - a.length);
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
