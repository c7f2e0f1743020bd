/**
 * Chinese official document numbers (文号): 发文机关代字〔年份〕序号号, e.g. 杭政办函〔2018〕64号.
 * People and portals write the year brackets in many ways; the base stores one form.
 */

/** The parts of a document number. */
export interface DocNumber {
  /** The issuing office's code, e.g. 杭政办函. */
  prefix: string;
  /** The year in the brackets. */
  year: number;
  /** The serial number. */
  serial: number;
}

/** Matches a document number with any bracket style: 〔〕 [] () （） 【】 ［］ 〖〗 or none. */
export const DOC_NUMBER_PATTERN =
  /([\u4e00-\u9fa5]{1,8}?)\s*[〔［\[（(【〖]?\s*((?:19|20)\d{2})\s*[〕］\]）)】〗]?\s*(\d{1,4})\s*号/gu;

/**
 * Reads a document number written in any common form.
 * @returns its parts, or null when `text` is not a document number
 */
export function parseDocNumber(text: string): DocNumber | null {
  const m = new RegExp(`^${DOC_NUMBER_PATTERN.source}$`, 'u').exec(text.trim());
  if (!m) return null;
  return { prefix: m[1] as string, year: Number(m[2]), serial: Number(m[3]) };
}

/** Writes a document number in the official form, 杭政办函〔2018〕64号. */
export function formatDocNumber(doc: DocNumber): string {
  return `${doc.prefix}〔${String(doc.year)}〕${String(doc.serial)}号`;
}

/** Normalises a document number to the official form, or returns null if it is not one. */
export function normalizeDocNumber(text: string): string | null {
  const doc = parseDocNumber(text);
  return doc ? formatDocNumber(doc) : null;
}

/**
 * Issuing bodies that a Hangzhou code names. The code tells only the office,
 * so this is as far as the number alone tells who issued a document.
 */
const ISSUERS: Readonly<Record<string, string>> = {
  杭政办函: '杭州市人民政府办公厅',
  杭政办发: '杭州市人民政府办公厅',
  杭政办: '杭州市人民政府办公厅',
  杭政函: '杭州市人民政府',
  杭政发: '杭州市人民政府',
  杭政: '杭州市人民政府',
  市委发: '中共杭州市委',
  杭党发: '中共杭州市委',
};

/**
 * The issuer that a document number's code names (杭政 → 杭州市人民政府).
 * @returns null when the code is not one the base knows
 */
export function issuerOfDocNumber(doc: DocNumber): string | null {
  return ISSUERS[doc.prefix] ?? null;
}
