/**
 * Chinese numerals as official documents number their parts, chapters and articles
 * (一 … 九十九, 一百, 一百零三, 一千零一). Laws past a hundred articles are common, so the
 * range is 1–9999.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** The largest number the functions read and write. */
export const MAX_NUMERAL = 9999;

/** The character of a digit 0–9. */
function digit(d: number): string {
  return DIGITS[d] ?? '';
}

/** Units from the highest, with their value. */
const UNITS = [
  ['千', 1000],
  ['百', 100],
  ['十', 10],
] as const;

/**
 * Writes 1–9999 as headings do: 十, 十六, 二十, 一百, 一百零三, 一百一十, 一千零一.
 * Under 20 the leading 一 of 一十 is dropped (十六), past 100 it is kept (一百一十).
 * @throws RangeError outside 1–9999; callers that take numbers from input check first
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_NUMERAL)
    throw new RangeError(`numeral out of range: ${String(n)} (1–${String(MAX_NUMERAL)})`);
  let out = '';
  let rest = n;
  let zero = false;
  for (const [unit, value] of UNITS) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d > 0) {
      if (zero) out += '零';
      zero = false;
      out += (d === 1 && unit === '十' && out === '' ? '' : digit(d)) + unit;
    } else if (out !== '') zero = true;
  }
  if (rest > 0) out += (zero ? '零' : '') + digit(rest);
  return out;
}

/**
 * Reads a Chinese numeral from 一 to 九千九百九十九 in the form toChineseNumeral writes
 * (also 一十六 and 〇 for 零).
 * @returns the number, or null when the text is not such a numeral
 */
export function parseChineseNumeral(text: string): number | null {
  if (text === '' || text.length > 12 || !/^[零〇一二三四五六七八九十百千]+$/u.test(text)) return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text.replace(/〇/gu, '零')) {
    const d = DIGITS.indexOf(ch as (typeof DIGITS)[number]);
    if (d === 0) {
      if (digit !== null) return null;
      continue;
    }
    if (d > 0) {
      if (digit !== null) return null;
      digit = d;
      continue;
    }
    const value = UNITS.find(([u]) => u === ch)?.[1] ?? 0;
    if (value >= lastUnit) return null;
    if (digit === null && !(value === 10 && total === 0)) return null;
    total += (digit ?? 1) * value;
    lastUnit = value;
    digit = null;
  }
  if (digit !== null) {
    // A trailing digit is ones; only right after 十 or with a 零 before it, or alone.
    total += digit;
  }
  return total >= 1 && total <= MAX_NUMERAL && toChineseNumeral(total) === normalized(text) ? total : null;
}

/** The canonical form of an accepted variant: 〇 as 零, 一十六 as 十六. */
function normalized(text: string): string {
  return text.replace(/〇/gu, '零').replace(/^一十/u, '十');
}
