/**
 * Short forms the texts define for themselves. Chinese legal drafting names a long term once and
 * then uses a short form: 《中华人民共和国公路法》（以下简称公路法）, 房屋征收部门（以下称房屋征收部门）,
 * 中国（杭州）跨境电子商务综合试验区（以下简称综试区）. Each definition links the two forms both ways
 * within the defining document (a short form such as 事故 or 职工 means something else elsewhere),
 * so that a search for either finds the provisions that write the other. Pure: no Node, no DOM.
 */
import type { SynonymGroup } from './synonyms';

/** One definition: the full form and the short form it is given. */
export interface Abbreviation {
  full: string;
  short: string;
}

/** （以下简称“X”） / （以下称X） / （以下统称X）, with or without quotes. */
const DEFINITION = /[（(]以下(?:简称|统称|称)[“"]?([^）)”"，。；]{2,20}?)[”"]?[）)]/gu;

/** Where a full form starts, at the latest: after punctuation (brackets belong to names: 中国（杭州）…). */
const CLAUSE_START = /[，,。；;：:、“”"\s]/u;

/** Words that open the phrase around a term rather than the term (对企业… → 企业…, 根据《…》). */
const OPENERS =
  /^(?:按照|根据|依照|依据|通过|对于|关于|设立|确定|成立|建立|组建|申请办理|办理|对|由|在|向|经|将|与|和|或|为|以|从|自)+/u;

/** A full form is a term, not a sentence: at most this many characters. */
const MAX_FULL_CHARS = 30;

/** The full form before `end` in `text`: a book title 《…》 whole, else back to the clause start, openers dropped. */
function fullFormBefore(text: string, end: number): string | null {
  const before = text.slice(0, end);
  const title = /《([^《》]{2,40})》$/u.exec(before);
  if (title) return title[1] ?? null;
  const chars = Array.from(before);
  let start = chars.length;
  while (start > 0 && !CLAUSE_START.test(chars[start - 1] ?? '')) start -= 1;
  const full = chars.slice(start).join('').replace(OPENERS, '');
  return Array.from(full).length >= 2 && Array.from(full).length <= MAX_FULL_CHARS ? full : null;
}

/**
 * The short forms `text` defines, in order, each once.
 * @example definedAbbreviations('根据《中华人民共和国公路法》（以下简称公路法），制定本条例。') → [{ full: '中华人民共和国公路法', short: '公路法' }]
 */
export function definedAbbreviations(text: string): Abbreviation[] {
  const out: Abbreviation[] = [];
  for (const m of text.matchAll(DEFINITION)) {
    const short = (m[1] ?? '').trim();
    const full = fullFormBefore(text, m.index);
    if (!full || full === short || out.some((a) => a.short === short && a.full === full)) continue;
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
