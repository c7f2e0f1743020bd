/**
 * Finds the documents a sentence cites: by title and number (按照《…》（杭政办函〔2018〕64号）),
 * by number alone, or by name only (按我市…资金管理办法相关政策, 享受…加计扣除政策).
 */
import { DOC_NUMBER_PATTERN, normalizeDocNumber } from '../citations/doc-number';

/** A citation found in a text. */
export interface FoundCitation {
  /** The title as written, without 《》, or the name a name-only citation uses. */
  title: string;
  /** The number in the official form, or null. */
  docNumber: string | null;
  /** Offset of the citation in the text (its name, for a name-only citation). */
  at: number;
  /** Offset after it. */
  end: number;
}

/**
 * 《title》 optionally followed by （number）. A title may quote another in 〈〉 or in 《》
 * (《浙江省实施《中华人民共和国慈善法》办法》): the outer title is the document cited.
 */
const TITLED = /《((?:[^《》]|《[^《》]*》){2,150})》(?:（([^（）]{4,30}?号)）)?/gu;

/**
 * A name-only citation: after 按照/按/根据/依据, the shortest run of words up to the kind of
 * document (管理办法, 实施细则, …相关政策). Commas end it: a name has none.
 */
const NAMED =
  /(?:按照|依据|根据|按)([^，。；《》“”]{2,60}?(?:管理办法|实施办法|实施细则|暂行办法|办法|细则|相关政策|相关规定))/gu;

/** A policy that a provision builds on: 享受研发费用加计扣除政策. */
const ENJOYED = /享受([^，。；《》“”]{2,40}?政策)/gu;

/** Replaces a span with 《 (which no name contains) so later patterns neither match it nor shift offsets. */
function mask(text: string, at: number, end: number): string {
  return text.slice(0, at) + '《'.repeat(end - at) + text.slice(end);
}

/** Every citation in a sentence, in text order. */
export function findCitations(text: string): FoundCitation[] {
  const found: FoundCitation[] = [];
  let rest = text;
  for (const m of text.matchAll(TITLED)) {
    found.push({
      title: m[1] ?? '',
      docNumber: m[2] ? normalizeDocNumber(m[2]) : null,
      at: m.index,
      end: m.index + m[0].length,
    });
    rest = mask(rest, m.index, m.index + m[0].length);
  }
  for (const m of rest.matchAll(new RegExp(DOC_NUMBER_PATTERN.source, 'gu'))) {
    const docNumber = normalizeDocNumber(m[0]);
    if (docNumber) found.push({ title: docNumber, docNumber, at: m.index, end: m.index + m[0].length });
    rest = mask(rest, m.index, m.index + m[0].length);
  }
  for (const re of [NAMED, ENJOYED]) {
    for (const m of rest.matchAll(re)) {
      const title = m[1] ?? '';
      const at = m.index + m[0].length - title.length;
      found.push({ title, docNumber: null, at, end: at + title.length });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}
