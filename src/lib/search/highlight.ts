/**
 * Highlighting the search's words on the page a result leads to: the result link names them
 * (?highlight=绿色工厂&highlight=资助, whole terms only, at most MAX_HIGHLIGHT_WORDS) and the page
 * marks them. Pure: the DOM walking is in SearchHighlight.astro.
 */
import { MAX_HIGHLIGHT_CHARS, MAX_HIGHLIGHT_WORDS } from './limits';

/** The URL parameter that carries the words. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * A result's link: its page (any query string Pagefind added dropped, the fragment kept) with
 * the words to highlight there, one `?`, real words only.
 * @param url the result's URL as Pagefind gives it (may carry ?highlight=… of its own tokens)
 */
export function resultHref(url: string, words: readonly string[]): string {
  const hashAt = url.indexOf('#');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams();
  for (const w of cleanWords(words)) params.append(HIGHLIGHT_PARAM, w);
  const qs = params.toString();
  return `${path}${qs ? `?${qs}` : ''}${hash}`;
}

/**
 * The words worth highlighting, each once, longest first, at most MAX_HIGHLIGHT_WORDS: two
 * characters or more (a single 政 or 元 would light up everywhere), MAX_HIGHLIGHT_CHARS at most,
 * trimmed.
 */
export function cleanWords(words: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const w of words) {
    if (out.size >= MAX_HIGHLIGHT_WORDS) break;
    const t = w.trim();
    if (Array.from(t).length >= 2 && t.length <= MAX_HIGHLIGHT_CHARS) out.add(t);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** The words a page's URL asks it to highlight (see cleanWords); reads no more than it keeps. */
export function highlightParams(search: string): string[] {
  const params = new URLSearchParams(search);
  const wanted: string[] = [];
  // getAll reads every value; a link with 800 of them only costs a linear pass.
  for (const w of params.getAll(HIGHLIGHT_PARAM)) {
    wanted.push(w);
    if (wanted.length >= MAX_HIGHLIGHT_WORDS * 4) break;
  }
  return cleanWords(wanted);
}

/** Whether a word starts (or ends) with a digit: such words must not stand inside a longer number. */
const startsWithDigit = (w: string) => /^[\d.]/u.test(w);
const endsWithDigit = (w: string) => /[\d.]$/u.test(w);
const isDigit = (ch: string | undefined) => ch !== undefined && /[\d.]/u.test(ch);

/**
 * Where `words` stand in `text`: [start, end) ranges in order, without overlap, longer words
 * first where they compete. A number is marked only as a whole (200万元 not inside 1200万元).
 * Linear in the text for a bounded number of words (indexOf per word).
 */
export function wordRanges(text: string, words: readonly string[]): [number, number][] {
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const ranges: [number, number][] = [];
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    if (w.length === 0) continue;
    for (let i = text.indexOf(w); i !== -1; i = text.indexOf(w, i + 1)) {
      const end = i + w.length;
      if (startsWithDigit(w) && isDigit(text[i - 1])) continue;
      if (endsWithDigit(w) && isDigit(text[end])) continue;
      if (taken[i] || taken[end - 1]) continue;
      taken.fill(true, i, end);
      ranges.push([i, end]);
      i = end - 1;
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
