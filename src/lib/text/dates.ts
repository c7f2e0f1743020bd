/** Writes an ISO date the way Chinese policies do: 2021-12-31 → 2021年12月31日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${String(y)}年${String(m)}月${String(d)}日`;
}

/** Whether YYYY-MM-DD names a day of the calendar (no 2024-02-30, no month 13, no day 0). */
export function isValidIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1000 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Reads the first date written the Chinese way (2021年12月31日) in a text as an ISO date,
 * the inverse of chineseDate. A year is four digits standing alone (99999年 is no year), and a
 * day that the calendar does not have (2024年2月30日, 13月, 0月0日) is not read.
 * @returns 2021-12-31, or null when the text holds no such date
 */
export function isoDateOf(text: string): string | null {
  const m = /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** Whether a text states a day, the Chinese way, as a whole date (9999年 is not inside 99999年). */
export function statesDate(text: string, iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  return new RegExp(`(?<!\\d)${String(y)}年0?${String(m)}月0?${String(d)}日`, 'u').test(text);
}
