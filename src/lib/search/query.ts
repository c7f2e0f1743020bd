/**
 * Query preparation, in the browser before Pagefind sees the query: one form for full-width
 * and half-width characters, simplified characters, document numbers in the index's token
 * form, sums without 元. Pure: no DOM, no Pagefind.
 */
import { holdDocNumbers } from './doc-number';
import { clauseToken, rewriteSums } from './tokens';
import { parseChineseNumeral } from '../text/numerals';
import { capQuery } from './limits';
import { simplify } from './simplify';

/** Build-time data the query side needs (see dictionary.ts; duplicated here to keep this file free of Node imports). */
export interface QueryDictionaryData {
  /** Traditional → simplified characters. */
  trad: Readonly<Record<string, string>>;
  /** Word people type → the policy's word. */
  rewrites: Readonly<Record<string, string>>;
}

/**
 * One word of a prepared query: what Pagefind is given and what the reader sees. A document
 * number, a clause number or a sum is one unit whose search form is the index's tokens
 * (杭政办函 2018 64号, c16c, y2000000y) and whose shown form is how the policy writes it.
 */
export interface QueryUnit {
  /** The search form (may hold spaces: the tokens of a document number). */
  text: string;
  /** The form a reader writes: 杭政办函〔2018〕64号, 第十六条, 200万; the word itself otherwise. */
  shown: string;
  /** The whole terms to highlight for it in a policy's text (200万元 for 200万); empty for none. */
  highlight: string[];
  /** Whether it is a number the query side rewrote (never split into smaller words). */
  special: boolean;
}

/** A query ready for Pagefind, and the words to highlight in results. */
export interface PreparedQuery {
  /** What the user typed, cut to MAX_QUERY_CHARS characters. */
  raw: string;
  /** Whether the query was longer than MAX_QUERY_CHARS and was cut. */
  cut: boolean;
  /** The query as Pagefind receives it; empty when nothing searchable is left. */
  text: string;
  /** The space-separated words of `text`. */
  terms: string[];
  /** The query as a reader would write it (document numbers, clause numbers and sums as written): for notes and highlighting. */
  shown: string;
  /** The space-separated words of `shown`. */
  shownTerms: string[];
  /** The query's words, each with its search and shown forms. */
  units: QueryUnit[];
  /** Whether the question asks for money (多少钱, 能拿多少): provisions granting awards come first. */
  wantsMoney: boolean;
}

/**
 * Question words and particles that people type around what they look for ("首台套补贴多少",
 * "高新技术企业有什么政策"). None occurs in the policies (a unit test checks the corpus), so
 * removing them never removes a word that could match; Pagefind would otherwise AND them.
 */
export const QUESTION_WORDS = [
  '有没有',
  '有什么',
  '有哪些',
  '是什么',
  '怎么样',
  '怎么办',
  '怎么',
  '怎样',
  '如何',
  '什么',
  '哪些',
  '哪个',
  '什么时候',
  '多少钱',
  '多少',
  '是否',
  '请问',
  '能不能',
  '可不可以',
  '能拿',
  '能领',
  '领取',
  '给多少',
] as const;

/**
 * Modal verbs people type in questions (“小微企业可以享受哪些政策”) that the regulations do write
 * (…可以依法…), but never as what a provision is about: removed like question words, since
 * Pagefind would otherwise AND them and keep only the provisions that happen to say them.
 */
export const MODAL_WORDS = ['可以'] as const;

/**
 * How people introduce themselves in a question (“我是集成电路企业”, “我们公司属于…”): words no
 * provision is about. 我 before 市, 省, 国, 区 or 县 is the policies' own 我市, 我省 and stays.
 */
const SELF_INTRO =
  /(?:我们|咱们|我|本公司|我公司|本企业|本单位|我单位)(?![市省国区县])(?:公司)?(?:是|为|属于)?(?:一家|一个)?/gu;

/** Words that ask how much money: the provisions that grant awards answer such a question. */
const MONEY_QUESTION = /多少|能拿|能领|领取|拿钱|给钱|钱/u;

