/**
 * How long a document says it is valid, read from its words: an absolute end (有效期至2021年12月31日,
 * 有效期至2020年底, 2020年12月31日废止, 均为2024年全年有效) or a period from its effective date (有效期5年,
 * 有效期三年, 试行期2年). Each reading says how the last day follows from the words, so that the
 * record states its rule and the build can recompute it. A phrase about validity that none of
 * the forms reads is returned as unread: the status is then unknown, never "in force".
 */
import { parseChineseNumeral } from './numerals';
import { isoDateOf, isValidIsoDate } from './dates';

/** What a text says of its validity. */
export interface ValidityReading {
  /** The phrase as written (有效期5年). */
  rule: string;
  /** The last day in force (YYYY-MM-DD), or null when the phrase cannot be read. */
  expiresOn: string | null;
  /** How the last day follows from the phrase (5年，自2018年1月1日起，至2022年12月31日止), or null. */
  reading: string | null;
}

/** A number of years as written: 5, 三, 两. */
const YEARS = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';

/** Sentences that speak of validity: 有效期, 试行期, 全年有效, 废止 with a date. */
const VALIDITY_PHRASE =
  /(?:有效期|试行期|暂行期)[^。；]*|[^。；，]*全年有效[^。；]*|\d{4}年\d{1,2}月\d{1,2}日(?:起)?废止/u;

/** The number of years of a phrase: 5 or 三 or 两. */
function yearsOf(text: string): number | null {
  if (/^\d+$/u.test(text)) return Number(text);
  return parseChineseNumeral(text.replace(/两/gu, '二'));
}

/** The ISO day before an ISO day. */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The last day of a period of `years` from `from` (5 years from 2018-01-01 end on 2022-12-31). */
export function periodEnd(from: string, years: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February plus whole years lands on 1 March in a common year: the period ends on 28 February.
  if (end.getUTCMonth() !== m - 1) end.setUTCDate(0);
  else end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** A date written YYYY-MM-DD the Chinese way, for readings. */
function zh(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${String(y)}年${String(m)}月${String(d)}日`;
}

/**
 * Reads the validity a text states.
 * @param text the closing, or the provisions' text, where a document states its validity
 * @param effective the effective date when known (YYYY-MM-DD), from which periods run
 * @returns null when the text says nothing of its validity
 */
export function readValidity(text: string, effective: string | null): ValidityReading | null {
  const phrase = VALIDITY_PHRASE.exec(text)?.[0]?.trim();
  if (!phrase) return null;
  const unread = { rule: phrase, expiresOn: null, reading: null };
  const until = /有效期(?:至|到)(\d{4}年\d{1,2}月\d{1,2}日)/u.exec(phrase);
  if (until) {
    const iso = isoDateOf(until[1] ?? '');
    return iso ? { rule: phrase, expiresOn: iso, reading: `至${zh(iso)}止` } : unread;
  }
  const yearEnd = /有效期(?:至|到)(\d{4})年(?:底|末)/u.exec(phrase);
  if (yearEnd) {
    const iso = `${yearEnd[1] ?? ''}-12-31`;
    return { rule: phrase, expiresOn: iso, reading: `${yearEnd[1] ?? ''}年底即${zh(iso)}` };
  }
  const wholeYear = /(\d{4})年全年有效/u.exec(phrase);
  if (wholeYear) {
    const iso = `${wholeYear[1] ?? ''}-12-31`;
    return { rule: phrase, expiresOn: iso, reading: `${wholeYear[1] ?? ''}年全年，至${zh(iso)}止` };
  }
  const repealed = /(\d{4}年\d{1,2}月\d{1,2}日)(?:起)?废止/u.exec(phrase);
  if (repealed) {
    const iso = isoDateOf(repealed[1] ?? '');
    if (!iso) return unread;
    const last = dayBefore(iso);
    return { rule: phrase, expiresOn: last, reading: `${zh(iso)}起废止，最后有效日为${zh(last)}` };
  }
  const period = new RegExp(`(?:有效期|试行期|暂行期)(?:为)?${YEARS}年`, 'u').exec(phrase);
  if (period) {
    const years = yearsOf(period[1] ?? '');
    if (years === null || years < 1 || effective === null || !isValidIsoDate(effective)) return unread;
    const end = periodEnd(effective, years);
    return { rule: phrase, expiresOn: end, reading: `${String(years)}年，自${zh(effective)}起，至${zh(end)}止` };
  }
  return unread;
}
