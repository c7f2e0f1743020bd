/**
 * Short forms the texts define for themselves. Chinese legal drafting names a long term once and
 * then uses a short form: 《中华人民共和国公路法》（以下简称公路法）, 房屋征收部门（以下称房屋征收部门）,
 * 中国（杭州）跨境电子商务综合试验区（以下简称综试区）. Each definition links the two forms both ways
 * within the defining document (a short form such as 事故 or 职工 means something else elsewhere),
 * so that a search for either finds the provisions that write the other. Build time only (jieba).
 */
import type { SynonymGroup } from './synonyms';
import { indexWords } from './jieba';

/** One definition: the full form and the short form it is given. */
export interface Abbreviation {
  full: string;
  short: string;
}

/** （以下简称“X”） / （以下称X） / （以下统称X）, with or without quotes: X is the short form. */
export const SHORT_FORM_DEFINITION = /[（(]以下(?:简称|统称|称)[“"]?([^）)”"，。；]{2,20}?)[”"]?[）)]/gu;

/** Where a full form starts, at the latest: after punctuation outside brackets (brackets belong to names: 县（市、区）…). */
const CLAUSE_START = /[，,。；;：:、“”"\s]/u;

/** Brackets, which a name keeps whole: 中国（杭州）…, 县（市、区）人民政府. */
const OPENING = new Set(['（', '(']);
const CLOSING = new Set(['）', ')']);

/** What opens a clause rather than the term: an item's marker, and 本条例所称. */
const LEADS = [
  /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．、])/u,
  /^(?:(?:本(?:条例|法|规定|办法|细则|决定)|前款)所称的?|是指)/u,
];

/**
 * Words that open a clause rather than the term (对企业… → 企业…), dropped only where jieba cuts
 * them as words of their own: 从 opens 从学校 but not 从事粮食收购的经营者, 自 not 自治县.
 */
const OPENER_WORDS = new Set(
  '为了 按照 根据 依照 依据 通过 对于 关于 设立 确定 成立 建立 组建 申请 办理 应当 可以 并 对 由 在 向 经 将 与 和 或 为 以 从 自 加强 保障 保证 实行'.split(
    ' ',
  ),
);

/** A full form is a term, not a sentence: at most this many characters. */
const MAX_FULL_CHARS = 30;

/** Whether every bracket of `s` is closed in it: a form cut inside a bracket (区）人民政府) is no name. */
function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (OPENING.has(c)) depth += 1;
    else if (CLOSING.has(c) && --depth < 0) return false;
  }
  return depth === 0;
}

/** Where the clause ending at the end of `chars` starts: after the last punctuation outside brackets. */
function clauseStart(chars: readonly string[]): number {
  let depth = 0;
  let i = chars.length;
  for (; i > 0; i--) {
    const c = chars[i - 1] ?? '';
    if (CLOSING.has(c)) depth += 1;
    else if (OPENING.has(c)) {
      if (depth === 0) break;
      depth -= 1;
    } else if (depth === 0 && CLAUSE_START.test(c)) break;
  }
  return i;
}

/** `s` without the leads of a clause (LEADS, OPENER_WORDS), taken off as long as one opens it. */
function withoutLeads(s: string): string {
  let out = s;
  for (let before = ''; before !== out;) {
    before = out;
    for (const lead of LEADS) out = out.replace(lead, '');
    const first = indexWords(out)[0];
    if (first !== undefined && OPENER_WORDS.has(first) && out.startsWith(first)) out = out.slice(first.length);
  }
  return out;
}

/** The full form before `end` in `text`: a book title 《…》 whole, else back to the clause start, its leads dropped. */
function fullFormBefore(text: string, end: number): string | null {
  const before = text.slice(0, end);
  const title = /《([^《》]{2,40})》$/u.exec(before);
  if (title) return title[1] ?? null;
  const chars = Array.from(before);
  const full = withoutLeads(chars.slice(clauseStart(chars)).join(''));
  const length = Array.from(full).length;
  return length >= 2 && length <= MAX_FULL_CHARS && balanced(full) ? full : null;
}

/** The short form as defined, a book title's 《》 dropped (以下简称《土地管理法》); null when it is not one name. */
function shortForm(defined: string): string | null {
  const short = defined.trim().replace(/^《([^《》]+)》$/u, '$1');
  return /[《》]/u.test(short) || !balanced(short) ? null : short;
}

/**
 * The short forms `text` defines, in order, each once.
 * @example definedAbbreviations('根据《中华人民共和国公路法》（以下简称公路法），制定本条例。') → [{ full: '中华人民共和国公路法', short: '公路法' }]
 */
export function definedAbbreviations(text: string): Abbreviation[] {
  const out: Abbreviation[] = [];
  for (const m of text.matchAll(SHORT_FORM_DEFINITION)) {
    const short = shortForm(m[1] ?? '');
    const full = fullFormBefore(text, m.index);
    if (!full || !short || full === short || out.some((a) => a.short === short && a.full === full)) continue;
    out.push({ full, short });
  }
  return out;
}

/** The synonym groups of definitions, both ways: the full form indexed under the short, the short under the full. */
export function abbreviationGroups(abbreviations: readonly Abbreviation[]): SynonymGroup[] {
  return abbreviations.flatMap((a) => [
    { canonical: a.full, words: [a.short] },
    { canonical: a.short, words: [a.full], whole: true },
  ]);
}
