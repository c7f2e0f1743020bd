/** Writes an ISO date the way Chinese policies do: 2021-12-31 → 2021年12月31日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${String(y)}年${String(m)}月${String(d)}日`;
}

/**
 * Reads the first date written the Chinese way (2021年12月31日) in a text as an ISO date,
 * the inverse of chineseDate.
 * @returns 2021-12-31, or null when the text holds no such date
 */
export function isoDateOf(text: string): string | null {
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
