/**
 * Whether a result holds the query. Pagefind drops a query term that matches nothing, matches
 * every term as a prefix and the browser cuts unknown words into characters, so 元宇宙 (in no
 * policy) came back as a dozen pages holding 元. Here a result is a match only when its
 * indexed text holds every query word; the others are at best partial matches, named with the
 * words they lack. Pure: no DOM, no Pagefind.
 */
import type { QueryUnit } from './query';

/** One word a match must hold. */
export interface QueryWord {
  /** What the indexed text must contain (lower case), e.g. 绿色工厂, y2000000y, 杭政办函 2018 64号. */
  match: string;
  /** The word as the reader knows it: 绿色工厂, 200万, 杭政办函〔2018〕64号. */
  shown: string;
  /** The whole terms to highlight for it (see QueryUnit.highlight). */
  highlight: readonly string[];
}

/** Single characters that join words in a question (绿色工厂的资助): dropped when left over. */
const JOINING_CHARS = new Set(Array.from('的地得和与及或了在对给是有把被为之'));

/** Letters, digits and tokens are never cut into pieces. */
const NOT_HAN = /^[^\p{Script=Han}]+$/u;

/** Longest lexicon word looked for at a position. */
const MAX_LEXICON_WORD = 8;

/** A word of `unit` to look for. */
const wordOf = (match: string, shown: string, highlight: readonly string[]): QueryWord => ({
  match: match.toLowerCase(),
  shown,
  highlight,
});

/**
 * Cuts a run of Han characters into lexicon words, longest first from the left; the characters
 * between them stay together as runs for the segmenter.
 */
function lexiconPieces(text: string, lexicon: ReadonlySet<string>): { text: string; known: boolean }[] {
  const chars = Array.from(text);
  const out: { text: string; known: boolean }[] = [];
  let run = '';
  for (let i = 0; i < chars.length;) {
    let found = '';
    for (let n = Math.min(MAX_LEXICON_WORD, chars.length - i); n >= 2 && !found; n--) {
      const w = chars.slice(i, i + n).join('');
      if (lexicon.has(w)) found = w;
    }
    if (found) {
      if (run) out.push({ text: run, known: false });
      run = '';
      out.push({ text: found, known: true });
      i += Array.from(found).length;
    } else run += chars[i++] ?? '';
  }
  if (run) out.push({ text: run, known: false });
  return out;
}

/** Whether `p` is a single joining character (的, 和), dropped when left over between words. */
const isJoining = (p: string) => Array.from(p).length === 1 && JOINING_CHARS.has(p);

/**
 * The words of a run of characters that is no lexicon word, as the segmenter cuts it, with no
 * single character standing alone: the segmenter cuts words it does not know into characters
 * (准入 → 准, 入; 跨境 → 跨, 境), so single characters in a row are one word again, and a single
 * character left over joins the word before it (人民 币 → 人民币) or, first, the word after it
 * (元 宇宙 → 元宇宙): 元 alone would match every sum in yuan. Joining characters (的, 和) go.
 */
function runWords(run: string, segment: (text: string) => string[]): string[] {
  const pieces = segment(run).filter((p) => !isJoining(p));
  const grouped: string[] = [];
  let singles = '';
  const flush = () => {
    if (singles) grouped.push(singles);
    singles = '';
  };
  for (const p of pieces) {
    if (Array.from(p).length === 1) singles += p;
    else {
      flush();
      grouped.push(p);
    }
  }
  flush();
  const out: string[] = [];
  for (let i = 0; i < grouped.length; i++) {
    const p = grouped[i] ?? '';
    if (Array.from(p).length > 1) out.push(p);
    else if (out.length > 0) out[out.length - 1] = (out.at(-1) ?? '') + p;
    else if (i + 1 < grouped.length) grouped[i + 1] = p + (grouped[i + 1] ?? '');
    else out.push(p);
  }
  return out;
}

/**
 * The words a result must hold for a query: each unit whole when it is a number, a lexicon
 * word, a word of letters or two characters at most; else the lexicon words it is made of
 * (绿色工厂资助 → 绿色工厂, 资助) with the rest cut by the segmenter (集成电路企业 → 集成电路, 企业;
 * see runWords: 元宇宙 stays 元宇宙, never 元). Joining characters (的, 和) between words are dropped.
 * @param lexicon the lexicon's words (see lexicon.ts)
 * @param segment splits text into words (Intl.Segmenter in the browser)
 */
export function queryWords(
  units: readonly QueryUnit[],
  lexicon: ReadonlySet<string>,
  segment: (text: string) => string[],
): QueryWord[] {
  const out: QueryWord[] = [];
  for (const u of units) {
    const chars = Array.from(u.text);
    if (u.special || NOT_HAN.test(u.text) || chars.length <= 2 || lexicon.has(u.text)) {
      out.push(wordOf(u.text, u.shown, u.highlight));
      continue;
    }
    const pieces = lexiconPieces(u.text, lexicon).flatMap((p) => (p.known ? [p.text] : runWords(p.text, segment)));
    if (pieces.length > 1) out.push(...pieces.map((p) => wordOf(p, p, [p])));
    else out.push(wordOf(u.text, u.shown, u.highlight));
  }
  // The same word twice (资助 资助) is one condition.
  return out.filter((w, i) => out.findIndex((x) => x.match === w.match) === i);
}

/** Pagefind's indexed text of a page, as matching reads it: no segment marks (U+200B), one space, lower case. */
export function indexedText(content: string): string {
  return content
    .replace(/\u200b/gu, '')
    .replace(/\s+/gu, ' ')
    .toLowerCase();
}

/** The words of `words` that `text` (see indexedText) does not hold. */
export function lackingWords(text: string, words: readonly QueryWord[]): QueryWord[] {
  return words.filter((w) => !text.includes(w.match));
}
