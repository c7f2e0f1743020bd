/**
 * Query preparation, in the browser before Pagefind sees the query: one form for full-width
 * and half-width characters, simplified characters, document numbers in the index's token
 * form, sums without 元. Pure: no DOM, no Pagefind.
 */
import { rewriteDocNumbers } from './doc-number';
import { rewriteSums } from './tokens';
import { parseChineseNumeral } from '../text/numerals';
import { clauseToken } from './tokens';
import { simplify } from './simplify';

/** Build-time data the query side needs (see dictionary.ts; duplicated here to keep this file free of Node imports). */
export interface QueryDictionaryData {
  /** Traditional → simplified characters. */
  trad: Readonly<Record<string, string>>;
  /** Word people type → the policy's word. */
  rewrites: Readonly<Record<string, string>>;
}

/** A query ready for Pagefind, and the words to highlight in results. */
export interface PreparedQuery {
  /** What the user typed. */
  raw: string;
  /** The query as Pagefind receives it; empty when nothing searchable is left. */
  text: string;
  /** The space-separated words of `text`. */
  terms: string[];
  /** The query as a reader would write it, before sums became tokens: for notes and highlighting. */
  shown: string;
  /** The space-separated words of `shown`. */
  shownTerms: string[];
}

/**
 * Question words and particles that people type around what they look for ("首台套补贴多少",
 * "高新技术企业有什么政策"). None occurs in the policies (a unit test checks the corpus), so
 * removing them never removes a word that could match; Pagefind would otherwise AND them.
 */
export const QUESTION_WORDS = [
  '有没有', '有什么', '有哪些', '是什么', '怎么样', '怎么办', '怎么', '怎样', '如何', '什么', '哪些', '哪个',
  '什么时候', '多少钱', '多少', '是否', '请问', '能不能', '可不可以', '能拿', '能领', '领取', '给多少',
] as const;

/**
 * Modal verbs people type in questions (“小微企业可以享受哪些政策”) that the regulations do write
 * (…可以依法…), but never as what a provision is about: removed like question words, since
 * Pagefind would otherwise AND them and keep only the provisions that happen to say them.
 */
export const MODAL_WORDS = ['可以'] as const;

/** Sentence-final particles, removed only at the end of a word. */
const FINAL_PARTICLES = /[吗呢吧啊呀么？?]+(?=\s|$)/gu;

/** Punctuation that never carries meaning in a query (brackets, quotes, commas, dots). */
const PUNCTUATION = /[\p{P}\p{S}]/gu;

/** Characters kept although they are punctuation or symbols: the % of rates. */
const KEEP = new Set(['%']);

/**
 * Prepares what a user typed for the index.
 * - NFKC: full-width letters, digits and spaces become ASCII (２００万 → 200万);
 * - traditional characters become simplified (綠色工廠 → 绿色工厂), with the build's map;
 * - document numbers in any form become the index's tokens (杭政办函[2018]64号 → 杭政办函 2018 64号);
 * - a clause number becomes the clause's token (第16条, 第十六条 → c16c);
 * - sums become one token in yuan (200万元, 200万 → y2000000y), see money-token.ts;
 * - question words (多少, 有什么 …), modal verbs (可以) and final particles (吗, 呢) go;
 * - punctuation becomes a space.
 * - words the policies never write become the policy's word (技改 → 技术改造), see synonyms.ts;
 * @param dict the build's dictionary (see dictionary.ts)
 */
export function prepareQuery(raw: string, dict: QueryDictionaryData): PreparedQuery {
  let text = simplify(raw.normalize('NFKC'), dict.trad);
  text = rewriteDocNumbers(text);
  text = rewriteClauseNumbers(text);
  text = text.replace(/(\d+(?:\.\d+)?)\s*(万|亿)\s*元/g, '$1$2');
  for (const w of [...QUESTION_WORDS, ...MODAL_WORDS]) text = text.replaceAll(w, ' ');
  text = applyRewrites(text, dict.rewrites);
  text = text.replace(FINAL_PARTICLES, ' ');
  text = text.replace(PUNCTUATION, (ch) => (KEEP.has(ch) ? ch : ' '));
  const shownTerms = words(text);
  const terms = words(rewriteSums(text));
  return { raw, text: terms.join(' '), terms, shown: shownTerms.join(' '), shownTerms };
}

/** The space-separated words of a text. */
const words = (text: string) => text.split(/\s+/).filter((t) => t.length > 0);

/**
 * Replaces each rewritable word by its policy word, longest words first, unless the query
 * already holds the policy word (企业上云 must not become 企业企业上云).
 */
export function applyRewrites(text: string, rewrites: Readonly<Record<string, string>>): string {
  let out = text;
  const words = Object.keys(rewrites).sort((a, b) => b.length - a.length);
  for (const w of words) {
    const canonical = rewrites[w];
    if (canonical === undefined || !out.includes(w) || out.includes(canonical)) continue;
    out = out.replaceAll(w, ` ${canonical} `);
  }
  return out;
}

/** A clause named by its number: 第十六条, 第16条, 第（十六）条. */
const CLAUSE_NUMBER = /第\s*[（(]?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[）)]?\s*条/gu;

/**
 * Rewrites a clause number (第16条, 第十六条) as the clause's token, which only that clause's
 * record holds: the numeral alone (十) would also match 十一 … 十九 as a prefix.
 */
export function rewriteClauseNumbers(text: string): string {
  return text.replace(CLAUSE_NUMBER, (_m, n: string) => {
    const num = /\d/.test(n) ? Number(n) : parseChineseNumeral(n);
    return num === null ? ' ' : ` ${clauseToken(num)} `;
  });
}
