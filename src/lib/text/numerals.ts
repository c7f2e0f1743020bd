/** Chinese numerals as official documents number their parts and clauses (一 … 九十九). */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * Writes 1–99 as a Chinese numeral the way clause headings do: 十, 十六, 二十, 二十二.
 * @throws RangeError outside 1–99, which no clause numbering in the base reaches
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`numeral out of range: ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return tensPart + (ones === 0 ? '' : (DIGITS[ones] as string));
}

/**
 * Reads a Chinese numeral from 一 to 九十九 (also 〇/零-free forms such as 二十二).
 * @returns the number, or null when the text is not such a numeral
 */
export function parseChineseNumeral(text: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return null;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? DIGITS.indexOf(a as (typeof DIGITS)[number]) : null;
  const tens = a ? DIGITS.indexOf(a as (typeof DIGITS)[number]) : 1;
  const ones = b ? DIGITS.indexOf(b as (typeof DIGITS)[number]) : 0;
  return tens * 10 + ones;
}
