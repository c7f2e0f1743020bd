/** Writes an ISO date the way Chinese policies do: 2021-12-31 → 2021年12月31日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${String(y)}年${String(m)}月${String(d)}日`;
}