/** Sentence-final particles, removed only at the end of a word. */
const FINAL_PARTICLES = /[吗呢吧啊呀么？?]+(?=\s|$)/gu;

/** Punctuation that never carries meaning in a query (brackets, quotes, commas, dots). */
const PUNCTUATION = /[\p{P}\p{S}]/gu;

/** Characters kept although they are punctuation or symbols: the % of rates. */
const KEEP = new Set(['%']);

/** Private-use characters stand for held numbers while the rest of the query is prepared. */
const HOLD_BASE = 0xe000;
const PRIVATE_USE = /[\uE000-\uF8FF]/gu;

/** A sum in a query once 元 is gone: digits and 万 or 亿. */
const QUERY_SUM = /(\d+(?:\.\d+)?)\s*(万|亿)\s*元?/gu;

/**
 * Prepares what a user typed for the index.
 * - at most MAX_QUERY_CHARS characters are read (`cut` says whether more were typed);
 * - NFKC: full-width letters, digits and spaces become ASCII (２００万 → 200万);
 * - traditional characters become simplified (綠色工廠 → 绿色工厂), with the build's map;
 * - document numbers in any form become the index's tokens (杭政办函[2018]64号 → 杭政办函 2018 64号);
 * - a clause number becomes the clause's token (第16条, 第十六条 → c16c);
 * - sums become one token in yuan (200万元, 200万 → y2000000y), see tokens.ts;
 * - question words (多少, 有什么 …), modal verbs (可以), self-introductions (我是) and final particles (吗, 呢) go;
 * - punctuation becomes a space;
 * - words the policies never write become the policy's word (技改 → 技术改造), see synonyms.ts.
 * Numbers are held aside while the rest is prepared, so that their shown form (杭政办函〔2018〕64号,
 * 第十六条, 200万) survives punctuation removal and never shows an internal token.
 * Runs in time linear in the query's length (each step is one pass of a regular expression or a
 * bounded list of words).
 * @param dict the build's dictionary (see dictionary.ts)
 */
export function prepareQuery(input: string, dict: QueryDictionaryData): PreparedQuery {
  const { q: raw, cut } = capQuery(input);
  const held: Omit<QueryUnit, 'special'>[] = [];
  const hold = (tokens: string, shown: string, highlight: string[]) => {
    held.push({ text: tokens, shown, highlight });
    return ` ${String.fromCharCode(HOLD_BASE + held.length - 1)} `;
  };
  let text = simplify(raw.normalize('NFKC'), dict.trad).replace(PRIVATE_USE, ' ');
  const wantsMoney = MONEY_QUESTION.test(text);
  text = holdDocNumbers(text, (tokens, shown) => hold(tokens, shown, [shown]));
  text = text.replace(CLAUSE_NUMBER, (m, n: string) => {
    const num = /\d/.test(n) ? Number(n) : parseChineseNumeral(n);
    return num === null ? ' ' : hold(clauseToken(num), m.replace(/\s+/g, ''), []);
  });
  text = text.replace(QUERY_SUM, (_m, num: string, unit: string) =>
    hold(rewriteSums(`${num}${unit}`).trim(), `${num}${unit}`, [`${num}${unit}元`, `${num}${unit}`]),
  );
  for (const w of [...QUESTION_WORDS, ...MODAL_WORDS]) text = text.replaceAll(w, ' ');
  text = text.replace(SELF_INTRO, ' ');
  text = applyRewrites(text, dict.rewrites);
  text = text.replace(FINAL_PARTICLES, ' ');
  text = text.replace(PUNCTUATION, (ch) => (KEEP.has(ch) ? ch : ' '));
  const units = words(text).map((w): QueryUnit => {
    const h = w.length === 1 ? held[w.charCodeAt(0) - HOLD_BASE] : undefined;
    return h ? { ...h, special: true } : { text: w, shown: w, highlight: [w], special: false };
  });
  const terms = units.flatMap((u) => words(u.text));
  const shownTerms = units.map((u) => u.shown);
  return { raw, cut, text: terms.join(' '), terms, shown: shownTerms.join(' '), shownTerms, units, wantsMoney };
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
