/**
 * Document numbers (文号) for search. The index holds each cited number in one token form
 * ("杭政办函 2018 64号"), whatever brackets the text uses; the query side rewrites any form a
 * user types (〔〕 [] () 【】, "64号", "2018 64号", "2018年64号") to the same tokens, so that the
 * two meet however the number was written.
 */
import { DOC_NUMBER_PATTERN, parseDocNumber } from '../citations/doc-number';

/** The token form of a document number's parts: 杭政办函 2018 64号. */
function tokens(prefix: string | null, year: number | null, serial: number): string {
  return [prefix, year === null ? null : String(year), `${String(serial)}号`].filter((t) => t !== null).join(' ');
}

/**
 * Words that make a cited number findable, for the index: the official form, the token
 * form, the serial with and without 号, and the year joined to the serial (2018-64).
 * @param docNumber a number in any form, e.g. 杭政办函〔2018〕64号
 * @returns an empty list when `docNumber` is not a document number
 */
export function docNumberIndexForms(docNumber: string): string[] {
  const doc = parseDocNumber(docNumber);
  if (!doc) return [];
  const y = String(doc.year);
  const s = String(doc.serial);
  return [tokens(doc.prefix, doc.year, doc.serial), `${doc.prefix}${y}`, `${y}-${s}`, `${y}年${s}号`, `第${s}号`];
}

/** A year and serial without a prefix: "2018 64号", "2018年第64号", "(2018)64号". */
const YEAR_SERIAL = /[〔［[（(【〖]?\s*((?:19|20)\d{2})\s*年?\s*[〕］\]）)】〗]?\s*[-—－/]?\s*第?\s*(\d{1,4})\s*号/gu;

/** A serial alone: "64号", "第64号". */
const SERIAL = /第?\s*(\d{1,4})\s*号/gu;

/** What a document number found in a query becomes: the index's tokens and the form people read. */
export type DocNumberHold = (tokens: string, shown: string) => string;

/**
 * Replaces every document number of a query by what `hold` returns for it: its tokens
 * (杭政办函 2018 64号) and its official form (杭政办函〔2018〕64号, 〔2018〕64号 or 64号), so that the
 * page can search the tokens and show, highlight and link the official form.
 */
export function holdDocNumbers(query: string, hold: DocNumberHold): string {
  const full = new RegExp(DOC_NUMBER_PATTERN.source, 'gu');
  return query
    .replace(full, (_m, prefix: string, year: string, serial: string) =>
      hold(
        tokens(prefix, Number(year), Number(serial)),
        `${prefix}〔${String(Number(year))}〕${String(Number(serial))}号`,
      ),
    )
    .replace(YEAR_SERIAL, (_m, year: string, serial: string) =>
      hold(tokens(null, Number(year), Number(serial)), `〔${year}〕${String(Number(serial))}号`),
    )
    .replace(SERIAL, (_m, serial: string) => hold(`${String(Number(serial))}号`, `${String(Number(serial))}号`));
}

/**
 * Rewrites every document number in a query, in any bracket form or abbreviation, to the
 * token form the index holds: "杭政办函[2018]64号" → "杭政办函 2018 64号", "2018 64号" → "2018 64号",
 * "第64号" → "64号". The rest of the query is left as it is.
 */
export function rewriteDocNumbers(query: string): string {
  return holdDocNumbers(query, (t) => ` ${t} `)
    .replace(/\s+/g, ' ')
    .trim();
}
